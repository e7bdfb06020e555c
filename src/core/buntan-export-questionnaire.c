/* buntan-export-questionnaire.c — the questionnaire workbook (回答依頼) for one vendor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Between meetings the hospital sends each vendor the rows that concern it,
 * and the vendor answers in Excel. The workbook has two sheets: 回答のお願い
 * (what to fill in, how, by when, to whom, and the identity of the request)
 * and 回答 (one row per item the vendor is ◎, ○ or △ on, as its appendix
 * shows them, with the answer columns). Both sheets are protected without
 * a password: only the tinted answer cells take input, so the item ids and
 * the identity cells are not changed by accident, while a vendor who needs
 * to can still lift the protection deliberately. The identity stays on a
 * visible sheet, not a hidden one: the vendor and the hospital both see
 * (and print) which request a file answers. Workbook-level defined names
 * point at the identity cells, so they are found even in a renamed sheet.
 *
 * Like the other workbooks, every word in it is Japanese whatever the
 * locale; only the error messages are translated.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "buntan-export-file.h"
#include "buntan-export-private.h"
#include "buntan-export-questionnaire.h"

typedef struct
{
  BuntanXlsxWriter  *xlsx;
  BuntanProject     *project;
  BuntanPrintedScope scope;
  BuntanParty       *hospital;
  GPtrArray         *items; /* of BuntanItem: the rows asked, in the project's order */
  char              *id;
  char              *sent;
  char              *due;
  char              *fingerprint;
} Questionnaire;

/* The answer columns of the 回答 sheet, after the item's own. */
enum
{
  COLUMN_ID,
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_CONTENT,
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

static const BuntanXlsxColumn answer_columns[N_COLUMNS] = {
  [COLUMN_ID] = { "項目ID", 10 },
  [COLUMN_NUMBER] = { "項番", 7 },
  [COLUMN_TITLE] = { "項目", 22 },
  [COLUMN_CONTENT] = { "内容", 44 },
  [COLUMN_LEAD] = { "主担当（案）", 16 },
  [COLUMN_ROLE] = { "貴社の役割（案）", 12 },
  [COLUMN_TERMS] = { "合意内容（案）", 22 },
  [COLUMN_ANSWER] = { "回答", 13 },
  [COLUMN_CHECK] = { "初回確認", 9 },
  [COLUMN_CHECK_DATE] = { "初回確認日", 12 },
  [COLUMN_TARGET] = { "目標日", 12 },
  [COLUMN_PROPOSED_TERMS] = { "提案する合意内容", 26 },
  [COLUMN_COMMENT] = { "コメント", 30 },
};

static const BuntanXlsxColumn guide_columns[] = {
  { "", 22 },
  { "", 100 },
};

#define FIRST_ANSWER_ROW (BUNTAN_XLSX_ROW_HEAD + 1)

/* The answers a date cell takes: a real date within reason, not a typo
 * such as 2062 for 2026 or a bare number. */
static const lxw_datetime earliest_date = { .year = 2000, .month = 1, .day = 1 };
static const lxw_datetime latest_date = { .year = 2099, .month = 12, .day = 31 };

static char *
dup_date_after (const char *date, guint days)
{
  g_autoptr (GDate) parsed = buntan_date_parse (date);

  g_date_add_days (parsed, days);
  return buntan_date_format (parsed);
}

static char *
dup_japanese_date (const char *date)
{
  g_autoptr (GDate) parsed = buntan_date_parse (date);

  if (parsed == NULL)
    return g_strdup (date);
  return g_strdup_printf ("%d年%d月%d日", g_date_get_year (parsed), g_date_get_month (parsed),
                          g_date_get_day (parsed));
}

/* Who carries the item out as proposed: the ◎ parties by name, 未定 while
 * nobody is. */
static char *
dup_lead_names (Questionnaire *self, BuntanItem *item)
{
  GListModel *parties = buntan_project_get_parties (self->project);
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (buntan_item_get_mark (item, buntan_party_get_id (party)) != BUNTAN_MARK_LEAD)
        continue;
      if (names->len > 0)
        g_string_append_c (names, '\n');
      g_string_append (names, _buntan_export_party_name (party));
    }

  if (names->len == 0)
    return g_strdup (BUNTAN_EXPORT_UNDECIDED);
  if (buntan_item_is_joint (item))
    g_string_append (names, "\n（" BUNTAN_EXPORT_JOINT "）");
  else if (buntan_item_is_each (item))
    g_string_append (names, "\n（" BUNTAN_EXPORT_EACH "）");

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
collect_items (Questionnaire *self)
{
  GListModel *items = buntan_project_get_items (self->project);

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (buntan_printed_scope_shows_item (&self->scope, item))
        g_ptr_array_add (self->items, g_steal_pointer (&item));
    }
}

static void
put_label_row (Questionnaire *self,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               const char    *label,
               const char    *value)
{
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, label, self->xlsx->label);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, value,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
}

static void
define_name (Questionnaire *self, const char *name, lxw_row_t row)
{
  g_autofree char *formula =
    g_strdup_printf ("='%s'!$B$%u", BUNTAN_QUESTIONNAIRE_SHEET_GUIDE, (guint) row + 1);

  buntan_xlsx_writer_check (self->xlsx, workbook_define_name (self->xlsx->workbook, name, formula));
}

static void
protect (Questionnaire *self, lxw_worksheet *sheet)
{
  /* Widening a column or heightening a row to read or type is no accident. */
  lxw_protection options = { .format_columns = 1, .format_rows = 1 };

  worksheet_protect (sheet, NULL, &options);
}

static void
write_guide (Questionnaire *self, lxw_worksheet *sheet)
{
  static const char *const steps[] = {
    "「" BUNTAN_QUESTIONNAIRE_SHEET_ANSWERS "」シートの各行は、貴社が主担当（◎）・協力（○）・"
    "情報提供（△）となっている項目です。主担当と役割の案、合意内容の案をご確認ください。",
    "各行の「回答」欄で「" BUNTAN_QUESTIONNAIRE_ANSWER_AGREE
    "」「" BUNTAN_QUESTIONNAIRE_ANSWER_CHANGE "」「" BUNTAN_QUESTIONNAIRE_ANSWER_NOT_APPLICABLE
    "」のいずれかを一覧から選んでください。",
    "「" BUNTAN_QUESTIONNAIRE_ANSWER_CHANGE
    "」の場合は、希望する分担や合意内容を「提案する合意内容」に、"
    "理由を「コメント」に記入してください。「" BUNTAN_QUESTIONNAIRE_ANSWER_NOT_APPLICABLE
    "」の場合は、その理由を「コメント」に記入してください。",
    "主担当（◎）・協力（○）の項目では、貴社のシステムについての確認結果を「初回確認」で「はい」"
    "「いいえ」から選び、確認した日を「初回確認日」に記入してください。「いいえ」の場合は、"
    "対応を終える予定の日を「目標日」に記入してください。情報提供（△）の項目は記入不要です。",
    "日付は 2026-12-07 のように年・月・日で入力してください。",
    "色の付いたセルだけが記入できます。項目ID、項目の内容と下の照合情報は変更しないでください。"
    "行の追加・削除・並べ替えもしないでください。",
    "記入が済みましたら、このファイルを Excel 形式（.xlsx）のまま保存し、回答期限までに"
    "返送先へお送りください。",
  };
  BuntanParty *vendor = self->scope.vendor;
  const char  *contact = self->hospital != NULL ? buntan_party_get_contact (self->hospital) : NULL;
  g_autofree char *title =
    g_strdup_printf ("回答依頼　%s 御中", _buntan_export_party_name (vendor));
  g_autofree char *subtitle = NULL;
  g_autofree char *sent = dup_japanese_date (self->sent);
  g_autofree char *due = dup_japanese_date (self->due);
  g_autofree char *count = g_strdup_printf ("%u 項目", self->items->len);
  g_autofree char *reply_to = NULL;
  const char      *hospital_name =
    self->hospital != NULL ? _buntan_export_party_name (self->hospital) : BUNTAN_EXPORT_NO_VALUE;
  lxw_row_t row = BUNTAN_XLSX_ROW_HEAD;

  subtitle = g_strdup_printf ("%s　責任分担の確認のお願い",
                              _buntan_export_or_dash (buntan_project_get_title (self->project)));
  reply_to = contact != NULL && *contact != '\0'
               ? g_strdup_printf ("%s\n%s", hospital_name, contact)
               : g_strdup (hospital_name);

  buntan_xlsx_writer_put_titles (self->xlsx, sheet, title, subtitle);
  buntan_xlsx_writer_set_columns (self->xlsx, sheet, guide_columns, G_N_ELEMENTS (guide_columns));
  buntan_xlsx_writer_set_up_page (self->xlsx, sheet, "回答依頼", 0, 0, 0, 0);

  put_label_row (self, sheet, row++, "依頼元", hospital_name);
  put_label_row (self, sheet, row++, "返送先", reply_to);
  put_label_row (self, sheet, row++, "送付日", sent);
  put_label_row (self, sheet, row++, "回答期限", due);
  put_label_row (self, sheet, row++, "対象項目", count);

  row++;
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "ご記入の方法", self->xlsx->heading);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      put_label_row (self, sheet, row++, number, steps[i]);
    }

  row++;
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "照合情報（変更しないでください）",
                               self->xlsx->heading);
  define_name (self, BUNTAN_QUESTIONNAIRE_NAME_PROJECT, row);
  put_label_row (self, sheet, row++, "プロジェクトID", buntan_project_get_id (self->project));
  define_name (self, BUNTAN_QUESTIONNAIRE_NAME_VENDOR, row);
  put_label_row (self, sheet, row++, "事業者ID", buntan_party_get_id (vendor));
  define_name (self, BUNTAN_QUESTIONNAIRE_NAME_ID, row);
  put_label_row (self, sheet, row++, "回答依頼ID", self->id);
  define_name (self, BUNTAN_QUESTIONNAIRE_NAME_FINGERPRINT, row);
  put_label_row (self, sheet, row++, "照合用ハッシュ", self->fingerprint);

  protect (self, sheet);
}

static void
add_list_validation (Questionnaire     *self,
                     lxw_worksheet     *sheet,
                     lxw_row_t          last_row,
                     lxw_col_t          col,
                     const char *const *values,
                     const char        *message)
{
  lxw_data_validation validation = {
    .validate = LXW_VALIDATION_TYPE_LIST,
    /* char ** in 1.1.4, const char ** from 1.1.8 (PLATFORM.md). */
    .value_list = (void *) values,
    .input_message = (char *) message,
    .error_title = (char *) "一覧から選んでください",
    .error_message = (char *) message,
  };

  buntan_xlsx_writer_check (self->xlsx,
                            worksheet_data_validation_range (sheet, FIRST_ANSWER_ROW, col, last_row,
                                                             col, &validation));
}

static void
add_date_validation (Questionnaire *self, lxw_worksheet *sheet, lxw_row_t last_row, lxw_col_t col)
{
  lxw_data_validation validation = {
    .validate = LXW_VALIDATION_TYPE_DATE,
    .criteria = LXW_VALIDATION_CRITERIA_BETWEEN,
    .minimum_datetime = earliest_date,
    .maximum_datetime = latest_date,
    .input_message = (char *) "2026-12-07 のように入力してください。",
    .error_title = (char *) "日付を入力してください",
    .error_message = (char *) "2000年から2099年までの日付を、2026-12-07 のように入力してください。",
  };

  buntan_xlsx_writer_check (self->xlsx,
                            worksheet_data_validation_range (sheet, FIRST_ANSWER_ROW, col, last_row,
                                                             col, &validation));
}

static void
put_answer_cells (Questionnaire *self,
                  lxw_worksheet *sheet,
                  lxw_row_t      row,
                  BuntanMark     mark,
                  lxw_format    *text,
                  lxw_format    *center,
                  lxw_format    *date)
{
  lxw_format *locked = self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][TRUE];

  buntan_xlsx_writer_check (self->xlsx, worksheet_write_blank (sheet, row, COLUMN_ANSWER, center));
  /* △ parties do not confirm an item (DESIGN.md, per-vendor checks). */
  if (mark == BUNTAN_MARK_INFORMED)
    {
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_CHECK, BUNTAN_EXPORT_NO_VALUE,
                                   locked);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_CHECK_DATE,
                                   BUNTAN_EXPORT_NO_VALUE, locked);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_TARGET, BUNTAN_EXPORT_NO_VALUE,
                                   locked);
    }
  else
    {
      buntan_xlsx_writer_check (self->xlsx,
                                worksheet_write_blank (sheet, row, COLUMN_CHECK, center));
      buntan_xlsx_writer_check (self->xlsx,
                                worksheet_write_blank (sheet, row, COLUMN_CHECK_DATE, date));
      buntan_xlsx_writer_check (self->xlsx,
                                worksheet_write_blank (sheet, row, COLUMN_TARGET, date));
    }
  buntan_xlsx_writer_check (self->xlsx,
                            worksheet_write_blank (sheet, row, COLUMN_PROPOSED_TERMS, text));
  buntan_xlsx_writer_check (self->xlsx, worksheet_write_blank (sheet, row, COLUMN_COMMENT, text));
}

static void
write_answers (Questionnaire *self, lxw_worksheet *sheet)
{
  static const char *const answers[] = { BUNTAN_QUESTIONNAIRE_ANSWER_AGREE,
                                         BUNTAN_QUESTIONNAIRE_ANSWER_CHANGE,
                                         BUNTAN_QUESTIONNAIRE_ANSWER_NOT_APPLICABLE, NULL };
  static const char *const yes_no[] = { "はい", "いいえ", NULL };
  BuntanParty             *vendor = self->scope.vendor;
  lxw_format *text = buntan_xlsx_writer_add_answer_format (self->xlsx, BUNTAN_XLSX_STYLE_TEXT);
  lxw_format *center = buntan_xlsx_writer_add_answer_format (self->xlsx, BUNTAN_XLSX_STYLE_CENTER);
  lxw_format *date = buntan_xlsx_writer_add_answer_format (self->xlsx, BUNTAN_XLSX_STYLE_DATE);
  g_autofree char *title =
    g_strdup_printf ("回答　%s（回答期限 %s）", _buntan_export_party_name (vendor), self->due);
  g_autofree char *subtitle = g_strdup_printf ("回答依頼ID %s　送付日 %s", self->id, self->sent);
  lxw_row_t        row = FIRST_ANSWER_ROW;

  buntan_xlsx_writer_begin_table (self->xlsx, sheet, "回答依頼", title, subtitle, answer_columns,
                                  N_COLUMNS, COLUMN_TITLE);

  for (guint i = 0; i < self->items->len; i++)
    {
      BuntanItem      *item = g_ptr_array_index (self->items, i);
      BuntanMark       mark = buntan_item_get_mark (item, buntan_party_get_id (vendor));
      g_autofree char *number = _buntan_export_dup_item_number (item, FALSE);
      g_autofree char *leads = dup_lead_names (self, item);
      lxw_format      *cell = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
      lxw_format      *centered = self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE];

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_ID, buntan_item_get_id (item),
                                   centered);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_NUMBER, number, centered);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_TITLE,
                                   buntan_item_get_title (item), cell);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_CONTENT,
                                   buntan_item_get_content (item), cell);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_LEAD, leads, centered);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_ROLE,
                                   _buntan_export_role_words (mark), centered);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, COLUMN_TERMS,
                                   _buntan_export_or_dash (buntan_item_get_agreed_terms (item)),
                                   cell);
      put_answer_cells (self, sheet, row, mark, text, center, date);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
      row++;
    }

  if (self->items->len == 0)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row, N_COLUMNS,
                                        "この事業者に確認をお願いする項目はありません。");
  else
    {
      lxw_row_t last = row - 1;

      buntan_xlsx_writer_end_table (self->xlsx, sheet, last);
      add_list_validation (self, sheet, last, COLUMN_ANSWER, answers,
                           "「同意」「修正希望」「対象外の提案」から選んでください。");
      add_list_validation (self, sheet, last, COLUMN_CHECK, yes_no,
                           "「はい」「いいえ」から選んでください。");
      add_date_validation (self, sheet, last, COLUMN_CHECK_DATE);
      add_date_validation (self, sheet, last, COLUMN_TARGET);
    }

  protect (self, sheet);
}

static void
write_workbook (Questionnaire *self)
{
  lxw_worksheet   *guide, *answers;
  g_autofree char *footer = g_strdup_printf ("回答依頼ID %s", self->id);
  g_autofree char *sent = g_strdup_printf ("送付日 %s", self->sent);
  g_autofree char *sent_midnight = g_strconcat (self->sent, "T00:00:00Z", NULL);
  /* The workbook's time comes from the sending, so the same request gives the same bytes. */
  g_autoptr (GDateTime) sent_time = g_date_time_new_from_iso8601 (sent_midnight, NULL);

  guide = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_QUESTIONNAIRE_SHEET_GUIDE);
  answers = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_QUESTIONNAIRE_SHEET_ANSWERS);
  if (guide != NULL)
    write_guide (self, guide);
  if (answers != NULL)
    write_answers (self, answers);

  buntan_xlsx_writer_set_footers (self->xlsx, footer, sent);
  buntan_xlsx_writer_set_properties (self->xlsx, buntan_project_get_title (self->project),
                                     "回答依頼",
                                     self->hospital != NULL
                                       ? _buntan_export_party_name (self->hospital)
                                       : NULL,
                                     self->id,
                                     sent_time != NULL ? (time_t) g_date_time_to_unix (sent_time)
                                                       : 0,
                                     self->fingerprint);
}

static gboolean
write_to_path (gpointer data, const char *temp_path, const char *display_name, GError **error)
{
  Questionnaire *self = data;

  self->xlsx = buntan_xlsx_writer_new (temp_path, buntan_project_get_title (self->project));
  if (self->xlsx == NULL)
    {
      _buntan_export_set_write_error (error, display_name,
                                      lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      return FALSE;
    }

  write_workbook (self);

  /* Closing writes the file and frees the workbook, even after an error. */
  return _buntan_export_close_workbook (g_steal_pointer (&self->xlsx), display_name, error);
}

/* The atomic writer's callback: the workbook, written in the C numeric locale. */
static gboolean
write_in_c_locale (const char *temp_path, const char *display_name, gpointer data, GError **error)
{
  return _buntan_export_write_in_c_numeric (write_to_path, data, temp_path, display_name, error);
}

static gboolean
questionnaire_init (Questionnaire                    *self,
                    BuntanProject                    *project,
                    const BuntanQuestionnaireOptions *options,
                    GError                          **error)
{
  BuntanExportOptions scope_options = { .vendor_id = options->vendor_id };

  /* The rows and the fingerprint of the vendor's appendix: what the vendor
   * answers is what it will sign. */
  if (!buntan_printed_scope_init (&self->scope, project, &scope_options, error))
    return FALSE;

  self->project = project;
  self->hospital = buntan_project_get_hospital (project);
  self->id = options->id != NULL ? g_strdup (options->id) : g_uuid_string_random ();
  self->sent = options->sent != NULL ? g_strdup (options->sent) : buntan_date_dup_export_date ();
  self->due = options->due != NULL ? g_strdup (options->due)
                                   : dup_date_after (self->sent, BUNTAN_QUESTIONNAIRE_DEFAULT_DAYS);
  self->fingerprint = buntan_printed_dup_fingerprint (&self->scope);
  collect_items (self);

  return TRUE;
}

static void
questionnaire_clear (Questionnaire *self)
{
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->sent, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->fingerprint, g_free);
}

static BuntanQuestionnaire *
new_record (Questionnaire *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) items = NULL;

  for (guint i = 0; i < self->items->len; i++)
    g_strv_builder_add (builder, buntan_item_get_id (g_ptr_array_index (self->items, i)));
  items = g_strv_builder_end (builder);

  return buntan_questionnaire_new (self->id, buntan_party_get_id (self->scope.vendor), self->sent,
                                   self->fingerprint, (const char *const *) items);
}

/**
 * buntan_export_questionnaire:
 * @project: a project
 * @file: the workbook to write; must be a local file
 * @options: the vendor, and optionally the date sent, the due date and the id
 * @error: return location for a #BUNTAN_EXPORT_ERROR naming @file, or
 *   %BUNTAN_EXPORT_ERROR_NOT_FOUND for an unknown vendor
 *
 * Writes the questionnaire workbook (回答依頼) for one vendor: the rows its
 * appendix shows, with the proposed split and the answer columns, the
 * instructions in Japanese, and the identity of the request in cells the
 * vendor cannot change by accident. The file is replaced whole or not at
 * all. The project is not changed: the caller records the returned
 * questionnaire with buntan_project_add_questionnaire() once it is sent.
 *
 * Returns: (transfer full) (nullable): what was asked, or %NULL on error
 */
BuntanQuestionnaire *
buntan_export_questionnaire (BuntanProject                    *project,
                             GFile                            *file,
                             const BuntanQuestionnaireOptions *options,
                             GError                          **error)
{
  Questionnaire self = { 0 };
  g_autoptr (BuntanQuestionnaire) record = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (options != NULL && options->vendor_id != NULL, NULL);
  g_return_val_if_fail (options->sent == NULL || buntan_date_is_valid (options->sent), NULL);
  g_return_val_if_fail (options->due == NULL || buntan_date_is_valid (options->due), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (questionnaire_init (&self, project, options, error) &&
      _buntan_export_file_replace (file, write_in_c_locale, &self, error))
    record = new_record (&self);
  questionnaire_clear (&self);

  return g_steal_pointer (&record);
}

/**
 * buntan_export_dup_questionnaire_file_name:
 * @project: a project
 * @vendor: one of its vendors
 *
 * The name of @vendor's questionnaire when every vendor's is written into
 * one folder: 「回答依頼_略称.xlsx」, made as the appendices' names are.
 *
 * Returns: (transfer full): a file name without a folder
 */
char *
buntan_export_dup_questionnaire_file_name (BuntanProject *project, BuntanParty *vendor)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (BUNTAN_IS_PARTY (vendor), NULL);

  return _buntan_export_dup_vendor_file_name (project, vendor, "回答依頼_");
}

/**
 * buntan_export_dup_questionnaire_proposal:
 * @project: a project
 * @item: one of its items
 * @vendor: one of its vendors
 *
 * What a questionnaire written now would propose on @item's row: the
 * 主担当（案）, 貴社の役割（案） and 合意内容（案） cells, joined by U+001F (which
 * no cell holds). Reading answers compares it with the cells the vendor
 * got, to flag rows whose proposal changed since.
 *
 * Returns: (transfer full): the three cells' texts
 */
char *
buntan_export_dup_questionnaire_proposal (BuntanProject *project,
                                          BuntanItem    *item,
                                          BuntanParty   *vendor)
{
  Questionnaire    self = { .project = project };
  g_autofree char *leads = dup_lead_names (&self, item);

  return g_strjoin ("\x1f", leads,
                    _buntan_export_role_words (
                      buntan_item_get_mark (item, buntan_party_get_id (vendor))),
                    _buntan_export_or_dash (buntan_item_get_agreed_terms (item)), NULL);
}
