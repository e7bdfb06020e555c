/* buntan-answers.c — a vendor's answers workbook read back against the project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A vendor returns the questionnaire (回答依頼, buntan-export-questionnaire.c)
 * filled in, saved by Excel or LibreOffice. Reading it finds which request
 * it answers — through the workbook's defined names, which follow a renamed
 * or moved sheet, or else the labelled identity cells — and refuses a file
 * of another project, of a vendor no longer in it, or of a request never
 * recorded as sent. Each row then becomes the changes its answer implies,
 * none applied yet: the review decides, and applying is one undo step.
 *
 * Columns are found by their header texts, not their positions, so a
 * vendor who inserted a column or reordered rows still gets its answers
 * read; a row whose item id the questionnaire did not ask is skipped with
 * a warning, never guessed at.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "buntan-answer-change-private.h"
#include "buntan-answers-private.h"
#include "buntan-answers.h"
#include "buntan-check.h"
#include "buntan-core.h"
#include "buntan-date.h"
#include "buntan-export-questionnaire.h"
#include "buntan-history.h"
#include "buntan-item.h"
#include "buntan-meeting-private.h"
#include "buntan-meeting.h"
#include "buntan-party.h"
#include "buntan-project.h"
#include "buntan-xlsx-reader.h"

G_DEFINE_FINAL_TYPE (BuntanAnswers, buntan_answers, G_TYPE_OBJECT)

G_DEFINE_QUARK (buntan - answers - error - quark, buntan_answers_error)

static char *
dup_today (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64     seconds;

  /* As the questionnaire's date: reproducible runs give the same file. */
  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      g_autoptr (GDateTime) time = g_date_time_new_from_unix_utc ((gint64) seconds);

      if (time != NULL)
        return g_date_time_format (time, "%Y-%m-%d");
    }

  return buntan_date_today ();
}

const char *
_buntan_answers_party_label (BuntanParty *party)
{
  const char *short_name = buntan_party_get_short_name (party);

  return short_name != NULL && *short_name != '\0' ? short_name : buntan_party_get_name (party);
}

void
_buntan_answers_add_warning (BuntanAnswers *self, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_insert (self->warnings, self->warnings->len - 1, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
buntan_answers_finalize (GObject *object)
{
  BuntanAnswers *self = BUNTAN_ANSWERS (object);

  g_clear_object (&self->project);
  g_clear_object (&self->questionnaire);
  g_clear_object (&self->party);
  g_clear_object (&self->changes);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_answers_parent_class)->finalize (object);
}

static void
buntan_answers_class_init (BuntanAnswersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_answers_finalize;
}

static void
buntan_answers_init (BuntanAnswers *self)
{
  self->changes = g_list_store_new (BUNTAN_TYPE_ANSWER_CHANGE);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->warnings, NULL);
}

/**
 * buntan_answers_read:
 * @project: the project the questionnaire was sent from
 * @file: the answers workbook a vendor sent back
 * @error: return location for a #BUNTAN_XLSX_READER_ERROR (not a workbook
 *   Buntan reads) or a #BUNTAN_ANSWERS_ERROR (not an answer to this
 *   project's questionnaires), naming @file
 *
 * Reads the answers and works out the changes they imply; nothing is
 * applied. Rows Buntan cannot use (an id that was not asked, an answer not
 * in the list, a date that is no date) become warnings.
 *
 * Returns: (transfer full) (nullable): the answers, or %NULL when refused
 */
BuntanAnswers *
buntan_answers_read (BuntanProject *project, GFile *file, GError **error)
{
  g_autoptr (BuntanAnswers) self = NULL;
  g_autoptr (BuntanXlsxReader) reader = NULL;
  g_autoptr (GHashTable) sheets = NULL;
  AnswerSheet answers = { 0 };

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = buntan_xlsx_reader_new_from_file (file, error);
  if (reader == NULL)
    return NULL;

  self = g_object_new (BUNTAN_TYPE_ANSWERS, NULL);
  self->project = g_object_ref (project);
  self->display_name = g_file_get_parse_name (file);
  self->file_name = g_file_get_basename (file);
  self->today = dup_today ();
  sheets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                  (GDestroyNotify) buntan_xlsx_sheet_free);

  if (!_buntan_answers_match_identity (self, reader, sheets, error) ||
      !_buntan_answers_find_answer_sheet (reader, sheets, &answers, error))
    return NULL;
  _buntan_answers_read_rows (self, &answers);

  return g_steal_pointer (&self);
}

/**
 * buntan_answers_get_project:
 * @self: answers
 *
 * Returns: (transfer none): the project the answers were read against
 */
BuntanProject *
buntan_answers_get_project (BuntanAnswers *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), NULL);
  return self->project;
}

/**
 * buntan_answers_get_questionnaire:
 * @self: answers
 *
 * Returns: (transfer none): the questionnaire of the project they answer
 */
BuntanQuestionnaire *
buntan_answers_get_questionnaire (BuntanAnswers *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), NULL);
  return self->questionnaire;
}

/**
 * buntan_answers_get_party:
 * @self: answers
 *
 * Returns: (transfer none): the vendor who answered
 */
BuntanParty *
buntan_answers_get_party (BuntanAnswers *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), NULL);
  return self->party;
}

/**
 * buntan_answers_get_file_name:
 * @self: answers
 *
 * Returns: the answers file's name, without its folder, as the decision
 *   log's source and the questionnaire's `file` record it
 */
const char *
buntan_answers_get_file_name (BuntanAnswers *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), NULL);
  return self->file_name;
}

/**
 * buntan_answers_get_changes:
 * @self: answers
 *
 * Returns: (transfer none): a list model of #BuntanAnswerChange, in the
 *   order of the workbook's rows
 */
GListModel *
buntan_answers_get_changes (BuntanAnswers *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), NULL);
  return G_LIST_MODEL (self->changes);
}

/**
 * buntan_answers_get_warnings:
 * @self: answers
 *
 * Returns: (transfer none): translated lines about rows that were skipped
 *   or cells that were ignored, each naming its row; empty when none
 */
const char *const *
buntan_answers_get_warnings (BuntanAnswers *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), NULL);
  return (const char *const *) self->warnings->pdata;
}

/**
 * buntan_answers_count_accepted:
 * @self: answers
 *
 * Returns: how many changes buntan_answers_apply() would apply now
 */
guint
buntan_answers_count_accepted (BuntanAnswers *self)
{
  guint n = 0;

  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->changes)); i++)
    {
      g_autoptr (BuntanAnswerChange) change =
        g_list_model_get_item (G_LIST_MODEL (self->changes), i);

      if (buntan_answer_change_get_accepted (change))
        n++;
    }

  return n;
}

static void
apply_check (BuntanItem *item, BuntanAnswerChange *change)
{
  BuntanCheck *check = buntan_item_ensure_check (item, buntan_answer_change_get_party (change));
  BuntanCheckResult result = _buntan_answer_change_get_check_result (change);

  if (result != BUNTAN_CHECK_RESULT_UNSET)
    buntan_check_set_result (check, result);
  if (_buntan_answer_change_get_check_date (change) != NULL)
    buntan_check_set_date (check, _buntan_answer_change_get_check_date (change));
  if (_buntan_answer_change_get_target (change) != NULL)
    buntan_check_set_target (check, _buntan_answer_change_get_target (change));
}

static void
apply_change (BuntanAnswers *self, BuntanItem *item, BuntanAnswerChange *change)
{
  const char *party_id = buntan_answer_change_get_party (change);

  switch (buntan_answer_change_get_kind (change))
    {
    case BUNTAN_ANSWER_CHANGE_AGREED:
      if (_buntan_answers_vendor_confirms (self, item))
        buntan_check_set_agreed (buntan_item_ensure_check (item, party_id), self->today);
      break;
    case BUNTAN_ANSWER_CHANGE_PROPOSAL:
      if (_buntan_answer_change_get_terms (change) != NULL)
        buntan_item_set_agreed_terms (item, _buntan_answer_change_get_terms (change));
      break;
    case BUNTAN_ANSWER_CHANGE_NOT_APPLICABLE:
      buntan_item_set_status (item, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
      break;
    case BUNTAN_ANSWER_CHANGE_CHECK:
      if (_buntan_answers_vendor_confirms (self, item))
        apply_check (item, change);
      break;
    case BUNTAN_ANSWER_CHANGE_SET_AGREED_STATUS:
      buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
      break;
    case BUNTAN_ANSWER_CHANGE_COMMENT:
    default:
      break;
    }
}

/**
 * buntan_answers_apply:
 * @self: answers
 * @error: return location for an error (none is set today; kept so a
 *   future check of the project can refuse)
 *
 * Applies the accepted changes as one undo step. The project's decision
 * log gets every change (status, 合意内容, a vendor's agreement, first check,
 * its date and 目標日) and every accepted row's comment, with the source
 * "answers:FILE NAME" and, for a vendor's check, the vendor, in the meeting
 * going on or else in one made for the import (none when nothing was
 * logged); the questionnaire records when and from which file its answers
 * were received. Undo takes the changes and the receipt back; the log
 * stays, as a meeting's log does: it is append-only and says what happened
 * (HACKING.md, "The decision log").
 *
 * Returns: how many changes were applied (0: the project is untouched)
 */
guint
buntan_answers_apply (BuntanAnswers *self, GError **error)
{
  BuntanHistory   *history;
  BuntanMeeting   *meeting;
  gboolean         own_meeting = FALSE;
  g_autofree char *source = NULL;
  guint            n_applied = 0;
  GListModel      *changes;

  g_return_val_if_fail (BUNTAN_IS_ANSWERS (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (buntan_answers_count_accepted (self) == 0)
    return 0;

  changes = G_LIST_MODEL (self->changes);
  history = buntan_project_get_history (self->project);
  source = g_strconcat (BUNTAN_DECISION_SOURCE_ANSWERS, self->file_name, NULL);
  g_assert (buntan_decision_source_is_valid (source));

  meeting = buntan_project_get_active_meeting (self->project);
  if (meeting == NULL)
    {
      const char *attendees[] = { buntan_party_get_name (self->party), NULL };

      const char *parties[] = { buntan_party_get_id (self->party), NULL };

      meeting = buntan_project_start_meeting (self->project, attendees);
      buntan_meeting_set_parties (meeting, parties);
      own_meeting = TRUE;
    }

  buntan_history_begin_group (history);
  buntan_project_set_change_source (self->project, source);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);
      BuntanItem *item;

      if (!buntan_answer_change_get_accepted (change))
        continue;
      item = buntan_project_find_item (self->project, buntan_answer_change_get_item_id (change));
      if (item == NULL)
        continue;

      apply_change (self, item, change);
      if (buntan_answer_change_get_comment (change) != NULL)
        {
          g_autofree char *now = buntan_date_time_now ();

          buntan_meeting_add_decision_from (meeting, source, now,
                                            buntan_answer_change_get_item_id (change),
                                            BUNTAN_DECISION_COMMENT, NULL,
                                            buntan_answer_change_get_comment (change));
        }
      n_applied++;
    }
  buntan_project_set_change_source (self->project, NULL);
  buntan_questionnaire_set_received (self->questionnaire, self->today, self->file_name);
  buntan_project_set_is_modified (self->project, TRUE);
  buntan_history_end_group (history);

  if (own_meeting)
    _buntan_project_end_meeting_dropping_empty (self->project);

  return n_applied;
}
