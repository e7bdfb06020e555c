/* test-filter-vendor.c — the filter bar's vendor and contract kind dropdowns, counted in the rows
 * they leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-item-filter.h"
#include "buntan-part-filter-bar.h"
#include "views-test-util.h"

typedef struct
{
  BuntanProject       *project;
  BuntanPartFilterBar *bar;
  GtkFilterListModel  *shown; /* Part 2's rows as the page lists them */
  GtkDropDown         *vendor;
  GtkDropDown         *contract_kind;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) drop_downs = NULL;
  BuntanItem *shared;

  /* Part 2: P2-A-1 led by v1, v2 △, for maintenance and cloud contracts;
   * P2-A-2 v1 alone, for every contract kind. */
  fixture->project = buntan_test_load_fixture ("f2-items-valid.buntan");
  shared = buntan_project_find_item (fixture->project, "P2-A-2");
  buntan_item_set_owner (shared, "v1");
  buntan_item_set_participants (shared, NULL);

  fixture->bar = g_object_ref_sink (g_object_new (BUNTAN_TYPE_PART_FILTER_BAR, NULL));
  buntan_part_filter_bar_update_sections (fixture->bar, fixture->project, 2, TRUE);
  fixture->shown =
    gtk_filter_list_model_new (g_object_ref (buntan_project_get_part_items (fixture->project, 2)),
                               g_object_ref (
                                 GTK_FILTER (buntan_part_filter_bar_get_filter (fixture->bar))));

  /* Section, status, owner, the two of this test, then "changed since". */
  drop_downs = gui_test_find_all (fixture->bar, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (drop_downs->len, ==, 6);
  fixture->vendor = g_ptr_array_index (drop_downs, 3);
  fixture->contract_kind = g_ptr_array_index (drop_downs, 4);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->shown);
  g_assert_finalize_object (fixture->bar);
  g_assert_finalize_object (fixture->project);
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->shown));
}

static void
test_vendor (Fixture *fixture, gconstpointer data)
{
  GListModel *vendors = gtk_drop_down_get_model (fixture->vendor);
  g_autoptr (BuntanParty) v1 = NULL;
  g_autoptr (BuntanParty) v2 = NULL;
  BuntanItem *shared = buntan_project_find_item (fixture->project, "P2-A-2");
  const char *both[] = { "v1", "v2", NULL };

  /* "All vendors", then the vendors without the hospital. */
  g_assert_cmpuint (g_list_model_get_n_items (vendors), ==, 3);
  v1 = g_list_model_get_item (vendors, 1);
  v2 = g_list_model_get_item (vendors, 2);
  g_assert_cmpstr (buntan_party_get_id (v1), ==, "v1");
  g_assert_cmpstr (buntan_party_get_id (v2), ==, "v2");
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  gtk_drop_down_set_selected (fixture->vendor, 1);
  g_assert_cmpstr (buntan_item_filter_get_vendor (buntan_part_filter_bar_get_filter (fixture->bar)),
                   ==, "v1");
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  /* v2 is only △ on P2-A-1: informed counts as concerning it. */
  gtk_drop_down_set_selected (fixture->vendor, 2);
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  /* 各事業者（個別）: v2 answers for its own system on P2-A-2. An edit
   * does not filter again by itself: choosing the vendor again does. */
  buntan_item_set_owner (shared, BUNTAN_OWNER_EACH);
  buntan_item_set_participants (shared, both);
  gtk_drop_down_set_selected (fixture->vendor, 0);
  gtk_drop_down_set_selected (fixture->vendor, 2);
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  gtk_drop_down_set_selected (fixture->vendor, 0);
  g_assert_null (buntan_item_filter_get_vendor (buntan_part_filter_bar_get_filter (fixture->bar)));
  g_assert_cmpuint (n_rows (fixture), ==, 2);
}

static void
test_contract_kind (Fixture *fixture, gconstpointer data)
{
  BuntanItemFilter *filter = buntan_part_filter_bar_get_filter (fixture->bar);

  /* "All contract kinds", then development, maintenance, cloud, other. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (fixture->contract_kind)), ==,
                    5);

  gtk_drop_down_set_selected (fixture->contract_kind, 1 + BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  g_assert_cmpint (buntan_item_filter_get_contract_kind (filter), ==,
                   BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  gtk_drop_down_set_selected (fixture->contract_kind, 1 + BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  /* Both: v2's items for a development contract — none. */
  gtk_drop_down_set_selected (fixture->contract_kind, 1 + BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  gtk_drop_down_set_selected (fixture->vendor, 2);
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_true (buntan_item_filter_get_active (filter));

  /* Lifting the filters shows in both dropdowns. */
  buntan_part_filter_bar_reset (fixture->bar);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->vendor), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->contract_kind), ==, 0);
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_false (buntan_item_filter_get_active (filter));
}

int
main (int argc, char *argv[])
{
  views_test_init (&argc, &argv);

  g_test_add ("/buntan/filter-vendor/vendor", Fixture, NULL, fixture_set_up, test_vendor,
              fixture_tear_down);
  g_test_add ("/buntan/filter-vendor/contract-kind", Fixture, NULL, fixture_set_up,
              test_contract_kind, fixture_tear_down);

  return g_test_run ();
}
