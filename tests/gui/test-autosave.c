/* test-autosave.c — recovery copies of unsaved work, and restoring them after a crash
 *
 * Before anything else, main() forks a child that runs the real window in
 * its own process: it opens a project, changes an item, waits until the
 * recovery copy is on disk and says so through a pipe. The crash test kills
 * it (SIGKILL: nothing of Buntan runs after that), then starts the
 * application in this process, which must offer the copy and restore it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buntan-autosave.h"
#include "buntan-status-cell.h"
#include "gui-window-util.h"

#define CRASH_NOTE "decided just before the crash"

static BuntanApplication *application;
static char              *sample_path;
static char              *state_dir;
static char              *crash_dir;
static char              *crash_path;
static pid_t              crash_pid;
static int                crash_ready_fd = -1;

static GFile *
recovery_dir (void)
{
  return buntan_recovery_dup_directory ();
}

static guint
count_copies (void)
{
  g_autoptr (GFile) directory = recovery_dir ();
  g_autofree char *path = g_file_get_path (directory);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint       n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n++;
  return n;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static gboolean
file_exists (GFile *file)
{
  return file != NULL && g_file_query_exists (file, NULL);
}

static BuntanAutosave *
autosave_of (BuntanWindow *window)
{
  return buntan_window_get_autosave (window);
}

static GFile *
wait_for_copy (BuntanWindow *window)
{
  GUI_TEST_WAIT (file_exists (buntan_autosave_get_file (autosave_of (window))));
  return buntan_autosave_get_file (autosave_of (window));
}

/* The copy: where it must be, loads, holds what the window holds; the
 * user's file is untouched. */
static void
test_copy (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = gui_copy_file (sample_path, dir, "project.buntan");
  g_autofree char *before = read_file (path);
  g_autofree char *after = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *copy_fingerprint = NULL;
  g_autofree char *copy_path = NULL;
  g_autofree char *copy_dir = NULL;
  g_autoptr (GFile) directory = recovery_dir ();
  g_autoptr (GFile) original = NULL;
  g_autoptr (GDateTime) saved = NULL;
  g_autoptr (BuntanProject) copy = NULL;
  g_autoptr (GError) error = NULL;
  BuntanWindow   *window = gui_window_new (application);
  BuntanProject  *project = gui_window_open (window, path);
  BuntanPartPage *page = gui_show_part (window, 2);
  BuntanItemCell *status;
  BuntanItem     *item;
  GFile          *file;
  GStatBuf        st;

  /* Nothing to keep while nothing changed. */
  gui_test_spin (1500);
  g_assert_null (buntan_autosave_get_file (autosave_of (window)));

  GUI_TEST_WAIT ((status = gui_row_cell (page, BUNTAN_TYPE_STATUS_CELL, NULL)) != NULL);
  item = buntan_item_cell_get_item (status);
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (status),
                              buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED
                                ? BUNTAN_ITEM_STATUS_DISCUSSING
                                : BUNTAN_ITEM_STATUS_AGREED);
  file = wait_for_copy (window);

  copy_path = g_file_get_path (file);
  copy_dir = g_path_get_dirname (copy_path);
  g_assert_true (g_file_has_parent (file, directory));
  g_assert_true (g_str_has_prefix (copy_path, state_dir));
  g_assert_cmpint (g_stat (copy_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  copy = buntan_project_new_from_file (file, &error);
  g_assert_no_error (error);
  fingerprint = buntan_project_dup_fingerprint (project);
  copy_fingerprint = buntan_project_dup_fingerprint (copy);
  g_assert_cmpstr (copy_fingerprint, ==, fingerprint);
  g_assert_true (buntan_recovery_read_info (file, &original, &saved));
  g_assert_nonnull (original);
  g_assert_cmpstr (g_file_peek_path (original), ==, path);
  g_assert_nonnull (saved);

  /* The window's project still belongs to the user's file, which is as it was. */
  g_assert_cmpstr (g_file_peek_path (buntan_project_get_file (project)), ==, path);
  g_assert_true (buntan_project_get_is_modified (project));
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);

  /* A later change reaches the copy on the next round. */
  buntan_item_set_note (item, "second change");
  g_clear_object (&copy);
  GUI_TEST_WAIT (
    (copy = buntan_project_new_from_file (file, NULL)) != NULL &&
    g_strcmp0 (buntan_item_get_note (buntan_project_find_item (copy, buntan_item_get_id (item))),
               "second change") == 0);
  g_clear_pointer (&after, g_free);
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);

  /* Saved: the work is safe, the copy goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_null (buntan_autosave_get_file (autosave_of (window)));
  g_assert_cmpuint (count_copies (), ==, 0);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Undone back to what the file holds: nothing to recover. */
static void
test_undo_removes (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = gui_copy_file (sample_path, dir, "project.buntan");
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, path);
  g_autoptr (GFile) file = NULL;

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "for a moment");
  file = g_object_ref (wait_for_copy (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_cmpuint (count_copies (), ==, 0);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Closing with "Discard" gives the work up, copy and all. */
static void
test_discard_removes (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = gui_copy_file (sample_path, dir, "project.buntan");
  g_autofree char *before = read_file (path);
  g_autofree char *after = NULL;
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, path);
  g_autoptr (GFile) file = NULL;
  AdwMessageDialog *dialog;
  gboolean          destroyed = FALSE;

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "given up");
  file = g_object_ref (wait_for_copy (window));

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (gui_set_flag_cb), &destroyed);
  gtk_window_close (GTK_WINDOW (window));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "discard");
  GUI_TEST_WAIT (destroyed);

  g_assert_false (g_file_query_exists (file, NULL));
  g_assert_cmpuint (count_copies (), ==, 0);
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
  gui_remove_dir (dir);
}

/* A project never saved has a copy too, that says so. */
static void
test_untitled (void)
{
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = NULL;
  g_autoptr (GFile) original = NULL;
  g_autofree char *name = NULL;
  GFile           *file;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", "(ss^as)", "",
                                             "", (const char *const[]){ NULL }));
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);
  buntan_project_set_title (project, "まだ保存していない協議");
  file = wait_for_copy (window);

  name = g_file_get_basename (file);
  g_assert_true (g_str_has_prefix (name, "untitled-"));
  g_assert_true (buntan_recovery_read_info (file, &original, NULL));
  g_assert_null (original);

  gui_window_destroy (window);
  g_assert_cmpuint (count_copies (), ==, 0);
}

/* Turning to another window writes the copy at once, long before the
 * timer would. */
static void
test_focus_loss (void)
{
  BuntanWindow  *window, *other;
  BuntanProject *project;

  g_setenv ("BUNTAN_AUTOSAVE_SECONDS", "3600", TRUE);
  window = gui_window_new (application);
  g_setenv ("BUNTAN_AUTOSAVE_SECONDS", "1", TRUE);
  project = gui_window_open (window, sample_path);
  GUI_TEST_WAIT (gtk_window_is_active (GTK_WINDOW (window)));

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "typed, then away");
  gui_test_spin (1500);
  g_assert_null (buntan_autosave_get_file (autosave_of (window)));

  other = gui_window_new (application);
  GUI_TEST_WAIT (!gtk_window_is_active (GTK_WINDOW (window)));
  wait_for_copy (window);

  gui_window_destroy (other);
  gui_window_destroy (window);
  g_assert_cmpuint (count_copies (), ==, 0);
}

/* Recovery --------------------------------------------------------------- */

static AdwMessageDialog *
wait_for_offer (void)
{
  AdwMessageDialog *dialog;

  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Restore Unsaved Work?");
  return dialog;
}

static BuntanWindow *
only_window (void)
{
  GList        *windows = gtk_application_get_windows (GTK_APPLICATION (application));
  BuntanWindow *found = NULL;

  for (GList *l = windows; l != NULL; l = l->next)
    if (BUNTAN_IS_WINDOW (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }

  g_assert_nonnull (found);
  return found;
}

/* The child was killed with its work unsaved; the next start offers it,
 * and restoring gives back the work, unsaved, belonging to its file. */
static void
test_after_crash (void)
{
  g_autofree char *before = read_file (crash_path);
  g_autofree char *saved_text = NULL;
  g_autoptr (GPtrArray) orphans = NULL;
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GFile) copy = NULL;
  g_autoptr (GFile) original = NULL;
  struct pollfd     ready = { .fd = crash_ready_fd, .events = POLLIN };
  BuntanProject    *project;
  BuntanWindow     *window;
  AdwMessageDialog *dialog;
  const char       *body;
  char              answer = 0;
  int               child_status;

  g_assert_cmpint (crash_pid, >, 0);
  g_assert_cmpint (poll (&ready, 1, 60 * 1000), ==, 1);
  g_assert_cmpint (read (crash_ready_fd, &answer, 1), ==, 1);
  g_assert_cmpint (answer, ==, 'R');
  g_assert_cmpint (kill (crash_pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (crash_pid, &child_status, 0), ==, crash_pid);
  g_assert_true (WIFSIGNALED (child_status) && WTERMSIG (child_status) == SIGKILL);

  /* What the crash left: one copy, of crash.buntan, which is as it was. */
  orphans = buntan_recovery_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  copy = g_object_ref (g_ptr_array_index (orphans, 0));
  g_assert_true (buntan_recovery_read_info (copy, &original, NULL));
  g_assert_cmpstr (g_file_peek_path (original), ==, crash_path);
  saved_text = read_file (crash_path);
  g_assert_cmpstr (saved_text, ==, before);

  /* The next start. */
  g_application_activate (G_APPLICATION (application));
  dialog = wait_for_offer ();
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "crash.buntan"));
  g_assert_nonnull (strstr (body, crash_dir));
  adw_message_dialog_response (dialog, "restore");

  window = only_window ();
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);
  g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (project, "P2-A-3")), ==,
                   CRASH_NOTE);
  g_assert_cmpstr (buntan_item_get_owner (buntan_project_find_item (project, "P2-A-3")), ==, "v2");
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (gui_title_marked (window));
  g_assert_cmpstr (g_file_peek_path (buntan_project_get_file (project)), ==, crash_path);
  /* The copy stays until the work is safe: a second crash loses nothing. */
  g_assert_true (g_file_query_exists (copy, NULL));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  /* Ctrl+S writes the user's own file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  reloaded = buntan_project_new_from_file (buntan_project_get_file (project), NULL);
  g_assert_nonnull (reloaded);
  g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (reloaded, "P2-A-3")), ==,
                   CRASH_NOTE);
  g_assert_false (g_file_query_exists (copy, NULL));
  g_assert_cmpuint (count_copies (), ==, 0);

  gui_window_destroy (window);
}

/* A copy left behind by a process that is gone: written here by hand. */
static GFile *
leave_copy (const char *original_path, const char *note)
{
  g_autoptr (GFile) directory = recovery_dir ();
  g_autofree char *directory_path = g_file_get_path (directory);
  g_autoptr (GFile) original = g_file_new_for_path (original_path);
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (original, NULL);
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autofree char *uri = g_file_get_uri (original);
  g_autofree char *info_path = g_build_filename (directory_path, "left.info", NULL);
  GFile           *copy = g_file_get_child (directory, "left.buntan");
  pid_t            gone = fork ();

  /* A process id that surely belongs to nobody now. */
  if (gone == 0)
    _exit (0);
  waitpid (gone, NULL, 0);

  g_assert_nonnull (project);
  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), note);
  g_assert_cmpint (g_mkdir_with_parents (directory_path, 0700), ==, 0);
  g_assert_true (buntan_project_save_copy (project, copy, NULL));
  g_key_file_set_string (info, "Recovery", "Original", uri);
  g_key_file_set_int64 (info, "Recovery", "Pid", gone);
  g_assert_true (g_key_file_save_to_file (info, info_path, NULL));

  return copy;
}

static void
test_offer_discard_and_later (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = gui_copy_file (sample_path, dir, "project.buntan");
  g_autofree char *before = read_file (path);
  g_autofree char *after = NULL;
  g_autoptr (GFile) copy = leave_copy (path, "left behind");
  BuntanWindow *window = gui_window_new (application);

  /* Not now: the copy stays for the next start. */
  buntan_window_offer_recovery (window);
  adw_message_dialog_response (wait_for_offer (), "later");
  GUI_TEST_WAIT (gui_test_count_message_dialogs (NULL) == 0);
  g_assert_true (g_file_query_exists (copy, NULL));
  g_assert_null (buntan_window_get_project (window));

  /* Discard: gone, and the user's file as it was. */
  buntan_window_offer_recovery (window);
  adw_message_dialog_response (wait_for_offer (), "discard");
  GUI_TEST_WAIT (!g_file_query_exists (copy, NULL));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);
  g_assert_cmpuint (count_copies (), ==, 0);
  g_assert_null (buntan_window_get_project (window));
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);

  /* Nothing left, nothing asked. */
  buntan_window_offer_recovery (window);
  gui_test_spin (200);
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Restoring beside a window that shows a project opens a new window. */
static void
test_restore_beside (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = gui_copy_file (sample_path, dir, "project.buntan");
  g_autoptr (GFile) copy = leave_copy (path, "restored beside");
  BuntanWindow *window = gui_window_new (application);
  BuntanWindow *restored = NULL;
  GList        *windows;

  gui_window_open (window, sample_path);
  buntan_window_offer_recovery (window);
  adw_message_dialog_response (wait_for_offer (), "restore");
  GUI_TEST_WAIT (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))) == 2);

  windows = gtk_application_get_windows (GTK_APPLICATION (application));
  for (GList *l = windows; l != NULL; l = l->next)
    if (BUNTAN_IS_WINDOW (l->data) && l->data != window)
      restored = l->data;
  g_assert_nonnull (restored);
  g_assert_cmpstr (buntan_item_get_note (
                     buntan_project_find_item (buntan_window_get_project (restored), "P2-A-1")),
                   ==, "restored beside");
  g_assert_true (buntan_autosave_get_file (autosave_of (restored)) != NULL);

  /* Closed with its changes given up, it takes the copy along. */
  gui_window_destroy (restored);
  g_assert_false (g_file_query_exists (copy, NULL));
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* The crashing child ------------------------------------------------------- */

static gboolean
child_copy_written (BuntanWindow *window)
{
  return file_exists (buntan_autosave_get_file (buntan_window_get_autosave (window)));
}

G_GNUC_NORETURN static void
run_crash_child (int ready_fd)
{
  g_autoptr (BuntanApplication) app = NULL;
  BuntanProject *project;
  BuntanWindow  *window;
  BuntanItem    *item;

  if (!gtk_init_check ())
    _exit (77);

  buntan_core_init ();
  buntan_register_resource ();
  app = buntan_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, NULL))
    _exit (1);

  window = gui_window_new (app);
  project = gui_window_open (window, crash_path);
  item = buntan_project_find_item (project, "P2-A-3");
  buntan_item_set_note (item, CRASH_NOTE);
  buntan_item_set_owner (item, "v2");
  GUI_TEST_WAIT_SECONDS (child_copy_written (window), 30);

  if (write (ready_fd, "R", 1) != 1)
    _exit (1);

  /* Working on, until killed. */
  for (;;)
    g_main_context_iteration (NULL, TRUE);
}

static void
start_crash_child (void)
{
  int fds[2];

  crash_dir = gui_make_dir ();
  crash_path = gui_copy_file (sample_path, crash_dir, "crash.buntan");

  g_assert_cmpint (pipe (fds), ==, 0);
  crash_pid = fork ();
  g_assert_cmpint (crash_pid, >=, 0);
  if (crash_pid == 0)
    {
      close (fds[0]);
      run_crash_child (fds[1]);
    }

  close (fds[1]);
  crash_ready_fd = fds[0];
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_home = NULL;
  int              status;

  /* The same throw-away folders for both processes; a copy every second. */
  state_dir = g_dir_make_tmp ("buntan-state-XXXXXX", &error);
  g_assert_no_error (error);
  data_home = g_dir_make_tmp ("buntan-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("BUNTAN_AUTOSAVE_SECONDS", "1", TRUE);
  sample_path = gui_source_path ("data", "examples", "sample.buntan", NULL);

  /* Before GTK starts here: the child must not share this process's
   * connection to the display. Without a display it gives up at once. */
  start_crash_child ();

  application = gui_test_start (&argc, &argv);
  if (application == NULL)
    {
      kill (crash_pid, SIGKILL);
      waitpid (crash_pid, NULL, 0);
      return 0;
    }

  /* First: the copy the child left must be the only one. */
  g_test_add_func ("/buntan/recovery/after-crash", test_after_crash);
  g_test_add_func ("/buntan/recovery/discard-and-later", test_offer_discard_and_later);
  g_test_add_func ("/buntan/recovery/restore-beside", test_restore_beside);
  g_test_add_func ("/buntan/autosave/copy", test_copy);
  g_test_add_func ("/buntan/autosave/undo-removes", test_undo_removes);
  g_test_add_func ("/buntan/autosave/discard-removes", test_discard_removes);
  g_test_add_func ("/buntan/autosave/untitled", test_untitled);
  g_test_add_func ("/buntan/autosave/focus-loss", test_focus_loss);

  status = g_test_run ();

  g_clear_object (&application);
  gui_remove_dir (crash_dir);
  gui_remove_dir (state_dir);
  gui_remove_dir (data_home);
  g_free (crash_dir);
  g_free (crash_path);
  g_free (state_dir);
  g_free (sample_path);
  return status;
}
