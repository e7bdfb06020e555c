/* buntan-xlsx-reader.c — reading the cells of an Excel workbook (.xlsx)
 *
 * Answers come back from vendors as workbooks that Excel, LibreOffice or a
 * script wrote, and some come as something else (an old .xls, an .ods, a CSV
 * renamed). An .xlsx is a zip of XML parts: libgsf opens the zip (it reads
 * the central directory and inflates with zlib, so no zip code of our own has
 * to be right about every odd archive), GMarkup reads the XML — it expands
 * no entities beyond the five of XML itself, so entity tricks cannot grow a
 * part, and we refuse a DOCTYPE outright. GMarkup knows no namespaces:
 * prefixes are mapped to namespaces here, since writers are free to choose
 * them (x:c and c are the same element).
 *
 * Nothing here trusts a size the file states: the sum of the parts' sizes is
 * checked first, and the bytes actually inflated are counted again while
 * reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */


#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-xlsx-reader-private.h"

G_DEFINE_FINAL_TYPE (BuntanXlsxReader, buntan_xlsx_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (buntan - xlsx - reader - error - quark, buntan_xlsx_reader_error)

static void
buntan_xlsx_reader_finalize (GObject *object)
{
  BuntanXlsxReader *self = BUNTAN_XLSX_READER (object);

  g_clear_object (&self->zip);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->sheet_names, g_strfreev);
  g_clear_pointer (&self->sheet_paths, g_strfreev);
  g_clear_pointer (&self->shared_strings, g_ptr_array_unref);
  g_clear_pointer (&self->date_styles, g_array_unref);
  g_clear_pointer (&self->defined_names, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_xlsx_reader_parent_class)->finalize (object);
}

static void
buntan_xlsx_reader_class_init (BuntanXlsxReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_xlsx_reader_finalize;
}

static void
buntan_xlsx_reader_init (BuntanXlsxReader *self)
{
  self->shared_strings = g_ptr_array_new_with_free_func (g_free);
  self->date_styles = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->defined_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * buntan_xlsx_reader_new_from_bytes:
 * @bytes: the file's contents
 * @display_name: how to name the file in error messages
 * @error: return location for a #GError
 *
 * Opens a workbook: its list of sheets, its shared texts and which of its
 * cell formats show dates. Refuses, saying what it is, a file that is not
 * an .xlsx (an .xls, an .ods, a text file, no zip at all) and one over the
 * limits (BUNTAN_XLSX_MAX_*).
 *
 * Returns: (transfer full) (nullable): the reader
 */
BuntanXlsxReader *
buntan_xlsx_reader_new_from_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_autoptr (BuntanXlsxReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BUNTAN_TYPE_XLSX_READER, NULL);
  self->display_name = g_strdup (display_name);
  self->bytes = g_bytes_ref (bytes);
  if (!_buntan_xlsx_reader_open_workbook (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * buntan_xlsx_reader_new_from_file:
 * @file: an .xlsx file
 * @error: return location for a #GError
 *
 * As buntan_xlsx_reader_new_from_bytes(), naming the file by its display name;
 * a file over the zipped limit is refused before it is read.
 *
 * Returns: (transfer full) (nullable): the reader
 */
BuntanXlsxReader *
buntan_xlsx_reader_new_from_file (GFile *file, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_parse_name (file);
  info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > BUNTAN_XLSX_MAX_ZIPPED_BYTES)
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                   _ ("%s is larger than %u MB; the file is refused"), display_name,
                   BUNTAN_XLSX_MAX_ZIPPED_BYTES / 1000000);
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return buntan_xlsx_reader_new_from_bytes (bytes, display_name, error);
}

/**
 * buntan_xlsx_reader_get_sheet_names:
 * @self: a #BuntanXlsxReader
 *
 * Returns: (transfer none): the worksheets' names, in the workbook's order
 */
const char *const *
buntan_xlsx_reader_get_sheet_names (BuntanXlsxReader *self)
{
  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), NULL);

  return (const char *const *) self->sheet_names;
}

/**
 * buntan_xlsx_reader_get_date1904:
 * @self: a #BuntanXlsxReader
 *
 * Returns: whether the workbook counts dates from 1904 (as old Mac Excel did)
 */
gboolean
buntan_xlsx_reader_get_date1904 (BuntanXlsxReader *self)
{
  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), FALSE);

  return self->date1904;
}

/**
 * buntan_xlsx_reader_get_defined_name:
 * @self: a #BuntanXlsxReader
 * @name: a workbook-wide defined name, such as "BuntanProjectId"
 *
 * Returns: (transfer none) (nullable): what @name refers to as the workbook
 *   writes it ("'Sheet 1'!$B$3"), or %NULL when the workbook defines no such name
 */
const char *
buntan_xlsx_reader_get_defined_name (BuntanXlsxReader *self, const char *name)
{
  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->defined_names, name);
}

/* "$B$20" or "B20" to a row and column from 0. */
static gboolean
parse_cell_reference (const char *reference, guint *row, guint *column)
{
  const char *p = reference;
  guint64     letters = 0, number = 0;
  guint       n_letters = 0;

  if (*p == '$')
    p++;
  for (; g_ascii_isalpha (*p) && n_letters < 3; p++, n_letters++)
    letters = letters * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  if (n_letters == 0)
    return FALSE;
  if (*p == '$')
    p++;
  if (!g_ascii_isdigit (*p) || !g_ascii_string_to_unsigned (p, 10, 1, 1048576, &number, NULL))
    return FALSE;

  *row = (guint) number - 1;
  *column = (guint) letters - 1;
  return TRUE;
}

/**
 * buntan_xlsx_reader_find_named_cell:
 * @self: a #BuntanXlsxReader
 * @name: a workbook-wide defined name that refers to one cell
 * @sheet_name: (out) (transfer full): the name of the cell's sheet
 * @row: (out): the cell's row, from 0
 * @column: (out): the cell's column, from 0
 *
 * Finds the cell a defined name points at, so a cell is found wherever a
 * sheet was renamed or moved to (the name follows the sheet in Excel and
 * LibreOffice).
 *
 * Returns: whether @name is defined and refers to a single cell of a worksheet
 */
gboolean
buntan_xlsx_reader_find_named_cell (BuntanXlsxReader *self,
                                    const char       *name,
                                    char            **sheet_name,
                                    guint            *row,
                                    guint            *column)
{
  const char      *formula;
  const char      *bang;
  g_autofree char *sheet = NULL;

  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), FALSE);
  g_return_val_if_fail (name != NULL && sheet_name != NULL, FALSE);
  g_return_val_if_fail (row != NULL && column != NULL, FALSE);

  formula = g_hash_table_lookup (self->defined_names, name);
  if (formula == NULL)
    return FALSE;
  if (*formula == '=')
    formula++;
  bang = strrchr (formula, '!');
  if (bang == NULL || bang == formula)
    return FALSE;

  if (formula[0] == '\'' && bang > formula + 1 && bang[-1] == '\'')
    {
      /* A quoted sheet name doubles its own apostrophes. */
      g_autoptr (GString) unquoted = g_string_new (NULL);

      for (const char *p = formula + 1; p < bang - 1; p++)
        {
          g_string_append_c (unquoted, *p);
          if (*p == '\'' && p + 1 < bang - 1 && p[1] == '\'')
            p++;
        }
      sheet = g_string_free (g_steal_pointer (&unquoted), FALSE);
    }
  else
    sheet = g_strndup (formula, bang - formula);

  if (!g_strv_contains ((const char *const *) self->sheet_names, sheet) ||
      !parse_cell_reference (bang + 1, row, column))
    return FALSE;

  *sheet_name = g_steal_pointer (&sheet);
  return TRUE;
}
