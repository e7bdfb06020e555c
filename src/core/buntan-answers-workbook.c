/* buntan-answers-workbook.c — which request a workbook answers, and its 回答 sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The request is found through the workbook's defined names, which follow a
 * renamed or moved sheet, or else the labelled identity cells; the 回答
 * sheet's columns by their header texts.
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
/* The header row is near the top: titles above it, never a screenful. */
#define MAX_HEADER_ROW 30

/* A cell's text with the spaces a hand adds around it removed. */
char *
_buntan_answers_dup_cell (BuntanXlsxSheet *sheet, guint row, guint column)
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
      return _buntan_answers_dup_cell (sheet, row, column);
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      BuntanXlsxSheet *sheet = read_cached_sheet (reader, sheets, names[i], error);

      if (sheet == NULL)
        return NULL;
      for (guint r = 0; r < buntan_xlsx_sheet_get_n_rows (sheet); r++)
        for (guint c = 0; c + 1 < buntan_xlsx_sheet_get_n_columns (sheet, r); c++)
          if (g_strcmp0 (buntan_xlsx_sheet_get_text (sheet, r, c), identity->label) == 0)
            return _buntan_answers_dup_cell (sheet, r, c + 1);
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
          g_autofree char *text = _buntan_answers_dup_cell (sheet, row, column);

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
gboolean
_buntan_answers_find_answer_sheet (BuntanXlsxReader *reader,
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

gboolean
_buntan_answers_match_identity (BuntanAnswers    *self,
                                BuntanXlsxReader *reader,
                                GHashTable       *sheets,
                                GError          **error)
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
                   self->display_name, _buntan_answers_party_label (self->party), vendor_id,
                   _buntan_answers_party_label (self->party));
      return FALSE;
    }

  return TRUE;
}
