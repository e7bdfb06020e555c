/* buntan-xlsx-reader-cells.c — reading a worksheet's cells, and the sheet that holds them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-xlsx-reader-private.h"

/* Dates: Excel counts days from 1900-01-00 (with the 29 February 1900 that
 * Lotus 1-2-3 believed in, serial 60) or, in the 1904 system, from
 * 1904-01-01. The fraction is the time of day. */
static char *
format_serial_date (double serial, gboolean date1904)
{
  g_autoptr (GDateTime) base = NULL;
  g_autoptr (GDateTime) moment = NULL;
  gint64 whole_days;
  gint64 seconds;

  if (!isfinite (serial) || serial < 0 || serial > 2958466)
    return NULL;

  /* Not negative, so truncating is rounding down (and needs no libm). */
  whole_days = (gint64) serial;
  seconds = (gint64) ((serial - (double) whole_days) * 86400.0 + 0.5);

  if (date1904)
    base = g_date_time_new_utc (1904, 1, 1, 0, 0, 0);
  else if (whole_days == 60)
    return NULL; /* 1900-02-29 never was */
  else if (whole_days < 1)
    return NULL; /* a time of day without a date */
  else if (whole_days < 60)
    base = g_date_time_new_utc (1899, 12, 31, 0, 0, 0);
  else
    base = g_date_time_new_utc (1899, 12, 30, 0, 0, 0);

  moment = g_date_time_add_seconds (base, (double) (whole_days * 86400 + seconds));
  if (moment == NULL || g_date_time_get_year (moment) > 9999)
    return NULL;

  if (seconds == 0)
    return g_date_time_format (moment, "%Y-%m-%d");
  return g_date_time_format (moment, "%Y-%m-%dT%H:%M:%S");
}

/* Worksheet cells */

typedef struct
{
  BuntanXlsxReader *reader;
  BuntanXlsxSheet  *sheet;
  const char       *sheet_name;
  guint             row;    /* 1-based; 0 before the first row */
  guint             column; /* 1-based; 0 before the first cell of a row */
  guint             n_cells;
  char             *type;
  guint             style;
  gboolean          in_cell;
  gboolean          in_value;
  gboolean          in_inline;
  gboolean          in_text;
  guint             phonetic_depth;
  GString          *value;
  GString          *inline_text;
} SheetParse;

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_free (cell->iso_date);
}

/* "BC23" → column 55, row 23; FALSE for what is no cell reference. */
static gboolean
parse_reference (const char *reference, guint *row, guint *column)
{
  guint64     c = 0, r = 0;
  const char *p = reference;

  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
      if (c > MAX_COLUMN)
        return FALSE;
    }
  if (p == reference || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      r = r * 10 + (guint64) (*p - '0');
      if (r > MAX_ROW)
        return FALSE;
    }
  if (*p != '\0' || r == 0)
    return FALSE;

  *row = (guint) r;
  *column = (guint) c;
  return TRUE;
}

static void
refuse_place (SheetParse *sheet, GError **error, const char *what)
{
  g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_INVALID,
               _ ("%s: sheet “%s”, row %u: %s"), sheet->reader->display_name, sheet->sheet_name,
               sheet->row, what);
}

static void
sheet_start (gpointer     user_data,
             const char  *ns,
             const char  *name,
             const char **names,
             const char **values,
             gpointer     parse,
             GError     **error)
{
  SheetParse *sheet = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns))
    return;

  if (strcmp (name, "row") == 0)
    {
      const char *number = _buntan_xlsx_find_attribute (parse, names, values, NULL, "r");
      guint64     row = number != NULL ? g_ascii_strtoull (number, NULL, 10) : sheet->row + 1;

      if (row == 0 || row > MAX_ROW)
        {
          refuse_place (sheet, error, _ ("a row number is out of range"));
          return;
        }
      sheet->row = (guint) row;
      sheet->column = 0;
    }
  else if (strcmp (name, "c") == 0)
    {
      const char *reference = _buntan_xlsx_find_attribute (parse, names, values, NULL, "r");
      const char *style = _buntan_xlsx_find_attribute (parse, names, values, NULL, "s");
      guint       row = sheet->row, column = sheet->column + 1;

      if (++sheet->n_cells > BUNTAN_XLSX_MAX_CELLS)
        {
          g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                       _ ("%s: sheet “%s” has more than %u cells; the file is refused"),
                       sheet->reader->display_name, sheet->sheet_name, BUNTAN_XLSX_MAX_CELLS);
          return;
        }
      if (reference != NULL && !parse_reference (reference, &row, &column))
        {
          g_autofree char *what = g_strdup_printf (_ ("“%s” is not a cell reference"), reference);

          refuse_place (sheet, error, what);
          return;
        }
      if (row == 0)
        row = sheet->row = 1;
      if (column > MAX_COLUMN)
        {
          refuse_place (sheet, error, _ ("a cell lies beyond the last column"));
          return;
        }
      sheet->row = row;
      sheet->column = column;
      g_free (sheet->type);
      sheet->type = g_strdup (_buntan_xlsx_find_attribute (parse, names, values, NULL, "t"));
      sheet->style =
        style != NULL ? (guint) MIN (g_ascii_strtoull (style, NULL, 10), G_MAXUINT) : 0;
      sheet->in_cell = TRUE;
      g_string_truncate (sheet->value, 0);
      g_string_truncate (sheet->inline_text, 0);
    }
  else if (sheet->in_cell && strcmp (name, "v") == 0)
    sheet->in_value = TRUE;
  else if (sheet->in_cell && strcmp (name, "is") == 0)
    sheet->in_inline = TRUE;
  else if (sheet->in_inline && strcmp (name, "rPh") == 0)
    sheet->phonetic_depth++;
  else if (sheet->in_inline && strcmp (name, "t") == 0)
    sheet->in_text = TRUE;
}

static void
sheet_store (SheetParse *sheet, Cell *cell)
{
  GPtrArray *rows = sheet->sheet->rows;
  GArray    *row;

  if (rows->len < sheet->row)
    g_ptr_array_set_size (rows, sheet->row);

  row = g_ptr_array_index (rows, sheet->row - 1);
  if (row == NULL)
    {
      row = g_array_new (FALSE, TRUE, sizeof (Cell));
      g_array_set_clear_func (row, cell_clear);
      rows->pdata[sheet->row - 1] = row;
    }

  cell->column = sheet->column - 1;
  cell->order = sheet->n_cells;
  g_array_append_val (row, *cell);
}

static void
sheet_finish_cell (SheetParse *sheet)
{
  BuntanXlsxReader *reader = sheet->reader;
  const char       *type = sheet->type != NULL ? sheet->type : "n";
  const char       *value = sheet->value->str;
  Cell              cell = { 0 };

  if (strcmp (type, "inlineStr") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_TEXT;
      cell.text = _buntan_xlsx_decode_escapes (sheet->inline_text->str);
    }
  else if (sheet->value->len == 0)
    return; /* a cell with a format and nothing in it */
  else if (strcmp (type, "s") == 0)
    {
      guint64 index = g_ascii_strtoull (value, NULL, 10);

      /* An index past the table reads as empty text rather than failing
       * the whole sheet: the rest of the answers are still good. */
      cell.kind = BUNTAN_XLSX_CELL_TEXT;
      cell.text = g_strdup (index < reader->shared_strings->len
                              ? g_ptr_array_index (reader->shared_strings, index)
                              : "");
    }
  else if (strcmp (type, "str") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_TEXT;
      cell.text = _buntan_xlsx_decode_escapes (value);
    }
  else if (strcmp (type, "b") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_BOOLEAN;
      cell.number = strcmp (value, "1") == 0 || strcmp (value, "true") == 0 ? 1 : 0;
      cell.text = g_strdup (cell.number != 0 ? "TRUE" : "FALSE");
    }
  else if (strcmp (type, "e") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_ERROR;
      cell.text = g_strdup (value);
    }
  else if (strcmp (type, "d") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_DATE;
      cell.text = g_strdup (value);
      cell.iso_date = g_strdup (value);
    }
  else
    {
      char    *end = NULL;
      double   number = g_ascii_strtod (value, &end);
      char     buffer[G_ASCII_DTOSTR_BUF_SIZE];
      gboolean is_date_style = sheet->style < reader->date_styles->len &&
                               g_array_index (reader->date_styles, gboolean, sheet->style);

      if (end == value || *end != '\0' || !isfinite (number))
        {
          cell.kind = BUNTAN_XLSX_CELL_TEXT;
          cell.text = g_strdup (value);
        }
      else
        {
          cell.kind = BUNTAN_XLSX_CELL_NUMBER;
          cell.number = number;
          cell.text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", number));
          if (is_date_style)
            cell.iso_date = format_serial_date (number, reader->date1904);
          if (cell.iso_date != NULL)
            {
              cell.kind = BUNTAN_XLSX_CELL_DATE;
              g_free (cell.text);
              cell.text = g_strdup (cell.iso_date);
            }
        }
    }

  sheet_store (sheet, &cell);
}

static void
sheet_end (gpointer user_data, const char *ns, const char *name)
{
  SheetParse *sheet = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns))
    return;

  if (strcmp (name, "c") == 0 && sheet->in_cell)
    {
      sheet_finish_cell (sheet);
      sheet->in_cell = FALSE;
    }
  else if (strcmp (name, "v") == 0)
    sheet->in_value = FALSE;
  else if (strcmp (name, "is") == 0)
    sheet->in_inline = FALSE;
  else if (strcmp (name, "rPh") == 0 && sheet->phonetic_depth > 0)
    sheet->phonetic_depth--;
  else if (strcmp (name, "t") == 0)
    sheet->in_text = FALSE;
}

static void
sheet_text (gpointer user_data, const char *text, gsize length)
{
  SheetParse *sheet = user_data;

  if (sheet->in_value)
    g_string_append_len (sheet->value, text, length);
  else if (sheet->in_text && sheet->phonetic_depth == 0)
    g_string_append_len (sheet->inline_text, text, length);
}

static int
compare_cells (gconstpointer a, gconstpointer b)
{
  const Cell *first = a, *second = b;

  if (first->column != second->column)
    return first->column < second->column ? -1 : 1;
  return first->order < second->order ? -1 : first->order > second->order;
}

/* Cells may come in any order; the last one written for a place wins. */
static void
sort_row (GArray *row)
{
  guint kept = 0;

  g_array_sort (row, compare_cells);
  for (guint i = 0; i < row->len; i++)
    {
      Cell *cell = &g_array_index (row, Cell, i);

      if (i + 1 < row->len && g_array_index (row, Cell, i + 1).column == cell->column)
        {
          cell_clear (cell);
          continue;
        }
      g_array_index (row, Cell, kept++) = *cell;
    }
  /* The dropped cells were cleared already: shorten without clearing. */
  g_array_set_clear_func (row, NULL);
  g_array_set_size (row, kept);
  g_array_set_clear_func (row, cell_clear);
}

static void
row_free (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

/**
 * buntan_xlsx_reader_read_sheet:
 * @self: a #BuntanXlsxReader
 * @name: a worksheet's name
 * @error: return location for a #GError
 *
 * Reads the worksheet's cells into rows, each cell at the place its
 * reference names, whatever order the file keeps them in.
 *
 * Returns: (transfer full) (nullable): the sheet
 */
BuntanXlsxSheet *
buntan_xlsx_reader_read_sheet (BuntanXlsxReader *self, const char *name, GError **error)
{
  g_autoptr (BuntanXlsxSheet) result = NULL;
  SheetParse  sheet = { 0 };
  PartParse   parse = { 0 };
  const char *path = NULL;
  gboolean    ok;

  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; self->sheet_names[i] != NULL; i++)
    if (strcmp (self->sheet_names[i], name) == 0)
      path = self->sheet_paths[i];

  if (path == NULL)
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NO_SHEET,
                   _ ("%s has no sheet “%s”"), self->display_name, name);
      return NULL;
    }

  result = g_new0 (BuntanXlsxSheet, 1);
  result->rows = g_ptr_array_new_with_free_func (row_free);
  sheet.reader = self;
  sheet.sheet = result;
  sheet.sheet_name = name;
  sheet.value = g_string_new (NULL);
  sheet.inline_text = g_string_new (NULL);
  parse.start = sheet_start;
  parse.end = sheet_end;
  parse.text = sheet_text;
  parse.user_data = &sheet;
  ok = _buntan_xlsx_parse_member (self, path, &parse, error);
  g_string_free (sheet.value, TRUE);
  g_string_free (sheet.inline_text, TRUE);
  g_free (sheet.type);
  if (!ok)
    return NULL;

  for (guint i = 0; i < result->rows->len; i++)
    if (result->rows->pdata[i] != NULL)
      sort_row (result->rows->pdata[i]);

  return g_steal_pointer (&result);
}

void
buntan_xlsx_sheet_free (BuntanXlsxSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_clear_pointer (&sheet->rows, g_ptr_array_unref);
  g_free (sheet);
}

static const Cell *
find_cell (BuntanXlsxSheet *sheet, guint row, guint column)
{
  GArray *cells;
  guint   low = 0, high;

  if (row >= sheet->rows->len || (cells = sheet->rows->pdata[row]) == NULL)
    return NULL;

  high = cells->len;
  while (low < high)
    {
      guint       middle = low + (high - low) / 2;
      const Cell *cell = &g_array_index (cells, Cell, middle);

      if (cell->column == column)
        return cell;
      if (cell->column < column)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

/**
 * buntan_xlsx_sheet_get_n_rows:
 * @sheet: a sheet
 *
 * Returns: the number of rows up to the last one with a value; rows count from 0
 */
guint
buntan_xlsx_sheet_get_n_rows (BuntanXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->rows->len;
}

/**
 * buntan_xlsx_sheet_get_n_columns:
 * @sheet: a sheet
 * @row: a row, from 0
 *
 * Returns: the number of columns of @row up to its last value
 */
guint
buntan_xlsx_sheet_get_n_columns (BuntanXlsxSheet *sheet, guint row)
{
  GArray *cells;

  g_return_val_if_fail (sheet != NULL, 0);

  if (row >= sheet->rows->len || (cells = sheet->rows->pdata[row]) == NULL || cells->len == 0)
    return 0;

  return g_array_index (cells, Cell, cells->len - 1).column + 1;
}

gboolean
buntan_xlsx_sheet_has_cell (BuntanXlsxSheet *sheet, guint row, guint column)
{
  g_return_val_if_fail (sheet != NULL, FALSE);

  return find_cell (sheet, row, column) != NULL;
}

/**
 * buntan_xlsx_sheet_get_kind:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * Returns: what the cell holds; an empty cell is empty text
 */
BuntanXlsxCellKind
buntan_xlsx_sheet_get_kind (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, BUNTAN_XLSX_CELL_TEXT);

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->kind : BUNTAN_XLSX_CELL_TEXT;
}

/**
 * buntan_xlsx_sheet_get_text:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * The cell as text: a string as it is, a number in up to 15 digits, TRUE
 * or FALSE, an error as Excel shows it (#N/A), a date as its ISO date.
 *
 * Returns: (transfer none): the text, "" for an empty cell
 */
const char *
buntan_xlsx_sheet_get_text (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, "");

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->text : "";
}

/**
 * buntan_xlsx_sheet_get_number:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * Returns: a number's value, a date's serial number (in the workbook's date
 *   system), 1 or 0 for a boolean, 0 for anything else
 */
double
buntan_xlsx_sheet_get_number (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, 0);

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->number : 0;
}

/**
 * buntan_xlsx_sheet_get_iso_date:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * Returns: (nullable): "YYYY-MM-DD" (with "THH:MM:SS" when it has a time of
 *   day) for a cell formatted as a date, else %NULL
 */
const char *
buntan_xlsx_sheet_get_iso_date (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, NULL);

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->iso_date : NULL;
}
