/* test-export.c — the window exports on a worker thread, and asks safely first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;

/* Holds the export's worker thread until the test opens it: no timing. */
typedef struct
{
  GMutex   mutex;
  GCond    cond;
  gboolean open;
  guint    n_entered;
  guint    n_finished;
  GThread *worker;
} Gate;

static void
gate_hook (gboolean finished, gpointer data)
{
  Gate *gate = data;

  g_mutex_lock (&gate->mutex);
  if (finished)
    {
      gate->n_finished++;
      g_mutex_unlock (&gate->mutex);
      return;
    }
  gate->n_entered++;
  gate->worker = g_thread_self ();
  while (!gate->open)
    g_cond_wait (&gate->cond, &gate->mutex);
  g_mutex_unlock (&gate->mutex);
}

static void
gate_open (Gate *gate)
{
  g_mutex_lock (&gate->mutex);
  gate->open = TRUE;
  g_cond_broadcast (&gate->cond);
  g_mutex_unlock (&gate->mutex);
}

static guint
gate_count_entered (Gate *gate)
{
  guint n;

  g_mutex_lock (&gate->mutex);
  n = gate->n_entered;
  g_mutex_unlock (&gate->mutex);
  return n;
}

static guint
gate_count_finished (Gate *gate)
{
  guint n;

  g_mutex_lock (&gate->mutex);
  n = gate->n_finished;
  g_mutex_unlock (&gate->mutex);
  return n;
}

/* What an idle queued after the export started saw. */
typedef struct
{
  Gate         *gate;
  BuntanWindow *window;
  const char   *path;
  gboolean      ran;
  gboolean      written;
  gboolean      exporting;
  gboolean      spinning;
} Witness;

static gboolean
witness_idle_cb (gpointer data)
{
  Witness *witness = data;

  witness->ran = TRUE;
  witness->written = g_file_test (witness->path, G_FILE_TEST_EXISTS);
  witness->exporting = witness->window->exporting;
  witness->spinning = witness->window->export_spinner != NULL &&
                      gtk_widget_get_mapped (witness->window->export_spinner);
  gate_open (witness->gate);
  return G_SOURCE_REMOVE;
}

static GBytes *
read_bytes (const char *path)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
test_background (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "matrix.xlsx", NULL);
  g_autofree char *second = g_build_filename (dir, "second.xlsx", NULL);
  g_autofree char *direct = g_build_filename (dir, "direct.xlsx", NULL);
  g_autoptr (GFile) direct_file = g_file_new_for_path (direct);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) from_window = NULL;
  g_autoptr (GBytes) from_core = NULL;
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = gui_window_open (window, sample_path);
  Gate           gate = { 0 };
  Witness        witness = { &gate, window, path };

  g_mutex_init (&gate.mutex);
  g_cond_init (&gate.cond);
  _buntan_export_set_thread_hook (gate_hook, &gate);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", path));
  /* The action returned with the worker held: the main loop goes on. */
  g_assert_true (window->exporting);

  /* A second export while the first runs is refused, not interleaved. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", second);

  /* At default priority: at idle priority the header's spinner, redrawn
   * without end under the sanitizers, kept it from ever running. */
  g_idle_add_full (G_PRIORITY_DEFAULT, witness_idle_cb, &witness, NULL);
  EXPORT_WAIT (!window->exporting);

  g_assert_true (witness.ran);
  g_assert_false (witness.written);
  g_assert_true (witness.exporting);
  g_assert_true (witness.spinning);
  g_assert_false (gtk_widget_get_visible (window->export_spinner));
  g_assert_cmpuint (gate_count_entered (&gate), ==, 1);
  g_assert_true (gate.worker != g_thread_self ());
  g_assert_true (buntan_test_is_workbook (path));
  g_assert_false (g_file_test (second, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  /* The snapshot gives the workbook the project itself gives. */
  EXPORT_WAIT (gate_count_finished (&gate) == 1);
  _buntan_export_set_thread_hook (NULL, NULL);
  g_assert_true (buntan_export_xlsx (project, direct_file, BUNTAN_EXPORT_FLAGS_NONE, &error));
  g_assert_no_error (error);
  from_window = read_bytes (path);
  from_core = read_bytes (direct);
  g_assert_true (g_bytes_equal (from_window, from_core));

  /* And the next export may start. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", second));
  EXPORT_WAIT (!window->exporting);
  g_assert_true (buntan_test_is_workbook (second));

  g_mutex_clear (&gate.mutex);
  g_cond_clear (&gate.cond);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_close_while_exporting (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "matrix.xlsx", NULL);
  BuntanWindow    *window = gui_window_new (application);
  Gate             gate = { 0 };

  g_mutex_init (&gate.mutex);
  g_cond_init (&gate.cond);
  _buntan_export_set_thread_hook (gate_hook, &gate);

  gui_window_open (window, sample_path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", path));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gui_window_destroy (window);
  GUI_TEST_WAIT (window == NULL);

  /* The worker finishes for a window that is gone; its answer, queued on
   * this thread before the hook is told, is dropped. */
  gate_open (&gate);
  EXPORT_WAIT (gate_count_finished (&gate) == 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (buntan_test_is_workbook (path));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  _buntan_export_set_thread_hook (NULL, NULL);
  g_mutex_clear (&gate.mutex);
  g_cond_clear (&gate.cond);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  int status;

  /* The same day on the cover of both workbooks compared. */
  g_setenv ("SOURCE_DATE_EPOCH", "1780000000", TRUE);

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = buntan_test_sample_path ();

  g_test_add_func ("/buntan/window/export/background", test_background);
  g_test_add_func ("/buntan/window/export/close-while-exporting", test_close_while_exporting);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
