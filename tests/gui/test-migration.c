/* test-migration.c — opening a version 1 project in the window
 *
 * The window says once that the file will be saved in the new format and
 * where the old one will be kept, lists what opening it changed, and the
 * first save keeps the old file beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-project-private.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

/* A label on screen in @root whose text holds @words. */
static GtkLabel *
find_label_with (gpointer root, const char *words)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), words) != NULL &&
          gtk_widget_get_mapped (GTK_WIDGET (label)))
        return label;
    }

  return NULL;
}

static void
test_v1_message (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char  *path = buntan_test_copy_file (source, dir, "病院.buntan");
  g_autofree char  *backup = g_build_filename (dir, "病院.v1.buntan", NULL);
  g_autofree char  *original = NULL;
  g_autofree char  *kept = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));

  /* The notice names the copy the first save will keep. */
  GUI_TEST_WAIT (find_label_with (window, "病院.v1.buntan") != NULL);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Other developers' migrations add notes; one stands for them here. */
  _buntan_project_add_migration_note (project, "A first check was moved to each vendor.");
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.older-format-details", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "病院.v1.buntan"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "earlier version"));
  g_assert_nonnull (find_label_with (dialog, "• A first check was moved to each vendor."));
  /* It fits the smallest screen Buntan supports. */
  {
    int height = 0;

    gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL,
                        NULL);
    g_assert_cmpint (height, <=, 768);
  }
  adw_message_dialog_response (dialog, "close");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  /* The first save keeps the old file, unchanged, and says so. */
  buntan_project_set_title (project, "保存して移行");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));
  g_assert_true (g_file_get_contents (backup, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, original);
  g_assert_cmpuint (buntan_project_get_file_version (project), ==, BUNTAN_PROJECT_FORMAT_VERSION);
  GUI_TEST_WAIT (find_label_with (window, "the old file was kept as “病院.v1.buntan”") != NULL);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* A current file says nothing about formats. */
static void
test_v2_quiet (void)
{
  g_autofree char *path = buntan_test_fixture_path ("f2file-meetings.buntan");
  BuntanWindow    *window = gui_window_new (application);

  /* The notice would be added as the project is shown, before this returns. */
  gui_window_open (window, path);
  g_assert_null (find_label_with (window, "earlier Buntan"));
  g_assert_null (gui_test_find_message_dialog ());

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/migration/v1-message", test_v1_message);
  g_test_add_func ("/buntan/migration/v2-quiet", test_v2_quiet);

  return g_test_run ();
}
