/* meeting-test-util.h — what the tests of the decision log share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"

G_BEGIN_DECLS

/* The decision at @index of @meeting changed @field of @item_id from @from to @to. */
static inline void
assert_decision (BuntanMeeting *meeting,
                 guint          index,
                 const char    *item_id,
                 const char    *field,
                 const char    *from,
                 const char    *to)
{
  const BuntanDecision *decision;

  g_assert_cmpuint (index, <, buntan_meeting_get_n_decisions (meeting));
  decision = buntan_meeting_get_decision (meeting, index);
  g_assert_true (buntan_date_time_is_valid (decision->time));
  g_assert_cmpstr (decision->item_id, ==, item_id);
  g_assert_cmpstr (decision->field, ==, field);
  g_assert_cmpstr (decision->from, ==, from);
  g_assert_cmpstr (decision->to, ==, to);
}

G_END_DECLS
