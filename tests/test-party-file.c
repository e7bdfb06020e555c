/* test-party-file.c — format 2's party members: read, refused, migrated from v1, written, undone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *words;
} Refusal;

/* Each fixture differs from parties-v2.buntan by one mistake. */
static const Refusal refusals[] = {
  { "load-bad-party-contract-kind.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "party 2, contract 2, kind", "“lease”" },
  { "load-bad-party-contract-no-id.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER,
    "party 2, contract 2", "“id” is missing" },
  { "load-bad-party-contract-same-id.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID,
    "party 2, contract 2, id", "“c1” is used twice" },
  { "load-bad-party-contract-end.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE,
    "party 2, contract 1, end date", "“2027-02-30” is not a real date" },
  { "load-bad-party-contract-systems.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE,
    "party 2, contract 1, systems", "list" },
  { "load-bad-party-contracts-object.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "party 3, contracts",
    "expected a list" },
  { "load-bad-party-safety-manager-date.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE,
    "party 1, safety manager, date of appointment", "“令和8年4月1日”" },
  { "load-bad-party-safety-manager-text.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE,
    "party 1, safety manager", "expected an object" },
  { "load-bad-party-vendor-safety-manager.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "party 2, safety manager", "only the hospital" },
  { "load-bad-party-short-name-number.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE,
    "party 2, short name", "expected text, found a number" },
  { "load-bad-party-hospital-contracts.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "party 1, contracts", "only vendors" },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal   *refusal = data;
  g_autofree char *path = buntan_test_fixture_path (refusal->fixture);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, refusal->code);
  /* "FILE: where: what", the place in words. */
  g_assert_true (g_str_has_prefix (error->message, name));
  if (strstr (error->message, refusal->place) == NULL ||
      strstr (error->message, refusal->words) == NULL)
    g_error ("unexpected message: %s", error->message);
}

static JsonObject *
save_and_parse (BuntanProject *project, const char *dir, JsonParser *parser)
{
  g_autofree char *path = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
party_object (JsonObject *root, guint index)
{
  return json_array_get_object_element (json_object_get_array_member (root, "parties"), index);
}

static void
assert_v2_values (BuntanProject *project)
{
  BuntanParty    *hospital = buntan_project_get_hospital (project);
  BuntanParty    *vendor = buntan_project_find_party (project, "v1");
  BuntanContract *first, *second;
  const char     *systems[] = { "レセコン", "院内サーバ", NULL };

  g_assert_cmpstr (buntan_party_get_short_name (hospital), ==, "テスト");
  g_assert_cmpstr (buntan_party_get_address (hospital), ==, "東京都テスト区1-1");
  g_assert_cmpstr (buntan_party_get_representative (hospital), ==, "院長 山田 太郎");
  g_assert_cmpstr (buntan_party_get_safety_manager_name (hospital), ==, "佐藤 花子");
  g_assert_cmpstr (buntan_party_get_safety_manager_title (hospital), ==, "事務長");
  g_assert_cmpstr (buntan_party_get_safety_manager_appointed (hospital), ==, "2026-04-01");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_party_get_contracts (hospital)), ==, 0);

  g_assert_cmpstr (buntan_party_get_short_name (vendor), ==, "A社");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_party_get_contracts (vendor)), ==, 2);
  first = buntan_party_find_contract (vendor, "c1");
  g_assert_cmpint (buntan_contract_get_kind (first), ==, BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_cmpstr (buntan_contract_get_title (first), ==, "レセコン保守契約");
  g_assert_cmpstr (buntan_contract_get_number (first), ==, "M-001");
  g_assert_cmpstr (buntan_contract_get_signed (first), ==, "2026-03-01");
  g_assert_cmpstr (buntan_contract_get_start (first), ==, "2026-04-01");
  g_assert_cmpstr (buntan_contract_get_end (first), ==, "2027-03-31");
  g_assert_cmpstr (buntan_contract_get_renewal (first), ==, "2027-03-31");
  g_assert_true (g_strv_equal (buntan_contract_get_systems (first), systems));
  g_assert_true (buntan_contract_get_party (first) == vendor);
  second = buntan_party_find_contract (vendor, "c2");
  g_assert_cmpint (buntan_contract_get_kind (second), ==, BUNTAN_CONTRACT_KIND_CLOUD);
  g_assert_null (buntan_contract_get_renewal (second));

  g_assert_true (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_CLOUD));
  g_assert_false (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_DEVELOPMENT));
  /* v2 has no stored short name: the derived one shows. */
  g_assert_cmpstr (buntan_party_get_stored_short_name (buntan_project_find_party (project, "v2")),
                   ==, "");
  g_assert_cmpstr (buntan_party_get_short_name (buntan_project_find_party (project, "v2")), ==,
                   "B");
}

static void
test_v2_round_trip (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("parties-v2.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.buntan", NULL);
  JsonObject      *root, *hospital, *manager, *vendor, *contract;

  assert_v2_values (project);
  /* Nothing to tell about parties that already have the new members: the
   * one note is that P2-A-1's version 1 first check became v1's. */
  g_assert_nonnull (strstr (buntan_project_get_migration_notes (project)[0], "P2-A-1"));
  g_assert_null (buntan_project_get_migration_notes (project)[1]);

  root = save_and_parse (project, dir, parser);
  g_assert_false (json_object_has_member (root, "organization"));
  hospital = party_object (root, 0);
  g_assert_cmpstr (json_object_get_string_member (hospital, "short_name"), ==, "テスト");
  g_assert_cmpstr (json_object_get_string_member (hospital, "address"), ==, "東京都テスト区1-1");
  g_assert_cmpstr (json_object_get_string_member (hospital, "representative"), ==,
                   "院長 山田 太郎");
  g_assert_false (json_object_has_member (hospital, "contracts"));
  manager = json_object_get_object_member (hospital, "safety_manager");
  g_assert_cmpstr (json_object_get_string_member (manager, "name"), ==, "佐藤 花子");
  g_assert_cmpstr (json_object_get_string_member (manager, "title"), ==, "事務長");
  g_assert_cmpstr (json_object_get_string_member (manager, "appointed"), ==, "2026-04-01");

  vendor = party_object (root, 1);
  g_assert_false (json_object_has_member (vendor, "contract"));
  g_assert_false (json_object_has_member (vendor, "renewal_date"));
  g_assert_false (json_object_has_member (vendor, "safety_manager"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (vendor, "contracts")), ==,
                    2);
  contract = json_array_get_object_element (json_object_get_array_member (vendor, "contracts"), 0);
  g_assert_cmpstr (json_object_get_string_member (contract, "id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (contract, "kind"), ==, "maintenance");
  g_assert_cmpstr (json_object_get_string_member (contract, "title"), ==, "レセコン保守契約");
  g_assert_cmpstr (json_object_get_string_member (contract, "number"), ==, "M-001");
  g_assert_cmpstr (json_object_get_string_member (contract, "signed"), ==, "2026-03-01");
  g_assert_cmpstr (json_object_get_string_member (contract, "start"), ==, "2026-04-01");
  g_assert_cmpstr (json_object_get_string_member (contract, "end"), ==, "2027-03-31");
  g_assert_cmpstr (json_object_get_string_member (contract, "renewal"), ==, "2027-03-31");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (contract,
                                                                                "systems"),
                                                  1),
                   ==, "院内サーバ");

  reloaded = buntan_test_load_path (path);
  assert_v2_values (reloaded);
  buntan_test_remove_dir (dir);
}

/* A v1 file: the contract kind and renewal date become contract c1, the
 * organization names the hospital party that had no name; the saved file
 * has the new members and none of the old ones. */
static void
test_v1_migration (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("parties-v1-migrate.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char   *dir = buntan_test_make_dir ();
  g_autofree char   *path = g_build_filename (dir, "saved.buntan", NULL);
  BuntanParty       *v1 = buntan_project_find_party (project, "v1");
  BuntanParty       *v2 = buntan_project_find_party (project, "v2");
  BuntanContract    *contract;
  const char *const *notes = buntan_project_get_migration_notes (project);
  JsonObject        *root, *saved_v1, *saved_contract;

  g_assert_cmpstr (buntan_party_get_name (buntan_project_get_hospital (project)), ==,
                   "医療法人 テスト会");
  g_assert_cmpstr (buntan_project_get_organization (project), ==, "医療法人 テスト会");
  g_assert_false (buntan_project_get_is_modified (project));

  g_assert_cmpuint (g_list_model_get_n_items (buntan_party_get_contracts (v1)), ==, 1);
  contract = buntan_party_find_contract (v1, "c1");
  g_assert_cmpint (buntan_contract_get_kind (contract), ==, BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_cmpstr (buntan_contract_get_renewal (contract), ==, "2027-03-31");
  g_assert_cmpint (buntan_contract_get_kind (buntan_party_find_contract (v2, "c1")), ==,
                   BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  g_assert_null (buntan_contract_get_renewal (buntan_party_find_contract (v2, "c1")));
  g_assert_cmpuint (g_list_model_get_n_items (
                      buntan_party_get_contracts (buntan_project_get_hospital (project))),
                    ==, 0);

  /* One note for every vendor's contract, none for the organization that
   * only filled an empty name; one more says P2-A-1's first check became
   * v1's. */
  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "first contract"));
  g_assert_nonnull (notes[1]);
  g_assert_nonnull (strstr (notes[1], "P2-A-1"));
  g_assert_null (notes[2]);

  /* Edits after migration round-trip too. */
  buntan_contract_set_title (contract, "保守契約書");
  buntan_contract_set_start (contract, "2024-04-01");
  buntan_party_set_address (v1, "大阪府A市");
  root = save_and_parse (project, dir, parser);
  g_assert_false (json_object_has_member (root, "organization"));
  g_assert_cmpstr (json_object_get_string_member (party_object (root, 0), "name"), ==,
                   "医療法人 テスト会");
  saved_v1 = party_object (root, 1);
  g_assert_false (json_object_has_member (saved_v1, "contract"));
  g_assert_false (json_object_has_member (saved_v1, "renewal_date"));
  g_assert_cmpstr (json_object_get_string_member (saved_v1, "address"), ==, "大阪府A市");
  saved_contract =
    json_array_get_object_element (json_object_get_array_member (saved_v1, "contracts"), 0);
  g_assert_cmpstr (json_object_get_string_member (saved_contract, "id"), ==, "c1");
  g_assert_cmpstr (json_object_get_string_member (saved_contract, "kind"), ==, "maintenance");
  g_assert_cmpstr (json_object_get_string_member (saved_contract, "title"), ==, "保守契約書");
  g_assert_cmpstr (json_object_get_string_member (saved_contract, "start"), ==, "2024-04-01");
  g_assert_cmpstr (json_object_get_string_member (saved_contract, "renewal"), ==, "2027-03-31");

  reloaded = buntan_test_load_path (path);
  g_assert_null (buntan_project_get_migration_notes (reloaded)[0]);
  g_assert_cmpstr (buntan_contract_get_title (
                     buntan_party_find_contract (buntan_project_find_party (reloaded, "v1"), "c1")),
                   ==, "保守契約書");
  buntan_test_remove_dir (dir);
}

/* Both names given and different: the party's stays, and the user hears
 * which one was dropped. */
static void
test_v1_two_names (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("parties-v1-two-names.buntan");
  const char *const *notes = buntan_project_get_migration_notes (project);
  gboolean           told = FALSE;

  g_assert_cmpstr (buntan_project_get_hospital_name (project), ==, "テスト病院");
  for (guint i = 0; notes[i] != NULL; i++)
    told |= strstr (notes[i], "医療法人 テスト会 テスト病院") != NULL &&
            strstr (notes[i], "“テスト病院” was kept") != NULL;
  g_assert_true (told);
}

/* Every v1 fixture that loads still loads, and what it says survives a save
 * and a reload. */
static void
test_v1_fixtures_open (void)
{
  static const char *const fixtures[] = {
    "load-valid.buntan", "load-rich.buntan",    "cli-complete.buntan", "cli-gaps.buntan",
    "cli-rich.buntan",   "export-marks.buntan", "counts-agree.buntan", "filter-counts.buntan",
  };
  g_autofree char *dir = buntan_test_make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr (BuntanProject) project = buntan_test_load_fixture (fixtures[i]);
      g_autoptr (BuntanProject) reloaded = NULL;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autofree char *path = g_build_filename (dir, "saved.buntan", NULL);
      g_autofree char *before = buntan_project_dup_fingerprint (project);
      g_autofree char *after = NULL;

      save_and_parse (project, dir, parser);
      reloaded = buntan_test_load_path (path);
      after = buntan_project_dup_fingerprint (reloaded);
      g_assert_cmpstr (before, ==, after);
      g_assert_cmpstr (buntan_project_get_hospital_name (reloaded), ==,
                       buntan_project_get_hospital_name (project));
    }
  buntan_test_remove_dir (dir);
}

/* Adding, editing and removing contracts are steps of the history, like
 * every other edit; a vendor removed and brought back keeps its contracts
 * tracked. */
static void
test_contract_undo (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("parties-v2.buntan");
  BuntanHistory  *history = buntan_project_get_history (project);
  BuntanParty    *vendor = buntan_project_find_party (project, "v2");
  GListModel     *contracts = buntan_party_get_contracts (vendor);
  BuntanContract *added, *first;

  added = buntan_party_add_contract (vendor, BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_cmpstr (buntan_contract_get_id (added), ==, "c2");
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);

  buntan_contract_set_kind (added, BUNTAN_CONTRACT_KIND_CLOUD);
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpint (buntan_contract_get_kind (added), ==, BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 1);
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_true (buntan_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);
  g_assert_true (buntan_history_redo (history));
  g_assert_cmpint (buntan_contract_get_kind (added), ==, BUNTAN_CONTRACT_KIND_CLOUD);

  first = buntan_party_find_contract (vendor, "c1");
  g_assert_true (buntan_party_remove_contract (vendor, first));
  g_assert_null (buntan_party_find_contract (vendor, "c1"));
  g_assert_true (buntan_history_undo (history));
  g_assert_true (buntan_party_find_contract (vendor, "c1") == first);
  g_assert_true (g_list_model_get_item (contracts, 0) == (gpointer) first);
  g_object_unref (first);

  /* Removing the vendor and undoing it: its contracts' edits are still
   * recorded, once each. */
  g_assert_true (buntan_project_remove_vendor (project, "v2", NULL, NULL));
  g_assert_true (buntan_history_undo (history));
  buntan_contract_set_title (first, "開発契約");
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_contract_get_title (first), ==, "");
  g_assert_true (buntan_history_redo (history));
  g_assert_cmpstr (buntan_contract_get_title (first), ==, "開発契約");
  g_assert_false (buntan_history_get_can_redo (history));
}

static void
test_covers_contract_kind (void)
{
  g_autoptr (BuntanParty) vendor = buntan_party_new ("v1", BUNTAN_PARTY_KIND_VENDOR, "株式会社A");
  BuntanContract *contract;

  /* No contract covers nothing. */
  g_assert_false (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_MAINTENANCE));
  contract = buntan_party_add_contract (vendor, BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  g_assert_true (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_DEVELOPMENT));
  g_assert_false (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_MAINTENANCE));
  /* A contract of kind "other" may cover anything. */
  buntan_contract_set_kind (contract, BUNTAN_CONTRACT_KIND_OTHER);
  g_assert_true (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_MAINTENANCE));
  g_assert_true (buntan_party_remove_contract (vendor, contract));
  g_assert_false (buntan_party_covers_contract_kind (vendor, BUNTAN_CONTRACT_KIND_OTHER));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path =
        g_strdup_printf ("/buntan/party-file/refuse/%.*s",
                         (int) (strlen (refusals[i].fixture) - strlen ("load-bad-party-.buntan")),
                         refusals[i].fixture + strlen ("load-bad-party-"));

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/buntan/party-file/v2-round-trip", test_v2_round_trip);
  g_test_add_func ("/buntan/party-file/v1-migration", test_v1_migration);
  g_test_add_func ("/buntan/party-file/v1-two-names", test_v1_two_names);
  g_test_add_func ("/buntan/party-file/v1-fixtures-open", test_v1_fixtures_open);
  g_test_add_func ("/buntan/party-file/contract-undo", test_contract_undo);
  g_test_add_func ("/buntan/party-file/covers-contract-kind", test_covers_contract_kind);

  return g_test_run ();
}
