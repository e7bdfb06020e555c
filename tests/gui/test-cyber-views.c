/* test-cyber-views.c — a project made from the cyber-security checklist, as the window shows it
 *
 * Instead of ◎/○ marks, which vendor has answered which item: the Part 2
 * list's first check names each vendor's answer, the matrix preview's
 * vendor columns show it, and the summary page counts each party's sheet
 * with the numbers `buntan-cli info --json` prints (tests/cli).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-check-cell.h"
#include "buntan-matrix-view.h"
#include "buntan-part-page.h"
#include "buntan-status-chart.h"
#include "buntan-summary-view.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static void
show_page (BuntanWindow *window, const char *name)
{
  AdwViewStack *stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);

  adw_view_stack_set_visible_child_name (stack, name);
}

static const char *
grid_text (GtkGrid *grid, int column, int row)
{
  GtkWidget *child = gtk_grid_get_child_at (grid, column, row);

  g_assert_true (GTK_IS_LABEL (child));
  return gtk_label_get_text (GTK_LABEL (child));
}

static gboolean
any_widget (GtkWidget *widget)
{
  return TRUE;
}

static gboolean
is_party_grid (GtkWidget *widget)
{
  return g_strcmp0 (gtk_widget_get_name (widget), "party-grid") == 0;
}

/* The row of @grid that names @name, or -1. */
static int
find_grid_row (GtkGrid *grid, const char *name)
{
  for (int row = 0; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    if (g_strcmp0 (grid_text (grid, 0, row), name) == 0)
      return row;
  return -1;
}

static void
assert_grid_row (GtkGrid *grid, const char *name, const char *const counts[4])
{
  int row = find_grid_row (grid, name);

  g_assert_cmpint (row, >, 0);
  for (int column = 0; column < 4; column++)
    g_assert_cmpstr (grid_text (grid, 1 + column, row), ==, counts[column]);
}

static BuntanCheckCell *
find_check_cell (BuntanPartPage *page, BuntanItem *item)
{
  g_autoptr (GPtrArray) cells = gui_test_find_all (page, BUNTAN_TYPE_CHECK_CELL);

  for (guint i = 0; i < cells->len; i++)
    {
      g_autoptr (BuntanItem) shown = NULL;

      g_object_get (g_ptr_array_index (cells, i), "item", &shown, NULL);
      if (shown == item && gtk_widget_get_mapped (g_ptr_array_index (cells, i)))
        return g_ptr_array_index (cells, i);
    }
  return NULL;
}

/* The mapped labels of the matrix's party columns, by text. */
static guint
count_matrix_cells (GtkWidget *view, const char *css_class, const char *text)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (view, GTK_TYPE_LABEL);
  guint found = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_has_css_class (label, css_class) && gtk_widget_get_mapped (label) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        found++;
    }
  return found;
}

static void
test_views (void)
{
  g_autofree char  *path = buntan_test_fixture_path ("cyber-views.buntan");
  BuntanWindow     *window = gui_window_new_sized (application, 1024, 768);
  BuntanProject    *project = gui_window_open (window, path);
  BuntanPartPage   *part2;
  BuntanPartPage   *part1;
  BuntanCheckCell  *cell = NULL;
  GtkWidget        *matrix;
  GtkWidget        *summary;
  GtkGrid          *grid;
  const char *const hospital_counts[] = { "15", "1", "1", "0" };
  const char *const hikari_counts[] = { "12", "0", "1", "1" };
  const char *const toto_counts[] = { "11", "1", "1", "0" };

  g_assert_true (buntan_cyber_checklist_applies (project));

  /* Part 2: the first check names every vendor's answer. */
  part2 = gui_show_part (window, 2);
  GUI_TEST_WAIT ((cell = find_check_cell (part2, buntan_project_find_item (project, "P2-A-11"))) !=
                 NULL);
  g_assert_cmpstr (buntan_check_cell_get_text (cell), ==, "ひかり Yes / 東都 Not answered");
  GUI_TEST_WAIT ((cell = find_check_cell (part2, buntan_project_find_item (project, "P2-A-2"))) !=
                 NULL);
  g_assert_cmpstr (buntan_check_cell_get_text (cell), ==,
                   "ひかり No, target 2027-03-31 / 東都 Yes");

  /* An answer given in the detail or a meeting shows at once. */
  buntan_check_set_target (buntan_item_find_check (buntan_project_find_item (project, "P2-A-2"),
                                                   "v1"),
                           "2027-04-30");
  g_assert_cmpstr (buntan_check_cell_get_text (cell), ==,
                   "ひかり No, target 2027-04-30 / 東都 Yes");

  /* Part 1: the hospital's own answer with its date. */
  part1 = gui_show_part (window, 1);
  GUI_TEST_WAIT ((cell = find_check_cell (part1, buntan_project_find_item (project, "P1-B-11"))) !=
                 NULL);
  g_assert_cmpstr (buntan_check_cell_get_text (cell), ==, "No 2026-11-05, target 2027-01-31");

  /* The matrix preview: the vendors' answers, no marks. */
  show_page (window, "matrix");
  matrix = gui_test_find_first (window, BUNTAN_TYPE_MATRIX_VIEW, any_widget);
  /* The edit above reaches the preview once the overview has recomputed. */
  GUI_TEST_WAIT (count_matrix_cells (matrix, "matrix-answer", "No, target 2027-04-30") == 1);
  g_assert_cmpuint (count_matrix_cells (matrix, "matrix-answer", "No, no target date"), ==, 1);
  g_assert_cmpuint (count_matrix_cells (matrix, "matrix-answer", "No, target 2027-06-30"), ==, 1);
  g_assert_cmpuint (count_matrix_cells (matrix, "matrix-answer", "Not answered"), ==, 1);
  g_assert_cmpuint (count_matrix_cells (matrix, "matrix-mark", "各"), ==, 0);
  g_assert_cmpuint (count_matrix_cells (matrix, "matrix-mark", "◎"), ==, 0);

  /* The summary: each party's sheet, as the core counts it. */
  show_page (window, "summary");
  summary = gui_test_find_first (window, BUNTAN_TYPE_SUMMARY_VIEW, any_widget);
  grid = gui_test_find_first (summary, GTK_TYPE_GRID, is_party_grid);
  g_assert_nonnull (grid);
  g_assert_cmpstr (grid_text (grid, 1, 0), ==, "Answered");
  g_assert_cmpstr (grid_text (grid, 2, 0), ==, "Not answered");
  g_assert_cmpstr (grid_text (grid, 3, 0), ==, "No, with target");
  g_assert_cmpstr (grid_text (grid, 4, 0), ==, "No, no target date");
  g_assert_cmpint (find_grid_row (grid, "ひかりメディカル株式会社"), ==, 2);
  /* Nobody leads (◎) an item of this checklist: the chart has no party bars. */
  g_assert_null (
    buntan_status_chart_find_bar (gui_test_find_first (summary, BUNTAN_TYPE_STATUS_CHART,
                                                       any_widget),
                                  "v1"));
  g_assert_nonnull (
    buntan_status_chart_find_bar (gui_test_find_first (summary, BUNTAN_TYPE_STATUS_CHART,
                                                       any_widget),
                                  "part-2"));
  assert_grid_row (grid, "ひかりメディカル株式会社", hikari_counts);
  assert_grid_row (grid, "東都ネットワーク株式会社", toto_counts);
  g_assert_cmpint (find_grid_row (grid, "さくら病院"), ==, 1);
  assert_grid_row (grid, "さくら病院", hospital_counts);

  gui_window_destroy (window);
}

static gboolean
is_status_grid (GtkWidget *widget)
{
  return g_strcmp0 (gtk_widget_get_name (widget), "status-grid") == 0;
}

static gboolean
is_agreed_caption (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "Agreed, of");
}

/* How far below the top of the summary's scrolled area @widget ends, or -1
 * while it has no place yet. */
static double
bottom_in_scrolled (GtkWidget *widget)
{
  GtkWidget      *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (gtk_widget_get_height (widget) == 0 || !gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return -1;
  return bounds.origin.y + bounds.size.height;
}

/* The answers by party come first on the summary, above what a checklist
 * that is answered rather than negotiated does not use (the agreed card,
 * the status chart and table, hidden), and fit on a small laptop's screen
 * without scrolling. */
static void
test_summary_answers_first (void)
{
  static const int widths[] = { 1024, 1366 };
  g_autofree char *path = buntan_test_fixture_path ("cyber-views.buntan");

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      BuntanWindow *window = gui_window_new_sized (application, widths[i], 768);
      GtkWidget    *summary;
      GtkWidget    *grid;
      GtkWidget    *group;
      GtkWidget    *scrolled;

      gui_window_open (window, path);
      show_page (window, "summary");
      summary = gui_test_find_first (window, BUNTAN_TYPE_SUMMARY_VIEW, any_widget);
      grid = gui_test_find_first (summary, GTK_TYPE_GRID, is_party_grid);
      group = gtk_widget_get_ancestor (grid, ADW_TYPE_PREFERENCES_GROUP);
      g_assert_true (gtk_widget_get_first_child (gtk_widget_get_parent (group)) == group);
      g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==,
                       "Answers by Party");

      g_assert_false (
        gtk_widget_is_visible (gui_test_find_first (summary, GTK_TYPE_GRID, is_status_grid)));
      g_assert_false (gtk_widget_is_visible (
        gui_test_find_first (summary, BUNTAN_TYPE_STATUS_CHART, any_widget)));
      g_assert_false (
        gtk_widget_is_visible (gui_test_find_first (summary, GTK_TYPE_LABEL, is_agreed_caption)));

      scrolled = gtk_widget_get_ancestor (grid, GTK_TYPE_SCROLLED_WINDOW);
      GUI_TEST_WAIT (bottom_in_scrolled (grid) > 0);
      g_assert_cmpfloat (bottom_in_scrolled (grid), <=, gtk_widget_get_height (scrolled));
      g_assert_cmpfloat (gtk_adjustment_get_value (
                           gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))),
                         ==, 0);
      gui_window_destroy (window);
    }
}

/* An ordinary project keeps its ◎/○ counts and its marks. */
static void
test_ordinary_project (void)
{
  g_autofree char *sample = buntan_test_sample_path ();
  BuntanWindow    *window = gui_window_new_sized (application, 1024, 768);
  GtkWidget       *summary;
  GtkWidget       *matrix;
  GtkGrid         *grid;

  gui_window_open (window, sample);
  show_page (window, "summary");
  summary = gui_test_find_first (window, BUNTAN_TYPE_SUMMARY_VIEW, any_widget);
  grid = gui_test_find_first (summary, GTK_TYPE_GRID, is_party_grid);
  g_assert_cmpstr (grid_text (grid, 1, 0), ==, "Lead ◎");
  /* Its status comes first, the parties after it. */
  g_assert_true (
    gtk_widget_is_visible (gui_test_find_first (summary, GTK_TYPE_GRID, is_status_grid)));
  g_assert_true (
    gtk_widget_is_visible (gui_test_find_first (summary, GTK_TYPE_LABEL, is_agreed_caption)));
  g_assert_false (gtk_widget_get_first_child (gtk_widget_get_parent (
                    gtk_widget_get_ancestor (GTK_WIDGET (grid), ADW_TYPE_PREFERENCES_GROUP))) ==
                  gtk_widget_get_ancestor (GTK_WIDGET (grid), ADW_TYPE_PREFERENCES_GROUP));

  show_page (window, "matrix");
  matrix = gui_test_find_first (window, BUNTAN_TYPE_MATRIX_VIEW, any_widget);
  GUI_TEST_WAIT (count_matrix_cells (matrix, "matrix-mark", "◎") > 0);
  g_assert_cmpuint (count_matrix_cells (matrix, "matrix-answer", "Not answered"), ==, 0);
  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/cyber-views/views", test_views);
  g_test_add_func ("/buntan/cyber-views/ordinary-project", test_ordinary_project);
  g_test_add_func ("/buntan/cyber-views/summary-answers-first", test_summary_answers_first);

  return g_test_run ();
}
