/* test-item-checks.c — format 2's item members: checks per vendor, △, applies_to, "each"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-project-private.h"
#include "buntan-test-util.h"

static BuntanItem *
find_item (BuntanProject *project, const char *id)
{
  BuntanItem *item = buntan_project_find_item (project, id);

  g_assert_nonnull (item);
  return item;
}

static void
test_load (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanItem  *item = find_item (project, "P2-A-1");
  BuntanCheck *check;
  const char  *informed[] = { "v2", NULL };
  const char  *kinds[] = { "maintenance", "cloud", NULL };
  g_auto (GStrv) confirming = NULL;

  g_assert_cmpstr (buntan_item_get_official_ref (item), ==, "(2)-A-1");
  g_assert_cmpstr (buntan_item_get_agreed_terms (item), ==, "ログを1年間保管する");
  g_assert_cmpstr (buntan_item_get_target (item), ==, "2027-01-31");
  g_assert_true (g_strv_equal (buntan_item_get_informed (item), informed));
  g_assert_true (g_strv_equal (buntan_item_get_applies_to (item), kinds));
  g_assert_true (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_CLOUD));
  g_assert_true (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_OTHER));
  g_assert_false (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_DEVELOPMENT));
  g_assert_cmpint (buntan_item_get_mark (item, "v1"), ==, BUNTAN_MARK_LEAD);
  g_assert_cmpint (buntan_item_get_mark (item, "hospital"), ==, BUNTAN_MARK_SUPPORT);
  g_assert_cmpint (buntan_item_get_mark (item, "v2"), ==, BUNTAN_MARK_INFORMED);
  g_assert_false (buntan_item_involves (item, "v2"));

  /* △ parties do not confirm: only v1 should. */
  confirming = buntan_item_dup_confirming_parties (item, project);
  g_assert_cmpuint (g_strv_length (confirming), ==, 1);
  g_assert_cmpstr (confirming[0], ==, "v1");

  g_assert_cmpuint (g_list_model_get_n_items (buntan_item_get_checks (item)), ==, 2);
  check = buntan_item_find_check (item, "v1");
  g_assert_nonnull (check);
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpstr (buntan_check_get_date (check), ==, "2026-11-01");
  g_assert_cmpstr (buntan_check_get_completed (check), ==, "2026-11-20");
  g_assert_cmpstr (buntan_check_get_target (check), ==, "2026-12-01");
  g_assert_cmpstr (buntan_check_get_agreed (check), ==, "2026-11-21");
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (item, "v2")), ==,
                   BUNTAN_CHECK_RESULT_YES);
}

/* Saved, read back with json-glib (not our reader), and loaded again. */
static void
test_round_trip (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanProject) again = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  g_autofree char *data_again = NULL;
  JsonObject      *item;
  JsonArray       *checks;
  gsize            length = 0;

  data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);
  g_assert_true (json_parser_load_from_data (parser, data, (gssize) length, NULL));
  item =
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (
                                                                   json_parser_get_root (parser)),
                                                                 "items"),
                                   1);
  g_assert_cmpstr (json_object_get_string_member (item, "official_ref"), ==, "(2)-A-1");
  g_assert_cmpstr (json_object_get_string_member (item, "agreed_terms"), ==, "ログを1年間保管する");
  g_assert_cmpstr (json_object_get_string_member (item, "target"), ==, "2027-01-31");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (item, "informed"),
                                                  0),
                   ==, "v2");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (item, "applies_to"),
                                                  1),
                   ==, "cloud");
  checks = json_object_get_array_member (item, "checks");
  /* The stale check of v2 (only △ now) is kept. */
  g_assert_cmpuint (json_array_get_length (checks), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 0),
                                                  "agreed"),
                   ==, "2026-11-21");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_array_get_object_element (checks, 1),
                                                    "first_check"),
                     "result"),
                   ==, "yes");
  /* Items that use none of the new members do not get them. */
  item =
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (
                                                                   json_parser_get_root (parser)),
                                                                 "items"),
                                   2);
  g_assert_false (json_object_has_member (item, "checks"));
  g_assert_false (json_object_has_member (item, "informed"));

  bytes = g_bytes_new (data, length);
  again = buntan_project_new_from_bytes (bytes, "again.buntan", NULL);
  g_assert_nonnull (again);
  data_again = buntan_project_to_data (again, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (data_again, ==, data);
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *words;
} Refusal;

static const Refusal refusals[] = {
  { "load-bad-item-informed.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
    "item P2-A-1, informed parties (1)", "“v9”" },
  { "load-bad-item-check-party.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
    "item P2-A-1, vendor check 2, party", "“v9”" },
  { "load-bad-item-check-duplicate.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID,
    "item P2-A-1, vendor check 2, party", "second check" },
  { "load-bad-item-check-result.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "item P2-A-1, vendor check 2, first check result", "“maybe”" },
  { "load-bad-item-check-date.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE,
    "item P2-A-1, vendor check 1, completion date", "“2026-02-30”" },
  { "load-bad-item-target.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "item P2-A-1, target date",
    "“2027-13-01”" },
  { "load-bad-item-applies-to.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "item P2-A-1, contract kinds it applies to (2)", "“hosting”" },
};

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (refusal->fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autofree char *place = g_strdup_printf ("%s: %s: ", refusal->fixture, refusal->place);

  project = buntan_project_new_from_bytes (bytes, refusal->fixture, &error);
  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, refusal->code);
  g_assert_true (g_str_has_prefix (error->message, place));
  g_assert_nonnull (strstr (error->message, refusal->words));
}

/* A check is made on demand; its values are steps of the history. */
static void
test_undo (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = find_item (project, "P2-A-2");
  BuntanCheck   *check;

  g_assert_null (buntan_item_find_check (item, "v2"));
  check = buntan_item_ensure_check (item, "v2");
  g_assert_true (buntan_item_ensure_check (item, "v2") == check);
  g_assert_false (buntan_history_get_can_undo (history));

  buntan_check_set_result (check, BUNTAN_CHECK_RESULT_NO);
  buntan_check_set_target (check, "2027-03-31");
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_true (buntan_history_undo (history));
  g_assert_null (buntan_check_get_target (check));
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_true (buntan_check_is_empty (check));
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_true (buntan_history_redo (history));
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);

  /* The new members of the item itself are undone too. */
  buntan_item_set_agreed_terms (item, "ログを5年間保管する");
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_agreed_terms (item), ==, "");
}

static gboolean
has_gap (GPtrArray *gaps, BuntanGapRule rule, const char *item_id, const char *party_id)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap *gap = g_ptr_array_index (gaps, i);

      if (buntan_gap_get_rule (gap) == rule &&
          g_strcmp0 (buntan_gap_get_item_id (gap), item_id) == 0 &&
          g_strcmp0 (buntan_gap_get_party_id (gap), party_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_gaps_and_warnings (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  BuntanItem      *item = find_item (project, "P2-A-1");
  BuntanItem      *joint = find_item (project, "P2-A-2");
  GPtrArray       *warnings;
  const char      *one[] = { "v1", NULL };
  g_autofree char *sentence = NULL;
  g_autofree char *workbook = NULL;

  /* v2 is only △ on P2-A-1 but has a check: a warning, not a gap. */
  warnings = buntan_overview_get_warnings (overview);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpint (buntan_warning_get_kind (g_ptr_array_index (warnings, 0)), ==,
                   BUNTAN_WARNING_KIND_STALE_CHECK);
  g_assert_cmpstr (buntan_warning_get_party_id (g_ptr_array_index (warnings, 0)), ==, "v2");
  g_assert_cmpstr (buntan_warning_get_item_id (g_ptr_array_index (warnings, 0)), ==, "P2-A-1");
  g_assert_false (buntan_overview_item_has_gap (overview, "P2-A-1"));

  /* v1 said いいえ; without its 完了日 the agreed item has a gap of v1. */
  buntan_check_set_completed (buntan_item_find_check (item, "v1"), NULL);
  g_assert_true (has_gap (buntan_overview_get_gaps (overview),
                          BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION, "P2-A-1", "v1"));
  workbook = buntan_gap_describe (g_ptr_array_index (buntan_overview_get_gaps (overview), 0),
                                  BUNTAN_GAP_TEXT_WORKBOOK);
  g_assert_nonnull (strstr (workbook, "株式会社A"));

  /* 各事業者（個別） with one party is a gap; every participant leads. */
  buntan_item_set_owner (joint, BUNTAN_OWNER_EACH);
  g_assert_cmpint (buntan_item_get_mark (joint, "v2"), ==, BUNTAN_MARK_LEAD);
  g_assert_false (
    has_gap (buntan_overview_get_gaps (overview), BUNTAN_GAP_RULE_EACH_TOO_FEW, "P2-A-2", NULL));
  buntan_item_set_participants (joint, one);
  g_assert_true (
    has_gap (buntan_overview_get_gaps (overview), BUNTAN_GAP_RULE_EACH_TOO_FEW, "P2-A-2", NULL));

  /* Making v2 ○ again resolves the stale check. */
  buntan_item_set_participant (item, "v2", TRUE);
  g_assert_cmpuint (buntan_overview_get_warnings (overview)->len, ==, 0);
  buntan_item_set_participant (item, "v2", FALSE);
  sentence =
    buntan_warning_describe (g_ptr_array_index (buntan_overview_get_warnings (overview), 0),
                             BUNTAN_GAP_TEXT_LONG);
  g_assert_true (g_str_has_prefix (sentence, "P2-A-1 "));
}

/* v1's item-level first check moves to the vendors' checks as the file is
 * read. */
static void
test_migration (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("load-valid.buntan");
  g_autoptr (BuntanProject) again = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char   *data = NULL;
  BuntanItem        *item;
  BuntanCheck       *check;
  const char *const *notes;

  item = find_item (project, "P2-A-1");
  check = buntan_item_find_check (item, "v1");
  g_assert_nonnull (check);
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpstr (buntan_check_get_date (check), ==, "2026-11-01");
  g_assert_cmpstr (buntan_check_get_completed (check), ==, "2026-11-20");
  /* The hospital (○ here) is no vendor: it gets no check. */
  g_assert_null (buntan_item_find_check (item, "hospital"));
  g_assert_cmpint (buntan_item_get_first_check (item), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_null (buntan_item_get_first_check_date (item));
  g_assert_null (buntan_item_get_completed (item));
  /* Both sharers of the joint item had an unset check: nothing to move. */
  g_assert_cmpuint (g_list_model_get_n_items (
                      buntan_item_get_checks (find_item (project, "P2-A-2"))),
                    ==, 0);
  /* Part 1 keeps its item-level first check. */
  g_assert_cmpint (buntan_item_get_first_check (find_item (project, "P1-A-1")), ==,
                   BUNTAN_CHECK_RESULT_YES);

  /* One note among those of the other v1 migrations (a vendor's contract)
   * names the items whose checks moved. */
  notes = buntan_project_get_migration_notes (project);
  g_assert_nonnull (notes);
  {
    guint moved = 0;

    for (guint i = 0; notes[i] != NULL; i++)
      {
        moved += strstr (notes[i], "P2-A-1") != NULL;
        g_assert_null (strstr (notes[i], "P2-A-2"));
      }
    g_assert_cmpuint (moved, ==, 1);
  }

  /* The migrated project round-trips, and moving again finds nothing. */
  data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  bytes = g_bytes_new (data, strlen (data));
  again = buntan_project_new_from_bytes (bytes, "migrated.buntan", NULL);
  g_assert_nonnull (again);
  _buntan_project_migrate_first_checks (again);
  g_assert_null (buntan_project_get_migration_notes (again)[0]);
  check = buntan_item_find_check (find_item (again, "P2-A-1"), "v1");
  g_assert_nonnull (check);
  g_assert_cmpstr (buntan_check_get_completed (check), ==, "2026-11-20");
}

/* The bundled checklist says which contract kinds its items concern, and a
 * new project keeps it. */
static void
test_template_applies_to (void)
{
  g_autoptr (BuntanTemplate) template = buntan_template_lookup ("buntan-default", NULL);
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("template-bad-applies-to.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) bad = NULL;
  const char *development[] = { "development", NULL };
  BuntanItem *item;

  g_assert_nonnull (template);
  project = buntan_project_new_from_template (template);
  item = find_item (project, "P2-B-1");
  g_assert_true (g_strv_equal (buntan_item_get_applies_to (item), development));
  g_assert_false (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_MAINTENANCE));
  item = find_item (project, "P2-C-1");
  g_assert_true (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_MAINTENANCE));
  g_assert_false (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_DEVELOPMENT));
  /* Most common items name every kind (2026.12-1 names them on every item). */
  for (BuntanContractKind kind = BUNTAN_CONTRACT_KIND_DEVELOPMENT;
       kind <= BUNTAN_CONTRACT_KIND_OTHER; kind++)
    {
      g_assert_true (buntan_item_applies_to_kind (find_item (project, "P2-A-1"), kind));
      g_assert_true (buntan_item_applies_to_kind (find_item (project, "P2-D-1"), kind));
    }

  bad = buntan_template_new_from_bytes (bytes, "template-bad-applies-to.json", &error);
  g_assert_null (bad);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "contract kinds it applies to (2)"));
  g_assert_nonnull (strstr (error->message, "“saas”"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/item-checks/load", test_load);
  g_test_add_func ("/buntan/item-checks/round-trip", test_round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path =
        g_strdup_printf ("/buntan/item-checks/refuse/%s", refusals[i].fixture);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }
  g_test_add_func ("/buntan/item-checks/undo", test_undo);
  g_test_add_func ("/buntan/item-checks/gaps-and-warnings", test_gaps_and_warnings);
  g_test_add_func ("/buntan/item-checks/migration", test_migration);
  g_test_add_func ("/buntan/item-checks/template-applies-to", test_template_applies_to);

  return g_test_run ();
}
