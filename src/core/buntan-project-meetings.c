/* buntan-project-meetings.c — the project's meetings, kept by its meeting recorder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-meeting-private.h"
#include "buntan-project-instance-private.h"

/**
 * buntan_project_get_meetings:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of #BuntanMeeting, oldest first
 */
GListModel *
buntan_project_get_meetings (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return buntan_meeting_recorder_get_meetings (self->meetings);
}

/**
 * buntan_project_start_meeting:
 * @self: a project
 * @attendees: (nullable) (array zero-terminated=1): who takes part, as typed
 *
 * Begins a meeting, ending the one that goes on if any. Until
 * buntan_project_end_meeting(), every change to an item's negotiation
 * state (status, owner, participants, first check and its date, completion
 * date, clause, note) is recorded in the meeting with its time, including
 * undoing and redoing.
 *
 * Returns: (transfer none): the new meeting, now the active one
 */
BuntanMeeting *
buntan_project_start_meeting (BuntanProject *self, const char *const *attendees)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return buntan_meeting_recorder_start (self->meetings, attendees);
}

/**
 * buntan_project_set_change_source:
 * @self: a project
 * @source: (nullable): where the changes made from now on come from, in
 *   the words of buntan_decision_source_is_valid(); %NULL for the window
 *
 * The decision log records it with every change of a meeting. Meeting
 * mode's keys set "meeting-key" around the change they make and put
 * %NULL back.
 */
void
buntan_project_set_change_source (BuntanProject *self, const char *source)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  buntan_meeting_recorder_set_source (self->meetings, source);
}

/**
 * buntan_project_end_meeting:
 * @self: a project
 *
 * Ends the active meeting (records its end time) and stops recording. A
 * meeting that decided nothing leaves the project unmodified if it was so
 * when the meeting began (and nothing else changed meanwhile): it is kept
 * in memory, and written only with changes saved for another reason.
 * Does nothing when no meeting goes on.
 */
void
buntan_project_end_meeting (BuntanProject *self)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  /* A meeting that decided nothing (F5, Esc) leaves the project as it found
   * it: unmodified if it was (the recorder puts the history's saved state
   * back). */
  if (buntan_meeting_recorder_end (self->meetings))
    {
      buntan_project_set_is_modified (self, !_buntan_history_is_at_saved (self->history));
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/**
 * buntan_project_get_active_meeting:
 * @self: a project
 *
 * Returns: (transfer none) (nullable): the meeting that goes on
 */
BuntanMeeting *
buntan_project_get_active_meeting (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return buntan_meeting_recorder_get_active (self->meetings);
}

void
_buntan_project_append_meeting (BuntanProject *self, BuntanMeeting *meeting)
{
  buntan_meeting_recorder_append (self->meetings, meeting);
}

void
_buntan_project_end_meeting_dropping_empty (BuntanProject *self)
{
  if (buntan_meeting_recorder_end_dropping_empty (self->meetings))
    {
      buntan_project_set_is_modified (self, !_buntan_history_is_at_saved (self->history));
      g_signal_emit (self, signals[CHANGED], 0);
    }
}
