/* test-cyber-checklist.c — the bundled cyber-security checklist and its two gap rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-test-util.h"

/* A project from the bundled checklist with two vendors, both on every
 * vendor-sheet item, as a hospital sets it up: every Part 2 item is each
 * vendor's own (各事業者（個別）). */
static BuntanProject *
make_cyber_project (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_CYBER_TEMPLATE_ID, &error);
  BuntanProject *project;
  GListModel    *items;
  const char    *vendors[3] = { NULL };

  g_assert_no_error (error);
  project = buntan_project_new_from_template (template);
  vendors[0] = buntan_party_get_id (buntan_project_add_vendor (project, "株式会社電子カルテ"));
  vendors[1] =
    buntan_party_get_id (buntan_project_add_vendor (project, "ネットワーク保守株式会社"));

  items = buntan_project_get_part_items (project, 2);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      buntan_item_set_participants (item, vendors);
    }

  return project;
}

/* The id of the project's vendor number @n, counting from 0. */
static const char *
vendor_id (BuntanProject *project, guint n)
{
  GListModel *parties = buntan_project_get_parties (project);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (!buntan_party_is_hospital (party) && n-- == 0)
        return buntan_party_get_id (party);
    }
  g_assert_not_reached ();
}

static GPtrArray *
gaps_of (BuntanProject *project, BuntanMatrix **matrix_out)
{
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  GPtrArray *gaps = g_ptr_array_ref (buntan_matrix_get_gaps (matrix));

  if (matrix_out != NULL)
    *matrix_out = g_steal_pointer (&matrix);
  return gaps;
}

static guint
count_rule (GPtrArray *gaps, BuntanGapRule rule)
{
  guint n = 0;

  for (guint i = 0; i < gaps->len; i++)
    if (buntan_gap_get_rule (g_ptr_array_index (gaps, i)) == rule)
      n++;
  return n;
}

static void
test_template (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_CYBER_TEMPLATE_ID, &error);
  g_autoptr (BuntanProject) project = NULL;
  GListModel *items;
  guint       n_part1 = 0, n_part2 = 0;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (buntan_template_get_notice (template), "Buntan"));

  project = buntan_project_new_from_template (template);
  g_assert_cmpstr (buntan_project_get_template_id (project), ==, BUNTAN_CYBER_TEMPLATE_ID);
  g_assert_true (buntan_cyber_checklist_applies (project));
  g_assert_false (buntan_project_get_is_modified (project));

  items = buntan_project_get_items (project);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      /* The vendor sheet is answered by each vendor for its own systems;
       * the hospital sheet is the hospital's, with nobody named yet. */
      if (buntan_item_get_part (item) == 2)
        {
          n_part2++;
          g_assert_cmpstr (buntan_item_get_owner (item), ==, BUNTAN_OWNER_EACH);
        }
      else
        {
          n_part1++;
          g_assert_null (buntan_item_get_owner (item));
        }
    }
  g_assert_cmpuint (n_part1, >, 10);
  g_assert_cmpuint (n_part2, >, 10);
}

static void
test_default_project_is_not_cyber (void)
{
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autoptr (BuntanProject) project = buntan_project_new_from_template (template);
  g_autoptr (GPtrArray) gaps = NULL;

  g_assert_false (buntan_cyber_checklist_applies (project));
  buntan_project_add_vendor (project, "株式会社電子カルテ");
  gaps = gaps_of (project, NULL);
  /* The negotiation's rules: Part 2 items without an owner, an idle vendor. */
  g_assert_cmpuint (count_rule (gaps, BUNTAN_GAP_RULE_NO_OWNER), >, 0);
  g_assert_cmpuint (count_rule (gaps, BUNTAN_GAP_RULE_IDLE_VENDOR), ==, 1);
  g_assert_cmpuint (count_rule (gaps, BUNTAN_GAP_RULE_VENDOR_UNANSWERED), ==, 0);
}

static void
test_unanswered_per_vendor (void)
{
  g_autoptr (BuntanProject) project = make_cyber_project ();
  g_autoptr (BuntanMatrix) matrix = NULL;
  g_autoptr (GPtrArray) gaps = NULL;
  g_autoptr (GPtrArray) after = NULL;
  GListModel *part2 = buntan_project_get_part_items (project, 2);
  guint       n_part2 = g_list_model_get_n_items (part2);
  g_autoptr (BuntanItem) first = g_list_model_get_item (part2, 0);
  const char *v1 = vendor_id (project, 0);
  const char *v2 = vendor_id (project, 1);
  BuntanGap  *gap;

  /* Nothing answered: every vendor on every vendor-sheet item, and only
   * that — no "each with fewer than two", no missing owner on the hospital
   * sheet, no いいえ. */
  gaps = gaps_of (project, &matrix);
  g_assert_cmpuint (gaps->len, ==, 2 * n_part2);
  g_assert_cmpuint (count_rule (gaps, BUNTAN_GAP_RULE_VENDOR_UNANSWERED), ==, 2 * n_part2);
  g_assert_true (buntan_matrix_item_has_gap (matrix, buntan_item_get_id (first)));

  gap = g_ptr_array_index (gaps, 0);
  g_assert_cmpstr (buntan_gap_get_item_id (gap), ==, buntan_item_get_id (first));
  g_assert_cmpstr (buntan_gap_get_party_id (gap), ==, v1);
  g_assert_cmpstr (buntan_gap_rule_to_string (buntan_gap_get_rule (gap)), ==, "vendor-unanswered");
  g_assert_cmpstr (buntan_gap_get_party_id (g_ptr_array_index (gaps, 1)), ==, v2);

  /* v1 answers はい: only v2 is left on that item. */
  buntan_check_set_result (buntan_item_ensure_check (first, v1), BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_date (buntan_item_find_check (first, v1), "2026-12-01");
  after = gaps_of (project, NULL);
  g_assert_cmpuint (after->len, ==, 2 * n_part2 - 1);
  g_assert_cmpstr (buntan_gap_get_item_id (g_ptr_array_index (after, 0)), ==,
                   buntan_item_get_id (first));
  g_assert_cmpstr (buntan_gap_get_party_id (g_ptr_array_index (after, 0)), ==, v2);

  /* An item that does not apply asks nobody. */
  buntan_item_set_status (first, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = gaps_of (project, NULL);
  g_assert_cmpuint (after->len, ==, 2 * n_part2 - 2);
}

static void
answer_every_vendor_item (BuntanProject *project)
{
  GListModel *part2 = buntan_project_get_part_items (project, 2);

  for (guint i = 0; i < g_list_model_get_n_items (part2); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (part2, i);
      const char *const *vendors = buntan_item_get_participants (item);

      for (guint v = 0; vendors[v] != NULL; v++)
        buntan_check_set_result (buntan_item_ensure_check (item, vendors[v]),
                                 BUNTAN_CHECK_RESULT_YES);
    }
}

static void
test_no_without_target (void)
{
  g_autoptr (BuntanProject) project = make_cyber_project ();
  g_autoptr (GPtrArray) gaps = NULL;
  g_autoptr (GPtrArray) settled = NULL;
  BuntanItem  *hospital_item = buntan_project_find_item (project, "P1-B-11");
  BuntanItem  *vendor_item = buntan_project_find_item (project, "P2-A-11");
  const char  *v2 = vendor_id (project, 1);
  BuntanCheck *check;

  answer_every_vendor_item (project);
  gaps = gaps_of (project, NULL);
  g_assert_cmpuint (gaps->len, ==, 0);
  g_clear_pointer (&gaps, g_ptr_array_unref);

  /* The hospital says いいえ to two-factor authentication, and so does v2
   * for its systems; neither gives a target date. */
  g_assert_nonnull (hospital_item);
  g_assert_nonnull (vendor_item);
  buntan_item_set_first_check (hospital_item, BUNTAN_CHECK_RESULT_NO);
  check = buntan_item_find_check (vendor_item, v2);
  buntan_check_set_result (check, BUNTAN_CHECK_RESULT_NO);

  gaps = gaps_of (project, NULL);
  g_assert_cmpuint (gaps->len, ==, 2);
  g_assert_cmpuint (count_rule (gaps, BUNTAN_GAP_RULE_NO_WITHOUT_TARGET), ==, 2);
  g_assert_cmpstr (buntan_gap_get_item_id (g_ptr_array_index (gaps, 0)), ==, "P1-B-11");
  g_assert_null (buntan_gap_get_party_id (g_ptr_array_index (gaps, 0)));
  g_assert_cmpstr (buntan_gap_get_item_id (g_ptr_array_index (gaps, 1)), ==, "P2-A-11");
  g_assert_cmpstr (buntan_gap_get_party_id (g_ptr_array_index (gaps, 1)), ==, v2);
  g_assert_cmpstr (buntan_gap_rule_to_string (BUNTAN_GAP_RULE_NO_WITHOUT_TARGET), ==,
                   "no-without-target");

  /* A target date settles the vendor's; a completion date the hospital's. */
  buntan_check_set_target (check, "2027-03-31");
  buntan_item_set_completed (hospital_item, "2027-01-15");
  settled = gaps_of (project, NULL);
  g_assert_cmpuint (settled->len, ==, 0);
}

/* One wording for the window, the CLI (both the long form) and the
 * workbook (Japanese whatever the locale). */
static void
test_wording (void)
{
  g_autoptr (BuntanGap) unanswered =
    buntan_gap_new_for_vendor (BUNTAN_GAP_RULE_VENDOR_UNANSWERED, "P2-A-7", "v1",
                               "セキュリティパッチ", "株式会社電子カルテ");
  g_autoptr (BuntanGap) vendor_no =
    buntan_gap_new_for_vendor (BUNTAN_GAP_RULE_NO_WITHOUT_TARGET, "P2-A-7", "v1",
                               "セキュリティパッチ", "株式会社電子カルテ");
  g_autoptr (BuntanGap) hospital_no =
    buntan_gap_new (BUNTAN_GAP_RULE_NO_WITHOUT_TARGET, "P1-B-7", NULL, "セキュリティパッチ");
  g_autofree char *workbook = buntan_gap_describe (unanswered, BUNTAN_GAP_TEXT_WORKBOOK);
  g_autofree char *workbook_no = buntan_gap_describe (hospital_no, BUNTAN_GAP_TEXT_WORKBOOK);
  g_autofree char *short_form = buntan_gap_describe (vendor_no, BUNTAN_GAP_TEXT_SHORT);

  g_assert_cmpstr (
    buntan_gap_get_message (unanswered), ==,
    "P2-A-7 セキュリティパッチ: 株式会社電子カルテ has not answered yet (Yes or No)");
  g_assert_cmpstr (buntan_gap_get_message (vendor_no), ==,
                   "P2-A-7 セキュリティパッチ: 株式会社電子カルテ answered “No” but gave no "
                   "target date");
  g_assert_cmpstr (buntan_gap_get_message (hospital_no), ==,
                   "P1-B-7 セキュリティパッチ: answered “No”, but no target date is set");
  g_assert_cmpstr (short_form, ==, "株式会社電子カルテ answered “No” but gave no target date");
  g_assert_cmpstr (workbook, ==,
                   "事業者の回答（はい・いいえ）がまだありません。（株式会社電子カルテ）");
  g_assert_cmpstr (workbook_no, ==, "「いいえ」ですが、目標日が記入されていません。");
}

/* A checklist of one's own may set an owner only where it names no vendor. */
static void
test_template_owner_refused (void)
{
  const char *json =
    "{\"format\": \"buntan-template\", \"version\": 1, \"id\": \"own\", "
    "\"template_version\": \"1\", \"title\": \"t\", "
    "\"sections\": [{\"part\": 2, \"code\": \"A\", \"title\": \"共通\"}], "
    "\"items\": [{\"id\": \"P2-A-1\", \"part\": 2, \"section\": \"A\", \"number\": \"A-1\", "
    "\"title\": \"x\", \"owner\": \"v1\"}]}";
  g_autoptr (GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_new_from_bytes (bytes, "own.json", &error);

  g_assert_null (template);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "own.json"));
  g_assert_nonnull (strstr (error->message, "P2-A-1"));
  g_assert_nonnull (strstr (error->message, "owner"));
  g_assert_nonnull (strstr (error->message, "“v1”"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/cyber/template", test_template);
  g_test_add_func ("/buntan/cyber/default-project-is-not-cyber", test_default_project_is_not_cyber);
  g_test_add_func ("/buntan/cyber/gaps/unanswered-per-vendor", test_unanswered_per_vendor);
  g_test_add_func ("/buntan/cyber/gaps/no-without-target", test_no_without_target);
  g_test_add_func ("/buntan/cyber/gaps/wording", test_wording);
  g_test_add_func ("/buntan/cyber/template/owner-refused", test_template_owner_refused);

  return g_test_run ();
}
