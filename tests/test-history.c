/* test-history.c — undo and redo restore exact values and the modified flag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

static void
test_nothing_to_undo_after_load (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);

  g_assert_false (buntan_history_get_can_undo (history));
  g_assert_false (buntan_history_get_can_redo (history));
  g_assert_false (buntan_history_undo (history));

  g_assert_finalize_object (project);
}

static void
test_undo_redo_values (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-1");
  /* The version 1 file's first check became the owner's own. */
  BuntanCheck     *check = buntan_item_find_check (item, "v1");
  g_autofree char *before = buntan_project_dup_fingerprint (project);
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;

  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_DISCUSSING);
  buntan_item_set_owner (item, "v2");
  buntan_check_set_result (check, BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_completed (check, NULL);
  buntan_contract_set_kind (buntan_party_find_contract (buntan_project_find_party (project, "v2"),
                                                        "c1"),
                            BUNTAN_CONTRACT_KIND_CLOUD);
  after = buntan_project_dup_fingerprint (project);
  g_assert_true (buntan_project_get_is_modified (project));

  while (buntan_history_undo (history))
    ;
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpstr (buntan_check_get_completed (check), ==, "2026-11-20");
  g_assert_cmpint (buntan_party_get_contract (buntan_project_find_party (project, "v2")), ==,
                   BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  {
    g_autofree char *undone = buntan_project_dup_fingerprint (project);

    g_assert_cmpstr (undone, ==, before);
  }
  /* Back where it was loaded: nothing to save. */
  g_assert_false (buntan_project_get_is_modified (project));

  while (buntan_history_redo (history))
    ;
  redone = buntan_project_dup_fingerprint (project);
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_finalize_object (project);
}

static void
test_saved_state (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-2");

  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  /* As a save does. */
  buntan_project_set_is_modified (project, FALSE);
  buntan_item_set_clause (item, "第3条");
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_true (buntan_history_undo (history));
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_true (buntan_history_undo (history));
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (buntan_history_redo (history));
  g_assert_false (buntan_project_get_is_modified (project));

  /* Undo past the save, then change something else: the saved state is gone. */
  g_assert_true (buntan_history_undo (history));
  buntan_item_set_note (item, "別の変更");
  g_assert_false (buntan_history_get_can_redo (history));
  g_assert_true (buntan_history_undo (history));
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_finalize_object (project);
}

/* Typing notifies on every key; it is one step to undo. Dropdowns are not merged. */
static void
test_typing_coalesces (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-2");
  const char    *typed[] = { "保", "保守", "保守契", "保守契約", "保守契約書" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    buntan_item_set_clause (item, typed[i]);
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  g_assert_true (buntan_history_undo (history));
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_DISCUSSING);
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "保守契約書");
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "");
  g_assert_false (buntan_history_get_can_undo (history));

  g_assert_finalize_object (project);
}

static void
test_remove_vendor_is_one_step (void)
{
  BuntanProject   *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory   *history = buntan_project_get_history (project);
  g_autofree char *before = buntan_project_dup_fingerprint (project);
  g_autofree char *undone = NULL;

  g_assert_true (buntan_project_remove_vendor (project, "v1", "v2", NULL));
  g_assert_null (buntan_project_find_party (project, "v1"));

  g_assert_true (buntan_history_undo (history));
  g_assert_nonnull (buntan_project_find_party (project, "v1"));
  g_assert_cmpuint (buntan_project_get_party_position (project, "v1"), ==, 1);
  g_assert_cmpstr (buntan_item_get_owner (buntan_project_find_item (project, "P2-A-1")), ==, "v1");
  g_assert_true (buntan_item_has_participant (buntan_project_find_item (project, "P2-A-2"), "v1"));
  undone = buntan_project_dup_fingerprint (project);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (buntan_history_get_can_undo (history));

  /* The party that came back is still watched: editing it is recorded. */
  buntan_party_set_name (buntan_project_find_party (project, "v1"), "改名");
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (buntan_history_get_can_undo (history));

  g_assert_true (buntan_history_redo (history) == FALSE);
  g_assert_finalize_object (project);
}

static void
test_add_vendor_and_items (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *custom;

  buntan_project_add_vendor (project, "株式会社C");
  custom = buntan_project_add_custom_item (project, 2, "A", NULL);
  buntan_item_set_title (custom, "独自項目");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_parties (project)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_part_items (project, 2)), ==, 3);

  g_assert_true (buntan_history_undo (history)); /* the title */
  g_assert_true (buntan_history_undo (history)); /* the item */
  g_assert_null (buntan_project_find_item (project, "P2-A-3"));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_part_items (project, 2)), ==, 2);
  g_assert_true (buntan_history_undo (history)); /* the vendor */
  g_assert_null (buntan_project_find_party (project, "v3"));
  g_assert_false (buntan_project_get_is_modified (project));

  g_assert_true (buntan_history_redo (history));
  g_assert_true (buntan_history_redo (history));
  g_assert_true (buntan_history_redo (history));
  g_assert_cmpstr (buntan_item_get_title (buntan_project_find_item (project, "P2-A-3")), ==,
                   "独自項目");
  g_assert_nonnull (buntan_project_find_party (project, "v3"));

  /* Deleting the item is undone too. */
  g_assert_true (buntan_project_remove_item (project, "P2-A-3", NULL));
  g_assert_true (buntan_history_undo (history));
  g_assert_nonnull (buntan_project_find_item (project, "P2-A-3"));

  g_assert_finalize_object (project);
}

static void
test_project_title (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);

  buntan_project_set_title (project, "別の題");
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_project_get_title (project), ==, "テスト用プロジェクト");
  g_assert_false (buntan_project_get_is_modified (project));

  g_assert_finalize_object (project);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/history/nothing-after-load", test_nothing_to_undo_after_load);
  g_test_add_func ("/buntan/history/undo-redo-values", test_undo_redo_values);
  g_test_add_func ("/buntan/history/saved-state", test_saved_state);
  g_test_add_func ("/buntan/history/typing-coalesces", test_typing_coalesces);
  g_test_add_func ("/buntan/history/remove-vendor", test_remove_vendor_is_one_step);
  g_test_add_func ("/buntan/history/add-vendor-and-items", test_add_vendor_and_items);
  g_test_add_func ("/buntan/history/project-title", test_project_title);

  return g_test_run ();
}
