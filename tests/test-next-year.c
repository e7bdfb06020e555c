/* test-next-year.c — next year's check: answers moved into `previous`, nothing else lost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-test-util.h"

#define LAST_YEAR_ID "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

static BuntanProject *
new_next_year (BuntanProject *last_year)
{
  g_autoptr (GError) error = NULL;
  BuntanProject *next_year = buntan_project_new_for_next_year (last_year, "last.buntan", &error);

  g_assert_no_error (error);
  g_assert_nonnull (next_year);
  return next_year;
}

static BuntanItem *
find_item (BuntanProject *project, const char *id)
{
  BuntanItem *item = buntan_project_find_item (project, id);

  g_assert_nonnull (item);
  return item;
}

static void
assert_previous (BuntanPreviousAnswer *previous,
                 BuntanCheckResult     result,
                 const char           *date,
                 const char           *target,
                 const char           *completed)
{
  g_assert_nonnull (previous);
  g_assert_cmpint (buntan_previous_answer_get_result (previous), ==, result);
  g_assert_cmpstr (buntan_previous_answer_get_date (previous), ==, date);
  g_assert_cmpstr (buntan_previous_answer_get_target (previous), ==, target);
  g_assert_cmpstr (buntan_previous_answer_get_completed (previous), ==, completed);
}

static void
assert_no_answer (BuntanItem *item)
{
  g_assert_cmpint (buntan_item_get_first_check (item), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_null (buntan_item_get_first_check_date (item));
  g_assert_null (buntan_item_get_target (item));
  g_assert_null (buntan_item_get_completed (item));
}

static void
test_answers_moved (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("nextyear-last.buntan");
  g_autoptr (BuntanProject) next_year = new_next_year (last_year);
  g_autofree char          *fingerprint = NULL;
  const BuntanExportOptions whole = { 0 };
  BuntanItem               *item;
  BuntanCheck              *check;

  fingerprint = buntan_printed_dup_fingerprint_for (last_year, &whole, NULL);
  g_assert_cmpstr (buntan_project_get_previous_id (next_year), ==, LAST_YEAR_ID);
  g_assert_cmpstr (buntan_project_get_previous_file (next_year), ==, "last.buntan");
  g_assert_cmpstr (buntan_project_get_previous_fingerprint (next_year), ==, fingerprint);
  g_assert_cmpstr (buntan_project_get_id (next_year), !=, LAST_YEAR_ID);
  g_assert_true (g_uuid_string_is_valid (buntan_project_get_id (next_year)));
  g_assert_null (buntan_project_get_previous_id (last_year));

  item = find_item (next_year, "P1-A-1");
  assert_no_answer (item);
  assert_previous (buntan_item_get_previous (item), BUNTAN_CHECK_RESULT_YES, "2025-11-02", NULL,
                   "2025-11-10");
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_DISCUSSING);

  item = find_item (next_year, "P1-A-2");
  assert_no_answer (item);
  assert_previous (buntan_item_get_previous (item), BUNTAN_CHECK_RESULT_NO, "2025-11-03",
                   "2026-03-31", NULL);
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_DISCUSSING);

  item = find_item (next_year, "P1-A-3");
  g_assert_null (buntan_item_get_previous (item));
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  item = find_item (next_year, "P2-A-2");
  g_assert_null (buntan_item_get_previous (item));
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_OPEN);

  /* Each confirming vendor's answer moves; the stale check of v3 (△ only) is left behind. */
  item = find_item (next_year, "P2-A-1");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_item_get_checks (item)), ==, 2);
  check = buntan_item_find_check (item, "v1");
  g_assert_true (buntan_check_is_empty (check));
  assert_previous (buntan_check_get_previous (check), BUNTAN_CHECK_RESULT_YES, "2025-11-02", NULL,
                   NULL);
  check = buntan_item_find_check (item, "v2");
  g_assert_true (buntan_check_is_empty (check));
  assert_previous (buntan_check_get_previous (check), BUNTAN_CHECK_RESULT_NO, "2025-11-04",
                   "2026-03-31", NULL);
  g_assert_null (buntan_item_find_check (item, "v3"));
}

/* Everything but the answers is as it was: the texts, owners and roles of
 * every item, the parties and their contracts, the checklist. */
static void
test_nothing_else_lost (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("nextyear-last.buntan");
  g_autoptr (BuntanProject) next_year = new_next_year (last_year);
  GListModel *last_items = buntan_project_get_items (last_year);
  GListModel *next_items = buntan_project_get_items (next_year);
  GListModel *last_parties = buntan_project_get_parties (last_year);
  GListModel *next_parties = buntan_project_get_parties (next_year);

  g_assert_cmpstr (buntan_project_get_title (next_year), ==, buntan_project_get_title (last_year));
  g_assert_cmpstr (buntan_project_get_template_id (next_year), ==, "cyber-security");
  g_assert_cmpstr (buntan_project_get_template_version (next_year), ==, "2026.1");
  g_assert_cmpstr (buntan_project_get_created (next_year), !=,
                   buntan_project_get_created (last_year));

  g_assert_cmpuint (g_list_model_get_n_items (next_parties), ==,
                    g_list_model_get_n_items (last_parties));
  for (guint i = 0; i < g_list_model_get_n_items (last_parties); i++)
    {
      g_autoptr (BuntanParty) last = g_list_model_get_item (last_parties, i);
      g_autoptr (BuntanParty) next = g_list_model_get_item (next_parties, i);

      g_assert_cmpstr (buntan_party_get_id (next), ==, buntan_party_get_id (last));
      g_assert_cmpstr (buntan_party_get_name (next), ==, buntan_party_get_name (last));
      g_assert_cmpstr (buntan_party_get_short_name (next), ==, buntan_party_get_short_name (last));
      g_assert_cmpuint (g_list_model_get_n_items (buntan_party_get_contracts (next)), ==,
                        g_list_model_get_n_items (buntan_party_get_contracts (last)));
    }

  g_assert_cmpuint (g_list_model_get_n_items (next_items), ==,
                    g_list_model_get_n_items (last_items));
  for (guint i = 0; i < g_list_model_get_n_items (last_items); i++)
    {
      g_autoptr (BuntanItem) last = g_list_model_get_item (last_items, i);
      g_autoptr (BuntanItem) next = g_list_model_get_item (next_items, i);

      g_assert_cmpstr (buntan_item_get_id (next), ==, buntan_item_get_id (last));
      g_assert_cmpuint (buntan_item_get_part (next), ==, buntan_item_get_part (last));
      g_assert_cmpstr (buntan_item_get_title (next), ==, buntan_item_get_title (last));
      g_assert_cmpstr (buntan_item_get_content (next), ==, buntan_item_get_content (last));
      g_assert_cmpstr (buntan_item_get_risk (next), ==, buntan_item_get_risk (last));
      g_assert_cmpstr (buntan_item_get_recommended (next), ==, buntan_item_get_recommended (last));
      g_assert_true (
        g_strv_equal (buntan_item_get_references (next), buntan_item_get_references (last)));
      g_assert_cmpstr (buntan_item_get_owner (next), ==, buntan_item_get_owner (last));
      g_assert_true (
        g_strv_equal (buntan_item_get_participants (next), buntan_item_get_participants (last)));
      g_assert_true (
        g_strv_equal (buntan_item_get_informed (next), buntan_item_get_informed (last)));
      g_assert_cmpstr (buntan_item_get_clause (next), ==, buntan_item_get_clause (last));
      g_assert_cmpstr (buntan_item_get_note (next), ==, buntan_item_get_note (last));
      g_assert_cmpstr (buntan_item_get_agreed_terms (next), ==,
                       buntan_item_get_agreed_terms (last));
      g_assert_cmpstr (buntan_item_get_official_ref (next), ==,
                       buntan_item_get_official_ref (last));
    }
}

/* The history of last year's negotiation stays with last year's project. */
static void
test_history_not_carried (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("nextyear-last.buntan");
  g_autoptr (BuntanProject) next_year = new_next_year (last_year);

  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (last_year)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (next_year)), ==, 0);
  g_assert_false (buntan_history_get_can_undo (buntan_project_get_history (next_year)));
}

/* Saved and read again, every `previous` is as it was; saved again, the same bytes. */
static void
test_round_trip (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("nextyear-last.buntan");
  g_autoptr (BuntanProject) next_year = new_next_year (last_year);
  g_autoptr (BuntanProject) read_back = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize            length = 0;
  BuntanItem      *item;

  first = buntan_project_to_data (next_year, BUNTAN_SAVE_FLAGS_NONE, &length);
  bytes = g_bytes_new (first, length);
  read_back = buntan_project_new_from_bytes (bytes, "next.buntan", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (buntan_project_get_previous_id (read_back), ==, LAST_YEAR_ID);
  g_assert_cmpstr (buntan_project_get_previous_file (read_back), ==, "last.buntan");
  g_assert_cmpstr (buntan_project_get_previous_fingerprint (read_back), ==,
                   buntan_project_get_previous_fingerprint (next_year));
  item = find_item (read_back, "P1-A-2");
  assert_previous (buntan_item_get_previous (item), BUNTAN_CHECK_RESULT_NO, "2025-11-03",
                   "2026-03-31", NULL);
  item = find_item (read_back, "P2-A-1");
  assert_previous (buntan_check_get_previous (buntan_item_find_check (item, "v2")),
                   BUNTAN_CHECK_RESULT_NO, "2025-11-04", "2026-03-31", NULL);

  second = buntan_project_to_data (read_back, BUNTAN_SAVE_FLAGS_NONE, &length);
  g_assert_cmpstr (second, ==, first);
}

/* This year's answer is recorded beside last year's, which stays. */
static void
test_new_answer_beside_previous (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("nextyear-last.buntan");
  g_autoptr (BuntanProject) next_year = new_next_year (last_year);
  BuntanCheck *check = buntan_item_find_check (find_item (next_year, "P2-A-1"), "v2");

  buntan_check_set_result (check, BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_date (check, "2026-11-02");
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_YES);
  assert_previous (buntan_check_get_previous (check), BUNTAN_CHECK_RESULT_NO, "2025-11-04",
                   "2026-03-31", NULL);
}

static void
test_description (void)
{
  g_autoptr (BuntanPreviousAnswer) yes =
    buntan_previous_answer_new (BUNTAN_CHECK_RESULT_YES, "2025-11-02", NULL, NULL);
  g_autoptr (BuntanPreviousAnswer) no =
    buntan_previous_answer_new (BUNTAN_CHECK_RESULT_NO, NULL, "2026-03-31", NULL);
  g_autoptr (BuntanPreviousAnswer) none =
    buntan_previous_answer_new (BUNTAN_CHECK_RESULT_UNSET, NULL, NULL, "2025-12-01");
  g_autofree char *yes_text = buntan_previous_answer_dup_description (yes);
  g_autofree char *no_text = buntan_previous_answer_dup_description (no);
  g_autofree char *none_text = buntan_previous_answer_dup_description (none);

  g_assert_cmpstr (yes_text, ==, "Last year: Yes 2025-11-02");
  g_assert_cmpstr (no_text, ==, "Last year: No, target 2026-03-31");
  g_assert_cmpstr (none_text, ==, "Last year: not answered, completed 2025-12-01");
}

typedef struct
{
  const char *fixture;
  const char *place;
  const char *words;
} Refusal;

static const Refusal refusals[] = {
  { "nextyear-bad-check-result.buntan", "item P2-A-1, vendor check 2, last year's result",
    "“maybe”" },
  { "nextyear-bad-check-date.buntan", "item P2-A-1, vendor check 1, last year's check date",
    "“2025-02-30”" },
  { "nextyear-bad-item-target.buntan", "item P1-A-2, last year's target date", "“2026-13-01”" },
  { "nextyear-bad-item-list.buntan", "item P1-A-1, last year's record", "an object" },
  { "nextyear-bad-project-id.buntan", "last year's record, id", "“last-year”" },
  { "nextyear-bad-project-self.buntan", "last year's record, id", "started from itself" },
  { "nextyear-bad-project-fingerprint.buntan", "last year's record, fingerprint", "“abc”" },
  { "nextyear-bad-project-no-id.buntan", "last year's record", "id" },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (refusal->fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autofree char *place = g_strdup_printf ("%s: %s", refusal->fixture, refusal->place);

  project = buntan_project_new_from_bytes (bytes, refusal->fixture, &error);
  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, error->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, place));
  g_assert_nonnull (strstr (error->message, refusal->words));
}

/* The name offered for next year's file: the last year in it one higher,
 * or a plain mark when it names no year. */
static void
test_name (void)
{
  static const struct
  {
    const char *name;
    const char *expected;
  } cases[] = {
    { "サイバーセキュリティ確認 2025年度", "サイバーセキュリティ確認 2026年度" },
    { "FY2025 checklist", "FY2026 checklist" },
    { "2024-2025", "2024-2026" }, /* the last year is the one that moves */
    { "check-1999", "check-2000" },
    { "ward 12345", "ward 12345 (Next Year)" }, /* five digits are no year */
    { "room 1234", "room 1234 (Next Year)" },   /* nor is 1234 */
    { "nextyear-last", "nextyear-last (Next Year)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = buntan_next_year_dup_name (cases[i].name);

      g_assert_cmpstr (name, ==, cases[i].expected);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/next-year/answers-moved", test_answers_moved);
  g_test_add_func ("/buntan/next-year/nothing-else-lost", test_nothing_else_lost);
  g_test_add_func ("/buntan/next-year/history-not-carried", test_history_not_carried);
  g_test_add_func ("/buntan/next-year/round-trip", test_round_trip);
  g_test_add_func ("/buntan/next-year/new-answer-beside-previous", test_new_answer_beside_previous);
  g_test_add_func ("/buntan/next-year/description", test_description);
  g_test_add_func ("/buntan/next-year/name", test_name);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/buntan/next-year/refuse/%s", refusals[i].fixture);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }

  return g_test_run ();
}
