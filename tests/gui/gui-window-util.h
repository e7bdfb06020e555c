/* gui-window-util.h — what the window tests share: windows, pages, rows, files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "buntan-item-cell.h"
#include "buntan-part-page.h"
#include "buntan-test-gui.h"

G_BEGIN_DECLS

/* A window of @width × @height (the surface's size: without a window
 * manager the resize border lies inside it), presented and mapped. */
static inline BuntanWindow *
gui_window_new_sized (BuntanApplication *application, int width, int height)
{
  BuntanWindow *window = buntan_window_new (GTK_APPLICATION (application));
  GdkSurface   *surface;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (window)));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  GUI_TEST_WAIT (gdk_surface_get_width (surface) == width &&
                 gdk_surface_get_height (surface) == height);
  return window;
}

/* Wide enough for the detail pane beside the list (below about 1,430
 * pixels in English it folds away; tests/gui/test-small-window.c covers
 * that). */
static inline BuntanWindow *
gui_window_new (BuntanApplication *application)
{
  return gui_window_new_sized (application, 1560, 900);
}

static inline void
gui_set_flag_cb (gboolean *flag)
{
  *flag = TRUE;
}

/* Destroys @window and waits until it is gone (its project's changes count
 * as given up). */
static inline void
gui_window_destroy (BuntanWindow *window)
{
  gboolean       destroyed = FALSE;
  BuntanProject *project = buntan_window_get_project (window);

  if (project != NULL)
    buntan_project_set_is_modified (project, FALSE);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (gui_set_flag_cb), &destroyed);
  gtk_window_destroy (GTK_WINDOW (window));
  GUI_TEST_WAIT (destroyed);
}

/* Whether every page of @window shows its project: the pages out of view
 * get it after the first frame. */
static inline gboolean
gui_window_pages_show_project (BuntanWindow *window)
{
  BuntanProject *project = buntan_window_get_project (window);
  g_autoptr (GPtrArray) stacks = gui_test_find_all (window, ADW_TYPE_VIEW_STACK);
  g_autoptr (GListModel) pages =
    G_LIST_MODEL (adw_view_stack_get_pages (g_ptr_array_index (stacks, 0)));

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (pages, i);
      GObject *child = G_OBJECT (adw_view_stack_page_get_child (page));
      g_autoptr (BuntanProject) shown = NULL;

      g_object_get (child, "project", &shown, NULL);
      if (shown != project)
        return FALSE;
    }

  return TRUE;
}

/* Opens @path through "win.open-file" (read in the background) and waits
 * until every page shows the project. */
static inline BuntanProject *
gui_window_open (BuntanWindow *window, const char *path)
{
  BuntanProject *before = buntan_window_get_project (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", path));
  GUI_TEST_WAIT (buntan_window_get_project (window) != before);
  GUI_TEST_WAIT (gui_window_pages_show_project (window));
  return buntan_window_get_project (window);
}

static inline BuntanPartPage *
gui_show_part (BuntanWindow *window, guint part)
{
  AdwViewStack *stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);
  GtkWidget    *page;

  adw_view_stack_set_visible_child_name (stack, part == 1 ? "part1" : "part2");
  page = adw_view_stack_get_visible_child (stack);
  g_assert_true (BUNTAN_IS_PART_PAGE (page));
  g_assert_cmpuint (buntan_part_page_get_part (BUNTAN_PART_PAGE (page)), ==, part);
  return BUNTAN_PART_PAGE (page);
}

/* A cell of @type on screen in @page's list, for @item (any item if NULL). */
static inline BuntanItemCell *
gui_row_cell (BuntanPartPage *page, GType type, BuntanItem *item)
{
  GtkWidget *column_view = gui_test_find_visible (page, GTK_TYPE_COLUMN_VIEW);
  g_autoptr (GPtrArray) cells = gui_test_find_all (column_view, type);

  for (guint i = 0; i < cells->len; i++)
    {
      BuntanItemCell *cell = g_ptr_array_index (cells, i);
      BuntanItem     *shown = buntan_item_cell_get_item (cell);

      if (gtk_widget_get_mapped (GTK_WIDGET (cell)) && shown != NULL &&
          (item == NULL || shown == item))
        return cell;
    }

  return NULL;
}

/* Whether the button bound to @action is sensitive: it is exactly when the
 * action is enabled. */
static inline gboolean
gui_action_enabled (gpointer root, const char *action)
{
  g_autoptr (GPtrArray) found = gui_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (found, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return gtk_widget_get_sensitive (button);
    }

  g_error ("No button for %s", action);
}

/* The dot in the title: changes not saved yet. */
static inline gboolean
gui_title_marked (BuntanWindow *window)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• ");
}

/* The window tests' names for the shared helpers of tests/lib, which tests
 * on every branch call. */
#define gui_make_dir buntan_test_make_dir
#define gui_remove_dir buntan_test_remove_dir
#define gui_copy_file buntan_test_copy_file
#define gui_source_path buntan_test_source_path

G_END_DECLS
