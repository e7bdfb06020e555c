/* test-fold.c — the Part page drawn whole when the detail pane folds and unfolds
 *
 * With the cairo renderer and animations on (as a user has them), on a screen
 * of 960×540 logical pixels (meson's gui-fold: 960×540, and 1920×1080 at
 * GDK_SCALE=2) the window starting as the application starts it — the file
 * given before the window is shown, the size from the settings (larger than
 * the screen) — came up blank with "Trying to snapshot GtkStack … without a
 * current allocation": the list's sideways scrollbar came and went while the
 * pane folded, in the middle of the layout. gui-fold-resize (a wide screen)
 * folds and unfolds a window by resizing it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-split-pane.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static guint              unallocated_snapshots;

/* Counts GTK's complaint about drawing a widget it has not laid out; every
 * message still goes where it would have gone. */
static GLogWriterOutput
count_unallocated_writer (GLogLevelFlags   level,
                          const GLogField *fields,
                          gsize            n_fields,
                          gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
        strstr (fields[i].value, "without a current allocation") != NULL)
      {
        unallocated_snapshots++;
        /* Counted, and the test says so itself: not fatal here. */
        return g_log_writer_default (G_LOG_LEVEL_MESSAGE, fields, n_fields, user_data);
      }

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static gboolean
any_widget (GtkWidget *widget)
{
  return TRUE;
}

/* The mapped inscription showing @text under @root, or NULL. */
static GtkWidget *
find_mapped_text (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) found = gui_test_find_all (root, GTK_TYPE_INSCRIPTION);

  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *inscription = g_ptr_array_index (found, i);

      if (gtk_widget_get_mapped (inscription) &&
          g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (inscription)), text) == 0)
        return inscription;
    }

  return NULL;
}

static gboolean
window_shows_project (BuntanWindow *window)
{
  return buntan_window_get_project (window) != NULL && gui_window_pages_show_project (window);
}

static void
test_small_screen_start (void)
{
  g_autofree char *sample_path = gui_source_path ("data", "examples", "sample.buntan", NULL);
  g_autoptr (GFile) sample = g_file_new_for_path (sample_path);
  BuntanWindow    *window = buntan_window_new (GTK_APPLICATION (application));
  BuntanPartPage  *page;
  BuntanSplitPane *split;
  GtkWidget       *column_view;
  GtkWidget       *title = NULL;
  BuntanItem      *first;

  /* What BuntanApplication's open does. */
  buntan_window_open_file (window, sample);
  gtk_window_present (GTK_WINDOW (window));
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (window)));
  GUI_TEST_WAIT (window_shows_project (window));

  page = gui_show_part (window, 2);
  split = gui_test_find_first (page, BUNTAN_TYPE_SPLIT_PANE, any_widget);
  column_view = gui_test_find_first (page, GTK_TYPE_COLUMN_VIEW, any_widget);
  first = buntan_project_find_item (buntan_window_get_project (window), "P2-A-1");
  g_test_message ("window %d×%d, page %d px, fold below %d px",
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)),
                  gtk_widget_get_width (GTK_WIDGET (page)),
                  buntan_split_pane_get_fold_width (split));

  /* The screen is narrower than the list and the pane together. */
  GUI_TEST_WAIT (buntan_split_pane_get_folded (split));
  g_assert_false (buntan_split_pane_get_reveal_pane (split));
  /* A few frames for the fold to be laid out and drawn. */
  gui_test_spin (300);

  /* The list is laid out and on screen: the first row's title has a size. */
  GUI_TEST_WAIT ((title = find_mapped_text (column_view, buntan_item_get_title (first))) != NULL &&
                 gtk_widget_get_width (title) > 0 && gtk_widget_get_height (title) > 0);
  g_assert_true (gtk_widget_get_mapped (column_view));
  g_assert_cmpint (gtk_widget_get_width (column_view), >, 0);
  g_assert_cmpint (gtk_widget_get_height (column_view), >, 0);

  /* Narrower than every column, the list lets the last ones go rather than
   * scroll sideways (tests/gui/test-layout.c checks the column widths; this
   * is what the list makes of them). */
  {
    GtkWidget     *scroller = gtk_widget_get_ancestor (column_view, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *sideways =
      scroller != NULL ? gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller))
                       : gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (column_view));

    GUI_TEST_WAIT (gtk_adjustment_get_upper (sideways) <= gtk_adjustment_get_page_size (sideways));
  }
  /* Nothing was drawn without its layout. */
  g_assert_cmpuint (unallocated_snapshots, ==, 0);
  g_assert_true (gtk_widget_get_mapped (title));

  gui_window_destroy (window);
}

/* A window wide enough for the pane beside the list, made narrow and wide
 * again: the pane folds and unfolds after the frame that found the new
 * width, animated. */
static void
test_resize_across_fold (void)
{
  g_autofree char *sample_path = gui_source_path ("data", "examples", "sample.buntan", NULL);
  g_autoptr (GFile) sample = g_file_new_for_path (sample_path);
  BuntanWindow    *window = buntan_window_new (GTK_APPLICATION (application));
  BuntanPartPage  *page;
  BuntanSplitPane *split;
  GtkWidget       *column_view;
  BuntanItem      *first;

  gtk_window_set_default_size (GTK_WINDOW (window), 1560, 900);
  buntan_window_open_file (window, sample);
  gtk_window_present (GTK_WINDOW (window));
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (window)));
  GUI_TEST_WAIT (window_shows_project (window));
  page = gui_show_part (window, 2);
  split = gui_test_find_first (page, BUNTAN_TYPE_SPLIT_PANE, any_widget);
  column_view = gui_test_find_first (page, GTK_TYPE_COLUMN_VIEW, any_widget);
  first = buntan_project_find_item (buntan_window_get_project (window), "P2-A-1");
  GUI_TEST_WAIT (gtk_widget_get_width (GTK_WIDGET (split)) >=
                 buntan_split_pane_get_fold_width (split));
  g_assert_false (buntan_split_pane_get_folded (split));

  for (guint i = 0; i < 3; i++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 960, 540);
      GUI_TEST_WAIT (buntan_split_pane_get_folded (split));
      gui_test_spin (500);
      GUI_TEST_WAIT (find_mapped_text (column_view, buntan_item_get_title (first)) != NULL);
      g_assert_cmpuint (unallocated_snapshots, ==, 0);

      gtk_window_set_default_size (GTK_WINDOW (window), 1560, 900);
      GUI_TEST_WAIT (!buntan_split_pane_get_folded (split));
      gui_test_spin (500);
      GUI_TEST_WAIT (find_mapped_text (column_view, buntan_item_get_title (first)) != NULL);
      g_assert_cmpuint (unallocated_snapshots, ==, 0);
    }

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  int result;

  g_log_set_writer_func (count_unallocated_writer, NULL, NULL);
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/fold/small-screen-start", test_small_screen_start);
  g_test_add_func ("/buntan/fold/resize-across-fold", test_resize_across_fold);

  result = g_test_run ();
  g_object_unref (application);
  return result;
}
