/* test-print.c — the window prints and exports a PDF with the render library's drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "win.print-to" runs the same GtkPrintOperation as Print (Ctrl+P) with
 * GTK_PRINT_OPERATION_ACTION_EXPORT and an export file name: the pages GTK
 * prints are then read back with poppler's pdftotext.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;

static char *
read_pdf_text (const char *path)
{
  const char      *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static gboolean
file_has_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  /* Complete once the end-of-file marker is written. */
  if (!g_file_get_contents (path, &contents, &length, NULL) || length < 16)
    return FALSE;
  /* The file holds NUL bytes: compare its tail as memory. */
  return memcmp (contents, "%PDF-", 5) == 0 && memcmp (contents + length - 6, "%%EOF\n", 6) == 0;
}

static void
check_pdf (const char *path, BuntanProject *project)
{
  g_autofree char *text = read_pdf_text (path);

  g_assert_nonnull (strstr (text, "責任分担表"));
  g_assert_nonnull (strstr (text, buntan_party_get_name (buntan_project_get_hospital (project))));
  g_assert_nonnull (strstr (text, "◎"));
  g_assert_nonnull (strstr (text, "1 / "));
}

static void
test_print_to_file (void)
{
  BuntanWindow    *window = gui_window_new (application);
  g_autofree char *dir = g_dir_make_tmp ("buntan-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  BuntanProject   *project = gui_window_open (window, sample_path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-to", "s", path));
  EXPORT_WAIT (file_has_pdf (path));
  check_pdf (path, project);

  g_unlink (path);
  g_rmdir (dir);
  gui_window_destroy (window);
}

static void
test_export_pdf (void)
{
  BuntanWindow    *window = gui_window_new (application);
  g_autofree char *dir = g_dir_make_tmp ("buntan-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "exported.pdf", NULL);
  BuntanProject   *project = gui_window_open (window, sample_path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-to", "s", path));
  EXPORT_WAIT (g_file_test (path, G_FILE_TEST_EXISTS));
  check_pdf (path, project);

  g_unlink (path);
  g_rmdir (dir);
  gui_window_destroy (window);
}

static void
test_no_project (void)
{
  BuntanWindow *window = gui_window_new (application);

  g_autofree char *dir = g_dir_make_tmp ("buntan-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "nothing.pdf", NULL);

  /* Printing runs to its end within the activation; the export decides there to do nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.print-to", "s", path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf-to", "s", path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *pdftotext = NULL;
  int              status;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  pdftotext = g_find_program_in_path ("pdftotext");
  if (pdftotext == NULL)
    {
      g_print ("1..0 # SKIP poppler-utils (pdftotext) is not installed\n");
      g_clear_object (&application);
      return 0;
    }

  sample_path = buntan_test_sample_path ();

  g_test_add_func ("/buntan/window/print/to-file", test_print_to_file);
  g_test_add_func ("/buntan/window/print/export-pdf", test_export_pdf);
  g_test_add_func ("/buntan/window/print/no-project", test_no_project);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
