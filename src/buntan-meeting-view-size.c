/* buntan-meeting-view-size.c — the meeting view's type, scaled to the zoom and the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-meeting-view-private.h"

/* The size classes of buntan-meeting.css; the default zoom is size-8 on a
 * 1920×1080 screen, and up to four sizes smaller on smaller ones. */
#define N_SIZES 12
#define MAX_FIT_STEPS 4
#define MAX_GROW_STEPS 3
#define FULL_HD_WIDTH 1920.0
#define FULL_HD_HEIGHT 1080.0

/* Shows the size class for the zoom and the view's size. */
void
_buntan_meeting_view_update_size (BuntanMeetingView *self)
{
  int size = (int) self->zoom + (N_SIZES - BUNTAN_MEETING_VIEW_N_ZOOMS) - self->fit_steps;
  g_autofree char *old_class = NULL;
  g_autofree char *new_class = NULL;

  size = CLAMP (size, 0, N_SIZES + MAX_GROW_STEPS - 1);
  if ((guint) size == self->size)
    return;

  old_class = g_strdup_printf ("size-%u", self->size);
  new_class = g_strdup_printf ("size-%d", size);
  gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
  gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
  self->size = (guint) size;
}

static gboolean
fit_idle_cb (gpointer data)
{
  BuntanMeetingView *self = data;

  self->fit_idle_id = 0;
  _buntan_meeting_view_update_size (self);
  return G_SOURCE_REMOVE;
}

/* The same picture on any screen: a projector of 1024×768 shows what one of
 * 1920×1080 shows, in proportionally smaller type, a 3840×2160 screen in
 * larger type. */
static int
fit_steps_for (int width, int height)
{
  double scale = MIN (width / FULL_HD_WIDTH, height / FULL_HD_HEIGHT);

  if (scale >= 1.8)
    return -MAX_GROW_STEPS;
  if (scale >= 1.4)
    return -2;
  if (scale >= 1.15)
    return -1;
  if (scale >= 0.93)
    return 0;
  if (scale >= 0.82)
    return 1;
  if (scale >= 0.70)
    return 2;
  if (scale >= 0.60)
    return 3;
  return MAX_FIT_STEPS;
}

static void
buntan_meeting_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  GtkWidget         *child = gtk_widget_get_first_child (widget);
  int                steps = fit_steps_for (width, height);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* A new style now would change sizes in the middle of the allocation. */
  if (steps != self->fit_steps)
    {
      self->fit_steps = steps;
      if (self->fit_idle_id == 0)
        self->fit_idle_id = g_idle_add (fit_idle_cb, self);
    }
}

void
_buntan_meeting_view_class_init_size (GtkWidgetClass *widget_class)
{
  widget_class->get_request_mode = buntan_view_first_child_request_mode;
  widget_class->measure = buntan_view_measure_first_child;
  widget_class->size_allocate = buntan_meeting_view_size_allocate;
}
