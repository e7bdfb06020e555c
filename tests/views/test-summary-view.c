/* test-summary-view.c — the counts and gaps shown equal those of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-summary-view.h"
#include "views-test-util.h"

typedef struct
{
  GtkWindow         *window;
  BuntanSummaryView *view;
  BuntanProject     *project;
  char              *activated;
} Fixture;

static void
item_activated_cb (BuntanSummaryView *view, const char *item_id, Fixture *fixture)
{
  g_free (fixture->activated);
  fixture->activated = g_strdup (item_id);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = views_test_load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 800);
  fixture->view = BUNTAN_SUMMARY_VIEW (buntan_summary_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  buntan_summary_view_set_project (fixture->view, fixture->project);
  gtk_window_present (fixture->window);
  g_signal_connect (fixture->view, "item-activated", G_CALLBACK (item_activated_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_pointer (&fixture->activated, g_free);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

static guint
grid_number (Fixture *fixture, const char *grid_name, int column, int row)
{
  GtkGrid   *grid = GTK_GRID (views_test_find_named (GTK_WIDGET (fixture->view), grid_name));
  GtkWidget *label = gtk_grid_get_child_at (grid, column, row);
  guint64    number = G_MAXUINT64;

  g_assert_true (GTK_IS_LABEL (label));
  g_assert_true (g_ascii_string_to_unsigned (gtk_label_get_label (GTK_LABEL (label)), 10, 0,
                                             G_MAXUINT, &number, NULL));
  return (guint) number;
}

static guint
count_status (Fixture *fixture, guint part, BuntanItemStatus status)
{
  GListModel *items = buntan_project_get_part_items (fixture->project, part);
  guint       n = g_list_model_get_n_items (items), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      count += buntan_item_get_status (item) == status;
    }

  return count;
}

static guint
count_marks (Fixture *fixture, const char *party_id, BuntanMark mark)
{
  GListModel *items = buntan_project_get_items (fixture->project);
  guint       n = g_list_model_get_n_items (items), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      count += buntan_item_get_mark (item, party_id) == mark;
    }

  return count;
}

static guint
n_gap_rows (Fixture *fixture)
{
  GtkWidget *list = views_test_find_named (GTK_WIDGET (fixture->view), "gap-list");
  guint      n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);

  return n;
}

static guint
n_gaps (Fixture *fixture)
{
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (fixture->project, BUNTAN_MATRIX_FLAGS_NONE);

  return buntan_matrix_get_gaps (matrix)->len;
}

static void
assert_counts_match (Fixture *fixture)
{
  GListModel  *parties = buntan_project_get_parties (fixture->project);
  guint        n_parties = g_list_model_get_n_items (parties);
  BuntanParty *hospital = buntan_project_get_hospital (fixture->project);

  for (guint part = 1; part <= 2; part++)
    {
      guint total = 0;

      for (guint s = BUNTAN_ITEM_STATUS_OPEN; s <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE; s++)
        {
          g_assert_cmpuint (grid_number (fixture, "status-grid", 1 + s, part), ==,
                            count_status (fixture, part, s));
          total += count_status (fixture, part, s);
        }
      g_assert_cmpuint (grid_number (fixture, "status-grid", 5, part), ==, total);
      g_assert_cmpuint (total, ==,
                        g_list_model_get_n_items (
                          buntan_project_get_part_items (fixture->project, part)));
    }
  g_assert_cmpuint (grid_number (fixture, "status-grid", 5, 3), ==,
                    g_list_model_get_n_items (buntan_project_get_items (fixture->project)));

  /* Hospital first, then the vendors in the project's order. */
  g_assert_cmpuint (grid_number (fixture, "party-grid", 1, 1), ==,
                    count_marks (fixture, buntan_party_get_id (hospital), BUNTAN_MARK_LEAD));
  g_assert_cmpuint (grid_number (fixture, "party-grid", 2, 1), ==,
                    count_marks (fixture, buntan_party_get_id (hospital), BUNTAN_MARK_SUPPORT));
  for (guint i = 0, row = 2; i < n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (party == hospital)
        continue;
      g_assert_cmpuint (grid_number (fixture, "party-grid", 1, row), ==,
                        count_marks (fixture, buntan_party_get_id (party), BUNTAN_MARK_LEAD));
      g_assert_cmpuint (grid_number (fixture, "party-grid", 2, row), ==,
                        count_marks (fixture, buntan_party_get_id (party), BUNTAN_MARK_SUPPORT));
      row++;
    }

  g_assert_cmpuint (n_gap_rows (fixture), ==, n_gaps (fixture));
}

static void
test_counts (Fixture *fixture, gconstpointer data)
{
  /* The sample has something in most cells: the test compares real numbers. */
  g_assert_cmpuint (count_status (fixture, 2, BUNTAN_ITEM_STATUS_AGREED), >, 0);
  g_assert_cmpuint (count_status (fixture, 2, BUNTAN_ITEM_STATUS_OPEN), >, 0);
  g_assert_cmpuint (n_gaps (fixture), >, 0);

  assert_counts_match (fixture);
}

static gboolean
agreed_shown (gpointer data)
{
  Fixture *fixture = data;

  return grid_number (fixture, "status-grid", 1 + BUNTAN_ITEM_STATUS_AGREED, 2) ==
         count_status (fixture, 2, BUNTAN_ITEM_STATUS_AGREED);
}

static const char *
grid_text (Fixture *fixture, const char *grid_name, int column, int row)
{
  GtkGrid   *grid = GTK_GRID (views_test_find_named (GTK_WIDGET (fixture->view), grid_name));
  GtkWidget *label = gtk_grid_get_child_at (grid, column, row);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

static gboolean
hospital_unnamed_shown (gpointer data)
{
  return g_strcmp0 (grid_text (data, "party-grid", 0, 1), "Hospital") == 0;
}

static gboolean
fifth_party_shown (gpointer data)
{
  /* Row 5 held the Joint row before: a party follows the others. */
  return g_strcmp0 (grid_text (data, "party-grid", 0, 5), "Unnamed vendor") == 0;
}

static void
test_follows_model (Fixture *fixture, gconstpointer data)
{
  BuntanItem *item = buntan_project_find_item (fixture->project, "P2-A-7");
  guint       gaps_before = n_gaps (fixture);

  buntan_item_set_owner (item, "v1");
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_true (views_test_wait_for (agreed_shown, fixture));
  g_assert_cmpuint (n_gaps (fixture), <, gaps_before);
  assert_counts_match (fixture);

  buntan_project_add_vendor (fixture->project, "");
  g_assert_true (views_test_wait_for (fifth_party_shown, fixture));
  /* One more party row, and a gap: the new vendor is responsible for nothing. */
  assert_counts_match (fixture);
  /* Without a name, a party is called what it is. */
  g_assert_cmpstr (grid_text (fixture, "party-grid", 0, 5), ==, "Unnamed vendor");
  buntan_party_set_name (buntan_project_find_party (fixture->project, "hospital"), "");
  g_assert_true (views_test_wait_for (hospital_unnamed_shown, fixture));
}

static void
test_activate_gap (Fixture *fixture, gconstpointer data)
{
  GtkWidget *list = views_test_find_named (GTK_WIDGET (fixture->view), "gap-list");
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (fixture->project, BUNTAN_MATRIX_FLAGS_NONE);
  BuntanGap     *first = g_ptr_array_index (buntan_matrix_get_gaps (matrix), 0);
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);

  g_assert_nonnull (buntan_gap_get_item_id (first));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   buntan_gap_get_message (first));
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_cmpstr (fixture->activated, ==, buntan_gap_get_item_id (first));
}

static GtkWidget *
warning_list (Fixture *fixture)
{
  return views_test_find_named (GTK_WIDGET (fixture->view), "warning-list");
}

static gboolean
has_warning_row (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (warning_list (fixture)) &&
         gtk_list_box_get_row_at_index (GTK_LIST_BOX (warning_list (fixture)), 0) != NULL;
}

/* Warnings show beside the gaps, in the CLI's words, and do not count. */
static void
test_warnings (Fixture *fixture, gconstpointer data)
{
  BuntanItem      *item = buntan_project_find_item (fixture->project, "P2-A-3");
  const char      *cloud[] = { "cloud", NULL };
  guint            gaps = n_gaps (fixture);
  GtkListBoxRow   *row;
  g_autofree char *expected = NULL;

  g_assert_false (gtk_widget_get_mapped (warning_list (fixture)));

  /* v3 holds a maintenance contract only. */
  buntan_item_set_applies_to (item, cloud);
  g_assert_true (views_test_wait_for (has_warning_row, fixture));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (warning_list (fixture)), 0);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (warning_list (fixture)), 1));
  {
    g_autoptr (BuntanOverview) overview = buntan_overview_new (fixture->project);

    expected =
      buntan_warning_describe (g_ptr_array_index (buntan_overview_get_warnings (overview), 0),
                               BUNTAN_GAP_TEXT_LONG);
  }
  g_assert_true (g_str_has_prefix (expected, "P2-A-3 "));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, expected);
  g_assert_cmpuint (n_gaps (fixture), ==, gaps);

  g_signal_emit_by_name (warning_list (fixture), "row-activated", row);
  g_assert_cmpstr (fixture->activated, ==, "P2-A-3");
}

static gboolean
all_gap_rows_shown (gpointer data)
{
  Fixture *fixture = data;

  /* The first BUNTAN_SUMMARY_VIEW_MAX_GAPS gaps, then "and N more". */
  return n_gap_rows (fixture) == BUNTAN_SUMMARY_VIEW_MAX_GAPS + 1;
}

/* Wrapping gap rows are slow to measure and draw: the first come at once,
 * the others in batches while the view is on screen. */
static void
test_many_gaps (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanMatrix) matrix = NULL;
  guint first;

  project = buntan_test_project_of_items ("gaps", 300, "agreed");
  matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  g_assert_cmpuint (buntan_matrix_get_gaps (matrix)->len, >, BUNTAN_SUMMARY_VIEW_MAX_GAPS);

  /* Off screen, only the first rows. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  buntan_summary_view_set_project (fixture->view, project);
  first = n_gap_rows (fixture);
  g_assert_cmpuint (first, >, 0);
  g_assert_cmpuint (first, <, BUNTAN_SUMMARY_VIEW_MAX_GAPS);
  views_test_spin (100);
  g_assert_cmpuint (n_gap_rows (fixture), ==, first);

  /* Shown, the others follow, then how many more and where they are. */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  g_assert_true (views_test_wait_for (all_gap_rows_shown, fixture));
  {
    GtkWidget     *list = views_test_find_named (GTK_WIDGET (fixture->view), "gap-list");
    GtkListBoxRow *last =
      gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), BUNTAN_SUMMARY_VIEW_MAX_GAPS);
    g_autofree char *more =
      g_strdup_printf ("And %u more gaps",
                       buntan_matrix_get_gaps (matrix)->len - BUNTAN_SUMMARY_VIEW_MAX_GAPS);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (last)), ==, more);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (last)), "Gaps Only"));
    g_assert_false (gtk_list_box_row_get_activatable (last));
  }

  buntan_summary_view_set_project (fixture->view, NULL);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

#define ADD(path, func)                                                                            \
  g_test_add ("/buntan/summary-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("counts", test_counts);
  ADD ("follows-model", test_follows_model);
  ADD ("activate-gap", test_activate_gap);
  ADD ("many-gaps", test_many_gaps);
  ADD ("warnings", test_warnings);
#undef ADD

  return g_test_run ();
}
