/* buntan-cli-questionnaire.c — `buntan-cli questionnaire`: a vendor's 回答依頼 workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the workbook, then records what was sent in the project and saves
 * it (replaced whole, as every save). With --no-record only the workbook is
 * written: a preview, or a copy of one already recorded, which an answers
 * file cannot be matched to later.
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "buntan-cli-private.h"

/* Writes @vendor's workbook to @file; adds the record to @project unless
 * @record is FALSE. */
static gboolean
write_one (BuntanProject              *project,
           const char                 *source,
           BuntanQuestionnaireOptions *options,
           GFile                      *file,
           gboolean                    record)
{
  g_autoptr (BuntanQuestionnaire) questionnaire = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *shown = g_file_get_parse_name (file);

  questionnaire = buntan_export_questionnaire (project, file, options, &error);
  if (questionnaire == NULL)
    {
      if (g_error_matches (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_NOT_FOUND))
        g_printerr ("%s: %s\n", source, error->message);
      else
        g_printerr ("%s\n", error->message);
      return FALSE;
    }

  if (record)
    buntan_project_add_questionnaire (project, questionnaire);

  g_print ("%s\t%s\t%s\t%u\n", shown, buntan_questionnaire_get_party (questionnaire),
           buntan_questionnaire_get_id (questionnaire),
           g_strv_length ((char **) buntan_questionnaire_get_items (questionnaire)));
  return TRUE;
}

static int
write_all_vendors (BuntanProject              *project,
                   const char                 *source,
                   BuntanQuestionnaireOptions *options,
                   const char                 *directory,
                   gboolean                    record)
{
  g_autoptr (GFile) folder = g_file_new_for_commandline_arg (directory);
  g_autoptr (GPtrArray) vendors = buntan_project_dup_vendors (project);
  int status = BUNTAN_CLI_EXIT_OK;

  if (vendors->len == 0)
    {
      g_printerr (_ ("%s: the project has no vendors, so there is no questionnaire to write\n"),
                  source);
      return BUNTAN_CLI_EXIT_FAILURE;
    }
  if (!buntan_cli_make_folder (directory))
    return BUNTAN_CLI_EXIT_FAILURE;

  for (guint i = 0; i < vendors->len; i++)
    {
      BuntanParty     *party = g_ptr_array_index (vendors, i);
      g_autofree char *file_name = buntan_export_dup_questionnaire_file_name (project, party);
      g_autoptr (GFile) file = g_file_get_child (folder, file_name);

      options->vendor_id = buntan_party_get_id (party);
      if (!write_one (project, source, options, file, record))
        status = BUNTAN_CLI_EXIT_FAILURE;
    }
  options->vendor_id = NULL;

  return status;
}

int
buntan_cli_questionnaire (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *vendor = NULL;
  g_autofree char   *output = NULL;
  g_autofree char   *sent = NULL;
  g_autofree char   *due = NULL;
  gboolean           all_vendors = FALSE;
  gboolean           no_record = FALSE;
  const GOptionEntry entries[] = {
    { "vendor", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &vendor,
      N_ ("Write the questionnaire for the vendor with the id ID"), N_ ("ID") },
    { "all-vendors", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &all_vendors,
      N_ ("Write one questionnaire per vendor into the folder given with -o"), NULL },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the workbook to OUT.xlsx (with --all-vendors: into the folder DIR)"), N_ ("OUT") },
    { "sent", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &sent,
      N_ ("The date the questionnaire is sent (default: today)"), N_ ("YYYY-MM-DD") },
    { "due", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &due,
      N_ ("The date the answers are due (default: 14 days after sending)"), N_ ("YYYY-MM-DD") },
    { "no-record", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &no_record,
      N_ ("Only write the workbook; do not record it in FILE"), NULL },
    G_OPTION_ENTRY_NULL
  };
  BuntanQuestionnaireOptions options = { 0 };
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;
  int              status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;

  if (all_vendors == (vendor != NULL))
    return buntan_cli_usage_error (command, _ ("give either --vendor or --all-vendors"));
  if (output == NULL)
    return buntan_cli_usage_error (command, _ ("-o is required"));
  if (sent != NULL && !buntan_date_is_valid (sent))
    return buntan_cli_usage_error (command, _ ("“%s” is not a date; write YYYY-MM-DD"), sent);
  if (due != NULL && !buntan_date_is_valid (due))
    return buntan_cli_usage_error (command, _ ("“%s” is not a date; write YYYY-MM-DD"), due);

  source = buntan_cli_dup_file_name (path);
  options.sent = sent;
  options.due = due;
  if (all_vendors)
    status = write_all_vendors (project, source, &options, output, !no_record);
  else
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (output);

      options.vendor_id = vendor;
      status = write_one (project, source, &options, file, !no_record) ? BUNTAN_CLI_EXIT_OK
                                                                       : BUNTAN_CLI_EXIT_FAILURE;
    }

  /* What was written is recorded, also when another vendor's failed. */
  if (!no_record && buntan_project_get_is_modified (project))
    {
      g_autoptr (GFile) target = g_file_new_for_commandline_arg (path);

      if (!buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error))
        {
          g_printerr ("%s\n", error->message);
          g_printerr (_ (
                        "%s: the questionnaires were written but not recorded; do not send them\n"),
                      source);
          return BUNTAN_CLI_EXIT_FAILURE;
        }
    }

  return status;
}
