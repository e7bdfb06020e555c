/* buntan-window-print.c — the window's Print and Export as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both draw the documents of src/render, the code buntan-cli's PDF comes
 * from: the internal document, or a vendor's bilateral appendix when the
 * export dialog chose one (buntan_pdf_dup_document() decides which, and
 * refuses a final document with gaps as the workbook does). The printer's
 * page setup decides the paper when printing, the document's own paper (A4
 * or A3 landscape) when exporting.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-file-chooser.h"
#include "buntan-pdf.h"
#include "buntan-window-private.h"

/* One PDF to write on the worker: the document holds its own copies of the texts. */
typedef struct
{
  BuntanDocument *document;
  GFile          *file;
  double          width;
  double          height;
} PdfJob;

static void
pdf_job_free (PdfJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_free (job);
}

/* What the export dialog chose, kept while a file or folder is chosen. */
typedef struct
{
  BuntanExportOptions options;
  char               *vendor_id;
  char               *contract_id;
  gboolean            all_vendors;
} PdfChoice;

static void
pdf_choice_free (PdfChoice *choice)
{
  g_free (choice->vendor_id);
  g_free (choice->contract_id);
  g_free (choice);
}

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

/* The document @options describe, or %NULL after telling why not. */
static BuntanDocument *
dup_document (BuntanWindow              *self,
              const BuntanExportOptions *options,
              double                    *width,
              double                    *height,
              const char                *failure)
{
  g_autoptr (GError) error = NULL;
  BuntanDocument *document =
    buntan_pdf_dup_document (self->project, self->overview, options, width, height, &error);

  if (document == NULL)
    _buntan_window_show_error (self, failure, error->message);
  return document;
}

/* With @export_path the pages go to that PDF without a dialog (the tests'
 * way in). With @settings the printer and page setup a first document's
 * dialog chose are used again, without a dialog. Returns the settings the
 * user applied, or %NULL when printing was cancelled or failed. */
static GtkPrintSettings *
print_document (BuntanWindow              *self,
                const BuntanExportOptions *options,
                const char                *export_path,
                GtkPrintSettings          *settings)
{
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GtkPageSetup) setup = NULL;
  g_autoptr (GError) error = NULL;
  BuntanDocument         *document;
  GtkPrintOperationAction action;
  GtkPrintOperationResult result;

  if (self->project == NULL)
    return NULL;

  document = dup_document (self, options, NULL, NULL, _ ("Could Not Print"));
  if (document == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "document", document, g_object_unref);

  /* The matrix is wide: landscape unless the printer's setup says
   * otherwise; a later appendix takes the paper the first one's dialog chose. */
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_orientation (setup, settings != NULL
                                           ? gtk_print_settings_get_orientation (settings)
                                           : GTK_PAGE_ORIENTATION_LANDSCAPE);
  if (settings != NULL)
    {
      g_autoptr (GtkPaperSize) paper = gtk_print_settings_get_paper_size (settings);

      if (paper != NULL)
        gtk_page_setup_set_paper_size (setup, paper);
    }
  gtk_print_operation_set_default_page_setup (operation, setup);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, buntan_document_get_title (document));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self);

  if (export_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }
  else
    action =
      settings != NULL ? GTK_PRINT_OPERATION_ACTION_PRINT : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;

  result = gtk_print_operation_run (operation, action, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _buntan_window_show_error (self, _ ("Could Not Print"), error->message);
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return NULL;

  return g_object_ref (gtk_print_operation_get_print_settings (operation));
}

/* Ctrl+P: the internal document, a draft. */
static void
print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanExportOptions options = { 0 };
  g_autoptr (GtkPrintSettings) settings = NULL;

  settings = print_document (BUNTAN_WINDOW (widget), &options, NULL, NULL);
}

static void
print_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanExportOptions options = { 0 };
  g_autoptr (GtkPrintSettings) settings = NULL;

  settings =
    print_document (BUNTAN_WINDOW (widget), &options, g_variant_get_string (parameter, NULL), NULL);
}

static void
write_pdfs_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GPtrArray *jobs = task_data;

  for (guint i = 0; i < jobs->len; i++)
    {
      PdfJob *job = g_ptr_array_index (jobs, i);
      GError *error = NULL;

      if (!buntan_pdf_write (job->document, job->file, job->width, job->height, &error))
        {
          g_task_return_error (task, error);
          return;
        }
    }

  g_task_return_int (task, jobs->len);
}

static void
pdfs_written_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GError) error = NULL;
  gssize           n_written = g_task_propagate_int (G_TASK (result), &error);
  GPtrArray       *jobs = g_task_get_task_data (G_TASK (result));
  g_autofree char *title = NULL;

  if (n_written < 0)
    {
      _buntan_window_show_error (self, _ ("Could Not Export the PDF"), error->message);
      return;
    }

  /* One file is the document; several are the vendors' appendices. */
  if (jobs->len == 1)
    title = g_strdup (_ ("PDF exported"));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u appendix",
                                          "Exported %u appendices", (guint) n_written),
                             (guint) n_written);
  _buntan_window_toast (self, adw_toast_new (title));
}

static PdfJob *
pdf_job_new (BuntanWindow *self, const BuntanExportOptions *options, GFile *file)
{
  PdfJob *job = g_new0 (PdfJob, 1);

  job->document =
    dup_document (self, options, &job->width, &job->height, _ ("Could Not Export the PDF"));
  if (job->document == NULL)
    {
      pdf_job_free (job);
      return NULL;
    }
  job->file = g_object_ref (file);
  return job;
}

/**
 * _buntan_window_export_pdf_with_options:
 * @self: a window
 * @file: the PDF to write, or the folder of every vendor's appendix
 * @options: the internal document or one vendor's appendix, draft or final
 * @all_vendors: one appendix per vendor into the folder @file
 *
 * The documents are built here, from the project as it is now; the pages
 * are laid out and written on a worker. The tests' way past the file chooser.
 */
void
_buntan_window_export_pdf_with_options (BuntanWindow              *self,
                                        GFile                     *file,
                                        const BuntanExportOptions *options,
                                        gboolean                   all_vendors)
{
  g_autoptr (GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) pdf_job_free);
  g_autoptr (GTask) task = NULL;

  if (self->project == NULL)
    return;

  if (all_vendors)
    {
      g_autoptr (GPtrArray) vendors = buntan_project_dup_vendors (self->project);
      BuntanExportOptions vendor_options = *options;

      for (guint i = 0; i < vendors->len; i++)
        {
          BuntanParty     *party = g_ptr_array_index (vendors, i);
          g_autofree char *name = NULL;
          g_autoptr (GFile) child = NULL;
          PdfJob *job;

          name = buntan_pdf_dup_appendix_file_name (self->project, party);
          child = g_file_get_child (file, name);
          vendor_options.vendor_id = buntan_party_get_id (party);
          job = pdf_job_new (self, &vendor_options, child);
          if (job == NULL)
            return;
          g_ptr_array_add (jobs, job);
        }
    }
  else
    {
      PdfJob *job = pdf_job_new (self, options, file);

      if (job == NULL)
        return;
      g_ptr_array_add (jobs, job);
    }

  if (jobs->len == 0)
    return;

  task = g_task_new (self, NULL, pdfs_written_cb, NULL);
  g_task_set_task_data (task, g_steal_pointer (&jobs), (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, write_pdfs_thread);
}

/* Print from the export dialog: its document, on the printer; every
 * vendor's appendix is one print job each, so that each keeps its own
 * page numbers. The print dialog is shown once, for the first appendix;
 * the others go to the printer it chose. */
void
_buntan_window_print_with_options (BuntanWindow              *self,
                                   const BuntanExportOptions *options,
                                   gboolean                   all_vendors,
                                   const char                *export_path)
{
  g_autoptr (GPtrArray) vendors = NULL;
  BuntanExportOptions vendor_options = *options;
  g_autoptr (GtkPrintSettings) settings = NULL;

  if (self->project == NULL)
    return;
  if (!all_vendors)
    {
      settings = print_document (self, options, export_path, NULL);
      return;
    }

  vendors = buntan_project_dup_vendors (self->project);
  for (guint i = 0; i < vendors->len; i++)
    {
      BuntanParty *party = g_ptr_array_index (vendors, i);
      g_autoptr (GtkPrintSettings) applied = NULL;

      vendor_options.vendor_id = buntan_party_get_id (party);
      applied = print_document (self, &vendor_options, export_path, settings);
      /* Cancelled, or failed and already said so: no more dialogs. */
      if (applied == NULL)
        return;
      if (settings == NULL)
        settings = g_steal_pointer (&applied);
    }
}

static void
pdf_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  PdfChoice    *choice = user_data;
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  choice->options.vendor_id = choice->vendor_id;
  choice->options.contract_id = choice->contract_id;
  if (file != NULL && self->project != NULL)
    _buntan_window_export_pdf_with_options (self, file, &choice->options, choice->all_vendors);
  pdf_choice_free (choice);
}

static char *
suggest_pdf_name (BuntanWindow *self)
{
  g_autofree char *name = buntan_project_dup_display_name (self->project);

  if (g_str_has_suffix (name, ".buntan"))
    name[strlen (name) - strlen (".buntan")] = '\0';
  return g_strconcat (name, ".pdf", NULL);
}

/* The export dialog chose a PDF: ask for its file, or for the folder of
 * every vendor's appendix. */
void
_buntan_window_export_pdf_from_dialog (BuntanWindow              *self,
                                       const BuntanExportOptions *options,
                                       gboolean                   all_vendors)
{
  PdfChoice       *choice;
  BuntanParty     *vendor = NULL;
  g_autofree char *suggested = NULL;

  if (self->project == NULL)
    return;

  choice = g_new0 (PdfChoice, 1);
  choice->options = *options;
  choice->vendor_id = g_strdup (options->vendor_id);
  /* The options borrow from the project, which may change while the file
   * chooser is open: the ids are copied. */
  choice->contract_id = g_strdup (options->contract_id);
  choice->all_vendors = all_vendors;

  if (options->vendor_id != NULL)
    vendor = buntan_project_find_party (self->project, options->vendor_id);
  suggested = vendor != NULL ? buntan_pdf_dup_appendix_file_name (self->project, vendor)
                             : suggest_pdf_name (self);
  buntan_file_chooser_run_async (GTK_WINDOW (self),
                                 all_vendors ? BUNTAN_FILE_CHOICE_EXPORT_FOLDER
                                             : BUNTAN_FILE_CHOICE_EXPORT_PDF,
                                 suggested, buntan_project_get_file (self->project), NULL,
                                 pdf_chosen_cb, choice);
}

static void
export_pdf_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanExportOptions options = { 0 };

  _buntan_window_export_pdf_from_dialog (BUNTAN_WINDOW (widget), &options, FALSE);
}

static void
export_pdf_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow       *self = BUNTAN_WINDOW (widget);
  BuntanExportOptions options = { 0 };
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  _buntan_window_export_pdf_with_options (self, file, &options, FALSE);
}

void
_buntan_window_class_init_print (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.print-to", "s", print_to_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf-to", "s", export_pdf_to_action);
}
