/* test-part-filter-bar.c — the Part page's filter bar sets its filter, and shows what the filter says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-part-filter-bar.h"
#include "views-test-util.h"

typedef struct
{
  BuntanProject       *project;
  BuntanOwnerChoices  *choices;
  BuntanPartFilterBar *bar;
  BuntanItemFilter    *filter;
  GtkSearchEntry      *search;
  GtkDropDown         *section;
  GtkDropDown         *status;
  GtkDropDown         *owner;
  GtkToggleButton     *gaps;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) drop_downs = NULL;
  g_autoptr (GPtrArray) toggles = NULL;
  guint n_toggles = 0;

  fixture->project = views_test_load_sample ();
  fixture->choices = buntan_owner_choices_new ();
  buntan_owner_choices_set_project (fixture->choices, fixture->project);

  fixture->bar = g_object_ref_sink (g_object_new (BUNTAN_TYPE_PART_FILTER_BAR, NULL));
  buntan_part_filter_bar_set_choices (fixture->bar, fixture->choices);
  buntan_part_filter_bar_update_sections (fixture->bar, fixture->project, 2, TRUE);
  fixture->filter = buntan_part_filter_bar_get_filter (fixture->bar);

  /* The widgets in the order a user meets them. */
  drop_downs = gui_test_find_all (fixture->bar, GTK_TYPE_DROP_DOWN);
  toggles = gui_test_find_all (fixture->bar, GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpuint (drop_downs->len, ==, 6);
  fixture->section = g_ptr_array_index (drop_downs, 0);
  fixture->status = g_ptr_array_index (drop_downs, 1);
  fixture->owner = g_ptr_array_index (drop_downs, 2);
  /* The dropdowns' own buttons aside. */
  for (guint i = 0; i < toggles->len; i++)
    if (gtk_widget_get_ancestor (g_ptr_array_index (toggles, i), GTK_TYPE_DROP_DOWN) == NULL)
      {
        fixture->gaps = g_ptr_array_index (toggles, i);
        n_toggles++;
      }
  g_assert_cmpuint (n_toggles, ==, 1);
  fixture->search = GTK_SEARCH_ENTRY (
    views_test_find_widget (GTK_WIDGET (fixture->bar), GTK_TYPE_SEARCH_ENTRY, NULL));
  g_assert_nonnull (fixture->search);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->bar);
  g_assert_finalize_object (fixture->choices);
  g_assert_finalize_object (fixture->project);
}

static void
test_sections (Fixture *fixture, gconstpointer data)
{
  g_auto (GStrv) expected = buntan_project_dup_sections (fixture->project, 2);
  const char *const *sections = buntan_part_filter_bar_get_sections (fixture->bar);
  GListModel        *labels = gtk_drop_down_get_model (fixture->section);

  g_assert_cmpuint (g_strv_length (expected), >=, 2);
  g_assert_true (g_strv_equal (sections, (const char *const *) expected));
  /* "All sections", then one per section. */
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 1 + g_strv_length (expected));

  gtk_drop_down_set_selected (fixture->section, 2);
  g_assert_cmpstr (buntan_item_filter_get_section (fixture->filter), ==, expected[1]);

  buntan_item_filter_set_section (fixture->filter, expected[0]);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->section), ==, 1);

  /* The same sections again keep the one chosen. */
  buntan_part_filter_bar_update_sections (fixture->bar, fixture->project, 2, FALSE);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->section), ==, 1);
  g_assert_cmpstr (buntan_item_filter_get_section (fixture->filter), ==, expected[0]);

  /* No project: only "All sections". */
  buntan_part_filter_bar_update_sections (fixture->bar, NULL, 2, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 1);
  g_assert_null (buntan_item_filter_get_section (fixture->filter));
}

static void
test_status_owner_gaps (Fixture *fixture, gconstpointer data)
{
  GListModel *parties = buntan_project_get_parties (fixture->project);
  g_autoptr (BuntanParty) first = g_list_model_get_item (parties, 0);
  guint owner_position;

  gtk_drop_down_set_selected (fixture->status, 1 + BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpint (buntan_item_filter_get_status (fixture->filter), ==, BUNTAN_ITEM_STATUS_AGREED);
  gtk_drop_down_set_selected (fixture->status, 0);
  g_assert_cmpint (buntan_item_filter_get_status (fixture->filter), ==, -1);

  /* "All owners", then the owner cells' choices. */
  owner_position = 1 + buntan_owner_choices_find (fixture->choices, buntan_party_get_id (first));
  gtk_drop_down_set_selected (fixture->owner, owner_position);
  g_assert_cmpstr (buntan_item_filter_get_owner (fixture->filter), ==, buntan_party_get_id (first));
  buntan_item_filter_set_owner (fixture->filter, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->owner), ==, 0);

  gtk_toggle_button_set_active (fixture->gaps, TRUE);
  g_assert_true (buntan_item_filter_get_gaps_only (fixture->filter));
}

static gboolean
search_set (gpointer data)
{
  Fixture *fixture = data;

  return g_strcmp0 (buntan_item_filter_get_search (fixture->filter), "backup") == 0;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_search_and_reset (Fixture *fixture, gconstpointer data)
{
  guint       activated = 0;
  const char *search;

  g_signal_connect_swapped (fixture->bar, "search-activated", G_CALLBACK (count_cb), &activated);

  /* The search waits for a pause in the typing. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->search), "backup");
  g_assert_true (views_test_wait_for (search_set, fixture));
  g_signal_emit_by_name (fixture->search, "activate");
  g_assert_cmpuint (activated, ==, 1);

  gtk_drop_down_set_selected (fixture->section, 1);
  gtk_drop_down_set_selected (fixture->status, 1);
  gtk_toggle_button_set_active (fixture->gaps, TRUE);
  g_assert_true (buntan_item_filter_get_active (fixture->filter));

  buntan_part_filter_bar_reset (fixture->bar);
  search = buntan_item_filter_get_search (fixture->filter);
  g_assert_true (search == NULL || *search == '\0');
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->search)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->section), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (fixture->status), ==, 0);
  g_assert_false (gtk_toggle_button_get_active (fixture->gaps));
  g_assert_false (buntan_item_filter_get_active (fixture->filter));
}

int
main (int argc, char *argv[])
{
  views_test_init (&argc, &argv);

  g_test_add ("/buntan/part-filter-bar/sections", Fixture, NULL, fixture_set_up, test_sections,
              fixture_tear_down);
  g_test_add ("/buntan/part-filter-bar/status-owner-gaps", Fixture, NULL, fixture_set_up,
              test_status_owner_gaps, fixture_tear_down);
  g_test_add ("/buntan/part-filter-bar/search-and-reset", Fixture, NULL, fixture_set_up,
              test_search_and_reset, fixture_tear_down);

  return g_test_run ();
}
