/* test-open.c — opening a project in the background, and what a window builds at start
 *
 * A project is read in a worker thread: the window goes on answering while
 * a large file is read, shows that it is reading, drops a reading that a
 * newer choice replaced, and keeps its project when the file is bad. A new
 * window builds only what its first frame shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "big-project.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

/* Large enough to take a while to read on any machine (see issue 7's
 * benchmark: some 0.4 s here), small enough for a test. */
#define BIG_ITEMS 10000

static BuntanApplication *application;
static char              *sample_path;
static char              *big_dir;
static char              *big_path;

static gboolean
count_tick_cb (gpointer data)
{
  guint *ticks = data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

/* The status page on screen: the empty window's, or the one shown while
 * the first project is read. */
static const char *
shown_status_title (BuntanWindow *window)
{
  AdwStatusPage *page = gui_test_find_mapped (window, ADW_TYPE_STATUS_PAGE);

  return page != NULL ? adw_status_page_get_title (page) : NULL;
}

/* The header's spinner: another project is being read. */
static gboolean
header_spinner_shown (BuntanWindow *window)
{
  AdwHeaderBar *header = gui_test_find_visible (window, ADW_TYPE_HEADER_BAR);

  return gui_test_find_mapped (header, GTK_TYPE_SPINNER) != NULL;
}

static GtkStack *
find_main_stack (BuntanWindow *window)
{
  g_autoptr (GPtrArray) stacks = gui_test_find_all (window, GTK_TYPE_STACK);

  for (guint i = 0; i < stacks->len; i++)
    if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "empty") != NULL)
      return g_ptr_array_index (stacks, i);

  g_error ("The window has no main stack");
}

static void
assert_file (BuntanProject *project, const char *path)
{
  g_assert_nonnull (project);
  g_assert_nonnull (buntan_project_get_file (project));
  g_assert_cmpstr (g_file_peek_path (buntan_project_get_file (project)), ==, path);
}

/* A large file is read while the main loop goes on; the project shown
 * stays, usable, until the new one is there. */
static void
test_open_in_background (void)
{
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *before = gui_window_open (window, sample_path);
  guint          ticks = 0;
  guint          tick;

  g_assert_false (header_spinner_shown (window));
  g_assert_true (gui_action_enabled (window, "win.new"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", big_path));
  /* The action has returned, and the file is not read yet: it is read in
   * the background. */
  g_assert_true (buntan_window_get_project (window) == before);
  g_assert_true (header_spinner_shown (window));
  /* What would race the file to the window waits; the open project can
   * still be worked on. */
  g_assert_false (gui_action_enabled (window, "win.new"));
  g_assert_false (gui_action_enabled (window, "win.open-sample"));
  g_assert_true (gui_action_enabled (window, "win.save"));
  buntan_item_set_note (buntan_project_find_item (before, "P2-A-1"), "typed while reading");

  tick = g_timeout_add (5, count_tick_cb, &ticks);
  GUI_TEST_WAIT_SECONDS (buntan_window_get_project (window) != before ||
                           gui_test_find_message_dialog () != NULL,
                         60);
  g_source_remove (tick);
  /* The unsaved note asks first. */
  if (buntan_window_get_project (window) == before)
    {
      AdwMessageDialog *dialog = gui_test_find_message_dialog ();

      g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
      adw_message_dialog_response (dialog, "discard");
      GUI_TEST_WAIT (buntan_window_get_project (window) != before);
    }
  g_test_message ("the main loop ran %u times (5 ms ticks) while the file was read", ticks);
  g_assert_cmpuint (ticks, >, 0);

  assert_file (buntan_window_get_project (window), big_path);
  g_assert_cmpuint (g_list_model_get_n_items (
                      buntan_project_get_items (buntan_window_get_project (window))),
                    ==, BIG_ITEMS);
  g_assert_false (header_spinner_shown (window));
  g_assert_true (gui_action_enabled (window, "win.new"));

  gui_window_destroy (window);
}

/* An empty window shows that it is reading, not its empty page (whose
 * buttons would start another project). */
static void
test_open_into_empty_window (void)
{
  BuntanWindow    *window = gui_window_new (application);
  g_autofree char *no_project = g_strdup (shown_status_title (window));

  g_assert_nonnull (no_project);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", big_path));
  g_assert_null (buntan_window_get_project (window));
  GUI_TEST_WAIT (shown_status_title (window) != NULL &&
                 g_strcmp0 (shown_status_title (window), no_project) != 0);
  g_assert_cmpstr (shown_status_title (window), ==, "Opening the Project…");
  g_assert_nonnull (gui_test_find_mapped (find_main_stack (window), GTK_TYPE_SPINNER));
  g_assert_false (gui_action_enabled (window, "win.new"));

  GUI_TEST_WAIT_SECONDS (buntan_window_get_project (window) != NULL, 60);
  assert_file (buntan_window_get_project (window), big_path);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_main_stack (window)), ==, "project");
  g_assert_true (gui_action_enabled (window, "win.new"));

  gui_window_destroy (window);
}

/* A second choice while the first file is read: the second wins, and the
 * first never replaces it, even once read. */
static void
test_open_twice (void)
{
  BuntanWindow *window = gui_window_new (application);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", big_path));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", sample_path));
  GUI_TEST_WAIT_SECONDS (buntan_window_get_project (window) != NULL, 60);
  assert_file (buntan_window_get_project (window), sample_path);

  /* Long enough for the big file's reading to end here. */
  gui_test_spin (1500);
  assert_file (buntan_window_get_project (window), sample_path);
  g_assert_false (header_spinner_shown (window));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  gui_window_destroy (window);
}

/* A file that cannot be read, chosen while another is read: one error,
 * and the project shown stays as it was. */
static void
test_failed_open_keeps_project (void)
{
  g_autofree char  *missing = g_build_filename (big_dir, "missing.buntan", NULL);
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *before = gui_window_open (window, sample_path);
  g_autofree char  *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", big_path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", missing));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Project");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "missing.buntan"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "The project that was open stays open, unchanged."));
  g_assert_true (buntan_window_get_project (window) == before);
  g_assert_false (header_spinner_shown (window));
  adw_message_dialog_response (dialog, "close");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  gui_test_spin (1500);
  g_assert_true (buntan_window_get_project (window) == before);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  gui_window_destroy (window);
}

/* A window closed while it reads a file goes quietly. */
static void
test_close_while_reading (void)
{
  BuntanWindow *window = gui_window_new (application);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", big_path));
  gui_window_destroy (window);
  gui_test_spin (1500);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);
}

/* `buntan FILE` twice while the first is still being read: one window. */
static void
test_application_open_while_reading (void)
{
  g_autoptr (GFile) big = g_file_new_for_path (big_path);
  GList *windows;

  g_application_open (G_APPLICATION (application), &big, 1, "");
  g_application_open (G_APPLICATION (application), &big, 1, "");
  windows = gtk_application_get_windows (GTK_APPLICATION (application));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  GUI_TEST_WAIT_SECONDS (buntan_window_get_project (windows->data) != NULL, 60);
  assert_file (buntan_window_get_project (windows->data), big_path);

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (application))) != NULL)
    gui_window_destroy (windows->data);
}

/* A window maps without what its first frame does not show: the project's
 * pages come with the first project, meeting mode and the shortcuts window
 * when asked for. */
static void
test_built_when_needed (void)
{
  BuntanWindow *window = gui_window_new (application);
  AdwViewStack *stack = g_ptr_array_index (gui_test_find_all (window, ADW_TYPE_VIEW_STACK), 0);
  g_autoptr (GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  static const char *const names[] = { "part1", "part2", "matrix", "summary" };
  GtkWidget               *overlay;

  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, 0);
  g_assert_null (gtk_stack_get_child_by_name (find_main_stack (window), "meeting"));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  gui_window_open (window, sample_path);
  g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (AdwViewStackPage) page = g_list_model_get_item (pages, i);

      g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, names[i]);
      g_assert_nonnull (adw_view_stack_page_get_title (page));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
    }
  /* Shown on the page the user had last (the default: Part 2). */
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "part2");

  /* Ctrl+? builds the shortcuts window once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  GUI_TEST_WAIT (gtk_widget_get_visible (overlay));
  gtk_widget_set_visible (overlay, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (GTK_WIDGET (gtk_application_window_get_help_overlay (
                   GTK_APPLICATION_WINDOW (window))) == overlay);
  GUI_TEST_WAIT (gtk_widget_get_visible (overlay));
  gtk_widget_set_visible (overlay, FALSE);

  /* Meeting mode builds its view when it starts. */
  g_assert_nonnull (_buntan_window_get_meeting_view (window));
  g_assert_nonnull (gtk_stack_get_child_by_name (find_main_stack (window), "meeting"));

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *json = NULL;
  gsize            length;
  int              result;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = buntan_test_sample_path ();
  big_dir = gui_make_dir ();
  big_path = g_build_filename (big_dir, "big.buntan", NULL);
  json = big_project_json (BIG_ITEMS, 20, "Big", &length);
  g_assert_true (g_file_set_contents (big_path, json, (gssize) length, NULL));

  g_test_add_func ("/buntan/open/in-background", test_open_in_background);
  g_test_add_func ("/buntan/open/into-empty-window", test_open_into_empty_window);
  g_test_add_func ("/buntan/open/twice", test_open_twice);
  g_test_add_func ("/buntan/open/failed-keeps-project", test_failed_open_keeps_project);
  g_test_add_func ("/buntan/open/close-while-reading", test_close_while_reading);
  g_test_add_func ("/buntan/open/application-open-while-reading",
                   test_application_open_while_reading);
  g_test_add_func ("/buntan/open/built-when-needed", test_built_when_needed);

  result = g_test_run ();

  gui_remove_dir (big_dir);
  g_free (big_path);
  g_free (big_dir);
  g_free (sample_path);
  g_object_unref (application);
  return result;
}
