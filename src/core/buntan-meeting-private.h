/* buntan-meeting-private.h — what the file reader and writer keep of a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core-private.h"

G_BEGIN_DECLS

/* Members of the file that this version does not know, kept to be written back. */
JsonObject *
_buntan_meeting_get_extra (BuntanMeeting *self);
void
_buntan_meeting_set_extra (BuntanMeeting *self, JsonObject *extra);
JsonObject *
_buntan_meeting_get_decision_extra (BuntanMeeting *self, guint index);
void
_buntan_meeting_set_decision_extra (BuntanMeeting *self, guint index, JsonObject *extra);

/* buntan-project.c: the reader puts the meetings of a file back. */
void
_buntan_project_append_meeting (BuntanProject *project, BuntanMeeting *meeting);
/* buntan-project-meetings.c: ends a meeting made for one action (importing
 * answers), leaving no trace when it decided nothing. */
void
_buntan_project_end_meeting_dropping_empty (BuntanProject *project);

G_END_DECLS
