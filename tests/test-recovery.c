/* test-recovery.c — recovery copies of unsaved work, without a display
 *
 * $XDG_STATE_HOME is a scratch folder, emptied before each test, so the
 * copies a test writes are the only ones it finds. (Not
 * G_TEST_OPTION_ISOLATE_DIRS: GLib 2.74 leaks what it sets up there, and
 * valgrind and LeakSanitizer would fail the test for it.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

/* Each test starts with no copies at all. */
static void
remove_every_copy (void)
{
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  g_autofree char *path = g_file_get_path (directory);

  buntan_test_remove_dir (path);
}

static char *
info_path_for (GFile *copy)
{
  g_autofree char *path = g_file_get_path (copy);
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".buntan"));

  return g_strconcat (stem, ".info", NULL);
}

static guint
count_directory_files (void)
{
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  g_autofree char *path = g_file_get_path (directory);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* A changed project is copied among the recovery copies, with what it holds
 * now, and its own file is left alone. */
static void
test_write (void)
{
  g_autofree char *original_path = buntan_test_fixture_path ("matrix-gaps.buntan");
  g_autoptr (GFile) original = g_file_new_for_path (original_path);
  g_autoptr (GBytes) before = g_file_load_bytes (original, NULL, NULL, NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) restored = NULL;
  g_autoptr (GFile) recorded = NULL;
  g_autoptr (GDateTime) saved = NULL;
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  g_autoptr (GFile) parent = NULL;
  g_autoptr (GBytes) after = NULL;
  GFile *copy;

  buntan_recovery_set_project (recovery, project);
  g_assert_false (buntan_recovery_get_pending (recovery));

  buntan_project_set_title (project, "復旧テスト");
  g_assert_true (buntan_recovery_get_pending (recovery));
  g_assert_true (buntan_recovery_write (recovery, &error));
  g_assert_no_error (error);
  g_assert_false (buntan_recovery_get_pending (recovery));

  copy = buntan_recovery_get_file (recovery);
  g_assert_nonnull (copy);
  parent = g_file_get_parent (copy);
  g_assert_true (g_file_equal (parent, directory));

  restored = buntan_project_new_from_file (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_project_get_title (restored), ==, "復旧テスト");

  g_assert_true (buntan_recovery_read_info (copy, &recorded, &saved));
  g_assert_nonnull (recorded);
  g_assert_true (g_file_equal (recorded, original));
  g_assert_nonnull (saved);

  after = g_file_load_bytes (original, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (before, after));
}

/* Nothing to recover, nothing written. */
static void
test_unmodified (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;

  buntan_recovery_set_project (recovery, project);
  g_assert_true (buntan_recovery_write (recovery, &error));
  g_assert_no_error (error);
  g_assert_null (buntan_recovery_get_file (recovery));
  g_assert_cmpuint (count_directory_files (), ==, 0);
}

/* A project that was never saved is copied under an id of its own, and its
 * info says it has no file. */
static void
test_untitled (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) recorded = NULL;
  g_autofree char *name = NULL;

  buntan_recovery_set_project (recovery, project);
  buntan_project_set_title (project, "名前のない案件");
  g_assert_true (buntan_recovery_write (recovery, &error));
  g_assert_no_error (error);

  name = g_file_get_basename (buntan_recovery_get_file (recovery));
  g_assert_true (g_str_has_prefix (name, "untitled-"));
  g_assert_true (g_str_has_suffix (name, ".buntan"));
  g_assert_true (buntan_recovery_read_info (buntan_recovery_get_file (recovery), &recorded, NULL));
  g_assert_null (recorded);
}

/* Saving the work makes the copy go, its info too. */
static void
test_saved (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = buntan_test_make_dir ();
  g_autofree char *target_path = g_build_filename (folder, "saved.buntan", NULL);
  g_autoptr (GFile) target = g_file_new_for_path (target_path);
  g_autoptr (GFile) copy = NULL;
  g_autofree char *info_path = NULL;

  buntan_recovery_set_project (recovery, project);
  buntan_project_set_title (project, "保存前");
  g_assert_true (buntan_recovery_write (recovery, &error));
  copy = g_object_ref (buntan_recovery_get_file (recovery));
  info_path = info_path_for (copy);
  g_assert_true (g_file_query_exists (copy, NULL));
  g_assert_true (g_file_test (info_path, G_FILE_TEST_EXISTS));

  g_assert_true (buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  g_assert_null (buntan_recovery_get_file (recovery));
  g_assert_false (g_file_query_exists (copy, NULL));
  g_assert_false (g_file_test (info_path, G_FILE_TEST_EXISTS));
  g_assert_false (buntan_recovery_get_pending (recovery));

  buntan_test_remove_dir (folder);
}

/* "Save As" after a copy: the next copy follows the new name, and the old
 * one goes, so the work has one copy. */
static void
test_follows_save_as (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = buntan_test_make_dir ();
  g_autofree char *target_path = g_build_filename (folder, "named.buntan", NULL);
  g_autoptr (GFile) target = g_file_new_for_path (target_path);
  g_autoptr (GFile) first = NULL;
  GFile *second;

  buntan_recovery_set_project (recovery, project);
  buntan_project_set_title (project, "一");
  g_assert_true (buntan_recovery_write (recovery, &error));
  first = g_object_ref (buntan_recovery_get_file (recovery));

  g_assert_true (buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_false (g_file_query_exists (first, NULL));
  buntan_project_set_title (project, "二");
  g_assert_true (buntan_recovery_write (recovery, &error));
  g_assert_no_error (error);

  second = buntan_recovery_get_file (recovery);
  g_assert_false (g_file_equal (first, second));
  g_assert_cmpuint (count_directory_files (), ==, 2);

  buntan_test_remove_dir (folder);
}

static void
write_file (GFile *file, const char *contents)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* The copies a crash left behind: those whose writer no longer runs, or
 * that say nothing of their writer. The copy of a running Buntan (this
 * process) is not one of them. */
static void
test_orphans (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  g_autoptr (GFile) crashed = g_file_get_child (directory, "aaa.buntan");
  g_autoptr (GFile) crashed_info = g_file_get_child (directory, "aaa.info");
  g_autoptr (GFile) bare = g_file_get_child (directory, "bbb.buntan");
  g_autoptr (GFile) other = g_file_get_child (directory, "notes.txt");
  g_autoptr (GPtrArray) orphans = NULL;

  buntan_recovery_set_project (recovery, project);
  buntan_project_set_title (project, "作業中");
  g_assert_true (buntan_recovery_write (recovery, &error));
  g_assert_no_error (error);

  /* No process has this id: the kernel's largest is far smaller. */
  write_file (crashed, "{}");
  write_file (crashed_info, "[Recovery]\nPid=2147483647\n");
  write_file (bare, "{}");
  write_file (other, "");

  orphans = buntan_recovery_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 2);
  g_assert_true (g_file_equal (g_ptr_array_index (orphans, 0), crashed));
  g_assert_true (g_file_equal (g_ptr_array_index (orphans, 1), bare));

  buntan_recovery_remove_copy (crashed);
  g_assert_false (g_file_query_exists (crashed, NULL));
  g_assert_false (g_file_query_exists (crashed_info, NULL));
}

/* A project restored from a copy keeps that copy until its work is saved,
 * and writes its next copy there. */
static void
test_adopt (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  g_autoptr (BuntanRecovery) recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  g_autoptr (GFile) copy = g_file_get_child (directory, "untitled-crashed.buntan");
  g_autofree char *directory_path = g_file_get_path (directory);
  g_autofree char *info_path = info_path_for (copy);
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (GPtrArray) orphans = NULL;

  g_assert_cmpint (g_mkdir_with_parents (directory_path, 0700), ==, 0);
  write_file (copy, "{}");
  buntan_project_set_title (project, "復元");
  buntan_recovery_set_project (recovery, project);
  g_assert_true (buntan_recovery_get_pending (recovery));

  buntan_recovery_adopt (recovery, copy);
  g_assert_true (g_file_equal (buntan_recovery_get_file (recovery), copy));
  g_assert_false (buntan_recovery_get_pending (recovery));
  /* This process owns it now: no longer an orphan. */
  g_assert_true (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL));
  g_assert_cmpint (g_key_file_get_int64 (info, "Recovery", "Pid", NULL), ==, getpid ());
  orphans = buntan_recovery_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  buntan_project_set_organization (project, "病院");
  g_assert_true (buntan_recovery_write (recovery, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (buntan_recovery_get_file (recovery), copy));
  g_assert_cmpuint (count_directory_files (), ==, 2);
}

/* Letting go of the project (its window closed) gives its work up. */
static void
test_gone_with_its_owner (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  BuntanRecovery *recovery = buntan_recovery_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) copy = NULL;

  buntan_recovery_set_project (recovery, project);
  buntan_project_set_title (project, "閉じる");
  g_assert_true (buntan_recovery_write (recovery, &error));
  copy = g_object_ref (buntan_recovery_get_file (recovery));

  g_assert_finalize_object (recovery);
  g_assert_false (g_file_query_exists (copy, NULL));
  g_assert_cmpuint (count_directory_files (), ==, 0);
}

typedef struct
{
  const char *path;
  void (*run) (void);
} RecoveryTest;

static const RecoveryTest recovery_tests[] = {
  { "/buntan/recovery/write", test_write },
  { "/buntan/recovery/unmodified", test_unmodified },
  { "/buntan/recovery/untitled", test_untitled },
  { "/buntan/recovery/saved", test_saved },
  { "/buntan/recovery/follows-save-as", test_follows_save_as },
  { "/buntan/recovery/orphans", test_orphans },
  { "/buntan/recovery/adopt", test_adopt },
  { "/buntan/recovery/gone-with-its-owner", test_gone_with_its_owner },
};

static void
run_from_no_copies (gconstpointer data)
{
  const RecoveryTest *test = data;

  remove_every_copy ();
  test->run ();
}

int
main (int argc, char *argv[])
{
  g_autofree char *state_home = NULL;
  int              status;

  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();
  state_home = buntan_test_make_dir ();
  g_setenv ("XDG_STATE_HOME", state_home, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (recovery_tests); i++)
    g_test_add_data_func (recovery_tests[i].path, &recovery_tests[i], run_from_no_copies);

  status = g_test_run ();
  buntan_test_remove_dir (state_home);
  return status;
}
