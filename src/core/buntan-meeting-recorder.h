/* buntan-meeting-recorder.h — the meetings of a project and the log of the one that goes on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Core-internal: the project owns one and offers it through
 * buntan_project_start_meeting() and its neighbours.
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MEETING_RECORDER (buntan_meeting_recorder_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMeetingRecorder,
                      buntan_meeting_recorder,
                      BUNTAN,
                      MEETING_RECORDER,
                      GObject)

BuntanMeetingRecorder *
buntan_meeting_recorder_new (BuntanHistory *history);
GListModel *
buntan_meeting_recorder_get_meetings (BuntanMeetingRecorder *self);
BuntanMeeting *
buntan_meeting_recorder_start (BuntanMeetingRecorder *self, const char *const *attendees);
gboolean
buntan_meeting_recorder_end (BuntanMeetingRecorder *self);
gboolean
buntan_meeting_recorder_end_dropping_empty (BuntanMeetingRecorder *self);
BuntanMeeting *
buntan_meeting_recorder_get_active (BuntanMeetingRecorder *self);
void
buntan_meeting_recorder_set_source (BuntanMeetingRecorder *self, const char *source);
void
buntan_meeting_recorder_append (BuntanMeetingRecorder *self, BuntanMeeting *meeting);

G_END_DECLS
