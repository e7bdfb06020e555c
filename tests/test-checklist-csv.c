/* test-checklist-csv.c — CSV records, encodings and checklist versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-test-util.h"

static GPtrArray *
parse (const char *text)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *records = buntan_checklist_csv_parse (text, "t.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static const char *
field (GPtrArray *records, guint record, guint index)
{
  BuntanCsvRecord *r = g_ptr_array_index (records, record);

  g_assert_cmpuint (index, <, r->fields->len);
  return g_ptr_array_index (r->fields, index);
}

static void
test_quoted (void)
{
  g_autoptr (GPtrArray) records = parse ("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n"
                                         "\"two\r\nlines\",,last\r\n"
                                         "\"three\nlines\nhere\",x\n"
                                         "end,\n");

  g_assert_cmpuint (records->len, ==, 4);
  g_assert_cmpstr (field (records, 0, 1), ==, "b, with comma");
  g_assert_cmpstr (field (records, 0, 2), ==, "say \"hi\"");
  /* A record starts on the line it starts on, whatever its fields hold. */
  g_assert_cmpuint (((BuntanCsvRecord *) g_ptr_array_index (records, 1))->line, ==, 2);
  g_assert_cmpstr (field (records, 1, 0), ==, "two\nlines");
  g_assert_cmpstr (field (records, 1, 1), ==, "");
  g_assert_cmpuint (((BuntanCsvRecord *) g_ptr_array_index (records, 2))->line, ==, 4);
  g_assert_cmpstr (field (records, 2, 0), ==, "three\nlines\nhere");
  g_assert_cmpuint (((BuntanCsvRecord *) g_ptr_array_index (records, 3))->line, ==, 7);
  g_assert_cmpuint (((BuntanCsvRecord *) g_ptr_array_index (records, 3))->fields->len, ==, 2);
}

static void
test_unclosed_quote (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = buntan_checklist_csv_parse ("a,b\nc,\"d\n\ne\n", "t.csv", &error);

  g_assert_null (records);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "t.csv: line 2, column 2: the quoted field is never closed (a \" is missing)");
}

static void
test_text_after_quote (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) records = buntan_checklist_csv_parse ("a,\"b\"c\n", "t.csv", &error);

  g_assert_null (records);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "t.csv: line 1, column 2: "));
}

static char *
decode (const char *bytes, gsize size, const char **encoding, GError **error)
{
  g_autoptr (GBytes) data = g_bytes_new (bytes, size);

  return buntan_checklist_csv_decode (data, "t.csv", encoding, error);
}

static void
test_encodings (void)
{
  /* ① ㈱ 髙 in CP932: NEC and IBM extensions strict Shift_JIS lacks. */
  static const char cp932[] = "a,\x87\x40\x87\x8a\xfb\xfc\n";
  static const char bom[] = "\xef\xbb\xbf"
                            "a,\xe2\x91\xa0\n";
  g_autoptr (GError) error = NULL;
  g_autofree char *from_cp932 = NULL;
  g_autofree char *from_bom = NULL;
  g_autofree char *plain = NULL;
  const char      *encoding = NULL;

  from_cp932 = decode (cp932, sizeof cp932 - 1, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "CP932");
  g_assert_cmpstr (from_cp932, ==, "a,①㈱髙\n");

  from_bom = decode (bom, sizeof bom - 1, &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_assert_cmpstr (from_bom, ==, "a,①\n");

  plain = decode ("a,①\n", strlen ("a,①\n"), &encoding, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (encoding, ==, "UTF-8");
  g_assert_cmpstr (plain, ==, "a,①\n");
}

static void
test_encoding_refused (void)
{
  static const struct
  {
    const char *bytes;
    gsize       size;
    const char *message;
  } cases[] = {
    /* 0x80 is no character in CP932, and no UTF-8 either. */
    { "id\nab\x80z\n", 7, "t.csv: line 2, byte 3: the file is neither UTF-8" },
    { "\xff\xfei\0d\0", 6, "t.csv: line 1, byte 1: the file is in UTF-16" },
    { "id\na\0b\n", 7, "t.csv: line 2, byte 2: the file holds a zero byte" },
    { "\xef\xbb\xbfid\n\x87\x40\n", 8, "t.csv: line 2, byte 1: the file starts as UTF-8" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *text = decode (cases[i].bytes, cases[i].size, NULL, &error);

      g_assert_null (text);
      g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, cases[i].message);
    }
}

static void
test_versions (void)
{
  g_assert_cmpint (buntan_template_compare_versions ("2024.10-1", "2024.9-1"), >, 0);
  g_assert_cmpint (buntan_template_compare_versions ("2024.06-1", "2024.06-2"), <, 0);
  g_assert_cmpint (buntan_template_compare_versions ("10", "9"), >, 0);
  g_assert_cmpint (buntan_template_compare_versions ("1", "1"), ==, 0);
  g_assert_cmpint (buntan_template_compare_versions ("1", "1.1"), <, 0);
  g_assert_cmpint (buntan_template_compare_versions ("007", "7"), ==, 0);
  g_assert_cmpint (buntan_template_compare_versions ("b", "a"), >, 0);
}

static void
test_ids (void)
{
  g_assert_true (buntan_template_item_id_is_valid ("P2-A-4"));
  g_assert_true (buntan_template_item_id_is_valid ("P1-AB2-10"));
  g_assert_false (buntan_template_item_id_is_valid ("P3-A-1"));
  g_assert_false (buntan_template_item_id_is_valid ("P2-A-"));
  g_assert_false (buntan_template_item_id_is_valid ("P2--1"));
  g_assert_false (buntan_template_item_id_is_valid ("P2-共通-1"));
  g_assert_false (buntan_template_item_id_is_valid ("P2-A-1x"));
  g_assert_true (buntan_template_id_is_valid ("clinic-own"));
  g_assert_true (buntan_template_id_is_valid ("2024.06-1"));
  g_assert_false (buntan_template_id_is_valid ("-x"));
  g_assert_false (buntan_template_id_is_valid ("a/b"));
  g_assert_false (buntan_template_id_is_valid ("自院"));
  g_assert_false (buntan_template_id_is_valid (""));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/checklist/csv/quoted", test_quoted);
  g_test_add_func ("/buntan/checklist/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/buntan/checklist/csv/text-after-quote", test_text_after_quote);
  g_test_add_func ("/buntan/checklist/csv/encodings", test_encodings);
  g_test_add_func ("/buntan/checklist/csv/encoding-refused", test_encoding_refused);
  g_test_add_func ("/buntan/checklist/versions", test_versions);
  g_test_add_func ("/buntan/checklist/ids", test_ids);

  return g_test_run ();
}
