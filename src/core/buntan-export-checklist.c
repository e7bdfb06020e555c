/* buntan-export-checklist.c — the Part 1 and Part 2 checklists, in the ministry's columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

/* Part 2's table has a 事業者 column the Part 1 table has not. */
#define N_COLUMNS 13

static const BuntanXlsxColumn part2_columns[N_COLUMNS] = {
  { "項番", 7 },        { "項目", 22 },     { "内容", 36 },   { "事業者", 12 }, { "初回確認", 8 },
  { "初回確認日", 11 }, { "目標日", 11 },   { "完了日", 11 }, { "主担当", 16 }, { "協力", 16 },
  { "状態", 8 },        { "契約条項", 16 }, { "備考", 24 },
};

/* An item that vendors confirm has one check per vendor: with one vendor
 * its values sit in the cells as dates; with several, each cell holds one
 * line per vendor, in the order of the 事業者 column's names, "—" where a
 * vendor has no value, so the lines of a row stay aligned. */
static void
put_vendor_checks (BuntanExport      *self,
                   lxw_worksheet     *sheet,
                   lxw_row_t          row,
                   lxw_col_t          col,
                   BuntanItem        *item,
                   const char *const *vendors,
                   gboolean           greyed)
{
  g_autoptr (GString) names = g_string_new (NULL);
  g_autoptr (GString) results = g_string_new (NULL);
  g_autoptr (GString) dates = g_string_new (NULL);
  g_autoptr (GString) targets = g_string_new (NULL);
  g_autoptr (GString) completed = g_string_new (NULL);
  guint n_vendors = g_strv_length ((char **) vendors);

  for (guint i = 0; i < n_vendors; i++)
    {
      BuntanCheck      *check = buntan_item_find_check (item, vendors[i]);
      const char       *separator = i > 0 ? "\n" : "";
      BuntanCheckResult result =
        check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET;
      const char *date = check != NULL ? buntan_check_get_date (check) : NULL;
      const char *target = check != NULL ? buntan_check_get_target (check) : NULL;
      const char *done = check != NULL ? buntan_check_get_completed (check) : NULL;
      const char *word = BUNTAN_EXPORT_WORD (buntan_export_check_words, result);
      /* The short name the cover defines (numbered where two vendors share one). */
      const char *name = g_hash_table_lookup (self->party_names, vendors[i]);

      if (n_vendors == 1)
        {
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col, name != NULL ? name : "",
                                       self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 1, word,
                                       self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
          buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 2, date,
                                       BUNTAN_XLSX_STYLE_DATE, greyed);
          buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 3, target,
                                       BUNTAN_XLSX_STYLE_DATE, greyed);
          buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 4, done,
                                       BUNTAN_XLSX_STYLE_DATE, greyed);
          return;
        }

      g_string_append_printf (names, "%s%s", separator, name != NULL ? name : vendors[i]);
      g_string_append_printf (results, "%s%s", separator, *word != '\0' ? word : "—");
      g_string_append_printf (dates, "%s%s", separator, date != NULL ? date : "—");
      g_string_append_printf (targets, "%s%s", separator, target != NULL ? target : "—");
      g_string_append_printf (completed, "%s%s", separator, done != NULL ? done : "—");
    }

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col, names->str,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 1, results->str,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 2, dates->str,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 3, targets->str,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 4, completed->str,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
}

/* Part 1 items, and Part 2 items no vendor confirms, keep the item-level
 * first check. */
static void
put_item_checks (BuntanExport  *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 lxw_col_t      col,
                 BuntanItem    *item,
                 gboolean       greyed)
{
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col,
                               BUNTAN_EXPORT_WORD (buntan_export_check_words,
                                                   buntan_item_get_first_check (item)),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 1,
                               buntan_item_get_first_check_date (item), BUNTAN_XLSX_STYLE_DATE,
                               greyed);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 2, buntan_item_get_target (item),
                               BUNTAN_XLSX_STYLE_DATE, greyed);
  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col + 3, buntan_item_get_completed (item),
                               BUNTAN_XLSX_STYLE_DATE, greyed);
}

void
_buntan_export_write_part (BuntanExport *self, guint part, const char *sheet_name)
{
  static const BuntanXlsxColumn part1_columns[N_COLUMNS - 1] = {
    { "項番", 7 },        { "項目", 24 },   { "内容", 44 },     { "初回確認", 8 },
    { "初回確認日", 11 }, { "目標日", 11 }, { "完了日", 11 },   { "主担当", 18 },
    { "協力", 18 },       { "状態", 8 },    { "契約条項", 18 }, { "備考", 26 },
  };
  const BuntanXlsxColumn *columns = part == 1 ? part1_columns : part2_columns;
  guint                   n_columns = part == 1 ? G_N_ELEMENTS (part1_columns) : N_COLUMNS;
  lxw_worksheet          *sheet = buntan_xlsx_writer_add_sheet (self->xlsx, sheet_name);
  guint                   n_rows = buntan_matrix_get_n_rows (self->all);
  g_autofree char        *subtitle = _buntan_export_dup_subtitle (self);
  lxw_row_t               row = BUNTAN_XLSX_ROW_HEAD + 1;
  BuntanItem             *previous = NULL;
  gboolean                any = FALSE;

  if (sheet == NULL)
    return;

  buntan_xlsx_writer_begin_table (self->xlsx, sheet,
                                  part == 1 ? "別紙 第1部 確認表" : "別紙 第2部 確認表",
                                  part == 1 ? "第1部　主に医療機関が実施する項目"
                                            : "第2部　医療機関と事業者が共同で実施する項目",
                                  subtitle, columns, n_columns, 0);

  /* The matrix holds the items of each part in the part's order. */
  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem      *item = buntan_matrix_get_item (self->all, i);
      g_autofree char *supporters = NULL;
      g_auto (GStrv) vendors = NULL;
      lxw_col_t col;
      gboolean  greyed = _buntan_export_item_is_greyed (item);

      if (buntan_item_get_part (item) != part)
        continue;

      supporters = _buntan_export_dup_party_names (self, i, BUNTAN_MARK_SUPPORT);
      row = _buntan_export_put_section_if_new (self, sheet, row, previous, item, FALSE);
      previous = item;
      any = TRUE;

      _buntan_export_put_item_title (self, sheet, row, item, FALSE);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, buntan_item_get_content (item),
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
      col = 3;
      if (part == 2)
        vendors = buntan_check_summary_dup_vendors (item, self->project);
      if (vendors != NULL && vendors[0] != NULL)
        put_vendor_checks (self, sheet, row, col, item, (const char *const *) vendors, greyed);
      else
        {
          /* Part 2 leaves its 事業者 cell empty for an item no vendor confirms. */
          if (part == 2)
            buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col, NULL,
                                         self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
          put_item_checks (self, sheet, row, col + (part == 2), item, greyed);
        }
      col += part == 2 ? 5 : 4;
      _buntan_export_put_lead (self, sheet, row, col, i, TRUE);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 1, supporters,
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
      _buntan_export_put_state_columns (self, sheet, row, col + 2, item);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  if (!any)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row, n_columns, "項目はありません。");
  else
    {
      buntan_xlsx_writer_end_table (self->xlsx, sheet, row - 1);
      buntan_xlsx_writer_keep_with_next (self->xlsx, sheet, row - 1, 1, 0);
    }
}
