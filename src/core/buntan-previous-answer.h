/* buntan-previous-answer.h — last year's answer to a check, kept beside this year's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PREVIOUS_ANSWER (buntan_previous_answer_get_type ())

G_DECLARE_FINAL_TYPE (BuntanPreviousAnswer,
                      buntan_previous_answer,
                      BUNTAN,
                      PREVIOUS_ANSWER,
                      GObject)

BuntanPreviousAnswer *
buntan_previous_answer_new (BuntanCheckResult result,
                            const char       *date,
                            const char       *target,
                            const char       *completed);
BuntanCheckResult
buntan_previous_answer_get_result (BuntanPreviousAnswer *self);
const char *
buntan_previous_answer_get_date (BuntanPreviousAnswer *self);
const char *
buntan_previous_answer_get_target (BuntanPreviousAnswer *self);
const char *
buntan_previous_answer_get_completed (BuntanPreviousAnswer *self);

G_END_DECLS
