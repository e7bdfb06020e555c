/* test-project.c — the project model: changes, parties, custom items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

static void
count_cb (gpointer object, guint *count)
{
  (*count)++;
}

/* Every kind of edit marks the project modified and says so once. */
static void
test_is_modified (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  guint          changed = 0;

  g_signal_connect (project, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (buntan_project_get_is_modified (project));

  buntan_item_set_owner (buntan_project_find_item (project, "P2-A-2"), "v2");
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpuint (changed, ==, 1);

  buntan_project_set_is_modified (project, FALSE);
  buntan_party_set_name (buntan_project_find_party (project, "v1"), "株式会社A改");
  g_assert_true (buntan_project_get_is_modified (project));

  buntan_project_set_is_modified (project, FALSE);
  buntan_project_set_organization (project, "テスト病院"); /* the same: no change */
  g_assert_false (buntan_project_get_is_modified (project));
  buntan_project_set_title (project, "新しい題");
  g_assert_true (buntan_project_get_is_modified (project));

  buntan_project_set_is_modified (project, FALSE);
  buntan_project_add_vendor (project, "株式会社C");
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpuint (changed, ==, 4);

  g_assert_finalize_object (project);
}

static void
test_new_from_template (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, &error);
  BuntanProject *project;
  guint          n;

  g_assert_no_error (error);
  project = buntan_project_new_from_template (template);

  n = g_list_model_get_n_items (buntan_template_get_items (template));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), ==, n);
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_null (buntan_project_get_file (project));
  g_assert_cmpstr (buntan_project_get_template_id (project), ==, BUNTAN_DEFAULT_TEMPLATE_ID);
  g_assert_cmpstr (buntan_project_get_template_version (project), ==,
                   buntan_template_get_version (template));
  g_assert_true (buntan_date_time_is_valid (buntan_project_get_created (project)));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_parties (project)), ==, 1);

  /* The project holds copies: editing it leaves the template as it is. */
  {
    g_autoptr (BuntanItem) first = g_list_model_get_item (buntan_project_get_items (project), 0);
    g_autoptr (BuntanItem) original =
      g_list_model_get_item (buntan_template_get_items (template), 0);

    buntan_item_set_title (first, "変更");
    g_assert_cmpstr (buntan_item_get_title (original), !=, "変更");
    g_assert_cmpint (buntan_item_get_status (first), ==, BUNTAN_ITEM_STATUS_OPEN);
  }

  g_assert_finalize_object (project);
}

static void
test_add_vendor (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanParty   *added = buntan_project_add_vendor (project, "株式会社C");
  GListModel    *parties = buntan_project_get_parties (project);

  g_assert_cmpstr (buntan_party_get_id (added), ==, "v3");
  g_assert_cmpstr (buntan_party_get_name (added), ==, "株式会社C");
  g_assert_false (buntan_party_is_hospital (added));
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 4);
  g_assert_true (buntan_project_find_party (project, "v3") == added);
  g_assert_cmpuint (buntan_project_get_party_position (project, "v3"), ==, 3);

  g_assert_finalize_object (project);
}

static void
test_remove_vendor_undecided (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  g_autoptr (GError) error = NULL;
  BuntanItem *owned = buntan_project_find_item (project, "P2-A-1");
  BuntanItem *shared = buntan_project_find_item (project, "P2-A-2");

  g_assert_cmpuint (buntan_project_count_party_items (project, "v1"), ==, 2);
  g_assert_true (buntan_project_remove_vendor (project, "v1", NULL, &error));
  g_assert_no_error (error);

  g_assert_null (buntan_project_find_party (project, "v1"));
  g_assert_null (buntan_item_get_owner (owned));
  g_assert_false (buntan_item_has_participant (shared, "v1"));
  g_assert_true (buntan_item_has_participant (shared, "v2"));
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_finalize_object (project);
}

static void
test_remove_vendor_reassign (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  g_autoptr (GError) error = NULL;
  BuntanItem *owned = buntan_project_find_item (project, "P2-A-1");

  g_assert_true (buntan_project_remove_vendor (project, "v1", "v2", &error));
  g_assert_cmpstr (buntan_item_get_owner (owned), ==, "v2");
  /* The hospital still supports. */
  g_assert_true (buntan_item_has_participant (owned, "hospital"));
  g_assert_cmpuint (buntan_project_count_party_items (project, "v2"), ==, 2);

  g_assert_finalize_object (project);
}

static void
test_remove_refused (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  g_autoptr (GError) error = NULL;

  g_assert_false (buntan_project_remove_vendor (project, "hospital", NULL, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT);
  g_clear_error (&error);

  g_assert_false (buntan_project_remove_vendor (project, "v9", NULL, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY);
  g_clear_error (&error);

  g_assert_false (buntan_project_remove_vendor (project, "v1", "v1", &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY);
  g_clear_error (&error);

  g_assert_nonnull (buntan_project_find_party (project, "v1"));
  g_assert_false (buntan_project_get_is_modified (project));

  g_assert_finalize_object (project);
}

static void
test_custom_items (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  GListModel    *part2 = buntan_project_get_part_items (project, 2);
  g_autoptr (GError) error = NULL;
  BuntanItem *custom;

  custom = buntan_project_add_custom_item (project, 2, "A", NULL);
  g_assert_cmpstr (buntan_item_get_id (custom), ==, "P2-A-3");
  g_assert_cmpstr (buntan_item_get_number (custom), ==, "3");
  g_assert_cmpstr (buntan_item_get_section_title (custom), ==, "共通");
  g_assert_true (buntan_item_get_custom (custom));
  g_assert_cmpuint (g_list_model_get_n_items (part2), ==, 3);
  g_assert_true (buntan_project_get_is_modified (project));

  /* A new section goes at the end. */
  custom = buntan_project_add_custom_item (project, 2, "F", "院内独自");
  g_assert_cmpstr (buntan_item_get_id (custom), ==, "P2-F-1");
  g_assert_cmpstr (buntan_item_get_section_title (custom), ==, "院内独自");
  {
    g_autoptr (BuntanItem) last = g_list_model_get_item (part2, 3);
    g_auto (GStrv) sections = buntan_project_dup_sections (project, 2);

    g_assert_true (last == custom);
    g_assert_cmpuint (g_strv_length (sections), ==, 2);
    g_assert_cmpstr (sections[1], ==, "F");
  }

  g_assert_true (buntan_project_remove_item (project, "P2-F-1", &error));
  g_assert_no_error (error);
  g_assert_null (buntan_project_find_item (project, "P2-F-1"));
  g_assert_cmpuint (g_list_model_get_n_items (part2), ==, 3);

  /* Items of the checklist stay: they are marked not applicable instead. */
  g_assert_false (buntan_project_remove_item (project, "P2-A-1", &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID);
  g_assert_nonnull (buntan_project_find_item (project, "P2-A-1"));

  g_assert_finalize_object (project);
}

static void
test_display_name (void)
{
  BuntanProject   *project = buntan_project_new ();
  g_autofree char *untitled = buntan_project_dup_display_name (project);
  g_autofree char *titled = NULL;

  g_assert_cmpstr (untitled, ==, "Untitled project");
  buntan_project_set_title (project, "契約");
  titled = buntan_project_dup_display_name (project);
  g_assert_cmpstr (titled, ==, "契約");
  g_assert_cmpstr (buntan_party_get_id (buntan_project_get_hospital (project)), ==, "hospital");

  g_assert_finalize_object (project);
}

/* The owner keys of meeting mode and of a list row: one step each to undo,
 * the new owner no longer merely takes part, and 共同 keeps the old owner
 * among those who share it. */
static void
test_owner_keys (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_sample ();
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-2");

  g_assert_nonnull (item);
  buntan_item_set_owner (item, "v1");
  buntan_item_set_participant (item, "v1", FALSE);
  buntan_item_set_participant (item, "v2", TRUE);

  buntan_project_set_item_owner (project, item, "v2");
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v2");
  g_assert_false (buntan_item_has_participant (item, "v2"));
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_true (buntan_item_has_participant (item, "v2"));

  buntan_project_make_item_joint (project, item);
  g_assert_true (buntan_item_is_joint (item));
  g_assert_true (buntan_item_has_participant (item, "v1"));
  g_assert_true (buntan_item_has_participant (item, "v2"));
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_false (buntan_item_has_participant (item, "v1"));

  buntan_project_set_item_owner (project, item, NULL);
  g_assert_null (buntan_item_get_owner (item));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/project/is-modified", test_is_modified);
  g_test_add_func ("/buntan/project/new-from-template", test_new_from_template);
  g_test_add_func ("/buntan/project/add-vendor", test_add_vendor);
  g_test_add_func ("/buntan/project/owner-keys", test_owner_keys);
  g_test_add_func ("/buntan/project/remove-vendor/undecided", test_remove_vendor_undecided);
  g_test_add_func ("/buntan/project/remove-vendor/reassign", test_remove_vendor_reassign);
  g_test_add_func ("/buntan/project/remove-vendor/refused", test_remove_refused);
  g_test_add_func ("/buntan/project/custom-items", test_custom_items);
  g_test_add_func ("/buntan/project/display-name", test_display_name);

  return g_test_run ();
}
