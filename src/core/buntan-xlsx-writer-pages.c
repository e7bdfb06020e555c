/* buntan-xlsx-writer-pages.c — page set-up, headers and footers, and page breaks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-xlsx-writer-private.h"

static char *
dup_page_header (BuntanXlsxWriter *self, const char *label)
{
  const char *title = self->page_title;

  /* The title is cut until the header fits libxlsxwriter's limit. */
  for (gsize units = 60;; units -= 5)
    {
      g_autofree char *clipped =
        g_strndup (title, _buntan_xlsx_writer_prefix_within (title, units));
      g_autofree char *owned = NULL;
      const char *escaped = _buntan_xlsx_writer_clean_text (clipped, DESTINATION_HEADER, &owned);
      char       *header =
        g_strconcat ("&L" HEADER_FONT, escaped, (title[strlen (clipped)] != '\0') ? "…" : "",
                     self->header_mark != NULL ? "&C" HEADER_FONT : "",
                     self->header_mark != NULL ? self->header_mark : "", "&R" HEADER_FONT, label,
                     NULL);

      if (strlen (header) <= HEADER_FOOTER_MAX || units <= 5)
        return header;

      g_free (header);
    }
}

/* Print set-up shared by every sheet: A4 landscape, one page wide, the rows
 * up to @repeat_last printed on every page, frozen below @freeze_row. The
 * footer waits for the whole workbook: see buntan_xlsx_writer_set_footers(). */
void
buntan_xlsx_writer_set_up_page (BuntanXlsxWriter *self,
                                lxw_worksheet    *sheet,
                                const char       *label,
                                lxw_row_t         repeat_first,
                                lxw_row_t         repeat_last,
                                lxw_row_t         freeze_row,
                                lxw_col_t         freeze_col)
{
  g_autofree char *owned = NULL;
  g_autofree char *header =
    dup_page_header (self, _buntan_xlsx_writer_clean_text (label, DESTINATION_HEADER, &owned));

  worksheet_set_paper (sheet, 9);
  self->repeat_first = repeat_first;
  self->repeat_last = repeat_last;
  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_margins (sheet, 0.4, 0.4, 0.75, 0.6);
  worksheet_center_horizontally (sheet);
  buntan_xlsx_writer_check (self, worksheet_repeat_rows (sheet, repeat_first, repeat_last));
  worksheet_freeze_panes (sheet, freeze_row, freeze_col);
  buntan_xlsx_writer_check (self, worksheet_set_header (sheet, header));
}

/* Beyond six parties a matrix prints on A3 landscape, still one page wide. */
void
buntan_xlsx_writer_set_a3 (BuntanXlsxWriter *self, lxw_worksheet *sheet)
{
  worksheet_set_paper (sheet, 8);
  self->a3 = TRUE;
}

/* Printable area of a landscape page inside buntan_xlsx_writer_set_up_page()'s
 * margins, in points: A4 297 × 210 mm, A3 420 × 297 mm. */
#define A4_WIDTH (11.69 * 72 - 0.8 * 72)
#define A4_HEIGHT (8.27 * 72 - 1.35 * 72)
#define A3_WIDTH (16.54 * 72 - 0.8 * 72)
#define A3_HEIGHT (11.69 * 72 - 1.35 * 72)
#define DEFAULT_ROW_HEIGHT 15.0

static int
compare_rows (gconstpointer a, gconstpointer b)
{
  lxw_row_t first = *(const lxw_row_t *) a;
  lxw_row_t second = *(const lxw_row_t *) b;

  return first < second ? -1 : first > second;
}

static double
row_height (BuntanXlsxWriter *self, lxw_row_t row)
{
  double height = row < self->row_heights->len ? g_array_index (self->row_heights, double, row) : 0;

  return height > 0 ? height : DEFAULT_ROW_HEIGHT;
}

static gboolean
is_section_row (BuntanXlsxWriter *self, lxw_row_t row)
{
  for (guint i = 0; i < self->section_rows->len; i++)
    if (g_array_index (self->section_rows, lxw_row_t, i) == row)
      return TRUE;
  return FALSE;
}

/* The height of the rows printed again at the top of every page. */
static double
repeated_height (BuntanXlsxWriter *self)
{
  double height = 0;

  for (lxw_row_t row = self->repeat_first; row <= self->repeat_last; row++)
    height += row_height (self, row);
  return height;
}

/**
 * buntan_xlsx_writer_keep_with_next:
 * @self: a writer
 * @sheet: the current table's sheet
 * @last_row: the table's last row
 * @n_kept: how many of its last rows go with what follows
 * @next_height: the height in points of what follows (a legend, a total)
 *
 * Spreadsheets have no "keep with next": this sets page breaks so that a
 * section row never ends a page, and what follows the table (a legend, a
 * total) never stands alone or with fewer than @n_kept of the table's rows
 * on a page. The pages are estimated as Excel lays them out — scaled to one
 * page wide, the header row repeated — with a margin for its fonts, and
 * every page's break is set: LibreOffice's pages hold more rows, so it
 * keeps the same breaks.
 */
void
buntan_xlsx_writer_keep_with_next (BuntanXlsxWriter *self,
                                   lxw_worksheet    *sheet,
                                   lxw_row_t         last_row,
                                   guint             n_kept,
                                   double            next_height)
{
  g_autoptr (GArray) breaks = g_array_new (TRUE, TRUE, sizeof (lxw_row_t));
  double    width = 0, scale, page, used = 0;
  lxw_row_t page_start = 0, previous_start = 0;
  lxw_row_t kept_from;

  if (self->columns == NULL || self->row_heights == NULL ||
      last_row < BUNTAN_XLSX_ROW_HEAD + n_kept)
    return;

  /* A column of w characters is w * 7 + 5 pixels of 0.75 points. */
  for (guint i = 0; i < self->n_columns; i++)
    width += ((int) (self->columns[i].width * 7 + 0.5) + 5) * 0.75;
  scale = MIN (1.0, (self->a3 ? A3_WIDTH : A4_WIDTH) / width);
  page = 0.92 * (self->a3 ? A3_HEIGHT : A4_HEIGHT) / scale;

  for (lxw_row_t row = 0; row <= last_row; row++)
    {
      double height = row_height (self, row);

      if (used + height > page && row > page_start)
        {
          lxw_row_t start = row;

          /* A section row (or a heading) goes to the page of its first item. */
          while (start - 1 > page_start && is_section_row (self, start - 1))
            start--;
          /* Every break is set, not only the moved ones: LibreOffice, which
           * measures columns in a wider default font than Excel, shrinks
           * the page further and would break later than estimated, leaving
           * a last row alone with the total. Breaks at Excel's estimate,
           * the shorter page, are kept by both. */
          g_array_append_val (breaks, start);
          previous_start = page_start;
          page_start = start;
          used = repeated_height (self);
          for (lxw_row_t moved = start; moved < row; moved++)
            used += row_height (self, moved);
        }
      used += height;
    }

  kept_from = last_row + 1 - n_kept;
  if (used + next_height > page && kept_from > page_start)
    g_array_append_val (breaks, kept_from);
  else if (kept_from < page_start && kept_from > previous_start)
    {
      /* Too few rows on the last page: take some from the one before, its
       * break moving up to them. */
      g_array_index (breaks, lxw_row_t, breaks->len - 1) = kept_from;
    }

  if (breaks->len > 0)
    {
      g_array_sort (breaks, compare_rows);
      buntan_xlsx_writer_check (self,
                                worksheet_set_h_pagebreaks (sheet, (lxw_row_t *) breaks->data));
    }
}

/* @mark (plain text) in the middle of the header of every sheet added
 * after this: 案 on every page of a draft. */
void
buntan_xlsx_writer_set_header_mark (BuntanXlsxWriter *self, const char *mark)
{
  g_autofree char *owned = NULL;
  const char      *cleaned = _buntan_xlsx_writer_clean_text (mark, DESTINATION_HEADER, &owned);

  g_free (self->header_mark);
  self->header_mark = g_strdup (cleaned);
}

/* The same footer on every page of every sheet: @left and @right are plain
 * text, the page numbers ("3 / 17") in the middle. */
void
buntan_xlsx_writer_set_footers (BuntanXlsxWriter *self, const char *left, const char *right)
{
  g_autofree char *owned_left = NULL;
  g_autofree char *owned_right = NULL;
  g_autofree char *footer =
    g_strconcat ("&L" HEADER_FONT,
                 _buntan_xlsx_writer_clean_text (left, DESTINATION_HEADER, &owned_left),
                 "&C" HEADER_FONT "&P / &N", "&R" HEADER_FONT,
                 _buntan_xlsx_writer_clean_text (right, DESTINATION_HEADER, &owned_right), NULL);
  lxw_worksheet *sheet;

  LXW_FOREACH_WORKSHEET (sheet, self->workbook)
  buntan_xlsx_writer_check (self, worksheet_set_footer (sheet, footer));
}
