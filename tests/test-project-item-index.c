/* test-project-item-index.c — finding an item by id stays right through adding, removing,
 * undoing and redoing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

/* Every item of the list is found under its own id, and nothing else is. */
static void
assert_index_matches_list (BuntanProject *project)
{
  GListModel *items = buntan_project_get_items (project);
  guint       n = g_list_model_get_n_items (items);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      g_assert_true (buntan_project_find_item (project, buntan_item_get_id (item)) == item);
    }
}

static void
test_loaded (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");

  assert_index_matches_list (project);
  g_assert_null (buntan_project_find_item (project, "P9-Z-99"));
  g_assert_null (buntan_project_find_item (project, NULL));

  g_assert_finalize_object (project);
}

/* A custom item is found once added, gone once removed, and back (the
 * same object) after undoing the removal; undoing the adding forgets it. */
static void
test_add_remove_undo_redo (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  BuntanItem      *item;

  item = buntan_project_add_custom_item (project, 2, "A", NULL);
  id = g_strdup (buntan_item_get_id (item));
  g_assert_true (buntan_project_find_item (project, id) == item);
  assert_index_matches_list (project);

  g_assert_true (buntan_project_remove_item (project, id, &error));
  g_assert_no_error (error);
  g_assert_null (buntan_project_find_item (project, id));
  assert_index_matches_list (project);

  buntan_history_undo (history);
  g_assert_nonnull (buntan_project_find_item (project, id));
  g_assert_cmpstr (buntan_item_get_id (buntan_project_find_item (project, id)), ==, id);
  assert_index_matches_list (project);

  buntan_history_redo (history);
  g_assert_null (buntan_project_find_item (project, id));

  buntan_history_undo (history); /* the removal */
  buntan_history_undo (history); /* the adding */
  g_assert_null (buntan_project_find_item (project, id));
  assert_index_matches_list (project);

  buntan_history_redo (history);
  g_assert_nonnull (buntan_project_find_item (project, id));
  assert_index_matches_list (project);

  g_assert_finalize_object (project);
}

/* The next custom item's id skips one already taken: the index answers
 * that question too. */
static void
test_custom_ids_differ (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanItem    *first = buntan_project_add_custom_item (project, 2, "Z", "新しい区分");
  BuntanItem    *second = buntan_project_add_custom_item (project, 2, "Z", NULL);

  g_assert_cmpstr (buntan_item_get_id (first), !=, buntan_item_get_id (second));
  g_assert_true (buntan_project_find_item (project, buntan_item_get_id (first)) == first);
  g_assert_true (buntan_project_find_item (project, buntan_item_get_id (second)) == second);

  g_assert_finalize_object (project);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/project/item-index/loaded", test_loaded);
  g_test_add_func ("/buntan/project/item-index/add-remove-undo-redo", test_add_remove_undo_redo);
  g_test_add_func ("/buntan/project/item-index/custom-ids-differ", test_custom_ids_differ);

  return g_test_run ();
}
