/* test-save-faults.c — saving and exporting when the disk or the process fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever goes wrong while saving, the file on disk is the old project or
 * the new one, never a mixture, and the project in memory keeps its changes
 * so the user can save again elsewhere.
 */

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "big-project.h"
#include "reliability-util.h"

/* The kill tests: a large project, and enough rounds to hit every stage of
 * a save. Under AddressSanitizer a fresh child's first save costs ten times
 * as much (every page it touches is copied, shadow memory included): a
 * smaller project keeps that run within a minute or two, and atomicity
 * does not depend on the size. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif

#define KILL_ROUNDS 200
#define KILL_PARTIES 8
#ifdef UNDER_SANITIZER
#define KILL_ITEMS 400
#define EXPORT_KILL_ITEMS 100
#else
#define KILL_ITEMS 1000
#define EXPORT_KILL_ITEMS 300
#endif
#define SLOW_CHUNK (64 * 1024)

/* This rename() takes the place of the C library's for GLib as well (the
 * program's own symbols come first), so a test can make the last step of a
 * save fail, as it does on a network drive when another user holds the file. */
static const char *fail_rename_to;
static int         fail_rename_errno;

int
rename (const char *from, const char *to)
{
  static int (*real_rename) (const char *, const char *);

  if (fail_rename_to != NULL && g_strcmp0 (to, fail_rename_to) == 0)
    {
      errno = fail_rename_errno;
      return -1;
    }

  if (real_rename == NULL)
    real_rename = (int (*) (const char *, const char *)) dlsym (RTLD_NEXT, "rename");

  return real_rename (from, to);
}

/* And this write() can act as a slow medium (a USB stick, a network
 * drive): it writes SLOW_CHUNK bytes at a time with a pause after each, so
 * the time a save spends writing is comparable to the time it spends
 * building the text, and random kills land inside the write too. */
static gulong slow_write_pause;

ssize_t
write (int fd, const void *buffer, size_t count)
{
  static ssize_t (*real_write) (int, const void *, size_t);
  ssize_t written;

  if (real_write == NULL)
    real_write = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");

  /* Short writes (the kill harness's one-byte notes) go through at once. */
  if (slow_write_pause == 0 || count < 512)
    return real_write (fd, buffer, count);

  written = real_write (fd, buffer, MIN (count, SLOW_CHUNK));
  g_usleep (slow_write_pause);
  return written;
}

/* The rename and write failures last for one test only. */
static void
save_fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  fail_rename_to = NULL;
  slow_write_pause = 0;
  fixture_tear_down (fixture, data);
}

static BuntanProject *
load_sample (void)
{
  g_autofree char *path = buntan_test_fixture_path ("load-valid.buntan");
  g_autoptr (GError) error = NULL;
  BuntanProject *project = load_path (path, &error);

  g_assert_no_error (error);
  return project;
}

/* An edit the user would not want to lose. */
static void
edit (BuntanProject *project)
{
  buntan_project_set_title (project, "保存に失敗しても消えない変更");
  g_assert_true (buntan_project_get_is_modified (project));
}

/* After a failed save: a clear message naming the file, nothing in memory
 * changed, and no temporary file left beside the target. */
static void
assert_save_refused (BuntanProject *project,
                     const char    *target,
                     const char    *dir,
                     guint          n_entries_before,
                     GError        *error)
{
  g_autofree char *basename = g_path_get_basename (target);

  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE);
  g_test_message ("the error: %s", error->message);
  g_assert_nonnull (strstr (error->message, basename));
  g_assert_nonnull (strstr (error->message, "could not be saved"));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpstr (buntan_project_get_title (project), ==, "保存に失敗しても消えない変更");
  g_assert_cmpuint (count_entries (dir), ==, n_entries_before);
}

static void
assert_file_is (const char *path, const char *expected, gsize expected_length)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  contents = read_file_or_null (path, &length);
  g_assert_nonnull (contents);
  g_assert_cmpmem (contents, length, expected, expected_length);
}

/* The target name is taken by a folder with files in it: the rename of the
 * finished temporary file fails, and the folder keeps what it held. */
static void
test_rename_onto_folder (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = load_sample ();
  g_autofree char *inside = g_build_filename (fixture->target, "keep.txt", NULL);
  g_autoptr (GError) error = NULL;
  GFile *file_before;

  g_assert_cmpint (g_mkdir (fixture->target, 0755), ==, 0);
  write_file (inside, "mine", 4);
  edit (project);
  file_before = buntan_project_get_file (project);

  g_assert_false (save_path (project, fixture->target, &error));
  assert_save_refused (project, fixture->target, fixture->dir, 1, error);
  g_assert_true (g_file_test (fixture->target, G_FILE_TEST_IS_DIR));
  assert_file_is (inside, "mine", 4);
  g_assert_true (buntan_project_get_file (project) == file_before);
}

/* The old file is there and the rename fails (EBUSY, as on a share where
 * someone has the file open): the old file stays byte for byte, and a later
 * save, once the share lets go, writes the changes. */
static void
test_rename_fails (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = load_sample ();
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *old = NULL;
  g_autofree char *modified_before = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  gsize            old_length = 0;

  g_assert_true (save_path (project, fixture->target, &error));
  g_assert_no_error (error);
  old = read_file_or_null (fixture->target, &old_length);
  edit (project);
  modified_before = g_strdup (buntan_project_get_modified (project));

  fail_rename_to = fixture->target;
  fail_rename_errno = EBUSY;
  g_assert_false (save_path (project, fixture->target, &error));
  assert_save_refused (project, fixture->target, fixture->dir, 1, error);
  g_assert_nonnull (strstr (error->message, g_strerror (EBUSY)));
  assert_file_is (fixture->target, old, old_length);
  g_assert_cmpstr (buntan_project_get_modified (project), ==, modified_before);

  fail_rename_to = NULL;
  g_clear_error (&error);
  g_assert_true (save_path (project, fixture->target, &error));
  g_assert_no_error (error);
  g_assert_false (buntan_project_get_is_modified (project));
  reloaded = load_path (fixture->target, &error);
  g_assert_no_error (error);
  expected = canonical_text (project);
  actual = canonical_text (reloaded);
  g_assert_cmpstr (actual, ==, expected);
}

/* A path through a file ("report.pdf/project.buntan"): nothing can be
 * created there, and the file in the way is left alone. */
static void
test_parent_is_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = load_sample ();
  g_autofree char *blocker = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *target = g_build_filename (blocker, "project.buntan", NULL);
  g_autoptr (GError) error = NULL;

  write_file (blocker, "%PDF-1.4", 8);
  edit (project);

  g_assert_false (save_path (project, target, &error));
  assert_save_refused (project, target, fixture->dir, 1, error);
  g_assert_nonnull (strstr (error->message, g_strerror (ENOTDIR)));
  assert_file_is (blocker, "%PDF-1.4", 8);
}

/* A folder the user may not write to (root is held to its mode too). */
static void
test_read_only_folder (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = load_sample ();
  g_autoptr (GError) error = NULL;
  g_autofree char *old = NULL;
  gsize            old_length = 0;

  g_assert_true (save_path (project, fixture->target, &error));
  g_assert_no_error (error);
  old = read_file_or_null (fixture->target, &old_length);
  edit (project);

  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  enforce_file_modes (TRUE);
  g_assert_false (save_path (project, fixture->target, &error));
  enforce_file_modes (FALSE);
  g_chmod (fixture->dir, 0755);
  g_assert_nonnull (strstr (error->message, g_strerror (EACCES)));
  assert_save_refused (project, fixture->target, fixture->dir, 1, error);
  assert_file_is (fixture->target, old, old_length);
}

/* A full disk, made with a file size limit: with SIGXFSZ ignored, write()
 * fails with EFBIG once the temporary file reaches the limit. The limit
 * holds for the whole process, so the test runs in a child. */
static void
test_file_too_large (Fixture *fixture, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr (BuntanProject) project = big_project_new (200, 4, "大きな案件");
      g_autoptr (GError) error = NULL;
      g_autofree char *old = NULL;
      struct rlimit    limit;
      gsize            old_length = 0;

      g_assert_true (save_path (project, fixture->target, &error));
      g_assert_no_error (error);
      old = read_file_or_null (fixture->target, &old_length);
      g_assert_cmpuint (old_length, >, 4 * 16384);
      edit (project);

      signal (SIGXFSZ, SIG_IGN);
      limit.rlim_cur = limit.rlim_max = 16384;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (save_path (project, fixture->target, &error));
      assert_save_refused (project, fixture->target, fixture->dir, 1, error);
      g_assert_nonnull (strstr (error->message, g_strerror (EFBIG)));
      assert_file_is (fixture->target, old, old_length);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Deletes what killed saves left beside the target (their temporary files)
 * and says whether there was any: a kill that landed mid-write. The kept
 * copies of the export test live in a folder, which stays. */
static gboolean
remove_leftovers (const char *dir, const char *keep)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  gboolean    found = FALSE;
  const char *name;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_strcmp0 (path, keep) == 0 || g_file_test (path, G_FILE_TEST_IS_DIR))
        continue;

      found = TRUE;
      g_unlink (path);
    }

  return found;
}

/* The kill harness: a child repeats one save (or export) for ever and
 * writes a byte to a pipe when it starts and after each repetition. */
typedef gboolean (*Repeat) (gpointer data, guint i);

static void G_GNUC_NORETURN
repeat_forever (Repeat repeat, gpointer data, int notify)
{
  if (write (notify, "r", 1) != 1)
    _exit (4);

  for (guint i = 0;; i++)
    {
      if (!repeat (data, i))
        _exit (3);
      if (write (notify, "d", 1) != 1)
        _exit (4);
    }
}

/* Returns once the child has started, with the pipe it writes to. */
static pid_t
fork_repeater (Repeat repeat, gpointer data, int *notify)
{
  int   fds[2];
  pid_t pid;
  char  note;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      repeat_forever (repeat, data, fds[1]);
    }

  close (fds[1]);
  g_assert_cmpint (read (fds[0], &note, 1), ==, 1);
  *notify = fds[0];
  return pid;
}

static void
kill_repeater (pid_t pid, int notify)
{
  int status;

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* Killed by us, not ended by a failed save. */
  g_assert_true (WIFSIGNALED (status));
  close (notify);
}

/* How long the first repetition takes in a fresh child, and each one after
 * it: the first costs more (every page it touches is copied from the
 * parent's). A kill at a random moment of their sum hits the first
 * repetition, then the second, in proportion. */
static gint64
time_repetitions (Repeat repeat, gpointer data)
{
  gint64 start, first;
  int    notify;
  char   note;
  pid_t  pid;

  pid = fork_repeater (repeat, data, &notify);
  start = g_get_monotonic_time ();
  g_assert_cmpint (read (notify, &note, 1), ==, 1);
  first = g_get_monotonic_time () - start;
  g_assert_cmpint (read (notify, &note, 1), ==, 1);
  kill_repeater (pid, notify);

  g_test_message ("the first repetition takes %" G_GINT64_FORMAT " µs, the second %" G_GINT64_FORMAT
                  " µs",
                  first, g_get_monotonic_time () - start - first);
  return g_get_monotonic_time () - start;
}

/* Kills a fresh repeater at a random moment of the @window after it starts.
 * The window then adapts, so that about half the kills come before the
 * first repetition ends and half after, however fast this machine is. */
static void
kill_at_random (Repeat repeat, gpointer data, gint64 *window)
{
  guint finished = 0;
  char  note;
  int   notify;
  int   status;
  pid_t pid;

  pid = fork_repeater (repeat, data, &notify);
  g_usleep (g_test_rand_int_range (0, (gint32) MAX (*window, 1)));
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  /* Killed by us, not ended by a failed save. */
  g_assert_true (WIFSIGNALED (status));

  while (read (notify, &note, 1) == 1)
    finished++;
  close (notify);

  *window += finished == 0 ? *window / 8 : -*window / 8;
}

typedef struct
{
  GFile         *file;
  BuntanProject *next;
  BuntanProject *other;
} Saves;

/* Saves the next version, then the other, then the next again... with the
 * same "modified" each time, so each version's bytes are known. */
static gboolean
save_again (gpointer data, guint i)
{
  Saves *saves = data;

  return buntan_project_save (i % 2 == 0 ? saves->next : saves->other, saves->file,
                              BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, NULL);
}

/* SIGKILL a process that saves a large project again and again, alternating
 * two versions, at random moments: after every kill the file loads and is
 * one of the two versions, byte for byte. */
static void
test_kill_during_save (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) a = big_project_new (KILL_ITEMS, KILL_PARTIES, "版A");
  g_autoptr (BuntanProject) b = big_project_new (KILL_ITEMS, KILL_PARTIES, "版B");
  g_autoptr (GFile) file = g_file_new_for_path (fixture->target);
  g_autoptr (GError) error = NULL;
  g_autofree char *bytes_a = NULL;
  g_autofree char *bytes_b = NULL;
  Saves            saves = { file, b, a };
  gboolean         on_disk_is_a = TRUE;
  guint            seen_a = 0, seen_b = 0, mid_write = 0;
  gsize            length_a = 0, length_b = 0;
  gint64           build_time, window, start;

  {
    GListModel *items = buntan_project_get_items (b);
    g_autoptr (BuntanItem) last =
      g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);

    /* At the very end, where only a whole file differs. */
    buntan_item_set_note (last, "版Bだけの変更");
  }

  start = g_get_monotonic_time ();
  bytes_a = buntan_project_to_data (a, BUNTAN_SAVE_FLAGS_NONE, &length_a);
  build_time = g_get_monotonic_time () - start;
  bytes_b = buntan_project_to_data (b, BUNTAN_SAVE_FLAGS_NONE, &length_b);
  g_assert_false (length_a == length_b && memcmp (bytes_a, bytes_b, length_a) == 0);

  write_file (fixture->target, bytes_a, length_a);
  /* Writing takes about as long as building the text. */
  slow_write_pause = MAX (build_time / (gint64) (length_a / SLOW_CHUNK + 1), 50);
  window = time_repetitions (save_again, &saves);
  remove_leftovers (fixture->dir, fixture->target);
  write_file (fixture->target, bytes_a, length_a);
  g_test_message ("%u items, %" G_GSIZE_FORMAT " bytes, %" G_GINT64_FORMAT " µs to build the text",
                  KILL_ITEMS, length_a, build_time);

  start = g_get_monotonic_time ();
  for (guint round = 0; round < KILL_ROUNDS; round++)
    {
      g_autoptr (BuntanProject) on_disk = NULL;
      g_autofree char *contents = NULL;
      gsize            length = 0;

      /* Each child first saves the version that is not on disk. */
      saves.next = on_disk_is_a ? b : a;
      saves.other = on_disk_is_a ? a : b;
      kill_at_random (save_again, &saves, &window);

      contents = read_file_or_null (fixture->target, &length);
      g_assert_nonnull (contents);
      if (length == length_a && memcmp (contents, bytes_a, length) == 0)
        on_disk_is_a = TRUE;
      else if (length == length_b && memcmp (contents, bytes_b, length) == 0)
        on_disk_is_a = FALSE;
      else
        g_error ("round %u: the file is neither version (%" G_GSIZE_FORMAT " bytes)", round,
                 length);
      if (on_disk_is_a)
        seen_a++;
      else
        seen_b++;

      /* Byte for byte one version, so this only proves the reader agrees. */
      on_disk = load_path (fixture->target, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (buntan_project_get_title (on_disk), ==, on_disk_is_a ? "版A" : "版B");

      if (remove_leftovers (fixture->dir, fixture->target))
        mid_write++;
    }

  g_test_message ("%u rounds in %.1f s: version A %u times, B %u times, killed mid-write %u times "
                  "(kills within %" G_GINT64_FORMAT " µs of the start at the end)",
                  KILL_ROUNDS, (g_get_monotonic_time () - start) / 1e6, seen_a, seen_b, mid_write,
                  window);
  /* A harness whose kills always came too early or too late proves nothing. */
  g_assert_cmpuint (seen_a, >, 0);
  g_assert_cmpuint (seen_b, >, 0);
  g_assert_cmpuint (mid_write, >, 0);
}

typedef struct
{
  BuntanProject *project;
  GFile         *file;
} Exports;

static gboolean
export_again (gpointer data, guint i)
{
  Exports *exports = data;

  return buntan_export_xlsx (exports->project, exports->file, BUNTAN_EXPORT_FLAGS_INCLUDE_PART1,
                             NULL);
}

/* Python's zipfile checks every member's CRC, openpyxl reads a workbook as
 * Excel would; both are readers we did not write. */
static const char check_workbooks[] =
  "import sys, zipfile\n"
  "for path in sys.argv[2:]:\n"
  "    with zipfile.ZipFile(path) as z:\n"
  "        bad = z.testzip()\n"
  "        assert bad is None, f'{path}: {bad} is damaged'\n"
  "        assert 'xl/workbook.xml' in z.namelist(), f'{path}: no workbook'\n"
  "if sys.argv[1] == 'openpyxl':\n"
  "    import openpyxl\n"
  "    for path in sys.argv[2:4]:\n"
  "        wb = openpyxl.load_workbook(path, read_only=True)\n"
  "        assert len(wb.sheetnames) > 1, path\n"
  "print(f'{len(sys.argv) - 2} workbooks are whole')\n";

/* Runs a check in Debian's python3 (the one that sees python3-openpyxl)
 * and asserts that it passed; %FALSE, the test skipped, without it. */
static gboolean
run_python_check (const char *script, const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3 to read the workbook back");
      return FALSE;
    }

  g_ptr_array_add (argv, "/usr/bin/python3");
  g_ptr_array_add (argv, "-c");
  g_ptr_array_add (argv, (gpointer) script);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_test_message ("%s%s", out, err);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return TRUE;
}

static void
check_snapshots (GPtrArray *snapshots)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  gboolean have_openpyxl;
  int      status;

  have_openpyxl = g_spawn_command_line_sync ("/usr/bin/python3 -c 'import openpyxl'", NULL, NULL,
                                             &status, NULL) &&
                  g_spawn_check_wait_status (status, NULL);

  g_ptr_array_add (args, have_openpyxl ? "openpyxl" : "zipfile");
  for (guint i = 0; i < snapshots->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (snapshots, i));
  g_ptr_array_add (args, NULL);

  run_python_check (check_workbooks, (const char *const *) args->pdata);
}

/* The same for the Excel export: after a kill the target name is either
 * absent (no export finished yet) or a whole workbook. */
static void
test_kill_during_export (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) project = big_project_new (EXPORT_KILL_ITEMS, KILL_PARTIES, "出力中断");
  g_autoptr (GPtrArray) snapshots = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *target = g_build_filename (fixture->dir, "matrix.xlsx", NULL);
  g_autofree char *kept = g_build_filename (fixture->dir, "kept", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (target);
  Exports exports = { project, file };
  guint   absent = 0, mid_write = 0;
  gint64  window, start;

  g_assert_cmpint (g_mkdir (kept, 0755), ==, 0);
  g_test_message ("exports of %u items", EXPORT_KILL_ITEMS);
  window = time_repetitions (export_again, &exports);

  start = g_get_monotonic_time ();
  for (guint round = 0; round < KILL_ROUNDS; round++)
    {
      g_autofree char *contents = NULL;
      gsize            length = 0;

      /* Every other round starts with no workbook, so that "absent" is
       * tested as often as "replaced". */
      if (round % 2 == 0)
        g_unlink (target);

      kill_at_random (export_again, &exports, &window);

      contents = read_file_or_null (target, &length);
      if (contents == NULL)
        {
          absent++;
        }
      else
        {
          char *snapshot = g_strdup_printf ("%s/%03u.xlsx", kept, round);

          write_file (snapshot, contents, length);
          g_ptr_array_add (snapshots, snapshot);
        }

      if (remove_leftovers (fixture->dir, target))
        mid_write++;
    }

  g_test_message ("%u rounds in %.1f s: no workbook %u times, a workbook %u times, "
                  "killed mid-write %u times",
                  KILL_ROUNDS, (g_get_monotonic_time () - start) / 1e6, absent, snapshots->len,
                  mid_write);
  g_assert_cmpuint (snapshots->len, >, 0);
  g_assert_cmpuint (absent, >, 0);
  g_assert_cmpuint (mid_write, >, 0);
  check_snapshots (snapshots);
}

/* The fuzzers' finding in the export: a title with "&G" in it ("P&G") made
 * libxlsxwriter 1.1.4 free the page header twice. */
static const char check_headers[] =
  "import html, re, sys, zipfile\n"
  "with zipfile.ZipFile(sys.argv[1]) as z:\n"
  "    assert z.testzip() is None\n"
  "    sheets = [n for n in z.namelist() if n.startswith('xl/worksheets/sheet')]\n"
  "    for name in sheets:\n"
  "        xml = z.read(name).decode('utf-8')\n"
  "        header = html.unescape(re.search('<oddHeader>([^<]*)</oddHeader>', xml).group(1))\n"
  "        assert sys.argv[2] in header, (name, header)\n"
  "print(f'{len(sheets)} sheets have the title in their header')\n";

static void
test_export_ampersand_g (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("fuzz-ampersand-g.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "p-and-g.xlsx", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (target);
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  const char *args[] = { target, "P＆G記念病院 第2＆[Picture]期 ＆G 契約 A&&B", NULL };

  project = load_path (source, &error);
  g_assert_no_error (error);
  g_assert_true (buntan_export_xlsx (project, file, BUNTAN_EXPORT_FLAGS_INCLUDE_PART1, &error));
  g_assert_no_error (error);

  run_python_check (check_headers, args);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add ("/reliability/save/rename-onto-folder", Fixture, NULL, fixture_set_up,
              test_rename_onto_folder, save_fixture_tear_down);
  g_test_add ("/reliability/save/rename-fails", Fixture, NULL, fixture_set_up, test_rename_fails,
              save_fixture_tear_down);
  g_test_add ("/reliability/save/parent-is-file", Fixture, NULL, fixture_set_up,
              test_parent_is_file, save_fixture_tear_down);
  g_test_add ("/reliability/save/read-only-folder", Fixture, NULL, fixture_set_up,
              test_read_only_folder, save_fixture_tear_down);
  g_test_add ("/reliability/save/file-too-large", Fixture, NULL, fixture_set_up,
              test_file_too_large, save_fixture_tear_down);
  g_test_add ("/reliability/save/kill", Fixture, NULL, fixture_set_up, test_kill_during_save,
              save_fixture_tear_down);
  g_test_add ("/reliability/export/fuzz/ampersand-g", Fixture, NULL, fixture_set_up,
              test_export_ampersand_g, save_fixture_tear_down);
  g_test_add ("/reliability/export/kill", Fixture, NULL, fixture_set_up, test_kill_during_export,
              save_fixture_tear_down);

  return g_test_run ();
}
