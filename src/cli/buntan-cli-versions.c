/* buntan-cli-versions.c — buntan-cli versions, agree, withdraw, round and diff --from-version
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

static void
add_rounds_json (JsonBuilder *builder, GListModel *rounds)
{
  json_builder_set_member_name (builder, "rounds");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr (BuntanRound) round = g_list_model_get_item (rounds, i);
      const char *const *parties = buntan_round_get_parties (round);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, buntan_round_get_number (round));
      json_builder_set_member_name (builder, "started");
      json_builder_add_string_value (builder, buntan_round_get_started (round));
      json_builder_set_member_name (builder, "parties");
      json_builder_begin_array (builder);
      for (guint j = 0; parties[j] != NULL; j++)
        json_builder_add_string_value (builder, parties[j]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "from_version");
      if (buntan_round_get_from_version (round) > 0)
        json_builder_add_int_value (builder, buntan_round_get_from_version (round));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* 「更新 第1回  2027-11-01  vendor-a, vendor-b  (from 第1版)」 */
static void
print_round_line (BuntanRound *round)
{
  g_autofree char *parties = g_strjoinv (", ", (char **) buntan_round_get_parties (round));

  /* TRANSLATORS: a renewal round's line in `buntan-cli versions`: its number */
  g_print (_ ("Renewal round %u"), buntan_round_get_number (round));
  g_print ("\t%s\t%s", buntan_round_get_started (round), parties);
  /* TRANSLATORS: the agreed version a renewal round renews, 第N版 */
  if (buntan_round_get_from_version (round) > 0)
    {
      g_print ("\t");
      g_print (_ ("from version %u"), buntan_round_get_from_version (round));
    }
  g_print ("\n");
}

int
buntan_cli_versions (const BuntanCliCommand *command, int argc, char **argv)
{
  gboolean           json = FALSE;
  const GOptionEntry entries[] = { { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
                                     N_ ("Print JSON"), NULL },
                                   G_OPTION_ENTRY_NULL };
  g_autoptr (BuntanProject) project = NULL;
  GListModel *versions, *rounds;
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
      add_rounds_json (builder, buntan_project_get_rounds (project));
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

  rounds = buntan_project_get_rounds (project);
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr (BuntanRound) round = g_list_model_get_item (rounds, i);

      print_round_line (round);
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

/* Writes FILE again, or OUT; a message and 1 when that fails. */
static int
save_project (BuntanProject *project, const char *path, const char *output)
{
  g_autoptr (GFile) target = g_file_new_for_commandline_arg (output != NULL ? output : path);
  g_autoptr (GError) error = NULL;

  if (!buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  return BUNTAN_CLI_EXIT_OK;
}

static int
print_version_error (const char *path, GError *error)
{
  g_autofree char *name = buntan_cli_dup_file_name (path);

  g_printerr ("%s: %s\n", name, error->message);
  return BUNTAN_CLI_EXIT_FAILURE;
}

int
buntan_cli_withdraw (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *reason = NULL;
  g_autofree char   *output = NULL;
  g_autofree char   *date = NULL;
  int                number = 0;
  const GOptionEntry entries[] = {
    { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &number, N_ ("Withdraw agreed version N"),
      N_ ("N") },
    { "reason", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &reason,
      N_ ("Why the version is withdrawn (recorded with it)"), N_ ("T") },
    { "date", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &date,
      N_ ("The date of the withdrawal (default: today)"), N_ ("YYYY-MM-DD") },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the project to OUT instead of FILE"), N_ ("OUT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  BuntanVersion   *version;
  int              status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;

  if (number <= 0)
    return buntan_cli_usage_error (command, _ ("--version N is required, N from 1"));
  if (reason == NULL || *g_strstrip (reason) == '\0')
    return buntan_cli_usage_error (command, _ ("--reason T is required: say why"));
  if (date != NULL && !buntan_date_is_valid (date))
    return buntan_cli_usage_error (command, _ ("“%s” is not a date; write YYYY-MM-DD"), date);

  if (!buntan_project_withdraw_version (project, (guint) number, date, reason, &error))
    return print_version_error (path, error);

  status = save_project (project, path, output);
  if (status != BUNTAN_CLI_EXIT_OK)
    return status;

  version = buntan_project_find_version (project, (guint) number);
  print_version_line (version);
  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_round (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *parties_text = NULL;
  g_autofree char   *output = NULL;
  g_autofree char   *date = NULL;
  int                from_version = 0;
  const GOptionEntry entries[] = {
    { "parties", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &parties_text,
      N_ ("The vendors whose contracts renew, by id, separated by commas"), N_ ("ID,…") },
    { "from-version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &from_version,
      N_ ("Renew agreed version N (default: the latest not withdrawn)"), N_ ("N") },
    { "date", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &date,
      N_ ("The day the round starts (default: today)"), N_ ("YYYY-MM-DD") },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the project to OUT instead of FILE"), N_ ("OUT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto (GStrv) parties = NULL;
  BuntanRound *round;
  int          status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;

  if (parties_text == NULL || *g_strstrip (parties_text) == '\0')
    return buntan_cli_usage_error (command, _ ("--parties is required: the vendors that renew"));
  if (from_version < 0)
    return buntan_cli_usage_error (command, _ ("--from-version needs N from 1"));
  if (date != NULL && !buntan_date_is_valid (date))
    return buntan_cli_usage_error (command, _ ("“%s” is not a date; write YYYY-MM-DD"), date);

  parties = g_strsplit (parties_text, ",", -1);
  for (guint i = 0; parties[i] != NULL; i++)
    g_strstrip (parties[i]);

  round = buntan_project_start_round (project, date, (const char *const *) parties,
                                      (guint) from_version, &error);
  if (round == NULL)
    return print_version_error (path, error);

  status = save_project (project, path, output);
  if (status != BUNTAN_CLI_EXIT_OK)
    return status;

  print_round_line (round);
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
