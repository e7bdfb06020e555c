/* buntan-answer-change-private.h — what BuntanAnswers knows of a change beyond its public face
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-answer-change.h"

G_BEGIN_DECLS

BuntanAnswerChange *
_buntan_answer_change_new (BuntanAnswerChangeKind kind,
                           const char            *item_id,
                           const char            *party,
                           const char            *description,
                           const char            *comment,
                           gboolean               stale);
/* CHECK: the result (UNSET: unchanged), its date and the 目標日 (NULL: unchanged). */
void
_buntan_answer_change_set_check (BuntanAnswerChange *self,
                                 BuntanCheckResult   result,
                                 const char         *date,
                                 const char         *target);
BuntanCheckResult
_buntan_answer_change_get_check_result (BuntanAnswerChange *self);
const char *
_buntan_answer_change_get_check_date (BuntanAnswerChange *self);
const char *
_buntan_answer_change_get_target (BuntanAnswerChange *self);
/* PROPOSAL: the 合意内容 proposed (NULL: none, the comment says what). */
void
_buntan_answer_change_set_terms (BuntanAnswerChange *self, const char *terms);
const char *
_buntan_answer_change_get_terms (BuntanAnswerChange *self);

G_END_DECLS
