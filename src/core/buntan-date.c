/* buntan-date.c — calendar dates as the file format writes them (YYYY-MM-DD)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-date.h"

/* Only the exact form YYYY-MM-DD is accepted: g_date_set_parse() would also
 * take "1/2/3" in the process locale, which a contract cannot rely on. */
GDate *
buntan_date_parse (const char *text)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10)
    return NULL;

  for (guint i = 0; i < 10; i++)
    {
      gboolean dash_expected = (i == 4 || i == 7);

      if (dash_expected ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return NULL;
    }

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  if (year < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

gboolean
buntan_date_is_valid (const char *text)
{
  GDate *date = buntan_date_parse (text);

  if (date == NULL)
    return FALSE;

  g_date_free (date);
  return TRUE;
}

char *
buntan_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

/* BUNTAN_TODAY=YYYY-MM-DD fixes the day, so that tests of what depends on
 * it (renewals due, dates filled in) need not wait for a calendar. */
char *
buntan_date_today (void)
{
  const char *fixed = g_getenv ("BUNTAN_TODAY");
  g_autoptr (GDateTime) now = NULL;

  if (fixed != NULL && buntan_date_is_valid (fixed))
    return g_strdup (fixed);

  now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
buntan_date_time_is_valid (const char *text)
{
  g_autoptr (GDateTime) parsed = NULL;

  if (text == NULL)
    return FALSE;

  /* A time without an offset would mean different moments on different machines. */
  parsed = g_date_time_new_from_iso8601 (text, NULL);
  return parsed != NULL && strlen (text) >= 19 && text[10] == 'T';
}

char *
buntan_date_time_now (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * buntan_date_time_dup_source_epoch:
 *
 * SOURCE_DATE_EPOCH, the convention of reproducible builds, pins the date
 * every exported document prints (the workbook, the questionnaire, the
 * PDFs) for tests and for re-issuing a document. One strict reading serves
 * them all, so that a bad value never makes two documents disagree.
 *
 * Returns: (transfer full) (nullable): the moment SOURCE_DATE_EPOCH names in
 *   UTC, or %NULL when it is unset or not a number of seconds
 */
GDateTime *
buntan_date_time_dup_source_epoch (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64     seconds;

  if (epoch == NULL || !g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    return NULL;

  return g_date_time_new_from_unix_utc ((gint64) seconds);
}

/**
 * buntan_date_dup_export_date:
 *
 * Returns: (transfer full): the date an exported document prints, YYYY-MM-DD:
 *   SOURCE_DATE_EPOCH's day when it is set, else today
 */
char *
buntan_date_dup_export_date (void)
{
  g_autoptr (GDateTime) pinned = buntan_date_time_dup_source_epoch ();

  if (pinned == NULL)
    return buntan_date_today ();

  return g_date_time_format (pinned, "%Y-%m-%d");
}

/* The first day of each era since the Gregorian calendar came to Japan
 * (1873, in 明治 6), newest first. */
static const struct
{
  const char *name;
  guint       year, month, day;
} eras[] = {
  { "令和", 2019, 5, 1 },  { "平成", 1989, 1, 8 },  { "昭和", 1926, 12, 25 },
  { "大正", 1912, 7, 30 }, { "明治", 1868, 1, 25 },
};

/**
 * buntan_date_dup_wareki:
 * @text: a date as YYYY-MM-DD
 *
 * The date in the Japanese era calendar (和暦), as contracts print it:
 * 「令和8年12月7日」, the first year of an era as 元年 (「令和元年5月1日」).
 * Dates before 明治 6 (1873), when Japan took the Gregorian calendar, have
 * no era date in this calendar and are refused.
 *
 * Returns: (transfer full) (nullable): the era date, or %NULL when @text
 *   is not a date or is older than 1873
 */
char *
buntan_date_dup_wareki (const char *text)
{
  g_autoptr (GDate) date = buntan_date_parse (text);
  guint year, month, day;

  if (date == NULL)
    return NULL;

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);
  if (year < 1873)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
    {
      guint era_year;

      if (year < eras[i].year || (year == eras[i].year && month < eras[i].month) ||
          (year == eras[i].year && month == eras[i].month && day < eras[i].day))
        continue;

      era_year = year - eras[i].year + 1;
      if (era_year == 1)
        return g_strdup_printf ("%s元年%u月%u日", eras[i].name, month, day);
      return g_strdup_printf ("%s%u年%u月%u日", eras[i].name, era_year, month, day);
    }

  g_assert_not_reached ();
}
