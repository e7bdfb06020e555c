/* buntan-meeting-window.c — the meeting's item on a second screen, for the room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-meeting-window.h"

/* The facilitator keeps the main window on the laptop and drags this one to
 * the projector. It shows whatever item the main window shows, from the
 * same project objects, so a change made there shows here at once; it
 * changes nothing itself. */

struct _BuntanMeetingWindow
{
  AdwWindow parent_instance;

  BuntanMeetingView *view;
  BuntanProject     *project; /* whose title the window shows */
};

G_DEFINE_FINAL_TYPE (BuntanMeetingWindow, buntan_meeting_window, ADW_TYPE_WINDOW)

static gboolean
toggle_fullscreen_cb (GtkWidget *widget, GVariant *arguments, gpointer user_data)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);

  return TRUE;
}

static void
view_leave_cb (BuntanMeetingWindow *self)
{
  gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
project_title_cb (BuntanMeetingWindow *self)
{
  BuntanProject   *project = buntan_meeting_view_get_project (self->view);
  g_autofree char *title = NULL;

  /* TRANSLATORS: the title of the presentation window: the project's name */
  title = g_strdup_printf (_ ("%s — Presentation"),
                           project != NULL ? buntan_project_get_title (project) : "Buntan");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
view_project_cb (BuntanMeetingWindow *self)
{
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, buntan_meeting_view_get_project (self->view));
  if (self->project != NULL)
    g_signal_connect_object (self->project, "notify::title", G_CALLBACK (project_title_cb), self,
                             G_CONNECT_SWAPPED);
  project_title_cb (self);
}

static void
buntan_meeting_window_dispose (GObject *object)
{
  BuntanMeetingWindow *self = (BuntanMeetingWindow *) object;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_meeting_window_parent_class)->dispose (object);
}

static void
buntan_meeting_window_class_init (BuntanMeetingWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_meeting_window_dispose;

  gtk_widget_class_add_binding (widget_class, GDK_KEY_F11, 0, toggle_fullscreen_cb, NULL);
}

static void
buntan_meeting_window_init (BuntanMeetingWindow *self)
{
  self->view = buntan_meeting_view_new (TRUE);
  g_signal_connect_object (self->view, "leave", G_CALLBACK (view_leave_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::project", G_CALLBACK (view_project_cb), self,
                           G_CONNECT_SWAPPED);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->view));
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->view));
}

/**
 * buntan_meeting_window_new:
 * @application: (nullable): the application
 * @project: the project to show
 *
 * Returns: (transfer none): a new presentation window; set its view's item
 *   (buntan_meeting_window_get_view()) to show one
 */
BuntanMeetingWindow *
buntan_meeting_window_new (GtkApplication *application, BuntanProject *project)
{
  BuntanMeetingWindow *self;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self = g_object_new (BUNTAN_TYPE_MEETING_WINDOW, "application", application, NULL);
  buntan_meeting_view_set_project (self->view, project);

  return self;
}

/**
 * buntan_meeting_window_get_view:
 * @self: a presentation window
 *
 * Returns: (transfer none): the view it shows, in follow mode
 */
BuntanMeetingView *
buntan_meeting_window_get_view (BuntanMeetingWindow *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_WINDOW (self), NULL);

  return self->view;
}
