/* buntan-meeting-view.h — one item at a time in large type, driven from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MEETING_VIEW (buntan_meeting_view_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMeetingView, buntan_meeting_view, BUNTAN, MEETING_VIEW, GtkWidget)

/* The number of zoom steps and the one the view starts at. */
#define BUNTAN_MEETING_VIEW_N_ZOOMS 8
#define BUNTAN_MEETING_VIEW_DEFAULT_ZOOM 4

/*
 * Every key is an action of the view ("meeting.*"), so tests and menus can
 * do what a key does:
 *   meeting.next, meeting.previous        move through the walk, wrapping around
 *   meeting.owner (i)                      0: undecided; n: the n-th party
 *   meeting.joint                          owner "joint" (the owner so far shares it)
 *   meeting.participant (i)                toggle the n-th party as participant
 *   meeting.status-cycle, meeting.agree    status
 *   meeting.first-check (s)                "yes" or "no", dated today
 *   meeting.edit-clause, meeting.edit-note, meeting.finish-edit
 *   meeting.next-gap                       the next item the checks find open
 *   meeting.walk (s), meeting.walk-cycle   which items (see buntan-meeting-walk.h)
 *   meeting.toggle-guidance                risk and recommended practice
 *   meeting.zoom-in, meeting.zoom-out, meeting.zoom-reset
 *   meeting.leave                          emits ::leave
 * In follow mode (a presentation screen) only the guidance and zoom act.
 */

BuntanMeetingView *
buntan_meeting_view_new (gboolean follow);
BuntanProject *
buntan_meeting_view_get_project (BuntanMeetingView *self);
void
buntan_meeting_view_set_project (BuntanMeetingView *self, BuntanProject *project);
void
buntan_meeting_view_set_overview (BuntanMeetingView *self, BuntanOverview *overview);
BuntanItem *
buntan_meeting_view_get_item (BuntanMeetingView *self);
void
buntan_meeting_view_set_item (BuntanMeetingView *self, BuntanItem *item);
const char *
buntan_meeting_view_get_walk (BuntanMeetingView *self);
void
buntan_meeting_view_set_walk (BuntanMeetingView *self, const char *walk);
guint
buntan_meeting_view_get_n_walk_items (BuntanMeetingView *self);
BuntanItem *
buntan_meeting_view_get_walk_item (BuntanMeetingView *self, guint position);
gboolean
buntan_meeting_view_get_follow (BuntanMeetingView *self);
gboolean
buntan_meeting_view_get_show_guidance (BuntanMeetingView *self);
void
buntan_meeting_view_set_show_guidance (BuntanMeetingView *self, gboolean show_guidance);
guint
buntan_meeting_view_get_zoom (BuntanMeetingView *self);
void
buntan_meeting_view_set_zoom (BuntanMeetingView *self, guint zoom);
gboolean
buntan_meeting_view_get_editing (BuntanMeetingView *self);
char *
buntan_meeting_view_dup_progress (BuntanMeetingView *self);

GtkWindow *
buntan_meeting_view_get_vendor_chooser (BuntanMeetingView *self);

G_END_DECLS
