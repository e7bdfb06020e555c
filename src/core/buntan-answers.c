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

G_DEFINE_FINAL_TYPE (BuntanAnswers, buntan_answers, G_TYPE_OBJECT)

G_DEFINE_QUARK (buntan - answers - error - quark, buntan_answers_error)

/* The identity labels of the 回答のお願い sheet, for a workbook whose
 * defined names were lost (a spreadsheet program that drops them). */
typedef struct
{
  const char *defined_name;
  const char *label;
} Identity;

static const Identity identity_project = { BUNTAN_QUESTIONNAIRE_NAME_PROJECT, "プロジェクトID" };
static const Identity identity_vendor = { BUNTAN_QUESTIONNAIRE_NAME_VENDOR, "事業者ID" };
static const Identity identity_id = { BUNTAN_QUESTIONNAIRE_NAME_ID, "回答依頼ID" };

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

static const char *const column_headers[N_COLUMNS] = {
  [COLUMN_ID] = "項目ID",
  [COLUMN_LEAD] = "主担当（案）",
  [COLUMN_ROLE] = "貴社の役割（案）",
  [COLUMN_TERMS] = "合意内容（案）",
  [COLUMN_ANSWER] = "回答",
  [COLUMN_CHECK] = "初回確認",
  [COLUMN_CHECK_DATE] = "初回確認日",
  [COLUMN_TARGET] = "目標日",
  [COLUMN_PROPOSED_TERMS] = "提案する合意内容",
  [COLUMN_COMMENT] = "コメント",
};

#define NO_COLUMN G_MAXUINT
/* The header row is near the top: titles above it, never a screenful. */
#define MAX_HEADER_ROW 30

typedef struct
{
  BuntanXlsxSheet *sheet;
  guint            header_row;
  guint            columns[N_COLUMNS];
} AnswerSheet;

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

static const char *
party_label (BuntanParty *party)
{
  const char *short_name = buntan_party_get_short_name (party);

  return short_name != NULL && *short_name != '\0' ? short_name : buntan_party_get_name (party);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

static void
add_warning (BuntanAnswers *self, const char *format, ...) G_GNUC_PRINTF (2, 3);

static void
add_warning (BuntanAnswers *self, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_insert (self->warnings, self->warnings->len - 1, g_strdup_vprintf (format, args));
  va_end (args);
}

/* A cell's text with the spaces a hand adds around it removed. */
static char *
dup_cell (BuntanXlsxSheet *sheet, guint row, guint column)
{
  if (column == NO_COLUMN)
    return g_strdup ("");
  return g_strstrip (g_strdup (buntan_xlsx_sheet_get_text (sheet, row, column)));
}

static BuntanXlsxSheet *
read_cached_sheet (BuntanXlsxReader *reader, GHashTable *sheets, const char *name, GError **error)
{
  BuntanXlsxSheet *sheet = g_hash_table_lookup (sheets, name);

  if (sheet == NULL)
    {
      sheet = buntan_xlsx_reader_read_sheet (reader, name, error);
      if (sheet != NULL)
        g_hash_table_insert (sheets, g_strdup (name), sheet);
    }

  return sheet;
}

/* The identity value: the cell its defined name points at, or else the
 * cell right of its label on any sheet. "" when neither is found. */
static char *
dup_identity (BuntanXlsxReader *reader,
              GHashTable       *sheets,
              const Identity   *identity,
              GError          **error)
{
  g_autofree char   *sheet_name = NULL;
  guint              row, column;
  const char *const *names = buntan_xlsx_reader_get_sheet_names (reader);

  if (buntan_xlsx_reader_find_named_cell (reader, identity->defined_name, &sheet_name, &row,
                                          &column))
    {
      BuntanXlsxSheet *sheet = read_cached_sheet (reader, sheets, sheet_name, error);

      if (sheet == NULL)
        return NULL;
      return dup_cell (sheet, row, column);
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      BuntanXlsxSheet *sheet = read_cached_sheet (reader, sheets, names[i], error);

      if (sheet == NULL)
        return NULL;
      for (guint r = 0; r < buntan_xlsx_sheet_get_n_rows (sheet); r++)
        for (guint c = 0; c + 1 < buntan_xlsx_sheet_get_n_columns (sheet, r); c++)
          if (g_strcmp0 (buntan_xlsx_sheet_get_text (sheet, r, c), identity->label) == 0)
            return dup_cell (sheet, r, c + 1);
    }

  return g_strdup ("");
}

static gboolean
find_header_row (BuntanXlsxSheet *sheet, AnswerSheet *answers)
{
  guint n_rows = MIN (buntan_xlsx_sheet_get_n_rows (sheet), MAX_HEADER_ROW);

  for (guint row = 0; row < n_rows; row++)
    {
      guint n_columns = buntan_xlsx_sheet_get_n_columns (sheet, row);

      for (guint i = 0; i < N_COLUMNS; i++)
        answers->columns[i] = NO_COLUMN;
      for (guint column = 0; column < n_columns; column++)
        {
          g_autofree char *text = dup_cell (sheet, row, column);

          for (guint i = 0; i < N_COLUMNS; i++)
            if (answers->columns[i] == NO_COLUMN && g_str_equal (text, column_headers[i]))
              answers->columns[i] = column;
        }
      if (answers->columns[COLUMN_ID] != NO_COLUMN && answers->columns[COLUMN_ANSWER] != NO_COLUMN)
        {
          answers->sheet = sheet;
          answers->header_row = row;
          return TRUE;
        }
    }

  return FALSE;
}

/* The 回答 sheet, wherever the vendor renamed or moved it: the first whose
 * header row has 項目ID and 回答, trying the sheet of that name first. */
static gboolean
find_answer_sheet (BuntanXlsxReader *reader,
                   GHashTable       *sheets,
                   AnswerSheet      *answers,
                   GError          **error)
{
  const char *const *names = buntan_xlsx_reader_get_sheet_names (reader);

  if (g_strv_contains (names, BUNTAN_QUESTIONNAIRE_SHEET_ANSWERS))
    {
      BuntanXlsxSheet *sheet =
        read_cached_sheet (reader, sheets, BUNTAN_QUESTIONNAIRE_SHEET_ANSWERS, error);

      if (sheet == NULL)
        return FALSE;
      if (find_header_row (sheet, answers))
        return TRUE;
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      BuntanXlsxSheet *sheet = read_cached_sheet (reader, sheets, names[i], error);

      if (sheet == NULL)
        return FALSE;
      if (find_header_row (sheet, answers))
        return TRUE;
    }

  return TRUE; /* no answer sheet: nothing answered, which is no refusal */
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

  text = dup_cell (sheet, row, column);
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
  const char       *party_id = buntan_party_get_id (self->party);
  g_autofree char  *result_text = dup_cell (answers->sheet, row, answers->columns[COLUMN_CHECK]);
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
    add_warning (self, _ ("Row %u (item %s): “%s” is not an answer to 初回確認; it is ignored"),
                 row + 1, buntan_item_get_id (item), result_text);
  if (bad_date || bad_target)
    add_warning (self,
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
      add_warning (self,
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
  description =
    g_strdup_printf (_ ("First check of %s: %s → %s"), party_label (self->party), before, after);
  {
    BuntanAnswerChange *change =
      _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_CHECK, buntan_item_get_id (item), party_id,
                                 description, NULL, stale);

    _buntan_answer_change_set_check (change, result, date, target);
    add_change (self, change);
  }
}

static gboolean
vendor_confirms (BuntanAnswers *self, BuntanItem *item)
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
  g_autofree char *answer = dup_cell (answers->sheet, row, answers->columns[COLUMN_ANSWER]);
  g_autofree char *comment = dup_cell (answers->sheet, row, answers->columns[COLUMN_COMMENT]);
  g_autofree char *terms = dup_cell (answers->sheet, row, answers->columns[COLUMN_PROPOSED_TERMS]);
  g_autofree char *description = NULL;
  gboolean         stale = row_is_stale (self, answers, row, item);
  gboolean         confirms = vendor_confirms (self, item);
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
                                       party_label (self->party));
      else
        /* TRANSLATORS: a vendor's agreement date, before → after */
        description = g_strdup_printf (_ ("Agreement of %s: %s → %s"), party_label (self->party),
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
    add_warning (self, _ ("Row %u (item %s): “%s” is not one of the answers; it is ignored"),
                 row + 1, item_id, answer);

  read_check (self, answers, row, item, confirms, stale);

  if (!comment_said && *comment != '\0')
    {
      /* TRANSLATORS: %s is the vendor's name */
      description = g_strdup_printf (_ ("Comment from %s, kept in the decision log"),
                                     party_label (self->party));
      add_change (self, _buntan_answer_change_new (BUNTAN_ANSWER_CHANGE_COMMENT, item_id, party_id,
                                                   description, comment, stale));
    }
}

static void
read_rows (BuntanAnswers *self, AnswerSheet *answers)
{
  const char *const *asked = buntan_questionnaire_get_items (self->questionnaire);
  g_autoptr (GHashTable) asked_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (answers->sheet == NULL)
    {
      add_warning (self, _ ("The workbook has no sheet of answers (with the columns 項目ID and "
                            "回答); nothing was read"));
      return;
    }

  for (guint i = 0; asked[i] != NULL; i++)
    g_hash_table_add (asked_ids, (gpointer) asked[i]);

  for (guint row = answers->header_row + 1; row < buntan_xlsx_sheet_get_n_rows (answers->sheet);
       row++)
    {
      g_autofree char *id = dup_cell (answers->sheet, row, answers->columns[COLUMN_ID]);
      BuntanItem      *item;

      if (*id == '\0')
        continue;
      if (!g_hash_table_contains (asked_ids, id))
        {
          add_warning (self,
                       _ ("Row %u: item %s was not asked in this questionnaire (was the id "
                          "edited?); the row is skipped"),
                       row + 1, id);
          continue;
        }
      if (g_hash_table_contains (seen, id))
        {
          add_warning (self, _ ("Row %u: item %s is answered twice; only its first row is read"),
                       row + 1, id);
          continue;
        }
      g_hash_table_add (seen, g_strdup (id));

      item = buntan_project_find_item (self->project, id);
      if (item == NULL)
        {
          add_warning (self, _ ("Row %u: item %s is no longer in the project; the row is skipped"),
                       row + 1, id);
          continue;
        }
      read_row (self, answers, row, item);
    }
}

static gboolean
match_identity (BuntanAnswers *self, BuntanXlsxReader *reader, GHashTable *sheets, GError **error)
{
  g_autofree char *project_id = NULL, *vendor_id = NULL, *questionnaire_id = NULL;
  const char      *asked_vendor;

  if ((project_id = dup_identity (reader, sheets, &identity_project, error)) == NULL ||
      (vendor_id = dup_identity (reader, sheets, &identity_vendor, error)) == NULL ||
      (questionnaire_id = dup_identity (reader, sheets, &identity_id, error)) == NULL)
    return FALSE;

  if (*project_id == '\0' || *questionnaire_id == '\0')
    {
      g_set_error (error, BUNTAN_ANSWERS_ERROR, BUNTAN_ANSWERS_ERROR_NOT_QUESTIONNAIRE,
                   _ ("%s is not a questionnaire made by Buntan: its sheet 回答のお願い with the "
                      "project and questionnaire ids is missing. Import the file the vendor "
                      "received, filled in"),
                   self->display_name);
      return FALSE;
    }

  if (g_strcmp0 (project_id, buntan_project_get_id (self->project)) != 0)
    {
      g_set_error (error, BUNTAN_ANSWERS_ERROR, BUNTAN_ANSWERS_ERROR_OTHER_PROJECT,
                   _ ("%s answers a questionnaire of another project; open that project to "
                      "import it"),
                   self->display_name);
      return FALSE;
    }

  self->questionnaire = buntan_project_find_questionnaire (self->project, questionnaire_id);
  if (self->questionnaire == NULL)
    {
      g_set_error (error, BUNTAN_ANSWERS_ERROR, BUNTAN_ANSWERS_ERROR_NEVER_SENT,
                   _ ("%s answers a questionnaire this project has no record of sending "
                      "(questionnaire %s); import answers only to questionnaires made and "
                      "recorded from this project file"),
                   self->display_name, questionnaire_id);
      return FALSE;
    }
  g_object_ref (self->questionnaire);

  asked_vendor = buntan_questionnaire_get_party (self->questionnaire);
  self->party = buntan_project_find_party (self->project, asked_vendor);
  if (self->party == NULL)
    {
      g_set_error (error, BUNTAN_ANSWERS_ERROR, BUNTAN_ANSWERS_ERROR_OTHER_VENDOR,
                   _ ("%s answers for a vendor (%s) that is no longer a party of this project; "
                      "add the vendor again, or ask the current vendor to answer its own "
                      "questionnaire"),
                   self->display_name, asked_vendor);
      return FALSE;
    }
  g_object_ref (self->party);

  if (g_strcmp0 (vendor_id, asked_vendor) != 0)
    {
      g_set_error (error, BUNTAN_ANSWERS_ERROR, BUNTAN_ANSWERS_ERROR_OTHER_VENDOR,
                   _ ("%s was sent to %s but says it answers for another vendor (%s); ask %s to "
                      "answer its own questionnaire"),
                   self->display_name, party_label (self->party), vendor_id,
                   party_label (self->party));
      return FALSE;
    }

  return TRUE;
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

  if (!match_identity (self, reader, sheets, error) ||
      !find_answer_sheet (reader, sheets, &answers, error))
    return NULL;
  read_rows (self, &answers);

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
      if (vendor_confirms (self, item))
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
      if (vendor_confirms (self, item))
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
