/* fuzz-xlsx-read.c — any bytes given to the xlsx reader
 *
 * Bytes that start as a zip ("PK") are read as the workbook itself. Mutated
 * zips mostly fail their checksums, which would keep the fuzzer out of the
 * XML, so any other input is taken as the parts of a workbook — workbook,
 * its relationships, shared strings, styles, the sheet, separated by a line
 * "----" — and packed into a zip first (stored, so every byte counts); a
 * part left out is a minimal one that reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gsf/gsf.h>

#include "fuzz-common.h"

#define SEPARATOR "\n----\n"

static const char *const part_names[] = {
  "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
  "xl/styles.xml",   "xl/worksheets/sheet1.xml",
};

static const char *const default_parts[] = {
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
  "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>"
  "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>",
  "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>",
  "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>",
  "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>",
};

static const char package_rels[] =
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"x/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>";

static GsfOutfile *
folder_of (GsfOutfile *zip, GHashTable *folders, const char *path)
{
  g_autofree char *parent = g_path_get_dirname (path);
  GsfOutfile      *folder;

  if (g_str_equal (parent, "."))
    return zip;
  folder = g_hash_table_lookup (folders, parent);
  if (folder == NULL)
    {
      g_autofree char *name = g_path_get_basename (parent);
      GsfOutfile      *above = folder_of (zip, folders, parent);

      folder = GSF_OUTFILE (gsf_outfile_new_child (above, name, TRUE));
      g_hash_table_insert (folders, g_strdup (parent), folder);
    }
  return folder;
}

static void
add_part (GsfOutfile *zip, GHashTable *folders, const char *path, const char *data, gsize length)
{
  g_autofree char *name = g_path_get_basename (path);
  GsfOutput       *part = gsf_outfile_new_child_full (folder_of (zip, folders, path), name, FALSE,
                                                      "compression-level", GSF_ZIP_STORED, NULL);

  gsf_output_write (part, length, (const guint8 *) data);
  gsf_output_close (part);
  g_object_unref (part);
}

static void
close_folder (gpointer data)
{
  gsf_output_close (data);
  g_object_unref (data);
}

static GBytes *
pack_parts (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto (GStrv) pieces = g_strsplit (text, SEPARATOR, G_N_ELEMENTS (part_names));
  GsfOutput  *memory = gsf_output_memory_new ();
  GsfOutfile *zip = gsf_outfile_zip_new (memory, NULL);
  GHashTable *folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_folder);
  GBytes     *bytes;
  guint       n_pieces = g_strv_length (pieces);

  add_part (zip, folders, "_rels/.rels", package_rels, strlen (package_rels));
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    {
      const char *part = i < n_pieces ? pieces[i] : default_parts[i];

      add_part (zip, folders, part_names[i], part, strlen (part));
    }
  /* Folders close before the zip that holds them. */
  g_hash_table_destroy (folders);
  gsf_output_close (GSF_OUTPUT (zip));
  g_object_unref (zip);

  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)),
                       (gsize) gsf_output_size (memory));
  gsf_output_close (memory);
  g_object_unref (memory);
  return bytes;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (BuntanXlsxReader) reader = NULL;
  g_autoptr (GError) error = NULL;
  const char *const *names;

  if (size >= 2 && data[0] == 'P' && data[1] == 'K')
    bytes = g_bytes_new (data, size);
  else
    bytes = pack_parts (data, size);

  reader = buntan_xlsx_reader_new_from_bytes (bytes, "fuzz.xlsx", &error);
  if (reader == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  names = buntan_xlsx_reader_get_sheet_names (reader);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr (GError) sheet_error = NULL;
      g_autoptr (BuntanXlsxSheet) sheet =
        buntan_xlsx_reader_read_sheet (reader, names[i], &sheet_error);

      g_assert_true (g_utf8_validate (names[i], -1, NULL));
      if (sheet == NULL)
        {
          g_assert_true (g_utf8_validate (sheet_error->message, -1, NULL));
          continue;
        }

      for (guint row = 0; row < buntan_xlsx_sheet_get_n_rows (sheet); row++)
        for (guint column = 0; column < buntan_xlsx_sheet_get_n_columns (sheet, row); column++)
          {
            const char *iso = buntan_xlsx_sheet_get_iso_date (sheet, row, column);

            g_assert_true (
              g_utf8_validate (buntan_xlsx_sheet_get_text (sheet, row, column), -1, NULL));
            /* Only a cell read as a date carries an ISO date. */
            if (iso != NULL &&
                buntan_xlsx_sheet_get_kind (sheet, row, column) != BUNTAN_XLSX_CELL_DATE)
              g_error ("an ISO date on a cell that is no date");
          }
    }
  return 0;
}
