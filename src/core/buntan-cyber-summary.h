/* buntan-cyber-summary.h — who has answered what, in a project made from the cyber-security checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* One answer on the checklist, as the inspector reads it. */
typedef enum
{
  BUNTAN_CYBER_ANSWER_UNANSWERED,
  BUNTAN_CYBER_ANSWER_YES,
  BUNTAN_CYBER_ANSWER_NO_WITH_TARGET,
  BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET, /* a gap */
  BUNTAN_CYBER_ANSWER_NO_COMPLETED,      /* いいえ, since settled: 完了日, no target */
} BuntanCyberAnswer;

/* How an answer is worded: short for a cell, spoken for a screen reader
 * and a tooltip (the party's short name, the answer and its dates). */
typedef enum
{
  BUNTAN_CYBER_TEXT_SHORT,
  BUNTAN_CYBER_TEXT_SPOKEN,
} BuntanCyberText;

/* What one party's sheet adds up to: the hospital's (the items it answers
 * itself) or one vendor's. */
typedef struct
{
  guint asked;
  guint answered;
  guint unanswered;
  guint yes;
  guint no_with_target;
  guint no_without_target;
  guint no_completed;
} BuntanCyberCounts;

typedef struct _BuntanCyberSummary BuntanCyberSummary;

BuntanCyberAnswer
buntan_cyber_answer_classify (BuntanCheckResult result, const char *target, const char *completed);
gboolean
buntan_cyber_item_asks (BuntanItem *item, BuntanProject *project, const char *party_id);
BuntanCyberAnswer
buntan_cyber_item_get_answer (BuntanItem *item, BuntanProject *project, const char *party_id);
char *
buntan_cyber_item_dup_answer_text (BuntanItem     *item,
                                   BuntanProject  *project,
                                   const char     *party_id,
                                   BuntanCyberText form);
char *
buntan_cyber_item_dup_answers_text (BuntanItem *item, BuntanProject *project, BuntanCyberText form);

BuntanCyberSummary *
buntan_cyber_summary_new (BuntanProject *project);
void
buntan_cyber_summary_free (BuntanCyberSummary *self);
guint
buntan_cyber_summary_get_n_parties (BuntanCyberSummary *self);
BuntanParty *
buntan_cyber_summary_get_party (BuntanCyberSummary *self, guint position);
const BuntanCyberCounts *
buntan_cyber_summary_get_counts (BuntanCyberSummary *self, guint position);
const char *
buntan_cyber_answer_to_string (BuntanCyberAnswer answer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanCyberSummary, buntan_cyber_summary_free)

G_END_DECLS
