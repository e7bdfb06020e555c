/* buntan-cli-versions.c — buntan-cli versions, agree and diff --from-version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-json-writer.h"
#include "buntan-cli-private.h"

static void
add_version_json (JsonBuilder *builder, BuntanVersion *version)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, buntan_version_get_number (version));
  json_builder_set_member_name (builder, "agreed");
  json_builder_add_string_value (builder, buntan_version_get_agreed (version));
  json_builder_set_member_name (builder, "fingerprint");
  json_builder_add_string_value (builder, buntan_version_get_fingerprint (version, NULL));
  json_builder_set_member_name (builder, "note");
  if (buntan_version_get_note (version) != NULL)
    json_builder_add_string_value (builder, buntan_version_get_note (version));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "open_gaps");
  json_builder_add_int_value (builder, buntan_version_get_open_gaps (version));
  json_builder_set_member_name (builder, "withdrawn");
  json_builder_add_boolean_value (builder, buntan_version_get_withdrawn (version));
  json_builder_set_member_name (builder, "withdrawn_reason");
  if (buntan_version_get_withdrawn (version))
    json_builder_add_string_value (builder, buntan_version_get_withdrawn_reason (version));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

static void
print_version_line (BuntanVersion *version)
{
  g_autofree char *title = buntan_version_dup_title (version);

  g_print ("%s\t%s\t%s", title, buntan_version_get_agreed (version),
           buntan_version_get_fingerprint (version, NULL));
  if (buntan_version_get_withdrawn (version))
    /* TRANSLATORS: after a version's line in `buntan-cli versions`, with the reason */
    g_print ("\t%s", _ ("withdrawn"));
  g_print ("\n");
  if (buntan_version_get_note (version) != NULL)
    g_print ("  %s %s\n", _ ("Note:"), buntan_version_get_note (version));
  if (buntan_version_get_withdrawn (version))
    g_print ("  %s %s (%s)\n", _ ("Withdrawn:"), buntan_version_get_withdrawn_reason (version),
             buntan_version_get_withdrawn_date (version));
}

int
buntan_cli_versions (const BuntanCliCommand *command, int argc, char **argv)
{
  gboolean           json = FALSE;
  const GOptionEntry entries[] = { { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
                                     N_ ("Print JSON"), NULL },
                                   G_OPTION_ENTRY_NULL };
  g_autoptr (BuntanProject) project = NULL;
  GListModel *versions;
  int         status;

  project = buntan_cli_open_project (command, entries, argc, argv, NULL, &status);
  if (project == NULL)
    return status;

  versions = buntan_project_get_versions (project);
  if (json)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "versions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
        {
          g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);

          add_version_json (builder, version);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      text = buntan_json_write (root, NULL);
      g_print ("%s", text);
      return BUNTAN_CLI_EXIT_OK;
    }

  if (g_list_model_get_n_items (versions) == 0)
    g_print ("%s\n", _ ("No version has been agreed yet."));

  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);

      print_version_line (version);
    }

  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_agree (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *note = NULL;
  g_autofree char   *output = NULL;
  g_autofree char   *date = NULL;
  gboolean           allow_gaps = FALSE;
  const GOptionEntry entries[] = {
    { "note", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &note,
      N_ ("Record the note T with the version"), N_ ("T") },
    { "date", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &date,
      N_ ("The date of the agreement (default: today)"), N_ ("YYYY-MM-DD") },
    { "allow-gaps", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &allow_gaps,
      N_ ("Agree even while gaps remain (their number is recorded)"), NULL },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the project to OUT instead of FILE"), N_ ("OUT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) target = NULL;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;
  BuntanVersion   *version;
  int              status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;

  if (date != NULL && !buntan_date_is_valid (date))
    return buntan_cli_usage_error (command, _ ("“%s” is not a date; write YYYY-MM-DD"), date);

  version = buntan_project_agree_version (project, date, note, allow_gaps, &error);
  if (version == NULL)
    {
      g_autofree char *name = buntan_cli_dup_file_name (path);

      g_printerr ("%s: %s\n", name, error->message);
      return g_error_matches (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_GAPS)
               ? BUNTAN_CLI_EXIT_GAPS
               : BUNTAN_CLI_EXIT_FAILURE;
    }

  target = g_file_new_for_commandline_arg (output != NULL ? output : path);
  if (!buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  title = buntan_version_dup_title (version);
  g_print ("%s\t%s\t%s\n", title, buntan_version_get_agreed (version),
           buntan_version_get_fingerprint (version, NULL));
  return BUNTAN_CLI_EXIT_OK;
}

static BuntanProject *
load_version (BuntanProject *project, const char *path, guint number)
{
  g_autoptr (GError) error = NULL;
  BuntanProject *loaded = buntan_project_load_version (project, number, &error);

  if (loaded == NULL)
    {
      g_autofree char *name = buntan_cli_dup_file_name (path);

      if (error->domain == BUNTAN_VERSION_ERROR)
        g_printerr ("%s: %s\n", name, error->message);
      else
        g_printerr ("%s\n", error->message);
    }

  return loaded;
}

/* `diff FILE --from-version N [--to-version M]`: a version's snapshot
 * against the current state or another version's. */
int
buntan_cli_diff_versions (const char *path, guint from, guint to, gboolean json)
{
  g_autoptr (BuntanProject) project = buntan_cli_load_project (path);
  g_autoptr (BuntanProject) old_project = NULL;
  g_autoptr (BuntanProject) new_project = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  GListModel *changes;

  if (project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;

  old_project = load_version (project, path, from);
  if (old_project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;

  new_project = to > 0 ? load_version (project, path, to) : g_object_ref (project);
  if (new_project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;

  comparison = buntan_comparison_new (old_project, new_project);
  changes = buntan_comparison_get_changes (comparison);
  if (json)
    {
      g_autofree char *text = buntan_comparison_to_json (comparison, NULL);

      g_print ("%s\n", text);
    }
  else
    {
      for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
        {
          g_autoptr (BuntanChange) change = g_list_model_get_item (changes, i);
          g_autofree char *sentence = buntan_change_describe (change);

          g_print ("%s\n", sentence);
        }
    }

  return g_list_model_get_n_items (changes) == 0 ? BUNTAN_CLI_EXIT_OK : BUNTAN_CLI_EXIT_DIFFERENT;
}
