/* buntan-answer-change.h — one change a vendor's answer implies, to review before it is applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* What an answer row asks for (issue 17, "What an answer does"). */
typedef enum
{
  /* 同意: the vendor's check gets its `agreed` date. */
  BUNTAN_ANSWER_CHANGE_AGREED,
  /* 修正希望: the 合意内容 the vendor proposes (owner and roles in its words, in the comment). */
  BUNTAN_ANSWER_CHANGE_PROPOSAL,
  /* 対象外の提案: set the row 対象外. */
  BUNTAN_ANSWER_CHANGE_NOT_APPLICABLE,
  /* 初回確認 はい/いいえ, its date, and for いいえ the 目標日: the vendor's check. */
  BUNTAN_ANSWER_CHANGE_CHECK,
  /* A comment alone: a decision-log entry. */
  BUNTAN_ANSWER_CHANGE_COMMENT,
  /* Every ◎/○ vendor of the row has agreed: set it 合意済. */
  BUNTAN_ANSWER_CHANGE_SET_AGREED_STATUS,
} BuntanAnswerChangeKind;

#define BUNTAN_TYPE_ANSWER_CHANGE (buntan_answer_change_get_type ())

G_DECLARE_FINAL_TYPE (BuntanAnswerChange, buntan_answer_change, BUNTAN, ANSWER_CHANGE, GObject)

const char *
buntan_answer_change_get_item_id (BuntanAnswerChange *self);
const char *
buntan_answer_change_get_party (BuntanAnswerChange *self);
BuntanAnswerChangeKind
buntan_answer_change_get_kind (BuntanAnswerChange *self);
const char *
buntan_answer_change_get_description (BuntanAnswerChange *self);
const char *
buntan_answer_change_get_comment (BuntanAnswerChange *self);
gboolean
buntan_answer_change_get_stale (BuntanAnswerChange *self);
gboolean
buntan_answer_change_get_accepted (BuntanAnswerChange *self);
void
buntan_answer_change_set_accepted (BuntanAnswerChange *self, gboolean accepted);
gboolean
buntan_answer_change_is_proposal (BuntanAnswerChange *self);

G_END_DECLS
