/* buntan-cli-import-answers.c — `buntan-cli import-answers`: a vendor's answers into the project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line has no review dialog, so what the vendor only reports
 * (its agreement, its first check, its comments) is applied, and what it
 * proposes — and every row whose proposal changed since the questionnaire
 * was sent — only with --accept-proposals: nothing changes unseen.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-cli-private.h"

static void
print_changes (BuntanAnswers *answers)
{
  GListModel *changes = buntan_answers_get_changes (answers);

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);
      const char *comment = buntan_answer_change_get_comment (change);
      /* + applied, ? left for a review: marks, not words. */
      const char *mark = buntan_answer_change_get_accepted (change) ? "+" : "?";

      g_print ("%s %s\t%s%s\n", mark, buntan_answer_change_get_item_id (change),
               buntan_answer_change_get_description (change),
               buntan_answer_change_get_stale (change)
                 ? _ (" (the row changed since the questionnaire was sent)")
                 : "");
      if (comment != NULL)
        g_print ("\t%s %s\n", _ ("Comment:"), comment);
    }
  for (const char *const *warning = buntan_answers_get_warnings (answers); *warning != NULL;
       warning++)
    g_printerr ("%s\n", *warning);
}

static guint
count_waiting (BuntanAnswers *answers)
{
  GListModel *changes = buntan_answers_get_changes (answers);

  return g_list_model_get_n_items (changes) - buntan_answers_count_accepted (answers);
}

int
buntan_cli_import_answers (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *output = NULL;
  gboolean           dry_run = FALSE;
  gboolean           accept_proposals = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &dry_run,
      N_ ("Print the changes without applying them"), NULL },
    { "accept-proposals", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &accept_proposals,
      N_ ("Also apply proposals, 対象外, 合意済 and rows that changed since sending"), NULL },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the project to OUT instead of FILE"), N_ ("OUT") },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) args = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanAnswers) answers = NULL;
  g_autoptr (GFile) answers_file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *source = NULL;
  GListModel      *changes;
  guint            n_applied, n_waiting;
  int              status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 2, 2, &status);
  if (args == NULL)
    return status;
  if (dry_run && output != NULL)
    return buntan_cli_usage_error (command, _ ("-o is not for --dry-run"));

  project = buntan_cli_load_project (args[0]);
  if (project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;
  source = buntan_cli_dup_file_name (args[0]);

  answers_file = g_file_new_for_commandline_arg (args[1]);
  answers = buntan_answers_read (project, answers_file, &error);
  if (answers == NULL)
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  changes = buntan_answers_get_changes (answers);
  if (accept_proposals)
    for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
      {
        g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);

        buntan_answer_change_set_accepted (change, TRUE);
      }

  print_changes (answers);
  n_waiting = count_waiting (answers);

  if (dry_run)
    {
      if (n_waiting > 0)
        g_print (_ ("%u of these (marked ?) would be applied only with --accept-proposals.\n"),
                 n_waiting);
      return buntan_answers_count_accepted (answers) > 0 ? BUNTAN_CLI_EXIT_DIFFERENT
                                                         : BUNTAN_CLI_EXIT_OK;
    }

  n_applied = buntan_answers_apply (answers, &error);
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }
  if (n_applied > 0)
    {
      g_autoptr (GFile) target = g_file_new_for_commandline_arg (output != NULL ? output : args[0]);

      if (!buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error))
        {
          g_printerr ("%s\n", error->message);
          return BUNTAN_CLI_EXIT_FAILURE;
        }
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u change applied.\n", "%s: %u changes applied.\n",
                        n_applied),
           source, n_applied);
  if (n_waiting > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%u change (marked ?) was not applied: review it in the window, or run "
                          "again with --accept-proposals.\n",
                          "%u changes (marked ?) were not applied: review them in the window, or "
                          "run again with --accept-proposals.\n",
                          n_waiting),
             n_waiting);

  return BUNTAN_CLI_EXIT_OK;
}
