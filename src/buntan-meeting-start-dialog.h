/* buntan-meeting-start-dialog.h — who takes part, and which items to go through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MEETING_START_DIALOG (buntan_meeting_start_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMeetingStartDialog,
                      buntan_meeting_start_dialog,
                      BUNTAN,
                      MEETING_START_DIALOG,
                      AdwMessageDialog)

/* Responses: "cancel" and "start". */

BuntanMeetingStartDialog *
buntan_meeting_start_dialog_new (GtkWindow *parent, BuntanProject *project, const char *walk);
char **
buntan_meeting_start_dialog_dup_attendees (BuntanMeetingStartDialog *self);
char **
buntan_meeting_start_dialog_dup_parties (BuntanMeetingStartDialog *self);
const char *
buntan_meeting_start_dialog_get_walk (BuntanMeetingStartDialog *self);

G_END_DECLS
