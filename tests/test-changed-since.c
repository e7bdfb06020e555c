/* test-changed-since.c — the items changed since 第N版, the meeting walk through them, and the
 * contracts due for renewal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

typedef void (*ChangeFunc) (BuntanProject *project, BuntanItem *item);

/* cli-complete.buntan has no gaps: version 1 is agreed as it is. */
static BuntanProject *
load_agreed (void)
{
  BuntanProject *project = buntan_test_load_fixture ("cli-complete.buntan");
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (buntan_project_agree_version (project, "2026-04-01", NULL, FALSE, &error));
  g_assert_no_error (error);
  return project;
}

/* The changed items' ids, sorted and joined by spaces. */
static int
compare_ids (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

static char *
dup_changed_ids (BuntanProject *project, guint version)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) items =
    buntan_changed_since_dup_items (buntan_project_get_changed_since (project), version, &error);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer       id;

  g_assert_no_error (error);
  g_assert_nonnull (items);
  g_hash_table_iter_init (&iter, items);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_ptr_array_add (ids, id);
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}

static void
change_owner (BuntanProject *project, BuntanItem *item)
{
  buntan_project_set_item_owner (project, item, "v2");
}

static void
change_participants (BuntanProject *project, BuntanItem *item)
{
  const char *const participants[] = { "hospital", "v2", NULL };

  buntan_item_set_participants (item, participants);
}

static void
change_informed (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_informed_party (item, "v2", TRUE);
}

static void
change_status (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_DISCUSSING);
}

static void
change_vendor_check (BuntanProject *project, BuntanItem *item)
{
  buntan_check_set_result (buntan_item_ensure_check (item, "v1"), BUNTAN_CHECK_RESULT_YES);
}

static void
change_first_check (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_first_check (item, BUNTAN_CHECK_RESULT_YES);
}

static void
change_clause (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_clause (item, "第12条");
}

static void
change_agreed_terms (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_agreed_terms (item, "年1回の点検を保守契約に含める");
}

static void
change_note (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_note (item, "次回の協議で確認");
}

static void
change_title (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_title (item, "ガイドラインへの準拠（改）");
}

static void
change_content (BuntanProject *project, BuntanItem *item)
{
  buntan_item_set_content (item, "準拠の範囲を契約書に書く");
}

/* Each field kind the issue names, one at a time, shows P2-A-1 alone as
 * changed; before the change nothing is. */
static void
test_each_field (gconstpointer data)
{
  ChangeFunc change = (ChangeFunc) data;
  g_autoptr (BuntanProject) project = load_agreed ();
  g_autofree char *before = dup_changed_ids (project, 1);
  g_autofree char *after = NULL;

  g_assert_cmpstr (before, ==, "");
  change (project, buntan_project_find_item (project, "P2-A-1"));
  after = dup_changed_ids (project, 1);
  g_assert_cmpstr (after, ==, "P2-A-1");
}

/* A new item counts as changed; the set is one table until the project
 * changes, a new one after it; a change put back is no change. */
static void
test_added_item_and_cache (void)
{
  g_autoptr (BuntanProject) project = load_agreed ();
  BuntanChangedSince *changed = buntan_project_get_changed_since (project);
  g_autoptr (GHashTable) first = buntan_changed_since_dup_items (changed, 1, NULL);
  g_autoptr (GHashTable) again = buntan_changed_since_dup_items (changed, 1, NULL);
  g_autoptr (GHashTable) later = NULL;
  BuntanItem *added;

  g_assert_true (changed == buntan_project_get_changed_since (project));
  g_assert_true (first == again);

  added = buntan_project_add_custom_item (project, 2, "A", "共通");
  buntan_item_set_note (buntan_project_find_item (project, "P2-C-1"), "追記");
  later = buntan_changed_since_dup_items (changed, 1, NULL);
  g_assert_true (later != first);
  g_assert_true (buntan_changed_since_contains (changed, 1, buntan_item_get_id (added)));
  g_assert_true (buntan_changed_since_contains (changed, 1, "P2-C-1"));
  g_assert_false (buntan_changed_since_contains (changed, 1, "P2-A-1"));
  g_assert_cmpuint (g_hash_table_size (later), ==, 2);

  buntan_item_set_note (buntan_project_find_item (project, "P2-C-1"), "");
  g_assert_false (buntan_changed_since_contains (changed, 1, "P2-C-1"));
}

/* The default is the version in force: none before an agreement, the
 * latest after, the one before it once the latest is withdrawn. A version
 * that does not exist is an error, not an empty set. */
static void
test_default_version (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-complete.buntan");
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) missing = NULL;

  g_assert_cmpuint (buntan_changed_since_get_default_version (project), ==, 0);
  g_assert_nonnull (buntan_project_agree_version (project, "2026-04-01", NULL, FALSE, NULL));
  buntan_item_set_clause (buntan_project_find_item (project, "P2-A-2"), "第3条");
  g_assert_nonnull (buntan_project_agree_version (project, "2026-05-01", NULL, FALSE, NULL));
  g_assert_cmpuint (buntan_changed_since_get_default_version (project), ==, 2);

  /* Since 第1版 the clause changed; since 第2版 nothing. */
  g_assert_true (
    buntan_changed_since_contains (buntan_project_get_changed_since (project), 1, "P2-A-2"));
  g_assert_false (
    buntan_changed_since_contains (buntan_project_get_changed_since (project), 2, "P2-A-2"));

  g_assert_true (buntan_project_withdraw_version (project, 2, "2026-05-02", "誤り", NULL));
  g_assert_cmpuint (buntan_changed_since_get_default_version (project), ==, 1);

  missing = buntan_changed_since_dup_items (buntan_project_get_changed_since (project), 7, &error);
  g_assert_null (missing);
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_FOUND);
}

/* The walk through the changed items goes through both Parts in order,
 * is offered once a version is in force, and keeps the items it started
 * with. */
static void
test_walk_changed (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-complete.buntan");
  g_auto (GStrv) before = buntan_meeting_walk_list (project);
  g_auto (GStrv) after = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GPtrArray) empty = NULL;
  g_autofree char *label = NULL;

  g_assert_false (g_strv_contains ((const char *const *) before, "changed:1"));
  g_assert_false (buntan_meeting_walk_is_valid (project, "changed:1"));

  g_assert_nonnull (buntan_project_agree_version (project, "2026-04-01", NULL, FALSE, NULL));
  after = buntan_meeting_walk_list (project);
  g_assert_cmpstr (after[3], ==, "changed:1");
  g_assert_true (buntan_meeting_walk_is_valid (project, "changed:1"));
  g_assert_false (buntan_meeting_walk_is_valid (project, "changed:2"));
  g_assert_false (buntan_meeting_walk_is_valid (project, "changed:x"));
  label = buntan_meeting_walk_dup_label (project, "changed:1");
  g_assert_cmpstr (label, ==, "Only items changed since version 1");

  empty = buntan_meeting_walk_items (project, "changed:1", NULL);
  g_assert_cmpuint (empty->len, ==, 0);

  buntan_item_set_note (buntan_project_find_item (project, "P2-C-1"), "確認済み");
  buntan_item_set_clause (buntan_project_find_item (project, "P1-A-2"), "第1条");
  items = buntan_meeting_walk_items (project, "changed:1", NULL);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (buntan_item_get_id (g_ptr_array_index (items, 0)), ==, "P1-A-2");
  g_assert_cmpstr (buntan_item_get_id (g_ptr_array_index (items, 1)), ==, "P2-C-1");

  /* Settled again, the walk started still holds both. */
  buntan_item_set_note (buntan_project_find_item (project, "P2-C-1"), "");
  g_assert_cmpuint (items->len, ==, 2);
}

static BuntanContract *
add_contract (BuntanProject *project, const char *party_id, const char *renewal, const char *end)
{
  BuntanParty    *party = buntan_project_find_party (project, party_id);
  BuntanContract *contract = buntan_party_add_contract (party, BUNTAN_CONTRACT_KIND_MAINTENANCE);

  buntan_contract_set_renewal (contract, renewal);
  buntan_contract_set_end (contract, end);
  return contract;
}

/* Due: the renewal date (or, without one, the end) from today to 90 days
 * on, both included; past dates and later ones are not; soonest first. */
static void
test_due_renewals (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-complete.buntan");
  g_autoptr (GPtrArray) due = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *ends = NULL;
  GListModel      *parties = buntan_project_get_parties (project);

  /* The migrated contracts name no dates: nothing is due. */
  none = buntan_project_dup_due_renewals (project, "2026-11-02", BUNTAN_DUE_RENEWAL_DAYS);
  g_assert_cmpuint (none->len, ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      GListModel *contracts = buntan_party_get_contracts (party);

      while (g_list_model_get_n_items (contracts) > 0)
        {
          g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, 0);

          buntan_party_remove_contract (party, contract);
        }
    }

  add_contract (project, "v1", "2027-01-31", "2027-03-31"); /* renews in 90 days */
  add_contract (project, "v2", NULL, "2026-12-01");         /* ends in 29 days */
  add_contract (project, "v2", "2027-02-01", NULL);         /* in 91 days */
  add_contract (project, "v1", "2026-11-01", NULL);         /* yesterday */
  add_contract (project, "hospital", "2026-11-10", NULL);   /* not a vendor's */

  due = buntan_project_dup_due_renewals (project, "2026-11-02", BUNTAN_DUE_RENEWAL_DAYS);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpstr (buntan_contract_get_due_date (g_ptr_array_index (due, 0)), ==, "2026-12-01");
  g_assert_cmpstr (buntan_contract_get_due_date (g_ptr_array_index (due, 1)), ==, "2027-01-31");

  ends = buntan_contract_describe_due (g_ptr_array_index (due, 0));
  g_assert_cmpstr (ends, ==,
                   "株式会社にほへとクラウド's contract (Operation and maintenance) ends on "
                   "2026-12-01.");
  sentence = buntan_contract_describe_due (g_ptr_array_index (due, 1));
  g_assert_cmpstr (sentence, ==,
                   "株式会社いろは保守's contract (Operation and maintenance) renews on "
                   "2027-01-31.");

  /* A day later the end date of 2027-03-31 is still outside, the renewal
   * of 2027-02-01 inside. */
  g_ptr_array_unref (due);
  due = buntan_project_dup_due_renewals (project, "2026-11-03", BUNTAN_DUE_RENEWAL_DAYS);
  g_assert_cmpuint (due->len, ==, 3);
  g_assert_cmpstr (buntan_contract_get_due_date (g_ptr_array_index (due, 2)), ==, "2027-02-01");
}

/* BUNTAN_TODAY fixes the day buntan_date_today() says. */
static void
test_injected_today (void)
{
  g_autofree char *today = NULL;
  g_autofree char *invalid = NULL;

  g_setenv ("BUNTAN_TODAY", "2027-01-05", TRUE);
  today = buntan_date_today ();
  g_assert_cmpstr (today, ==, "2027-01-05");
  g_setenv ("BUNTAN_TODAY", "2027-02-30", TRUE);
  invalid = buntan_date_today ();
  g_assert_cmpstr (invalid, !=, "2027-02-30");
  g_assert_true (buntan_date_is_valid (invalid));
  g_unsetenv ("BUNTAN_TODAY");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/buntan/changed-since/field/owner", change_owner, test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/participants", change_participants,
                        test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/informed", change_informed, test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/status", change_status, test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/vendor-check", change_vendor_check,
                        test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/first-check", change_first_check,
                        test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/clause", change_clause, test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/agreed-terms", change_agreed_terms,
                        test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/note", change_note, test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/title", change_title, test_each_field);
  g_test_add_data_func ("/buntan/changed-since/field/content", change_content, test_each_field);
  g_test_add_func ("/buntan/changed-since/added-and-cache", test_added_item_and_cache);
  g_test_add_func ("/buntan/changed-since/default-version", test_default_version);
  g_test_add_func ("/buntan/changed-since/walk", test_walk_changed);
  g_test_add_func ("/buntan/changed-since/due-renewals", test_due_renewals);
  g_test_add_func ("/buntan/changed-since/injected-today", test_injected_today);

  return g_test_run ();
}
