/* test-check-cell.c — the Part lists' first-check and completion cells follow the vendors' checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-check-cell.h"
#include "buntan-test-util.h"

/* P2-A-2 is joint between v1 and v2 and has no checks yet. */
static void
test_follows_checks (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanItem  *item = buntan_project_find_item (project, "P2-A-2");
  GtkWidget   *result = g_object_ref_sink (buntan_check_cell_new (FALSE));
  GtkWidget   *completed = g_object_ref_sink (buntan_check_cell_new (TRUE));
  BuntanCheck *check;

  g_object_set (result, "project", project, "item", item, NULL);
  g_object_set (completed, "project", project, "item", item, NULL);
  g_assert_cmpstr (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (result)), ==, "—");
  g_assert_null (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (completed)));

  /* A check made after the cell was bound shows at once. */
  check = buntan_item_ensure_check (item, "v2");
  buntan_check_set_result (check, BUNTAN_CHECK_RESULT_NO);
  buntan_check_set_completed (check, "2026-11-30");
  g_assert_cmpstr (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (result)), ==, "No 1/2");
  g_assert_cmpstr (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (completed)), ==, "—");

  /* v1 leaves the item: v2 alone confirms it now. */
  buntan_item_set_participant (item, "v1", FALSE);
  g_assert_cmpstr (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (result)), ==, "No 1/1");
  g_assert_cmpstr (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (completed)), ==, "2026-11-30");

  g_object_set (result, "item", NULL, NULL);
  g_assert_null (buntan_check_cell_get_text (BUNTAN_CHECK_CELL (result)));

  g_object_unref (result);
  g_object_unref (completed);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/check-cell/follows-checks", test_follows_checks);

  return g_test_run ();
}
