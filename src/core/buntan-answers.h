/* buntan-answers.h — a vendor's answers workbook read back against the project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-answer-change.h"
#include "buntan-questionnaire.h"
#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_ANSWERS_ERROR (buntan_answers_error_quark ())

typedef enum
{
  /* Not a workbook Buntan reads: the xlsx reader's errors are passed on as they are. */
  BUNTAN_ANSWERS_ERROR_NOT_QUESTIONNAIRE,
  BUNTAN_ANSWERS_ERROR_OTHER_PROJECT,
  BUNTAN_ANSWERS_ERROR_OTHER_VENDOR,
  BUNTAN_ANSWERS_ERROR_NEVER_SENT,
} BuntanAnswersError;

#define BUNTAN_TYPE_ANSWERS (buntan_answers_get_type ())

G_DECLARE_FINAL_TYPE (BuntanAnswers, buntan_answers, BUNTAN, ANSWERS, GObject)

GQuark
buntan_answers_error_quark (void);
BuntanAnswers *
buntan_answers_read (BuntanProject *project, GFile *file, GError **error);
BuntanProject *
buntan_answers_get_project (BuntanAnswers *self);
BuntanQuestionnaire *
buntan_answers_get_questionnaire (BuntanAnswers *self);
BuntanParty *
buntan_answers_get_party (BuntanAnswers *self);
const char *
buntan_answers_get_file_name (BuntanAnswers *self);
GListModel *
buntan_answers_get_changes (BuntanAnswers *self);
const char *const *
buntan_answers_get_warnings (BuntanAnswers *self);
guint
buntan_answers_count_accepted (BuntanAnswers *self);
guint
buntan_answers_apply (BuntanAnswers *self, GError **error);

G_END_DECLS
