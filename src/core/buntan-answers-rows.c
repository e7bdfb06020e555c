/* buntan-answers-rows.c — each row of the 回答 sheet turned into the changes its answer implies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing is applied here: the review decides, and applying is one undo
 * step (buntan-answers.c).
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "buntan-answers-private.h"
#include "buntan-check.h"
#include "buntan-core.h"
#include "buntan-date.h"
#include "buntan-history.h"
#include "buntan-meeting-private.h"
#include "buntan-meeting.h"


static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

/* Dates as a vendor types them: a date cell, 2026-12-07 or 2026/12/7. */
static char *
dup_date (BuntanXlsxSheet *sheet, guint row, guint column, gboolean *invalid)
{
  const char      *iso;
  g_autofree char *text = NULL;
  int              year, month, day;
  char             end;

  *invalid = FALSE;
  if (column == NO_COLUMN)
    return NULL;
  iso = buntan_xlsx_sheet_get_iso_date (sheet, row, column);
  if (iso != NULL)
    return g_strndup (iso, 10);

  text = _buntan_answers_dup_cell (sheet, row, column);
  if (*text == '\0' || g_str_equal (text, "—") || g_str_equal (text, "-"))
    return NULL;
  if ((sscanf (text, "%d-%d-%d%c", &year, &month, &day, &end) == 3 ||
       sscanf (text, "%d/%d/%d%c", &year, &month, &day, &end) == 3) &&
      g_date_valid_dmy (day, month, year))
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  *invalid = TRUE;
  return NULL;
}

static char *
describe_check (BuntanCheckResult result, const char *date, const char *target)
{
  const char *label =
    result != BUNTAN_CHECK_RESULT_UNSET ? buntan_check_result_get_label (result) : "—";

  if (target != NULL)
    /* TRANSLATORS: a vendor's first check: its result, its date and the target date for a No */
    return g_strdup_printf (_ ("%s %s, target %s"), label, date != NULL ? date : "", target);
  return g_strdup_printf ("%s %s", label, date != NULL ? date : "");
}

static void
add_change (BuntanAnswers *self, BuntanAnswerChange *change)
{
  g_list_store_append (self->changes, change);
  g_object_unref (change);
}

static gboolean
row_is_stale (BuntanAnswers *self, AnswerSheet *answers, guint row, BuntanItem *item)
{
  g_autofree char *now = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *lead = NULL, *role = NULL, *terms = NULL;

  /* Without the cells of what was asked there is nothing to compare. */
  if (answers->columns[COLUMN_LEAD] == NO_COLUMN || answers->columns[COLUMN_ROLE] == NO_COLUMN ||
      answers->columns[COLUMN_TERMS] == NO_COLUMN)
    return FALSE;

  lead = g_strdup (buntan_xlsx_sheet_get_text (answers->sheet, row, answers->columns[COLUMN_LEAD]));
  role = g_strdup (buntan_xlsx_sheet_get_text (answers->sheet, row, answers->columns[COLUMN_ROLE]));
  terms =
    g_strdup (buntan_xlsx_sheet_get_text (answers->sheet, row, answers->columns[COLUMN_TERMS]));
  asked = g_strjoin ("\x1f", lead, role, terms, NULL);
  now = buntan_export_dup_questionnaire_proposal (self->project, item, self->party);

  return !g_str_equal (asked, now) ||
         buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_NOT_APPLICABLE;
}

static void
read_check (BuntanAnswers *self,
            AnswerSheet   *answers,
            guint          row,
            BuntanItem    *item,
            gboolean       confirms,
            gboolean       stale)
{
  const char      *party_id = buntan_party_get_id (self->party);
  g_autofree char *result_text =
    _buntan_answers_dup_cell (answers->sheet, row, answers->columns[COLUMN_CHECK]);
  g_autofree char  *date = NULL, *target = NULL, *before = NULL, *after = NULL;
  g_autofree char  *description = NULL;
  BuntanCheckResult result = BUNTAN_CHECK_RESULT_UNSET;
  BuntanCheck      *check;
  gboolean          bad_date, bad_target;

  date = dup_date (answers->sheet, row, answers->columns[COLUMN_CHECK_DATE], &bad_date);
  target = dup_date (answers->sheet, row, answers->columns[COLUMN_TARGET], &bad_target);
  if (g_str_equal (result_text, "はい"))
    result = BUNTAN_CHECK_RESULT_YES;
  else if (g_str_equal (result_text, "いいえ"))
    result = BUNTAN_CHECK_RESULT_NO;
  else if (*result_text != '\0' && !g_str_equal (result_text, "—"))
    _buntan_answers_add_warning (
      self, _ ("Row %u (item %s): “%s” is not an answer to 初回確認; it is ignored"), row + 1,
      buntan_item_get_id (item), result_text);
  if (bad_date || bad_target)
    _buntan_answers_add_warning (
      self,
      _ ("Row %u (item %s): a date is not a date (write it as 2026-12-07); it is "
         "ignored"),
      row + 1, buntan_item_get_id (item));
  /* A target belongs to an いいえ only. */
  if (result != BUNTAN_CHECK_RESULT_NO)
    g_clear_pointer (&target, g_free);

  if (result == BUNTAN_CHECK_RESULT_UNSET && date == NULL && target == NULL)
    return;
  if (!confirms)
    {
      _buntan_answers_add_warning (
        self,
        _ ("Row %u (item %s): the vendor only receives information on this item and "
           "does not confirm it; its 初回確認 is ignored"),
        row + 1, buntan_item_get_id (item));
      return;
    }

  check = buntan_item_find_check (item, party_id);
  before = check != NULL
             ? describe_check (buntan_check_get_result (check), buntan_check_get_date (check),
                               buntan_check_get_target (check))
             : g_strdup ("—");
  after = describe_check (result != BUNTAN_CHECK_RESULT_UNSET
                            ? result
                            : (check != NULL ? buntan_check_get_result (check) : result),
                          date, target);
  if (g_str_equal (g_strstrip (before), g_strstrip (after)))
    return;

  /* TRANSLATORS: a vendor's first check, before → after */
  description = g_strdup_printf (_ ("First check of %s: %s → %s"),
                                 _buntan_answers_party_label (self->party), before, after);
  {
    BuntanAnswerChange *change =
      _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_CHECK, buntan_item_get_id (item), party_id,
                                 description, NULL, stale);

    _buntan_answer_change_set_check (change, result, date, target);
    add_change (self, change);
  }
}

gboolean
_buntan_answers_vendor_confirms (BuntanAnswers *self, BuntanItem *item)
{
  g_auto (GStrv) confirming = buntan_item_dup_confirming_parties (item, self->project);

  return g_strv_contains ((const char *const *) confirming, buntan_party_get_id (self->party));
}

/* Offered once every ◎/○ vendor of the row has agreed, this one now. */
static void
offer_agreed_status (BuntanAnswers *self, BuntanItem *item, gboolean stale)
{
  g_auto (GStrv) confirming = buntan_item_dup_confirming_parties (item, self->project);
  g_autofree char *description = NULL;

  if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED)
    return;
  for (guint i = 0; confirming[i] != NULL; i++)
    {
      BuntanCheck *check;

      if (g_str_equal (confirming[i], buntan_party_get_id (self->party)))
        continue;
      check = buntan_item_find_check (item, confirming[i]);
      if (check == NULL || buntan_check_get_agreed (check) == NULL)
        return;
    }

  description = g_strdup_printf (_ ("Status: %s → %s (every vendor leading or supporting has "
                                    "agreed)"),
                                 buntan_item_status_get_label (buntan_item_get_status (item)),
                                 buntan_item_status_get_label (BUNTAN_ITEM_STATUS_AGREED));
  add_change (self, _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_SET_AGREED_STATUS,
                                               buntan_item_get_id (item),
                                               buntan_party_get_id (self->party), description, NULL,
                                               stale));
}

static void
read_row (BuntanAnswers *self, AnswerSheet *answers, guint row, BuntanItem *item)
{
  const char      *item_id = buntan_item_get_id (item);
  const char      *party_id = buntan_party_get_id (self->party);
  g_autofree char *answer =
    _buntan_answers_dup_cell (answers->sheet, row, answers->columns[COLUMN_ANSWER]);
  g_autofree char *comment =
    _buntan_answers_dup_cell (answers->sheet, row, answers->columns[COLUMN_COMMENT]);
  g_autofree char *terms =
    _buntan_answers_dup_cell (answers->sheet, row, answers->columns[COLUMN_PROPOSED_TERMS]);
  g_autofree char *description = NULL;
  gboolean         stale = row_is_stale (self, answers, row, item);
  gboolean         confirms = _buntan_answers_vendor_confirms (self, item);
  gboolean         comment_said = FALSE;

  /* Agreed before: the first agreement's date stands, and a comment is a comment. */
  if (g_str_equal (answer, BUNTAN_QUESTIONNAIRE_ANSWER_AGREE) && confirms &&
      buntan_item_find_check (item, party_id) != NULL &&
      buntan_check_get_agreed (buntan_item_find_check (item, party_id)) != NULL)
    ;
  else if (g_str_equal (answer, BUNTAN_QUESTIONNAIRE_ANSWER_AGREE))
    {
      BuntanCheck *check = buntan_item_find_check (item, party_id);
      const char  *agreed = check != NULL ? buntan_check_get_agreed (check) : NULL;

      if (!confirms)
        /* TRANSLATORS: a vendor that is only kept informed agrees; %s is its name */
        description = g_strdup_printf (_ ("%s agrees (it is only kept informed: nothing to "
                                          "record but the log)"),
                                       _buntan_answers_party_label (self->party));
      else
        /* TRANSLATORS: a vendor's agreement date, before → after */
        description = g_strdup_printf (_ ("Agreement of %s: %s → %s"),
                                       _buntan_answers_party_label (self->party),
                                       agreed != NULL ? agreed : "—", self->today);
      add_change (self, _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_AGREED, item_id, party_id,
                                                   description, comment, stale));
      comment_said = TRUE;
      if (confirms)
        offer_agreed_status (self, item, stale);
    }
  else if (g_str_equal (answer, BUNTAN_QUESTIONNAIRE_ANSWER_CHANGE))
    {
      BuntanAnswerChange *change;

      if (*terms != '\0')
        /* TRANSLATORS: 合意内容 (the agreed terms), before → after */
        description = g_strdup_printf (_ ("Agreed terms: %s → %s"),
                                       or_dash (buntan_item_get_agreed_terms (item)), terms);
      else
        description = g_strdup (_ ("Proposes a change of the split, in the comment; applying it "
                                   "logs the comment only"));
      change = _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_PROPOSAL, item_id, party_id,
                                          description, comment, stale);
      _buntan_answer_change_set_terms (change, terms);
      add_change (self, change);
      comment_said = TRUE;
    }
  else if (g_str_equal (answer, BUNTAN_QUESTIONNAIRE_ANSWER_NOT_APPLICABLE))
    {
      description =
        g_strdup_printf (_ ("Status: %s → %s"),
                         buntan_item_status_get_label (buntan_item_get_status (item)),
                         buntan_item_status_get_label (BUNTAN_ITEM_STATUS_NOT_APPLICABLE));
      add_change (self, _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_NOT_APPLICABLE, item_id,
                                                   party_id, description, comment, stale));
      comment_said = TRUE;
    }
  else if (*answer != '\0')
    _buntan_answers_add_warning (
      self, _ ("Row %u (item %s): “%s” is not one of the answers; it is ignored"), row + 1, item_id,
      answer);

  read_check (self, answers, row, item, confirms, stale);

  if (!comment_said && *comment != '\0')
    {
      /* TRANSLATORS: %s is the vendor's name */
      description = g_strdup_printf (_ ("Comment from %s, kept in the decision log"),
                                     _buntan_answers_party_label (self->party));
      add_change (self, _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_COMMENT, item_id, party_id,
                                                   description, comment, stale));
    }
}

void
_buntan_answers_read_rows (BuntanAnswers *self, AnswerSheet *answers)
{
  const char *const *asked = buntan_questionnaire_get_items (self->questionnaire);
  g_autoptr (GHashTable) asked_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (answers->sheet == NULL)
    {
      _buntan_answers_add_warning (
        self, _ ("The workbook has no sheet of answers (with the columns 項目ID and "
                 "回答); nothing was read"));
      return;
    }

  for (guint i = 0; asked[i] != NULL; i++)
    g_hash_table_add (asked_ids, (gpointer) asked[i]);

  for (guint row = answers->header_row + 1; row < buntan_xlsx_sheet_get_n_rows (answers->sheet);
       row++)
    {
      g_autofree char *id =
        _buntan_answers_dup_cell (answers->sheet, row, answers->columns[COLUMN_ID]);
      BuntanItem *item;

      if (*id == '\0')
        continue;
      if (!g_hash_table_contains (asked_ids, id))
        {
          _buntan_answers_add_warning (
            self,
            _ ("Row %u: item %s was not asked in this questionnaire (was the id "
               "edited?); the row is skipped"),
            row + 1, id);
          continue;
        }
      if (g_hash_table_contains (seen, id))
        {
          _buntan_answers_add_warning (
            self, _ ("Row %u: item %s is answered twice; only its first row is read"), row + 1, id);
          continue;
        }
      g_hash_table_add (seen, g_strdup (id));

      item = buntan_project_find_item (self->project, id);
      if (item == NULL)
        {
          _buntan_answers_add_warning (
            self, _ ("Row %u: item %s is no longer in the project; the row is skipped"), row + 1,
            id);
          continue;
        }
      read_row (self, answers, row, item);
    }
}
