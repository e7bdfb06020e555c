/* buntan-test-gui.h — what the tests with a display share: start-up, waiting, finding widgets
 *
 * Built once as a static library with the window (tests/lib/meson.build),
 * linked by the tests of tests/gui, tests/views, tests/meeting and tests/i18n.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-application.h"
#include "buntan-core.h"
#include "buntan-resources.h"
#include "buntan-test-util.h"
#include "buntan-window.h"

G_BEGIN_DECLS

gboolean
gui_test_init_gtk (int *argc, char ***argv);
BuntanApplication *
gui_test_start (int *argc, char ***argv);
BuntanApplication *
gui_test_init (int *argc, char ***argv);

gboolean
gui_test_tick_cb (gpointer data);

/* Runs the main loop until @condition holds, for at most @seconds (times
 * the scale); a ticking source wakes the loop so the condition is looked at
 * often. */
#define GUI_TEST_WAIT_SECONDS(condition, seconds)                                                  \
  G_STMT_START                                                                                     \
  {                                                                                                \
    gint64 _deadline =                                                                             \
      g_get_monotonic_time () + (seconds) *buntan_test_timeout_scale () * G_USEC_PER_SEC;          \
    guint _tick = g_timeout_add (10, gui_test_tick_cb, NULL);                                      \
    while (!(condition) && g_get_monotonic_time () < _deadline)                                    \
      g_main_context_iteration (NULL, TRUE);                                                       \
    g_source_remove (_tick);                                                                       \
    if (!(condition))                                                                              \
      g_error ("%s:%d: gave up waiting for %s", __FILE__, __LINE__, #condition);                   \
  }                                                                                                \
  G_STMT_END

#define GUI_TEST_WAIT(condition) GUI_TEST_WAIT_SECONDS (condition, 10)

/* An export on the worker thread: under the sanitizers with full leak
 * stacks every allocation unwinds the whole stack, and the sample's export
 * takes about 100 s of CPU there (a few milliseconds in a plain build). */
#define EXPORT_WAIT(condition) GUI_TEST_WAIT_SECONDS (condition, 60)

typedef gboolean (*GuiTestCondition) (gpointer data);

gboolean
gui_test_run_until (GuiTestCondition condition, gpointer data, guint ms);
void
gui_test_spin (guint ms);

GPtrArray *
gui_test_find_all (gpointer root, GType type);
gpointer
gui_test_find_first (gpointer root, GType type, gboolean (*test) (GtkWidget *widget));
gpointer
gui_test_find_visible (gpointer root, GType type);
gpointer
gui_test_find_mapped (gpointer root, GType type);
guint
gui_test_count_message_dialogs (AdwMessageDialog **first);
AdwMessageDialog *
gui_test_find_message_dialog (void);
GtkWidget *
gui_test_find_file_chooser (void);
GtkWindow *
gui_test_find_toplevel (GType type);
GtkButton *
gui_test_find_button (gpointer root, const char *label);
GtkCheckButton *
gui_test_find_check_button (gpointer root, const char *label);
gboolean
gui_test_has_label (gpointer root, const char *text);
GtkWidget *
gui_test_find_label_containing (gpointer root, const char *words);

gboolean
gui_test_keys_possible (void);
void
gui_test_focus_window (GtkWindow *window);
void
gui_test_send_keys (const char *keys);

G_END_DECLS
