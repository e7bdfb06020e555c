/* buntan-window-meeting.c — the window in meeting mode, and the presentation window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-meeting-start-dialog.h"
#include "buntan-meeting-view.h"
#include "buntan-meeting-walk.h"
#include "buntan-meeting-window.h"
#include "buntan-window-private.h"

/* Meeting mode is a page of the window's main stack: the window goes full
 * screen without its header, shows one item at a time, and comes back to
 * the page it left with the last item selected. The presentation window is
 * a second, read-only view of the same project that follows the item the
 * facilitator is on, in meeting mode or not. */

#define MEETING_PAGE "meeting"

static void
view_leave_cb (BuntanWindow *self);
static void
sync_presentation (BuntanWindow *self);

/* Built the first time a meeting, a presentation or a test needs it, not
 * with the window. */
static BuntanMeetingView *
meeting_view (BuntanWindow *self)
{
  if (self->meeting_view == NULL)
    {
      GtkWidget *view = GTK_WIDGET (buntan_meeting_view_new (FALSE));

      self->meeting_view = view;
      gtk_stack_add_named (self->main_stack, view, MEETING_PAGE);
      g_signal_connect_object (view, "leave", G_CALLBACK (view_leave_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view, "notify::item", G_CALLBACK (sync_presentation), self,
                               G_CONNECT_SWAPPED);
      buntan_meeting_view_set_overview (BUNTAN_MEETING_VIEW (view), self->overview);
    }

  return BUNTAN_MEETING_VIEW (self->meeting_view);
}

static gboolean
in_meeting (BuntanWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), MEETING_PAGE) == 0;
}

/* The item the room should see: the meeting's, or the one selected on the
 * Part page in view; NULL on the other pages (the room keeps the last one). */
static BuntanItem *
facilitator_item (BuntanWindow *self)
{
  BuntanPartPage *page;

  if (in_meeting (self))
    return buntan_meeting_view_get_item (meeting_view (self));

  page = _buntan_window_get_visible_part (self);
  return page != NULL ? buntan_part_page_get_selected_item (page) : NULL;
}

static void
sync_presentation (BuntanWindow *self)
{
  BuntanItem *item;

  if (self->present_window == NULL)
    return;

  item = facilitator_item (self);
  if (item != NULL)
    buntan_meeting_view_set_item (buntan_meeting_window_get_view (
                                    BUNTAN_MEETING_WINDOW (self->present_window)),
                                  item);
}

static void
update_meeting_actions (BuntanWindow *self)
{
  gboolean has_project = self->project != NULL;
  gboolean meeting = in_meeting (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.meeting", has_project && !meeting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-meeting", has_project && !meeting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-meeting", meeting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", has_project);
}

static void
enter_meeting (BuntanWindow      *self,
               const char        *walk,
               const char *const *attendees,
               const char *const *parties)
{
  BuntanMeetingView *view = meeting_view (self);
  BuntanPartPage    *page = _buntan_window_get_visible_part (self);
  BuntanItem        *selected = page != NULL ? buntan_part_page_get_selected_item (page) : NULL;

  if (self->project == NULL || in_meeting (self))
    return;

  g_free (self->meeting_return_page);
  self->meeting_return_page = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));

  buntan_meeting_set_parties (buntan_project_start_meeting (self->project, attendees), parties);
  buntan_meeting_view_set_overview (view, self->overview);
  /* The meeting goes on from the item selected, when the walk holds it. */
  buntan_meeting_view_set_item (view, selected);
  buntan_meeting_view_set_walk (view,
                                walk != NULL && *walk != '\0' ? walk : BUNTAN_MEETING_WALK_PART2);

  gtk_widget_set_visible (self->header_bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, MEETING_PAGE);
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->meeting_view);

  update_meeting_actions (self);
  sync_presentation (self);
}

static void
leave_meeting (BuntanWindow *self)
{
  BuntanMeetingView *view = meeting_view (self);
  BuntanProject     *project = buntan_meeting_view_get_project (view);
  BuntanItem        *item = buntan_meeting_view_get_item (view);

  if (!in_meeting (self))
    return;

  /* The view may still show a project the window has just replaced. */
  if (project != NULL)
    buntan_project_end_meeting (project);

  gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_widget_set_visible (self->header_bar, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, self->project != NULL ? "project" : "empty");

  if (self->project != NULL && self->meeting_return_page != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, self->meeting_return_page);

  /* The item ended on is selected; from a Part page, the item's own Part
   * page shows it. */
  if (self->project != NULL && project == self->project && item != NULL)
    {
      if (_buntan_window_get_visible_part (self) != NULL)
        buntan_window_show_item (self, buntan_item_get_id (item));
      else
        buntan_part_page_select_item (_buntan_window_get_part_page (self,
                                                                    buntan_item_get_part (item)),
                                      item);
    }

  update_meeting_actions (self);
  sync_presentation (self);
}

static void
start_response_cb (BuntanMeetingStartDialog *dialog, const char *response, BuntanWindow *self)
{
  g_auto (GStrv) attendees = NULL;
  g_auto (GStrv) parties = NULL;

  if (g_strcmp0 (response, "start") != 0)
    return;

  attendees = buntan_meeting_start_dialog_dup_attendees (dialog);
  parties = buntan_meeting_start_dialog_dup_parties (dialog);
  enter_meeting (self, buntan_meeting_start_dialog_get_walk (dialog),
                 (const char *const *) attendees, (const char *const *) parties);
}

static void
meeting_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow             *self = BUNTAN_WINDOW (widget);
  BuntanMeetingStartDialog *dialog;

  if (self->project == NULL || in_meeting (self))
    return;

  dialog = buntan_meeting_start_dialog_new (GTK_WINDOW (self), self->project,
                                            buntan_meeting_view_get_walk (meeting_view (self)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_response_cb), self, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (_buntan_window_close_dialog_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The twin of "win.meeting" without the dialog, for scripts and tests:
 * ("walk", ["attendee", …]). */
static void
start_meeting_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  g_autofree const char **attendees = NULL;
  const char             *walk;

  g_variant_get (parameter, "(&s^a&s)", &walk, &attendees);
  enter_meeting (BUNTAN_WINDOW (widget), walk, attendees, NULL);
}

static void
leave_meeting_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  leave_meeting (BUNTAN_WINDOW (widget));
}

static void
present_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow        *self = BUNTAN_WINDOW (widget);
  BuntanMeetingWindow *window;
  BuntanMeetingView   *view;

  if (self->project == NULL)
    return;

  if (self->present_window == NULL)
    {
      window =
        buntan_meeting_window_new (gtk_window_get_application (GTK_WINDOW (self)), self->project);
      view = buntan_meeting_window_get_view (window);
      /* The room sees the risks when the facilitator shows them, and the
       * same walk and progress. */
      g_object_bind_property (meeting_view (self), "show-guidance", view, "show-guidance",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (meeting_view (self), "walk", view, "walk", G_BINDING_SYNC_CREATE);
      self->present_window = GTK_WIDGET (window);
      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->present_window);
      sync_presentation (self);
    }

  gtk_window_present (GTK_WINDOW (self->present_window));
}

static void
view_leave_cb (BuntanWindow *self)
{
  leave_meeting (self);
}

static void
project_cb (BuntanWindow *self)
{
  BuntanProject *shown =
    self->meeting_view != NULL ? buntan_meeting_view_get_project (meeting_view (self)) : NULL;

  /* Another project opened in the middle of a meeting: that meeting ends. */
  if (self->meeting_view != NULL && shown != self->project)
    {
      leave_meeting (self);
      buntan_meeting_view_set_overview (meeting_view (self), self->overview);
    }

  if (self->present_window != NULL)
    {
      if (self->project != NULL)
        buntan_meeting_view_set_overview (buntan_meeting_window_get_view (
                                            BUNTAN_MEETING_WINDOW (self->present_window)),
                                          self->overview);
      else
        gtk_window_destroy (GTK_WINDOW (self->present_window));
    }

  update_meeting_actions (self);
  sync_presentation (self);
}

static void
destroy_cb (BuntanWindow *self)
{
  /* The room's window has no use without the facilitator's. */
  if (self->present_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->present_window));
  g_clear_pointer (&self->meeting_return_page, g_free);
}

void
_buntan_window_class_init_meeting (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child_full (widget_class, "header_bar", FALSE,
                                             G_STRUCT_OFFSET (BuntanWindow, header_bar));

  gtk_widget_class_install_action (widget_class, "win.meeting", NULL, meeting_action);
  gtk_widget_class_install_action (widget_class, "win.start-meeting", "(sas)",
                                   start_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.leave-meeting", NULL, leave_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
}

void
_buntan_window_init_meeting (BuntanWindow *self)
{
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (sync_presentation), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::project", G_CALLBACK (project_cb), NULL);
  g_signal_connect (self, "destroy", G_CALLBACK (destroy_cb), NULL);

  update_meeting_actions (self);
}

/* The Part pages are built with the window's first project. */
void
_buntan_window_meeting_watch_page (BuntanWindow *self, BuntanPartPage *page)
{
  g_signal_connect_object (page, "notify::selected-item", G_CALLBACK (sync_presentation), self,
                           G_CONNECT_SWAPPED);
}

/**
 * _buntan_window_end_meeting:
 * @self: a window
 *
 * Ends the meeting that goes on, as leaving meeting mode does. Called before
 * the window asks about unsaved changes on closing, quitting or opening
 * another project, so that what is saved then has the meeting's end time.
 */
void
_buntan_window_end_meeting (BuntanWindow *self)
{
  leave_meeting (self);
}

/**
 * _buntan_window_get_meeting_view:
 * @self: a window
 *
 * Returns: (transfer none): the view of meeting mode (shown or not)
 */
GtkWidget *
_buntan_window_get_meeting_view (BuntanWindow *self)
{
  return GTK_WIDGET (meeting_view (self));
}

/**
 * _buntan_window_get_present_window:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the presentation window, if open
 */
GtkWidget *
_buntan_window_get_present_window (BuntanWindow *self)
{
  return self->present_window;
}
