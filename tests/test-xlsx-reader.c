/* test-xlsx-reader.c — reading back workbooks that others wrote
 *
 * Workbooks written by openpyxl, by libxlsxwriter (our own export), re-saved
 * by LibreOffice and written by hand to reach what those writers never do
 * (rich text, phonetic guides, prefixed namespaces, cells out of order, the
 * 1904 date system). Where openpyxl can read the file, every cell we read is
 * compared with what openpyxl reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>

#include "buntan-test-util.h"

#define PYTHON "/usr/bin/python3"

static char *workbooks_dir;

static char *
workbook_path (const char *name)
{
  return g_build_filename (workbooks_dir, name, NULL);
}

static BuntanXlsxReader *
open_workbook (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanXlsxReader *reader = buntan_xlsx_reader_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static BuntanXlsxSheet *
read_sheet (BuntanXlsxReader *reader, const char *name)
{
  g_autoptr (GError) error = NULL;
  BuntanXlsxSheet *sheet = buntan_xlsx_reader_read_sheet (reader, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static JsonNode *
openpyxl_dump (const char *path)
{
  g_autofree char *script = buntan_test_source_path ("tests", "xlsx-reader-make.py", NULL);
  const char      *argv[] = { PYTHON, script, "dump", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openpyxl could not read %s: %s", path, err);

  return json_from_string (out, &error);
}

static const char *
kind_name (BuntanXlsxCellKind kind)
{
  switch (kind)
    {
    case BUNTAN_XLSX_CELL_TEXT:
      return "text";
    case BUNTAN_XLSX_CELL_NUMBER:
      return "number";
    case BUNTAN_XLSX_CELL_BOOLEAN:
      return "boolean";
    case BUNTAN_XLSX_CELL_DATE:
      return "date";
    case BUNTAN_XLSX_CELL_ERROR:
      return "error";
    default:
      g_assert_not_reached ();
    }
}

/* Every sheet, every cell openpyxl finds, and no cell it does not. */
static void
assert_same_as_openpyxl (const char *path)
{
  g_autoptr (JsonNode) root = openpyxl_dump (path);
  g_autoptr (BuntanXlsxReader) reader = open_workbook (path);
  JsonObject        *dump = json_node_get_object (root);
  JsonArray         *names = json_object_get_array_member (dump, "sheets");
  JsonObject        *cells = json_object_get_object_member (dump, "cells");
  const char *const *ours = buntan_xlsx_reader_get_sheet_names (reader);

  g_assert_cmpuint (g_strv_length ((GStrv) ours), ==, json_array_get_length (names));
  for (guint i = 0; ours[i] != NULL; i++)
    {
      g_autoptr (BuntanXlsxSheet) sheet = NULL;
      JsonArray *expected;
      guint      n_ours = 0;

      g_assert_cmpstr (ours[i], ==, json_array_get_string_element (names, i));
      sheet = read_sheet (reader, ours[i]);
      expected = json_object_get_array_member (cells, ours[i]);
      for (guint j = 0; j < json_array_get_length (expected); j++)
        {
          JsonArray  *cell = json_array_get_array_element (expected, j);
          guint       row = json_array_get_int_element (cell, 0);
          guint       column = json_array_get_int_element (cell, 1);
          const char *kind = json_array_get_string_element (cell, 2);
          const char *value = json_array_get_string_element (cell, 3);

          g_test_message ("%s %s!R%uC%u: %s %s", path, ours[i], row + 1, column + 1, kind, value);
          g_assert_true (buntan_xlsx_sheet_has_cell (sheet, row, column));
          g_assert_cmpstr (kind_name (buntan_xlsx_sheet_get_kind (sheet, row, column)), ==, kind);
          if (g_str_equal (kind, "number"))
            g_assert_cmpfloat_with_epsilon (buntan_xlsx_sheet_get_number (sheet, row, column),
                                            g_ascii_strtod (value, NULL), 1e-9);
          else
            g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, row, column), ==, value);
        }

      for (guint row = 0; row < buntan_xlsx_sheet_get_n_rows (sheet); row++)
        for (guint column = 0; column < buntan_xlsx_sheet_get_n_columns (sheet, row); column++)
          n_ours += buntan_xlsx_sheet_has_cell (sheet, row, column) &&
                    buntan_xlsx_sheet_get_text (sheet, row, column)[0] != '\0';
      g_assert_cmpuint (n_ours, ==, json_array_get_length (expected));
    }
}

static void
test_openpyxl (void)
{
  g_autofree char *path = workbook_path ("xlsx-reader-openpyxl.xlsx");
  g_autoptr (BuntanXlsxReader) reader = open_workbook (path);
  g_autoptr (BuntanXlsxSheet) sheet = read_sheet (reader, "回答");

  g_assert_false (buntan_xlsx_reader_get_date1904 (reader));
  /* 2026-12-07 in yyyy-mm-dd: the serial number and the date. */
  g_assert_cmpint (buntan_xlsx_sheet_get_kind (sheet, 1, 2), ==, BUNTAN_XLSX_CELL_DATE);
  g_assert_cmpfloat (buntan_xlsx_sheet_get_number (sheet, 1, 2), ==, 46363);
  g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (sheet, 1, 2), ==, "2026-12-07");
  /* A number in a percentage format is no date. */
  g_assert_null (buntan_xlsx_sheet_get_iso_date (sheet, 6, 3));
  /* Empty rows 3 and 4, then a row reaching column H. */
  g_assert_cmpuint (buntan_xlsx_sheet_get_n_columns (sheet, 2), ==, 0);
  g_assert_cmpuint (buntan_xlsx_sheet_get_n_columns (sheet, 4), ==, 8);
  g_assert_false (buntan_xlsx_sheet_has_cell (sheet, 4, 3));
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 4, 3), ==, "");
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 99, 99), ==, "");

  assert_same_as_openpyxl (path);
}

static void
test_rich_and_hand_made (void)
{
  g_autofree char *path = workbook_path ("xlsx-reader-rich.xlsx");
  g_autoptr (BuntanXlsxReader) reader = open_workbook (path);
  g_autoptr (BuntanXlsxSheet) sheet = read_sheet (reader, "回答");

  g_assert_cmpuint (buntan_xlsx_sheet_get_n_rows (sheet), ==, 7);
  /* Rich-text runs joined; the phonetic guide left out; rows given out of order. */
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 0, 0), ==, "inline");
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 0, 2), ==, "太字 と普通");
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 2, 1), ==, "山田");
  /* Built-in date format 14 and a custom 年月日 format; 0.00"日" is no date. */
  g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (sheet, 1, 0), ==, "2026-12-07");
  g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (sheet, 1, 1), ==, "2026-12-07");
  g_assert_cmpint (buntan_xlsx_sheet_get_kind (sheet, 1, 2), ==, BUNTAN_XLSX_CELL_NUMBER);
  g_assert_null (buntan_xlsx_sheet_get_iso_date (sheet, 1, 2));
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 1, 2), ==, "46363");
  g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (sheet, 1, 3), ==, "2026-12-07T12:00:00");
  g_assert_cmpint (buntan_xlsx_sheet_get_kind (sheet, 1, 4), ==, BUNTAN_XLSX_CELL_BOOLEAN);
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 1, 4), ==, "FALSE");
  g_assert_cmpint (buntan_xlsx_sheet_get_kind (sheet, 1, 5), ==, BUNTAN_XLSX_CELL_ERROR);
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 1, 5), ==, "#N/A");
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 1, 6), ==, "inline");
  /* Serial 60 is 29 February 1900, a day that never was: a number, no date. */
  g_assert_null (buntan_xlsx_sheet_get_iso_date (sheet, 1, 7));
  g_assert_cmpfloat (buntan_xlsx_sheet_get_number (sheet, 1, 7), ==, 60);
  /* A cell without a reference follows the one before; a place given twice keeps the last. */
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 3, 0), ==, "山田");
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 3, 1), ==, "太字 と普通");
  /* _x005F_ is the underscore that keeps a literal _x0041_. */
  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 5, 0), ==, "_x0041_ and B");
  /* A row without a number follows the one before. */
  g_assert_cmpfloat (buntan_xlsx_sheet_get_number (sheet, 6, 0), ==, 7);
}

static void
test_prefixed_namespace (void)
{
  g_autofree char *path = workbook_path ("xlsx-reader-prefixed.xlsx");
  g_autoptr (BuntanXlsxReader) reader = open_workbook (path);
  g_autoptr (BuntanXlsxSheet) sheet = read_sheet (reader, "回答");

  g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 0, 0), ==, "prefixed");
}

static void
test_date1904 (void)
{
  g_autofree char *hand_path = workbook_path ("xlsx-reader-1904.xlsx");
  g_autofree char *openpyxl_path = workbook_path ("xlsx-reader-1904-openpyxl.xlsx");
  g_autoptr (BuntanXlsxReader) hand = open_workbook (hand_path);
  g_autoptr (BuntanXlsxReader) openpyxl = open_workbook (openpyxl_path);
  g_autoptr (BuntanXlsxSheet) hand_sheet = read_sheet (hand, "回答");
  g_autoptr (BuntanXlsxSheet) openpyxl_sheet =
    read_sheet (openpyxl, buntan_xlsx_reader_get_sheet_names (openpyxl)[0]);

  g_assert_true (buntan_xlsx_reader_get_date1904 (hand));
  /* 44900 days after 1904-01-01; in the 1900 system it would be 2022-12-06. */
  g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (hand_sheet, 0, 0), ==, "2026-12-06");
  g_assert_cmpfloat (buntan_xlsx_sheet_get_number (hand_sheet, 0, 0), ==, 44900);

  g_assert_true (buntan_xlsx_reader_get_date1904 (openpyxl));
  g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (openpyxl_sheet, 0, 0), ==, "2026-12-07");
  g_assert_cmpfloat (buntan_xlsx_sheet_get_number (openpyxl_sheet, 0, 0), ==, 46363 - 1462);
  assert_same_as_openpyxl (openpyxl_path);
}

/* Our own export of the sample, written by libxlsxwriter. */
static void
test_libxlsxwriter (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_sample ();
  g_autofree char *path = workbook_path ("xlsx-reader-export.xlsx");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanXlsxReader) reader = NULL;
  g_autoptr (BuntanXlsxSheet) cover = NULL;
  gboolean found_title = FALSE;

  buntan_export_xlsx (project, file, BUNTAN_EXPORT_FLAGS_INCLUDE_PART1, &error);
  g_assert_no_error (error);

  reader = open_workbook (path);
  g_assert_cmpstr (buntan_xlsx_reader_get_sheet_names (reader)[0], ==, "表紙");
  g_assert_true (g_strv_contains (buntan_xlsx_reader_get_sheet_names (reader), "責任分担表"));
  cover = read_sheet (reader, "表紙");
  for (guint row = 0; row < buntan_xlsx_sheet_get_n_rows (cover); row++)
    for (guint column = 0; column < buntan_xlsx_sheet_get_n_columns (cover, row); column++)
      if (g_str_equal (buntan_xlsx_sheet_get_text (cover, row, column),
                       buntan_project_get_title (project)))
        found_title = TRUE;
  g_assert_true (found_title);

  assert_same_as_openpyxl (path);
}

static void
test_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *source = workbook_path ("xlsx-reader-openpyxl.xlsx");
  g_autofree char *out_dir = g_build_filename (workbooks_dir, "libreoffice", NULL);
  g_autofree char *home = g_build_filename (workbooks_dir, "lo-home", NULL);
  g_autofree char *home_env = g_strconcat ("HOME=", home, NULL);
  g_autofree char *converted = g_build_filename (out_dir, "xlsx-reader-openpyxl.xlsx", NULL);
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) env = NULL;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  {
    const char *argv[] = { soffice,    "--headless", "--convert-to", "xlsx",
                           "--outdir", out_dir,      source,         NULL };

    env = g_environ_setenv (g_get_environ (), "HOME", home, TRUE);
    g_spawn_sync (NULL, (char **) argv, env,
                  G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                  &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  {
    g_autoptr (BuntanXlsxReader) reader = open_workbook (converted);
    g_autoptr (BuntanXlsxSheet) sheet = read_sheet (reader, "回答");

    /* LibreOffice writes shared strings and its own number formats. */
    g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 0, 0), ==, "項番");
    g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (sheet, 1, 2), ==, "2026-12-07");
    g_assert_cmpstr (buntan_xlsx_sheet_get_iso_date (sheet, 6, 2), ==, "2026-04-01");
    g_assert_cmpstr (buntan_xlsx_sheet_get_text (sheet, 7, 0), ==, "改行\nあり");
  }
  assert_same_as_openpyxl (converted);
}

static void
test_no_such_sheet (void)
{
  g_autofree char *path = workbook_path ("xlsx-reader-openpyxl.xlsx");
  g_autoptr (BuntanXlsxReader) reader = open_workbook (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanXlsxSheet) sheet = buntan_xlsx_reader_read_sheet (reader, "回答2", &error);

  g_assert_null (sheet);
  g_assert_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "xlsx-reader-openpyxl.xlsx"));
  g_assert_nonnull (strstr (error->message, "回答2"));
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
    const char *make_argv[] = { PYTHON, script, workbooks_dir, "normal", NULL };
    g_autoptr (GError) error = NULL;
    int status = 0;

    g_spawn_sync (NULL, (char **) make_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                  &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  g_test_add_func ("/buntan/xlsx-reader/openpyxl", test_openpyxl);
  g_test_add_func ("/buntan/xlsx-reader/rich-and-hand-made", test_rich_and_hand_made);
  g_test_add_func ("/buntan/xlsx-reader/prefixed-namespace", test_prefixed_namespace);
  g_test_add_func ("/buntan/xlsx-reader/date1904", test_date1904);
  g_test_add_func ("/buntan/xlsx-reader/libxlsxwriter", test_libxlsxwriter);
  g_test_add_func ("/buntan/xlsx-reader/libreoffice", test_libreoffice);
  g_test_add_func ("/buntan/xlsx-reader/no-such-sheet", test_no_such_sheet);

  result = g_test_run ();
  buntan_test_remove_dir (workbooks_dir);
  g_free (workbooks_dir);
  return result;
}
