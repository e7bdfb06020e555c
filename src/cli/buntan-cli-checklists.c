/* buntan-cli-checklists.c — listing, checking and installing checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "buntan-cli-private.h"

/* As text_option_to_utf8() in buntan-cli-commands.c: UTF-8 as given, else
 * from the locale. */
static gboolean
option_to_utf8 (const BuntanCliCommand *command, const char *option, char **text, int *status)
{
  g_autoptr (GError) error = NULL;
  char *converted;

  if (*text == NULL || g_utf8_validate (*text, -1, NULL))
    return TRUE;

  converted = g_locale_to_utf8 (*text, -1, NULL, NULL, &error);
  if (converted == NULL)
    {
      *status = buntan_cli_usage_error (command, "%s: %s", option, error->message);
      return FALSE;
    }

  g_free (*text);
  *text = converted;
  return TRUE;
}

static gboolean
is_csv (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".csv");
}

/* The file name without its extension, when it can be an id. */
static char *
dup_id_from_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char            *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  if (!buntan_template_id_is_valid (base))
    return NULL;
  return g_ascii_strdown (base, -1);
}

/* Both kinds of file, read and checked as an import would; nothing is written. */
static char *
read_checklist (const char *path, const BuntanChecklistHeader *header, char **name, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GBytes) bytes = NULL;

  *name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, "%s: ", *name);
      return NULL;
    }

  if (is_csv (path))
    return buntan_checklist_import_csv (bytes, *name, header, error);
  return buntan_checklist_import_json (bytes, *name, header, error);
}

static guint
count_items (const char *json)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr (BuntanTemplate) template = buntan_template_new_from_bytes (bytes, "", NULL);

  return template != NULL ? g_list_model_get_n_items (buntan_template_get_items (template)) : 0;
}

int
buntan_cli_checklists (const BuntanCliCommand *command, int argc, char **argv)
{
  g_auto (GStrv) args = NULL;
  g_autoptr (GPtrArray) templates = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  int id_width = 0, version_width = 0;
  int status;

  args = buntan_cli_parse_options (command, NULL, argc, argv, 0, 0, &status);
  if (args == NULL)
    return status;

  templates = buntan_checklist_library_list (&problems);
  for (guint i = 0; i < templates->len; i++)
    {
      BuntanTemplate *template = g_ptr_array_index (templates, i);

      id_width = MAX (id_width, (int) strlen (buntan_template_get_id (template)));
      version_width = MAX (version_width, (int) strlen (buntan_template_get_version (template)));
    }

  for (guint i = 0; i < templates->len; i++)
    {
      BuntanTemplate *template = g_ptr_array_index (templates, i);
      guint  n_items = g_list_model_get_n_items (buntan_template_get_items (template));
      GFile *file = buntan_template_get_file (template);

      /* Ids and versions are ASCII, so bytes are columns. */
      g_print ("%-*s  %-*s  ", id_width, buntan_template_get_id (template), version_width,
               buntan_template_get_version (template));
      g_print (ngettext ("%s (%u item)", "%s (%u items)", n_items),
               buntan_template_get_title (template), n_items);
      if (file != NULL)
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_print (_ (" — installed: %s\n"), name);
        }
      else
        g_print ("%s\n", _ (" — bundled"));
    }

  /* One broken file must not hide the others; it is named, not fatal. */
  for (guint i = 0; i < problems->len; i++)
    g_printerr (_ ("warning: not listed: %s\n"), (const char *) g_ptr_array_index (problems, i));

  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_checklist_validate (const BuntanCliCommand *command, int argc, char **argv)
{
  g_auto (GStrv) args = NULL;
  guint n_bad = 0;
  guint n_files;
  int   status;

  args = buntan_cli_parse_options (command, NULL, argc, argv, 1, G_MAXUINT, &status);
  if (args == NULL)
    return status;

  n_files = g_strv_length (args);
  for (guint i = 0; args[i] != NULL; i++)
    {
      /* A CSV file has no id of its own; any valid one will do for a check. */
      BuntanChecklistHeader header = { .id = is_csv (args[i]) ? "checklist" : NULL };
      g_autofree char      *name = NULL;
      g_autofree char      *json = NULL;
      g_autoptr (GError) error = NULL;

      json = read_checklist (args[i], &header, &name, &error);
      if (json == NULL)
        {
          g_printerr ("%s\n", error->message);
          n_bad++;
          continue;
        }
      g_print (ngettext ("%s: a valid checklist with %u item\n",
                         "%s: a valid checklist with %u items\n", count_items (json)),
               name, count_items (json));
    }

  if (n_bad > 0)
    {
      g_print (ngettext ("%u of %u file is not a valid checklist\n",
                         "%u of %u files are not valid checklists\n", n_files),
               n_bad, n_files);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_checklist_import (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *id = NULL;
  g_autofree char   *title = NULL;
  g_autofree char   *version = NULL;
  gboolean           force = FALSE;
  const GOptionEntry entries[] = {
    { "id", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &id,
      N_ ("The checklist's id (default: the file's id, or a CSV file's name)"), N_ ("ID") },
    /* Read as bytes, see option_to_utf8(). */
    { "title", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &title,
      N_ ("The checklist's title (default: the file's title, or a CSV file's name)"),
      N_ ("TITLE") },
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &version,
      N_ ("The checklist's version (default: the file's version, or 1 for a CSV file)"),
      N_ ("VERSION") },
    { "force", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force,
      N_ ("Replace an installed checklist of the same id and version"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) args = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (GFile) installed = NULL;
  g_autofree char      *derived_id = NULL;
  g_autofree char      *name = NULL;
  g_autofree char      *json = NULL;
  g_autofree char      *installed_name = NULL;
  BuntanChecklistHeader header = { 0 };
  guint                 n_items;
  int                   status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 1, 1, &status);
  if (args == NULL)
    return status;
  if (!option_to_utf8 (command, "--title", &title, &status))
    return status;

  if (id == NULL && is_csv (args[0]))
    {
      derived_id = dup_id_from_path (args[0]);
      if (derived_id == NULL)
        return buntan_cli_usage_error (
          command, _ ("the file's name cannot be a checklist id: give one with --id ID (letters "
                      "a–z, digits, “-”, “_” and “.”)"));
    }

  header.id = id != NULL ? id : derived_id;
  header.title = title;
  header.version = version;
  json = read_checklist (args[0], &header, &name, &error);
  if (json != NULL)
    template = buntan_checklist_library_install (json, force, &installed, &error);
  if (template == NULL)
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  n_items = g_list_model_get_n_items (buntan_template_get_items (template));
  installed_name = g_file_get_parse_name (installed);
  g_print (ngettext ("%s: installed the checklist “%s” version %s with %u item as %s\n",
                     "%s: installed the checklist “%s” version %s with %u items as %s\n", n_items),
           name, buntan_template_get_id (template), buntan_template_get_version (template), n_items,
           installed_name);

  return BUNTAN_CLI_EXIT_OK;
}
