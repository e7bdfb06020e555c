/* buntan-cli-info.c — “buntan-cli info”: a project in figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n.h>

#include "buntan-cli-private.h"
#include "buntan-json-writer.h"

#define N_STATUSES (BUNTAN_ITEM_STATUS_NOT_APPLICABLE + 1)

/* The figures come from the overview, as the window's and the workbook's
 * do; this file only prints them. Parts: 0 is every item. */
typedef struct
{
  BuntanProject  *project;
  BuntanOverview *overview;
  guint           n_parties;
  guint          *columns; /* the matrix column of each party, in the project's order */
} Summary;

static void
summary_init (Summary *summary, BuntanProject *project)
{
  GListModel   *parties = buntan_project_get_parties (project);
  BuntanMatrix *matrix;

  summary->project = project;
  summary->overview = buntan_overview_new (project);
  summary->n_parties = g_list_model_get_n_items (parties);
  summary->columns = g_new0 (guint, summary->n_parties);

  /* The matrix puts the hospital first; the output keeps the file's order. */
  matrix = buntan_overview_get_matrix (summary->overview);
  for (guint c = 0; c < buntan_matrix_get_n_columns (matrix); c++)
    {
      guint position =
        buntan_project_get_party_position (project, buntan_party_get_id (
                                                      buntan_matrix_get_party (matrix, c)));

      g_assert (position < summary->n_parties);
      summary->columns[position] = c;
    }
}

static void
summary_clear (Summary *summary)
{
  g_clear_object (&summary->overview);
  g_clear_pointer (&summary->columns, g_free);
}

typedef guint (*CountFunc) (const Summary *summary, guint part, guint arg);

static guint
count_status (const Summary *summary, guint part, guint status)
{
  return buntan_overview_count_status (summary->overview, part, status);
}

static guint
count_lead (const Summary *summary, guint part, guint position)
{
  return buntan_overview_count_marks (summary->overview, part, summary->columns[position],
                                      BUNTAN_MARK_LEAD);
}

static guint
count_support (const Summary *summary, guint part, guint position)
{
  return buntan_overview_count_marks (summary->overview, part, summary->columns[position],
                                      BUNTAN_MARK_SUPPORT);
}

static guint
count_informed (const Summary *summary, guint part, guint position)
{
  return buntan_overview_count_marks (summary->overview, part, summary->columns[position],
                                      BUNTAN_MARK_INFORMED);
}

static guint
count_each (const Summary *summary, guint part, guint unused)
{
  return buntan_overview_count_each (summary->overview, part);
}

static guint
count_joint (const Summary *summary, guint part, guint unused)
{
  return buntan_overview_count_joint (summary->overview, part);
}

static guint
count_undecided (const Summary *summary, guint part, guint unused)
{
  return buntan_overview_count_undecided (summary->overview, part);
}

static guint
count_gaps (const Summary *summary, guint part, guint unused)
{
  return buntan_overview_count_gaps (summary->overview, part);
}

static const char *
party_display_name (BuntanParty *party)
{
  const char *name = buntan_party_get_name (party);

  return *name != '\0' ? name : buntan_party_get_id (party);
}

static void
print_parts (guint all, guint part1, guint part2)
{
  g_print (_ ("%u (Part 1: %u, Part 2: %u)\n"), all, part1, part2);
}

/* One line of the text output: a label, the total and the parts. */
static void
print_count (const Summary *summary, const char *label, CountFunc count, guint arg)
{
  g_print ("  %s: ", label);
  print_parts (count (summary, 0, arg), count (summary, 1, arg), count (summary, 2, arg));
}

/* "2026-04-01 – 2027-03-31", with a blank side left out. */
static char *
dup_period (const char *start, const char *end)
{
  if (start == NULL && end == NULL)
    return NULL;

  return g_strdup_printf ("%s – %s", start != NULL ? start : "", end != NULL ? end : "");
}

static void
print_contract (BuntanContract *contract)
{
  g_autoptr (GString) line = g_string_new (NULL);
  g_autofree char *period =
    dup_period (buntan_contract_get_start (contract), buntan_contract_get_end (contract));
  const char        *title = buntan_contract_get_title (contract);
  const char        *number = buntan_contract_get_number (contract);
  const char *const *systems = buntan_contract_get_systems (contract);

  g_string_append_printf (line, "    %s %s: %s", _ ("Contract"), buntan_contract_get_id (contract),
                          buntan_contract_kind_get_label (buntan_contract_get_kind (contract)));
  if (*title != '\0')
    g_string_append_printf (line, "; %s", title);
  if (*number != '\0')
    g_string_append_printf (line, "; %s %s", _ ("contract no."), number);
  if (buntan_contract_get_signed (contract) != NULL)
    g_string_append_printf (line, "; %s %s", _ ("signed"), buntan_contract_get_signed (contract));
  if (period != NULL)
    g_string_append_printf (line, "; %s %s", _ ("period"), period);
  if (buntan_contract_get_renewal (contract) != NULL)
    g_string_append_printf (line, "; %s %s", _ ("renewal"), buntan_contract_get_renewal (contract));
  if (systems[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) systems);

      g_string_append_printf (line, "; %s %s", _ ("systems"), joined);
    }
  g_print ("%s\n", line->str);
}

/* The short name, the signature block's members, the contracts or the
 * safety manager: one indented line each, only where there is something. */
static void
print_party_details (BuntanParty *party)
{
  GListModel *contracts = buntan_party_get_contracts (party);
  const char *manager = buntan_party_get_safety_manager_name (party);

  if (*buntan_party_get_short_name (party) != '\0')
    g_print ("    %s %s\n", _ ("Short name:"), buntan_party_get_short_name (party));
  if (*buntan_party_get_address (party) != '\0')
    g_print ("    %s %s\n", _ ("Address:"), buntan_party_get_address (party));
  if (*buntan_party_get_representative (party) != '\0')
    g_print ("    %s %s\n", _ ("Representative:"), buntan_party_get_representative (party));
  if (buntan_party_is_hospital (party) && *manager != '\0')
    {
      const char *title = buntan_party_get_safety_manager_title (party);
      const char *appointed = buntan_party_get_safety_manager_appointed (party);

      g_print ("    %s %s%s%s%s%s%s\n", _ ("Safety manager:"), manager, *title != '\0' ? " (" : "",
               title, *title != '\0' ? ")" : "", appointed != NULL ? ", " : "",
               appointed != NULL ? appointed : "");
    }
  if (!buntan_party_is_hospital (party) && g_list_model_get_n_items (contracts) == 0)
    g_print ("    %s\n", _ ("No contract recorded"));
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);

      print_contract (contract);
    }
}

/* A cyber-security checklist's sheets: the same counts as the window's
 * summary page, from the one function that makes them. */
static void
print_cyber_answers (BuntanProject *project)
{
  g_autoptr (BuntanCyberSummary) answers = buntan_cyber_summary_new (project);

  g_print ("%s\n", _ ("Answers:"));
  for (guint i = 0; i < buntan_cyber_summary_get_n_parties (answers); i++)
    {
      const BuntanCyberCounts *counts = buntan_cyber_summary_get_counts (answers, i);

      /* Translators: one party's sheet of the cyber-security checklist:
       * items answered, not answered, いいえ with and without a 目標日. */
      g_print (_ ("  %s: %u answered, %u not answered, %u No with a target date, %u No without "
                  "one\n"),
               party_display_name (buntan_cyber_summary_get_party (answers, i)), counts->answered,
               counts->unanswered, counts->no_with_target, counts->no_without_target);
    }
}

static void
print_text (const Summary *summary)
{
  BuntanProject *project = summary->project;
  GListModel    *parties = buntan_project_get_parties (project);
  const char    *template_id = buntan_project_get_template_id (project);
  GPtrArray     *warnings;

  g_print ("%s %s\n", _ ("Title:"), buntan_project_get_title (project));
  g_print ("%s %s\n", _ ("Organization:"), buntan_project_get_hospital_name (project));
  if (template_id != NULL)
    g_print ("%s %s %s\n", _ ("Template:"), template_id,
             buntan_project_get_template_version (project));
  if (buntan_project_get_created (project) != NULL)
    g_print ("%s %s\n", _ ("Created:"), buntan_project_get_created (project));
  if (buntan_project_get_modified (project) != NULL)
    g_print ("%s %s\n", _ ("Modified:"), buntan_project_get_modified (project));

  g_print ("%s\n", _ ("Parties:"));
  for (guint i = 0; i < summary->n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      const char *service = buntan_party_get_service (party);

      if (buntan_party_is_hospital (party))
        g_print ("  %s: %s (%s)\n", buntan_party_get_id (party), party_display_name (party),
                 _ ("hospital"));
      else if (*service != '\0')
        g_print ("  %s: %s (%s)\n", buntan_party_get_id (party), party_display_name (party),
                 service);
      else
        g_print ("  %s: %s\n", buntan_party_get_id (party), party_display_name (party));
      print_party_details (party);
    }

  g_print ("%s ", _ ("Items:"));
  print_parts (buntan_overview_count_items (summary->overview, 0),
               buntan_overview_count_items (summary->overview, 1),
               buntan_overview_count_items (summary->overview, 2));

  g_print ("%s\n", _ ("By status:"));
  for (guint s = 0; s < N_STATUSES; s++)
    print_count (summary, buntan_item_status_get_label (s), count_status, s);

  g_print ("%s\n", _ ("By owner:"));
  for (guint i = 0; i < summary->n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      print_count (summary, party_display_name (party), count_lead, i);
    }
  print_count (summary, _ ("Joint"), count_joint, 0);
  print_count (summary, _ ("Each vendor for its own system"), count_each, 0);
  print_count (summary, _ ("Undecided"), count_undecided, 0);

  g_print ("%s\n", _ ("Supporting:"));
  for (guint i = 0; i < summary->n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      print_count (summary, party_display_name (party), count_support, i);
    }

  g_print ("%s\n", _ ("Informed (△):"));
  for (guint i = 0; i < summary->n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      print_count (summary, party_display_name (party), count_informed, i);
    }

  g_print ("%s ", _ ("Gaps:"));
  print_parts (count_gaps (summary, 0, 0), count_gaps (summary, 1, 0), count_gaps (summary, 2, 0));

  if (buntan_cyber_checklist_applies (project))
    print_cyber_answers (project);

  warnings = buntan_overview_get_warnings (summary->overview);
  g_print ("%s %u\n", _ ("Warnings:"), warnings->len);
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *sentence =
        buntan_warning_describe (g_ptr_array_index (warnings, i), BUNTAN_GAP_TEXT_LONG);

      g_print ("  %s\n", sentence);
    }
}

static void
add_string_member (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_int_member (JsonBuilder *builder, const char *name, guint value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_party_counts (JsonBuilder *builder, const Summary *summary, guint part, CountFunc count)
{
  GListModel *parties = buntan_project_get_parties (summary->project);

  json_builder_begin_object (builder);
  for (guint i = 0; i < summary->n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      add_int_member (builder, buntan_party_get_id (party), count (summary, part, i));
    }
  json_builder_end_object (builder);
}

static void
add_counts (JsonBuilder *builder, const Summary *summary, guint part)
{
  json_builder_begin_object (builder);
  add_int_member (builder, "total", buntan_overview_count_items (summary->overview, part));

  json_builder_set_member_name (builder, "by_status");
  json_builder_begin_object (builder);
  for (guint s = 0; s < N_STATUSES; s++)
    add_int_member (builder, buntan_item_status_to_string (s), count_status (summary, part, s));
  json_builder_end_object (builder);

  /* Party ids key their own object: an id may be any word, even “joint”'s
   * neighbour “undecided”, so they must not share a level with those. */
  json_builder_set_member_name (builder, "by_owner");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parties");
  add_party_counts (builder, summary, part, count_lead);
  add_int_member (builder, "joint", count_joint (summary, part, 0));
  add_int_member (builder, "undecided", count_undecided (summary, part, 0));
  add_int_member (builder, "each", count_each (summary, part, 0));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "supporting");
  add_party_counts (builder, summary, part, count_support);
  json_builder_set_member_name (builder, "informed");
  add_party_counts (builder, summary, part, count_informed);
  add_int_member (builder, "gaps", count_gaps (summary, part, 0));

  json_builder_end_object (builder);
}

static void
add_safety_manager (JsonBuilder *builder, BuntanParty *party)
{
  json_builder_set_member_name (builder, "safety_manager");
  json_builder_begin_object (builder);
  add_string_member (builder, "name", buntan_party_get_safety_manager_name (party));
  add_string_member (builder, "title", buntan_party_get_safety_manager_title (party));
  add_string_member (builder, "appointed", buntan_party_get_safety_manager_appointed (party));
  json_builder_end_object (builder);
}

static void
add_contracts (JsonBuilder *builder, BuntanParty *party)
{
  GListModel *contracts = buntan_party_get_contracts (party);

  json_builder_set_member_name (builder, "contracts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);
      const char *const *systems = buntan_contract_get_systems (contract);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", buntan_contract_get_id (contract));
      add_string_member (builder, "kind",
                         buntan_contract_kind_to_string (buntan_contract_get_kind (contract)));
      add_string_member (builder, "title", buntan_contract_get_title (contract));
      add_string_member (builder, "number", buntan_contract_get_number (contract));
      add_string_member (builder, "signed", buntan_contract_get_signed (contract));
      add_string_member (builder, "start", buntan_contract_get_start (contract));
      add_string_member (builder, "end", buntan_contract_get_end (contract));
      add_string_member (builder, "renewal", buntan_contract_get_renewal (contract));
      json_builder_set_member_name (builder, "systems");
      json_builder_begin_array (builder);
      for (guint s = 0; systems[s] != NULL; s++)
        json_builder_add_string_value (builder, systems[s]);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_parties (JsonBuilder *builder, const Summary *summary)
{
  GListModel *parties = buntan_project_get_parties (summary->project);

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < summary->n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", buntan_party_get_id (party));
      add_string_member (builder, "kind", buntan_party_is_hospital (party) ? "hospital" : "vendor");
      add_string_member (builder, "name", buntan_party_get_name (party));
      add_string_member (builder, "short_name", buntan_party_get_short_name (party));
      add_string_member (builder, "service", buntan_party_get_service (party));
      add_string_member (builder, "address", buntan_party_get_address (party));
      add_string_member (builder, "representative", buntan_party_get_representative (party));
      if (buntan_party_is_hospital (party))
        add_safety_manager (builder, party);
      else
        add_contracts (builder, party);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Shown, not counted as gaps: the same sentences as the window's. */
static void
add_warnings (JsonBuilder *builder, const Summary *summary)
{
  GPtrArray *warnings = buntan_overview_get_warnings (summary->overview);

  json_builder_set_member_name (builder, "warnings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < warnings->len; i++)
    {
      BuntanWarning   *warning = g_ptr_array_index (warnings, i);
      g_autofree char *message = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_LONG);

      json_builder_begin_object (builder);
      add_string_member (builder, "kind",
                         buntan_warning_kind_to_string (buntan_warning_get_kind (warning)));
      add_string_member (builder, "item", buntan_warning_get_item_id (warning));
      add_string_member (builder, "party", buntan_warning_get_party_id (warning));
      add_string_member (builder, "message", message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Only for a project made from the cyber-security checklist, so the
 * ordinary output keeps its members. */
static void
add_cyber_answers (JsonBuilder *builder, BuntanProject *project)
{
  g_autoptr (BuntanCyberSummary) answers = buntan_cyber_summary_new (project);

  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < buntan_cyber_summary_get_n_parties (answers); i++)
    {
      const BuntanCyberCounts *counts = buntan_cyber_summary_get_counts (answers, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "party",
                         buntan_party_get_id (buntan_cyber_summary_get_party (answers, i)));
      add_int_member (builder, "asked", counts->asked);
      add_int_member (builder, "answered", counts->answered);
      add_int_member (builder, "unanswered", counts->unanswered);
      add_int_member (builder, "yes", counts->yes);
      add_int_member (builder, "no_with_target", counts->no_with_target);
      add_int_member (builder, "no_without_target", counts->no_without_target);
      add_int_member (builder, "no_completed", counts->no_completed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_json (const Summary *summary, const char *path)
{
  BuntanProject *project = summary->project;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *file_name = buntan_cli_dup_file_name (path);
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  add_string_member (builder, "file", file_name);
  add_string_member (builder, "title", buntan_project_get_title (project));
  add_string_member (builder, "organization", buntan_project_get_hospital_name (project));
  add_string_member (builder, "created", buntan_project_get_created (project));
  add_string_member (builder, "modified", buntan_project_get_modified (project));

  json_builder_set_member_name (builder, "template");
  if (buntan_project_get_template_id (project) != NULL)
    {
      json_builder_begin_object (builder);
      add_string_member (builder, "id", buntan_project_get_template_id (project));
      add_string_member (builder, "version", buntan_project_get_template_version (project));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  add_parties (builder, summary);

  json_builder_set_member_name (builder, "items");
  add_counts (builder, summary, 0);

  json_builder_set_member_name (builder, "parts");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "1");
  add_counts (builder, summary, 1);
  json_builder_set_member_name (builder, "2");
  add_counts (builder, summary, 2);
  json_builder_end_object (builder);

  add_warnings (builder, summary);
  if (buntan_cyber_checklist_applies (project))
    add_cyber_answers (builder, project);

  json_builder_end_object (builder);

  /* The project files' own layout, so that the output diffs as well. */
  root = json_builder_get_root (builder);
  text = buntan_json_write (root, NULL);
  g_print ("%s", text);
}

int
buntan_cli_info (const BuntanCliCommand *command, int argc, char **argv)
{
  gboolean           json = FALSE;
  const GOptionEntry entries[] = { { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json,
                                     N_ ("Print a JSON object (described below)"), NULL },
                                   G_OPTION_ENTRY_NULL };
  g_autofree char   *path = NULL;
  g_autoptr (BuntanProject) project = NULL;
  Summary summary;
  int     status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;

  summary_init (&summary, project);
  if (json)
    print_json (&summary, path);
  else
    print_text (&summary);
  summary_clear (&summary);

  return BUNTAN_CLI_EXIT_OK;
}
