/* test-project-v2.c — format version 2: the project id, meetings' vendors,
 * where changes came from, and the copy kept of a version 1 file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = buntan_test_make_dir ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  buntan_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Read back with json-glib's own parser, not our reader. */
static JsonObject *
parse_file (const char *path)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
save_to (BuntanProject *project, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
}

static BuntanProject *
load (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  return project;
}

static void
test_new_project_id (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_project_new ();
  g_autoptr (BuntanProject) other = buntan_project_new ();
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (JsonObject) written = NULL;
  g_autofree char *id = g_strdup (buntan_project_get_id (project));

  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpstr (buntan_project_get_id (other), !=, id);

  save_to (project, path);
  written = parse_file (path);
  g_assert_cmpint (json_object_get_int_member (written, "version"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (written, "id"), ==, id);

  /* Kept across saves. */
  reloaded = load (path);
  g_assert_cmpstr (buntan_project_get_id (reloaded), ==, id);
  g_assert_cmpuint (buntan_project_get_file_version (reloaded), ==, 2);
  buntan_project_set_title (reloaded, "改題");
  save_to (reloaded, path);
  g_clear_pointer (&written, json_object_unref);
  written = parse_file (path);
  g_assert_cmpstr (json_object_get_string_member (written, "id"), ==, id);
  g_assert_null (buntan_project_get_backup_file (reloaded));
}

/* A version 1 file gets an id from its creation time and title; the same
 * file gets the same one each time, so normalizing it twice gives the same
 * bytes (load-rich and load-valid are copies of one project: one id). */
static void
test_v1_gets_id (void)
{
  g_autoptr (BuntanProject) first = buntan_test_load_fixture ("load-rich.buntan");
  g_autoptr (BuntanProject) second = buntan_test_load_fixture ("load-rich.buntan");
  g_autoptr (BuntanProject) other = buntan_test_load_fixture ("cli-complete.buntan");

  g_assert_cmpuint (buntan_project_get_file_version (first), ==, 1);
  g_assert_true (g_uuid_string_is_valid (buntan_project_get_id (first)));
  g_assert_cmpstr (buntan_project_get_id (first), ==, buntan_project_get_id (second));
  g_assert_cmpstr (buntan_project_get_id (first), !=, buntan_project_get_id (other));
}

/* The id is not part of what the fingerprint covers: the same negotiation. */
static void
test_fingerprint_ignores_id (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2file-meetings.buntan");
  g_autoptr (BuntanProject) v1 = buntan_test_load_fixture ("load-valid.buntan");
  g_autofree char *fingerprint = buntan_project_dup_fingerprint (project);
  g_autofree char *data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_WITHOUT_TIMES, NULL);

  g_assert_null (strstr (data, buntan_project_get_id (project)));
  g_assert_cmpuint (strlen (fingerprint), ==, 64);
  g_assert_cmpstr (buntan_project_get_id (v1), !=, buntan_project_get_id (project));
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *words;
} Refusal;

static const Refusal refusals[] = {
  { "f2file-bad-id.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "id",
    "“A社-2026” is not a project id" },
  { "f2file-missing-id.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, NULL, "“id” is missing" },
  { "f2file-id-number.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "id", "expected text" },
  { "load-bad-meeting-party.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, "meeting 2, party 2",
    "“v9” names no party" },
  { "load-bad-meeting-parties.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "meeting 1",
    "expected a list" },
  { "load-bad-meeting-source.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "meeting 1, change 2, source of the change", "“keyboard”" },
  { "load-bad-meeting-source-empty.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "meeting 1, change 3, source of the change", "answers:FILE" },
};

static void
test_refused (gconstpointer data)
{
  const Refusal   *refusal = data;
  g_autofree char *path = buntan_test_fixture_path (refusal->fixture);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);
  g_autofree char *name = g_file_get_parse_name (file);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, refusal->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, name));
  if (refusal->place != NULL)
    g_assert_nonnull (strstr (error->message, refusal->place));
  g_assert_nonnull (strstr (error->message, refusal->words));
}

/* Meetings' vendors and the sources of changes are read and written back. */
static void
test_meetings_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("f2file-meetings.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "meetings.buntan", NULL);
  g_autoptr (GFile) target_file = g_file_new_for_path (target);
  g_autoptr (BuntanProject) project = load (source);
  g_autoptr (BuntanMeeting) first =
    g_list_model_get_item (buntan_project_get_meetings (project), 0);
  g_autoptr (BuntanMeeting) second =
    g_list_model_get_item (buntan_project_get_meetings (project), 1);
  g_autoptr (JsonObject) expected = parse_file (source);
  g_autoptr (JsonObject) written = NULL;
  const char *const one[] = { "v1", NULL };
  const char *const two[] = { "v1", "v2", NULL };

  g_assert_cmpstr (buntan_project_get_id (project), ==, "2f6c1a52-8d3e-4b7a-9f0e-5c4d3b2a1908");
  g_assert_true (g_strv_equal (buntan_meeting_get_parties (first), one));
  g_assert_true (g_strv_equal (buntan_meeting_get_parties (second), two));
  g_assert_cmpstr (buntan_meeting_get_decision (first, 0)->source, ==, "window");
  g_assert_cmpstr (buntan_meeting_get_decision (first, 1)->source, ==, "meeting-key");
  g_assert_cmpstr (buntan_meeting_get_decision (first, 2)->source, ==,
                   "answers:回答_株式会社A_2026-11.xlsx");

  g_assert_true (
    buntan_project_save (project, target_file, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, NULL));
  written = parse_file (target);
  g_assert_true (json_node_equal (json_object_get_member (expected, "meetings"),
                                  json_object_get_member (written, "meetings")));
  g_assert_cmpstr (json_object_get_string_member (written, "id"), ==,
                   "2f6c1a52-8d3e-4b7a-9f0e-5c4d3b2a1908");
}

/* Changes logged during a meeting say where they came from. */
static void
test_change_source (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanItem      *item = buntan_project_find_item (project, "P2-A-2");
  BuntanMeeting   *meeting = buntan_project_start_meeting (project, NULL);
  const char      *vendors[] = { "v2", NULL };
  g_autofree char *data = NULL;

  buntan_meeting_set_parties (meeting, vendors);
  buntan_item_set_note (item, "窓から");
  buntan_project_set_change_source (project, BUNTAN_DECISION_SOURCE_MEETING_KEY);
  buntan_item_set_clause (item, "第3条");
  buntan_project_set_change_source (project, NULL);
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  buntan_project_end_meeting (project);

  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 3);
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 0)->source, ==, "window");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 1)->source, ==, "meeting-key");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 2)->source, ==, "window");

  data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_assert_nonnull (strstr (data, "\"source\": \"meeting-key\""));
  g_assert_nonnull (strstr (data, "\"parties\": [\n        \"v2\"\n      ]"));

  /* A vendor removed since: the meeting's list leaves it out, so the file
   * still opens. */
  g_assert_true (buntan_project_remove_vendor (project, "v2", NULL, NULL));
  {
    g_autoptr (GBytes) bytes = NULL;
    g_autoptr (BuntanProject) reloaded = NULL;
    g_autoptr (BuntanMeeting) last = NULL;
    g_autoptr (GError) error = NULL;
    gsize length = 0;
    char *text = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);

    bytes = g_bytes_new_take (text, length);
    reloaded = buntan_project_new_from_bytes (bytes, "removed.buntan", &error);
    g_assert_no_error (error);
    last =
      g_list_model_get_item (buntan_project_get_meetings (reloaded),
                             g_list_model_get_n_items (buntan_project_get_meetings (reloaded)) - 1);
    g_assert_cmpstrv (buntan_meeting_get_parties (last), ((const char *const[]){ NULL }));
  }
}

/* The first save over a version 1 file keeps it beside as NAME.v1.buntan,
 * byte for byte; later saves keep nothing more. */
static void
test_backup_first_save (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-rich.buntan");
  g_autofree char *path = buntan_test_copy_file (source, fixture->dir, "契約.buntan");
  g_autofree char *backup = g_build_filename (fixture->dir, "契約.v1.buntan", NULL);
  g_autofree char *original = read_text (source);
  g_autofree char *kept = NULL;
  g_autoptr (BuntanProject) project = load (path);
  g_autoptr (GFile) predicted = buntan_project_dup_backup_file_for (project);
  g_autoptr (JsonObject) written = NULL;
  g_autoptr (GDir) dir = NULL;
  guint n_files = 0;

  g_assert_nonnull (predicted);
  g_assert_cmpstr (g_file_peek_path (predicted), ==, backup);

  save_to (project, path);
  kept = read_text (backup);
  g_assert_cmpstr (kept, ==, original);
  g_assert_cmpstr (g_file_peek_path (buntan_project_get_backup_file (project)), ==, backup);
  written = parse_file (path);
  g_assert_cmpint (json_object_get_int_member (written, "version"), ==, 2);
  g_assert_null (buntan_project_dup_backup_file_for (project));

  buntan_project_set_title (project, "二度目");
  save_to (project, path);
  g_assert_null (buntan_project_get_backup_file (project));
  g_free (kept);
  kept = read_text (backup);
  g_assert_cmpstr (kept, ==, original);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
}

/* An existing backup is never overwritten: the next free name is used. */
static void
test_backup_never_overwrites (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *path = buntan_test_copy_file (source, fixture->dir, "x.buntan");
  g_autofree char *taken = g_build_filename (fixture->dir, "x.v1.buntan", NULL);
  g_autofree char *taken2 = g_build_filename (fixture->dir, "x.v1-2.buntan", NULL);
  g_autofree char *backup = g_build_filename (fixture->dir, "x.v1-3.buntan", NULL);
  g_autofree char *original = read_text (source);
  g_autofree char *kept = NULL;
  g_autofree char *still = NULL;
  g_autoptr (BuntanProject) project = load (path);

  g_assert_true (g_file_set_contents (taken, "older backup", -1, NULL));
  g_assert_true (g_file_set_contents (taken2, "another", -1, NULL));
  save_to (project, path);

  g_assert_cmpstr (g_file_peek_path (buntan_project_get_backup_file (project)), ==, backup);
  kept = read_text (backup);
  g_assert_cmpstr (kept, ==, original);
  still = read_text (taken);
  g_assert_cmpstr (still, ==, "older backup");
}

/* A backup that cannot be written fails the save: nothing changes on disk
 * or in memory. While fail_backups is set, copying a file fails as on a
 * full disk: this program's g_file_copy() comes before GIO's (the same
 * interposition as tests/reliability uses for rename and write). */
static gboolean fail_backups;

gboolean
g_file_copy (GFile                *source,
             GFile                *destination,
             GFileCopyFlags        flags,
             GCancellable         *cancellable,
             GFileProgressCallback progress_callback,
             gpointer              progress_callback_data,
             GError              **error)
{
  static gboolean (*real_copy) (GFile *, GFile *, GFileCopyFlags, GCancellable *,
                                GFileProgressCallback, gpointer, GError **);

  if (fail_backups)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
      return FALSE;
    }

  if (real_copy == NULL)
    real_copy =
      (gboolean (*) (GFile *, GFile *, GFileCopyFlags, GCancellable *, GFileProgressCallback,
                     gpointer, GError **)) dlsym (RTLD_NEXT, "g_file_copy");

  return real_copy (source, destination, flags, cancellable, progress_callback,
                    progress_callback_data, error);
}

static void
test_backup_fails (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *path = buntan_test_copy_file (source, fixture->dir, "z.buntan");
  g_autofree char *original = read_text (source);
  g_autofree char *after = NULL;
  g_autoptr (BuntanProject) project = load (path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  guint n_files = 0;

  buntan_project_set_title (project, "未保存の変更");
  fail_backups = TRUE;
  g_assert_false (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  fail_backups = FALSE;
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "could not be kept as"));
  g_assert_nonnull (strstr (error->message, "z.v1.buntan"));

  after = read_text (path);
  g_assert_cmpstr (after, ==, original);
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpuint (buntan_project_get_file_version (project), ==, 1);
  dir = g_dir_open (fixture->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  /* Once the disk takes it, the same save works. */
  g_clear_error (&error);
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
}

/* "Save As" elsewhere leaves the version 1 file as it is: no copy. Recovery
 * copies never make one either, and a project restored from a recovery copy
 * still keeps the version 1 file at its first save. */
static void
test_backup_not_for_copies (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *path = buntan_test_copy_file (source, fixture->dir, "y.buntan");
  g_autofree char *elsewhere = g_build_filename (fixture->dir, "other.buntan", NULL);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "recovery.buntan", NULL);
  g_autofree char *backup = g_build_filename (fixture->dir, "y.v1.buntan", NULL);
  g_autoptr (BuntanProject) project = load (path);
  g_autoptr (BuntanProject) restored = NULL;
  g_autoptr (GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save_copy (project, copy, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  restored = buntan_project_new_from_copy (copy, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buntan_project_get_file_version (restored), ==, 1);

  save_to (project, elsewhere);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_null (buntan_project_get_backup_file (project));

  save_to (restored, path);
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/buntan/project/v2/new-project-id", Fixture, NULL, fixture_set_up,
              test_new_project_id, fixture_tear_down);
  g_test_add_func ("/buntan/project/v2/v1-gets-id", test_v1_gets_id);
  g_test_add_func ("/buntan/project/v2/fingerprint-ignores-id", test_fingerprint_ignores_id);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strdup_printf ("/buntan/project/v2/refuse/%s", refusals[i].fixture);

      g_test_add_data_func (name, &refusals[i], test_refused);
    }
  g_test_add ("/buntan/project/v2/meetings-round-trip", Fixture, NULL, fixture_set_up,
              test_meetings_round_trip, fixture_tear_down);
  g_test_add_func ("/buntan/project/v2/change-source", test_change_source);
  g_test_add ("/buntan/project/v2/backup/first-save", Fixture, NULL, fixture_set_up,
              test_backup_first_save, fixture_tear_down);
  g_test_add ("/buntan/project/v2/backup/never-overwrites", Fixture, NULL, fixture_set_up,
              test_backup_never_overwrites, fixture_tear_down);
  g_test_add ("/buntan/project/v2/backup/fails", Fixture, NULL, fixture_set_up, test_backup_fails,
              fixture_tear_down);
  g_test_add ("/buntan/project/v2/backup/not-for-copies", Fixture, NULL, fixture_set_up,
              test_backup_not_for_copies, fixture_tear_down);

  return g_test_run ();
}
