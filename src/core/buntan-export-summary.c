/* buntan-export-summary.c — counts by part, status and party, and the list of gaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

#define SUMMARY_COLUMNS 6

/* Widths only: each table of the sheet has its own header. */
static const BuntanXlsxColumn summary_columns[SUMMARY_COLUMNS] = {
  { NULL, 40 }, { NULL, 13 }, { NULL, 13 }, { NULL, 13 }, { NULL, 13 }, { NULL, 13 },
};

static lxw_row_t
put_summary_head (BuntanExport     *self,
                  lxw_worksheet    *sheet,
                  lxw_row_t         row,
                  const char       *heading,
                  const char *const heads[SUMMARY_COLUMNS])
{
  buntan_xlsx_writer_keep_row_with_next (self->xlsx, row);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, heading, self->xlsx->heading);
  buntan_xlsx_writer_keep_row_with_next (self->xlsx, row);
  for (guint i = 0; i < SUMMARY_COLUMNS && heads[i] != NULL; i++)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, (lxw_col_t) i, heads[i], self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);

  return row + 1;
}

static lxw_row_t
write_status_counts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  static const char *const heads[SUMMARY_COLUMNS] = {
    "部", "未着手", "協議中", "合意済", "対象外", "計",
  };
  static const char *const parts[] = { "合計", "第1部", "第2部" };
  gboolean                 with_part1 = _buntan_export_with_part1 (self);

  row = put_summary_head (self, sheet, row, "部・状態別の項目数", heads);

  /* Without Part 1 the workbook shows Part 2 alone, and so do its counts:
   * a 合計 that counted rows nobody can see would not add up. */
  for (guint part = with_part1 ? 1 : 2; part <= 3; part++, row++)
    {
      guint       which = part % 3; /* 第1部, 第2部, then 合計 (0 = every part) */
      guint       counted = which == 0 && !with_part1 ? 2 : which;
      lxw_format *format = self->xlsx->cell[BUNTAN_XLSX_STYLE_NUMBER][FALSE];

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, parts[which],
                                   which == 0 ? self->xlsx->label
                                              : self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
      for (guint status = 0; status < G_N_ELEMENTS (buntan_export_status_words); status++)
        buntan_xlsx_writer_put_number (self->xlsx, sheet, row, (lxw_col_t) (1 + status),
                                       _buntan_export_count_items (self, counted, status, FALSE),
                                       format);
      buntan_xlsx_writer_put_number (self->xlsx, sheet, row, SUMMARY_COLUMNS - 1,
                                     _buntan_export_count_items (self, counted, 0, TRUE), format);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  return row;
}

static lxw_row_t
write_party_counts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  static const char *const heads[SUMMARY_COLUMNS] = {
    "当事者",
    "区分",
    "第1部\n" BUNTAN_EXPORT_MARK_LEAD " 主担当",
    "第1部\n" BUNTAN_EXPORT_MARK_SUPPORT " 協力",
    "第2部\n" BUNTAN_EXPORT_MARK_LEAD " 主担当",
    "第2部\n" BUNTAN_EXPORT_MARK_SUPPORT " 協力",
  };
  static const char *const part2_heads[SUMMARY_COLUMNS] = {
    "当事者",
    "区分",
    "第2部\n" BUNTAN_EXPORT_MARK_LEAD " 主担当",
    "第2部\n" BUNTAN_EXPORT_MARK_SUPPORT " 協力",
    NULL,
    NULL,
  };
  guint       n_parties = self->n_parties;
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  lxw_format *number = self->xlsx->cell[BUNTAN_XLSX_STYLE_NUMBER][FALSE];
  guint       undecided[2] = { 0, 0 };
  guint       first_part = _buntan_export_with_part1 (self) ? 1 : 2;

  row = put_summary_head (self, sheet, row, "当事者別の担当項目数（対象外を含む）",
                          first_part == 1 ? heads : part2_heads);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);
      guint        counts[2][3] = { { 0 } }; /* [part - 1][mark] */

      for (guint part = 1; part <= 2; part++)
        for (BuntanMark mark = BUNTAN_MARK_SUPPORT; mark <= BUNTAN_MARK_LEAD; mark++)
          counts[part - 1][mark] = buntan_overview_count_marks (self->overview, part, col, mark);

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, _buntan_export_party_name (party),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1,
                                   buntan_party_is_hospital (party) ? "医療機関" : "事業者",
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE]);
      for (guint part = first_part; part <= 2; part++)
        {
          lxw_col_t first = (lxw_col_t) (2 + 2 * (part - first_part));

          buntan_xlsx_writer_put_number (self->xlsx, sheet, row, first,
                                         counts[part - 1][BUNTAN_MARK_LEAD], number);
          buntan_xlsx_writer_put_number (self->xlsx, sheet, row, first + 1,
                                         counts[part - 1][BUNTAN_MARK_SUPPORT], number);
        }
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  for (guint part = 1; part <= 2; part++)
    undecided[part - 1] = buntan_overview_count_undecided (self->overview, part);

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "未定（主担当のない項目、対象外を除く）",
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_UNDECIDED][FALSE]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, "", text);
  for (guint part = first_part; part <= 2; part++)
    {
      lxw_col_t first = (lxw_col_t) (2 + 2 * (part - first_part));

      buntan_xlsx_writer_put_number (self->xlsx, sheet, row, first, undecided[part - 1], number);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, first + 1, "", text);
    }
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);

  return row + 1;
}

static lxw_row_t
write_gap_list (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  GPtrArray *all_gaps = buntan_matrix_get_gaps (self->all);
  g_autoptr (GPtrArray) gaps = g_ptr_array_new ();
  g_autofree char *heading = NULL;
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  /* Part 1's gaps belong to Part 1's rows: listed only where those are. */
  for (guint i = 0; i < all_gaps->len; i++)
    {
      BuntanGap  *gap = g_ptr_array_index (all_gaps, i);
      const char *item_id = buntan_gap_get_item_id (gap);
      BuntanItem *item = buntan_project_find_item (self->project, item_id);

      if (item == NULL || buntan_item_get_part (item) != 1 || _buntan_export_with_part1 (self))
        g_ptr_array_add (gaps, gap);
    }
  heading = g_strdup_printf ("抜け漏れ（%u 件）", gaps->len);

  /* The heading and the header row go to the page of the first row. */
  buntan_xlsx_writer_keep_row_with_next (self->xlsx, row);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, heading, self->xlsx->heading);
  buntan_xlsx_writer_keep_row_with_next (self->xlsx, row);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "項番・事業者", self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, SUMMARY_COLUMNS - 1, "抜け漏れ",
                                 self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint i = 0; i < gaps->len; i++, row++)
    {
      BuntanGap   *gap = g_ptr_array_index (gaps, i);
      const char  *item_id = buntan_gap_get_item_id (gap);
      const char  *party_id = buntan_gap_get_party_id (gap);
      BuntanItem  *item = buntan_project_find_item (self->project, item_id);
      BuntanParty *party =
        party_id != NULL ? buntan_project_find_party (self->project, party_id) : NULL;
      g_autofree char *sentence = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_WORKBOOK);
      g_autofree char *where = NULL;

      if (item != NULL)
        {
          g_autofree char *number = _buntan_export_dup_item_number (item, TRUE);

          where = g_strdup_printf ("%s\n%s", number, buntan_item_get_title (item));
        }
      else if (party != NULL)
        where = g_strdup (_buntan_export_party_name (party));
      else
        where = g_strdup (party_id != NULL ? party_id : "");

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, where, text);
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, SUMMARY_COLUMNS - 1, sentence,
                                     text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  if (gaps->len == 0)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, SUMMARY_COLUMNS,
                                        "抜け漏れはありません。");

  return row;
}

/* Below the gaps and never counted with them; nothing when there is none,
 * as the warnings hold nothing back. */
static lxw_row_t
write_warning_list (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  GPtrArray       *warnings = buntan_overview_get_warnings (self->overview);
  g_autofree char *heading =
    g_strdup_printf ("注意（%u 件、抜け漏れには数えません）", warnings->len);
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  if (warnings->len == 0)
    return row;

  /* The heading and the header row go to the page of the first row. */
  buntan_xlsx_writer_keep_row_with_next (self->xlsx, row);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, heading, self->xlsx->heading);
  buntan_xlsx_writer_keep_row_with_next (self->xlsx, row);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "項番・事業者", self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, SUMMARY_COLUMNS - 1, "注意",
                                 self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint i = 0; i < warnings->len; i++, row++)
    {
      BuntanWarning *warning = g_ptr_array_index (warnings, i);
      const char    *item_id = buntan_warning_get_item_id (warning);
      BuntanItem *item = item_id != NULL ? buntan_project_find_item (self->project, item_id) : NULL;
      BuntanParty *party =
        buntan_project_find_party (self->project, buntan_warning_get_party_id (warning));
      g_autofree char *sentence = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_WORKBOOK);
      g_autofree char *where = NULL;

      if (item != NULL)
        {
          g_autofree char *number = _buntan_export_dup_item_number (item, TRUE);

          where = g_strdup_printf ("%s\n%s", number, buntan_item_get_title (item));
        }
      else
        where = g_strdup (party != NULL ? _buntan_export_party_name (party) : "");

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, where, text);
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, SUMMARY_COLUMNS - 1, sentence,
                                     text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  return row;
}

void
_buntan_export_write_summary (BuntanExport *self)
{
  lxw_worksheet   *sheet = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_EXPORT_SHEET_SUMMARY);
  g_autofree char *subtitle = _buntan_export_dup_subtitle (self);
  lxw_row_t        row;

  if (sheet == NULL)
    return;

  buntan_xlsx_writer_put_titles (self->xlsx, sheet, "集計", subtitle);
  buntan_xlsx_writer_set_columns (self->xlsx, sheet, summary_columns, SUMMARY_COLUMNS);

  row = write_status_counts (self, sheet, BUNTAN_XLSX_ROW_SUBTITLE + 2);
  row = write_party_counts (self, sheet, row + 1);
  row = write_gap_list (self, sheet, row + 1);
  row = write_warning_list (self, sheet, row + 1);

  buntan_xlsx_writer_set_up_page (self->xlsx, sheet, "別紙 集計", BUNTAN_XLSX_ROW_TITLE,
                                  BUNTAN_XLSX_ROW_SUBTITLE, BUNTAN_XLSX_ROW_SUBTITLE + 1, 0);
  /* No heading or header row ends a page: the breaks move them down. */
  buntan_xlsx_writer_keep_with_next (self->xlsx, sheet, row - 1, 1, 0);
}
