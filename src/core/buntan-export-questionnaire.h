/* buntan-export-questionnaire.h — the questionnaire workbook (回答依頼) for one vendor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-questionnaire.h"
#include "buntan-types.h"

G_BEGIN_DECLS

/* The sheets' names: the answers file reader finds them by these, and by
 * the defined names below when a vendor renamed a sheet. */
#define BUNTAN_QUESTIONNAIRE_SHEET_GUIDE "回答のお願い"
#define BUNTAN_QUESTIONNAIRE_SHEET_ANSWERS "回答"

/* Workbook-level names of the identity cells and of the answers table. */
#define BUNTAN_QUESTIONNAIRE_NAME_PROJECT "BuntanProjectId"
#define BUNTAN_QUESTIONNAIRE_NAME_VENDOR "BuntanVendorId"
#define BUNTAN_QUESTIONNAIRE_NAME_ID "BuntanQuestionnaireId"
#define BUNTAN_QUESTIONNAIRE_NAME_FINGERPRINT "BuntanFingerprint"

/* The answers a vendor chooses from in the 回答 column. */
#define BUNTAN_QUESTIONNAIRE_ANSWER_AGREE "同意"
#define BUNTAN_QUESTIONNAIRE_ANSWER_CHANGE "修正希望"
#define BUNTAN_QUESTIONNAIRE_ANSWER_NOT_APPLICABLE "対象外の提案"

/* How many days a vendor has to answer when no due date is given. */
#define BUNTAN_QUESTIONNAIRE_DEFAULT_DAYS 14

typedef struct
{
  const char *vendor_id;
  const char *sent; /* YYYY-MM-DD; %NULL: today (SOURCE_DATE_EPOCH when set) */
  const char *due;  /* YYYY-MM-DD; %NULL: BUNTAN_QUESTIONNAIRE_DEFAULT_DAYS after @sent */
  const char *id;   /* %NULL: a new random UUID */
} BuntanQuestionnaireOptions;

BuntanQuestionnaire *
buntan_export_questionnaire (BuntanProject                    *project,
                             GFile                            *file,
                             const BuntanQuestionnaireOptions *options,
                             GError                          **error);
char *
buntan_export_dup_questionnaire_proposal (BuntanProject *project,
                                          BuntanItem    *item,
                                          BuntanParty   *vendor);
char *
buntan_export_dup_questionnaire_file_name (BuntanProject *project, BuntanParty *vendor);

G_END_DECLS
