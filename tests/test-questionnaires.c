/* test-questionnaires.c — the questionnaires sent to vendors: the file, the workbook's record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook itself is read back with openpyxl in tests/cli/test-questionnaire.py.
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

#define FINGERPRINT_V1 "c3fc32a80ce1410f886a1d2864692cc68b25844a3606549da5e68f01220dca33"

static BuntanProject *
save_and_reload (BuntanProject *project, const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  return buntan_test_load_path (path);
}

static JsonNode *
dup_member (BuntanProject *project, const char *member)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  gsize            length = 0;
  JsonObject      *root;

  text = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);
  g_assert_true (json_parser_load_from_data (parser, text, (gssize) length, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  return json_object_has_member (root, member)
           ? json_node_copy (json_object_get_member (root, member))
           : NULL;
}

/* Every member is read as written, what came back included; an item that
 * is not (or no longer) in the project stays in the record of what was asked. */
static void
test_load (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("questionnaire-valid.buntan");
  GListModel          *questionnaires = buntan_project_get_questionnaires (project);
  const char *const    first_items[] = { "P2-A-1", "P2-A-2", NULL };
  const char *const    second_items[] = { "P2-A-2", "P2-Z-9", NULL };
  BuntanQuestionnaire *first, *second;

  g_assert_cmpuint (g_list_model_get_n_items (questionnaires), ==, 2);
  first = buntan_project_find_questionnaire (project, "3f0c8a52-1111-4e5b-9a9e-0c5a5f1d2b01");
  second = buntan_project_find_questionnaire (project, "3f0c8a52-2222-4e5b-9a9e-0c5a5f1d2b02");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_null (buntan_project_find_questionnaire (project, "none"));

  g_assert_cmpstr (buntan_questionnaire_get_party (first), ==, "v1");
  g_assert_cmpstr (buntan_questionnaire_get_sent (first), ==, "2026-12-01");
  g_assert_cmpstr (buntan_questionnaire_get_fingerprint (first), ==, FINGERPRINT_V1);
  g_assert_cmpstrv (buntan_questionnaire_get_items (first), first_items);
  g_assert_cmpstr (buntan_questionnaire_get_received (first), ==, "2026-12-10");
  g_assert_cmpstr (buntan_questionnaire_get_file (first), ==, "回答依頼_ことり.xlsx");

  g_assert_cmpstr (buntan_questionnaire_get_party (second), ==, "v2");
  g_assert_cmpstr (buntan_questionnaire_get_sent (second), ==, "2026-12-01T10:00:00+09:00");
  g_assert_cmpstrv (buntan_questionnaire_get_items (second), second_items);
  g_assert_null (buntan_questionnaire_get_received (second));
  g_assert_null (buntan_questionnaire_get_file (second));
  g_assert_false (buntan_project_get_is_modified (project));
}

/* Saved and read again, the list is the same JSON, the unknown member of a
 * newer Buntan included; a project without questionnaires writes none. */
static void
test_round_trip (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("questionnaire-valid.buntan");
  g_autoptr (BuntanProject) plain = buntan_test_load_fixture ("cli-rich.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (JsonNode) before = dup_member (project, "questionnaires");
  g_autoptr (JsonNode) after = NULL;
  g_autoptr (JsonNode) none = dup_member (plain, "questionnaires");
  g_autofree char *dir = buntan_test_make_dir ();
  JsonObject      *first;

  reloaded = save_and_reload (project, dir, "round-trip.buntan");
  after = dup_member (reloaded, "questionnaires");
  g_assert_nonnull (before);
  g_assert_true (json_node_equal (before, after));
  first = json_array_get_object_element (json_node_get_array (after), 0);
  g_assert_cmpstr (json_object_get_string_member (first, "reviewed_by"), ==, "情報システム室");
  g_assert_null (none);
}

/* Removing a vendor that was sent a questionnaire leaves its record out
 * of the saved file, which opens again (a record naming no party would be
 * refused); the other vendor's record stays. */
static void
test_removed_vendor (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("questionnaire-valid.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autoptr (JsonNode) after = NULL;
  JsonArray *records;

  g_assert_true (buntan_project_remove_vendor (project, "v2", NULL, &error));
  g_assert_no_error (error);
  reloaded = save_and_reload (project, dir, "removed.buntan");
  after = dup_member (reloaded, "questionnaires");
  records = json_node_get_array (after);
  g_assert_cmpuint (json_array_get_length (records), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (records, 0),
                                                  "party"),
                   ==, "v1");
  buntan_test_remove_dir (dir);
}

/* The workbook's record: the vendor, the date, the fingerprint of the
 * vendor's appendix and the rows asked; recorded only when added, and
 * then saved and read back. */
static void
test_export_records (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-rich.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (BuntanQuestionnaire) questionnaire = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "q.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  BuntanExportOptions        appendix = { .vendor_id = "v1" };
  BuntanQuestionnaireOptions options = { .vendor_id = "v1", .sent = "2026-12-07" };
  g_autofree char     *fingerprint = buntan_printed_dup_fingerprint_for (project, &appendix, NULL);
  const char *const    items[] = { "P2-A-1", "P2-A-2", NULL };
  BuntanQuestionnaire *found;

  /* A real SHA-256, so that the comparisons below never compare two NULLs. */
  g_assert_nonnull (fingerprint);
  g_assert_cmpuint (strlen (fingerprint), ==, 64);

  questionnaire = buntan_export_questionnaire (project, file, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (questionnaire);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_uuid_string_is_valid (buntan_questionnaire_get_id (questionnaire)));
  g_assert_cmpstr (buntan_questionnaire_get_party (questionnaire), ==, "v1");
  g_assert_cmpstr (buntan_questionnaire_get_sent (questionnaire), ==, "2026-12-07");
  g_assert_cmpstr (buntan_questionnaire_get_fingerprint (questionnaire), ==, fingerprint);
  g_assert_cmpstrv (buntan_questionnaire_get_items (questionnaire), items);

  /* Writing the workbook alone changes nothing in the project. */
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_questionnaires (project)), ==, 0);
  g_assert_false (buntan_project_get_is_modified (project));
  buntan_project_add_questionnaire (project, questionnaire);
  g_assert_true (buntan_project_get_is_modified (project));

  reloaded = save_and_reload (project, dir, "sent.buntan");
  found = buntan_project_find_questionnaire (reloaded, buntan_questionnaire_get_id (questionnaire));
  g_assert_nonnull (found);
  g_assert_cmpstr (buntan_questionnaire_get_fingerprint (found), ==, fingerprint);
  g_assert_cmpstrv (buntan_questionnaire_get_items (found), items);
  g_assert_null (buntan_questionnaire_get_received (found));

  /* A record is history: it does not change what the appendix prints. */
  {
    g_autofree char *after = buntan_printed_dup_fingerprint_for (reloaded, &appendix, NULL);

    g_assert_cmpstr (after, ==, fingerprint);
  }
}

/* An unknown vendor, or the hospital, gets no questionnaire and no file. */
static void
test_export_unknown_vendor (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-rich.buntan");
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "q.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const char *const ids[] = { "nope", "hospital" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      BuntanQuestionnaireOptions options = { .vendor_id = ids[i] };
      g_autoptr (GError) error = NULL;
      g_autoptr (BuntanQuestionnaire) questionnaire =
        buntan_export_questionnaire (project, file, &options, &error);

      g_assert_null (questionnaire);
      g_assert_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, ids[i]));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *words;
} Refusal;

static const Refusal refusals[] = {
  { "load-bad-questionnaire-party.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
    "questionnaire 2, party", "“v9”" },
  { "load-bad-questionnaire-hospital.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "questionnaire 1, party", "only a vendor" },
  { "load-bad-questionnaire-duplicate.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID,
    "questionnaire 2, id", "listed twice" },
  { "load-bad-questionnaire-sent.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "questionnaire 1, sent",
    "“2026-02-30”" },
  { "load-bad-questionnaire-fingerprint.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "questionnaire 2, fingerprint", "“ABC123”" },
  { "load-bad-questionnaire-items-twice.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID,
    "questionnaire 1, items", "“P2-A-1”" },
  { "load-bad-questionnaire-no-items.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER,
    "questionnaire 2", "“items”" },
  { "load-bad-questionnaire-received-no-file.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER,
    "questionnaire 1", "“file”" },
  { "load-bad-questionnaire-list.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "questionnaires",
    "a list" },
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/questionnaires/load", test_load);
  g_test_add_func ("/buntan/questionnaires/round-trip", test_round_trip);
  g_test_add_func ("/buntan/questionnaires/removed-vendor", test_removed_vendor);
  g_test_add_func ("/buntan/questionnaires/export-records", test_export_records);
  g_test_add_func ("/buntan/questionnaires/export-unknown-vendor", test_export_unknown_vendor);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path =
        g_strdup_printf ("/buntan/questionnaires/refused/%s", refusals[i].fixture);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }

  return g_test_run ();
}
