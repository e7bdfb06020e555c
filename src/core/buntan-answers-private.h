/* buntan-answers-private.h — what the parts of the answers reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The answers object, the 回答 sheet's columns, and the functions one part
 * calls in another: finding the request the workbook answers and its 回答
 * sheet (buntan-answers-workbook.c), turning each row into the changes its
 * answer implies (buntan-answers-rows.c); reading as a whole, the accessors
 * and applying stay in buntan-answers.c.
 */

#pragma once

#include "buntan-answer-change-private.h"
#include "buntan-answers.h"
#include "buntan-export-questionnaire.h"
#include "buntan-item.h"
#include "buntan-party.h"
#include "buntan-project.h"
#include "buntan-xlsx-reader.h"

G_BEGIN_DECLS


struct _BuntanAnswers
{
  GObject parent_instance;

  BuntanProject       *project;
  BuntanQuestionnaire *questionnaire;
  BuntanParty         *party;
  char                *display_name; /* the file as errors name it */
  char                *file_name;    /* its base name, as the log and `file` record it */
  char                *today;
  GListStore          *changes;
  GPtrArray           *warnings; /* NULL-terminated */
};

/* The columns of the 回答 sheet by their headers (buntan-export-questionnaire.c). */
enum
{
  COLUMN_ID,
  COLUMN_LEAD,
  COLUMN_ROLE,
  COLUMN_TERMS,
  COLUMN_ANSWER,
  COLUMN_CHECK,
  COLUMN_CHECK_DATE,
  COLUMN_TARGET,
  COLUMN_PROPOSED_TERMS,
  COLUMN_COMMENT,
  N_COLUMNS
};

#define NO_COLUMN G_MAXUINT

typedef struct
{
  BuntanXlsxSheet *sheet;
  guint            header_row;
  guint            columns[N_COLUMNS];
} AnswerSheet;

void
_buntan_answers_add_warning (BuntanAnswers *self, const char *format, ...) G_GNUC_PRINTF (2, 3);

const char *
_buntan_answers_party_label (BuntanParty *party);

char *
_buntan_answers_dup_cell (BuntanXlsxSheet *sheet, guint row, guint column);

gboolean
_buntan_answers_find_answer_sheet (BuntanXlsxReader *reader,
                                   GHashTable       *sheets,
                                   AnswerSheet      *answers,
                                   GError          **error);

gboolean
_buntan_answers_vendor_confirms (BuntanAnswers *self, BuntanItem *item);

void
_buntan_answers_read_rows (BuntanAnswers *self, AnswerSheet *answers);

gboolean
_buntan_answers_match_identity (BuntanAnswers    *self,
                                BuntanXlsxReader *reader,
                                GHashTable       *sheets,
                                GError          **error);

G_END_DECLS
