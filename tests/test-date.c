/* test-date.c — dates as the file format writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

static void
test_valid_dates (void)
{
  g_assert_true (buntan_date_is_valid ("2026-11-28"));
  g_assert_true (buntan_date_is_valid ("2024-02-29"));
  g_assert_true (buntan_date_is_valid ("2026-12-31"));
}

static void
test_impossible_dates (void)
{
  const char *impossible[] = {
    "2026-13-45",       "2026-02-29",  "2026-02-30",     "2026-04-31", "2026-00-10",
    "2026-01-00",       "0000-01-01",  "2026-1-1",       "26-11-28",   "2026/11/28",
    "2026-11-28T10:00", " 2026-11-28", "２０２６-11-28", "",           "yesterday",
  };

  for (guint i = 0; i < G_N_ELEMENTS (impossible); i++)
    {
      g_test_message ("%s", impossible[i]);
      g_assert_false (buntan_date_is_valid (impossible[i]));
      g_assert_null (buntan_date_parse (impossible[i]));
    }
  g_assert_false (buntan_date_is_valid (NULL));
}

static void
test_round_trip (void)
{
  GDate           *date = buntan_date_parse ("2027-03-31");
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  g_assert_cmpuint (g_date_get_year (date), ==, 2027);
  g_assert_cmpuint (g_date_get_month (date), ==, 3);
  g_assert_cmpuint (g_date_get_day (date), ==, 31);
  text = buntan_date_format (date);
  g_assert_cmpstr (text, ==, "2027-03-31");
  g_date_free (date);
}

static void
test_today (void)
{
  g_autofree char *today = buntan_date_today ();
  g_autofree char *now = buntan_date_time_now ();

  g_assert_true (buntan_date_is_valid (today));
  g_assert_true (buntan_date_time_is_valid (now));
  g_assert_true (g_str_has_prefix (now, today) || !g_str_has_prefix (now, "20"));
}

static void
test_date_times (void)
{
  g_assert_true (buntan_date_time_is_valid ("2026-11-28T10:00:00+09:00"));
  g_assert_true (buntan_date_time_is_valid ("2026-11-28T01:00:00Z"));
  /* Without a time zone the moment differs between machines. */
  g_assert_false (buntan_date_time_is_valid ("2026-11-28T10:00:00"));
  g_assert_false (buntan_date_time_is_valid ("2026-11-28"));
  g_assert_false (buntan_date_time_is_valid ("2026-11-31T10:00:00+09:00"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/date/valid", test_valid_dates);
  g_test_add_func ("/buntan/date/impossible", test_impossible_dates);
  g_test_add_func ("/buntan/date/round-trip", test_round_trip);
  g_test_add_func ("/buntan/date/today", test_today);
  g_test_add_func ("/buntan/date/date-times", test_date_times);

  return g_test_run ();
}
