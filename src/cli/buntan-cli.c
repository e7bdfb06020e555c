/* buntan-cli.c — the command table of buntan-cli and what its commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "buntan-cli-private.h"

#define PROGRAM_NAME "buntan-cli"

static const BuntanCliCommand commands[] = {
  {
    "new",
    N_ ("-o FILE"),
    N_ ("Create a project from a bundled checklist template"),
    N_ ("Creates FILE holding every item of the template, all not started, with the\n"
        "hospital as the only party (named after --organization). An existing FILE is\n"
        "kept unless --force is given."),
    N_ ("Exit status: 0 when the project was created; 1 when it was not (unknown\n"
        "template, FILE exists, FILE cannot be written); 2 on a usage error."),
    NULL,
    buntan_cli_new,
  },
  {
    "validate",
    N_ ("FILE…"),
    N_ ("Check that project files can be opened"),
    N_ ("Opens each FILE as Buntan does and changes nothing. Each file that cannot be\n"
        "opened gets one line on standard error, “FILE: place: problem”; one summary\n"
        "line goes to standard output."),
    N_ ("Exit status: 0 when every FILE can be opened; 1 when one or more cannot; 2 on\n"
        "a usage error."),
    NULL,
    buntan_cli_validate,
  },
  {
    "check",
    N_ ("FILE"),
    N_ ("List what the responsibility matrix still leaves open"),
    N_ ("Prints one line per gap on standard output, naming the item by its id or the\n"
        "vendor by its name: Part 2 items nobody is responsible for, agreed items\n"
        "without an owner, shared (joint) items with fewer than two parties, items that\n"
        "were “No” at the first check and are agreed without a completion date (for\n"
        "each vendor that confirms the item, its own), items for each vendor on its own\n"
        "with fewer than two parties, and vendors responsible for nothing. Then one line\n"
        "per warning (“warning: …”), such as a vendor's check on an item it no longer\n"
        "leads or supports: warnings do not change the exit status."),
    N_ ("Exit status: 0 when there are no gaps; 3 when there are; 1 when FILE cannot be\n"
        "opened; 2 on a usage error."),
    NULL,
    buntan_cli_check,
  },
  {
    "normalize",
    N_ ("FILE"),
    N_ ("Rewrite a project file in canonical form"),
    N_ ("Writes the project as Buntan saves it: stable key order and indentation. Every\n"
        "value and every key Buntan does not know is kept, and “modified” stays as it\n"
        "was, so running it twice gives the same bytes. Without --output, FILE is\n"
        "replaced (atomically) only when its form changes."),
    N_ ("Exit status: 0 on success; 1 when FILE cannot be opened or the result cannot\n"
        "be written; 2 on a usage error."),
    NULL,
    buntan_cli_normalize,
  },
  {
    "info",
    N_ ("FILE"),
    N_ ("Show a project's parties and its items by part, status and owner"),
    N_ ("Prints the title, the organization, the template, the parties and the number\n"
        "of items by part, by status and by owner (each party, joint, each vendor for\n"
        "its own system, undecided), the parties informed (△) and the warnings.\n"
        "A party owns the items it leads (◎), a joint item's sharers included; the\n"
        "window and the workbook count the same way (HACKING.md, “Counting rules”).\n"
        "\n"
        "With --json, prints one JSON object instead. Its keys, the status words and\n"
        "the party ids are those of the file format, whatever the language; COUNTS\n"
        "appears once for all items and once per part:"),
    N_ ("Exit status: 0 on success; 1 when FILE cannot be opened; 2 on a usage error."),
    "\n"
    "  { \"file\": PATH, \"title\": S, \"organization\": S,\n"
    "    \"created\": S | null, \"modified\": S | null,\n"
    "    \"template\": { \"id\": S, \"version\": S } | null,\n"
    "    \"parties\": [ { \"id\": S, \"kind\": \"hospital\" | \"vendor\", \"name\": S,\n"
    "                   \"short_name\": S, \"service\": S, \"address\": S,\n"
    "                   \"representative\": S,\n"
    "                   \"safety_manager\": { \"name\": S, \"title\": S,\n"
    "                                       \"appointed\": S | null }  (hospital)\n"
    "                   \"contracts\": [ CONTRACT, … ] (vendors) }, … ],\n"
    "    \"items\": COUNTS,\n"
    "    \"parts\": { \"1\": COUNTS, \"2\": COUNTS },\n"
    "    \"warnings\": [ { \"kind\": \"stale-check\" | \"lead-outside-contracts\" |\n"
    "                              \"vendor-without-contract\", \"item\": ID | null,\n"
    "                    \"party\": ID | null, \"message\": S }, … ],\n"
    "    \"answers\": [ { \"party\": ID, \"asked\": N, \"answered\": N,\n"
    "                   \"unanswered\": N, \"yes\": N, \"no_with_target\": N,\n"
    "                   \"no_without_target\": N, \"no_completed\": N }, … ]\n"
    "                 (cyber-security checklist only: the hospital, then each vendor) }\n"
    "  COUNTS = { \"total\": N,\n"
    "             \"by_status\": { \"open\": N, \"discussing\": N, \"agreed\": N,\n"
    "                            \"not-applicable\": N },\n"
    "             \"by_owner\": { \"parties\": { PARTY-ID: N, … },\n"
    "                           \"joint\": N, \"undecided\": N, \"each\": N },\n"
    "             \"supporting\": { PARTY-ID: N, … },\n"
    "             \"informed\": { PARTY-ID: N, … }, \"gaps\": N }\n"
    "  CONTRACT = { \"id\": S, \"kind\": \"development\" | \"maintenance\" | \"cloud\" |\n"
    "               \"other\", \"title\": S, \"number\": S, \"signed\": S | null,\n"
    "               \"start\": S | null, \"end\": S | null, \"renewal\": S | null,\n"
    "               \"systems\": [ S, … ] }\n",
    buntan_cli_info,
  },
  {
    "templates",
    "",
    N_ ("List the bundled checklist templates"),
    N_ ("Prints one line per template: its id (for “buntan-cli new --template”), its\n"
        "version, its title and its number of items. These are the bundled lines of\n"
        "“buntan-cli checklists”, in the same form, without the installed ones."),
    N_ ("Exit status: 0 on success; 2 on a usage error."),
    NULL,
    buntan_cli_templates,
  },
  {
    "checklists",
    "",
    N_ ("List the checklists new projects can start from, bundled and installed"),
    N_ ("Prints one line per checklist: its id (for “buntan-cli new --template”), its\n"
        "version, its title, its number of items and whether it is bundled with Buntan\n"
        "or installed (with its file). Installed checklists live in\n"
        "$XDG_DATA_HOME/buntan/checklists/ (usually ~/.local/share/buntan/checklists/);\n"
        "an installed file that cannot be read is named on standard error."),
    N_ ("Exit status: 0 on success; 2 on a usage error."),
    NULL,
    buntan_cli_checklists,
  },
  {
    "checklist-validate",
    N_ ("FILE…"),
    N_ ("Check checklist files (JSON or CSV) before importing them"),
    N_ ("Reads each FILE as “buntan-cli checklist-import” would and installs nothing.\n"
        "A file whose name ends in .csv is read as CSV (UTF-8, with or without a byte\n"
        "order mark, or CP932 as Excel saves it), any other as a checklist in JSON.\n"
        "Each file that is not a valid checklist gets one line on standard error,\n"
        "“FILE: place: problem”, the place a line and column for CSV."),
    N_ ("Exit status: 0 when every FILE is a valid checklist; 1 when one or more are\n"
        "not; 2 on a usage error."),
    NULL,
    buntan_cli_checklist_validate,
  },
  {
    "checklist-import",
    N_ ("FILE.csv|FILE.json"),
    N_ ("Install a checklist of your own, for new projects to start from"),
    N_ ("Checks FILE as “checklist-validate” does and installs it for this user in\n"
        "$XDG_DATA_HOME/buntan/checklists/ as ID@VERSION.json. A CSV file's columns are\n"
        "described in the README (“Checklists”); its checklist id is --id, or the\n"
        "file's name when that can be an id. The id of a bundled checklist is refused,\n"
        "and an installed checklist of the same id and version is kept unless --force\n"
        "is given."),
    N_ ("Exit status: 0 when the checklist was installed; 1 when it was not (FILE is\n"
        "not a valid checklist, it is installed already, the folder cannot be\n"
        "written); 2 on a usage error."),
    NULL,
    buntan_cli_checklist_import,
  },
  {
    "export",
    N_ ("FILE -o OUT.xlsx|OUT.pdf"),
    N_ ("Export the responsibility matrix or a vendor's appendix as an Excel workbook or a PDF"),
    N_ ("Writes the internal workbook the window exports: a cover, the responsibility\n"
        "matrix, one sheet per vendor, the Part 2 checklist and a summary (the Part 1\n"
        "checklist with --include-part1, the meeting log with --include-meetings).\n"
        "With --vendor ID it writes that vendor's bilateral appendix instead: the\n"
        "hospital (甲) and the vendor (乙), the vendor's rows, other vendors named only\n"
        "on rows they share, a signature and seal block and the appendix's own\n"
        "fingerprint. --all-vendors -o DIR writes one appendix per vendor, named after\n"
        "the short names. Documents are drafts marked 案 unless --final is given;\n"
        "--final is refused while the document's rows have gaps, which are listed on\n"
        "standard error. An OUT ending in .pdf (or --format pdf) gets the same\n"
        "document as a PDF, the appendix with --vendor and one PDF per vendor with\n"
        "--all-vendors; the meeting log is in the workbook only.\n"
        "A project made from the cyber-security checklist gets the inspector's\n"
        "workbook instead: a cover saying whose sheet is complete and what is missing,\n"
        "the hospital's sheet (医療機関確認用) and one sheet per vendor (事業者確認用)\n"
        "with はい/いいえ, 確認日 and 目標日; as a PDF, the same sheets. --matrix writes\n"
        "its responsibility matrix instead."),
    N_ ("Exit status: 0 when the document was written; 3 when --final was refused\n"
        "because of gaps; 1 when FILE cannot be opened, the vendor or contract does not\n"
        "exist or OUT cannot be written; 2 on a usage error."),
    NULL,
    buntan_cli_export,
  },
  {
    "diff",
    N_ ("OLD NEW | FILE --from-version N"),
    N_ ("List what changed between two project files"),
    N_ ("Prints one line per change, in the file's order: the project's title and\n"
        "organization, parties added, removed or renamed and their fields, items added\n"
        "or retired and each field of an item that changed (owner, participants,\n"
        "status, checks, clause, agreed terms, note, texts …). Times, meetings and\n"
        "agreed versions are not compared. With --json, prints\n"
        "{\"changes\": [{kind, subject, field, before, after, description}, …]}.\n"
        "With --textconv and one FILE, prints the compared content of FILE, one line\n"
        "per field, for git's text conversion (README, “Version control”)."),
    N_ ("Exit status: 0 when the projects are equal (and after --textconv); 4 when\n"
        "they differ; 1 when a file cannot be opened; 2 on a usage error."),
    NULL,
    buntan_cli_diff,
  },
  {
    "merge",
    N_ ("BASE OURS THEIRS -o OUT"),
    N_ ("Merge two people's changes to one project"),
    N_ ("Merges OURS and THEIRS, both changed from BASE, item by item and field by\n"
        "field, and writes the result to OUT (which may be OURS). A field changed on\n"
        "one side takes that change; the same change on both sides is taken once. A\n"
        "field changed differently on both sides keeps ours and is listed in the\n"
        "project's conflicts, as is an item deleted on one side and edited on the\n"
        "other (kept, edited). The conflicts are printed, one per line."),
    N_ ("Exit status: 0 for a clean merge; 5 when OUT holds conflicts; 1 when a file\n"
        "cannot be opened or OUT cannot be written; 2 on a usage error."),
    NULL,
    buntan_cli_merge,
  },
  {
    "fingerprint",
    N_ ("FILE"),
    N_ ("Print the fingerprint a workbook or appendix carries"),
    N_ ("Prints the SHA-256 fingerprint (照合用ハッシュ) over what the internal workbook\n"
        "prints, or with --vendor ID what that vendor's appendix prints, so both sides\n"
        "can check that they hold the same document. Give the options the document was\n"
        "exported with. Of a cyber-security project it is the inspector's workbook's\n"
        "(--matrix: its responsibility matrix's)."),
    N_ ("Exit status: 0 when the fingerprint was printed; 1 when FILE cannot be opened\n"
        "or the vendor or contract does not exist; 2 on a usage error."),
    NULL,
    buntan_cli_fingerprint,
  },
  {
    "checklist-updates",
    N_ ("FILE"),
    N_ ("List what a newer version of the project's checklist words differently"),
    N_ ("Compares the items of FILE with the newest version of the checklist it was\n"
        "made from (or the one given with --checklist, an id or a file) and prints one\n"
        "line per difference: items the checklist adds, each text it words differently\n"
        "(title, content, risk, recommended practice, references, contract kinds),\n"
        "items it no longer has. The project keeps its wording until it is updated:\n"
        "with --apply all -o OUT, every difference is applied (new items not started,\n"
        "retired items marked not applicable and kept with what was agreed on them)\n"
        "and the project, recording the newer version, is written to OUT. With --json,\n"
        "prints {\"checklist\", \"project_version\", \"checklist_version\", \"newer\",\n"
        "\"differences\": [{kind, item, field, before, after, description}, …]}; a\n"
        "retired item is followed by the checklist's reason for retiring it (\"reason\"\n"
        "in JSON)."),
    N_ ("Exit status: 0 when the project is up to date (or --apply wrote OUT); 4 when\n"
        "the checklist is newer; 1 when a file cannot be read or written or the\n"
        "checklist is not the project's; 2 on a usage error."),
    NULL,
    buntan_cli_checklist_updates,
  },
  {
    "versions",
    N_ ("FILE"),
    N_ ("List the agreed versions of a project"),
    N_ ("Prints one line per agreed version (第N版): its number, the date agreed, the\n"
        "project's fingerprint and “withdrawn” for a withdrawn one, then its note and\n"
        "the reason it was withdrawn; then one line per renewal round: its number, the\n"
        "day it started, its vendors and the version it renews. With --json, prints\n"
        "{\"versions\": [{number, agreed, fingerprint, note, open_gaps, withdrawn,\n"
        "withdrawn_reason}, …], \"rounds\": [{number, started, parties, from_version},\n"
        "…]}."),
    N_ ("Exit status: 0 when the versions were listed; 1 when FILE cannot be opened;\n"
        "2 on a usage error."),
    NULL,
    buntan_cli_versions,
  },
  {
    "agree",
    N_ ("FILE"),
    N_ ("Record the current state as the next agreed version"),
    N_ ("Records the project as it is now as the next version (第N版): the date, the\n"
        "fingerprints of the internal workbook and of every vendor's appendix, the note\n"
        "and a snapshot from which that version can be printed and compared again.\n"
        "Refused while gaps remain, unless --allow-gaps (their number is recorded).\n"
        "Writes FILE again, or OUT with -o, and prints the new version's line."),
    N_ ("Exit status: 0 when the version was recorded; 3 when gaps remain; 1 when FILE\n"
        "cannot be opened or written; 2 on a usage error."),
    NULL,
    buntan_cli_agree,
  },
  {
    "withdraw",
    N_ ("FILE --version N --reason T"),
    N_ ("Withdraw an agreed version, keeping it with the reason"),
    N_ ("Marks agreed version N (第N版) withdrawn on the day (or --date) with the\n"
        "reason T. The version stays in the project, marked, and is no longer cited on\n"
        "the cover; it is never deleted. Writes FILE again, or OUT with -o, and prints\n"
        "the version's line."),
    N_ ("Exit status: 0 when the version was withdrawn; 1 when FILE cannot be opened\n"
        "or written, there is no version N or it was already withdrawn; 2 on a usage\n"
        "error."),
    NULL,
    buntan_cli_withdraw,
  },
  {
    "round",
    N_ ("FILE --parties ID,…"),
    N_ ("Start a renewal round for the vendors whose contracts renew"),
    N_ ("Records the next renewal round for the vendors given with --parties, renewing\n"
        "the latest agreed version (or --from-version N). Those vendors' checks go back\n"
        "to unconfirmed and their items to 協議中, except 対象外; owners, roles, clauses\n"
        "and agreed terms stay, and what was agreed stays in the version's snapshot.\n"
        "Refused when no version has been agreed. Writes FILE again, or OUT with -o,\n"
        "and prints the round's line."),
    N_ ("Exit status: 0 when the round was started; 1 when FILE cannot be opened or\n"
        "written, a party is not a vendor or there is no version to renew; 2 on a\n"
        "usage error."),
    NULL,
    buntan_cli_round,
  },
  {
    "questionnaire",
    N_ ("FILE"),
    N_ ("Write a questionnaire workbook for a vendor to answer"),
    N_ ("Writes the questionnaire (回答依頼) for one vendor, or with --all-vendors one\n"
        "per vendor into the folder DIR: instructions, then the vendor's rows with the\n"
        "proposed split and the answer columns, and the identity of the request in\n"
        "protected cells. Records what was sent (questionnaires: id, vendor, date,\n"
        "fingerprint, items) in FILE and saves it, unless --no-record. Prints one line\n"
        "per workbook: the file, the vendor's id, the questionnaire's id and the\n"
        "number of items."),
    N_ ("Exit status: 0 when every workbook was written and recorded; 1 when FILE\n"
        "cannot be opened or saved, a workbook cannot be written or the vendor is\n"
        "unknown; 2 on a usage error."),
    NULL,
    buntan_cli_questionnaire,
  },
  {
    "import-answers",
    N_ ("FILE ANSWERS.xlsx"),
    N_ ("Bring a vendor's answers to a questionnaire into the project"),
    N_ ("Reads the questionnaire workbook a vendor filled in and prints the changes its\n"
        "answers imply, one per line: + applied, ? left for a review. Agreements\n"
        "(同意), first checks and comments are applied; proposals (修正希望), 対象外,\n"
        "合意済 and rows whose proposal changed since sending only with\n"
        "--accept-proposals. Records the answers' receipt on the questionnaire and the\n"
        "comments in the decision log, then saves FILE again, or OUT with -o. With\n"
        "--dry-run nothing is written. Skipped rows are reported on standard error."),
    N_ ("Exit status: 0 when the changes were applied or there was nothing to apply;\n"
        "1 when a file cannot be read or written, or the workbook is refused (not an\n"
        "xlsx, another project's or vendor's, a questionnaire never sent); 2 on a\n"
        "usage error; 4 when a dry run would change something."),
    NULL,
    buntan_cli_import_answers,
  },
  {
    "new-year",
    N_ ("LAST -o NEW"),
    N_ ("Start next year's check from last year's project"),
    N_ ("Writes NEW, next year's project started from LAST: the same checklist,\n"
        "parties, contracts and items with their owners and roles, every answer\n"
        "cleared and kept read-only as last year's answer beside its check. 合意済\n"
        "items are 協議中 again; meetings, versions, rounds and questionnaires stay\n"
        "with LAST. NEW records LAST's id, file name and fingerprint."),
    N_ ("Exit status: 0 when NEW was written; 1 when LAST cannot be opened or NEW\n"
        "exists (without --force) or cannot be written; 2 on a usage error."),
    NULL,
    buntan_cli_new_year,
  },
};

/* The usage line and the hint that follow every usage error. */
static void
print_usage_hint (const BuntanCliCommand *command)
{
  if (command == NULL)
    {
      g_printerr (_ ("Usage: %s COMMAND [OPTION…] [ARGUMENT…]\n"), PROGRAM_NAME);
      g_printerr (_ ("Run “%s --help” to see the commands.\n"), PROGRAM_NAME);
      return;
    }

  if (*command->parameters != '\0')
    g_printerr (_ ("Usage: %s %s [OPTION…] %s\n"), PROGRAM_NAME, command->name,
                _ (command->parameters));
  else
    g_printerr (_ ("Usage: %s %s [OPTION…]\n"), PROGRAM_NAME, command->name);
  g_printerr (_ ("Run “%s %s --help” to see the options.\n"), PROGRAM_NAME, command->name);
}

static int G_GNUC_PRINTF (2, 0)
  usage_error_valist (const BuntanCliCommand *command, const char *format, va_list args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  if (command != NULL)
    g_printerr ("%s %s: %s\n", PROGRAM_NAME, command->name, message);
  else
    g_printerr ("%s: %s\n", PROGRAM_NAME, message);
  print_usage_hint (command);

  return BUNTAN_CLI_EXIT_USAGE;
}

/**
 * buntan_cli_usage_error:
 * @command: (nullable): the command, or %NULL for buntan-cli itself
 * @format: what is wrong
 *
 * Tells the user on standard error what is wrong with the command line and
 * how the command is used.
 *
 * Returns: %BUNTAN_CLI_EXIT_USAGE
 */
int
buntan_cli_usage_error (const BuntanCliCommand *command, const char *format, ...)
{
  va_list args;
  int     status;

  va_start (args, format);
  status = usage_error_valist (command, format, args);
  va_end (args);

  return status;
}

static GOptionContext *
create_option_context (const BuntanCliCommand *command,
                       const GOptionEntry     *entries,
                       const GOptionEntry     *help_entries)
{
  GOptionContext  *context = g_option_context_new (command->parameters);
  g_autofree char *description = NULL;

  /* The context translates the parameter string, the summary and the
   * entries' texts through this domain when it prints the help. */
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, command->summary);
  description = g_strconcat (_ (command->description), "\n",
                             command->format_help != NULL ? command->format_help : "", "\n",
                             _ (command->exit_status), NULL);
  g_option_context_set_description (context, description);

  /* Our own --help prints to stdout and returns, instead of GLib's, which
   * exits the process from inside the parser. */
  g_option_context_set_help_enabled (context, FALSE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);

  return context;
}

/**
 * buntan_cli_parse_options:
 * @command: the command
 * @entries: (nullable): its options
 * @argc: the number of arguments
 * @argv: the arguments, the command's name first
 * @min_args: the least number of positional arguments
 * @max_args: the most, or %G_MAXUINT
 * @status: (out): the exit status when this returns %NULL
 *
 * Parses the command's options (anywhere on the line, as GLib does) and
 * counts the other arguments.
 *
 * Returns: (transfer full) (nullable): the positional arguments, or %NULL
 *   when the command must stop: after --help, or on a usage error
 */
char **
buntan_cli_parse_options (const BuntanCliCommand *command,
                          const GOptionEntry     *entries,
                          int                     argc,
                          char                  **argv,
                          guint                   min_args,
                          guint                   max_args,
                          int                    *status)
{
  gboolean           help = FALSE;
  const GOptionEntry help_entries[] = { { "help", 'h', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &help,
                                          N_ ("Show this help"), NULL },
                                        G_OPTION_ENTRY_NULL };
  g_autoptr (GOptionContext) context = create_option_context (command, entries, help_entries);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) args = NULL;
  g_autoptr (GError) error = NULL;
  guint n_args;

  for (int i = 0; i < argc; i++)
    g_strv_builder_add (builder, argv[i]);
  args = g_strv_builder_end (builder);

  if (!g_option_context_parse_strv (context, &args, &error))
    {
      *status = buntan_cli_usage_error (command, "%s", error->message);
      return NULL;
    }

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", text);
      *status = BUNTAN_CLI_EXIT_OK;
      return NULL;
    }

  n_args = g_strv_length (args) - 1;
  if (n_args < min_args)
    {
      *status = buntan_cli_usage_error (command, _ ("an argument is missing"));
      return NULL;
    }
  if (n_args > max_args)
    {
      *status =
        buntan_cli_usage_error (command, _ ("unexpected argument “%s”"), args[max_args + 1]);
      return NULL;
    }

  *status = BUNTAN_CLI_EXIT_OK;
  return g_strdupv (args + 1);
}

/**
 * buntan_cli_dup_file_name:
 * @path: a file as given on the command line
 *
 * Returns: (transfer full): the file's name as the core's messages give it
 */
char *
buntan_cli_dup_file_name (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);

  return g_file_get_parse_name (file);
}

/**
 * buntan_cli_make_folder:
 * @directory: the folder --all-vendors writes one file per vendor into
 *
 * Makes @directory and its parents, or says on standard error why not.
 *
 * Returns: whether the folder is there
 */
gboolean
buntan_cli_make_folder (const char *directory)
{
  if (g_mkdir_with_parents (directory, 0777) != 0)
    {
      int saved_errno = errno;

      g_printerr ("%s: %s\n", directory, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * buntan_cli_load_project:
 * @path: a project file as given on the command line
 *
 * Opens a project, or says on standard error why it cannot be opened. The
 * core's messages already read “FILE: place: problem”.
 *
 * Returns: (transfer full) (nullable): the project
 */
BuntanProject *
buntan_cli_load_project (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project;

  project = buntan_project_new_from_file (file, &error);
  if (project == NULL)
    g_printerr ("%s\n", error->message);

  return project;
}

/**
 * buntan_cli_open_project:
 * @command: a command taking one project file
 * @entries: (nullable): its options
 * @argc: the number of arguments
 * @argv: the arguments, the command's name first
 * @path: (out) (optional): the project file as given
 * @status: (out): the exit status when this returns %NULL
 *
 * Parses the options of a command that works on one project, and opens it.
 *
 * Returns: (transfer full) (nullable): the project, or %NULL when the
 *   command must stop: after --help, on a usage error, or when the file
 *   cannot be opened
 */
BuntanProject *
buntan_cli_open_project (const BuntanCliCommand *command,
                         const GOptionEntry     *entries,
                         int                     argc,
                         char                  **argv,
                         char                  **path,
                         int                    *status)
{
  g_auto (GStrv) args = buntan_cli_parse_options (command, entries, argc, argv, 1, 1, status);
  BuntanProject *project;

  if (args == NULL)
    return NULL;

  project = buntan_cli_load_project (args[0]);
  if (project == NULL)
    {
      *status = BUNTAN_CLI_EXIT_FAILURE;
      return NULL;
    }

  if (path != NULL)
    *path = g_strdup (args[0]);
  return project;
}

/* Everything buntan-cli prints is UTF-8: the project's texts, the core's
 * messages, the translations (bound with a UTF-8 codeset). GLib would convert
 * it to the locale's charset, which under LANG=C turns every Japanese name
 * into question marks, also in output redirected to a file. */
static void
print_utf8 (const char *text)
{
  fputs (text, stdout);
}

static void
printerr_utf8 (const char *text)
{
  fputs (text, stderr);
}

static const BuntanCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

/* As wide as the longest command or option, so that no summary runs into
 * its name (checklist-validate filled a fixed 18 columns exactly). */
static int
help_names_width (void)
{
  gsize width = strlen ("-h, --help");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, strlen (commands[i].name));

  return (int) width;
}

static void
print_help (void)
{
  int width = help_names_width ();

  g_print (_ ("Usage:\n  %s COMMAND [OPTION…] [ARGUMENT…]\n\n"), PROGRAM_NAME);
  g_print ("%s\n\n", _ ("Works with Buntan project files without a display."));
  g_print ("%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-*s  %s\n", width, commands[i].name, _ (commands[i].summary));
  g_print ("\n%s\n", _ ("Options:"));
  g_print ("  %-*s  %s\n", width, "-h, --help", _ ("Show this help"));
  g_print ("  %-*s  %s\n", width, "--version", _ ("Show the version"));
  g_print ("\n%s\n", _ ("Exit status: 0 on success; 1 when a file cannot be opened or written;\n"
                        "2 on a usage error; 3 when “check” finds gaps; 4 when “diff” finds\n"
                        "changes; 5 when “merge” leaves conflicts."));
  g_print (_ ("Run “%s COMMAND --help” to see a command's options.\n"), PROGRAM_NAME);
}

static int
run_command (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char *prgname = g_strdup_printf ("%s %s", PROGRAM_NAME, command->name);

  /* The option parser prints it in the usage line of --help, as
   * “buntan-cli new [OPTION…] -o FILE”. GLib keeps a copy. */
  g_set_prgname (prgname);

  return command->run (command, argc, argv);
}

/**
 * buntan_cli_run:
 * @argc: the number of arguments
 * @argv: the arguments of main()
 *
 * Runs the command named by argv[1]. The caller sets up the locale and the
 * core.
 *
 * Returns: the exit status, a #BuntanCliExit
 */
int
buntan_cli_run (int argc, char **argv)
{
  const BuntanCliCommand *command;
  const char             *name;

  g_set_print_handler (print_utf8);
  g_set_printerr_handler (printerr_utf8);

  if (argc < 2)
    return buntan_cli_usage_error (NULL, _ ("no command given"));

  name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h"))
    {
      print_help ();
      return BUNTAN_CLI_EXIT_OK;
    }

  if (g_str_equal (name, "--version"))
    {
      g_print ("%s %s\n", PROGRAM_NAME, PACKAGE_VERSION);
      return BUNTAN_CLI_EXIT_OK;
    }

  /* “buntan-cli help new” is “buntan-cli new --help”. */
  if (g_str_equal (name, "help"))
    {
      char *help_argv[] = { NULL, (char *) "--help", NULL };

      if (argc == 2)
        {
          print_help ();
          return BUNTAN_CLI_EXIT_OK;
        }

      if (argc > 3)
        return buntan_cli_usage_error (NULL, _ ("unexpected argument “%s”"), argv[3]);

      command = find_command (argv[2]);
      if (command == NULL)
        return buntan_cli_usage_error (NULL, _ ("“%s” is not a command"), argv[2]);

      help_argv[0] = argv[2];
      return run_command (command, 2, help_argv);
    }

  command = find_command (name);
  if (command == NULL)
    {
      if (name[0] == '-')
        return buntan_cli_usage_error (NULL, _ ("unknown option “%s”"), name);
      return buntan_cli_usage_error (NULL, _ ("“%s” is not a command"), name);
    }

  return run_command (command, argc - 1, argv + 1);
}
