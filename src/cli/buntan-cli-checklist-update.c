/* buntan-cli-checklist-update.c — buntan-cli checklist-updates: a project and a newer checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "buntan-cli-private.h"

/* A path names a file (it has a folder separator or ends in .json); anything
 * else is the id of a checklist Buntan has. */
static BuntanTemplate *
load_checklist (const char *name, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  if (strchr (name, G_DIR_SEPARATOR) == NULL && !g_str_has_suffix (name, ".json"))
    return buntan_template_lookup (name, error);

  file = g_file_new_for_commandline_arg (name);
  display_name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, "%s: ", display_name);
      return NULL;
    }

  return buntan_template_new_from_bytes (bytes, display_name, error);
}

static int
apply_all (BuntanChecklistUpdate *update, const char *output)
{
  BuntanProject *project = buntan_checklist_update_get_project (update);
  g_autoptr (GFile) target = g_file_new_for_commandline_arg (output);
  g_autofree char *target_name = g_file_get_parse_name (target);
  g_autoptr (GError) error = NULL;
  guint n = g_list_model_get_n_items (buntan_checklist_update_get_differences (update));

  buntan_checklist_update_apply_all (update);
  if (!buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u difference applied; checklist version %s\n",
                        "%s: %u differences applied; checklist version %s\n", n),
           target_name, n, buntan_project_get_template_version (project));
  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_checklist_updates (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *checklist_name = NULL;
  g_autofree char   *apply = NULL;
  g_autofree char   *output = NULL;
  gboolean           json = FALSE;
  const GOptionEntry entries[] = {
    { "checklist", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &checklist_name,
      N_ ("Compare with this checklist (an id or a file) instead of Buntan's newest"),
      N_ ("ID|PATH") },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json, N_ ("Print JSON"), NULL },
    { "apply", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &apply,
      N_ ("Apply the differences (only “all”) and write the project to OUT"), N_ ("all") },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Where --apply writes the project"), N_ ("OUT") },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) args = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanTemplate) checklist = NULL;
  g_autoptr (BuntanChecklistUpdate) update = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *differences;
  const char *id;
  int         status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 1, 1, &status);
  if (args == NULL)
    return status;
  if (apply != NULL && g_strcmp0 (apply, "all") != 0)
    return buntan_cli_usage_error (command, _ ("--apply takes “all”"));
  if (apply != NULL && output == NULL)
    return buntan_cli_usage_error (command, _ ("no output file: give one with -o FILE"));
  if (apply == NULL && output != NULL)
    return buntan_cli_usage_error (command, _ ("-o is only for --apply"));

  project = buntan_cli_load_project (args[0]);
  if (project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;

  id = buntan_project_get_template_id (project);
  if (checklist_name == NULL && (id == NULL || *id == '\0'))
    {
      g_printerr (_ ("%s: the project does not record which checklist it was made from\n"),
                  args[0]);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  checklist = load_checklist (checklist_name != NULL ? checklist_name : id, &error);
  if (checklist != NULL)
    update = buntan_checklist_update_new (project, checklist, &error);
  if (update == NULL)
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  if (apply != NULL)
    {
      if (!buntan_checklist_update_get_is_newer (update))
        {
          g_printerr (_ ("%s: the project already records version %s of the checklist; "
                         "nothing was written\n"),
                      args[0], buntan_project_get_template_version (project));
          return BUNTAN_CLI_EXIT_FAILURE;
        }
      return apply_all (update, output);
    }

  if (json)
    {
      g_autofree char *text = buntan_checklist_update_to_json (update, NULL);

      g_print ("%s\n", text);
      return buntan_checklist_update_get_is_newer (update) ? BUNTAN_CLI_EXIT_DIFFERENT
                                                           : BUNTAN_CLI_EXIT_OK;
    }

  if (!buntan_checklist_update_get_is_newer (update))
    {
      g_print (_ ("The project is up to date: it records version %s of the checklist “%s”, "
                  "which is version %s here.\n"),
               buntan_project_get_template_version (project), buntan_template_get_id (checklist),
               buntan_template_get_version (checklist));
      return BUNTAN_CLI_EXIT_OK;
    }

  g_print (_ ("The checklist “%s” has version %s; the project records version %s.\n"),
           buntan_template_get_id (checklist), buntan_template_get_version (checklist),
           buntan_project_get_template_version (project));
  differences = buntan_checklist_update_get_differences (update);
  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (differences, i);
      g_autofree char *sentence = buntan_change_describe (change);
      const char      *reason = NULL;

      g_print ("%s\n", sentence);
      if (buntan_change_get_kind (change) == BUNTAN_CHANGE_KIND_ITEM_RETIRED)
        reason =
          buntan_checklist_update_get_retired_reason (update, buntan_change_get_subject (change));
      if (reason != NULL)
        /* TRANSLATORS: under "Item P2-A-2 retired: …", why the checklist retired it */
        g_print (_ ("  Why: %s\n"), reason);
    }

  /* A newer version is something to bring the project up to, even when
   * the texts it holds are all the same: the recorded version changes. */
  return BUNTAN_CLI_EXIT_DIFFERENT;
}
