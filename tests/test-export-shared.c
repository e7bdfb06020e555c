/* test-export-shared.c — what every exported document shares: the export date and the section
 * headings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-export-private.h"
#include "buntan-test-util.h"

/* Today as the export would print it, allowing for midnight passing. */
static void
assert_is_today (const char *date, const char *before)
{
  g_autofree char *after = buntan_date_today ();

  g_assert_true (g_strcmp0 (date, before) == 0 || g_strcmp0 (date, after) == 0);
}

static void
test_date_pinned (void)
{
  g_autofree char *date = NULL;
  g_autoptr (GDateTime) pinned = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", "1767225600", TRUE); /* 2026-01-01T00:00:00Z */
  date = buntan_date_dup_export_date ();
  g_assert_cmpstr (date, ==, "2026-01-01");
  pinned = buntan_date_time_dup_source_epoch ();
  g_assert_nonnull (pinned);
  g_assert_cmpint (g_date_time_to_unix (pinned), ==, 1767225600);
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

/* A value that is not a number of seconds pins nothing: every document
 * prints today, where the lax reading printed 1970-01-01 in the PDFs. */
static void
test_date_bad_value (void)
{
  static const char *const bad[] = { "abc", "", "-5", "12abc", "1e9" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *before = buntan_date_today ();
      g_autofree char *date = NULL;

      g_setenv ("SOURCE_DATE_EPOCH", bad[i], TRUE);
      g_assert_null (buntan_date_time_dup_source_epoch ());
      date = buntan_date_dup_export_date ();
      assert_is_today (date, before);
    }
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

static void
test_date_unset (void)
{
  g_autofree char *before = buntan_date_today ();
  g_autofree char *date = NULL;

  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_null (buntan_date_time_dup_source_epoch ());
  date = buntan_date_dup_export_date ();
  assert_is_today (date, before);
}

/* The workbook and the PDFs print one wording: "第2部 A　共通", as the
 * item numbers ("第2部 A-4") are written. */
static void
test_section_text (void)
{
  g_autoptr (BuntanItem) titled = buntan_item_new ("P2-A-1", 2, "A", "1");
  g_autoptr (BuntanItem) untitled = buntan_item_new ("P1-B-1", 1, "B", "1");
  g_autoptr (BuntanItem) outside = buntan_item_new ("P2-X", 2, "", "1");
  g_autofree char *with_part = NULL;
  g_autofree char *without_part = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *none = NULL;

  buntan_item_set_section_title (titled, "共通");
  with_part = _buntan_export_dup_section_text (titled, TRUE);
  without_part = _buntan_export_dup_section_text (titled, FALSE);
  bare = _buntan_export_dup_section_text (untitled, TRUE);
  none = _buntan_export_dup_section_text (outside, TRUE);

  g_assert_cmpstr (with_part, ==, "第2部 A　共通");
  g_assert_cmpstr (without_part, ==, "A　共通");
  g_assert_cmpstr (bare, ==, "第1部 B");
  g_assert_null (none);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/export/date/pinned", test_date_pinned);
  g_test_add_func ("/buntan/export/date/bad-value", test_date_bad_value);
  g_test_add_func ("/buntan/export/date/unset", test_date_unset);
  g_test_add_func ("/buntan/export/section-text", test_section_text);

  return g_test_run ();
}
