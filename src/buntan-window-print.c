/* buntan-window-print.c — the window's Print and Export as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both draw the internal document of src/render, the code buntan-cli's PDF
 * comes from: the printer's page setup decides the paper when printing, the
 * document's own paper (A4 or A3 landscape) when exporting.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-file-chooser.h"
#include "buntan-internal-document.h"
#include "buntan-pdf.h"
#include "buntan-window-private.h"

static void
begin_print_cb (GtkPrintOperation *operation, GtkPrintContext *context, BuntanWindow *self)
{
  BuntanDocument *document = g_object_get_data (G_OBJECT (operation), "document");
  PangoContext *pango = pango_cairo_create_context (gtk_print_context_get_cairo_context (context));
  g_autoptr (GError) error = NULL;

  buntan_document_prepare_context (pango);
  if (!buntan_document_check_fonts (pango, &error))
    {
      g_object_unref (pango);
      _buntan_window_show_error (self, _ ("Could Not Print"), error->message);
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation,
                                   (int) buntan_document_paginate (document, pango,
                                                                   gtk_print_context_get_width (
                                                                     context),
                                                                   gtk_print_context_get_height (
                                                                     context)));
  g_object_unref (pango);
}

static void
draw_page_cb (GtkPrintOperation *operation, GtkPrintContext *context, int page, BuntanWindow *self)
{
  BuntanDocument *document = g_object_get_data (G_OBJECT (operation), "document");

  buntan_document_draw_page (document, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* With @export_path the pages go to that PDF without a dialog (the tests' way in). */
static void
print_project (BuntanWindow *self, const char *export_path)
{
  g_autoptr (GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GError) error = NULL;
  BuntanDocument         *document;
  GtkPrintOperationResult result;

  if (self->project == NULL)
    return;

  document = buntan_internal_document_new (self->project, self->overview, FALSE);
  g_object_set_data_full (G_OBJECT (operation), "document", document, g_object_unref);

  /* The matrix is wide: landscape unless the printer's setup says otherwise. */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, buntan_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self);

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _buntan_window_show_error (self, _ ("Could Not Print"), error->message);
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  print_project (BUNTAN_WINDOW (widget), NULL);
}

static void
print_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  print_project (BUNTAN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
write_pdf_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  BuntanDocument *document = task_data;
  GFile          *file = g_object_get_data (G_OBJECT (task), "file");
  double          width = *(double *) g_object_get_data (G_OBJECT (task), "width");
  double          height = *(double *) g_object_get_data (G_OBJECT (task), "height");
  GError         *error = NULL;

  if (buntan_pdf_write (document, file, width, height, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
pdf_written_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _buntan_window_show_error (self, _ ("Could Not Export the PDF"), error->message);
      return;
    }

  _buntan_window_toast (self, adw_toast_new (_ ("PDF exported")));
}

/* The document is built here, from the project as it is now; the pages are
 * laid out and written on a worker, from the document's own copies of the texts. */
static void
export_pdf_to_file (BuntanWindow *self, GFile *file)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, pdf_written_cb, NULL);
  double *width = g_new (double, 1);
  double *height = g_new (double, 1);

  buntan_internal_document_get_paper (self->overview, width, height);
  g_task_set_task_data (task, buntan_internal_document_new (self->project, self->overview, FALSE),
                        g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "width", width, g_free);
  g_object_set_data_full (G_OBJECT (task), "height", height, g_free);
  g_task_run_in_thread (task, write_pdf_thread);
}

static void
pdf_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  if (file != NULL && self->project != NULL)
    export_pdf_to_file (self, file);
}

static void
export_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow    *self = BUNTAN_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autofree char *suggested = NULL;

  if (self->project == NULL)
    return;

  name = buntan_project_dup_display_name (self->project);
  if (g_str_has_suffix (name, ".buntan"))
    name[strlen (name) - strlen (".buntan")] = '\0';
  suggested = g_strconcat (name, ".pdf", NULL);
  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_EXPORT_PDF, suggested,
                                 buntan_project_get_file (self->project), NULL, pdf_chosen_cb,
                                 NULL);
}

static void
export_pdf_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  if (self->project != NULL)
    export_pdf_to_file (self, file);
}

void
_buntan_window_class_init_print (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-to", "s", print_to_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf-to", "s", export_pdf_to_action);
}
