/* buntan-meeting-view-private.h — what the meeting view's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-core.h"
#include "buntan-meeting-view.h"
#include "buntan-view-util.h"

G_BEGIN_DECLS

typedef enum
{
  EDIT_NONE,
  EDIT_CLAUSE,
  EDIT_NOTE,
} EditField;

struct _BuntanMeetingView
{
  GtkWidget parent_instance;

  BuntanProject *project;
  /* The counts of the progress line and the current item's gap: refreshed
   * once a burst of changes is over. */
  BuntanViewWatch watch;
  BuntanOverview *overview; /* the window's, or one of its own */
  guint           n_agreed;
  guint           n_gaps;

  char       *walk;
  GPtrArray  *items; /* the walk, fixed when it starts */
  BuntanItem *item;
  gboolean    follow;
  gboolean    show_guidance;
  guint       zoom;
  int         fit_steps; /* how much smaller than 1920×1080 the view is (< 0: larger) */
  guint       size;      /* the size class shown */
  guint       fit_idle_id;
  EditField   editing;
  /* Asks whose answer a Y/N is, while it is open (weak). */
  GtkWindow *vendor_chooser;

  GtkLabel          *number_label;
  GtkLabel          *progress_label;
  GtkLabel          *title_label;
  GtkLabel          *gap_label;
  GtkStack          *content_stack;
  GtkScrolledWindow *text_scroller;
  GtkLabel          *content_label;
  GtkWidget         *guidance_box;
  GtkLabel          *risk_label;
  GtkLabel          *recommended_label;
  GtkLabel          *owner_label;
  GtkBox            *parties_box;
  GtkLabel          *status_label;
  GtkLabel          *first_check_label;
  GtkLabel          *first_check_previous_label;
  GtkBox            *vendor_checks_box;
  GtkLabel          *clause_label;
  GtkEntry          *clause_entry;
  GtkLabel          *note_label;
  GtkTextView       *note_view;
  GtkFlowBox        *legend_box;
  AdwStatusPage     *empty_page;
};

/* buntan-meeting-view.c */
int
_buntan_meeting_view_walk_position (BuntanMeetingView *self);
void
_buntan_meeting_view_notify_editing (BuntanMeetingView *self);
void
_buntan_meeting_view_emit_leave (BuntanMeetingView *self);

/* buntan-meeting-view-display.c */
void
_buntan_meeting_view_update_item (BuntanMeetingView *self);
void
_buntan_meeting_view_update_legend (BuntanMeetingView *self);

/* buntan-meeting-view-size.c */
void
_buntan_meeting_view_class_init_size (GtkWidgetClass *widget_class);
void
_buntan_meeting_view_update_size (BuntanMeetingView *self);

/* buntan-meeting-view-actions.c */
void
_buntan_meeting_view_class_init_actions (GtkWidgetClass *widget_class);
void
_buntan_meeting_view_init_actions (BuntanMeetingView *self);
void
_buntan_meeting_view_update_actions (BuntanMeetingView *self);
void
_buntan_meeting_view_finish_editing (BuntanMeetingView *self);
GStrv
_buntan_meeting_view_dup_answering_vendors (BuntanMeetingView *self);

G_END_DECLS
