/* buntan-xlsx-reader.h — reading the cells of an Excel workbook (.xlsx)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BUNTAN_XLSX_READER_ERROR (buntan_xlsx_reader_error_quark ())

typedef enum
{
  BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
  BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
  BUNTAN_XLSX_READER_ERROR_INVALID,
  BUNTAN_XLSX_READER_ERROR_NO_SHEET,
} BuntanXlsxReaderError;

/* The limits a workbook must keep: far above any questionnaire, far below
 * what would stall the window or fill the memory. */
#define BUNTAN_XLSX_MAX_ZIPPED_BYTES (20 * 1000 * 1000)
#define BUNTAN_XLSX_MAX_UNZIPPED_BYTES (100 * 1000 * 1000)
#define BUNTAN_XLSX_MAX_CELLS 200000

typedef enum
{
  BUNTAN_XLSX_CELL_TEXT,
  BUNTAN_XLSX_CELL_NUMBER,
  BUNTAN_XLSX_CELL_BOOLEAN,
  BUNTAN_XLSX_CELL_DATE,
  BUNTAN_XLSX_CELL_ERROR,
} BuntanXlsxCellKind;

typedef struct _BuntanXlsxSheet BuntanXlsxSheet;

#define BUNTAN_TYPE_XLSX_READER (buntan_xlsx_reader_get_type ())
G_DECLARE_FINAL_TYPE (BuntanXlsxReader, buntan_xlsx_reader, BUNTAN, XLSX_READER, GObject)

GQuark
buntan_xlsx_reader_error_quark (void);
BuntanXlsxReader *
buntan_xlsx_reader_new_from_file (GFile *file, GError **error);
BuntanXlsxReader *
buntan_xlsx_reader_new_from_bytes (GBytes *bytes, const char *display_name, GError **error);
const char *const *
buntan_xlsx_reader_get_sheet_names (BuntanXlsxReader *self);
gboolean
buntan_xlsx_reader_get_date1904 (BuntanXlsxReader *self);
const char *
buntan_xlsx_reader_get_defined_name (BuntanXlsxReader *self, const char *name);
gboolean
buntan_xlsx_reader_find_named_cell (BuntanXlsxReader *self,
                                    const char       *name,
                                    char            **sheet_name,
                                    guint            *row,
                                    guint            *column);
BuntanXlsxSheet *
buntan_xlsx_reader_read_sheet (BuntanXlsxReader *self, const char *name, GError **error);

void
buntan_xlsx_sheet_free (BuntanXlsxSheet *sheet);
guint
buntan_xlsx_sheet_get_n_rows (BuntanXlsxSheet *sheet);
guint
buntan_xlsx_sheet_get_n_columns (BuntanXlsxSheet *sheet, guint row);
gboolean
buntan_xlsx_sheet_has_cell (BuntanXlsxSheet *sheet, guint row, guint column);
BuntanXlsxCellKind
buntan_xlsx_sheet_get_kind (BuntanXlsxSheet *sheet, guint row, guint column);
const char *
buntan_xlsx_sheet_get_text (BuntanXlsxSheet *sheet, guint row, guint column);
double
buntan_xlsx_sheet_get_number (BuntanXlsxSheet *sheet, guint row, guint column);
const char *
buntan_xlsx_sheet_get_iso_date (BuntanXlsxSheet *sheet, guint row, guint column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanXlsxSheet, buntan_xlsx_sheet_free)

G_END_DECLS
