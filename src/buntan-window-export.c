/* buntan-window-export.c — exporting workbooks on a worker thread, with a spinner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-export-dialog.h"
#include "buntan-file-chooser.h"
#include "buntan-view-util.h"
#include "buntan-window-actions-private.h"

/* Exporting ----------------------------------------------------------------- */

static void
open_export_cb (AdwToast *toast, const char *uri)
{
  gtk_show_uri (NULL, uri, GDK_CURRENT_TIME);
}

static void
free_uri (gpointer uri, GClosure *closure)
{
  g_free (uri);
}

/* The export runs while the window stays usable: a spinner in the header
 * says so, and the export actions wait for it (a second export would race
 * the first to the same file). */
static void
set_exporting (BuntanWindow *self, gboolean exporting)
{
  if (self->export_spinner == NULL)
    {
      self->export_spinner = gtk_spinner_new ();
      gtk_spinner_start (GTK_SPINNER (self->export_spinner));
      gtk_widget_set_tooltip_text (self->export_spinner, _ ("Exporting the workbook…"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_spinner),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Exporting the workbook…"),
                                      -1);
      adw_header_bar_pack_end (ADW_HEADER_BAR (self->header_bar), self->export_spinner);
    }

  self->exporting = exporting;
  gtk_widget_set_visible (self->export_spinner, exporting);
  _buntan_window_update_actions (self);
}

/* What the export dialog chose, kept while a file or folder is chosen and,
 * for every vendor's appendix, while they are written one after another. */
typedef struct
{
  GWeakRef          window;
  GFile            *file; /* the workbook, or the folder of appendices */
  BuntanExportFlags flags;
  char             *vendor_id;
  char             *contract_id; /* one vendor's appendix limited to one contract */
  gboolean          all_vendors;
  GPtrArray        *pending; /* vendors' ids still to write, into the folder */
  guint             n_written;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_weak_ref_clear (&request->window);
  g_clear_object (&request->file);
  g_free (request->vendor_id);
  g_free (request->contract_id);
  g_clear_pointer (&request->pending, g_ptr_array_unref);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, export_request_free)

static void
export_next (BuntanWindow *self, ExportRequest *request);

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (ExportRequest) request = user_data;
  g_autoptr (BuntanWindow) self = g_weak_ref_get (&request->window);
  g_autoptr (GError) error = NULL;
  gboolean  written = buntan_export_xlsx_finish (result, &error);
  AdwToast *toast;

  if (self == NULL)
    return;

  if (!written)
    {
      g_autofree char *body =
        g_strdup_printf (_ ("%s\n\nThe project itself is not affected. If the workbook is open "
                            "in Excel, close it; or choose another folder. Then export again."),
                         error->message);

      set_exporting (self, FALSE);
      _buntan_window_show_error (self, _ ("Could Not Export the Workbook"), body);
      return;
    }

  request->n_written++;
  if (request->pending != NULL && request->pending->len > 0)
    {
      export_next (self, g_steal_pointer (&request));
      return;
    }

  set_exporting (self, FALSE);
  if (request->all_vendors)
    {
      g_autofree char *title =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u appendix",
                                      "Exported %u appendices", request->n_written),
                         request->n_written);

      toast = adw_toast_new (title);
    }
  else
    toast = adw_toast_new (_ ("Exported"));
  adw_toast_set_button_label (toast, _ ("Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_export_cb),
                         g_file_get_uri (request->file), free_uri, 0);
  _buntan_window_toast (self, toast);
}

/* Starts the next of the request's workbooks on the worker thread. */
static void
export_next (BuntanWindow *self, ExportRequest *request)
{
  BuntanExportOptions options = {
    .flags = request->flags,
    .vendor_id = request->vendor_id,
    .contract_id = request->contract_id,
  };
  g_autoptr (GFile) file = NULL;

  if (request->pending == NULL)
    file = g_object_ref (request->file);
  else
    {
      g_autofree char *vendor_id = g_ptr_array_steal_index (request->pending, 0);
      BuntanParty     *vendor = buntan_project_find_party (self->project, vendor_id);
      g_autofree char *name = NULL;

      if (vendor == NULL)
        {
          /* Removed meanwhile: its appendix is no longer wanted. */
          if (request->pending->len > 0)
            export_next (self, request);
          else
            {
              set_exporting (self, FALSE);
              export_request_free (request);
            }
          return;
        }

      name = buntan_export_dup_appendix_file_name (self->project, vendor);
      file = g_file_get_child (request->file, name);
      g_free (request->vendor_id);
      request->vendor_id = g_steal_pointer (&vendor_id);
      options.vendor_id = request->vendor_id;
    }

  buntan_export_xlsx_with_options_async (self->project, file, &options, NULL, export_done_cb,
                                         request);
}

static void
export_request_start (BuntanWindow *self, ExportRequest *request)
{
  /* The actions are disabled meanwhile; a file chooser opened before may
   * still answer. */
  if (self->exporting || self->project == NULL)
    {
      export_request_free (request);
      return;
    }

  if (request->all_vendors)
    {
      GListModel *parties = buntan_project_get_parties (self->project);

      request->pending = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

          if (!buntan_party_is_hospital (party))
            g_ptr_array_add (request->pending, g_strdup (buntan_party_get_id (party)));
        }
      if (request->pending->len == 0)
        {
          export_request_free (request);
          return;
        }
    }

  set_exporting (self, TRUE);
  export_next (self, request);
}

static ExportRequest *
export_request_new (BuntanWindow *self, const BuntanExportOptions *options, gboolean all_vendors)
{
  ExportRequest *request = g_new0 (ExportRequest, 1);

  g_weak_ref_init (&request->window, self);
  request->flags = options->flags;
  request->vendor_id = g_strdup (options->vendor_id);
  request->contract_id = all_vendors ? NULL : g_strdup (options->contract_id);
  request->all_vendors = all_vendors;
  return request;
}

void
_buntan_window_export_to_file (BuntanWindow *self, GFile *file)
{
  BuntanExportOptions options = { 0 };
  ExportRequest      *request = export_request_new (self, &options, FALSE);

  request->file = g_object_ref (file);
  export_request_start (self, request);
}

/* The export dialog's choice, written to @file (a folder for every
 * vendor's appendix) on the worker thread: the GUI tests' way past the
 * file chooser. */
void
_buntan_window_export_with_options (BuntanWindow              *self,
                                    GFile                     *file,
                                    const BuntanExportOptions *options,
                                    gboolean                   all_vendors)
{
  ExportRequest *request = export_request_new (self, options, all_vendors);

  request->file = g_object_ref (file);
  export_request_start (self, request);
}

static void
export_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (ExportRequest) request = user_data;
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  if (file == NULL)
    return;

  request->file = g_steal_pointer (&file);
  export_request_start (self, g_steal_pointer (&request));
}

static void
export_dialog_chosen_cb (BuntanExportDialog *dialog, BuntanWindow *self)
{
  BuntanExportOptions options;
  gboolean            all_vendors = buntan_export_dialog_get_all_vendors (dialog);
  ExportRequest      *request;
  g_autofree char    *suggested = NULL;
  BuntanExportOutput  output = buntan_export_dialog_get_output (dialog);

  buntan_export_dialog_get_options (dialog, &options);
  request = export_request_new (self, &options, all_vendors);
  gtk_window_close (GTK_WINDOW (dialog));

  if (self->project == NULL || output != BUNTAN_EXPORT_OUTPUT_WORKBOOK)
    {
      export_request_free (request);
      if (output == BUNTAN_EXPORT_OUTPUT_PDF)
        _buntan_window_export_pdf_from_dialog (self, &options, all_vendors);
      else if (output == BUNTAN_EXPORT_OUTPUT_PRINT)
        _buntan_window_print_with_options (self, &options, all_vendors, NULL);
      return;
    }

  if (options.vendor_id != NULL)
    {
      BuntanParty *vendor = buntan_project_find_party (self->project, options.vendor_id);

      if (vendor != NULL)
        suggested = buntan_export_dup_appendix_file_name (self->project, vendor);
    }
  if (suggested == NULL)
    suggested = _buntan_window_suggest_name (self, ".xlsx");

  buntan_file_chooser_run_async (GTK_WINDOW (self),
                                 all_vendors ? BUNTAN_FILE_CHOICE_EXPORT_FOLDER
                                             : BUNTAN_FILE_CHOICE_EXPORT_WORKBOOK,
                                 suggested, buntan_project_get_file (self->project), NULL,
                                 export_chosen_cb, request);
}

/* What to export, draft or final: the dialog lists the gaps that keep a
 * document from being final, and offers the draft instead. */
void
_buntan_window_export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  GtkWidget    *dialog = buntan_export_dialog_new (GTK_WINDOW (self), self->project);

  g_signal_connect_object (dialog, "chosen", G_CALLBACK (export_dialog_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
