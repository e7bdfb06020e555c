/* buntan-check-summary.c — what the vendors' checks of one item add up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Part lists show one short cell per item; an item that several vendors
 * confirm has several answers. They are summed up here, once, so the list
 * and its tooltip never word them differently.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-check-summary.h"
#include "buntan-core.h"

static BuntanCheck *
find_check (BuntanItem *item, const char *party_id)
{
  return buntan_item_find_check (item, party_id);
}

/**
 * buntan_check_summary_dup_vendors:
 * @item: an item
 * @project: the project that holds the item's parties
 *
 * The vendors whose checks stand for the item's first check: its ◎ and ○
 * vendors. A version 1 file's item-level check on such an item became
 * theirs when it was read.
 *
 * Returns: (transfer full): the vendors' ids, empty when the item-level
 *   first check is the one to show
 */
GStrv
buntan_check_summary_dup_vendors (BuntanItem *item, BuntanProject *project)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  return buntan_item_dup_confirming_parties (item, project);
}

/**
 * buntan_check_summary_dup_result:
 * @item: an item
 * @project: the project that holds the item's parties
 *
 * A "No" needs the meeting's attention first, so it wins: "No 1/2" when one
 * of two confirming vendors answered no, "Yes 2/2" when both said yes,
 * "Yes 1/2" while the other has not answered. An item no vendor confirms
 * shows its own first check.
 *
 * Returns: (transfer full): the short text of the first-check column
 */
char *
buntan_check_summary_dup_result (BuntanItem *item, BuntanProject *project)
{
  g_auto (GStrv) vendors = NULL;
  guint n_vendors;
  guint n_yes = 0;
  guint n_no = 0;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  vendors = buntan_check_summary_dup_vendors (item, project);
  n_vendors = g_strv_length (vendors);
  if (n_vendors == 0)
    return g_strdup (buntan_check_result_get_label (buntan_item_get_first_check (item)));

  for (guint i = 0; i < n_vendors; i++)
    {
      BuntanCheck      *check = find_check (item, vendors[i]);
      BuntanCheckResult result =
        check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET;

      n_yes += result == BUNTAN_CHECK_RESULT_YES;
      n_no += result == BUNTAN_CHECK_RESULT_NO;
    }

  if (n_no > 0)
    /* TRANSLATORS: a first-check answer, how many vendors gave it and how
     * many confirm the item: "No 1/2" */
    return g_strdup_printf (_ ("%s %u/%u"), buntan_check_result_get_label (BUNTAN_CHECK_RESULT_NO),
                            n_no, n_vendors);
  if (n_yes > 0)
    return g_strdup_printf (_ ("%s %u/%u"), buntan_check_result_get_label (BUNTAN_CHECK_RESULT_YES),
                            n_yes, n_vendors);

  return g_strdup (buntan_check_result_get_label (BUNTAN_CHECK_RESULT_UNSET));
}

/**
 * buntan_check_summary_dup_completed:
 * @item: an item
 * @project: the project that holds the item's parties
 *
 * An item is complete when the last of its vendors has completed it: the
 * latest date once all have one, "—" while some have one and some not,
 * nothing while none has. An item no vendor confirms shows its own date.
 *
 * Returns: (transfer full) (nullable): the text of the completed column
 */
char *
buntan_check_summary_dup_completed (BuntanItem *item, BuntanProject *project)
{
  g_auto (GStrv) vendors = NULL;
  const char *latest = NULL;
  guint       n_missing = 0;
  guint       n_vendors;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  vendors = buntan_check_summary_dup_vendors (item, project);
  n_vendors = g_strv_length (vendors);
  if (n_vendors == 0)
    return g_strdup (buntan_item_get_completed (item));

  for (guint i = 0; i < n_vendors; i++)
    {
      BuntanCheck *check = find_check (item, vendors[i]);
      const char  *completed = check != NULL ? buntan_check_get_completed (check) : NULL;

      /* Dates are ISO 8601: they sort as text. */
      if (completed == NULL)
        n_missing++;
      else if (latest == NULL || strcmp (completed, latest) > 0)
        latest = completed;
    }

  if (n_missing == n_vendors)
    return NULL;
  if (n_missing > 0)
    return g_strdup ("—");
  return g_strdup (latest);
}

/**
 * buntan_check_summary_dup_details:
 * @item: an item
 * @project: the project that holds the item's parties
 *
 * One line per confirming vendor, its short name first, for the tooltip and
 * the accessible text of the summary cells.
 *
 * Returns: (transfer full) (nullable): the lines, or %NULL for an item no
 *   vendor confirms
 */
char *
buntan_check_summary_dup_details (BuntanItem *item, BuntanProject *project)
{
  g_autoptr (GString) details = NULL;
  g_auto (GStrv) vendors = NULL;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  vendors = buntan_check_summary_dup_vendors (item, project);
  if (vendors[0] == NULL)
    return NULL;

  details = g_string_new (NULL);
  for (guint i = 0; vendors[i] != NULL; i++)
    {
      BuntanParty      *party = buntan_project_find_party (project, vendors[i]);
      BuntanCheck      *check = find_check (item, vendors[i]);
      BuntanCheckResult result =
        check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET;
      const char *date = check != NULL ? buntan_check_get_date (check) : NULL;
      const char *completed = check != NULL ? buntan_check_get_completed (check) : NULL;

      if (details->len > 0)
        g_string_append_c (details, '\n');
      /* TRANSLATORS: a vendor's short name and its first-check answer: "Acme: Yes" */
      g_string_append_printf (details, _ ("%s: %s"),
                              party != NULL ? buntan_party_get_short_name (party) : vendors[i],
                              buntan_check_result_get_label (result));
      if (date != NULL)
        /* TRANSLATORS: appended to a vendor's answer: when it was given */
        g_string_append_printf (details, _ (", checked %s"), date);
      if (completed != NULL)
        /* TRANSLATORS: appended to a vendor's answer: when it completed the item */
        g_string_append_printf (details, _ (", completed %s"), completed);
    }

  return g_string_free (g_steal_pointer (&details), FALSE);
}
