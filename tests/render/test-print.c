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

#include "buntan-export-dialog.h"
#include "buntan-pdf.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;

static void
check_pdf (const char *path, BuntanProject *project)
{
  g_autofree char *text = buntan_test_dup_pdf_text (path);

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
  EXPORT_WAIT (buntan_test_is_complete_pdf (path));
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

/* The export dialog's Print with a vendor chosen prints that vendor's
 * appendix: 甲 and 乙, the seal block, and nothing of the other vendors'
 * contacts. */
static void
test_print_appendix (void)
{
  BuntanWindow       *window = gui_window_new (application);
  g_autofree char    *dir = g_dir_make_tmp ("buntan-print-XXXXXX", NULL);
  g_autofree char    *path = g_build_filename (dir, "appendix.pdf", NULL);
  BuntanProject      *project = gui_window_open (window, sample_path);
  BuntanExportOptions options = { .vendor_id = "v1" };
  g_autofree char    *text = NULL;

  _buntan_window_print_with_options (window, &options, FALSE, path);
  EXPORT_WAIT (buntan_test_is_complete_pdf (path));
  text = buntan_test_dup_pdf_text (path);
  g_assert_nonnull (strstr (text, "乙（事業者）"));
  g_assert_nonnull (strstr (text, "記名押印"));
  g_assert_nonnull (
    strstr (text, buntan_party_get_name (buntan_project_find_party (project, "v1"))));
  g_assert_nonnull (strstr (text, "案"));
  g_assert_null (
    strstr (text, buntan_party_get_contact (buntan_project_find_party (project, "v2"))));

  g_unlink (path);
  g_rmdir (dir);
  gui_window_destroy (window);
}

/* Printing every vendor's appendix goes on after the first job (whose
 * dialog chose the printer) with the settings it applied: the last job to
 * reach the file is the last vendor's appendix. */
static void
test_print_every_appendix (void)
{
  BuntanWindow       *window = gui_window_new (application);
  g_autofree char    *dir = g_dir_make_tmp ("buntan-print-XXXXXX", NULL);
  g_autofree char    *path = g_build_filename (dir, "appendix.pdf", NULL);
  BuntanProject      *project = gui_window_open (window, sample_path);
  BuntanExportOptions options = { 0 };
  GListModel         *parties = buntan_project_get_parties (project);
  guint               n_parties = g_list_model_get_n_items (parties);
  g_autoptr (BuntanParty) last = g_list_model_get_item (parties, n_parties - 1);
  g_autoptr (BuntanParty) first = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n_parties && first == NULL; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (!buntan_party_is_hospital (party))
        first = g_steal_pointer (&party);
    }
  g_assert_false (buntan_party_is_hospital (last));
  g_assert_true (first != last);

  _buntan_window_print_with_options (window, &options, TRUE, path);
  EXPORT_WAIT (buntan_test_is_complete_pdf (path));
  text = buntan_test_dup_pdf_text (path);
  g_assert_nonnull (strstr (text, buntan_party_get_name (last)));
  g_assert_null (strstr (text, buntan_party_get_contact (first)));

  g_unlink (path);
  g_rmdir (dir);
  gui_window_destroy (window);
}

/* The export dialog's PDF of every vendor's appendix: one file each, named
 * as buntan-cli names them. */
static void
test_export_all_appendices (void)
{
  BuntanWindow    *window = gui_window_new (application);
  g_autofree char *dir = g_dir_make_tmp ("buntan-print-XXXXXX", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  BuntanProject      *project = gui_window_open (window, sample_path);
  BuntanExportOptions options = { 0 };
  GListModel         *parties = buntan_project_get_parties (project);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *name = NULL;

      if (buntan_party_is_hospital (party))
        continue;
      name = buntan_pdf_dup_appendix_file_name (project, party);
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
    }
  g_assert_cmpuint (paths->len, ==, 3);

  _buntan_window_export_pdf_with_options (window, folder, &options, TRUE);
  for (guint i = 0; i < paths->len; i++)
    {
      const char      *path = g_ptr_array_index (paths, i);
      g_autofree char *text = NULL;

      EXPORT_WAIT (g_file_test (path, G_FILE_TEST_EXISTS));
      text = buntan_test_dup_pdf_text (path);
      g_assert_nonnull (strstr (text, "乙（事業者）"));
      g_unlink (path);
    }

  g_rmdir (dir);
  gui_window_destroy (window);
}

/* The dialog's format row: the workbook by default, PDF and Print beside it. */
static void
test_dialog_output (void)
{
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = gui_window_open (window, sample_path);
  GtkWidget     *dialog = buntan_export_dialog_new (GTK_WINDOW (window), project);

  g_assert_cmpint (buntan_export_dialog_get_output (BUNTAN_EXPORT_DIALOG (dialog)), ==,
                   BUNTAN_EXPORT_OUTPUT_WORKBOOK);
  buntan_export_dialog_set_output (BUNTAN_EXPORT_DIALOG (dialog), BUNTAN_EXPORT_OUTPUT_PDF);
  g_assert_cmpint (buntan_export_dialog_get_output (BUNTAN_EXPORT_DIALOG (dialog)), ==,
                   BUNTAN_EXPORT_OUTPUT_PDF);
  buntan_export_dialog_set_output (BUNTAN_EXPORT_DIALOG (dialog), BUNTAN_EXPORT_OUTPUT_PRINT);
  g_assert_cmpint (buntan_export_dialog_get_output (BUNTAN_EXPORT_DIALOG (dialog)), ==,
                   BUNTAN_EXPORT_OUTPUT_PRINT);

  /* The meeting log is the workbook's: a printout leaves it out even when switched on. */
  {
    GtkWidget *meetings = GTK_WIDGET (
      gtk_widget_get_template_child (dialog, BUNTAN_TYPE_EXPORT_DIALOG, "meetings_switch"));
    BuntanExportOptions options;

    g_assert_false (gtk_widget_get_sensitive (meetings));
    gtk_switch_set_active (GTK_SWITCH (meetings), TRUE);
    buntan_export_dialog_get_options (BUNTAN_EXPORT_DIALOG (dialog), &options);
    g_assert_false (options.flags & BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS);
    buntan_export_dialog_set_output (BUNTAN_EXPORT_DIALOG (dialog), BUNTAN_EXPORT_OUTPUT_WORKBOOK);
    g_assert_true (gtk_widget_get_sensitive (meetings));
    buntan_export_dialog_get_options (BUNTAN_EXPORT_DIALOG (dialog), &options);
    g_assert_true (options.flags & BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
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
  g_test_add_func ("/buntan/window/print/appendix", test_print_appendix);
  g_test_add_func ("/buntan/window/print/every-appendix", test_print_every_appendix);
  g_test_add_func ("/buntan/window/print/all-appendices", test_export_all_appendices);
  g_test_add_func ("/buntan/window/print/dialog-output", test_dialog_output);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
