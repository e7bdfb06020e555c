/* test-matrix-header.c — the matrix's own header row: short names, full names, widths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-view-util.h"
#include "buntan-matrix-header.h"
#include "buntan-matrix-view.h"
#include "views-test-util.h"

typedef struct
{
  GtkWindow          *window;
  BuntanMatrixView   *view;
  BuntanProject      *project;
  GtkColumnView      *column_view;
  BuntanMatrixHeader *header;
} Fixture;

static gboolean
find_row_in (GtkWidget *widget, GtkWidget **row)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0 && gtk_widget_get_mapped (widget) &&
      gtk_widget_get_first_child (widget) != NULL)
    {
      *row = widget;
      return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_row_in (child, row))
      return TRUE;

  return FALSE;
}

/* A row of the list on screen: its children are the cells, one a column. */
static GtkWidget *
find_row (Fixture *fixture)
{
  GtkWidget *row = NULL;

  find_row_in (GTK_WIDGET (fixture->column_view), &row);
  return row;
}

static guint
n_columns (Fixture *fixture)
{
  return g_list_model_get_n_items (gtk_column_view_get_columns (fixture->column_view));
}

static int
compare_x (gconstpointer a, gconstpointer b)
{
  const graphene_rect_t *first = a, *second = b;

  return (first->origin.x > second->origin.x) - (first->origin.x < second->origin.x);
}

/* Whether every header sits exactly over its column's cells. A row's cells
 * are laid out in the columns' order, but a column added later adds its
 * cell last among the row's children: the cells are taken by position. */
static gboolean
header_matches_columns (gpointer data)
{
  Fixture   *fixture = data;
  GtkWidget *row = find_row (fixture);
  guint      n = n_columns (fixture);
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));

  if (row == NULL || buntan_matrix_header_get_n_columns (fixture->header) != n)
    return FALSE;

  for (GtkWidget *cell = gtk_widget_get_first_child (row); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (cell, GTK_WIDGET (fixture->view), &bounds))
        return FALSE;
      g_array_append_val (cells, bounds);
    }
  if (cells->len != n)
    return FALSE;
  g_array_sort (cells, compare_x);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget       *label = GTK_WIDGET (buntan_matrix_header_get_label (fixture->header, i));
      graphene_rect_t *cell_bounds = &g_array_index (cells, graphene_rect_t, i);
      graphene_rect_t  label_bounds;

      if (!gtk_widget_compute_bounds (label, GTK_WIDGET (fixture->view), &label_bounds) ||
          ABS (cell_bounds->origin.x - label_bounds.origin.x) > 0.5 ||
          ABS (cell_bounds->size.width - label_bounds.size.width) > 0.5)
        return FALSE;
    }

  return TRUE;
}

static double
color_alpha (gpointer widget)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color.alpha;
}

static gboolean
header_reads_kotori (gpointer data)
{
  Fixture *fixture = data;
  guint    position = buntan_project_get_party_position (fixture->project, "v2");

  return buntan_matrix_header_get_n_columns (fixture->header) > 2 + position &&
         g_strcmp0 (gtk_label_get_label (
                      buntan_matrix_header_get_label (fixture->header, 2 + position)),
                    "ことり") == 0 &&
         g_strcmp0 (buntan_view_get_tooltip (
                      GTK_WIDGET (buntan_matrix_header_get_label (fixture->header, 2 + position))),
                    "株式会社ことり") == 0;
}

static gboolean
has_five_parties (gpointer data)
{
  Fixture *fixture = data;

  return buntan_matrix_header_get_n_columns (fixture->header) == 2 + 5 + 1;
}

static gboolean
list_scrolls_sideways (gpointer data)
{
  GtkAdjustment *hadjustment = data;

  return gtk_adjustment_get_upper (hadjustment) > gtk_adjustment_get_page_size (hadjustment) + 1;
}

/* Whether the list shows its columns moved to the left. */
static gboolean
list_scrolled (gpointer data)
{
  Fixture        *fixture = data;
  GtkWidget      *row = find_row (fixture);
  graphene_rect_t bounds;

  return row != NULL &&
         gtk_widget_compute_bounds (gtk_widget_get_first_child (row), GTK_WIDGET (fixture->view),
                                    &bounds) &&
         bounds.origin.x < -1;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = views_test_load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1366, 768);
  fixture->view = BUNTAN_MATRIX_VIEW (buntan_matrix_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  buntan_matrix_view_set_project (fixture->view, fixture->project);
  gtk_window_present (fixture->window);
  fixture->column_view = GTK_COLUMN_VIEW (
    views_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW, NULL));
  fixture->header = BUNTAN_MATRIX_HEADER (
    views_test_find_widget (GTK_WIDGET (fixture->view), BUNTAN_TYPE_MATRIX_HEADER, NULL));
  g_assert_nonnull (fixture->header);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

/* 項番, 項目, the parties, 状態: the parties by their short names, the
 * full names in the tooltip and for screen readers. */
static void
test_names (Fixture *fixture, gconstpointer data)
{
  GListModel *parties = buntan_project_get_parties (fixture->project);
  guint       n_parties = g_list_model_get_n_items (parties);
  GtkWidget  *own_header = gtk_widget_get_first_child (GTK_WIDGET (fixture->column_view));

  g_assert_true (views_test_wait_for (header_matches_columns, fixture));
  g_assert_cmpuint (n_parties, ==, 4);
  g_assert_cmpuint (buntan_matrix_header_get_n_columns (fixture->header), ==, 2 + n_parties + 1);
  /* GTK's own header row, which can carry neither, is hidden. */
  g_assert_false (gtk_widget_get_visible (own_header));

  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *short_name = buntan_party_dup_unique_short_name (party, parties);
      GtkLabel        *label = buntan_matrix_header_get_label (fixture->header, 2 + i);
      g_autofree char *problem = NULL;

      g_assert_cmpstr (short_name, !=, buntan_party_get_name (party));
      g_assert_cmpstr (gtk_label_get_label (label), ==, short_name);
      g_assert_cmpstr (buntan_view_get_tooltip (GTK_WIDGET (label)), ==,
                       buntan_party_get_name (party));
      problem =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            buntan_party_get_name (party));
      g_assert_null (problem);
      /* Readable: as strong as the text of the page, not the pale grey
       * of GTK's own headers. */
      g_assert_cmpfloat (gtk_widget_get_opacity (GTK_WIDGET (label)), ==, 1.0);
      g_assert_cmpfloat (color_alpha (label), >=, color_alpha (fixture->view));
      /* A cut name ends in “…”, never in a bare edge. */
      g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_END);
    }

  /* A renamed vendor's header follows. */
  buntan_party_set_name (buntan_project_find_party (fixture->project, "v2"), "株式会社ことり");
  g_assert_true (views_test_wait_for (header_reads_kotori, fixture));
}

/* Every header exactly as wide as its column and over it; in a window so
 * narrow that the list scrolls sideways too, before and after scrolling. */
static void
test_widths (Fixture *fixture, gconstpointer data)
{
  GtkScrolledWindow *scroller =
    GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (fixture->column_view)));
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (scroller);

  g_assert_true (views_test_wait_for (header_matches_columns, fixture));
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), <=,
                     gtk_adjustment_get_page_size (hadjustment));

  gtk_window_set_default_size (fixture->window, 700, 600);
  g_assert_true (views_test_wait_for (list_scrolls_sideways, hadjustment));
  g_assert_true (views_test_wait_for (header_matches_columns, fixture));

  gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_upper (hadjustment) -
                                           gtk_adjustment_get_page_size (hadjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (hadjustment), >, 0);
  g_assert_true (views_test_wait_for (list_scrolled, fixture));
  g_assert_true (views_test_wait_for (header_matches_columns, fixture));

  /* Wider numbers (P1 A-1) and one more column keep them in step. */
  buntan_matrix_view_set_include_part1 (fixture->view, TRUE);
  buntan_project_add_vendor (fixture->project, "新規ベンダー株式会社");
  g_assert_true (views_test_wait_for (has_five_parties, fixture));
  g_assert_true (views_test_wait_for (header_matches_columns, fixture));
  g_assert_cmpstr (gtk_label_get_label (buntan_matrix_header_get_label (fixture->header, 2 + 4)),
                   ==, "新規ベンダー");
}

int
main (int argc, char *argv[])
{
  /* The accessible labels are read back from GTK's test backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add ("/buntan/matrix-header/names", Fixture, NULL, fixture_set_up, test_names,
              fixture_tear_down);
  g_test_add ("/buntan/matrix-header/widths", Fixture, NULL, fixture_set_up, test_widths,
              fixture_tear_down);

  return g_test_run ();
}
