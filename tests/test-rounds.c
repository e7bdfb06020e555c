/* test-rounds.c — renewal rounds: what starting one does, the file, undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static BuntanProject *
load_agreed (void)
{
  BuntanProject *project = buntan_test_load_fixture ("cli-complete.buntan");
  g_autoptr (GError) error = NULL;

  g_assert_nonnull (buntan_project_agree_version (project, "2026-04-01", NULL, FALSE, &error));
  g_assert_no_error (error);
  return project;
}

static BuntanCheckResult
get_check_result (BuntanProject *project, const char *item_id, const char *party_id)
{
  BuntanItem  *item = buntan_project_find_item (project, item_id);
  BuntanCheck *check = buntan_item_find_check (item, party_id);

  g_assert_nonnull (check);
  return buntan_check_get_result (check);
}

/* The vendor's items reopen, as one undo step; others stay. */
static void
test_start_and_undo (void)
{
  g_autoptr (BuntanProject) project = load_agreed ();
  g_autoptr (GError) error = NULL;
  const char *const parties[] = { "v1", NULL };
  BuntanItem       *renewed = buntan_project_find_item (project, "P2-A-1");
  BuntanItem       *hospital_only = buntan_project_find_item (project, "P1-A-1");
  BuntanRound      *round;

  g_assert_cmpint (buntan_item_get_status (renewed), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpint (get_check_result (project, "P2-A-1", "v1"), ==, BUNTAN_CHECK_RESULT_NO);

  round = buntan_project_start_round (project, "2027-03-01", parties, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (round);
  g_assert_cmpuint (buntan_round_get_number (round), ==, 1);
  g_assert_cmpuint (buntan_round_get_from_version (round), ==, 1);
  g_assert_cmpstr (buntan_round_get_started (round), ==, "2027-03-01");
  g_assert_cmpstrv (buntan_round_get_parties (round), parties);
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_cmpint (buntan_item_get_status (renewed), ==, BUNTAN_ITEM_STATUS_DISCUSSING);
  g_assert_cmpint (get_check_result (project, "P2-A-1", "v1"), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_cmpstr (buntan_item_get_owner (renewed), ==, "v1");
  g_assert_cmpint (buntan_item_get_status (hospital_only), ==, BUNTAN_ITEM_STATUS_AGREED);

  /* One step back undoes the whole reopening. */
  buntan_history_undo (buntan_project_get_history (project));
  g_assert_cmpint (buntan_item_get_status (renewed), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpint (get_check_result (project, "P2-A-1", "v1"), ==, BUNTAN_CHECK_RESULT_NO);
}

static void
test_refusals (void)
{
  g_autoptr (BuntanProject) fresh = buntan_test_load_fixture ("cli-complete.buntan");
  g_autoptr (BuntanProject) project = load_agreed ();
  const char *const v1[] = { "v1", NULL };
  const char *const hospital[] = { "hospital", NULL };
  const char *const none[] = { NULL };
  g_autoptr (GError) error = NULL;

  g_assert_null (buntan_project_start_round (fresh, NULL, v1, 0, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NO_VERSION);
  g_clear_error (&error);

  g_assert_null (buntan_project_start_round (project, NULL, hospital, 0, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_A_VENDOR);
  g_clear_error (&error);

  g_assert_null (buntan_project_start_round (project, NULL, none, 0, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_A_VENDOR);
  g_clear_error (&error);

  g_assert_true (buntan_project_withdraw_version (project, 1, "2026-05-01", "誤記", &error));
  g_assert_no_error (error);
  g_assert_null (buntan_project_start_round (project, NULL, v1, 1, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_WITHDRAWN);
  g_clear_error (&error);
  g_assert_null (buntan_project_start_round (project, NULL, v1, 0, &error));
  g_assert_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NO_VERSION);

  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_rounds (project)), ==, 0);
}

/* Rounds survive a save and a reload, with a member a newer Buntan wrote. */
static void
test_file_round_trip (void)
{
  g_autoptr (BuntanProject) project = load_agreed ();
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (BuntanRound) first = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "rounds.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr (GString) edited = NULL;
  const char *const both[] = { "v2", "v1", NULL };

  g_assert_nonnull (buntan_project_start_round (project, "2027-03-01", both, 1, &error));
  g_assert_no_error (error);
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "\"from_version\": 1",
                                      "\"from_version\": 1, \"by\": \"x\"", 1),
                    ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));

  reloaded = buntan_test_load_path (path);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_rounds (reloaded)), ==, 1);
  first = g_list_model_get_item (buntan_project_get_rounds (reloaded), 0);
  g_assert_cmpuint (buntan_round_get_number (first), ==, 1);
  g_assert_cmpstr (buntan_round_get_started (first), ==, "2027-03-01");
  g_assert_cmpstrv (buntan_round_get_parties (first), both);
  g_assert_cmpuint (buntan_round_get_from_version (first), ==, 1);

  g_assert_true (buntan_project_save (reloaded, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\"by\""));

  buntan_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/rounds/start-and-undo", test_start_and_undo);
  g_test_add_func ("/buntan/rounds/refusals", test_refusals);
  g_test_add_func ("/buntan/rounds/file-round-trip", test_file_round_trip);

  return g_test_run ();
}
