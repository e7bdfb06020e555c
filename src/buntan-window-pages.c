/* buntan-window-pages.c — the window's part pages: made when needed, given the project when shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-matrix-view.h"
#include "buntan-summary-view.h"
#include "buntan-window-private.h"

static BuntanMatrix *
current_matrix (BuntanWindow *self)
{
  return self->overview != NULL ? buntan_overview_get_matrix (self->overview) : NULL;
}

static GPtrArray *
current_warnings (BuntanWindow *self)
{
  return self->overview != NULL ? buntan_overview_get_warnings (self->overview) : NULL;
}

void
_buntan_window_overview_changed_cb (BuntanWindow *self)
{
  /* A page not given the project yet (_buntan_window_give_project()) gets the matrix with
   * it. */
  for (guint part = 1; part <= 2 && self->part1_page != NULL; part++)
    {
      BuntanPartPage *page = part == 1 ? self->part1_page : self->part2_page;

      if (buntan_part_page_get_project (page) == self->project)
        {
          buntan_part_page_set_matrix (page, current_matrix (self));
          buntan_part_page_set_warnings (page, current_warnings (self));
        }
    }
}

/* Shows the window's project on @page, if it does not yet. */
void
_buntan_window_give_project (BuntanWindow *self, GtkWidget *page)
{
  if (BUNTAN_IS_PART_PAGE (page))
    {
      if (buntan_part_page_get_project (BUNTAN_PART_PAGE (page)) == self->project)
        return;
      buntan_part_page_set_project (BUNTAN_PART_PAGE (page), self->project);
      buntan_part_page_set_matrix (BUNTAN_PART_PAGE (page), current_matrix (self));
      buntan_part_page_set_warnings (BUNTAN_PART_PAGE (page), current_warnings (self));
    }
  else if (BUNTAN_IS_MATRIX_VIEW (page))
    buntan_matrix_view_set_overview (BUNTAN_MATRIX_VIEW (page), self->overview);
  else if (BUNTAN_IS_SUMMARY_VIEW (page))
    buntan_summary_view_set_overview (BUNTAN_SUMMARY_VIEW (page), self->overview);
}

void
_buntan_window_give_project_to_all (BuntanWindow *self)
{
  if (self->part1_page == NULL)
    return;

  _buntan_window_give_project (self, GTK_WIDGET (self->part1_page));
  _buntan_window_give_project (self, GTK_WIDGET (self->part2_page));
  _buntan_window_give_project (self, self->matrix_view);
  _buntan_window_give_project (self, self->summary_view);
}

static void
fill_pages_cb (GdkFrameClock *clock, BuntanWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, fill_pages_cb, self);
  self->fill_clock = NULL;
  _buntan_window_give_project_to_all (self);
}

void
_buntan_window_fill_pages_later (BuntanWindow *self);

static void
fill_pages_mapped_cb (BuntanWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, fill_pages_mapped_cb, NULL);
  _buntan_window_fill_pages_later (self);
}

/* The view stack measures every page, shown or not: the pages out of view
 * get the project once the first frame with the page in view is painted,
 * and a page the user turns to before that gets it at once
 * (visible_page_changed_cb()). */
void
_buntan_window_fill_pages_later (BuntanWindow *self)
{
  GdkFrameClock *clock;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_signal_handlers_disconnect_by_func (self, fill_pages_mapped_cb, NULL);
      g_signal_connect (self, "map", G_CALLBACK (fill_pages_mapped_cb), NULL);
      return;
    }

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  /* Compared, never used: a window unmapped meanwhile has a new clock. */
  if (self->fill_clock == clock)
    return;

  self->fill_clock = clock;
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (fill_pages_cb), self, 0);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
selected_item_changed_cb (BuntanWindow *self)
{
  _buntan_window_update_actions (self);
}

static void
item_activated_cb (BuntanWindow *self, const char *item_id)
{
  buntan_window_show_item (self, item_id);
}

static void
add_page (BuntanWindow *self,
          GtkWidget    *child,
          const char   *name,
          const char   *title,
          const char   *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, child, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
}

static BuntanPartPage *
part_page_new (BuntanWindow *self, guint part)
{
  BuntanPartPage *page = g_object_new (BUNTAN_TYPE_PART_PAGE, "part", part, NULL);

  g_signal_connect_object (page, "notify::selected-item", G_CALLBACK (selected_item_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _buntan_window_meeting_watch_page (self, page);
  return page;
}

/* The project's pages are most of what the window is made of: built with
 * the first project, not with the window, so the window maps sooner and an
 * empty one never builds them. */
void
_buntan_window_ensure_pages (BuntanWindow *self)
{
  if (self->part1_page != NULL)
    return;

  self->part1_page = part_page_new (self, 1);
  self->part2_page = part_page_new (self, 2);
  self->matrix_view = buntan_matrix_view_new ();
  self->summary_view = buntan_summary_view_new ();
  g_signal_connect_object (self->matrix_view, "item-activated", G_CALLBACK (item_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->summary_view, "item-activated", G_CALLBACK (item_activated_cb),
                           self, G_CONNECT_SWAPPED);

  add_page (self, GTK_WIDGET (self->part1_page), "part1", _ ("Part 1"),
            "view-list-bullet-symbolic");
  add_page (self, GTK_WIDGET (self->part2_page), "part2", _ ("Part 2"),
            "view-list-ordered-symbolic");
  add_page (self, self->matrix_view, "matrix", _ ("Responsibility matrix"), "view-grid-symbolic");
  add_page (self, self->summary_view, "summary", _ ("Summary"), "x-office-spreadsheet-symbolic");
}

/**
 * _buntan_window_get_part_page:
 * @self: a window showing a project
 * @part: 1 or 2
 *
 * Returns: (transfer none): the page of Part @part, showing the project
 *   even when it is not in view
 */
BuntanPartPage *
_buntan_window_get_part_page (BuntanWindow *self, guint part)
{
  BuntanPartPage *page = part == 1 ? self->part1_page : self->part2_page;

  g_return_val_if_fail (page != NULL, NULL);

  _buntan_window_give_project (self, GTK_WIDGET (page));
  return page;
}

/**
 * _buntan_window_get_visible_part:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the Part page in view, if a Part is
 */
BuntanPartPage *
_buntan_window_get_visible_part (BuntanWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  if (self->project == NULL || !BUNTAN_IS_PART_PAGE (child))
    return NULL;

  return BUNTAN_PART_PAGE (child);
}
