/* test-printed.c — what a document prints, and its fingerprint (issue 16)
 *
 * The fingerprint must change with every member a document prints and with
 * nothing else: each test edits one member of f2-items-valid.buntan (v1 and
 * v2 share P2-A-1 and P2-A-2; v1 holds a maintenance contract) and compares.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-printed.h"
#include "buntan-test-util.h"

typedef void (*Edit) (BuntanProject *project);

static char *
dup_fingerprint (BuntanProject *project, const char *vendor_id, const char *contract_id)
{
  BuntanExportOptions options = { .vendor_id = vendor_id, .contract_id = contract_id };
  g_autoptr (GError) error = NULL;
  char *fingerprint = buntan_printed_dup_fingerprint_for (project, &options, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (fingerprint), ==, 64);
  return fingerprint;
}

static BuntanItem *
item (BuntanProject *project, const char *id)
{
  BuntanItem *found = buntan_project_find_item (project, id);

  g_assert_nonnull (found);
  return found;
}

static BuntanCheck *
check (BuntanProject *project, const char *item_id, const char *party_id)
{
  BuntanCheck *found = buntan_item_find_check (item (project, item_id), party_id);

  g_assert_nonnull (found);
  return found;
}

static BuntanContract *
first_contract (BuntanProject *project, const char *party_id)
{
  GListModel *contracts =
    buntan_party_get_contracts (buntan_project_find_party (project, party_id));
  g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, 0);

  g_assert_nonnull (contract);
  return contract; /* the party keeps its reference */
}

/* Whether @edit changes the fingerprint of the internal workbook (vendor
 * %NULL) or of @vendor_id's appendix. */
static gboolean
edit_changes_fingerprint (Edit edit, const char *vendor_id)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autofree char *before = dup_fingerprint (project, vendor_id, NULL);
  g_autofree char *after = NULL;

  edit (project);
  after = dup_fingerprint (project, vendor_id, NULL);
  return g_strcmp0 (before, after) != 0;
}

/* Whether @edit changes the project's file at all: an edit that the
 * fingerprint ignores must still be a real change, or the test proves
 * nothing. */
static gboolean
edit_changes_file (Edit edit)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autofree char *before = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_autofree char *after = NULL;

  edit (project);
  after = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  return g_strcmp0 (before, after) != 0;
}

static void
edit_official_ref (BuntanProject *project)
{
  buntan_item_set_official_ref (item (project, "P2-A-1"), "(2)-A-9");
}

static void
edit_agreed_terms (BuntanProject *project)
{
  buntan_item_set_agreed_terms (item (project, "P2-A-1"), "ログを5年間保管する");
}

static void
edit_own_check_result (BuntanProject *project)
{
  buntan_check_set_result (check (project, "P2-A-1", "v1"), BUNTAN_CHECK_RESULT_YES);
}

static void
edit_own_check_date (BuntanProject *project)
{
  buntan_check_set_date (check (project, "P2-A-1", "v1"), "2026-11-03");
}

static void
edit_own_check_target (BuntanProject *project)
{
  buntan_check_set_target (check (project, "P2-A-1", "v1"), "2026-12-24");
}

static void
edit_own_check_completed (BuntanProject *project)
{
  buntan_check_set_completed (check (project, "P2-A-1", "v1"), "2026-11-30");
}

static void
edit_contract_title (BuntanProject *project)
{
  buntan_contract_set_title (first_contract (project, "v1"), "保守契約（第2期）");
}

static void
edit_contract_renewal (BuntanProject *project)
{
  buntan_contract_set_renewal (first_contract (project, "v1"), "2028-03-31");
}

static void
edit_other_vendor_contract (BuntanProject *project)
{
  buntan_contract_set_title (first_contract (project, "v2"), "開発契約（追加）");
}

static void
edit_other_vendor_note (BuntanProject *project)
{
  buntan_party_set_note (buntan_project_find_party (project, "v2"), "社内向けの覚え書き");
}

static void
edit_other_vendor_contact (BuntanProject *project)
{
  buntan_party_set_contact (buntan_project_find_party (project, "v2"), "03-0000-0000");
}

/* v2 only is kept informed of P2-A-1 and confirms P2-A-2 with v1. */
static void
edit_other_vendor_check (BuntanProject *project)
{
  BuntanCheck *other = buntan_item_ensure_check (item (project, "P2-A-2"), "v2");

  buntan_check_set_result (other, BUNTAN_CHECK_RESULT_NO);
  buntan_check_set_target (other, "2027-02-01");
}

static void
edit_risk (BuntanProject *project)
{
  buntan_item_set_risk (item (project, "P2-A-1"), "漏えいのおそれ");
}

static void
test_printed_members_change (void)
{
  const Edit edits[] = {
    edit_official_ref,     edit_agreed_terms,        edit_own_check_result, edit_own_check_date,
    edit_own_check_target, edit_own_check_completed, edit_contract_title,   edit_contract_renewal,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_test_message ("edit %u", i);
      g_assert_true (edit_changes_fingerprint (edits[i], NULL));
      g_assert_true (edit_changes_fingerprint (edits[i], "v1"));
    }

  /* The internal workbook prints every vendor's checks and contracts. */
  g_assert_true (edit_changes_fingerprint (edit_other_vendor_check, NULL));
  g_assert_true (edit_changes_fingerprint (edit_other_vendor_contract, NULL));
}

static void
test_unprinted_members_keep (void)
{
  const Edit edits[] = {
    edit_other_vendor_note,
    edit_other_vendor_contact,
    edit_other_vendor_check,
    edit_other_vendor_contract,
    edit_risk,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_test_message ("edit %u", i);
      g_assert_true (edit_changes_file (edits[i]));
      g_assert_false (edit_changes_fingerprint (edits[i], "v1"));
    }
  /* Contacts, notes about parties and guidance are in no document. */
  g_assert_false (edit_changes_fingerprint (edit_other_vendor_note, NULL));
  g_assert_false (edit_changes_fingerprint (edit_risk, NULL));
}

/* The export date is printed but never fingerprinted. */
static void
test_export_date_keeps (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_setenv ("SOURCE_DATE_EPOCH", "1780000000", TRUE);
  first = dup_fingerprint (project, "v1", NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "1790000000", TRUE);
  second = dup_fingerprint (project, "v1", NULL);
  g_unsetenv ("SOURCE_DATE_EPOCH");

  g_assert_cmpstr (first, ==, second);
}

/* P2-A-1 applies to maintenance and cloud contracts, P2-A-2 to every kind. */
static void
test_item_concerns_contract (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanParty       *v1 = buntan_project_find_party (project, "v1");
  BuntanContract    *maintenance = first_contract (project, "v1");
  BuntanContract    *development = buntan_party_add_contract (v1, BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  BuntanContract    *other = buntan_party_add_contract (v1, BUNTAN_CONTRACT_KIND_OTHER);
  BuntanPrintedScope scope;
  BuntanExportOptions options = { .vendor_id = "v1" };
  g_autofree char    *every = NULL;
  g_autofree char    *limited = NULL;

  g_assert_cmpint (buntan_contract_get_kind (maintenance), ==, BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_true (buntan_printed_item_concerns_contract (item (project, "P2-A-1"), maintenance));
  g_assert_false (buntan_printed_item_concerns_contract (item (project, "P2-A-1"), development));
  g_assert_true (buntan_printed_item_concerns_contract (item (project, "P2-A-1"), other));
  g_assert_true (buntan_printed_item_concerns_contract (item (project, "P2-A-2"), development));

  options.contract_id = buntan_contract_get_id (development);
  g_assert_true (buntan_printed_scope_init (&scope, project, &options, NULL));
  g_assert_false (buntan_printed_scope_shows_item (&scope, item (project, "P2-A-1")));
  g_assert_true (buntan_printed_scope_shows_item (&scope, item (project, "P2-A-2")));
  g_assert_false (buntan_printed_scope_shows_contract (&scope, maintenance));

  /* The appendix for one contract is another document than the vendor's whole one. */
  every = dup_fingerprint (project, "v1", NULL);
  limited = dup_fingerprint (project, "v1", buntan_contract_get_id (development));
  g_assert_cmpstr (every, !=, limited);
}

/* In v1's appendix only v1's own check of P2-A-1 is printed. */
static void
test_check_parties (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanPrintedScope  scope;
  BuntanExportOptions internal = { 0 };
  BuntanExportOptions appendix = { .vendor_id = "v1" };
  g_auto (GStrv) all = NULL;
  g_auto (GStrv) own = NULL;

  g_assert_true (buntan_printed_scope_init (&scope, project, &internal, NULL));
  all = buntan_printed_dup_check_parties (&scope, item (project, "P2-A-1"));
  g_assert_true (buntan_printed_scope_init (&scope, project, &appendix, NULL));
  own = buntan_printed_dup_check_parties (&scope, item (project, "P2-A-1"));

  g_assert_nonnull (all);
  g_assert_true (g_strv_contains ((const char *const *) all, "v1"));
  g_assert_nonnull (own);
  g_assert_cmpuint (g_strv_length (own), ==, 1);
  g_assert_cmpstr (own[0], ==, "v1");
}

/* The era boundaries contracts meet: the last day of 平成 and the first
 * of 令和, 元年 for an era's first year, and the older eras. */
static void
test_wareki (void)
{
  const struct
  {
    const char *date;
    const char *wareki;
  } cases[] = {
    { "2019-04-30", "平成31年4月30日" },  { "2019-05-01", "令和元年5月1日" },
    { "2019-12-31", "令和元年12月31日" }, { "2020-01-01", "令和2年1月1日" },
    { "2026-12-07", "令和8年12月7日" },   { "1989-01-07", "昭和64年1月7日" },
    { "1989-01-08", "平成元年1月8日" },   { "1926-12-24", "大正15年12月24日" },
    { "1926-12-25", "昭和元年12月25日" }, { "1912-07-30", "大正元年7月30日" },
    { "1873-01-01", "明治6年1月1日" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *wareki = buntan_date_dup_wareki (cases[i].date);

      g_assert_cmpstr (wareki, ==, cases[i].wareki);
    }
  g_assert_null (buntan_date_dup_wareki ("1872-12-31"));
  g_assert_null (buntan_date_dup_wareki ("2019-02-30"));
  g_assert_null (buntan_date_dup_wareki (NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/printed/fingerprint/printed-members-change",
                   test_printed_members_change);
  g_test_add_func ("/buntan/printed/fingerprint/unprinted-members-keep",
                   test_unprinted_members_keep);
  g_test_add_func ("/buntan/printed/fingerprint/export-date-keeps", test_export_date_keeps);
  g_test_add_func ("/buntan/printed/item-concerns-contract", test_item_concerns_contract);
  g_test_add_func ("/buntan/printed/check-parties", test_check_parties);
  g_test_add_func ("/buntan/date/wareki", test_wareki);

  return g_test_run ();
}
