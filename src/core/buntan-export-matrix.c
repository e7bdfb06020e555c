/* buntan-export-matrix.c — the responsibility matrix, every item against every party
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

void
_buntan_export_write_matrix (BuntanExport *self)
{
  static const char *const legend[] = {
    "凡例",
    BUNTAN_EXPORT_MARK_LEAD "　主担当：その項目の実施に責任を持つ当事者",
    BUNTAN_EXPORT_MARK_SUPPORT "　協力：主担当に協力する当事者",
    BUNTAN_EXPORT_MARK_INFORMED
    "　情報提供：情報の提供を受け、必要に応じて支援する当事者（確認は行わない）",
    BUNTAN_EXPORT_JOINT "　＝ 複数の" BUNTAN_EXPORT_MARK_LEAD "（複数の当事者が主担当を分担する）",
    BUNTAN_EXPORT_EACH "　＝ 各当事者が自らのシステムについてそれぞれ" BUNTAN_EXPORT_MARK_LEAD
                       "となる",
    BUNTAN_EXPORT_UNDECIDED "　＝ 主担当が決まっていない項目",
    "対象外　＝ 本契約では対象外とした項目（灰色の行）",
  };
  lxw_worksheet *sheet = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_EXPORT_SHEET_MATRIX);
  guint          n_parties = self->n_parties;
  guint          n_rows = buntan_matrix_get_n_rows (self->all);
  g_autoptr (GArray) columns = g_array_new (FALSE, FALSE, sizeof (BuntanXlsxColumn));
  g_autoptr (GPtrArray) short_names = g_ptr_array_new_with_free_func (g_free);
  BuntanItem      *previous = NULL;
  g_autofree char *subtitle = _buntan_export_dup_subtitle (self);
  lxw_col_t        lead_col = (lxw_col_t) (2 + n_parties);
  lxw_row_t        row = BUNTAN_XLSX_ROW_HEAD + 1;

  if (sheet == NULL)
    return;

  g_array_append_val (columns,
                      ((BuntanXlsxColumn){ "項番", _buntan_export_with_part1 (self) ? 11 : 7 }));
  g_array_append_val (columns, ((BuntanXlsxColumn){ "項目", 32 }));
  /* Short names (略称, defined on the cover) fit a narrow column on one or
   * two lines where legal names broke inside words over three or four. */
  for (guint col = 0; col < n_parties; col++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      g_ptr_array_add (short_names,
                       buntan_party_dup_unique_short_name (party, buntan_project_get_parties (
                                                                    self->project)));
      g_array_append_val (columns, ((BuntanXlsxColumn){ g_ptr_array_index (short_names, col), 9 }));
    }
  g_array_append_val (columns, ((BuntanXlsxColumn){ "主担当", 20 }));
  g_array_append_val (columns, ((BuntanXlsxColumn){ "状態", 8 }));
  g_array_append_val (columns, ((BuntanXlsxColumn){ "契約条項", 22 }));
  g_array_append_val (columns, ((BuntanXlsxColumn){ "備考", 34 }));

  buntan_xlsx_writer_begin_table (self->xlsx, sheet, "別紙 責任分担表",
                                  _buntan_export_with_part1 (self) ? "責任分担表（第1部・第2部）"
                                                                   : "責任分担表（第2部）",
                                  subtitle, (BuntanXlsxColumn *) columns->data, columns->len, 2);

  /* Beyond six parties A4 would shrink the text below reading size: A3
   * landscape keeps each row whole on one line of the page, where a split
   * across pages would part an item from its marks. */
  if (n_parties > 6)
    buntan_xlsx_writer_set_a3 (self->xlsx, sheet);

  for (guint i = self->first_row; i < n_rows; i++, row++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);
      gboolean    greyed = _buntan_export_item_is_greyed (item);

      row = _buntan_export_put_section_if_new (self, sheet, row, previous, item,
                                               _buntan_export_with_part1 (self));
      previous = item;

      _buntan_export_put_item_title (self, sheet, row, item, _buntan_export_with_part1 (self));

      for (guint col = 0; col < n_parties; col++)
        {
          BuntanMark  mark = _buntan_export_mark_at (self, i, col);
          const char *text = mark == BUNTAN_MARK_LEAD       ? BUNTAN_EXPORT_MARK_LEAD
                             : mark == BUNTAN_MARK_SUPPORT  ? BUNTAN_EXPORT_MARK_SUPPORT
                             : mark == BUNTAN_MARK_INFORMED ? BUNTAN_EXPORT_MARK_INFORMED
                                                            : "";

          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, (lxw_col_t) (2 + col), text,
                                       self->xlsx->cell[BUNTAN_XLSX_STYLE_MARK][greyed]);
        }

      _buntan_export_put_lead_short (self, sheet, row, lead_col, i);
      _buntan_export_put_state_columns (self, sheet, row, lead_col + 1, item);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  if (n_rows == self->first_row)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, columns->len,
                                        "項目はありません。");
  else
    {
      buntan_xlsx_writer_end_table (self->xlsx, sheet, row - 1);
      /* The legend (a blank row and its lines) goes with the table's last rows. */
      buntan_xlsx_writer_keep_with_next (self->xlsx, sheet, row - 1, 3,
                                         15.0 * (G_N_ELEMENTS (legend) + 1));
    }

  row++;
  for (guint i = 0; i < G_N_ELEMENTS (legend); i++, row++)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, legend[i],
                                 i == 0 ? self->xlsx->heading : self->xlsx->note);
}
