/* buntan-xlsx-writer.c — the layer that writes cells, formats and page set-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */


#include "config.h"

#include <errno.h>
#include <string.h>

#include "buntan-core.h"
#include "buntan-xlsx-writer-private.h"

/* LibreOffice does not fit rows to wrapped text on opening, and Excel never
 * fits them to merged cells: estimate the lines of @text in a cell @width
 * characters wide and set the height ourselves. */
static guint
count_lines (const char *text, double width)
{
  guint  lines = 1;
  double used = 0;
  gsize  length = text != NULL ? strlen (text) : 0;

  width -= 1; /* the cell's padding */

  /* The common case, cheaply: no character is wider than its UTF-8 bytes. */
  if (length <= width && memchr (text, '\n', length) == NULL)
    return 1;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double   w = c < 0x80 ? ASCII_WIDTH : WIDE_WIDTH;

      if (c == '\n' || used + w > width)
        {
          lines++;
          used = c == '\n' ? 0 : w;
        }
      else
        used += w;
    }

  return lines;
}

/* Counts the lines of a wrapped cell spanning @first_col to @last_col of the
 * current table, for buntan_xlsx_writer_end_row(). */
static void
track_lines (BuntanXlsxWriter *self,
             const char       *text,
             lxw_col_t         first_col,
             lxw_col_t         last_col,
             lxw_format       *format)
{
  double width = 0;

  if (self->columns == NULL || last_col >= self->n_columns || format == NULL || !format->text_wrap)
    return;

  for (lxw_col_t col = first_col; col <= last_col; col++)
    width += self->columns[col].width;

  self->lines = MAX (self->lines, count_lines (text, width));
  if (format->font_size > FONT_SIZE)
    self->min_height =
      MAX (self->min_height, LINE_PADDING + LINE_HEIGHT * format->font_size / FONT_SIZE);
}

/**
 * buntan_xlsx_writer_new:
 * @path: where libxlsxwriter writes the workbook when it is closed
 * @page_title: the title on the left of every page header, or %NULL
 *
 * Returns: (nullable): a writer with its formats made, or %NULL when
 *   libxlsxwriter could not start a workbook
 */
BuntanXlsxWriter *
buntan_xlsx_writer_new (const char *path, const char *page_title)
{
  lxw_workbook_options options = { 0 };
  g_autofree char     *owned = NULL;
  BuntanXlsxWriter    *self;
  lxw_workbook        *workbook = workbook_new_opt (path, &options);

  if (workbook == NULL)
    return NULL;

  /* Cleaned for the header once it is cut to length. */
  if (page_title != NULL && !g_utf8_validate (page_title, -1, NULL))
    page_title = owned = g_utf8_make_valid (page_title, -1);

  self = g_new0 (BuntanXlsxWriter, 1);
  self->workbook = workbook;
  self->status = LXW_NO_ERROR;
  self->sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->page_title = g_strdup (page_title != NULL && *page_title != '\0' ? page_title : NO_TITLE);
  self->lines = 1;
  _buntan_xlsx_writer_add_formats (self);

  return self;
}

/**
 * buntan_xlsx_writer_close:
 * @self: (transfer full): a writer
 * @close_errno: (out): errno as libxlsxwriter left it on closing
 *
 * Writes the workbook and frees it and @self, also after an error.
 *
 * Returns: the first error of the whole workbook, or %LXW_NO_ERROR
 */
lxw_error
buntan_xlsx_writer_close (BuntanXlsxWriter *self, int *close_errno)
{
  lxw_error closed;
  lxw_error status;

  errno = 0;
  closed = workbook_close (g_steal_pointer (&self->workbook));
  *close_errno = errno;
  buntan_xlsx_writer_check (self, closed);
  status = self->status;

  g_clear_pointer (&self->sheet_names, g_hash_table_unref);
  g_clear_pointer (&self->page_title, g_free);
  g_clear_pointer (&self->header_mark, g_free);
  g_clear_pointer (&self->row_heights, g_array_unref);
  g_clear_pointer (&self->section_rows, g_array_unref);
  g_free (self);

  return status;
}

/* Keeps the first libxlsxwriter error; the sheets write on regardless, and
 * the export fails at the end. */
void
buntan_xlsx_writer_check (BuntanXlsxWriter *self, lxw_error error)
{
  if (error != LXW_NO_ERROR && self->status == LXW_NO_ERROR)
    self->status = error;
}

/* Excel's rules for sheet names: at most 31 characters, none of []:*?/\,
 * no apostrophe at either end, not "History", unique ignoring case. */
char *
buntan_xlsx_writer_make_sheet_name (BuntanXlsxWriter *self, const char *wanted)
{
  g_autoptr (GString) base = g_string_new (NULL);
  g_autofree char *owned = NULL;

  wanted =
    _buntan_xlsx_writer_clean_text (wanted != NULL ? wanted : "", DESTINATION_SHEET_NAME, &owned);
  for (const char *p = wanted; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL)
        g_string_append_c (base, '_');
      else
        g_string_append_unichar (base, c);
    }

  g_strstrip (base->str);
  base->len = strlen (base->str);
  if (base->len == 0)
    g_string_assign (base, DEFAULT_SHEET_NAME);

  for (guint n = 1;; n++)
    {
      g_autofree char *suffix = n == 1 ? g_strdup ("") : g_strdup_printf (" (%u)", n);
      gsize keep = _buntan_xlsx_writer_prefix_within (base->str, SHEET_NAME_MAX - strlen (suffix));
      g_autofree char *stem = g_strndup (base->str, keep);
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;

      g_strchomp (stem);
      while (*stem == '\'')
        memmove (stem, stem + 1, strlen (stem));
      for (gsize len = strlen (stem); len > 0 && stem[len - 1] == '\''; len--)
        stem[len - 1] = '\0';

      name = g_strconcat (*stem != '\0' ? stem : DEFAULT_SHEET_NAME, suffix, NULL);
      key = g_utf8_casefold (name, -1);

      if (!g_hash_table_contains (self->sheet_names, key))
        {
          g_hash_table_add (self->sheet_names, g_steal_pointer (&key));
          return g_steal_pointer (&name);
        }
    }
}

void
buntan_xlsx_writer_reserve_sheet_name (BuntanXlsxWriter *self, const char *name)
{
  g_hash_table_add (self->sheet_names, g_utf8_casefold (name, -1));
}

/* Forgets the table of the previous sheet. */
void
buntan_xlsx_writer_begin_sheet (BuntanXlsxWriter *self)
{
  self->columns = NULL;
  self->n_columns = 0;
  self->lines = 1;
  self->min_height = 0;
  self->a3 = FALSE;
  self->repeat_first = self->repeat_last = BUNTAN_XLSX_ROW_HEAD;
  if (self->row_heights == NULL)
    self->row_heights = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (self->row_heights, 0);
  if (self->section_rows == NULL)
    self->section_rows = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  g_array_set_size (self->section_rows, 0);
}

static void
record_height (BuntanXlsxWriter *self, lxw_row_t row, double height)
{
  if (self->row_heights == NULL)
    self->row_heights = g_array_new (FALSE, TRUE, sizeof (double));
  if (row >= self->row_heights->len)
    g_array_set_size (self->row_heights, row + 1);
  g_array_index (self->row_heights, double, row) = height;
}

lxw_worksheet *
buntan_xlsx_writer_add_sheet (BuntanXlsxWriter *self, const char *name)
{
  g_autofree char *owned = NULL;
  lxw_worksheet   *sheet;

  name = _buntan_xlsx_writer_clean_text (name, DESTINATION_SHEET_NAME, &owned);
  sheet = workbook_add_worksheet (self->workbook, name);
  buntan_xlsx_writer_begin_sheet (self);

  /* Names are made valid beforehand; this is for the unforeseen. */
  if (sheet == NULL)
    {
      lxw_error invalid = workbook_validate_sheet_name (self->workbook, name);

      buntan_xlsx_writer_check (self,
                                invalid != LXW_NO_ERROR ? invalid : LXW_ERROR_MEMORY_MALLOC_FAILED);
    }

  return sheet;
}

/* Sets the widths of the columns of @sheet and makes them the current table. */
void
buntan_xlsx_writer_set_columns (BuntanXlsxWriter       *self,
                                lxw_worksheet          *sheet,
                                const BuntanXlsxColumn *columns,
                                guint                   n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    buntan_xlsx_writer_check (self, worksheet_set_column (sheet, (lxw_col_t) i, (lxw_col_t) i,
                                                          columns[i].width, NULL));

  self->columns = columns;
  self->n_columns = n_columns;
  self->lines = 1;
}

void
buntan_xlsx_writer_put_head_row (BuntanXlsxWriter *self, lxw_worksheet *sheet, lxw_row_t row)
{
  for (guint i = 0; i < self->n_columns; i++)
    buntan_xlsx_writer_put_text (self, sheet, row, (lxw_col_t) i, self->columns[i].heading,
                                 self->head);

  buntan_xlsx_writer_end_row (self, sheet, row);
}

/* Rows go top to bottom throughout, each finished before the next, so the
 * sheets could be streamed (libxlsxwriter's constant_memory mode, slower
 * here: see tests/bench) should memory ever matter more than time. */
void
buntan_xlsx_writer_put_titles (BuntanXlsxWriter *self,
                               lxw_worksheet    *sheet,
                               const char       *title,
                               const char       *subtitle)
{
  buntan_xlsx_writer_put_text (self, sheet, BUNTAN_XLSX_ROW_TITLE, 0, title, self->title);
  buntan_xlsx_writer_check (self, worksheet_set_row (sheet, BUNTAN_XLSX_ROW_TITLE, 28, NULL));
  record_height (self, BUNTAN_XLSX_ROW_TITLE, 28);
  buntan_xlsx_writer_put_text (self, sheet, BUNTAN_XLSX_ROW_SUBTITLE, 0, subtitle, self->subtitle);
  buntan_xlsx_writer_check (self, worksheet_set_row (sheet, BUNTAN_XLSX_ROW_SUBTITLE, 18, NULL));
  record_height (self, BUNTAN_XLSX_ROW_SUBTITLE, 18);
}

/* A table sheet: title, subtitle, widths and header row, and the page set-up
 * with the header row repeated and frozen (and @freeze_col columns too). */
void
buntan_xlsx_writer_begin_table (BuntanXlsxWriter       *self,
                                lxw_worksheet          *sheet,
                                const char             *label,
                                const char             *title,
                                const char             *subtitle,
                                const BuntanXlsxColumn *columns,
                                guint                   n_columns,
                                lxw_col_t               freeze_col)
{
  buntan_xlsx_writer_put_titles (self, sheet, title, subtitle);
  buntan_xlsx_writer_set_columns (self, sheet, columns, n_columns);
  buntan_xlsx_writer_put_head_row (self, sheet, BUNTAN_XLSX_ROW_HEAD);
  buntan_xlsx_writer_set_up_page (self, sheet, label, BUNTAN_XLSX_ROW_HEAD, BUNTAN_XLSX_ROW_HEAD,
                                  BUNTAN_XLSX_ROW_HEAD + 1, freeze_col);
}

void
buntan_xlsx_writer_put_empty_table (BuntanXlsxWriter *self,
                                    lxw_worksheet    *sheet,
                                    lxw_row_t         row,
                                    guint             n_columns,
                                    const char       *text)
{
  buntan_xlsx_writer_put_merged (self, sheet, row, 0, (lxw_col_t) (n_columns - 1), text,
                                 self->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self, sheet, row);
}

void
buntan_xlsx_writer_put_text (BuntanXlsxWriter *self,
                             lxw_worksheet    *sheet,
                             lxw_row_t         row,
                             lxw_col_t         col,
                             const char       *text,
                             lxw_format       *format)
{
  g_autofree char *owned = NULL;
  g_autofree char *clipped = NULL;

  text = _buntan_xlsx_writer_clean_string (text != NULL ? text : "", &owned);

  /* Excel refuses longer cells; a note that long is cut, not the export. */
  if (strlen (text) > CELL_TEXT_MAX &&
      text[_buntan_xlsx_writer_prefix_within (text, CELL_TEXT_MAX)] != '\0')
    {
      g_autofree char *head =
        g_strndup (text, _buntan_xlsx_writer_prefix_within (text, CELL_TEXT_MAX - 16));

      text = clipped = g_strconcat (head, "…（以下省略）", NULL);
    }

  track_lines (self, text, col, col, format);

  /* Always a string, never a formula: a note may start with "=". */
  buntan_xlsx_writer_check (self, worksheet_write_string (sheet, row, col, text, format));
}

void
buntan_xlsx_writer_put_number (BuntanXlsxWriter *self,
                               lxw_worksheet    *sheet,
                               lxw_row_t         row,
                               lxw_col_t         col,
                               double            number,
                               lxw_format       *format)
{
  buntan_xlsx_writer_check (self, worksheet_write_number (sheet, row, col, number, format));
}

/* A real Excel date when @text is one Excel can hold (1900 to 9999);
 * otherwise the text as it is. */
void
buntan_xlsx_writer_put_date (BuntanXlsxWriter *self,
                             lxw_worksheet    *sheet,
                             lxw_row_t         row,
                             lxw_col_t         col,
                             const char       *text,
                             BuntanXlsxStyle   style,
                             gboolean          greyed)
{
  g_autoptr (GDate) date = buntan_date_parse (text);
  lxw_datetime datetime = { 0 };

  if (date == NULL || g_date_get_year (date) < 1900 || g_date_get_year (date) > 9999)
    {
      buntan_xlsx_writer_put_text (self, sheet, row, col, text,
                                   self->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
      return;
    }

  datetime.year = g_date_get_year (date);
  datetime.month = g_date_get_month (date);
  datetime.day = g_date_get_day (date);
  buntan_xlsx_writer_check (self, worksheet_write_datetime (sheet, row, col, &datetime,
                                                            self->cell[style][greyed]));
}

void
buntan_xlsx_writer_put_merged (BuntanXlsxWriter *self,
                               lxw_worksheet    *sheet,
                               lxw_row_t         row,
                               lxw_col_t         first_col,
                               lxw_col_t         last_col,
                               const char       *text,
                               lxw_format       *format)
{
  g_autofree char *owned = NULL;

  if (first_col == last_col)
    {
      buntan_xlsx_writer_put_text (self, sheet, row, first_col, text, format);
      return;
    }

  text = _buntan_xlsx_writer_clean_string (text, &owned);
  track_lines (self, text, first_col, last_col, format);
  buntan_xlsx_writer_check (self, worksheet_merge_range (sheet, row, first_col, row, last_col,
                                                         text != NULL ? text : "", format));
}

/* A section (大項目) heading across the whole current table, so a long
 * table reads in its chapters: 「A　共通」. */
void
buntan_xlsx_writer_put_section (BuntanXlsxWriter *self,
                                lxw_worksheet    *sheet,
                                lxw_row_t         row,
                                const char       *text)
{
  g_return_if_fail (self->n_columns > 0);

  buntan_xlsx_writer_put_merged (self, sheet, row, 0, (lxw_col_t) (self->n_columns - 1), text,
                                 self->section);
  buntan_xlsx_writer_end_row (self, sheet, row);
  buntan_xlsx_writer_keep_row_with_next (self, row);
}

/* A row that must not end a page (a section row, a heading over a table,
 * the table's header): buntan_xlsx_writer_keep_with_next() moves it to the
 * page of the row after it. */
void
buntan_xlsx_writer_keep_row_with_next (BuntanXlsxWriter *self, lxw_row_t row)
{
  if (self->section_rows == NULL)
    self->section_rows = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  g_array_append_val (self->section_rows, row);
}


/* Closes a list: an AutoFilter over its header row and its rows, so a
 * reader can narrow a long table to one party, status or section. */
void
buntan_xlsx_writer_end_table (BuntanXlsxWriter *self, lxw_worksheet *sheet, lxw_row_t last_row)
{
  if (self->n_columns == 0 || last_row <= BUNTAN_XLSX_ROW_HEAD)
    return;

  buntan_xlsx_writer_check (self, worksheet_autofilter (sheet, BUNTAN_XLSX_ROW_HEAD, 0, last_row,
                                                        (lxw_col_t) (self->n_columns - 1)));
}

/* Keeps room for @lines lines in the row being written (a signature box). */
void
buntan_xlsx_writer_reserve_lines (BuntanXlsxWriter *self, guint lines)
{
  self->lines = MAX (self->lines, lines);
}

/* Sets the height of a row of the current table from its tallest cell.
 * Every row gets one, a single line too: left to itself LibreOffice fits a
 * wrapped row to its own font on opening (taller than Excel's default, and
 * taller still for the 12-point marks), so the pages it printed were fewer
 * rows long than buntan_xlsx_writer_keep_with_next() counted on. 18 points
 * hold a line of 10-point text in Yu Gothic (Excel) and in the IPA or Noto
 * fonts LibreOffice substitutes. */
void
buntan_xlsx_writer_end_row (BuntanXlsxWriter *self, lxw_worksheet *sheet, lxw_row_t row)
{
  double height = MAX (LINE_PADDING + LINE_HEIGHT * self->lines, self->min_height);

  buntan_xlsx_writer_check (self, worksheet_set_row (sheet, row, height, NULL));
  record_height (self, row, height);

  self->lines = 1;
  self->min_height = 0;
}

void
buntan_xlsx_writer_set_properties (BuntanXlsxWriter *self,
                                   const char       *title,
                                   const char       *subject,
                                   const char       *company,
                                   const char       *comments,
                                   time_t            created,
                                   const char       *fingerprint)
{
  g_autofree char   *owned_title = NULL;
  g_autofree char   *owned_subject = NULL;
  g_autofree char   *owned_company = NULL;
  g_autofree char   *owned_comments = NULL;
  g_autofree char   *owned_fingerprint = NULL;
  lxw_doc_properties properties = {
    .title = (char *) _buntan_xlsx_writer_clean_text (title, DESTINATION_PROPERTY, &owned_title),
    .subject =
      (char *) _buntan_xlsx_writer_clean_text (subject, DESTINATION_PROPERTY, &owned_subject),
    .company =
      (char *) _buntan_xlsx_writer_clean_text (company, DESTINATION_PROPERTY, &owned_company),
    .comments =
      (char *) _buntan_xlsx_writer_clean_text (comments, DESTINATION_PROPERTY, &owned_comments),
    .created = created,
  };

  buntan_xlsx_writer_check (self, workbook_set_properties (self->workbook, &properties));
  buntan_xlsx_writer_check (self,
                            workbook_set_custom_property_string (
                              self->workbook, "BuntanFingerprint",
                              _buntan_xlsx_writer_clean_text (fingerprint, DESTINATION_PROPERTY,
                                                              &owned_fingerprint)));
}
