/* test-print-inspector.c — the window prints a cyber-security project's sheets for the inspector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Print (through "win.print-to", the same GtkPrintOperation as Ctrl+P) and
 * Export as PDF of tests/data/cyberinsp-two-vendors.buntan give the cover
 * and the hospital's and vendors' sheets, not the contract document; the
 * pages are read back with poppler's pdftotext.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "gui-window-util.h"

static BuntanApplication *application;

static void
check_action (const char *action)
{
  g_autofree char *fixture = buntan_test_fixture_path ("cyberinsp-two-vendors.buntan");
  BuntanWindow    *window = gui_window_new (application);
  g_autofree char *dir = g_dir_make_tmp ("buntan-print-inspector-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *text = NULL;

  gui_window_open (window, fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, "s", path));
  EXPORT_WAIT (buntan_test_is_complete_pdf (path));

  text = buntan_test_dup_pdf_text (path);
  g_assert_nonnull (strstr (text, "回答の状況"));
  g_assert_nonnull (strstr (text, "（医療機関確認用）"));
  g_assert_nonnull (strstr (text, "事業者：株式会社電子カルテ"));
  g_assert_nonnull (strstr (text, "事業者：ネットワーク保守株式会社"));
  g_assert_nonnull (strstr (text, "未記入"));
  g_assert_null (strstr (text, "責任分担表"));
  g_assert_null (strstr (text, "◎"));

  g_unlink (path);
  g_rmdir (dir);
  gui_window_destroy (window);
}

static void
test_print_to_file (void)
{
  check_action ("win.print-to");
}

static void
test_export_pdf (void)
{
  check_action ("win.export-pdf-to");
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

  g_test_add_func ("/buntan/window/print-inspector/to-file", test_print_to_file);
  g_test_add_func ("/buntan/window/print-inspector/export-pdf", test_export_pdf);

  status = g_test_run ();
  g_clear_object (&application);
  return status;
}
