/* buntan-export-vendor.c — one appendix per vendor, the items it leads or supports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-export-private.h"

/* In an appendix, the other parties of a shared row with their marks,
 * 「◎ 山田システム（山田）」: the only place another vendor is named. */
static char *
dup_other_parties (BuntanExport *self, guint index, guint party_col)
{
  g_autoptr (GString) others = g_string_new (NULL);

  for (guint col = 0; col < self->n_parties; col++)
    {
      BuntanMark   mark = _buntan_export_mark_at (self, index, col);
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      if (col == party_col || mark == BUNTAN_MARK_NONE)
        continue;

      if (others->len > 0)
        g_string_append_c (others, '\n');
      g_string_append_printf (others, "%s %s",
                              mark == BUNTAN_MARK_LEAD       ? BUNTAN_EXPORT_MARK_LEAD
                              : mark == BUNTAN_MARK_INFORMED ? BUNTAN_EXPORT_MARK_INFORMED
                                                             : BUNTAN_EXPORT_MARK_SUPPORT,
                              (const char *) g_hash_table_lookup (self->party_names,
                                                                  buntan_party_get_id (party)));
    }

  return g_string_free (g_steal_pointer (&others), FALSE);
}

/* The vendor's own 初回確認, 初回確認日, 目標日 and 完了日 — the checks
 * buntan-printed.c says the appendix prints: the item's own while no vendor
 * confirms it, dashes where only other vendors do. */
static void
put_own_check (BuntanExport  *self,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      col,
               BuntanItem    *item,
               gboolean       greyed)
{
  g_auto (GStrv) parties = buntan_printed_dup_check_parties (&self->scope, item);
  BuntanCheck *check =
    parties != NULL && parties[0] != NULL ? buntan_item_find_check (item, parties[0]) : NULL;
  BuntanCheckResult result = BUNTAN_CHECK_RESULT_UNSET;
  const char       *date = NULL, *target = NULL, *completed = NULL;

  if (parties != NULL && parties[0] == NULL)
    {
      result = buntan_item_get_first_check (item);
      date = buntan_item_get_first_check_date (item);
      target = buntan_item_get_target (item);
      completed = buntan_item_get_completed (item);
    }
  else if (check != NULL)
    {
      result = buntan_check_get_result (check);
      date = buntan_check_get_date (check);
      target = buntan_check_get_target (check);
      completed = buntan_check_get_completed (check);
    }

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col,
                               parties == NULL
                                 ? BUNTAN_EXPORT_NO_VALUE
                                 : BUNTAN_EXPORT_WORD (buntan_export_check_words, result),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 1, date, BUNTAN_XLSX_STYLE_DATE,
                               greyed);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 2, target, BUNTAN_XLSX_STYLE_DATE,
                               greyed);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 3, completed, BUNTAN_XLSX_STYLE_DATE,
                               greyed);
}

void
_buntan_export_write_vendor (BuntanExport *self, guint party_col, const char *sheet_name)
{
  static const BuntanXlsxColumn columns[] = {
    { "項番", 7 },
    { "項目", 26 },
    { "内容", 52 },
    { "役割", 10 },
    { "主担当", 18 },
    { "状態", 8 },
    { "契約条項", 20 },
    { "備考", 30 },
    /* An appendix's only: who else shares the row, and the checks the vendor signs for. */
    { "他の当事者", 24 },
    { "初回確認", 8 },
    { "初回確認日", 11 },
    { "目標日", 11 },
    { "完了日", 11 },
  };
  gboolean         appendix = _buntan_export_is_appendix (self);
  guint            n_columns = G_N_ELEMENTS (columns) - (appendix ? 0 : 5);
  BuntanParty     *vendor = buntan_matrix_get_party (self->all, party_col);
  lxw_worksheet   *sheet = buntan_xlsx_writer_add_sheet (self->xlsx, sheet_name);
  guint            n_rows = buntan_matrix_get_n_rows (self->all);
  g_autofree char *title =
    g_strdup_printf ("別紙　責任分担表（%s）", _buntan_export_party_name (vendor));
  g_autofree char *subtitle = NULL;
  g_autofree char *totals = NULL;
  guint            leads = 0, supports = 0, informed = 0;
  lxw_row_t        row = BUNTAN_XLSX_ROW_HEAD + 1;
  BuntanItem      *previous = NULL;
  BuntanXlsxColumn wide[G_N_ELEMENTS (columns)];

  if (sheet == NULL)
    return;

  subtitle = g_strdup_printf ("提供サービス：%s　　契約種別：%s",
                              _buntan_export_or_dash (buntan_party_get_service (vendor)),
                              BUNTAN_EXPORT_WORD (buntan_export_contract_words,
                                                  buntan_party_get_contract (vendor)));

  memcpy (wide, columns, sizeof columns);
  if (_buntan_export_with_part1 (self))
    wide[0].width = 11;

  buntan_xlsx_writer_begin_table (self->xlsx, sheet, "別紙 責任分担表（事業者別）", title, subtitle,
                                  wide, n_columns, 0);

  for (guint i = self->first_row; i < n_rows; i++)
    {
      BuntanMark  mark = _buntan_export_mark_at (self, i, party_col);
      BuntanItem *item;
      gboolean    greyed;
      const char *role;

      if (!buntan_printed_mark_is_shown (mark) || (appendix && !_buntan_export_shows_row (self, i)))
        continue;

      item = buntan_matrix_get_item (self->all, i);
      greyed = _buntan_export_item_is_greyed (item);
      row = _buntan_export_put_section_if_new (self, sheet, row, previous, item,
                                               _buntan_export_with_part1 (self));
      previous = item;

      if (mark == BUNTAN_MARK_LEAD)
        {
          leads++;
          role =
            buntan_item_is_joint (item)  ? BUNTAN_EXPORT_ROLE_LEAD "\n（" BUNTAN_EXPORT_JOINT "）"
            : buntan_item_is_each (item) ? BUNTAN_EXPORT_ROLE_LEAD "\n（" BUNTAN_EXPORT_EACH "）"
                                         : BUNTAN_EXPORT_ROLE_LEAD;
        }
      else if (mark == BUNTAN_MARK_INFORMED)
        {
          /* Listed, for the vendor should know it, but counted in neither. */
          informed++;
          role = BUNTAN_EXPORT_ROLE_INFORMED;
        }
      else
        {
          supports++;
          role = BUNTAN_EXPORT_ROLE_SUPPORT;
        }

      _buntan_export_put_item_title (self, sheet, row, item, _buntan_export_with_part1 (self));
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, buntan_item_get_content (item),
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3, role,
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
      _buntan_export_put_lead (self, sheet, row, 4, i, TRUE);
      _buntan_export_put_state_columns (self, sheet, row, 5, item);
      if (appendix)
        {
          g_autofree char *others = dup_other_parties (self, i, party_col);

          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 8, others,
                                       self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
          put_own_check (self, sheet, row, 9, item, greyed);
        }
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
      row++;
    }

  if (leads + supports + informed == 0)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, n_columns,
                                        "この事業者が主担当・協力となっている項目はありません。");
  else
    {
      buntan_xlsx_writer_end_table (self->xlsx, sheet, row - 1);
      /* The total (a blank row and its line) goes with the last rows. */
      buntan_xlsx_writer_keep_with_next (self->xlsx, sheet, row - 1, 2, 30.0);
    }

  if (informed > 0)
    totals = g_strdup_printf ("計 %u 項目（" BUNTAN_EXPORT_MARK_LEAD
                              " 主担当 %u、" BUNTAN_EXPORT_MARK_SUPPORT
                              " 協力 %u、" BUNTAN_EXPORT_MARK_INFORMED " 情報提供 %u）",
                              leads + supports + informed, leads, supports, informed);
  else
    totals = g_strdup_printf ("計 %u 項目（" BUNTAN_EXPORT_MARK_LEAD
                              " 主担当 %u、" BUNTAN_EXPORT_MARK_SUPPORT " 協力 %u）",
                              leads + supports, leads, supports);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row + 1, 1, totals, self->xlsx->note);
}
