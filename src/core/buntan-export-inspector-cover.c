/* buntan-export-inspector-cover.c — the inspector's workbook: the cover
 *
 * The hospital, the checklist and the export date, then one row per sheet
 * saying whether it is complete and what it lacks, then the missing
 * answers one by one: what the inspector would otherwise find first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-inspector-private.h"

#define COVER_COLUMNS 7

static const BuntanXlsxColumn cover_columns[COVER_COLUMNS] = {
  { "区分", 16 },     { "名称", 30 },   { "シート", 26 },
  { "対象項目", 10 }, { "未回答", 10 }, { "目標日のない「いいえ」", 18 },
  { "記入状況", 22 },
};

/* The list of what is missing shares the columns, under headings of its own. */
static const char *const missing_headings[] = { "項番", "項目", "回答者", "不足の内容" };

/* The checklist's own name; its id where the checklist is not at hand. */
static char *
dup_checklist_name (BuntanExport *self)
{
  const char *id = buntan_project_get_template_id (self->project);
  char       *title =
    buntan_template_dup_title_for (id, buntan_project_get_template_version (self->project));

  return title != NULL ? title : g_strdup (_buntan_export_or_dash (id));
}

static lxw_row_t
put_field (BuntanExport  *self,
           lxw_worksheet *sheet,
           lxw_row_t      row,
           const char    *label,
           const char    *value)
{
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, label, self->xlsx->label);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, COVER_COLUMNS - 1, value,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

static lxw_row_t
put_facts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  g_autofree char *checklist = dup_checklist_name (self);
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  row = put_field (self, sheet, row, "医療機関",
                   _buntan_export_or_dash (_buntan_export_organization (self)));
  row = put_field (self, sheet, row, "チェックリスト", checklist);
  row = put_field (self, sheet, row, "チェックリストの版",
                   _buntan_export_or_dash (buntan_project_get_template_version (self->project)));

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "出力日", self->xlsx->label);
  _buntan_export_put_cover_date (self, sheet, row, 1, self->today, BUNTAN_XLSX_STYLE_DATE_LEFT);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, COVER_COLUMNS - 1, "", text);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

/* 「完了」, or 「未完了（不足 3 項目）」: every item answered and no いいえ
 * without 目標日 is what the inspector checks a sheet for. */
static char *
dup_completeness (BuntanInspectorSheet *answerer)
{
  guint missing = answerer->n_unanswered + answerer->n_no_target;

  if (missing == 0)
    return g_strdup ("完了");
  return g_strdup_printf ("未完了（不足 %u 項目）", missing);
}

static lxw_row_t
put_sheets (BuntanExport *self, BuntanInspector *inspector, lxw_worksheet *sheet, lxw_row_t row)
{
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  lxw_format *number = self->xlsx->cell[BUNTAN_XLSX_STYLE_NUMBER][FALSE];

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "回答の状況", self->xlsx->heading);
  buntan_xlsx_writer_put_head_row (self->xlsx, sheet, row++);

  for (guint s = 0; s < inspector->sheets->len; s++)
    {
      BuntanInspectorSheet *answerer = g_ptr_array_index (inspector->sheets, s);
      gboolean              hospital = buntan_party_is_hospital (answerer->party);
      g_autofree char      *completeness = dup_completeness (answerer);
      gboolean              complete = answerer->n_unanswered + answerer->n_no_target == 0;

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, hospital ? "医療機関" : "事業者",
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1,
                                   _buntan_export_party_name (answerer->party), text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, answerer->sheet_name, text);
      buntan_xlsx_writer_put_number (self->xlsx, sheet, row, 3, answerer->n_items, number);
      buntan_xlsx_writer_put_number (self->xlsx, sheet, row, 4, answerer->n_unanswered, number);
      buntan_xlsx_writer_put_number (self->xlsx, sheet, row, 5, answerer->n_no_target, number);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 6, completeness,
                                   complete ? self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE]
                                            : self->xlsx->cell[BUNTAN_XLSX_STYLE_UNDECIDED][FALSE]);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  return row;
}

/* The gaps one by one, worded by buntan_gap_describe() as everywhere else,
 * then the hospital's unanswered items, which are no gap of the rules. */
static lxw_row_t
put_missing (BuntanExport *self, BuntanInspector *inspector, lxw_worksheet *sheet, lxw_row_t row)
{
  GPtrArray       *gaps = buntan_matrix_get_gaps (self->all);
  guint            n_rows = buntan_matrix_get_n_rows (self->all);
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  lxw_format      *center = self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE];
  BuntanParty     *hospital = buntan_project_get_hospital (self->project);
  g_autofree char *hospital_name = NULL;
  guint            listed = 0;

  hospital_name =
    buntan_party_dup_unique_short_name (hospital, buntan_project_get_parties (self->project));

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "記入が不足している回答",
                               self->xlsx->heading);
  for (guint col = 0; col < G_N_ELEMENTS (missing_headings); col++)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, (lxw_col_t) col, missing_headings[col],
                                 self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, G_N_ELEMENTS (missing_headings) - 1,
                                 COVER_COLUMNS - 1,
                                 missing_headings[G_N_ELEMENTS (missing_headings) - 1],
                                 self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem      *item = buntan_matrix_get_item (self->all, i);
      GStrv            vendors = g_ptr_array_index (inspector->confirming, i);
      const char      *item_id = buntan_item_get_id (item);
      g_autofree char *number = _buntan_export_dup_inspector_number (item);

      if (vendors[0] == NULL && !_buntan_export_item_is_greyed (item) &&
          buntan_item_get_first_check (item) == BUNTAN_CHECK_RESULT_UNSET)
        {
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, number, center);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, buntan_item_get_title (item),
                                       text);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, hospital_name, text);
          buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 3, COVER_COLUMNS - 1,
                                         "医療機関の回答（はい・いいえ）がまだありません。", text);
          buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
          listed++;
        }

      for (guint g = 0; g < gaps->len; g++)
        {
          BuntanGap       *gap = g_ptr_array_index (gaps, g);
          const char      *party_id = buntan_gap_get_party_id (gap);
          BuntanParty     *party = NULL;
          g_autofree char *who = NULL;
          g_autofree char *sentence = NULL;

          if (g_strcmp0 (buntan_gap_get_item_id (gap), item_id) != 0)
            continue;
          if (party_id != NULL)
            party = buntan_project_find_party (self->project, party_id);
          who = party != NULL
                  ? buntan_party_dup_unique_short_name (party,
                                                        buntan_project_get_parties (self->project))
                  : g_strdup (hospital_name);
          sentence = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_WORKBOOK);

          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, number, center);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, buntan_item_get_title (item),
                                       text);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, who, text);
          buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 3, COVER_COLUMNS - 1, sentence,
                                         text);
          buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
          listed++;
        }
    }

  if (listed == 0)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, COVER_COLUMNS,
                                        "不足している回答はありません。");
  return row;
}

void
_buntan_export_write_inspector_cover (BuntanExport    *self,
                                      BuntanInspector *inspector,
                                      lxw_worksheet   *sheet)
{
  lxw_row_t row;

  buntan_xlsx_writer_begin_sheet (self->xlsx);
  buntan_xlsx_writer_put_titles (
    self->xlsx, sheet, "サイバーセキュリティ対策チェックリスト　回答一覧",
    "立入検査に備え、医療機関確認用と事業者ごとの事業者確認用の回答をまとめたもの");
  buntan_xlsx_writer_set_columns (self->xlsx, sheet, cover_columns, COVER_COLUMNS);

  row = put_facts (self, sheet, BUNTAN_XLSX_ROW_SUBTITLE + 2);
  row = put_sheets (self, inspector, sheet, row + 1);
  row = put_missing (self, inspector, sheet, row + 1);
  buntan_xlsx_writer_put_merged (
    self->xlsx, sheet, row + 1, 0, COVER_COLUMNS - 1,
    "各シートは「はい」「いいえ」で回答し、確認日を記入します。「いいえ」の項目には、"
    "対策を終える目標日を記入します。すべての項目に回答があり、目標日のない「いいえ」が"
    "ないシートを「完了」としています。",
    self->xlsx->remark);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row + 1);

  buntan_xlsx_writer_set_up_page (self->xlsx, sheet, BUNTAN_EXPORT_SHEET_COVER,
                                  BUNTAN_XLSX_ROW_TITLE, BUNTAN_XLSX_ROW_SUBTITLE,
                                  BUNTAN_XLSX_ROW_SUBTITLE + 1, 0);
}
