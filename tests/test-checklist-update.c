/* test-checklist-update.c — bringing a project up to a newer version of its checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/clupdate-old.json is version 1.0 of a small checklist and
 * clupdate-new.json version 1.1: P2-A-1's title, content, recommended
 * practice, references and applies_to reworded, P2-A-2 retired, P2-A-3 and
 * P2-B-2 new. clupdate-project.buntan was made from 1.0 and negotiated:
 * P2-A-1 and P2-A-2 agreed with v1, P2-B-3 the hospital's own item.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static BuntanTemplate *
load_checklist (const char *name)
{
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (name);
  g_autoptr (GError) error = NULL;
  BuntanTemplate *checklist = buntan_template_new_from_bytes (bytes, name, &error);

  g_assert_no_error (error);
  return checklist;
}

static BuntanChecklistUpdate *
new_update (BuntanProject *project, const char *checklist_name)
{
  g_autoptr (BuntanTemplate) checklist = load_checklist (checklist_name);
  g_autoptr (GError) error = NULL;
  BuntanChecklistUpdate *update = buntan_checklist_update_new (project, checklist, &error);

  g_assert_no_error (error);
  return update;
}

/* "kind subject field" per difference, one line each */
static char *
dup_listing (BuntanChecklistUpdate *update)
{
  GListModel *differences = buntan_checklist_update_get_differences (update);
  GString    *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (differences, i);

      g_string_append_printf (text, "%s %s %s\n",
                              buntan_change_kind_to_string (buntan_change_get_kind (change)),
                              buntan_change_get_subject (change),
                              buntan_change_get_field (change) != NULL
                                ? buntan_change_get_field (change)
                                : "-");
    }

  return g_string_free (text, FALSE);
}

static BuntanChange *
find_difference (BuntanChecklistUpdate *update, const char *subject, const char *field)
{
  GListModel *differences = buntan_checklist_update_get_differences (update);

  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (differences, i);

      if (g_strcmp0 (buntan_change_get_subject (change), subject) == 0 &&
          g_strcmp0 (buntan_change_get_field (change), field) == 0)
        return change;
    }

  g_assert_not_reached ();
}

static void
assert_agreement_kept (BuntanProject *project)
{
  BuntanItem *item = buntan_project_find_item (project, "P2-A-1");

  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_cmpstr (buntan_item_get_participants (item)[0], ==, "hospital");
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "保守契約書 第12条");
  g_assert_cmpstr (buntan_item_get_note (item), ==, "年1回見直す。");
  g_assert_cmpstr (buntan_item_get_agreed_terms (item), ==, "ログは5年間保存する。");
}

static void
test_version_compare (void)
{
  g_assert_cmpint (buntan_template_compare_versions ("2024.06-1", "2026.12-1"), <, 0);
  g_assert_cmpint (buntan_template_compare_versions ("2024.06-10", "2024.06-9"), >, 0);
  g_assert_cmpint (buntan_template_compare_versions ("1.1", "1.01"), ==, 0);
  g_assert_cmpint (buntan_template_compare_versions ("1.0", "1.0"), ==, 0);
  g_assert_cmpint (buntan_template_compare_versions ("1.0.1", "1.0"), >, 0);
  g_assert_cmpint (buntan_template_compare_versions (NULL, "1.0"), <, 0);
}

static void
test_differences (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-new.json");
  g_autofree char *listing = dup_listing (update);
  BuntanChange    *title;

  g_assert_true (buntan_checklist_update_get_is_newer (update));
  /* The risk did not change; the hospital's own P2-B-3 is never retired. */
  g_assert_cmpstr (listing, ==,
                   "item-changed P2-A-1 title\n"
                   "item-changed P2-A-1 content\n"
                   "item-changed P2-A-1 recommended\n"
                   "item-changed P2-A-1 references\n"
                   "item-changed P2-A-1 applies_to\n"
                   "item-retired P2-A-2 -\n"
                   "item-added P2-A-3 -\n"
                   "item-added P2-B-2 -\n");

  title = find_difference (update, "P2-A-1", "title");
  g_assert_cmpstr (buntan_change_get_before (title), ==, "ログの保存");
  g_assert_cmpstr (buntan_change_get_after (title), ==, "ログの保存期間");
  g_assert_cmpstr (buntan_change_get_before (find_difference (update, "P2-A-2", NULL)), ==,
                   "契約への明記");
  g_assert_cmpstr (buntan_change_get_after (find_difference (update, "P2-A-3", NULL)), ==,
                   "監査の受け入れ");
}

static void
test_same_version (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-old.json");

  g_assert_false (buntan_checklist_update_get_is_newer (update));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_checklist_update_get_differences (update)), ==,
                    0);
}

static void
test_other_checklist (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanTemplate) checklist = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanChecklistUpdate) update = NULL;

  update = buntan_checklist_update_new (project, checklist, &error);
  g_assert_null (update);
  g_assert_error (error, BUNTAN_CHECKLIST_UPDATE_ERROR,
                  BUNTAN_CHECKLIST_UPDATE_ERROR_OTHER_CHECKLIST);
  /* Buntan has no newer version of this checklist: nothing is offered. */
  g_assert_null (buntan_checklist_update_find (project));
}

static void
test_apply_all (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-new.json");
  g_autoptr (BuntanChecklistUpdate) again = NULL;
  GListModel *part2;
  BuntanItem *item;

  g_assert_true (buntan_checklist_update_apply_all (update));
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "1.1");

  item = buntan_project_find_item (project, "P2-A-1");
  g_assert_cmpstr (buntan_item_get_title (item), ==, "ログの保存期間");
  g_assert_cmpstr (buntan_item_get_references (item)[1], ==, "システム運用編 第6.0版");
  g_assert_cmpstr (buntan_item_get_applies_to (item)[0], ==, "maintenance");
  assert_agreement_kept (project);

  /* Retired: kept with its agreement, only marked 対象外. */
  item = buntan_project_find_item (project, "P2-A-2");
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "保守契約書 第3条");

  /* New items are not started, undecided, where the checklist has them. */
  item = buntan_project_find_item (project, "P2-A-3");
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_OPEN);
  g_assert_null (buntan_item_get_owner (item));
  g_assert_false (buntan_item_get_custom (item));
  g_assert_cmpstr (buntan_item_get_section_title (item), ==, "共通");
  part2 = buntan_project_get_part_items (project, 2);
  {
    const char *expected[] = { "P2-A-1", "P2-A-2", "P2-A-3", "P2-B-1", "P2-B-2", "P2-B-3" };

    g_assert_cmpuint (g_list_model_get_n_items (part2), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr (BuntanItem) other = g_list_model_get_item (part2, i);

        g_assert_cmpstr (buntan_item_get_id (other), ==, expected[i]);
      }
  }
  g_assert_true (buntan_project_get_is_modified (project));

  /* Compared again, only the retired item, kept, is left. */
  again = new_update (project, "clupdate-new.json");
  g_assert_false (buntan_checklist_update_get_is_newer (again));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_checklist_update_get_differences (again)), ==,
                    1);
}

static void
test_apply_some_then_undo (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-new.json");
  g_autoptr (GPtrArray) chosen = g_ptr_array_new ();
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-1");

  g_ptr_array_add (chosen, find_difference (update, "P2-A-1", "title"));
  g_ptr_array_add (chosen, find_difference (update, "P2-B-2", NULL));

  /* Texts left unapplied: the project stays on the older version. */
  g_assert_false (buntan_checklist_update_apply (update, chosen));
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "1.0");
  g_assert_cmpstr (buntan_item_get_title (item), ==, "ログの保存期間");
  g_assert_cmpstr (buntan_item_get_content (item), ==, "アクセスログを保存する。");
  g_assert_nonnull (buntan_project_find_item (project, "P2-B-2"));
  g_assert_null (buntan_project_find_item (project, "P2-A-3"));
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (project, "P2-A-2")), ==,
                   BUNTAN_ITEM_STATUS_AGREED);
  assert_agreement_kept (project);

  /* One step back undoes all of it. */
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_title (item), ==, "ログの保存");
  g_assert_null (buntan_project_find_item (project, "P2-B-2"));
  g_assert_false (buntan_history_get_can_undo (history));
  g_assert_false (buntan_project_get_is_modified (project));
}

static void
test_apply_undo_version (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-new.json");
  BuntanHistory *history = buntan_project_get_history (project);

  g_assert_true (buntan_checklist_update_apply_all (update));
  g_assert_true (buntan_history_undo (history));
  g_assert_false (buntan_history_get_can_undo (history));
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "1.0");
  g_assert_cmpstr (buntan_item_get_title (buntan_project_find_item (project, "P2-A-1")), ==,
                   "ログの保存");
  g_assert_null (buntan_project_find_item (project, "P2-A-3"));
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (project, "P2-A-2")), ==,
                   BUNTAN_ITEM_STATUS_AGREED);

  g_assert_true (buntan_history_redo (history));
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "1.1");
  g_assert_nonnull (buntan_project_find_item (project, "P2-A-3"));
}

static void
test_saved_file (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-new.json");
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "updated.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (BuntanProject) reread = NULL;
  g_autoptr (GError) error = NULL;

  buntan_checklist_update_apply_all (update);
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  reread = buntan_test_load_path (path);
  g_assert_cmpstr (buntan_project_get_template_version (reread), ==, "1.1");
  g_assert_cmpstr (buntan_item_get_title (buntan_project_find_item (reread, "P2-A-1")), ==,
                   "ログの保存期間");
  g_assert_nonnull (buntan_project_find_item (reread, "P2-B-2"));
  assert_agreement_kept (reread);

  buntan_test_remove_dir (dir);
}

static void
test_json (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanChecklistUpdate) update = new_update (project, "clupdate-new.json");
  g_autofree char *text = buntan_checklist_update_to_json (update, NULL);
  g_autoptr (JsonNode) root = json_from_string (text, NULL);
  JsonObject *object, *first;
  JsonArray  *differences;

  g_assert_nonnull (root);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "project_version"), ==, "1.0");
  g_assert_cmpstr (json_object_get_string_member (object, "checklist_version"), ==, "1.1");
  g_assert_true (json_object_get_boolean_member (object, "newer"));
  differences = json_object_get_array_member (object, "differences");
  g_assert_cmpuint (json_array_get_length (differences), ==, 8);
  first = json_array_get_object_element (differences, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "item-changed");
  g_assert_cmpstr (json_object_get_string_member (first, "item"), ==, "P2-A-1");
  g_assert_cmpstr (json_object_get_string_member (first, "after"), ==, "ログの保存期間");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/checklist-update/version-compare", test_version_compare);
  g_test_add_func ("/buntan/checklist-update/differences", test_differences);
  g_test_add_func ("/buntan/checklist-update/same-version", test_same_version);
  g_test_add_func ("/buntan/checklist-update/other-checklist", test_other_checklist);
  g_test_add_func ("/buntan/checklist-update/apply-all", test_apply_all);
  g_test_add_func ("/buntan/checklist-update/apply-some-then-undo", test_apply_some_then_undo);
  g_test_add_func ("/buntan/checklist-update/undo-version", test_apply_undo_version);
  g_test_add_func ("/buntan/checklist-update/saved-file", test_saved_file);
  g_test_add_func ("/buntan/checklist-update/json", test_json);

  return g_test_run ();
}
