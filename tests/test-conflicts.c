/* test-conflicts.c — a merge's conflicts: read strictly, resolved one by one, undone, saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

/* Made by `buntan-cli merge` from cli-rich.buntan changed on both sides:
 * P2-A-1's note, P1-A-1's status and P2-A-2's clause, in that order. */
#define MERGED "merge-window-conflicts.buntan"

static BuntanConflict *
find_conflict (BuntanProject *project, const char *item)
{
  g_autoptr (GListModel) conflicts = buntan_conflict_list_project (project);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr (BuntanConflict) conflict = g_list_model_get_item (conflicts, i);

      if (g_strcmp0 (buntan_conflict_get_item (conflict), item) == 0)
        return g_steal_pointer (&conflict);
    }

  return NULL;
}

static void
test_list (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture (MERGED);
  g_autoptr (BuntanConflict) conflict = find_conflict (project, "P1-A-1");

  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 3);
  g_assert_nonnull (conflict);
  g_assert_cmpstr (buntan_conflict_get_field (conflict), ==, "status");
  g_assert_cmpstr (buntan_conflict_get_base (conflict), ==, "discussing");
  g_assert_cmpstr (buntan_conflict_get_ours (conflict), ==, "agreed");
  g_assert_cmpstr (buntan_conflict_get_theirs (conflict), ==, "not-applicable");
  g_assert_true (buntan_conflict_can_take_theirs (conflict));
}

static void
test_keep_ours (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture (MERGED);
  g_autoptr (BuntanConflict) conflict = find_conflict (project, "P2-A-1");
  g_autoptr (BuntanConflict) gone = NULL;
  g_autoptr (GError) error = NULL;
  BuntanItem *item = buntan_project_find_item (project, "P2-A-1");

  g_assert_true (buntan_conflict_resolve (project, conflict, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_item_get_note (item), ==, "ours note");
  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 2);
  gone = find_conflict (project, "P2-A-1");
  g_assert_null (gone);
  g_assert_true (buntan_project_get_is_modified (project));

  /* The same conflict twice: the second is refused, nothing changes. */
  g_assert_false (buntan_conflict_resolve (project, conflict, TRUE, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (buntan_item_get_note (item), ==, "ours note");
  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 2);
}

static void
test_take_theirs_and_undo (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture (MERGED);
  g_autoptr (BuntanConflict) status = find_conflict (project, "P1-A-1");
  g_autoptr (BuntanConflict) clause = find_conflict (project, "P2-A-2");
  g_autoptr (GError) error = NULL;
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *first = buntan_project_find_item (project, "P1-A-1");
  BuntanItem    *second = buntan_project_find_item (project, "P2-A-2");

  g_assert_false (buntan_history_get_can_undo (history));
  g_assert_true (buntan_conflict_resolve (project, status, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (buntan_conflict_resolve (project, clause, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (buntan_item_get_status (first), ==, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpstr (buntan_item_get_clause (second), ==, "第5条");
  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 1);

  /* One step per resolution: the value and the conflict come back together. */
  buntan_history_undo (history);
  g_assert_cmpstr (buntan_item_get_clause (second), ==, "第3条");
  g_assert_cmpint (buntan_item_get_status (first), ==, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 2);
  buntan_history_undo (history);
  g_assert_cmpint (buntan_item_get_status (first), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 3);
  g_assert_false (buntan_history_get_can_undo (history));
  buntan_history_redo (history);
  g_assert_cmpint (buntan_item_get_status (first), ==, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpuint (buntan_conflict_count_project (project), ==, 2);
}

/* What is left is saved and read back; none left, no member at all. */
static void
test_save_keeps_unresolved (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture (MERGED);
  g_autoptr (BuntanConflict) conflict = find_conflict (project, "P2-A-1");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GListModel) conflicts = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *contents = NULL;

  g_assert_true (buntan_conflict_resolve (project, conflict, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (
                      json_object_get_array_member (json_node_get_object (
                                                      json_parser_get_root (parser)),
                                                    "conflicts")),
                    ==, 2);

  reloaded = buntan_test_load_path (path);
  conflicts = buntan_conflict_list_project (reloaded);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
  g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (reloaded, "P2-A-1")), ==,
                   "their note");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (BuntanConflict) left = g_list_model_get_item (conflicts, i);

      g_assert_true (buntan_conflict_resolve (reloaded, left, FALSE, &error));
      g_assert_no_error (error);
    }
  g_assert_true (buntan_project_save (reloaded, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_null (strstr (contents, "\"conflicts\""));

  buntan_test_remove_dir (dir);
}

/* A conflict about something the project does not hold is refused with
 * the file and the place, as any bad member is. */
static void
test_refused (gconstpointer data)
{
  const char *const *expected = data;
  g_autofree char   *path = buntan_test_fixture_path (expected[0]);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, GPOINTER_TO_INT (expected[1]));
  g_assert_nonnull (strstr (error->message, expected[0]));
  g_assert_nonnull (strstr (error->message, expected[2]));
}

int
main (int argc, char **argv)
{
  static const char *const unknown_item[] = {
    "merge-window-conflict-unknown-item.buntan",
    GINT_TO_POINTER (BUNTAN_PROJECT_ERROR_BAD_VALUE),
    "conflicts (2), item: “P9-Z-9” names no item",
  };
  static const char *const unknown_field[] = {
    "merge-window-conflict-unknown-field.buntan",
    GINT_TO_POINTER (BUNTAN_PROJECT_ERROR_BAD_VALUE),
    "conflicts (2), field: “colour” is not a field of “P1-A-1”",
  };
  static const char *const missing_theirs[] = {
    "merge-window-conflict-missing-theirs.buntan",
    GINT_TO_POINTER (BUNTAN_PROJECT_ERROR_MISSING_MEMBER),
    "conflicts (3): the required key “theirs” is missing",
  };
  static const char *const no_field[] = {
    "merge-window-conflict-no-field.buntan",
    GINT_TO_POINTER (BUNTAN_PROJECT_ERROR_MISSING_MEMBER),
    "conflicts (1): the required key “field” is missing",
  };
  static const char *const not_object[] = {
    "merge-window-conflict-not-object.buntan",
    GINT_TO_POINTER (BUNTAN_PROJECT_ERROR_WRONG_TYPE),
    "conflicts (1): expected an object",
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/conflicts/list", test_list);
  g_test_add_func ("/buntan/conflicts/keep-ours", test_keep_ours);
  g_test_add_func ("/buntan/conflicts/take-theirs-and-undo", test_take_theirs_and_undo);
  g_test_add_func ("/buntan/conflicts/save-keeps-unresolved", test_save_keeps_unresolved);
  g_test_add_data_func ("/buntan/conflicts/refused/unknown-item", unknown_item, test_refused);
  g_test_add_data_func ("/buntan/conflicts/refused/unknown-field", unknown_field, test_refused);
  g_test_add_data_func ("/buntan/conflicts/refused/missing-theirs", missing_theirs, test_refused);
  g_test_add_data_func ("/buntan/conflicts/refused/no-field", no_field, test_refused);
  g_test_add_data_func ("/buntan/conflicts/refused/not-object", not_object, test_refused);

  return g_test_run ();
}
