/* buntan-due-renewal.c — the vendors' contracts that renew or end soon
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15: the vendors whose contracts renew within 90 days are pointed
 * out when the project opens, so that their renewal round starts in time.
 * A contract's renewal date says when it renews; one without it (a fixed
 * term) comes up for renewal when it ends.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "buntan-core.h"

/**
 * buntan_contract_get_due_date:
 * @contract: a vendor's contract
 *
 * Returns: (nullable): the contract's renewal date, or its end date when it
 *   names no renewal; %NULL when it names neither
 */
const char *
buntan_contract_get_due_date (BuntanContract *contract)
{
  const char *renewal;

  g_return_val_if_fail (BUNTAN_IS_CONTRACT (contract), NULL);

  renewal = buntan_contract_get_renewal (contract);
  if (renewal != NULL && *renewal != '\0')
    return renewal;

  return buntan_contract_get_end (contract) != NULL && *buntan_contract_get_end (contract) != '\0'
           ? buntan_contract_get_end (contract)
           : NULL;
}

static int
compare_due_dates (gconstpointer a, gconstpointer b)
{
  BuntanContract *first = *(BuntanContract **) a;
  BuntanContract *second = *(BuntanContract **) b;

  return g_strcmp0 (buntan_contract_get_due_date (first), buntan_contract_get_due_date (second));
}

/**
 * buntan_project_dup_due_renewals:
 * @project: a project
 * @today: the day to count from, YYYY-MM-DD (buntan_date_today(), or a
 *   fixed day in tests)
 * @days: how many days ahead (#BUNTAN_DUE_RENEWAL_DAYS)
 *
 * The vendors' contracts whose due date (buntan_contract_get_due_date())
 * falls from @today to @days days after it, both included. A date already
 * past is not due: that renewal happened, or the contract ended.
 *
 * Returns: (transfer full) (element-type BuntanContract): the contracts,
 *   the soonest first (in the parties' order on the same day)
 */
GPtrArray *
buntan_project_dup_due_renewals (BuntanProject *project, const char *today, guint days)
{
  GPtrArray *due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GDate) start = NULL;
  g_autofree char *last = NULL;
  GListModel      *parties;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), due);
  g_return_val_if_fail (buntan_date_is_valid (today), due);

  start = buntan_date_parse (today);
  g_date_add_days (start, days);
  last = buntan_date_format (start);

  parties = buntan_project_get_parties (project);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      GListModel *contracts;

      if (buntan_party_is_hospital (party))
        continue;

      contracts = buntan_party_get_contracts (party);
      for (guint j = 0; j < g_list_model_get_n_items (contracts); j++)
        {
          g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, j);
          const char *date = buntan_contract_get_due_date (contract);

          /* Dates as YYYY-MM-DD compare as text. */
          if (date != NULL && buntan_date_is_valid (date) && strcmp (date, today) >= 0 &&
              strcmp (date, last) <= 0)
            g_ptr_array_add (due, g_steal_pointer (&contract));
        }
    }

  /* Stable: on the same day the parties keep their order. */
  g_ptr_array_sort (due, compare_due_dates);
  return due;
}

/**
 * buntan_contract_describe_due:
 * @contract: a vendor's contract with a due date
 *
 * Returns: (transfer full): a sentence saying whose contract renews (or
 *   ends) on which day, for the reminder when the project opens
 */
char *
buntan_contract_describe_due (BuntanContract *contract)
{
  BuntanParty *party;
  const char  *name = NULL;
  const char  *title;
  const char  *what;

  g_return_val_if_fail (BUNTAN_IS_CONTRACT (contract), NULL);
  g_return_val_if_fail (buntan_contract_get_due_date (contract) != NULL, NULL);

  party = buntan_contract_get_party (contract);
  if (party != NULL)
    name = *buntan_party_get_name (party) != '\0' ? buntan_party_get_name (party)
                                                  : buntan_party_get_id (party);
  title = buntan_contract_get_title (contract);
  what = title != NULL && *title != '\0'
           ? title
           : buntan_contract_kind_get_label (buntan_contract_get_kind (contract));

  if (buntan_contract_get_renewal (contract) != NULL &&
      *buntan_contract_get_renewal (contract) != '\0')
    /* TRANSLATORS: a vendor's name, its contract's title or kind, a date:
     * "ひかり's contract (Operation and maintenance) renews on 2027-01-31." */
    return g_strdup_printf (_ ("%s's contract (%s) renews on %s."), name != NULL ? name : "", what,
                            buntan_contract_get_renewal (contract));

  /* TRANSLATORS: a vendor's name, its contract's title or kind, a date */
  return g_strdup_printf (_ ("%s's contract (%s) ends on %s."), name != NULL ? name : "", what,
                          buntan_contract_get_end (contract));
}
