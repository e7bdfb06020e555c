/* test-warnings.c — the warnings about contracts: a vendor ◎ outside its contracts, a vendor
 * without a contract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-test-util.h"

static BuntanWarning *
find_warning (BuntanOverview   *overview,
              BuntanWarningKind kind,
              const char       *item_id,
              const char       *party_id)
{
  GPtrArray *warnings = buntan_overview_get_warnings (overview);

  for (guint i = 0; i < warnings->len; i++)
    {
      BuntanWarning *warning = g_ptr_array_index (warnings, i);

      if (buntan_warning_get_kind (warning) == kind &&
          g_strcmp0 (buntan_warning_get_item_id (warning), item_id) == 0 &&
          g_strcmp0 (buntan_warning_get_party_id (warning), party_id) == 0)
        return warning;
    }

  return NULL;
}

static void
test_lead_outside_contracts (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  BuntanItem      *item = buntan_project_find_item (project, "P2-A-1");
  BuntanParty     *v1 = buntan_project_find_party (project, "v1");
  const char      *cloud[] = { "cloud", NULL };
  guint            n_gaps = buntan_overview_get_gaps (overview)->len;
  BuntanWarning   *warning;
  g_autofree char *long_text = NULL;
  g_autofree char *workbook = NULL;

  /* v1 holds a maintenance contract and P2-A-1 concerns maintenance. */
  g_assert_null (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-1", "v1"));

  buntan_item_set_applies_to (item, cloud);
  warning = find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-1", "v1");
  g_assert_nonnull (warning);
  g_assert_cmpuint (buntan_overview_get_gaps (overview)->len, ==, n_gaps);
  g_assert_false (buntan_overview_item_has_gap (overview, "P2-A-1"));
  g_assert_cmpstr (buntan_warning_kind_to_string (buntan_warning_get_kind (warning)), ==,
                   "lead-outside-contracts");
  long_text = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_LONG);
  g_assert_true (g_str_has_prefix (long_text, "P2-A-1 "));
  g_assert_nonnull (strstr (long_text, "株式会社A"));
  workbook = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_WORKBOOK);
  g_assert_nonnull (strstr (workbook, "株式会社Aが主担当"));

  /* An item that does not apply concerns no contract. */
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_null (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-1", "v1"));
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_nonnull (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-1", "v1"));

  /* A second contract, for the cloud, covers it. */
  buntan_party_add_contract (v1, BUNTAN_CONTRACT_KIND_CLOUD);
  g_assert_null (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-1", "v1"));
}

/* 各事業者（個別）: every participant leads, each judged by its own contracts. */
static void
test_each_vendor_by_its_own_contracts (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  BuntanItem *item = buntan_project_find_item (project, "P2-A-2");
  const char *development[] = { "development", NULL };

  buntan_item_set_owner (item, BUNTAN_OWNER_EACH);
  buntan_item_set_applies_to (item, development);
  g_assert_nonnull (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-2", "v1"));
  g_assert_null (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-2", "v2"));
}

static void
test_vendor_without_contract (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  BuntanParty *v2 = buntan_project_find_party (project, "v2");
  BuntanItem  *item = buntan_project_find_item (project, "P2-A-2");
  const char  *cloud[] = { "cloud", NULL };
  guint        n_gaps = buntan_overview_get_gaps (overview)->len;
  g_autoptr (BuntanContract) contract = g_list_model_get_item (buntan_party_get_contracts (v2), 0);
  BuntanWarning   *warning;
  g_autofree char *long_text = NULL;
  g_autofree char *workbook = NULL;

  g_assert_null (find_warning (overview, BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT, NULL, "v2"));
  g_assert_true (buntan_party_remove_contract (v2, contract));

  warning = find_warning (overview, BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT, NULL, "v2");
  g_assert_nonnull (warning);
  g_assert_cmpuint (buntan_overview_get_gaps (overview)->len, ==, n_gaps);
  g_assert_cmpstr (buntan_warning_kind_to_string (BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT), ==,
                   "vendor-without-contract");
  long_text = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_LONG);
  g_assert_nonnull (strstr (long_text, "株式会社B"));
  workbook = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_WORKBOOK);
  g_assert_cmpstr (workbook, ==, "株式会社Bの契約が登録されていません。");

  /* The hospital holds no contract and is never warned about; a vendor
   * without any contract is not also warned about each item it leads. */
  g_assert_null (
    find_warning (overview, BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT, NULL, "hospital"));
  buntan_item_set_applies_to (item, cloud);
  g_assert_null (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-2", "v2"));
  g_assert_nonnull (
    find_warning (overview, BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS, "P2-A-2", "v1"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/warnings/lead-outside-contracts", test_lead_outside_contracts);
  g_test_add_func ("/buntan/warnings/each-vendor-by-its-own-contracts",
                   test_each_vendor_by_its_own_contracts);
  g_test_add_func ("/buntan/warnings/vendor-without-contract", test_vendor_without_contract);

  return g_test_run ();
}
