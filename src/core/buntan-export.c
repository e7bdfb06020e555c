/* buntan-export.c — the responsibility matrix as an Excel workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "buntan-core.h"

/* The workbook is a contract appendix for Japanese hospitals: every word in
 * it is Japanese whatever the locale of the person exporting, so nothing
 * here goes through gettext except the error messages, which are for the
 * person at the keyboard. */

G_DEFINE_QUARK (buntan - export - error - quark, buntan_export_error)

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

/* Every sheet: title in row 0, a line about the project in row 1, the table
 * header in row 2. */
#define ROW_TITLE 0
#define ROW_SUBTITLE 1
#define ROW_HEAD 2

static const char *const status_words[] = {
  [BUNTAN_ITEM_STATUS_OPEN] = "未着手",
  [BUNTAN_ITEM_STATUS_DISCUSSING] = "協議中",
  [BUNTAN_ITEM_STATUS_AGREED] = "合意済",
  [BUNTAN_ITEM_STATUS_NOT_APPLICABLE] = "対象外",
};

static const char *const check_words[] = {
  [BUNTAN_CHECK_RESULT_UNSET] = "",
  [BUNTAN_CHECK_RESULT_YES] = "はい",
  [BUNTAN_CHECK_RESULT_NO] = "いいえ",
};

static const char *const contract_words[] = {
  [BUNTAN_CONTRACT_KIND_DEVELOPMENT] = "開発・導入",
  [BUNTAN_CONTRACT_KIND_MAINTENANCE] = "運用・保守",
  [BUNTAN_CONTRACT_KIND_CLOUD] = "SaaS・クラウド利用",
  [BUNTAN_CONTRACT_KIND_OTHER] = "その他",
};

#define WORD(table, value)                                                                         \
  ((guint) (value) < G_N_ELEMENTS (table) && (table)[value] != NULL ? (table)[value] : "")

#define UNDECIDED "未定"
#define JOINT "共同"
#define MARK_LEAD "◎"
#define MARK_SUPP "○"
#define NO_OWNER_NA "—"

#define SHEET_COVER "表紙"
#define SHEET_MATRIX "責任分担表"
#define SHEET_PART1 "第1部 確認表"
#define SHEET_PART2 "第2部 確認表"
#define SHEET_SUMMARY "集計"
#define SHEET_MEETINGS "協議記録"

typedef enum
{
  STYLE_TEXT,   /* wrapped, top left */
  STYLE_CENTER, /* short words: 項番, 状態, はい/いいえ */
  STYLE_DATE,
  STYLE_DATE_LEFT, /* the export date on the cover */
  STYLE_NUMBER,
  STYLE_MARK,      /* ◎ ○ */
  STYLE_UNDECIDED, /* 未定 must catch the eye */
  N_STYLES
} Style;

typedef struct
{
  const char *heading;
  double      width;
} Column;

typedef struct
{
  lxw_workbook     *workbook;
  lxw_error         status; /* the first libxlsxwriter error */
  BuntanProject    *project;
  BuntanExportFlags flags;
  BuntanMatrix     *all;       /* every item, Part 1 first: rows, marks and gaps */
  guint             first_row; /* where the matrix and vendor sheets start */
  guint             n_parties;
  BuntanMark       *marks;          /* [row * n_parties + column], asked once */
  GHashTable       *party_names;    /* id → name */
  GThread          *fingerprinting; /* until wait_for_fingerprint() */
  char             *fingerprint;
  char             *today;
  GHashTable       *sheet_names; /* case-folded names already taken */

  /* The table being written, to fit each row's height to its texts. */
  const Column *columns;
  guint         n_columns;
  guint         lines;

  /* [style][greyed]: rows of 対象外 items are grey. */
  lxw_format *cell[N_STYLES][2];
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *heading;
  lxw_format *head;
  lxw_format *label;
  lxw_format *note;
  lxw_format *remark;
  lxw_format *box;
} Export;

/* Helpers that write ------------------------------------------------------ */

static void
check (Export *self, lxw_error error)
{
  if (error != LXW_NO_ERROR && self->status == LXW_NO_ERROR)
    self->status = error;
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
 * current table, for end_row(). */
static void
track_lines (Export     *self,
             const char *text,
             lxw_col_t   first_col,
             lxw_col_t   last_col,
             lxw_format *format)
{
  double width = 0;

  if (self->columns == NULL || last_col >= self->n_columns || format == NULL || !format->text_wrap)
    return;

  for (lxw_col_t col = first_col; col <= last_col; col++)
    width += self->columns[col].width;

  self->lines = MAX (self->lines, count_lines (text, width));
}

/* Sets the height of a row of the current table from its tallest cell. */
static void
end_row (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  /* One line keeps Excel's default height. */
  if (self->lines > 1)
    check (self, worksheet_set_row (sheet, row, LINE_PADDING + LINE_HEIGHT * self->lines, NULL));

  self->lines = 1;
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : NO_OWNER_NA;
}

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

static void
put_text (Export        *self,
          lxw_worksheet *sheet,
          lxw_row_t      row,
          lxw_col_t      col,
          const char    *text,
          lxw_format    *format)
{
  g_autofree char *valid = NULL;
  g_autofree char *clipped = NULL;

  if (text == NULL)
    text = "";

  /* The model holds valid UTF-8; this keeps a broken string from becoming a
   * broken workbook all the same. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* Excel refuses longer cells; a note that long is cut, not the export. */
  if (strlen (text) > CELL_TEXT_MAX && text[prefix_within (text, CELL_TEXT_MAX)] != '\0')
    {
      g_autofree char *head = g_strndup (text, prefix_within (text, CELL_TEXT_MAX - 16));

      text = clipped = g_strconcat (head, "…（以下省略）", NULL);
    }

  track_lines (self, text, col, col, format);

  /* Always a string, never a formula: a note may start with "=". */
  check (self, worksheet_write_string (sheet, row, col, text, format));
}

static void
put_number (Export        *self,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            double         number,
            lxw_format    *format)
{
  check (self, worksheet_write_number (sheet, row, col, number, format));
}

/* A real Excel date when @text is one Excel can hold (1900 to 9999);
 * otherwise the text as it is. */
static void
put_date (Export        *self,
          lxw_worksheet *sheet,
          lxw_row_t      row,
          lxw_col_t      col,
          const char    *text,
          Style          style,
          gboolean       greyed)
{
  g_autoptr (GDate) date = buntan_date_parse (text);
  lxw_datetime datetime = { 0 };

  if (date == NULL || g_date_get_year (date) < 1900 || g_date_get_year (date) > 9999)
    {
      put_text (self, sheet, row, col, text, self->cell[STYLE_CENTER][greyed]);
      return;
    }

  datetime.year = g_date_get_year (date);
  datetime.month = g_date_get_month (date);
  datetime.day = g_date_get_day (date);
  check (self, worksheet_write_datetime (sheet, row, col, &datetime, self->cell[style][greyed]));
}

static void
put_merged (Export        *self,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      first_col,
            lxw_col_t      last_col,
            const char    *text,
            lxw_format    *format)
{
  if (first_col == last_col)
    {
      put_text (self, sheet, row, first_col, text, format);
      return;
    }

  track_lines (self, text, first_col, last_col, format);
  check (self, worksheet_merge_range (sheet, row, first_col, row, last_col,
                                      text != NULL ? text : "", format));
}

/* Formats ----------------------------------------------------------------- */

static lxw_format *
new_format (Export *self)
{
  lxw_format *format = workbook_add_format (self->workbook);

  /* Set on every format: Excel's default Calibri has no kanji. */
  format_set_font_name (format, FONT_NAME);
  format_set_font_size (format, FONT_SIZE);
  format_set_font_charset (format, 128); /* SHIFTJIS_CHARSET: a hint for substitution */
  return format;
}

static lxw_format *
new_cell_format (Export *self, Style style, gboolean greyed)
{
  lxw_format *format = new_format (self);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_text_wrap (format);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);

  switch (style)
    {
    case STYLE_TEXT:
      /* Left, also for the counts on the cover, which Excel would push right. */
      format_set_align (format, LXW_ALIGN_LEFT);
      break;
    case STYLE_CENTER:
      format_set_align (format, LXW_ALIGN_CENTER);
      break;
    case STYLE_DATE:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_num_format (format, "yyyy-mm-dd");
      break;
    case STYLE_DATE_LEFT:
      format_set_align (format, LXW_ALIGN_LEFT);
      format_set_num_format (format, "yyyy-mm-dd");
      break;
    case STYLE_NUMBER:
      format_set_align (format, LXW_ALIGN_RIGHT);
      format_set_num_format (format, "0");
      break;
    case STYLE_MARK:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
      format_set_font_size (format, 12);
      break;
    case STYLE_UNDECIDED:
      format_set_align (format, LXW_ALIGN_CENTER);
      format_set_bold (format);
      format_set_font_color (format, COLOR_ALERT);
      break;
    case N_STYLES:
    default:
      g_assert_not_reached ();
    }

  if (greyed)
    {
      format_set_bg_color (format, COLOR_GREY_FILL);
      format_set_font_color (format, COLOR_GREY_TEXT);
    }
  else if (style == STYLE_UNDECIDED)
    format_set_bg_color (format, COLOR_UNDECIDED);

  return format;
}

static void
add_formats (Export *self)
{
  for (guint style = 0; style < N_STYLES; style++)
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
}

/* Sheets ------------------------------------------------------------------ */

/* Excel's rules for sheet names: at most 31 characters, none of []:*?/\,
 * no apostrophe at either end, not "History", unique ignoring case. */
static char *
make_sheet_name (Export *self, const char *wanted)
{
  g_autoptr (GString) base = g_string_new (NULL);

  for (const char *p = wanted != NULL ? wanted : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL) || g_unichar_iscntrl (c))
        g_string_append_c (base, '_');
      else
        g_string_append_unichar (base, c);
    }

  g_strstrip (base->str);
  base->len = strlen (base->str);
  if (base->len == 0)
    g_string_assign (base, "事業者");

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

      name = g_strconcat (*stem != '\0' ? stem : "事業者", suffix, NULL);
      key = g_utf8_casefold (name, -1);

      if (!g_hash_table_contains (self->sheet_names, key))
        {
          g_hash_table_add (self->sheet_names, g_steal_pointer (&key));
          return g_steal_pointer (&name);
        }
    }
}

static void
reserve_sheet_name (Export *self, const char *name)
{
  g_hash_table_add (self->sheet_names, g_utf8_casefold (name, -1));
}

/* "&" is Excel's escape character in headers and footers, written "&&".
 * But libxlsxwriter 1.1.4 takes even an escaped "&&G" (a title with "P&G")
 * or "&&[Picture]" for an image placeholder, and then frees the header
 * twice: such an "&" is written as a full-width "＆" instead. */
static char *
escape_header_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '&')
        g_string_append_c (escaped, *p);
      else if (p[1] == 'G' || g_str_has_prefix (p + 1, "[Picture]"))
        g_string_append (escaped, "＆");
      else
        g_string_append (escaped, "&&");
    }

  return g_string_free (escaped, FALSE);
}

static char *
dup_page_header (Export *self, const char *label)
{
  const char *title = or_dash (buntan_project_get_title (self->project));

  /* The title is cut until the header fits libxlsxwriter's limit. */
  for (gsize units = 60;; units -= 5)
    {
      g_autofree char *clipped = g_strndup (title, prefix_within (title, units));
      g_autofree char *escaped = escape_header_text (clipped);
      char            *header =
        g_strconcat ("&L" HEADER_FONT, escaped, (title[strlen (clipped)] != '\0') ? "…" : "",
                     "&R" HEADER_FONT, label, NULL);

      if (strlen (header) <= HEADER_FOOTER_MAX || units <= 5)
        return header;

      g_free (header);
    }
}

/* Print set-up shared by every sheet: A4 landscape, one page wide, the rows
 * up to @repeat_last printed on every page, frozen below @freeze_row. The
 * footer waits for the fingerprint: see put_footers(). */
static void
set_up_page (Export        *self,
             lxw_worksheet *sheet,
             const char    *label,
             lxw_row_t      repeat_first,
             lxw_row_t      repeat_last,
             lxw_row_t      freeze_row,
             lxw_col_t      freeze_col)
{
  g_autofree char *header = dup_page_header (self, label);

  worksheet_set_paper (sheet, 9);
  worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_set_margins (sheet, 0.4, 0.4, 0.75, 0.6);
  worksheet_center_horizontally (sheet);
  check (self, worksheet_repeat_rows (sheet, repeat_first, repeat_last));
  worksheet_freeze_panes (sheet, freeze_row, freeze_col);
  check (self, worksheet_set_header (sheet, header));
}

static lxw_worksheet *
add_sheet (Export *self, const char *name)
{
  lxw_worksheet *sheet = workbook_add_worksheet (self->workbook, name);

  self->columns = NULL;
  self->n_columns = 0;
  self->lines = 1;

  /* Names are made valid beforehand; this is for the unforeseen. */
  if (sheet == NULL)
    {
      lxw_error invalid = workbook_validate_sheet_name (self->workbook, name);

      check (self, invalid != LXW_NO_ERROR ? invalid : LXW_ERROR_MEMORY_MALLOC_FAILED);
    }

  return sheet;
}

/* Sets the widths of the columns of @sheet and makes them the current table. */
static void
set_columns (Export *self, lxw_worksheet *sheet, const Column *columns, guint n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    check (self,
           worksheet_set_column (sheet, (lxw_col_t) i, (lxw_col_t) i, columns[i].width, NULL));

  self->columns = columns;
  self->n_columns = n_columns;
  self->lines = 1;
}

static void
put_head_row (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  for (guint i = 0; i < self->n_columns; i++)
    put_text (self, sheet, row, (lxw_col_t) i, self->columns[i].heading, self->head);

  end_row (self, sheet, row);
}

/* Rows go top to bottom throughout, each finished before the next, so the
 * sheets could be streamed (libxlsxwriter's constant_memory mode, slower
 * here: see tests/bench) should memory ever matter more than time. */
static void
put_titles (Export *self, lxw_worksheet *sheet, const char *title, const char *subtitle)
{
  put_text (self, sheet, ROW_TITLE, 0, title, self->title);
  check (self, worksheet_set_row (sheet, ROW_TITLE, 28, NULL));
  put_text (self, sheet, ROW_SUBTITLE, 0, subtitle, self->subtitle);
  check (self, worksheet_set_row (sheet, ROW_SUBTITLE, 18, NULL));
}

/* A table sheet: title, subtitle, widths and header row, and the page set-up
 * with the header row repeated and frozen (and @freeze_col columns too). */
static void
begin_table (Export        *self,
             lxw_worksheet *sheet,
             const char    *label,
             const char    *title,
             const char    *subtitle,
             const Column  *columns,
             guint          n_columns,
             lxw_col_t      freeze_col)
{
  put_titles (self, sheet, title, subtitle);
  set_columns (self, sheet, columns, n_columns);
  put_head_row (self, sheet, ROW_HEAD);
  set_up_page (self, sheet, label, ROW_HEAD, ROW_HEAD, ROW_HEAD + 1, freeze_col);
}

static void
put_empty_table (Export        *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 guint          n_columns,
                 const char    *text)
{
  put_merged (self, sheet, row, 0, (lxw_col_t) (n_columns - 1), text,
              self->cell[STYLE_TEXT][FALSE]);
  end_row (self, sheet, row);
}

/* Words about items --------------------------------------------------------- */

static const char *
party_name (BuntanParty *party)
{
  const char *name = buntan_party_get_name (party);

  return name != NULL && *name != '\0' ? name : buntan_party_get_id (party);
}

/* "A-4", or "第2部 A-4" where both parts share a table. */
static char *
dup_item_number (BuntanItem *item, gboolean with_part)
{
  const char      *section = buntan_item_get_section (item);
  const char      *number = buntan_item_get_number (item);
  g_autofree char *local = NULL;

  if (section != NULL && *section != '\0')
    local = g_strdup_printf ("%s-%s", section, number != NULL ? number : "");
  else
    local = g_strdup (number != NULL ? number : "");

  if (!with_part)
    return g_steal_pointer (&local);

  return g_strdup_printf ("第%u部 %s", buntan_item_get_part (item), local);
}

static BuntanMark
mark_at (Export *self, guint index, guint col)
{
  return self->marks[index * self->n_parties + col];
}

/* The names of the parties with @mark on the item of row @index, hospital first. */
static char *
dup_party_names (Export *self, guint index, BuntanMark mark)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint col = 0; col < self->n_parties; col++)
    {
      if (mark_at (self, index, col) != mark)
        continue;

      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, party_name (buntan_matrix_get_party (self->all, col)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gboolean
item_has_lead (BuntanItem *item)
{
  const char *const *participants;

  if (buntan_item_get_owner (item) == NULL)
    return FALSE;

  if (!buntan_item_is_joint (item))
    return TRUE;

  participants = buntan_item_get_participants (item);
  return participants != NULL && participants[0] != NULL;
}

static gboolean
item_is_greyed (BuntanItem *item)
{
  return buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_NOT_APPLICABLE;
}

/* The 担当 column: the owner's name, 共同 with the names sharing it, or 未定. */
static char *
dup_lead_text (Export *self, guint index, gboolean with_joint_names)
{
  BuntanItem *item = buntan_matrix_get_item (self->all, index);
  const char *owner = buntan_item_get_owner (item);
  const char *name;

  if (!item_has_lead (item))
    return g_strdup (item_is_greyed (item) ? NO_OWNER_NA : UNDECIDED);

  if (buntan_item_is_joint (item))
    {
      g_autofree char *names = NULL;

      if (!with_joint_names)
        return g_strdup (JOINT);

      names = dup_party_names (self, index, BUNTAN_MARK_LEAD);
      return g_strdup_printf (JOINT "（%s）", names);
    }

  name = g_hash_table_lookup (self->party_names, owner);
  return g_strdup (name != NULL ? name : owner);
}

static void
put_lead (Export        *self,
          lxw_worksheet *sheet,
          lxw_row_t      row,
          lxw_col_t      col,
          guint          index,
          gboolean       with_joint_names)
{
  BuntanItem      *item = buntan_matrix_get_item (self->all, index);
  g_autofree char *text = dup_lead_text (self, index, with_joint_names);
  gboolean         greyed = item_is_greyed (item);
  Style            style = !greyed && !item_has_lead (item) ? STYLE_UNDECIDED : STYLE_TEXT;

  put_text (self, sheet, row, col, text, self->cell[style][greyed]);
}

/* 状態, 契約条項, 備考: the last three columns of most tables. */
static void
put_state_columns (Export        *self,
                   lxw_worksheet *sheet,
                   lxw_row_t      row,
                   lxw_col_t      col,
                   BuntanItem    *item)
{
  gboolean greyed = item_is_greyed (item);

  put_text (self, sheet, row, col, WORD (status_words, buntan_item_get_status (item)),
            self->cell[STYLE_CENTER][greyed]);
  put_text (self, sheet, row, col + 1, buntan_item_get_clause (item),
            self->cell[STYLE_TEXT][greyed]);
  put_text (self, sheet, row, col + 2, buntan_item_get_note (item), self->cell[STYLE_TEXT][greyed]);
}

static void
put_item_title (Export        *self,
                lxw_worksheet *sheet,
                lxw_row_t      row,
                BuntanItem    *item,
                gboolean       with_part)
{
  g_autofree char *number = dup_item_number (item, with_part);
  gboolean         greyed = item_is_greyed (item);

  put_text (self, sheet, row, 0, number, self->cell[STYLE_CENTER][greyed]);
  put_text (self, sheet, row, 1, buntan_item_get_title (item), self->cell[STYLE_TEXT][greyed]);
}

static char *
dup_subtitle (Export *self)
{
  const char *organization = buntan_project_get_organization (self->project);
  const char *title = buntan_project_get_title (self->project);

  if (organization == NULL || *organization == '\0')
    return g_strdup (title);

  return g_strdup_printf ("%s　%s", organization, title);
}

static gboolean
with_part1 (Export *self)
{
  return (self->flags & BUNTAN_EXPORT_FLAGS_INCLUDE_PART1) != 0;
}

/* 表紙 ------------------------------------------------------------------------ */

#define COVER_COLUMNS 6
#define SIGNATURE_LINES 3

static const Column cover_columns[COVER_COLUMNS] = {
  { "区分", 16 },     { "名称", 34 },   { "提供サービス・システム", 34 },
  { "契約種別", 18 }, { "連絡先", 30 }, { "緊急連絡先", 30 },
};

static lxw_row_t
put_cover_field (Export        *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 const char    *label,
                 const char    *value)
{
  put_text (self, sheet, row, 0, label, self->label);
  put_merged (self, sheet, row, 1, COVER_COLUMNS - 1, value, self->cell[STYLE_TEXT][FALSE]);
  end_row (self, sheet, row);
  return row + 1;
}

/* Counts are numbers, so that they stay numbers when someone sums them. */
static lxw_row_t
put_cover_count (Export        *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 const char    *label,
                 guint          count,
                 const char    *remark)
{
  put_text (self, sheet, row, 0, label, self->label);
  put_number (self, sheet, row, 1, count, self->cell[STYLE_TEXT][FALSE]);
  put_merged (self, sheet, row, 2, COVER_COLUMNS - 1, remark, self->cell[STYLE_TEXT][FALSE]);
  end_row (self, sheet, row);
  return row + 1;
}

static lxw_row_t
put_cover_remark (Export        *self,
                  lxw_worksheet *sheet,
                  lxw_row_t      row,
                  lxw_col_t      first_col,
                  const char    *remark)
{
  put_merged (self, sheet, row, first_col, COVER_COLUMNS - 1, remark, self->remark);
  end_row (self, sheet, row);
  return row + 1;
}

static guint
count_items (Export *self, guint part, BuntanItemStatus status, gboolean any_status)
{
  guint n = buntan_matrix_get_n_rows (self->all);
  guint count = 0;

  for (guint row = 0; row < n; row++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, row);

      if ((part == 0 || buntan_item_get_part (item) == part) &&
          (any_status || buntan_item_get_status (item) == status))
        count++;
    }

  return count;
}

static lxw_row_t
put_cover_facts (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  g_autofree char *template_text = NULL;
  g_autofree char *part_counts = NULL;

  row = put_cover_field (self, sheet, row, "案件名", buntan_project_get_title (self->project));
  row =
    put_cover_field (self, sheet, row, "医療機関", buntan_project_get_organization (self->project));

  put_text (self, sheet, row, 0, "出力日", self->label);
  put_date (self, sheet, row, 1, self->today, STYLE_DATE_LEFT, FALSE);
  put_merged (self, sheet, row, 2, COVER_COLUMNS - 1, "", self->cell[STYLE_TEXT][FALSE]);
  end_row (self, sheet, row++);

  template_text =
    g_strdup_printf ("%s（版 %s）", or_dash (buntan_project_get_template_id (self->project)),
                     or_dash (buntan_project_get_template_version (self->project)));
  row = put_cover_field (self, sheet, row, "チェックリスト", template_text);

  part_counts = g_strdup_printf ("第1部 %u 項目、第2部 %u 項目", count_items (self, 1, 0, TRUE),
                                 count_items (self, 2, 0, TRUE));
  row = put_cover_count (self, sheet, row, "項目数", count_items (self, 0, 0, TRUE), part_counts);
  row = put_cover_count (self, sheet, row, "合意済",
                         count_items (self, 0, BUNTAN_ITEM_STATUS_AGREED, FALSE),
                         "状態が「合意済」の項目");
  row = put_cover_count (self, sheet, row, "未解決の指摘", buntan_matrix_get_gaps (self->all)->len,
                         "主担当が未定の項目など。一覧は「" SHEET_SUMMARY "」シート");
  row = put_cover_field (self, sheet, row, "照合用ハッシュ", self->fingerprint);

  return put_cover_remark (self, sheet, row, 1,
                           "SHA-256。日時を除く内容（当事者・項目・協議の状態）が同じなら"
                           "同じ値になります。各当事者の保持する版が同一であることの確認に"
                           "使います。");
}

static lxw_row_t
put_cover_parties (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint       n_parties = self->n_parties;
  lxw_format *text = self->cell[STYLE_TEXT][FALSE];

  put_text (self, sheet, row++, 0, "当事者", self->heading);
  put_head_row (self, sheet, row++);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);
      gboolean     hospital = buntan_party_is_hospital (party);

      put_text (self, sheet, row, 0, hospital ? "医療機関" : "事業者", text);
      put_text (self, sheet, row, 1, party_name (party), text);
      put_text (self, sheet, row, 2, buntan_party_get_service (party), text);
      put_text (self, sheet, row, 3,
                hospital ? NO_OWNER_NA : WORD (contract_words, buntan_party_get_contract (party)),
                text);
      put_text (self, sheet, row, 4, buntan_party_get_contact (party), text);
      put_text (self, sheet, row, 5, buntan_party_get_emergency_contact (party), text);
      end_row (self, sheet, row);
    }

  return row;
}

/* One row per party, with room to sign or seal and to date it. */
static lxw_row_t
put_cover_signatures (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint n_parties = self->n_parties;

  put_text (self, sheet, row++, 0, "署名欄", self->heading);
  put_merged (self, sheet, row, 0, 1, "当事者", self->head);
  put_merged (self, sheet, row, 2, 4, "署名・記名押印", self->head);
  put_text (self, sheet, row, 5, "日付", self->head);
  end_row (self, sheet, row++);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      put_merged (self, sheet, row, 0, 1, party_name (party), self->box);
      put_merged (self, sheet, row, 2, 4, "", self->box);
      put_text (self, sheet, row, 5, "", self->box);
      self->lines = MAX (self->lines, SIGNATURE_LINES);
      end_row (self, sheet, row);
    }

  return row;
}

static void
write_cover (Export *self, lxw_worksheet *sheet)
{
  lxw_row_t row;

  /* The cover's place is first, its text comes last (it shows the fingerprint). */
  self->columns = NULL;
  self->lines = 1;
  put_titles (self, sheet, "医療情報システムの契約における責任分担表",
              "契約書・SLA・覚書の別紙として、医療機関と各事業者の役割分担を定めるもの");
  set_columns (self, sheet, cover_columns, COVER_COLUMNS);

  row = put_cover_facts (self, sheet, ROW_SUBTITLE + 2);
  row = put_cover_parties (self, sheet, row + 1);
  row = put_cover_signatures (self, sheet, row + 1);
  put_cover_remark (self, sheet, row + 1, 0,
                    "本書は、各項目について主担当（◎）と協力（○）の当事者を定めたものです。"
                    "詳細は「" SHEET_MATRIX "」シート、各事業者の別紙シート、"
                    "第1部・第2部の確認表を参照してください。");

  set_up_page (self, sheet, "表紙", ROW_TITLE, ROW_SUBTITLE, ROW_SUBTITLE + 1, 0);
}

/* 責任分担表 ------------------------------------------------------------------ */

static void
write_matrix (Export *self)
{
  static const char *const legend[] = {
    "凡例",
    MARK_LEAD "　主担当：その項目の実施に責任を持つ当事者",
    MARK_SUPP "　協力：主担当に協力する当事者",
    JOINT "　＝ 複数の" MARK_LEAD "（複数の当事者が主担当を分担する）",
    UNDECIDED "　＝ 主担当が決まっていない項目",
    "対象外　＝ 本契約では対象外とした項目（灰色の行）",
  };
  lxw_worksheet *sheet = add_sheet (self, SHEET_MATRIX);
  guint          n_parties = self->n_parties;
  guint          n_rows = buntan_matrix_get_n_rows (self->all);
  g_autoptr (GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autofree char *subtitle = dup_subtitle (self);
  lxw_col_t        lead_col = (lxw_col_t) (2 + n_parties);
  lxw_row_t        row = ROW_HEAD + 1;

  if (sheet == NULL)
    return;

  g_array_append_val (columns, ((Column){ "項番", with_part1 (self) ? 11 : 7 }));
  g_array_append_val (columns, ((Column){ "項目", 32 }));
  for (guint col = 0; col < n_parties; col++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      g_array_append_val (columns, ((Column){ party_name (party), 11 }));
    }
  g_array_append_val (columns, ((Column){ "担当", 20 }));
  g_array_append_val (columns, ((Column){ "状態", 8 }));
  g_array_append_val (columns, ((Column){ "契約条項", 22 }));
  g_array_append_val (columns, ((Column){ "備考", 34 }));

  begin_table (self, sheet, "別紙 責任分担表",
               with_part1 (self) ? "責任分担表（第1部・第2部）" : "責任分担表（第2部）", subtitle,
               (Column *) columns->data, columns->len, 2);

  for (guint i = self->first_row; i < n_rows; i++, row++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);
      gboolean    greyed = item_is_greyed (item);

      put_item_title (self, sheet, row, item, with_part1 (self));

      for (guint col = 0; col < n_parties; col++)
        {
          BuntanMark  mark = mark_at (self, i, col);
          const char *text = mark == BUNTAN_MARK_LEAD      ? MARK_LEAD
                             : mark == BUNTAN_MARK_SUPPORT ? MARK_SUPP
                                                           : "";

          put_text (self, sheet, row, (lxw_col_t) (2 + col), text, self->cell[STYLE_MARK][greyed]);
        }

      put_lead (self, sheet, row, lead_col, i, FALSE);
      put_state_columns (self, sheet, row, lead_col + 1, item);
      end_row (self, sheet, row);
    }

  if (n_rows == self->first_row)
    put_empty_table (self, sheet, row++, columns->len, "項目はありません。");

  row++;
  for (guint i = 0; i < G_N_ELEMENTS (legend); i++, row++)
    put_text (self, sheet, row, 1, legend[i], i == 0 ? self->heading : self->note);
}

/* 事業者別の別紙 ------------------------------------------------------------- */

static void
write_vendor (Export *self, guint party_col, const char *sheet_name)
{
  static const Column columns[] = {
    { "項番", 7 },  { "項目", 26 }, { "内容", 52 },     { "役割", 10 },
    { "担当", 18 }, { "状態", 8 },  { "契約条項", 20 }, { "備考", 30 },
  };
  BuntanParty     *vendor = buntan_matrix_get_party (self->all, party_col);
  lxw_worksheet   *sheet = add_sheet (self, sheet_name);
  guint            n_rows = buntan_matrix_get_n_rows (self->all);
  g_autofree char *title = g_strdup_printf ("別紙　責任分担表（%s）", party_name (vendor));
  g_autofree char *subtitle = NULL;
  g_autofree char *totals = NULL;
  guint            leads = 0, supports = 0;
  lxw_row_t        row = ROW_HEAD + 1;
  Column           wide[G_N_ELEMENTS (columns)];

  if (sheet == NULL)
    return;

  subtitle = g_strdup_printf ("提供サービス：%s　　契約種別：%s",
                              or_dash (buntan_party_get_service (vendor)),
                              WORD (contract_words, buntan_party_get_contract (vendor)));

  memcpy (wide, columns, sizeof columns);
  if (with_part1 (self))
    wide[0].width = 11;

  begin_table (self, sheet, "別紙 責任分担表（事業者別）", title, subtitle, wide,
               G_N_ELEMENTS (wide), 0);

  for (guint i = self->first_row; i < n_rows; i++)
    {
      BuntanMark  mark = mark_at (self, i, party_col);
      BuntanItem *item;
      gboolean    greyed;
      const char *role;

      if (mark == BUNTAN_MARK_NONE)
        continue;

      item = buntan_matrix_get_item (self->all, i);
      greyed = item_is_greyed (item);

      if (mark == BUNTAN_MARK_LEAD)
        {
          leads++;
          role =
            buntan_item_is_joint (item) ? MARK_LEAD " 主担当\n（" JOINT "）" : MARK_LEAD " 主担当";
        }
      else
        {
          supports++;
          role = MARK_SUPP " 協力";
        }

      put_item_title (self, sheet, row, item, with_part1 (self));
      put_text (self, sheet, row, 2, buntan_item_get_content (item),
                self->cell[STYLE_TEXT][greyed]);
      put_text (self, sheet, row, 3, role, self->cell[STYLE_CENTER][greyed]);
      put_lead (self, sheet, row, 4, i, TRUE);
      put_state_columns (self, sheet, row, 5, item);
      end_row (self, sheet, row);
      row++;
    }

  if (leads + supports == 0)
    put_empty_table (self, sheet, row++, G_N_ELEMENTS (columns),
                     "この事業者が主担当・協力となっている項目はありません。");

  totals = g_strdup_printf ("計 %u 項目（" MARK_LEAD " 主担当 %u、" MARK_SUPP " 協力 %u）",
                            leads + supports, leads, supports);
  put_text (self, sheet, row + 1, 1, totals, self->note);
}

/* 第1部・第2部 確認表 ----------------------------------------------------------- */

static void
write_part (Export *self, guint part, const char *sheet_name)
{
  static const Column columns[] = {
    { "項番", 7 },    { "項目", 24 },     { "内容", 44 }, { "初回確認", 8 },
    { "確認日", 11 }, { "完了日", 11 },   { "担当", 18 }, { "協力", 18 },
    { "状態", 8 },    { "契約条項", 18 }, { "備考", 28 },
  };
  lxw_worksheet   *sheet = add_sheet (self, sheet_name);
  guint            n_rows = buntan_matrix_get_n_rows (self->all);
  g_autofree char *subtitle = dup_subtitle (self);
  lxw_row_t        row = ROW_HEAD + 1;

  if (sheet == NULL)
    return;

  begin_table (self, sheet, part == 1 ? "別紙 第1部 確認表" : "別紙 第2部 確認表",
               part == 1 ? "第1部　主に医療機関が実施する項目"
                         : "第2部　医療機関と事業者が共同で実施する項目",
               subtitle, columns, G_N_ELEMENTS (columns), 0);

  /* The matrix holds the items of each part in the part's order. */
  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem      *item = buntan_matrix_get_item (self->all, i);
      g_autofree char *supporters = NULL;
      gboolean         greyed = item_is_greyed (item);

      if (buntan_item_get_part (item) != part)
        continue;

      supporters = dup_party_names (self, i, BUNTAN_MARK_SUPPORT);

      put_item_title (self, sheet, row, item, FALSE);
      put_text (self, sheet, row, 2, buntan_item_get_content (item),
                self->cell[STYLE_TEXT][greyed]);
      put_text (self, sheet, row, 3, WORD (check_words, buntan_item_get_first_check (item)),
                self->cell[STYLE_CENTER][greyed]);
      put_date (self, sheet, row, 4, buntan_item_get_first_check_date (item), STYLE_DATE, greyed);
      put_date (self, sheet, row, 5, buntan_item_get_completed (item), STYLE_DATE, greyed);
      put_lead (self, sheet, row, 6, i, TRUE);
      put_text (self, sheet, row, 7, supporters, self->cell[STYLE_TEXT][greyed]);
      put_state_columns (self, sheet, row, 8, item);
      end_row (self, sheet, row++);
    }

  if (row == ROW_HEAD + 1)
    put_empty_table (self, sheet, row, G_N_ELEMENTS (columns), "項目はありません。");
}

/* 集計 ------------------------------------------------------------------------ */

#define SUMMARY_COLUMNS 6

/* Widths only: each table of the sheet has its own header. */
static const Column summary_columns[SUMMARY_COLUMNS] = {
  { NULL, 40 }, { NULL, 13 }, { NULL, 13 }, { NULL, 13 }, { NULL, 13 }, { NULL, 13 },
};

static char *
dup_gap_sentence (Export *self, BuntanGap *gap)
{
  switch (buntan_gap_get_rule (gap))
    {
    case BUNTAN_GAP_RULE_NO_OWNER:
      return g_strdup ("主担当が決まっていません（未定）。");
    case BUNTAN_GAP_RULE_JOINT_TOO_FEW:
      return g_strdup ("共同とされていますが、分担する当事者が2者未満です。");
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER:
      return g_strdup ("合意済とされていますが、主担当が決まっていません。");
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION:
      return g_strdup ("初回確認が「いいえ」で合意済とされていますが、"
                       "完了日が記入されていません。");
    case BUNTAN_GAP_RULE_IDLE_VENDOR:
      return g_strdup ("この事業者が主担当・協力となっている項目がありません"
                       "（対象外の項目を除く）。");
    default:
      return g_strdup (buntan_gap_get_message (gap));
    }
}

static lxw_row_t
put_summary_head (Export           *self,
                  lxw_worksheet    *sheet,
                  lxw_row_t         row,
                  const char       *heading,
                  const char *const heads[SUMMARY_COLUMNS])
{
  put_text (self, sheet, row++, 0, heading, self->heading);
  for (guint i = 0; i < SUMMARY_COLUMNS; i++)
    put_text (self, sheet, row, (lxw_col_t) i, heads[i], self->head);
  end_row (self, sheet, row);

  return row + 1;
}

static lxw_row_t
write_status_counts (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  static const char *const heads[SUMMARY_COLUMNS] = {
    "部", "未着手", "協議中", "合意済", "対象外", "計",
  };
  static const char *const parts[] = { "合計", "第1部", "第2部" };

  row = put_summary_head (self, sheet, row, "部・状態別の項目数", heads);

  for (guint part = 1; part <= 3; part++, row++)
    {
      guint       which = part % 3; /* 第1部, 第2部, then 合計 (0 = every part) */
      lxw_format *format = self->cell[STYLE_NUMBER][FALSE];

      put_text (self, sheet, row, 0, parts[which],
                which == 0 ? self->label : self->cell[STYLE_TEXT][FALSE]);
      for (guint status = 0; status < G_N_ELEMENTS (status_words); status++)
        put_number (self, sheet, row, (lxw_col_t) (1 + status),
                    count_items (self, which, status, FALSE), format);
      put_number (self, sheet, row, SUMMARY_COLUMNS - 1, count_items (self, which, 0, TRUE),
                  format);
      end_row (self, sheet, row);
    }

  return row;
}

static lxw_row_t
write_party_counts (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  static const char *const heads[SUMMARY_COLUMNS] = {
    "当事者",
    "区分",
    "第1部\n" MARK_LEAD " 主担当",
    "第1部\n" MARK_SUPP " 協力",
    "第2部\n" MARK_LEAD " 主担当",
    "第2部\n" MARK_SUPP " 協力",
  };
  guint       n_parties = self->n_parties;
  guint       n_rows = buntan_matrix_get_n_rows (self->all);
  lxw_format *text = self->cell[STYLE_TEXT][FALSE];
  lxw_format *number = self->cell[STYLE_NUMBER][FALSE];
  guint       undecided[2] = { 0, 0 };

  row = put_summary_head (self, sheet, row, "当事者別の担当項目数（対象外を含む）", heads);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);
      guint        counts[2][3] = { { 0 } }; /* [part - 1][mark] */

      for (guint i = 0; i < n_rows; i++)
        {
          guint part = buntan_item_get_part (buntan_matrix_get_item (self->all, i));

          if (part == 1 || part == 2)
            counts[part - 1][mark_at (self, i, col)]++;
        }

      put_text (self, sheet, row, 0, party_name (party), text);
      put_text (self, sheet, row, 1, buntan_party_is_hospital (party) ? "医療機関" : "事業者",
                self->cell[STYLE_CENTER][FALSE]);
      put_number (self, sheet, row, 2, counts[0][BUNTAN_MARK_LEAD], number);
      put_number (self, sheet, row, 3, counts[0][BUNTAN_MARK_SUPPORT], number);
      put_number (self, sheet, row, 4, counts[1][BUNTAN_MARK_LEAD], number);
      put_number (self, sheet, row, 5, counts[1][BUNTAN_MARK_SUPPORT], number);
      end_row (self, sheet, row);
    }

  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);
      guint       part = buntan_item_get_part (item);

      if ((part == 1 || part == 2) && !item_is_greyed (item) && !item_has_lead (item))
        undecided[part - 1]++;
    }

  put_text (self, sheet, row, 0, "未定（主担当のない項目、対象外を除く）",
            self->cell[STYLE_UNDECIDED][FALSE]);
  put_text (self, sheet, row, 1, "", text);
  put_number (self, sheet, row, 2, undecided[0], number);
  put_text (self, sheet, row, 3, "", text);
  put_number (self, sheet, row, 4, undecided[1], number);
  put_text (self, sheet, row, 5, "", text);
  end_row (self, sheet, row);

  return row + 1;
}

static lxw_row_t
write_gap_list (Export *self, lxw_worksheet *sheet, lxw_row_t row)
{
  GPtrArray       *gaps = buntan_matrix_get_gaps (self->all);
  g_autofree char *heading = g_strdup_printf ("未解決の指摘（%u 件）", gaps->len);
  lxw_format      *text = self->cell[STYLE_TEXT][FALSE];
  g_autoptr (GHashTable) items = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_rows = buntan_matrix_get_n_rows (self->all);

  /* buntan_project_find_item() walks the list: thousands of gaps would make
   * the export quadratic. */
  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);

      g_hash_table_insert (items, (gpointer) buntan_item_get_id (item), item);
    }

  put_text (self, sheet, row++, 0, heading, self->heading);
  put_text (self, sheet, row, 0, "項番・事業者", self->head);
  put_merged (self, sheet, row, 1, SUMMARY_COLUMNS - 1, "指摘", self->head);
  end_row (self, sheet, row++);

  for (guint i = 0; i < gaps->len; i++, row++)
    {
      BuntanGap   *gap = g_ptr_array_index (gaps, i);
      const char  *item_id = buntan_gap_get_item_id (gap);
      const char  *party_id = buntan_gap_get_party_id (gap);
      BuntanItem  *item = item_id != NULL ? g_hash_table_lookup (items, item_id) : NULL;
      BuntanParty *party =
        party_id != NULL ? buntan_project_find_party (self->project, party_id) : NULL;
      g_autofree char *sentence = dup_gap_sentence (self, gap);
      g_autofree char *where = NULL;

      if (item != NULL)
        {
          g_autofree char *number = dup_item_number (item, TRUE);

          where = g_strdup_printf ("%s\n%s", number, buntan_item_get_title (item));
        }
      else if (party != NULL)
        where = g_strdup (party_name (party));
      else
        where = g_strdup (party_id != NULL ? party_id : "");

      put_text (self, sheet, row, 0, where, text);
      put_merged (self, sheet, row, 1, SUMMARY_COLUMNS - 1, sentence, text);
      end_row (self, sheet, row);
    }

  if (gaps->len == 0)
    put_empty_table (self, sheet, row++, SUMMARY_COLUMNS, "指摘はありません。");

  return row;
}

static void
write_summary (Export *self)
{
  lxw_worksheet   *sheet = add_sheet (self, SHEET_SUMMARY);
  g_autofree char *subtitle = dup_subtitle (self);
  lxw_row_t        row;

  if (sheet == NULL)
    return;

  put_titles (self, sheet, "集計", subtitle);
  set_columns (self, sheet, summary_columns, SUMMARY_COLUMNS);

  row = write_status_counts (self, sheet, ROW_SUBTITLE + 2);
  row = write_party_counts (self, sheet, row + 1);
  write_gap_list (self, sheet, row + 1);

  set_up_page (self, sheet, "別紙 集計", ROW_TITLE, ROW_SUBTITLE, ROW_SUBTITLE + 1, 0);
}

/* 協議記録 -------------------------------------------------------------------- */

static const Column meeting_columns[] = {
  { "時刻", 9 },      { "項番", 11 },   { "項目", 28 },
  { "変更箇所", 11 }, { "変更前", 28 }, { "変更後", 28 },
};

static const struct
{
  const char *field;
  const char *word;
} decision_words[] = {
  { BUNTAN_DECISION_STATUS, "状態" },
  { BUNTAN_DECISION_OWNER, "担当" },
  { BUNTAN_DECISION_PARTICIPANTS, "協力者" },
  { BUNTAN_DECISION_FIRST_CHECK, "初回確認" },
  { BUNTAN_DECISION_FIRST_CHECK_DATE, "初回確認日" },
  { BUNTAN_DECISION_COMPLETED, "完了日" },
  { BUNTAN_DECISION_CLAUSE, "契約条項" },
  { BUNTAN_DECISION_NOTE, "備考" },
};

static const char *
decision_field_word (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (decision_words); i++)
    if (g_strcmp0 (decision_words[i].field, field) == 0)
      return decision_words[i].word;

  return field;
}

static const char *
party_word (Export *self, const char *id)
{
  const char *name = g_hash_table_lookup (self->party_names, id);

  /* A vendor removed since the meeting is still named by its id. */
  return name != NULL ? name : id;
}

/* A value of the log in the workbook's words: names for parties, 未定 and
 * 共同 for owners, the Japanese status and check words. */
static char *
dup_decision_value (Export *self, const char *field, const char *value)
{
  if (g_strcmp0 (field, BUNTAN_DECISION_OWNER) == 0)
    {
      if (value == NULL)
        return g_strdup (UNDECIDED);
      if (g_str_equal (value, BUNTAN_OWNER_JOINT))
        return g_strdup (JOINT);
      return g_strdup (party_word (self, value));
    }

  if (value == NULL)
    return g_strdup (NO_OWNER_NA);

  if (g_str_equal (field, BUNTAN_DECISION_PARTICIPANTS))
    {
      g_auto (GStrv) ids = g_strsplit (value, ",", -1);
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; ids[i] != NULL; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? "、" : "", party_word (self, ids[i]));
      return g_string_free (g_steal_pointer (&names), FALSE);
    }

  if (g_str_equal (field, BUNTAN_DECISION_STATUS))
    {
      for (guint i = 0; i < BUNTAN_N_ITEM_STATUSES; i++)
        if (g_str_equal (value, buntan_item_status_to_string (i)))
          return g_strdup (status_words[i]);
    }

  if (g_str_equal (field, BUNTAN_DECISION_FIRST_CHECK))
    {
      for (guint i = 0; i < G_N_ELEMENTS (check_words); i++)
        if (g_str_equal (value, buntan_check_result_to_string (i)))
          return g_strdup (or_dash (check_words[i]));
    }

  return g_strdup (value);
}

/* "2026-11-03 10:00", in the time zone the meeting was held in. */
static char *
dup_local_time (const char *iso, const char *format)
{
  g_autoptr (GDateTime) time = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  return time != NULL ? g_date_time_format (time, format) : g_strdup (or_dash (iso));
}

static char *
dup_meeting_heading (BuntanMeeting *meeting)
{
  const char *const *attendees = buntan_meeting_get_attendees (meeting);
  g_autofree char   *started =
    dup_local_time (buntan_meeting_get_started (meeting), "%Y-%m-%d %H:%M");
  g_autofree char *ended = buntan_meeting_get_ended (meeting) != NULL
                             ? dup_local_time (buntan_meeting_get_ended (meeting), "%H:%M")
                             : g_strdup ("（終了時刻の記録なし）");
  g_autofree char *names =
    attendees[0] != NULL ? g_strjoinv ("、", (char **) attendees) : g_strdup ("記録なし");

  return g_strdup_printf ("協議 %s〜%s　出席者：%s", started, ended, names);
}

static void
write_meetings (Export *self)
{
  GListModel *meetings = buntan_project_get_meetings (self->project);
  guint       n_meetings = g_list_model_get_n_items (meetings);
  g_autoptr (GHashTable) items = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *subtitle = NULL;
  guint            n_columns = G_N_ELEMENTS (meeting_columns);
  lxw_format      *text = self->cell[STYLE_TEXT][FALSE];
  lxw_format      *center = self->cell[STYLE_CENTER][FALSE];
  lxw_worksheet   *sheet;
  lxw_row_t        row = ROW_HEAD + 1;

  if (n_meetings == 0 || (sheet = add_sheet (self, SHEET_MEETINGS)) == NULL)
    return;

  for (guint i = 0; i < buntan_matrix_get_n_rows (self->all); i++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);

      g_hash_table_insert (items, (gpointer) buntan_item_get_id (item), item);
    }

  subtitle = dup_subtitle (self);
  begin_table (self, sheet, "別紙 協議記録", "協議記録", subtitle, meeting_columns, n_columns, 0);

  for (guint m = 0; m < n_meetings; m++)
    {
      g_autoptr (BuntanMeeting) meeting = g_list_model_get_item (meetings, m);
      g_autofree char *heading = dup_meeting_heading (meeting);
      g_autofree char *day = dup_local_time (buntan_meeting_get_started (meeting), "%Y-%m-%d");
      guint            n_decisions = buntan_meeting_get_n_decisions (meeting);

      put_merged (self, sheet, row, 0, (lxw_col_t) (n_columns - 1), heading, self->label);
      end_row (self, sheet, row++);

      for (guint d = 0; d < n_decisions; d++, row++)
        {
          const BuntanDecision *decision = buntan_meeting_get_decision (meeting, d);
          BuntanItem           *item = g_hash_table_lookup (items, decision->item_id);
          g_autofree char      *decision_day = dup_local_time (decision->time, "%Y-%m-%d");
          /* The day is in the meeting's heading; only a meeting past midnight repeats it. */
          g_autofree char *time =
            dup_local_time (decision->time,
                            g_strcmp0 (day, decision_day) == 0 ? "%H:%M" : "%m-%d %H:%M");
          g_autofree char *number =
            item != NULL ? dup_item_number (item, TRUE) : g_strdup (decision->item_id);
          g_autofree char *from = dup_decision_value (self, decision->field, decision->from);
          g_autofree char *to = dup_decision_value (self, decision->field, decision->to);

          put_text (self, sheet, row, 0, time, center);
          put_text (self, sheet, row, 1, number, center);
          put_text (self, sheet, row, 2,
                    item != NULL ? buntan_item_get_title (item) : "（削除された項目）", text);
          put_text (self, sheet, row, 3, decision_field_word (decision->field), center);
          put_text (self, sheet, row, 4, from, text);
          put_text (self, sheet, row, 5, to, text);
          end_row (self, sheet, row);
        }

      if (n_decisions == 0)
        put_empty_table (self, sheet, row++, n_columns, "変更はありません。");
    }
}

/* The workbook ---------------------------------------------------------------- */

/* The workbook's creation time comes from the project, so the same project
 * always gives the same bytes. */
static time_t
project_time (BuntanProject *project)
{
  const char *times[] = {
    buntan_project_get_modified (project),
    buntan_project_get_created (project),
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr (GDateTime) parsed = NULL;

      if (times[i] != NULL)
        parsed = g_date_time_new_from_iso8601 (times[i], NULL);
      if (parsed != NULL)
        return (time_t) g_date_time_to_unix (parsed);
    }

  /* Never saved: "now" (libxlsxwriter's 0) is as good as any time. */
  return 0;
}

/* The date printed on the cover. SOURCE_DATE_EPOCH, the convention of
 * reproducible builds, pins it for tests and for re-issuing a workbook. */
static char *
dup_export_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64     seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      g_autoptr (GDateTime) time = g_date_time_new_from_unix_utc ((gint64) seconds);

      if (time != NULL)
        return g_date_time_format (time, "%Y-%m-%d");
    }

  return buntan_date_today ();
}

static gpointer
fingerprint_thread (gpointer project)
{
  return buntan_project_dup_fingerprint (project);
}

/* The fingerprint serialises the whole project, a fifth of the time of
 * exporting a big one: a thread computes it while the sheets are written.
 * Both only read the project, and the thread alone walks its lists (the
 * sheets read the matrix, made before the thread starts). */
static void
start_fingerprint (Export *self)
{
  self->fingerprinting =
    g_thread_try_new ("buntan-fingerprint", fingerprint_thread, self->project, NULL);
  if (self->fingerprinting == NULL)
    self->fingerprint = buntan_project_dup_fingerprint (self->project);
}

static void
wait_for_fingerprint (Export *self)
{
  if (self->fingerprinting != NULL)
    self->fingerprint = g_thread_join (g_steal_pointer (&self->fingerprinting));
}

/* The fingerprint's beginning on every page, beside the page numbers. */
static void
put_footers (Export *self)
{
  g_autofree char *footer = g_strdup_printf ("&L" HEADER_FONT "照合用ハッシュ %.16s…"
                                             "&C" HEADER_FONT "&P / &N"
                                             "&R" HEADER_FONT "出力日 %s",
                                             self->fingerprint, self->today);
  lxw_worksheet   *sheet;

  LXW_FOREACH_WORKSHEET (sheet, self->workbook)
  check (self, worksheet_set_footer (sheet, footer));
}

static void
put_properties (Export *self)
{
  lxw_doc_properties properties = {
    .title = (char *) buntan_project_get_title (self->project),
    .subject = (char *) "責任分担表",
    .company = (char *) buntan_project_get_organization (self->project),
    .comments = (char *) self->fingerprint,
    .created = project_time (self->project),
  };

  check (self, workbook_set_properties (self->workbook, &properties));
  check (self, workbook_set_custom_property_string (self->workbook, "BuntanFingerprint",
                                                    self->fingerprint));
}

static void
write_workbook (Export *self)
{
  g_autoptr (GPtrArray) vendor_sheets = g_ptr_array_new_with_free_func (g_free);
  const char    *fixed[] = { SHEET_COVER,   SHEET_MATRIX,   SHEET_PART1, SHEET_PART2,
                             SHEET_SUMMARY, SHEET_MEETINGS, "History" };
  guint          n_parties = self->n_parties;
  lxw_worksheet *cover;

  add_formats (self);

  /* The fixed sheets claim their names first; a vendor called 集計 yields. */
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    reserve_sheet_name (self, fixed[i]);
  for (guint col = 1; col < n_parties; col++)
    {
      BuntanParty *vendor = buntan_matrix_get_party (self->all, col);

      g_ptr_array_add (vendor_sheets, make_sheet_name (self, party_name (vendor)));
    }

  cover = add_sheet (self, SHEET_COVER);
  write_matrix (self);
  for (guint col = 1; col < n_parties; col++)
    write_vendor (self, col, g_ptr_array_index (vendor_sheets, col - 1));
  write_part (self, 1, SHEET_PART1);
  write_part (self, 2, SHEET_PART2);
  write_summary (self);
  write_meetings (self);

  wait_for_fingerprint (self);
  if (cover != NULL)
    write_cover (self, cover);
  put_footers (self);
  put_properties (self);
}

static void
set_write_error (GError **error, const char *display_name, const char *reason)
{
  g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_WRITE,
               _ ("%s: could not be written: %s"), display_name, reason);
}

/* Writes the workbook to @temp_path; libxlsxwriter formats numbers with
 * printf, so the caller has LC_NUMERIC at "C". */
static gboolean
export_to_path (Export *self, const char *temp_path, const char *display_name, GError **error)
{
  lxw_workbook_options options = { 0 };
  lxw_error            closed;
  int                  saved_errno;

  self->workbook = workbook_new_opt (temp_path, &options);
  if (self->workbook == NULL)
    {
      set_write_error (error, display_name, lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      return FALSE;
    }

  write_workbook (self);

  /* Closing writes the file and frees the workbook, even after an error. */
  errno = 0;
  closed = workbook_close (g_steal_pointer (&self->workbook));
  saved_errno = errno;
  check (self, closed);

  if (self->status == LXW_NO_ERROR)
    return TRUE;

  /* "File too large" or "No space left on device" says more than
   * libxlsxwriter's "Zip generic error". */
  if (saved_errno != 0 &&
      (closed == LXW_ERROR_CREATING_XLSX_FILE || closed == LXW_ERROR_CREATING_TMPFILE ||
       closed == LXW_ERROR_ZIP_FILE_OPERATION))
    set_write_error (error, display_name, g_strerror (saved_errno));
  else
    set_write_error (error, display_name, lxw_strerror (self->status));

  return FALSE;
}

/* Debian's libxlsxwriter prints numbers in the process locale: "1,5" or a
 * column width of "13,28" under de_DE would corrupt the workbook. So
 * LC_NUMERIC is "C" while it writes; only this thread switches, and every
 * other category stays as it was. */
static gboolean
export_in_c_locale (Export *self, const char *temp_path, const char *display_name, GError **error)
{
  locale_t base = duplocale (uselocale ((locale_t) 0));
  locale_t c_numeric = base != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t) 0;
  locale_t previous;
  gboolean written;

  if (c_numeric == (locale_t) 0)
    {
      int saved_errno = errno;

      if (base != (locale_t) 0)
        freelocale (base);
      set_write_error (error, display_name, g_strerror (saved_errno));
      return FALSE;
    }

  previous = uselocale (c_numeric);
  written = export_to_path (self, temp_path, display_name, error);
  uselocale (previous);
  freelocale (c_numeric);

  return written;
}

/* Flushes the finished workbook to disk before it replaces the old one. */
static gboolean
sync_file (const char *path, GError **error)
{
  int fd = g_open (path, O_RDONLY, 0);
  int saved_errno;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  return g_close (fd, error);
}

/* One matrix of every item serves all sheets: Part 1 rows come first, so
 * without BUNTAN_EXPORT_FLAGS_INCLUDE_PART1 the matrix sheet starts after
 * them. The marks are asked once, not once per sheet. */
static void
export_init (Export *self, BuntanProject *project, BuntanExportFlags flags)
{
  guint n_rows;

  self->project = project;
  self->flags = flags;
  self->all = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  self->n_parties = buntan_matrix_get_n_columns (self->all);
  n_rows = buntan_matrix_get_n_rows (self->all);

  if (!(flags & BUNTAN_EXPORT_FLAGS_INCLUDE_PART1))
    while (self->first_row < n_rows &&
           buntan_item_get_part (buntan_matrix_get_item (self->all, self->first_row)) == 1)
      self->first_row++;

  self->marks = g_new (BuntanMark, (gsize) n_rows * self->n_parties + 1);
  for (guint row = 0; row < n_rows; row++)
    for (guint col = 0; col < self->n_parties; col++)
      self->marks[row * self->n_parties + col] = buntan_matrix_get_mark (self->all, row, col);

  self->party_names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint col = 0; col < self->n_parties; col++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      g_hash_table_insert (self->party_names, (gpointer) buntan_party_get_id (party),
                           (gpointer) party_name (party));
    }

  self->today = dup_export_date ();
  self->sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  start_fingerprint (self);
}

static void
export_clear (Export *self)
{
  wait_for_fingerprint (self);
  g_clear_pointer (&self->marks, g_free);
  g_clear_pointer (&self->party_names, g_hash_table_unref);
  g_clear_object (&self->all);
  g_clear_pointer (&self->fingerprint, g_free);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->sheet_names, g_hash_table_unref);
}

/**
 * buntan_export_xlsx:
 * @project: a project
 * @file: the workbook to write; must be a local file
 * @flags: #BUNTAN_EXPORT_FLAGS_INCLUDE_PART1 to give Part 1 rows in the
 *   matrix and vendor sheets too
 * @error: return location for a #BUNTAN_EXPORT_ERROR naming @file
 *
 * Writes the agreed responsibility matrix as an Excel workbook, in Japanese
 * whatever the locale: a cover with a fingerprint and a signature block,
 * the matrix, one appendix per vendor, the Part 1 and Part 2 checklists and
 * a summary with the gaps. Every sheet prints on A4 landscape.
 *
 * The workbook is written beside @file and renamed into place, so @file is
 * either untouched or complete. The same project gives the same bytes: the
 * workbook's times come from the project, and the export date on the cover
 * from the day (or from SOURCE_DATE_EPOCH when set).
 *
 * Returns: %TRUE on success
 */
gboolean
buntan_export_xlsx (BuntanProject *project, GFile *file, BuntanExportFlags flags, GError **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *dirname = NULL;
  g_autoptr (GError) local_error = NULL;
  Export   self = { 0 };
  GStatBuf st;
  gboolean written;
  int      fd;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      set_write_error (error, display_name, _ ("only files on this computer can be written"));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      set_write_error (error, display_name, _ ("it is a folder"));
      return FALSE;
    }

  /* The temporary file sits beside the target, so the rename cannot cross
   * file systems; the dot hides it while it grows. */
  basename = g_path_get_basename (path);
  dirname = g_path_get_dirname (path);
  temp_path = g_strdup_printf ("%s%c.%s.XXXXXX.tmp", dirname, G_DIR_SEPARATOR, basename);
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_write_error (error, display_name, g_strerror (errno));
      return FALSE;
    }
  g_close (fd, NULL);

  export_init (&self, project, flags);
  written = export_in_c_locale (&self, temp_path, display_name, error);
  export_clear (&self);

  if (!written)
    {
      g_unlink (temp_path);
      return FALSE;
    }

  if (!sync_file (temp_path, &local_error))
    {
      g_unlink (temp_path);
      set_write_error (error, display_name, local_error->message);
      return FALSE;
    }

  /* Replacing a workbook keeps who may read it. */
  if (g_stat (path, &st) == 0)
    g_chmod (temp_path, st.st_mode & 07777);

  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      set_write_error (error, display_name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
