/* buntan-test-gui.c — what the tests with a display share: start-up, waiting, finding widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>

#include "buntan-test-gui.h"

/* Starts GTK and libadwaita and the core; prints a TAP skip and returns
 * FALSE without a display. */
gboolean
gui_test_init_gtk (int *argc, char ***argv)
{
  g_test_init (argc, argv, NULL);

  /* A fixed day, far from the sample's contract renewals, so that no
   * renewal reminder joins the toasts the tests wait for as the calendar
   * moves on. A test that needs another day sets it itself. */
  g_setenv ("BUNTAN_TODAY", "2026-12-01", FALSE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }

  adw_init ();
  buntan_core_init ();
  buntan_register_resource ();
  return TRUE;
}

/* Starts GTK and a registered (not running) application the windows belong
 * to; prints a TAP skip and returns NULL without a display. */
BuntanApplication *
gui_test_start (int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  BuntanApplication *application;

  if (!gui_test_init_gtk (argc, argv))
    return NULL;

  application = buntan_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (application), NULL, &error))
    g_error ("The application cannot start: %s", error->message);

  return application;
}

/* gui_test_start(), with the user's folders out of reach. */
BuntanApplication *
gui_test_init (int *argc, char ***argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("buntan-gui-data-XXXXXX", NULL);

  /* The list of recent files and the recovery copies of autosave go to a
   * throw-away folder, not the user's. (G_TEST_OPTION_ISOLATE_DIRS would
   * hide the icon themes too.) */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_STATE_HOME", data_home, TRUE);

  return gui_test_start (argc, argv);
}

gboolean
gui_test_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds (or, without one, until @ms
 * pass); gives up after @ms. A ticking source wakes the loop so the
 * condition is checked even when nothing else happens. */
gboolean
gui_test_run_until (GuiTestCondition condition, gpointer data, guint ms)
{
  gint64   deadline = g_get_monotonic_time () + (gint64) ms * 1000;
  guint    tick = g_timeout_add (10, gui_test_tick_cb, NULL);
  gboolean met = FALSE;

  while (!(met = condition != NULL && condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
  return met;
}

/* Lets pending idles and short timeouts run, to show that something does
 * NOT happen. */
void
gui_test_spin (guint ms)
{
  gui_test_run_until (NULL, NULL, ms);
}

static void
gui_test_collect (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gui_test_collect (child, type, found);
}

/* Every widget of @type under @root, depth first. */
GPtrArray *
gui_test_find_all (gpointer root, GType type)
{
  GPtrArray *found = g_ptr_array_new ();

  gui_test_collect (GTK_WIDGET (root), type, found);
  return found;
}

/* The first widget of @type under @root for which @test is true, or NULL. */
gpointer
gui_test_find_first (gpointer root, GType type, gboolean (*test) (GtkWidget *widget))
{
  g_autoptr (GPtrArray) found = gui_test_find_all (root, type);

  for (guint i = 0; i < found->len; i++)
    if (test (g_ptr_array_index (found, i)))
      return g_ptr_array_index (found, i);

  return NULL;
}

/* The first widget of @type under @root that is drawn (visible up to the
 * window), or NULL. */
gpointer
gui_test_find_visible (gpointer root, GType type)
{
  return gui_test_find_first (root, type, gtk_widget_is_visible);
}

/* The first widget of @type under @root that is on screen, or NULL. */
gpointer
gui_test_find_mapped (gpointer root, GType type)
{
  return gui_test_find_first (root, type, gtk_widget_get_mapped);
}

/* The visible message dialogs now open, anywhere. */
guint
gui_test_count_message_dialogs (AdwMessageDialog **first)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       n = g_list_model_get_n_items (toplevels);
  guint       count = 0;

  if (first != NULL)
    *first = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        {
          if (first != NULL && *first == NULL)
            *first = ADW_MESSAGE_DIALOG (window);
          count++;
        }
    }

  return count;
}

AdwMessageDialog *
gui_test_find_message_dialog (void)
{
  AdwMessageDialog *dialog;

  gui_test_count_message_dialogs (&dialog);
  return dialog;
}

/* The first mapped toplevel of @type (a dialog class), or NULL. */
GtkWindow *
gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The button under @root whose label (mnemonic included) is @label, or NULL. */
GtkButton *
gui_test_find_button (gpointer root, const char *label)
{
  g_autoptr (GPtrArray) buttons = gui_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* The check button under @root labelled @label, or NULL. */
GtkCheckButton *
gui_test_find_check_button (gpointer root, const char *label)
{
  g_autoptr (GPtrArray) checks = gui_test_find_all (root, GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)), label) == 0)
      return g_ptr_array_index (checks, i);

  return NULL;
}

/* The first shown label under @root whose text contains @words, or NULL. */
GtkWidget *
gui_test_find_label_containing (gpointer root, const char *words)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) &&
          strstr (gtk_label_get_text (GTK_LABEL (label)), words) != NULL)
        return label;
    }

  return NULL;
}

/* Whether a label under @root reads exactly @text. */
gboolean
gui_test_has_label (gpointer root, const char *text)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

/* The file chooser the window opened (a GtkFileChooserDialog under Xvfb,
 * where there is no portal), or NULL. */
GtkWidget *
gui_test_find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

/* Real keys, end to end: xdotool types into the focused window under Xvfb
 * (GTK 4 has no synthetic key events). A test without them skips. */
gboolean
gui_test_keys_possible (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

/* Gives @window the X input focus, so that xdotool's keys reach it. */
void
gui_test_focus_window (GtkWindow *window)
{
  GdkSurface      *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *command = g_strdup_printf ("xdotool windowfocus --sync %lu",
                                              (unsigned long) gdk_x11_surface_get_xid (surface));

  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  GUI_TEST_WAIT (gtk_window_is_active (window));
}

void
gui_test_send_keys (const char *keys)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --delay 30 %s", keys);
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The keys reach the window through the X server: let them in. */
  gui_test_spin (100);
}
