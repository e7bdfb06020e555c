/* buntan-meeting.h — one negotiation meeting and the decisions taken in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MEETING (buntan_meeting_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMeeting, buntan_meeting, BUNTAN, MEETING, GObject)

/* The fields of an item a decision can change, as the file format names them. */
#define BUNTAN_DECISION_STATUS "status"
#define BUNTAN_DECISION_OWNER "owner"
#define BUNTAN_DECISION_PARTICIPANTS "participants"
#define BUNTAN_DECISION_FIRST_CHECK "first_check"
#define BUNTAN_DECISION_FIRST_CHECK_DATE "first_check_date"
#define BUNTAN_DECISION_COMPLETED "completed"
#define BUNTAN_DECISION_CLAUSE "clause"
#define BUNTAN_DECISION_NOTE "note"
/* Format 2's members of the same names: 合意内容, the 目標日 of an いいえ
 * (the item's or a vendor's check's), the date a vendor agreed (a check's). */
#define BUNTAN_DECISION_AGREED_TERMS "agreed_terms"
#define BUNTAN_DECISION_TARGET "target"
#define BUNTAN_DECISION_AGREED "agreed"
/* Not a field of the item: a vendor's comment in an imported answers file. */
#define BUNTAN_DECISION_COMMENT "comment"

/* Where a change of the decision log came from (format version 2): the
 * window, a key of meeting mode, or an imported answers file, written
 * BUNTAN_DECISION_SOURCE_ANSWERS followed by the file's name. */
#define BUNTAN_DECISION_SOURCE_WINDOW "window"
#define BUNTAN_DECISION_SOURCE_MEETING_KEY "meeting-key"
#define BUNTAN_DECISION_SOURCE_ANSWERS "answers:"

/**
 * BuntanDecision:
 * @time: when it changed: an ISO 8601 date and time with offset
 * @item_id: the item that changed
 * @field: which field, one of the BUNTAN_DECISION_* words
 * @from: (nullable): the value before, in the file format's words (status
 *   and first check as their file words, participants joined with ","), or
 *   %NULL when it was unset
 * @to: (nullable): the value after, in the same words
 * @source: (nullable): where the change came from, a valid
 *   buntan_decision_source_is_valid() word, or %NULL when a version 1 file
 *   did not say
 * @party: (nullable): the vendor whose check changed, when @field is one
 *   of a vendor's check (first check, its date, completion); %NULL for a
 *   change of the item itself
 *
 * One change of an item's negotiation state made during a meeting. Owned by
 * its meeting and read-only.
 */
typedef struct
{
  const char *time;
  const char *item_id;
  const char *field;
  const char *from;
  const char *to;
  const char *source;
  const char *party;
} BuntanDecision;

BuntanMeeting *
buntan_meeting_new (const char *started, const char *const *attendees);
const char *
buntan_meeting_get_started (BuntanMeeting *self);
const char *
buntan_meeting_get_ended (BuntanMeeting *self);
void
buntan_meeting_set_ended (BuntanMeeting *self, const char *ended);
const char *const *
buntan_meeting_get_attendees (BuntanMeeting *self);
guint
buntan_meeting_get_n_decisions (BuntanMeeting *self);
const BuntanDecision *
buntan_meeting_get_decision (BuntanMeeting *self, guint index);
void
buntan_meeting_add_decision (BuntanMeeting *self,
                             const char    *time,
                             const char    *item_id,
                             const char    *field,
                             const char    *from,
                             const char    *to);
void
buntan_meeting_add_decision_from (BuntanMeeting *self,
                                  const char    *source,
                                  const char    *time,
                                  const char    *item_id,
                                  const char    *field,
                                  const char    *from,
                                  const char    *to);
void
buntan_meeting_add_vendor_decision (BuntanMeeting *self,
                                    const char    *source,
                                    const char    *party,
                                    const char    *time,
                                    const char    *item_id,
                                    const char    *field,
                                    const char    *from,
                                    const char    *to);
gboolean
buntan_decision_field_is_valid (const char *field);
gboolean
buntan_decision_field_is_check (const char *field);
gboolean
buntan_decision_source_is_valid (const char *source);
const char *const *
buntan_meeting_get_parties (BuntanMeeting *self);
void
buntan_meeting_set_parties (BuntanMeeting *self, const char *const *parties);

G_END_DECLS
