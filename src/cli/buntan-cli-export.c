/* buntan-cli-export.c — buntan-cli export and fingerprint: the workbook,
 * the vendors' bilateral appendices, and the fingerprint printed on them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "buntan-cli-private.h"
#include "buntan-pdf.h"

static void
print_error (const char *source, const GError *error)
{
  if (g_error_matches (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_NOT_FOUND))
    g_printerr ("%s: %s\n", source, error->message);
  else
    g_printerr ("%s\n", error->message);
}

static guint
count_gaps (BuntanProject *project, const BuntanExportOptions *options)
{
  g_autoptr (GPtrArray) gaps = buntan_export_dup_gaps (project, options);

  return gaps->len;
}

/* Lists the gaps that keep a document from being final, and says how to
 * export it anyway. */
static void
print_final_refused (BuntanProject *project, const char *source, const BuntanExportOptions *options)
{
  g_autoptr (GPtrArray) gaps = buntan_export_dup_gaps (project, options);

  g_printerr (ngettext ("%s: not exported as final: %u gap remains:\n",
                        "%s: not exported as final: %u gaps remain:\n", gaps->len),
              source, gaps->len);
  for (guint i = 0; i < gaps->len; i++)
    g_printerr ("  %s\n", buntan_gap_get_message (g_ptr_array_index (gaps, i)));
  g_printerr (_ ("Give --allow-gaps to export it marked 案 (draft) all the same.\n"));
}

/* Writes one document; returns an exit status. */
static int
export_one (BuntanProject             *project,
            const char                *source,
            const BuntanExportOptions *options,
            GFile                     *file,
            gboolean                   pdf,
            gboolean                   force)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr (GError) error = NULL;

  if (!force && g_file_query_exists (file, NULL))
    {
      g_printerr (_ ("%s: already exists; give --force to replace it\n"), name);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  if (pdf ? !buntan_pdf_export (project, file, options, &error)
          : !buntan_export_xlsx_with_options (project, file, options, &error))
    {
      if (g_error_matches (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_GAPS))
        {
          print_final_refused (project, source, options);
          return BUNTAN_CLI_EXIT_GAPS;
        }
      print_error (source, error);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  g_print (_ ("%s: written\n"), name);
  return BUNTAN_CLI_EXIT_OK;
}

static int
export_all_vendors (BuntanProject       *project,
                    const char          *source,
                    BuntanExportOptions *options,
                    const char          *directory,
                    gboolean             pdf,
                    gboolean             force)
{
  g_autoptr (GFile) folder = g_file_new_for_commandline_arg (directory);
  g_autoptr (GPtrArray) vendors = buntan_project_dup_vendors (project);
  int worst = BUNTAN_CLI_EXIT_OK;

  if (vendors->len == 0)
    {
      g_printerr (_ ("%s: the project has no vendors, so there is no appendix to write\n"), source);
      return BUNTAN_CLI_EXIT_FAILURE;
    }
  if (!buntan_cli_make_folder (directory))
    return BUNTAN_CLI_EXIT_FAILURE;

  for (guint i = 0; i < vendors->len; i++)
    {
      BuntanParty     *party = g_ptr_array_index (vendors, i);
      g_autofree char *file_name = NULL;
      g_autoptr (GFile) file = NULL;
      int status;

      file_name = pdf ? buntan_pdf_dup_appendix_file_name (project, party)
                      : buntan_export_dup_appendix_file_name (project, party);
      file = g_file_get_child (folder, file_name);
      options->vendor_id = buntan_party_get_id (party);
      status = export_one (project, source, options, file, pdf, force);
      /* Gaps (3) say more than a failure (1) only when nothing failed. */
      if (status == BUNTAN_CLI_EXIT_FAILURE || worst == BUNTAN_CLI_EXIT_OK)
        worst = status != BUNTAN_CLI_EXIT_OK ? status : worst;
    }
  options->vendor_id = NULL;

  return worst;
}

/* The format: --format when given, else the output's extension; xlsx by default. */
static gboolean
choose_export_format (const char *format, const char *output, gboolean *pdf)
{
  if (format != NULL)
    {
      *pdf = g_ascii_strcasecmp (format, "pdf") == 0;
      return *pdf || g_ascii_strcasecmp (format, "xlsx") == 0;
    }

  *pdf = strlen (output) > 4 && g_ascii_strcasecmp (output + strlen (output) - 4, ".pdf") == 0;
  return TRUE;
}

int
buntan_cli_export (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *output = NULL;
  g_autofree char   *vendor = NULL;
  g_autofree char   *contract = NULL;
  gboolean           include_part1 = FALSE;
  gboolean           include_meetings = FALSE;
  gboolean           final = FALSE;
  gboolean           allow_gaps = FALSE;
  gboolean           all_vendors = FALSE;
  gboolean           force = FALSE;
  gboolean           wareki = FALSE;
  gboolean           matrix = FALSE;
  g_autofree char   *format = NULL;
  gboolean           pdf;
  const GOptionEntry entries[] = {
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the workbook to OUT.xlsx, or a PDF to OUT.pdf (with --all-vendors: into the "
          "folder DIR)"),
      N_ ("OUT") },
    { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &format,
      N_ ("Write FORMAT (pdf or xlsx) whatever OUT's extension"), N_ ("FORMAT") },
    { "vendor", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &vendor,
      N_ ("Write the bilateral appendix for the vendor ID instead of the internal workbook"),
      N_ ("ID") },
    { "contract", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &contract,
      N_ ("Limit the appendix to the vendor's contract ID"), N_ ("ID") },
    { "all-vendors", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &all_vendors,
      N_ ("Write one appendix per vendor into the folder given with -o"), NULL },
    { "final", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &final,
      N_ ("Export as final, without 案; refused while the rows have gaps"), NULL },
    { "allow-gaps", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &allow_gaps,
      N_ ("With --final, export despite gaps, marked 案"), NULL },
    { "include-part1", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &include_part1,
      N_ ("Include Part 1: its rows and its checklist sheet"), NULL },
    { "include-meetings", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &include_meetings,
      N_ ("Include the meeting log (協議記録)"), NULL },
    { "force", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force,
      N_ ("Replace an appendix that exists already (with --all-vendors)"), NULL },
    { "wareki", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &wareki,
      N_ ("Print the cover's dates in the Japanese era calendar (令和8年12月7日)"), NULL },
    { "matrix", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &matrix,
      N_ ("Of a cyber-security project, write the responsibility matrix instead of the "
          "inspector's workbook"),
      NULL },
    G_OPTION_ENTRY_NULL
  };
  BuntanExportOptions options = { 0 };
  g_auto (GStrv) args = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autofree char *source = NULL;
  g_autoptr (GFile) file = NULL;
  guint n_gaps;
  int   status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 1, 1, &status);
  if (args == NULL)
    return status;

  if (output == NULL)
    return buntan_cli_usage_error (command, _ ("no output file: give one with -o OUT.xlsx"));
  if (all_vendors && vendor != NULL)
    return buntan_cli_usage_error (command, _ ("--all-vendors and --vendor exclude each other"));
  if (contract != NULL && vendor == NULL)
    return buntan_cli_usage_error (command, _ ("--contract needs --vendor"));
  if (allow_gaps && !final)
    return buntan_cli_usage_error (command, _ ("--allow-gaps goes with --final"));
  if (!choose_export_format (format, output, &pdf))
    return buntan_cli_usage_error (command,
                                   _ ("unknown format: give --format pdf or --format xlsx"));
  /* The PDF is the document to sign or to read: the meeting log stays in the workbook. */
  if (pdf && include_meetings)
    return buntan_cli_usage_error (
      command, _ ("the meeting log is a sheet of the workbook only: leave out --include-meetings "
                  "or write OUT.xlsx"));

  project = buntan_cli_load_project (args[0]);
  if (project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;
  source = buntan_cli_dup_file_name (args[0]);

  options.vendor_id = vendor;
  options.contract_id = contract;
  if (include_part1)
    options.flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_PART1;
  if (include_meetings)
    options.flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS;
  if (final)
    options.flags |= BUNTAN_EXPORT_FLAGS_FINAL;
  if (allow_gaps)
    options.flags |= BUNTAN_EXPORT_FLAGS_ALLOW_GAPS;
  if (wareki)
    options.flags |= BUNTAN_EXPORT_FLAGS_WAREKI;
  if (matrix)
    options.flags |= BUNTAN_EXPORT_FLAGS_CONTRACT_MATRIX;

  if (all_vendors)
    return export_all_vendors (project, source, &options, output, pdf, force);

  /* The internal workbook was always replaced when it existed; an
   * appendix too, as it is written again and again while negotiating. */
  file = g_file_new_for_commandline_arg (output);
  status = export_one (project, source, &options, file, pdf, TRUE);
  if (status != BUNTAN_CLI_EXIT_OK)
    return status;

  /* The window asks before exporting a matrix with gaps; here a note must
   * do. The internal workbook's summary lists every gap of the project. */
  if (vendor != NULL)
    n_gaps = count_gaps (project, &options);
  else
    {
      g_autoptr (BuntanOverview) overview = buntan_overview_new (project);

      n_gaps = buntan_overview_count_gaps (overview, 0);
    }
  if (n_gaps > 0)
    g_printerr (ngettext ("%s: note: %u gap remains; “buntan-cli check” lists it\n",
                          "%s: note: %u gaps remain; “buntan-cli check” lists them\n", n_gaps),
                source, n_gaps);

  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_fingerprint (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *vendor = NULL;
  g_autofree char   *contract = NULL;
  gboolean           include_part1 = FALSE;
  gboolean           matrix = FALSE;
  const GOptionEntry entries[] = {
    { "vendor", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &vendor,
      N_ ("The fingerprint of the vendor ID's appendix"), N_ ("ID") },
    { "contract", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &contract,
      N_ ("Of the appendix limited to the vendor's contract ID"), N_ ("ID") },
    { "include-part1", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &include_part1,
      N_ ("Of the document exported with --include-part1"), NULL },
    { "matrix", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &matrix,
      N_ ("Of a cyber-security project's responsibility matrix, not the inspector's workbook"),
      NULL },
    G_OPTION_ENTRY_NULL
  };
  BuntanExportOptions options = { 0 };
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *path = NULL;
  g_autofree char *source = NULL;
  int              status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;
  if (contract != NULL && vendor == NULL)
    return buntan_cli_usage_error (command, _ ("--contract needs --vendor"));

  options.vendor_id = vendor;
  options.contract_id = contract;
  if (include_part1)
    options.flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_PART1;
  if (matrix)
    options.flags |= BUNTAN_EXPORT_FLAGS_CONTRACT_MATRIX;

  fingerprint = buntan_printed_dup_fingerprint_for (project, &options, &error);
  if (fingerprint == NULL)
    {
      source = buntan_cli_dup_file_name (path);
      print_error (source, error);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  g_print ("%s\n", fingerprint);
  return BUNTAN_CLI_EXIT_OK;
}
