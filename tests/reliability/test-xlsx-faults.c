/* test-xlsx-faults.c — workbooks that must be refused, not read
 *
 * A vendor's answers may come back as anything: an old .xls, an .ods, a CSV
 * renamed, a file cut short by a mail gateway, or something made to hurt —
 * a zip bomb, entity tricks, a sheet of millions of cells. Each is refused
 * with a message naming the file and saying what it is, before it costs
 * much memory or time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "reliability-util.h"

#define PYTHON "/usr/bin/python3"

static char *workbooks_dir;

static void
assert_refused (const char *name, int code, const char *part)
{
  g_autofree char *path = g_build_filename (workbooks_dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanXlsxReader) reader = buntan_xlsx_reader_new_from_file (file, &error);
  g_autoptr (BuntanXlsxSheet) sheet = NULL;

  /* Some trouble sits in a sheet, found only when the sheet is read. */
  if (reader != NULL)
    sheet = buntan_xlsx_reader_read_sheet (reader, buntan_xlsx_reader_get_sheet_names (reader)[0],
                                           &error);
  g_assert_null (sheet);
  g_test_message ("%s", error->message);
  g_assert_error (error, BUNTAN_XLSX_READER_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, name));
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” is not in the message “%s”", part, error->message);
}

static void
test_good_control (void)
{
  g_autofree char *path = g_build_filename (workbooks_dir, "xlsx-reader-good.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanXlsxReader) reader = buntan_xlsx_reader_new_from_file (file, &error);
  g_autoptr (BuntanXlsxSheet) sheet = NULL;

  g_assert_no_error (error);
  sheet = buntan_xlsx_reader_read_sheet (reader, "回答", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 0, 0), ==, "good");
}

static void
test_zip_bomb (void)
{
  assert_refused ("xlsx-reader-bomb.xlsx", BUNTAN_XLSX_READER_ERROR_TOO_LARGE, "100 MB");
}

static void
test_too_large_zipped (void)
{
  g_autofree char *path = g_build_filename (workbooks_dir, "xlsx-reader-21mb.xlsx", NULL);
  int              fd = g_open (path, O_CREAT | O_WRONLY | O_TRUNC, 0600);

  /* A sparse file: its size is what counts, refused before it is read. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 21 * 1000 * 1000), ==, 0);
  g_close (fd, NULL);
  assert_refused ("xlsx-reader-21mb.xlsx", BUNTAN_XLSX_READER_ERROR_TOO_LARGE, "20 MB");
}

static void
test_truncated (void)
{
  assert_refused ("xlsx-reader-truncated.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID, "incomplete");
}

static void
test_doctype (void)
{
  assert_refused ("xlsx-reader-doctype.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID,
                  "damaged or was not saved by Excel or LibreOffice");
}

static void
test_undeclared_entity (void)
{
  assert_refused ("xlsx-reader-entity.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID,
                  "damaged or was not saved by Excel or LibreOffice");
}

static void
test_not_utf8 (void)
{
  assert_refused ("xlsx-reader-utf16.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID,
                  "damaged or was not saved by Excel or LibreOffice");
  assert_refused ("xlsx-reader-latin1.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID,
                  "damaged or was not saved by Excel or LibreOffice");
}

/* Found by fuzzing: a part of no bytes, and an error message of GMarkup's
 * that quoted half a character. */
static void
test_fuzz_findings (void)
{
  assert_refused ("xlsx-reader-empty-part.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID,
                  "damaged or was not saved by Excel or LibreOffice");
  assert_refused ("xlsx-reader-bad-name.xlsx", BUNTAN_XLSX_READER_ERROR_INVALID,
                  "damaged or was not saved by Excel or LibreOffice");
}

static void
test_huge_sheet (void)
{
  assert_refused ("xlsx-reader-huge-sheet.xlsx", BUNTAN_XLSX_READER_ERROR_TOO_LARGE, "200000");
}

static void
test_other_kinds (void)
{
  assert_refused ("xlsx-reader-old.xlsx", BUNTAN_XLSX_READER_ERROR_NOT_XLSX, ".xls)");
  assert_refused ("xlsx-reader-calc.xlsx", BUNTAN_XLSX_READER_ERROR_NOT_XLSX, ".ods");
  assert_refused ("xlsx-reader-csv.xlsx", BUNTAN_XLSX_READER_ERROR_NOT_XLSX, "CSV");
  assert_refused ("xlsx-reader-binary.xlsx", BUNTAN_XLSX_READER_ERROR_NOT_XLSX, "not a zip");
  assert_refused ("xlsx-reader-plain-zip.xlsx", BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                  "no workbook part");
}

/* Every prefix of a good workbook is refused or read, never a crash. */
static void
test_every_cut (void)
{
  g_autofree char *path = g_build_filename (workbooks_dir, "xlsx-reader-good.xlsx", NULL);
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new (data, cut);
      g_autoptr (GError) error = NULL;
      g_autoptr (BuntanXlsxReader) reader =
        buntan_xlsx_reader_new_from_bytes (bytes, "cut.xlsx", &error);

      g_assert_null (reader);
      g_assert_nonnull (strstr (error->message, "cut.xlsx"));
    }
}

/* Every byte of a good workbook changed in turn: read or refused, never a
 * crash, a warning (fatal here) or text that is not UTF-8. */
static void
test_every_flipped_byte (void)
{
  g_autofree char *path = g_build_filename (workbooks_dir, "xlsx-reader-good.xlsx", NULL);
  g_autofree char *data = NULL;
  gsize            length = 0;
  guint            refused = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize at = 0; at < length; at++)
    {
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (BuntanXlsxReader) reader = NULL;
      g_autoptr (BuntanXlsxSheet) sheet = NULL;

      data[at] ^= 0x5A;
      bytes = g_bytes_new (data, length);
      data[at] ^= 0x5A;
      reader = buntan_xlsx_reader_new_from_bytes (bytes, "flipped.xlsx", &error);
      if (reader != NULL && buntan_xlsx_reader_get_sheet_names (reader)[0] != NULL)
        sheet =
          buntan_xlsx_reader_read_sheet (reader, buntan_xlsx_reader_get_sheet_names (reader)[0],
                                         &error);
      if (error != NULL)
        {
          refused++;
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          g_assert_nonnull (strstr (error->message, "flipped.xlsx"));
        }
      if (sheet != NULL)
        g_assert_true (g_utf8_validate (buntan_xlsx_sheet_get_text (sheet, 0, 0), -1, NULL));
    }
  /* Damage in the XML or the zip's own records is found, not read past. */
  g_assert_cmpuint (refused, >, length / 4);
}

int
main (int argc, char *argv[])
{
  g_autofree char *script = NULL;
  int              result;

  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON " to write the workbooks");
      return g_test_run ();
    }

  workbooks_dir = buntan_test_make_dir ();
  script = buntan_test_source_path ("tests", "xlsx-reader-make.py", NULL);
  {
    const char *make_argv[] = { PYTHON, script, workbooks_dir, "hostile", NULL };
    g_autoptr (GError) error = NULL;
    int status = 0;

    g_spawn_sync (NULL, (char **) make_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                  &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  g_test_add_func ("/buntan/xlsx-faults/good-control", test_good_control);
  g_test_add_func ("/buntan/xlsx-faults/zip-bomb", test_zip_bomb);
  g_test_add_func ("/buntan/xlsx-faults/too-large-zipped", test_too_large_zipped);
  g_test_add_func ("/buntan/xlsx-faults/truncated", test_truncated);
  g_test_add_func ("/buntan/xlsx-faults/every-cut", test_every_cut);
  g_test_add_func ("/buntan/xlsx-faults/every-flipped-byte", test_every_flipped_byte);
  g_test_add_func ("/buntan/xlsx-faults/doctype", test_doctype);
  g_test_add_func ("/buntan/xlsx-faults/undeclared-entity", test_undeclared_entity);
  g_test_add_func ("/buntan/xlsx-faults/not-utf8", test_not_utf8);
  g_test_add_func ("/buntan/xlsx-faults/fuzz-findings", test_fuzz_findings);
  g_test_add_func ("/buntan/xlsx-faults/huge-sheet", test_huge_sheet);
  g_test_add_func ("/buntan/xlsx-faults/other-kinds", test_other_kinds);

  result = g_test_run ();
  buntan_test_remove_dir (workbooks_dir);
  g_free (workbooks_dir);
  return result;
}
