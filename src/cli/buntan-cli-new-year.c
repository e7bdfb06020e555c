/* buntan-cli-new-year.c — buntan-cli new-year: next year's check from last year's project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-cli-private.h"

int
buntan_cli_new_year (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *output = NULL;
  gboolean           force = FALSE;
  const GOptionEntry entries[] = { { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME,
                                     &output, N_ ("Write next year's project to FILE"),
                                     N_ ("FILE") },
                                   { "force", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force,
                                     N_ ("Replace FILE if it exists"), NULL },
                                   G_OPTION_ENTRY_NULL };
  g_autoptr (BuntanProject) last_year = NULL;
  g_autoptr (BuntanProject) next_year = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *last_name = NULL;
  g_autofree char *name = NULL;
  int              status;

  last_year = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (last_year == NULL)
    return status;

  if (output == NULL)
    return buntan_cli_usage_error (command, _ ("no output file: give one with -o FILE"));

  file = g_file_new_for_commandline_arg (output);
  name = g_file_get_parse_name (file);

  /* A project file holds a year of answers: never replace one by accident. */
  if (!force && g_file_query_exists (file, NULL))
    {
      g_printerr (_ ("%s: already exists; give --force to replace it\n"), name);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  last_name = g_path_get_basename (path);
  next_year = buntan_project_new_for_next_year (last_year, last_name, &error);
  if (next_year == NULL || !buntan_project_save (next_year, file, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  g_print (_ ("%s: next year's check, started from %s\n"), name, last_name);
  return BUNTAN_CLI_EXIT_OK;
}
