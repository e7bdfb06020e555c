/* buntan-export-checklist.c — the Part 1 and Part 2 checklists, in the ministry's columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

void
_buntan_export_write_part (BuntanExport *self, guint part, const char *sheet_name)
{
  static const BuntanXlsxColumn columns[] = {
    { "項番", 7 },    { "項目", 24 },     { "内容", 44 }, { "初回確認", 8 },
    { "確認日", 11 }, { "完了日", 11 },   { "担当", 18 }, { "協力", 18 },
    { "状態", 8 },    { "契約条項", 18 }, { "備考", 28 },
  };
  lxw_worksheet   *sheet = buntan_xlsx_writer_add_sheet (self->xlsx, sheet_name);
  guint            n_rows = buntan_matrix_get_n_rows (self->all);
  g_autofree char *subtitle = _buntan_export_dup_subtitle (self);
  lxw_row_t        row = BUNTAN_XLSX_ROW_HEAD + 1;

  if (sheet == NULL)
    return;

  buntan_xlsx_writer_begin_table (self->xlsx, sheet,
                                  part == 1 ? "別紙 第1部 確認表" : "別紙 第2部 確認表",
                                  part == 1 ? "第1部　主に医療機関が実施する項目"
                                            : "第2部　医療機関と事業者が共同で実施する項目",
                                  subtitle, columns, G_N_ELEMENTS (columns), 0);

  /* The matrix holds the items of each part in the part's order. */
  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem      *item = buntan_matrix_get_item (self->all, i);
      g_autofree char *supporters = NULL;
      gboolean         greyed = _buntan_export_item_is_greyed (item);

      if (buntan_item_get_part (item) != part)
        continue;

      supporters = _buntan_export_dup_party_names (self, i, BUNTAN_MARK_SUPPORT);

      _buntan_export_put_item_title (self, sheet, row, item, FALSE);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, buntan_item_get_content (item),
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3,
                                   BUNTAN_EXPORT_WORD (buntan_export_check_words,
                                                       buntan_item_get_first_check (item)),
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
      buntan_xlsx_writer_put_date (self->xlsx, sheet, row, 4,
                                   buntan_item_get_first_check_date (item), BUNTAN_XLSX_STYLE_DATE,
                                   greyed);
      buntan_xlsx_writer_put_date (self->xlsx, sheet, row, 5, buntan_item_get_completed (item),
                                   BUNTAN_XLSX_STYLE_DATE, greyed);
      _buntan_export_put_lead (self, sheet, row, 6, i, TRUE);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 7, supporters,
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
      _buntan_export_put_state_columns (self, sheet, row, 8, item);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  if (row == BUNTAN_XLSX_ROW_HEAD + 1)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row, G_N_ELEMENTS (columns),
                                        "項目はありません。");
}
