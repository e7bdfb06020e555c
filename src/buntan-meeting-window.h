/* buntan-meeting-window.h — the meeting's item on a second screen, for the room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-meeting-view.h"
#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MEETING_WINDOW (buntan_meeting_window_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMeetingWindow, buntan_meeting_window, BUNTAN, MEETING_WINDOW, AdwWindow)

BuntanMeetingWindow *
buntan_meeting_window_new (GtkApplication *application, BuntanProject *project);
BuntanMeetingView *
buntan_meeting_window_get_view (BuntanMeetingWindow *self);

G_END_DECLS
