/* test-check-summary.c — the Part lists' summary of an item's vendor checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-test-util.h"

static BuntanItem *
find_item (BuntanProject *project, const char *id)
{
  BuntanItem *item = buntan_project_find_item (project, id);

  g_assert_nonnull (item);
  return item;
}

/* P2-A-2 is joint between v1 and v2 and has no checks yet. */
static void
test_two_vendors (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanItem      *item = find_item (project, "P2-A-2");
  BuntanCheck     *v1;
  BuntanCheck     *v2;
  g_autofree char *result = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *details = NULL;

  result = buntan_check_summary_dup_result (item, project);
  completed = buntan_check_summary_dup_completed (item, project);
  g_assert_cmpstr (result, ==, "—");
  g_assert_null (completed);

  v1 = buntan_item_ensure_check (item, "v1");
  buntan_check_set_result (v1, BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_completed (v1, "2026-11-20");
  g_clear_pointer (&result, g_free);
  g_clear_pointer (&completed, g_free);
  result = buntan_check_summary_dup_result (item, project);
  completed = buntan_check_summary_dup_completed (item, project);
  g_assert_cmpstr (result, ==, "Yes 1/2");
  /* One vendor has not completed it: the item is not complete. */
  g_assert_cmpstr (completed, ==, "—");

  v2 = buntan_item_ensure_check (item, "v2");
  buntan_check_set_result (v2, BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_date (v2, "2026-11-02");
  buntan_check_set_completed (v2, "2026-11-25");
  g_clear_pointer (&result, g_free);
  g_clear_pointer (&completed, g_free);
  result = buntan_check_summary_dup_result (item, project);
  completed = buntan_check_summary_dup_completed (item, project);
  g_assert_cmpstr (result, ==, "Yes 2/2");
  g_assert_cmpstr (completed, ==, "2026-11-25");

  /* A "no" is what the meeting must see, even beside a "yes". */
  buntan_check_set_result (v1, BUNTAN_CHECK_RESULT_NO);
  g_clear_pointer (&result, g_free);
  result = buntan_check_summary_dup_result (item, project);
  g_assert_cmpstr (result, ==, "No 1/2");

  details = buntan_check_summary_dup_details (item, project);
  g_assert_cmpstr (details, ==,
                   "A: No, completed 2026-11-20\n"
                   "B: Yes, checked 2026-11-02, completed 2026-11-25");
}

/* Only the vendors that confirm count: v2 is only informed of P2-A-1, so
 * its "yes" is not part of the summary. */
static void
test_informed_vendor_left_out (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanItem      *item = find_item (project, "P2-A-1");
  g_autofree char *result = buntan_check_summary_dup_result (item, project);
  g_autofree char *completed = buntan_check_summary_dup_completed (item, project);
  g_autofree char *details = buntan_check_summary_dup_details (item, project);

  g_assert_cmpstr (result, ==, "No 1/1");
  g_assert_cmpstr (completed, ==, "2026-11-20");
  g_assert_cmpstr (details, ==, "A: No, checked 2026-11-01, completed 2026-11-20");
}

/* Part 1 items and items without a vendor keep the item-level check. */
static void
test_item_level (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanItem      *item = find_item (project, "P1-A-1");
  g_autofree char *result = NULL;
  g_autofree char *completed = NULL;
  g_autofree char *details = NULL;

  buntan_item_set_first_check (item, BUNTAN_CHECK_RESULT_NO);
  buntan_item_set_completed (item, "2026-10-10");
  result = buntan_check_summary_dup_result (item, project);
  completed = buntan_check_summary_dup_completed (item, project);
  details = buntan_check_summary_dup_details (item, project);
  g_assert_cmpstr (result, ==, "No");
  g_assert_cmpstr (completed, ==, "2026-10-10");
  g_assert_null (details);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/check-summary/two-vendors", test_two_vendors);
  g_test_add_func ("/buntan/check-summary/informed-vendor-left-out", test_informed_vendor_left_out);
  g_test_add_func ("/buntan/check-summary/item-level", test_item_level);

  return g_test_run ();
}
