/* buntan-export-cover.c — the cover: the facts, the parties and the signatures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

#define COVER_COLUMNS 6
#define SIGNATURE_LINES 3

static const BuntanXlsxColumn cover_columns[COVER_COLUMNS] = {
  { "区分", 16 },     { "名称", 34 },   { "提供サービス・システム", 34 },
  { "契約種別", 18 }, { "連絡先", 30 }, { "緊急連絡先", 30 },
};

static lxw_row_t
put_cover_field (BuntanExport  *self,
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

/* Counts are numbers, so that they stay numbers when someone sums them. */
static lxw_row_t
put_cover_count (BuntanExport  *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 const char    *label,
                 guint          count,
                 const char    *remark)
{
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, label, self->xlsx->label);
  buntan_xlsx_writer_put_number (self->xlsx, sheet, row, 1, count,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, COVER_COLUMNS - 1, remark,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

static lxw_row_t
put_cover_remark (BuntanExport  *self,
                  lxw_worksheet *sheet,
                  lxw_row_t      row,
                  lxw_col_t      first_col,
                  const char    *remark)
{
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, first_col, COVER_COLUMNS - 1, remark,
                                 self->xlsx->remark);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

static lxw_row_t
put_cover_facts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  g_autofree char *template_text = NULL;
  g_autofree char *part_counts = NULL;

  row = put_cover_field (self, sheet, row, "案件名", buntan_project_get_title (self->project));
  row = put_cover_field (self, sheet, row, "医療機関", _buntan_export_organization (self));

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "出力日", self->xlsx->label);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, 1, self->today, BUNTAN_XLSX_STYLE_DATE_LEFT,
                               FALSE);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, COVER_COLUMNS - 1, "",
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  template_text =
    g_strdup_printf ("%s（版 %s）",
                     _buntan_export_or_dash (buntan_project_get_template_id (self->project)),
                     _buntan_export_or_dash (buntan_project_get_template_version (self->project)));
  row = put_cover_field (self, sheet, row, "チェックリスト", template_text);

  part_counts =
    g_strdup_printf ("第1部 %u 項目、第2部 %u 項目", _buntan_export_count_items (self, 1, 0, TRUE),
                     _buntan_export_count_items (self, 2, 0, TRUE));
  row = put_cover_count (self, sheet, row, "項目数", _buntan_export_count_items (self, 0, 0, TRUE),
                         part_counts);
  row = put_cover_count (self, sheet, row, "合意済",
                         _buntan_export_count_items (self, 0, BUNTAN_ITEM_STATUS_AGREED, FALSE),
                         "状態が「合意済」の項目");
  row = put_cover_count (self, sheet, row, "抜け漏れ", buntan_matrix_get_gaps (self->all)->len,
                         "主担当が未定の項目など。一覧は「" BUNTAN_EXPORT_SHEET_SUMMARY "」シート");
  row = put_cover_field (self, sheet, row, "照合用ハッシュ", self->fingerprint);

  return put_cover_remark (self, sheet, row, 1,
                           "SHA-256。日時を除く内容（当事者・項目・協議の状態）が同じなら"
                           "同じ値になります。各当事者の保持する版が同一であることの確認に"
                           "使います。");
}

static lxw_row_t
put_cover_parties (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint       n_parties = self->n_parties;
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "当事者", self->xlsx->heading);
  buntan_xlsx_writer_put_head_row (self->xlsx, sheet, row++);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);
      gboolean     hospital = buntan_party_is_hospital (party);

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, hospital ? "医療機関" : "事業者",
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, _buntan_export_party_name (party),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, buntan_party_get_service (party),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3,
                                   hospital
                                     ? BUNTAN_EXPORT_NO_VALUE
                                     : BUNTAN_EXPORT_WORD (buntan_export_contract_words,
                                                           buntan_party_get_contract (party)),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, buntan_party_get_contact (party),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5,
                                   buntan_party_get_emergency_contact (party), text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  return row;
}

/* One row per party, with room to sign or seal and to date it. */
static lxw_row_t
put_cover_signatures (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint n_parties = self->n_parties;

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "署名欄", self->xlsx->heading);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, 1, "当事者", self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, 4, "署名・記名押印", self->xlsx->head);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, "日付", self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, 1,
                                     _buntan_export_party_name (party), self->xlsx->box);
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, 4, "", self->xlsx->box);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, "", self->xlsx->box);
      buntan_xlsx_writer_reserve_lines (self->xlsx, SIGNATURE_LINES);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  return row;
}

void
_buntan_export_write_cover (BuntanExport *self, lxw_worksheet *sheet)
{
  lxw_row_t row;

  /* The cover's place is first, its text comes last (it shows the fingerprint). */
  buntan_xlsx_writer_begin_sheet (self->xlsx);
  buntan_xlsx_writer_put_titles (
    self->xlsx, sheet, "医療情報システムの契約における責任分担表",
    "契約書・SLA・覚書の別紙として、医療機関と各事業者の役割分担を定めるもの");
  buntan_xlsx_writer_set_columns (self->xlsx, sheet, cover_columns, COVER_COLUMNS);

  row = put_cover_facts (self, sheet, BUNTAN_XLSX_ROW_SUBTITLE + 2);
  row = put_cover_parties (self, sheet, row + 1);
  row = put_cover_signatures (self, sheet, row + 1);
  put_cover_remark (self, sheet, row + 1, 0,
                    "本書は、各項目について主担当（◎）と協力（○）の当事者を定めたものです。"
                    "詳細は「" BUNTAN_EXPORT_SHEET_MATRIX "」シート、各事業者の別紙シート、"
                    "第1部・第2部の確認表を参照してください。");

  buntan_xlsx_writer_set_up_page (self->xlsx, sheet, "表紙", BUNTAN_XLSX_ROW_TITLE,
                                  BUNTAN_XLSX_ROW_SUBTITLE, BUNTAN_XLSX_ROW_SUBTITLE + 1, 0);
}
