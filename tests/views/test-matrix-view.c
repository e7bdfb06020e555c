/* test-matrix-view.c — the responsibility matrix preview shows and follows the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-matrix-view.h"
#include "buntan-view-util.h"
#include "views-test-util.h"

/* Columns: 項番, 項目, then the parties (hospital, v1, v2, v3), then 状態. */
enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_HOSPITAL,
  COLUMN_V1,
  COLUMN_V2,
  COLUMN_V3,
  COLUMN_STATUS,
};

typedef struct
{
  GtkWindow        *window;
  BuntanMatrixView *view;
  BuntanProject    *project;
  GtkColumnView    *column_view;
  char             *activated;
  BuntanMatrix     *matrix_before;
} Fixture;

static void
item_activated_cb (BuntanMatrixView *view, const char *item_id, Fixture *fixture)
{
  g_free (fixture->activated);
  fixture->activated = g_strdup (item_id);
}

static guint
n_rows (Fixture *fixture);

typedef struct
{
  Fixture *fixture;
  guint    n;
} RowsWait;

static gboolean
has_n_rows (gpointer data)
{
  RowsWait *wait = data;

  return n_rows (wait->fixture) == wait->n;
}

/* A list that starts again fills in batches while the main loop runs. */
static void
wait_for_rows (Fixture *fixture, guint n)
{
  RowsWait wait = { fixture, n };

  g_assert_true (views_test_wait_for (has_n_rows, &wait));
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = views_test_load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 1000);
  fixture->view = BUNTAN_MATRIX_VIEW (buntan_matrix_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  buntan_matrix_view_set_project (fixture->view, fixture->project);
  gtk_window_present (fixture->window);
  fixture->column_view = GTK_COLUMN_VIEW (
    views_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_COLUMN_VIEW, NULL));
  g_signal_connect (fixture->view, "item-activated", G_CALLBACK (item_activated_cb), fixture);
  wait_for_rows (fixture,
                 g_list_model_get_n_items (buntan_project_get_part_items (fixture->project, 2)));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_pointer (&fixture->activated, g_free);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

/* The widget a cell shows, found in the visible rows: the row whose 項番
 * cell reads @number. NULL while that row is not on screen. */
static GtkWidget *
find_cell_in (GtkWidget *widget, const char *number, guint column)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0 &&
      gtk_widget_get_first_child (widget) != NULL)
    {
      GtkWidget *cell = gtk_widget_get_first_child (widget);
      GtkWidget *label = gtk_widget_get_first_child (cell);

      if (GTK_IS_LABEL (label) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), number) == 0)
        {
          for (guint i = 0; i < column && cell != NULL; i++)
            cell = gtk_widget_get_next_sibling (cell);
          return cell != NULL ? gtk_widget_get_first_child (cell) : NULL;
        }
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_cell_in (child, number, column);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_cell (Fixture *fixture, const char *number, guint column)
{
  return find_cell_in (GTK_WIDGET (fixture->column_view), number, column);
}

static const char *
cell_text (Fixture *fixture, const char *number, guint column)
{
  GtkWidget *cell = find_cell (fixture, number, column);

  g_assert_true (GTK_IS_LABEL (cell));
  return gtk_label_get_label (GTK_LABEL (cell));
}

typedef struct
{
  Fixture    *fixture;
  const char *number;
  guint       column;
  const char *text;
} CellWait;

static gboolean
cell_is_shown (gpointer data)
{
  CellWait  *wait = data;
  GtkWidget *cell = find_cell (wait->fixture, wait->number, wait->column);

  return cell != NULL && (wait->text == NULL ||
                          g_strcmp0 (gtk_label_get_label (GTK_LABEL (cell)), wait->text) == 0);
}

static void
wait_for_cell (Fixture *fixture, const char *number, guint column, const char *text)
{
  CellWait wait = { fixture, number, column, text };

  g_assert_true (views_test_wait_for (cell_is_shown, &wait));
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (fixture->column_view)));
}

static void
test_rows_and_marks (Fixture *fixture, gconstpointer data)
{
  GListModel *columns = gtk_column_view_get_columns (fixture->column_view);
  g_autoptr (GtkColumnViewColumn) v2_column = NULL;

  g_assert_cmpuint (n_rows (fixture), ==,
                    g_list_model_get_n_items (buntan_project_get_part_items (fixture->project, 2)));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, COLUMN_STATUS + 1);
  v2_column = g_list_model_get_item (columns, COLUMN_V2);
  g_assert_cmpstr (gtk_column_view_column_get_title (v2_column), ==,
                   buntan_party_get_name (buntan_project_find_party (fixture->project, "v2")));

  wait_for_cell (fixture, "A-3", COLUMN_NUMBER, NULL);

  /* P2-A-3: v3 leads, the hospital and v2 support, v1 is kept informed. */
  g_assert_cmpstr (cell_text (fixture, "A-3", COLUMN_TITLE), ==,
                   buntan_item_get_title (buntan_project_find_item (fixture->project, "P2-A-3")));
  g_assert_cmpstr (cell_text (fixture, "A-3", COLUMN_HOSPITAL), ==, "○");
  g_assert_cmpstr (cell_text (fixture, "A-3", COLUMN_V1), ==, "△");
  g_assert_cmpstr (cell_text (fixture, "A-3", COLUMN_V2), ==, "○");
  g_assert_cmpstr (cell_text (fixture, "A-3", COLUMN_V3), ==, "◎");

  /* P2-A-1 is 各事業者（個別）: every vendor leads for its own system. */
  g_assert_cmpstr (cell_text (fixture, "A-1", COLUMN_HOSPITAL), ==, "");
  g_assert_cmpstr (cell_text (fixture, "A-1", COLUMN_V1), ==, "各");
  g_assert_cmpstr (cell_text (fixture, "A-1", COLUMN_V2), ==, "各");
  g_assert_cmpstr (cell_text (fixture, "A-1", COLUMN_V3), ==, "各");
  /* P2-B-4 is shared (共同): both sharers lead. */
  wait_for_cell (fixture, "B-4", COLUMN_NUMBER, NULL);
  g_assert_cmpstr (cell_text (fixture, "B-4", COLUMN_V2), ==, "◎");
  g_assert_cmpstr (cell_text (fixture, "B-4", COLUMN_V3), ==, "◎");
  g_assert_cmpstr (cell_text (fixture, "B-4", COLUMN_V1), ==, "△");
}

static GtkWidget *
find_label_with (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* △ and 各 in the cells, and a legend that names them and says who keeps
 * the overall responsibility. */
static void
test_informed_each_legend (Fixture *fixture, gconstpointer data)
{
  BuntanItem *informing = buntan_project_find_item (fixture->project, "P2-A-3");
  BuntanItem *each = buntan_project_find_item (fixture->project, "P2-A-1");
  GtkWidget  *legend = find_label_with (GTK_WIDGET (fixture->view), "◎ Lead");
  const char *text;

  g_assert_nonnull (legend);
  text = gtk_label_get_label (GTK_LABEL (legend));
  g_assert_nonnull (strstr (text, "△ Informed"));
  g_assert_nonnull (strstr (text, "各 Each vendor for its own system"));
  g_assert_nonnull (strstr (text, "The hospital keeps overall accountability"));

  buntan_item_set_informed_party (informing, "v1", TRUE);
  wait_for_cell (fixture, "A-3", COLUMN_V1, "△");
  g_assert_cmpstr (cell_text (fixture, "A-3", COLUMN_V3), ==, "◎");

  /* v1, v2 and v3 share P2-A-1: each for its own system now. */
  buntan_item_set_owner (each, BUNTAN_OWNER_EACH);
  wait_for_cell (fixture, "A-1", COLUMN_V1, "各");
  g_assert_cmpstr (cell_text (fixture, "A-1", COLUMN_V2), ==, "各");
  g_assert_cmpstr (cell_text (fixture, "A-1", COLUMN_HOSPITAL), ==, "");
}

static void
test_gaps (Fixture *fixture, gconstpointer data)
{
  GtkWidget *status;

  wait_for_cell (fixture, "A-7", COLUMN_NUMBER, NULL);

  /* P2-A-7 has no owner: a gap, shown as undecided. */
  g_assert_true (
    buntan_matrix_item_has_gap (buntan_matrix_view_get_matrix (fixture->view), "P2-A-7"));
  for (guint column = COLUMN_NUMBER; column <= COLUMN_STATUS; column++)
    g_assert_true (gtk_widget_has_css_class (find_cell (fixture, "A-7", column), "gap"));
  status = find_cell (fixture, "A-7", COLUMN_STATUS);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_first_child (status)));
  g_assert_nonnull (buntan_view_get_tooltip (status));

  /* P2-A-3 is settled. */
  for (guint column = COLUMN_NUMBER; column <= COLUMN_STATUS; column++)
    g_assert_false (gtk_widget_has_css_class (find_cell (fixture, "A-3", column), "gap"));
  g_assert_false (gtk_widget_get_visible (
    gtk_widget_get_first_child (find_cell (fixture, "A-3", COLUMN_STATUS))));
}

static gboolean
gap_class_gone (gpointer data)
{
  Fixture   *fixture = data;
  GtkWidget *cell = find_cell (fixture, "A-7", COLUMN_V1);

  return cell != NULL && !gtk_widget_has_css_class (cell, "gap");
}

static gboolean
has_one_more_column (gpointer columns)
{
  return g_list_model_get_n_items (columns) == COLUMN_STATUS + 2;
}

static void
test_follows_model (Fixture *fixture, gconstpointer data)
{
  BuntanItem *item = buntan_project_find_item (fixture->project, "P2-A-7");
  GListModel *columns = gtk_column_view_get_columns (fixture->column_view);
  g_autoptr (GtkColumnViewColumn) column = NULL;
  guint rows = n_rows (fixture);

  wait_for_cell (fixture, "A-7", COLUMN_V1, "");

  buntan_item_set_owner (item, "v1");
  wait_for_cell (fixture, "A-7", COLUMN_V1, "◎");
  g_assert_true (views_test_wait_for (gap_class_gone, fixture));
  /* The rows stayed (no rebuild of the list for a change of state). */
  g_assert_cmpuint (n_rows (fixture), ==, rows);

  /* A new vendor gets a column before 状態; a new name shows in its header. */
  buntan_project_add_vendor (fixture->project, "新規ベンダー");
  g_assert_true (views_test_wait_for (has_one_more_column, columns));
  column = g_list_model_get_item (columns, COLUMN_STATUS);
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, "新規ベンダー");
}

static void
test_part1 (Fixture *fixture, gconstpointer data)
{
  GtkWidget *check =
    views_test_find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_CHECK_BUTTON, NULL);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (buntan_matrix_view_get_include_part1 (fixture->view));
  wait_for_rows (fixture, g_list_model_get_n_items (buntan_project_get_items (fixture->project)));

  buntan_matrix_view_set_include_part1 (fixture->view, FALSE);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  wait_for_rows (fixture,
                 g_list_model_get_n_items (buntan_project_get_part_items (fixture->project, 2)));
}

static void
test_activate (Fixture *fixture, gconstpointer data)
{
  g_signal_emit_by_name (fixture->column_view, "activate", 2);
  g_assert_cmpstr (fixture->activated, ==, "P2-A-3");
}

static void
test_no_project (Fixture *fixture, gconstpointer data)
{
  buntan_matrix_view_set_project (fixture->view, NULL);
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (fixture->column_view)),
                    ==, 3);
  g_assert_null (buntan_matrix_view_get_matrix (fixture->view));
}

static gboolean
matrix_replaced (gpointer data)
{
  Fixture *fixture = data;

  return buntan_matrix_view_get_matrix (fixture->view) != fixture->matrix_before;
}

/* Measures; does not pass or fail on time. */
static void
test_large (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanItem) item = NULL;
  g_autoptr (GString) json = g_string_new (NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start;
  guint  n = 10000;

  /* Written out rather than added one by one: adding custom items looks at
   * every item each time. */
  g_string_append (json, "{\"format\": \"buntan-project\", \"version\": 1, \"title\": \"Large\", "
                         "\"parties\": ["
                         "{\"id\": \"hospital\", \"kind\": \"hospital\", \"name\": \"H\"}, "
                         "{\"id\": \"v1\", \"kind\": \"vendor\", \"name\": \"V\"}], \"items\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"P2-Z-%u\", \"part\": 2, \"section\": \"Z\", "
                            "\"number\": \"%u\", \"title\": \"Item %u\", "
                            "\"status\": \"open\", "
                            "\"owner\": %s, \"participants\": [%s]}",
                            i == 0 ? "" : ", ", i + 1, i + 1, i + 1,
                            i % 3 == 0 ? "\"hospital\"" : "null", i % 2 == 0 ? "\"v1\"" : "");
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  project = buntan_project_new_from_bytes (bytes, "large", &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  buntan_matrix_view_set_project (fixture->view, project);
  g_test_message ("showing %u items took %.1f ms", n, (g_get_monotonic_time () - start) / 1000.0);
  /* The first rows at once, the others in batches: never all at once. */
  g_assert_cmpuint (n_rows (fixture), >, 0);
  g_assert_cmpuint (n_rows (fixture), <, n);
  wait_for_rows (fixture, n);
  g_test_message ("and the whole list after %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  views_test_spin (50);

  item = g_list_model_get_item (buntan_project_get_items (project), 1);
  /* Held, so that a new matrix cannot reuse its address. */
  fixture->matrix_before = g_object_ref (buntan_matrix_view_get_matrix (fixture->view));
  start = g_get_monotonic_time ();
  buntan_item_set_owner (item, BUNTAN_HOSPITAL_ID);
  g_assert_true (views_test_wait_for (matrix_replaced, fixture));
  g_clear_object (&fixture->matrix_before);
  g_test_message ("a change showed after %.1f ms (%d ms of them waiting for more changes)",
                  (g_get_monotonic_time () - start) / 1000.0, BUNTAN_VIEW_REBUILD_DELAY_MS);
  g_assert_cmpuint (n_rows (fixture), ==, n);

  buntan_matrix_view_set_project (fixture->view, NULL);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

#define ADD(path, func)                                                                            \
  g_test_add ("/buntan/matrix-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows-and-marks", test_rows_and_marks);
  ADD ("gaps", test_gaps);
  ADD ("follows-model", test_follows_model);
  ADD ("part1", test_part1);
  ADD ("activate", test_activate);
  ADD ("no-project", test_no_project);
  ADD ("large", test_large);
  ADD ("informed-each-legend", test_informed_each_legend);
#undef ADD

  return g_test_run ();
}
