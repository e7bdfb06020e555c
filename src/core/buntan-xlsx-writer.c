/* buntan-xlsx-writer.c — the layer that writes cells, formats and page set-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include "buntan-core.h"
#include "buntan-xlsx-writer.h"

/* Excel's limits, in UTF-16 code units (Excel counts those, libxlsxwriter
 * counts code points: staying under both keeps either happy). */
#define CELL_TEXT_MAX 32767
#define SHEET_NAME_MAX 31
/* libxlsxwriter 1.1.4 rejects header and footer strings of 255 bytes or more. */
#define HEADER_FOOTER_MAX 254

#define FONT_NAME "Yu Gothic"
#define FONT_SIZE 10
/* Points per line of 10-point text, and the cell's padding. A kanji takes
 * about 1.4 column-width units in LibreOffice and 1.9 in Excel: the estimate
 * errs on the side of a little white space over clipped text. */
#define WIDE_WIDTH 1.8
#define ASCII_WIDTH 1.0
#define LINE_HEIGHT 14.0
#define LINE_PADDING 4.0
/* Size first: a size code right before text would swallow a leading digit. */
#define HEADER_FONT "&9&\"" FONT_NAME ",Regular\""

#define COLOR_HEAD 0xD9E1F2
#define COLOR_LABEL 0xEDEDED
#define COLOR_GREY_FILL 0xD9D9D9
#define COLOR_GREY_TEXT 0x595959
#define COLOR_UNDECIDED 0xFFF2CC
#define COLOR_ALERT 0xC00000

#define NO_TITLE "—"
#define DEFAULT_SHEET_NAME "事業者"

/* Byte length of the longest prefix of @text that Excel counts as at most
 * @max_units characters. */
static gsize
prefix_within (const char *text, gsize max_units)
{
  const char *p = text;
  gsize       units = 0;

  while (*p != '\0')
    {
      gsize width = g_utf8_get_char (p) > 0xFFFF ? 2 : 1;

      if (units + width > max_units)
        break;

      units += width;
      p = g_utf8_next_char (p);
    }

  return (gsize) (p - text);
}

/* Where a string goes decides what it may hold. */
typedef enum
{
  DESTINATION_CELL,
  /* Page headers and footers: one line, "&" is the code character. */
  DESTINATION_HEADER,
  DESTINATION_SHEET_NAME,
  DESTINATION_PROPERTY,
} Destination;

/* XML 1.0 allows neither, and a noncharacter in sharedStrings.xml makes
 * LibreOffice show every later string blank. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* Excel reads "_xHHHH_" in any string of the file as the character HHHH:
 * a literal one is kept by escaping its underscore as "_x005F_". */
static gboolean
starts_excel_escape (const char *p)
{
  if (p[0] != '_' || (p[1] != 'x' && p[1] != 'X'))
    return FALSE;

  for (guint i = 2; i < 6; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;

  return p[6] == '_';
}

/* Whether the character at @p must be written differently for @destination. */
static gboolean
needs_cleaning (const char *p, Destination destination)
{
  guchar c = (guchar) *p;

  if (c < 0x20)
    return c != '\t' && c != '\n'
             ? TRUE
             : destination == DESTINATION_HEADER || destination == DESTINATION_SHEET_NAME;
  if (c == 0x7F || c == '_')
    return c == 0x7F || (destination != DESTINATION_SHEET_NAME && starts_excel_escape (p));
  if (c == '&')
    return destination == DESTINATION_HEADER;
  if (c < 0x80)
    return FALSE;

  {
    gunichar u = g_utf8_get_char (p);

    return (u >= 0x80 && u <= 0x9F) || is_noncharacter (u);
  }
}

static void
append_clean (GString *out, const char *p, Destination destination)
{
  gunichar c = g_utf8_get_char (p);

  if (c == '\r' && (destination == DESTINATION_CELL || destination == DESTINATION_PROPERTY))
    {
      /* Windows line ends, or an old Mac's. */
      if (p[1] != '\n')
        g_string_append_c (out, '\n');
    }
  else if (c == '\t' || c == '\n' || c == '\r')
    g_string_append_c (out, ' '); /* headers and sheet names are one line */
  else if (c < 0x20 && destination == DESTINATION_SHEET_NAME)
    g_string_append_c (out, '_');
  else if (c < 0x20)
    g_string_append_unichar (out, 0x2400 + c); /* Unicode's Control Pictures: ␇ for BEL */
  else if (c == 0x7F)
    g_string_append_unichar (out, 0x2421); /* ␡ */
  else if (c == '_')
    g_string_append (out, "_x005F_");
  else if (c != '&')
    g_string_append_unichar (out, 0xFFFD); /* C1 controls, noncharacters */
  /* "&&" is Excel's escaped "&"; but libxlsxwriter 1.1.4 still takes
   * "&&G" or "&&[Picture]" for an image placeholder and then frees the
   * header twice: such an "&" is written as a full-width "＆" instead. */
  else if (p[1] == 'G' || g_str_has_prefix (p + 1, "[Picture]"))
    g_string_append (out, "＆");
  else
    g_string_append (out, "&&");
}

/* Every string on its way into the workbook passes here — cells, sheet
 * names, page headers and footers, document properties — so that what a
 * workbook may hold is decided once, whatever the user typed or pasted.
 * Control characters other than tab and newline are shown as the symbols of
 * Unicode's Control Pictures block (␇, ␛), C1 controls and noncharacters as
 * U+FFFD, a literal "_xHHHH_" is escaped so that it reads as typed, and a
 * header's "&" is doubled. Returns @text or a cleaned copy kept in @owned;
 * %NULL stays %NULL. */
static const char *
clean_text (const char *text, Destination destination, char **owned)
{
  g_autoptr (GString) out = NULL;
  g_autofree char *valid = NULL;
  const char      *p;

  g_assert (owned != NULL && *owned == NULL);

  if (text == NULL)
    return NULL;

  /* The model holds valid UTF-8; this keeps a broken string from becoming a
   * broken workbook all the same. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* Most strings need nothing: find the first character that does. */
  for (p = text; *p != '\0' && !needs_cleaning (p, destination); p = g_utf8_next_char (p))
    ;
  if (*p == '\0')
    return valid != NULL ? (*owned = g_steal_pointer (&valid)) : text;

  out = g_string_new_len (text, p - text);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (needs_cleaning (p, destination))
        append_clean (out, p, destination);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return *owned = g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
clean_string (const char *text, char **owned)
{
  return clean_text (text, DESTINATION_CELL, owned);
}

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

static lxw_format *
new_format (BuntanXlsxWriter *self)
{
  lxw_format *format = workbook_add_format (self->workbook);

  /* Set on every format: Excel's default Calibri has no kanji. */
  format_set_font_name (format, FONT_NAME);
  format_set_font_size (format, FONT_SIZE);
  format_set_font_charset (format, 128); /* SHIFTJIS_CHARSET: a hint for substitution */
  return format;
}

static lxw_format *
new_cell_format (BuntanXlsxWriter *self, BuntanXlsxStyle style, gboolean greyed)
{
  lxw_format *format = new_format (self);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);

  switch (style)
    {
    case BUNTAN_XLSX_STYLE_TEXT:
      /* Left, also for the counts on the cover, which Excel would push right. */
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    case BUNTAN_XLSX_STYLE_CENTER:
      format_set_align (format, LXW_ALIGN_CENTER);
      break;
    case BUNTAN_XLSX_STYLE_DATE:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_num_format (format, "yyyy-mm-dd");
      break;
    case BUNTAN_XLSX_STYLE_DATE_LEFT:
      format_set_align (format, LXW_ALIGN_LEFT);
      format_set_num_format (format, "yyyy-mm-dd");
      break;
    case BUNTAN_XLSX_STYLE_NUMBER:
      format_set_align (format, LXW_ALIGN_RIGHT);
      format_set_num_format (format, "0");
      break;
    case BUNTAN_XLSX_STYLE_MARK:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
      format_set_font_size (format, 12);
      break;
    case BUNTAN_XLSX_STYLE_UNDECIDED:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_bold (format);
      format_set_font_color (format, COLOR_ALERT);
      break;
    case BUNTAN_XLSX_N_STYLES:
    default:
      g_assert_not_reached ();
    }

  if (greyed)
    {
      format_set_bg_color (format, COLOR_GREY_FILL);
      format_set_font_color (format, COLOR_GREY_TEXT);
    }
  else if (style == BUNTAN_XLSX_STYLE_UNDECIDED)
    format_set_bg_color (format, COLOR_UNDECIDED);

  return format;
}

static void
add_formats (BuntanXlsxWriter *self)
{
  for (guint style = 0; style < BUNTAN_XLSX_N_STYLES; style++)
    for (guint greyed = 0; greyed < 2; greyed++)
      self->cell[style][greyed] = new_cell_format (self, style, greyed);

  self->title = new_format (self);
  format_set_font_size (self->title, 16);
  format_set_bold (self->title);
  format_set_align (self->title, LXW_ALIGN_VERTICAL_CENTER);

  self->subtitle = new_format (self);
  format_set_font_size (self->subtitle, 11);
  format_set_align (self->subtitle, LXW_ALIGN_VERTICAL_CENTER);

  self->heading = new_format (self);
  format_set_font_size (self->heading, 12);
  format_set_bold (self->heading);
  format_set_align (self->heading, LXW_ALIGN_VERTICAL_BOTTOM);

  self->head = new_format (self);
  format_set_bold (self->head);
  format_set_border (self->head, LXW_BORDER_THIN);
  format_set_text_wrap (self->head);
  format_set_align (self->head, LXW_ALIGN_CENTER);
  format_set_align (self->head, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (self->head, COLOR_HEAD);

  self->label = new_format (self);
  format_set_bold (self->label);
  format_set_border (self->label, LXW_BORDER_THIN);
  format_set_text_wrap (self->label);
  format_set_align (self->label, LXW_ALIGN_VERTICAL_TOP);
  format_set_bg_color (self->label, COLOR_LABEL);

  /* Notes overflow into the empty cells beside them; remarks wrap. */
  self->note = new_format (self);
  format_set_align (self->note, LXW_ALIGN_VERTICAL_TOP);

  self->remark = new_format (self);
  format_set_align (self->remark, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (self->remark);

  self->box = new_format (self);
  format_set_border (self->box, LXW_BORDER_THIN);
  format_set_align (self->box, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (self->box);

  self->section = new_format (self);
  format_set_bold (self->section);
  format_set_border (self->section, LXW_BORDER_THIN);
  format_set_align (self->section, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (self->section, COLOR_LABEL);
}

static char *
dup_page_header (BuntanXlsxWriter *self, const char *label)
{
  const char *title = self->page_title;

  /* The title is cut until the header fits libxlsxwriter's limit. */
  for (gsize units = 60;; units -= 5)
    {
      g_autofree char *clipped = g_strndup (title, prefix_within (title, units));
      g_autofree char *owned = NULL;
      const char      *escaped = clean_text (clipped, DESTINATION_HEADER, &owned);
      char            *header =
        g_strconcat ("&L" HEADER_FONT, escaped, (title[strlen (clipped)] != '\0') ? "…" : "",
                     self->header_mark != NULL ? "&C" HEADER_FONT : "",
                     self->header_mark != NULL ? self->header_mark : "", "&R" HEADER_FONT, label,
                     NULL);

      if (strlen (header) <= HEADER_FOOTER_MAX || units <= 5)
        return header;

      g_free (header);
    }
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
  add_formats (self);

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

  wanted = clean_text (wanted != NULL ? wanted : "", DESTINATION_SHEET_NAME, &owned);
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
      gsize            keep = prefix_within (base->str, SHEET_NAME_MAX - strlen (suffix));
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

  name = clean_text (name, DESTINATION_SHEET_NAME, &owned);
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
  g_autofree char *header = dup_page_header (self, clean_text (label, DESTINATION_HEADER, &owned));

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

  text = clean_string (text != NULL ? text : "", &owned);

  /* Excel refuses longer cells; a note that long is cut, not the export. */
  if (strlen (text) > CELL_TEXT_MAX && text[prefix_within (text, CELL_TEXT_MAX)] != '\0')
    {
      g_autofree char *head = g_strndup (text, prefix_within (text, CELL_TEXT_MAX - 16));

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

  text = clean_string (text, &owned);
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

/* @mark (plain text) in the middle of the header of every sheet added
 * after this: 案 on every page of a draft. */
void
buntan_xlsx_writer_set_header_mark (BuntanXlsxWriter *self, const char *mark)
{
  g_autofree char *owned = NULL;
  const char      *cleaned = clean_text (mark, DESTINATION_HEADER, &owned);

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
    g_strconcat ("&L" HEADER_FONT, clean_text (left, DESTINATION_HEADER, &owned_left),
                 "&C" HEADER_FONT "&P / &N", "&R" HEADER_FONT,
                 clean_text (right, DESTINATION_HEADER, &owned_right), NULL);
  lxw_worksheet *sheet;

  LXW_FOREACH_WORKSHEET (sheet, self->workbook)
  buntan_xlsx_writer_check (self, worksheet_set_footer (sheet, footer));
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
    .title = (char *) clean_text (title, DESTINATION_PROPERTY, &owned_title),
    .subject = (char *) clean_text (subject, DESTINATION_PROPERTY, &owned_subject),
    .company = (char *) clean_text (company, DESTINATION_PROPERTY, &owned_company),
    .comments = (char *) clean_text (comments, DESTINATION_PROPERTY, &owned_comments),
    .created = created,
  };

  buntan_xlsx_writer_check (self, workbook_set_properties (self->workbook, &properties));
  buntan_xlsx_writer_check (self,
                            workbook_set_custom_property_string (self->workbook,
                                                                 "BuntanFingerprint",
                                                                 clean_text (fingerprint,
                                                                             DESTINATION_PROPERTY,
                                                                             &owned_fingerprint)));
}

/* A cell the recipient fills in (a questionnaire's answers): unlocked, so it
 * stays editable on a protected sheet, and tinted, so it is found. */
lxw_format *
buntan_xlsx_writer_add_answer_format (BuntanXlsxWriter *self, BuntanXlsxStyle style)
{
  lxw_format *format = new_cell_format (self, style, FALSE);

  format_set_unlocked (format);
  format_set_bg_color (format, 0xFFF8DC);
  return format;
}
