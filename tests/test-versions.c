/* test-versions.c — agreed versions (第N版): agreeing, the file, snapshots, withdrawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static char *
dup_fingerprint (BuntanProject *project, const char *vendor_id)
{
  BuntanExportOptions options = { .vendor_id = vendor_id };
  g_autoptr (GError) error = NULL;
  char *fingerprint = buntan_printed_dup_fingerprint_for (project, &options, &error);

  g_assert_no_error (error);
  /* A real SHA-256, so that two equal fingerprints are never two NULLs. */
  g_assert_nonnull (fingerprint);
  g_assert_cmpuint (strlen (fingerprint), ==, 64);
  return fingerprint;
}

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

/* A project without gaps is agreed; the version survives a save and a
 * reload, and its snapshot reads back as the state agreed, with the same
 * fingerprints as recorded — also after the project has changed. */
static void
test_agree_and_reload (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-complete.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (BuntanProject) agreed = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *project_fingerprint = dup_fingerprint (project, NULL);
  g_autofree char *v1_fingerprint = dup_fingerprint (project, "v1");
  g_autofree char *agreed_fingerprint = NULL;
  g_autofree char *agreed_v2 = NULL;
  g_auto (GStrv) ids = NULL;
  const char *const vendors[] = { "v1", "v2", NULL };
  BuntanVersion    *version;

  g_assert_cmpuint (buntan_project_count_open_gaps (project), ==, 0);
  buntan_project_set_is_modified (project, FALSE);
  version = buntan_project_agree_version (project, "2026-04-01", "初回の合意", FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (version);
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpuint (buntan_version_get_number (version), ==, 1);
  g_assert_cmpstr (buntan_version_get_fingerprint (version, NULL), ==, project_fingerprint);
  g_assert_cmpstr (buntan_version_get_fingerprint (version, "v1"), ==, v1_fingerprint);
  ids = buntan_version_dup_fingerprint_ids (version);
  g_assert_cmpstrv (ids, vendors);

  /* Changed after the agreement: the snapshot keeps the old state. */
  buntan_item_set_clause (buntan_project_find_item (project, "P2-A-1"), "第12条");

  reloaded = save_and_reload (project, dir, "agreed.buntan");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_versions (reloaded)), ==, 1);
  version = buntan_project_find_version (reloaded, 1);
  g_assert_nonnull (version);
  g_assert_cmpstr (buntan_version_get_agreed (version), ==, "2026-04-01");
  g_assert_cmpstr (buntan_version_get_note (version), ==, "初回の合意");
  g_assert_cmpuint (buntan_version_get_open_gaps (version), ==, 0);
  g_assert_false (buntan_version_get_withdrawn (version));

  agreed = buntan_project_load_version (reloaded, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_item_get_clause (buntan_project_find_item (agreed, "P2-A-1")), ==, "");
  g_assert_cmpstr (buntan_item_get_clause (buntan_project_find_item (reloaded, "P2-A-1")), ==,
                   "第12条");
  agreed_fingerprint = dup_fingerprint (agreed, NULL);
  agreed_v2 = dup_fingerprint (agreed, "v2");
  g_assert_cmpstr (agreed_fingerprint, ==, buntan_version_get_fingerprint (version, NULL));
  g_assert_cmpstr (agreed_v2, ==, buntan_version_get_fingerprint (version, "v2"));
  /* A snapshot holds no history of its own. */
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_versions (agreed)), ==, 0);

  buntan_test_remove_dir (dir);
}

/* Gaps keep a version from being agreed unless allowed; then their number
 * is recorded with it. */
static void
test_refused_with_gaps (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_sample ();
  g_autoptr (GError) error = NULL;
  guint          n_gaps = buntan_project_count_open_gaps (project);
  BuntanVersion *version;

  g_assert_cmpuint (n_gaps, >, 0);
  g_assert_null (buntan_project_agree_version (project, NULL, NULL, FALSE, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_GAPS);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_versions (project)), ==, 0);
  g_clear_error (&error);

  version = buntan_project_agree_version (project, NULL, NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buntan_version_get_open_gaps (version), ==, n_gaps);
}

/* Withdrawn, a version stays, with its date and reason; its number is not
 * given again. */
static void
test_withdraw (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("versions-agreed.buntan");
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  BuntanVersion   *version;

  g_assert_cmpuint (buntan_version_get_number (buntan_project_get_latest_version (project)), ==, 2);
  g_assert_false (buntan_project_withdraw_version (project, 2, NULL, "  ", &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NO_REASON);
  g_clear_error (&error);
  g_assert_false (buntan_project_withdraw_version (project, 7, NULL, "誤り", &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (
    buntan_project_withdraw_version (project, 2, "2026-10-15", "条項番号の誤り", &error));
  g_assert_no_error (error);
  g_assert_false (buntan_project_withdraw_version (project, 2, NULL, "再度", &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_WITHDRAWN);
  g_clear_error (&error);
  g_assert_cmpuint (buntan_version_get_number (buntan_project_get_latest_version (project)), ==, 1);

  reloaded = save_and_reload (project, dir, "withdrawn.buntan");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_versions (reloaded)), ==, 2);
  version = buntan_project_find_version (reloaded, 2);
  g_assert_true (buntan_version_get_withdrawn (version));
  g_assert_cmpstr (buntan_version_get_withdrawn_date (version), ==, "2026-10-15");
  g_assert_cmpstr (buntan_version_get_withdrawn_reason (version), ==, "条項番号の誤り");

  /* The withdrawn 第2版 keeps its number: the next is 第3版. */
  g_assert_cmpuint (buntan_project_get_next_version_number (reloaded), ==, 3);
  version = buntan_project_agree_version (reloaded, "2026-10-20", NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buntan_version_get_number (version), ==, 3);
  g_assert_cmpuint (buntan_project_get_next_version_number (reloaded), ==, 4);

  buntan_test_remove_dir (dir);
}

/* What changed between two versions, through the comparison. */
static void
test_compare_versions (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("versions-agreed.buntan");
  g_autoptr (BuntanProject) first = NULL;
  g_autoptr (BuntanProject) second = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  g_autoptr (BuntanChange) change = NULL;
  g_autoptr (GError) error = NULL;

  first = buntan_project_load_version (project, 1, &error);
  g_assert_no_error (error);
  second = buntan_project_load_version (project, 2, &error);
  g_assert_no_error (error);
  g_assert_null (buntan_project_load_version (project, 3, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_FOUND);

  comparison = buntan_comparison_new (first, second);
  g_assert_cmpuint (buntan_comparison_get_n_changes (comparison), ==, 1);
  change = g_list_model_get_item (buntan_comparison_get_changes (comparison), 0);
  g_assert_cmpstr (buntan_change_get_subject (change), ==, "P2-A-1");
  g_assert_cmpstr (buntan_change_get_field (change), ==, "clause");
  g_assert_cmpstr (buntan_change_get_after (change), ==, "第12条");
}

/* The file keeps what it was given: written again, a versions file is the
 * same text. */
static void
test_round_trip (void)
{
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("versions-agreed.buntan");
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("versions-agreed.buntan");
  g_autofree char *text = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);

  g_assert_cmpstr (text, ==, g_bytes_get_data (bytes, NULL));
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *words;
} Refusal;

static const Refusal refusals[] = {
  { "load-bad-version-number.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "agreed version 2, number",
    "0 " },
  { "load-bad-version-duplicate.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID,
    "agreed version 2, number", "version 1 is listed twice" },
  { "load-bad-version-date.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "agreed version 2, date agreed",
    "“2026-02-30”" },
  { "load-bad-version-fingerprint.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "agreed version 2, fingerprints, v1", "“36CA1BC1”" },
  { "load-bad-version-fingerprint-missing.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER,
    "agreed version 2, fingerprints", "“project”" },
  { "load-bad-version-withdrawn-reason.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "agreed version 1, withdrawn, reason", "needs a reason" },
  { "load-bad-version-snapshot.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE,
    "agreed version 2, snapshot", "an object" },
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

  g_test_add_func ("/buntan/versions/agree-and-reload", test_agree_and_reload);
  g_test_add_func ("/buntan/versions/refused-with-gaps", test_refused_with_gaps);
  g_test_add_func ("/buntan/versions/withdraw", test_withdraw);
  g_test_add_func ("/buntan/versions/compare", test_compare_versions);
  g_test_add_func ("/buntan/versions/round-trip", test_round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/buntan/versions/refused/%s", refusals[i].fixture);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }

  return g_test_run ();
}
