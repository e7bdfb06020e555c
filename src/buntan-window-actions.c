/* buntan-window-actions.c — what the window does: new, open, save, export, edit items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-export-dialog.h"
#include "buntan-file-chooser.h"
#include "buntan-new-project-dialog.h"
#include "buntan-parties-dialog.h"
#include "buntan-properties-dialog.h"
#include "buntan-save-changes-dialog.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"
#include "buntan-agree-dialog.h"
#include "buntan-versions-dialog.h"


/* A file name to offer: the project's file name or title, never a path. */
static char *
suggest_name (BuntanWindow *self, const char *suffix)
{
  GFile           *file = buntan_project_get_file (self->project);
  g_autofree char *base = NULL;

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      char            *dot = strrchr (name, '.');

      if (dot != NULL && dot != name)
        *dot = '\0';
      base = g_steal_pointer (&name);
    }
  else if (*buntan_project_get_title (self->project) != '\0')
    base = g_strdup (buntan_project_get_title (self->project));
  else
    base = g_strdup (_ ("Untitled project"));

  g_strdelimit (base, "/\\", '-');
  return g_strconcat (base, suffix, NULL);
}

/* Saving ------------------------------------------------------------------ */

static gboolean
save_to_file (BuntanWindow *self, GFile *file)
{
  g_autoptr (GError) error = NULL;

  if (!buntan_project_save (self->project, file, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      g_autofree char *body =
        g_strdup_printf (_ ("%s\n\nYour work is still open in this window, but it is not saved. "
                            "Save it in another folder with “Save As…”, or make room on the "
                            "disk and save again."),
                         error->message);

      _buntan_window_show_error (self, _ ("Could Not Save the Project"), body);
      return FALSE;
    }

  _buntan_window_add_recent (self, file);
  _buntan_window_file_saved (self);
  if (buntan_project_get_backup_file (self->project) != NULL)
    {
      g_autofree char *backup =
        g_file_get_basename (buntan_project_get_backup_file (self->project));
      g_autofree char *title =
        g_strdup_printf (_ ("Saved in the new format; the old file was kept as “%s”"), backup);
      AdwToast *toast = buntan_view_toast_new_plain (title);

      /* It replaces the notice given at opening, which it answers. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      _buntan_window_toast (self, toast);
    }
  else
    {
      _buntan_window_toast (self, adw_toast_new (_ ("Saved")));
    }
  return TRUE;
}

static void
save_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  BuntanWindow *self = g_task_get_source_object (task);
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  g_task_return_boolean (task, file != NULL && self->project != NULL && save_to_file (self, file));
}

/* Saves to the project's file, or asks where first (@choose, or no file
 * yet). Errors are shown here; the result says whether it was saved. */
static void
save_async (BuntanWindow *self, gboolean choose, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask           *task = g_task_new (self, NULL, callback, user_data);
  g_autofree char *suggested = NULL;
  GFile           *file;

  g_task_set_source_tag (task, save_async);

  if (self->project == NULL)
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
      return;
    }

  file = buntan_project_get_file (self->project);
  if (file != NULL && !choose)
    {
      g_task_return_boolean (task, save_to_file (self, file));
      g_object_unref (task);
      return;
    }

  suggested = suggest_name (self, ".buntan");
  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_SAVE_PROJECT, suggested,
                                 file, NULL, save_chosen_cb, task);
}

static gboolean
save_finish (BuntanWindow *self, GAsyncResult *result)
{
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/* Unsaved changes ----------------------------------------------------------- */

static void
ask_saved_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;

  g_task_return_boolean (task, save_finish (BUNTAN_WINDOW (source), result));
}

static void
ask_answered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  BuntanWindow *self = g_task_get_source_object (task);

  switch (buntan_save_changes_dialog_run_finish (result))
    {
    case BUNTAN_SAVE_CHANGES_SAVE:
      save_async (self, FALSE, ask_saved_cb, g_steal_pointer (&task));
      break;

    case BUNTAN_SAVE_CHANGES_DISCARD:
      g_task_return_boolean (task, TRUE);
      break;

    case BUNTAN_SAVE_CHANGES_CANCEL:
    default:
      g_task_return_boolean (task, FALSE);
      break;
    }
}

/**
 * buntan_window_ask_save_changes_async:
 * @self: a window
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the user has answered
 * @user_data: data for @callback
 *
 * Before the project is closed or replaced: when it has unsaved changes,
 * asks whether to save them (Save, Discard, Cancel). Saving a project that
 * has no file yet asks where first.
 */
void
buntan_window_ask_save_changes_async (BuntanWindow       *self,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (BUNTAN_IS_WINDOW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, buntan_window_ask_save_changes_async);

  /* The project goes: a meeting that goes on ends, and its end time is an
   * unsaved change like any other. */
  _buntan_window_end_meeting (self);
  if (self->project == NULL || !buntan_project_get_is_modified (self->project))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  buntan_save_changes_dialog_run_async (GTK_WINDOW (self), self->project, cancellable,
                                        ask_answered_cb, g_steal_pointer (&task));
}

/**
 * buntan_window_ask_save_changes_finish:
 * @self: a window
 * @result: the result
 *
 * Returns: %TRUE when the project may go: it had no unsaved changes, they
 *   were saved, or the user chose to discard them
 */
gboolean
buntan_window_ask_save_changes_finish (BuntanWindow *self, GAsyncResult *result)
{
  g_return_val_if_fail (BUNTAN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/* Opening ------------------------------------------------------------------- */

/* Where the first save will keep the older file: its name alone. */
static char *
dup_backup_name (BuntanProject *project)
{
  g_autoptr (GFile) next = buntan_project_dup_backup_file_for (project);
  GFile *kept = buntan_project_get_backup_file (project);

  if (next != NULL)
    return g_file_get_basename (next);
  if (kept != NULL)
    return g_file_get_basename (kept);
  return NULL;
}

/* A file of an older format is said once, when it is opened: a toast that
 * takes no focus from the work (meeting keys, typing), with the whole story
 * and what opening changed a click away. */
static void
say_older_format (BuntanWindow *self)
{
  g_autofree char *backup = dup_backup_name (self->project);
  g_autofree char *title = NULL;
  AdwToast        *toast;

  if (backup == NULL)
    return;

  title =
    g_strdup_printf (_ ("Made by an earlier Buntan: saving keeps the old file as “%s”"), backup);
  toast = buntan_view_toast_new_plain (title);
  adw_toast_set_button_label (toast, _ ("_Details"));
  adw_toast_set_action_name (toast, "win.older-format-details");
  adw_toast_set_timeout (toast, 10);
  _buntan_window_toast (self, toast);
}

static void
older_format_details_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow      *self = BUNTAN_WINDOW (widget);
  g_autofree char   *name = NULL;
  g_autofree char   *backup = NULL;
  g_autofree char   *body = NULL;
  const char *const *notes;
  GtkWidget         *dialog;

  if (self->project == NULL)
    return;

  name = buntan_project_dup_display_name (self->project);
  backup = dup_backup_name (self->project);
  body = g_strdup_printf (_ ("“%s” was saved by an earlier version of Buntan. It will be saved in "
                             "the new format, which earlier versions cannot open. Before the "
                             "first save, the old file is kept beside it as “%s”, unchanged."),
                          name, backup != NULL ? backup : "");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Project From an Earlier Version"), body);

  notes = buntan_project_get_migration_notes (self->project);
  if (notes[0] != NULL)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (_ ("Brought up to date when it was opened:"));
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *list;

      for (guint i = 0; notes[i] != NULL; i++)
        g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", notes[i]);

      list = gtk_label_new (text->str);
      gtk_label_set_wrap (GTK_LABEL (list), TRUE);
      gtk_label_set_xalign (GTK_LABEL (list), 0);
      gtk_label_set_selectable (GTK_LABEL (list), TRUE);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      /* Many notes scroll, so the dialog still fits a 1024×768 screen. */
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      heading, NULL, -1);
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), scrolled);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
    }

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (_buntan_window_close_dialog_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
replace_answered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (BuntanProject) project = user_data;
  BuntanWindow *self = BUNTAN_WINDOW (source);

  if (buntan_window_ask_save_changes_finish (self, result))
    {
      _buntan_window_set_project (self, project);
      if (buntan_project_get_file_version (project) < BUNTAN_PROJECT_FORMAT_VERSION)
        say_older_format (self);
    }
}

/* The new project is loaded before anything is asked: a file that cannot
 * be read leaves the window exactly as it was. */
static void
replace_project (BuntanWindow *self, BuntanProject *project)
{
  buntan_window_ask_save_changes_async (self, NULL, replace_answered_cb, g_object_ref (project));
}

static void
read_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  GError        *error = NULL;
  BuntanProject *project;
  g_autoptr (GBytes) bytes = NULL;

  /* Nothing but this thread sees the project until it is handed over. */
  project = buntan_project_new_from_file_keeping_bytes (task_data, &bytes, &error);
  if (project == NULL)
    g_task_return_error (task, error);
  else
    {
      _buntan_window_keep_read_bytes (project, bytes);
      g_task_return_pointer (task, project, g_object_unref);
    }
}

/* What a worker task (reading a project, writing a workbook) carries back to
 * the main thread. The task's source object would be the window, but the
 * worker thread may drop the task's last reference, and a window must not be
 * finalized there; it may also be closed meanwhile: the task knows the window
 * only weakly. */
typedef struct
{
  GWeakRef window;
  GFile   *file;
  gint64   begun;
} FileTask;

static FileTask *
file_task_new (BuntanWindow *self, GFile *file)
{
  FileTask *task = g_new0 (FileTask, 1);

  g_weak_ref_init (&task->window, self);
  task->file = g_object_ref (file);
  task->begun = buntan_bench_log_now ();
  return task;
}

static void
file_task_free (FileTask *task)
{
  g_weak_ref_clear (&task->window);
  g_object_unref (task->file);
  g_free (task);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FileTask, file_task_free)

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (FileTask) reading = user_data;
  g_autoptr (BuntanWindow) self = g_weak_ref_get (&reading->window);
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;

  project = g_task_propagate_pointer (G_TASK (result), &error);
  /* The window is gone, or a newer choice replaced this one and owns the
   * window's loading state. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != self->load_cancellable)
    return;

  g_clear_object (&self->load_cancellable);
  _buntan_window_set_loading (self, NULL);
  buntan_bench_log ("load", NULL, reading->begun);

  if (project == NULL)
    {
      g_autofree char *body =
        g_strdup_printf ("%s\n\n%s", error->message,
                         self->project != NULL
                           ? _ ("The project that was open stays open, unchanged.")
                           : _ ("Check that the file is a Buntan project, or open the copy you "
                                "saved last."));
      g_autofree char *uri = g_file_get_uri (reading->file);

      _buntan_window_show_error (self, _ ("Could Not Open the Project"), body);
      /* GTK's file chooser lists every file it was asked to open among the
       * recent files: one that does not open is not offered again. */
      gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
      return;
    }

  _buntan_window_add_recent (self, reading->file);
  replace_project (self, project);
  /* The new project is shown before the next frame. */
  buntan_bench_log_after_frame (GTK_WIDGET (self), "open", NULL, reading->begun);
}

/* Forgets a file being read: its result will be dropped. */
void
_buntan_window_cancel_load (BuntanWindow *self)
{
  if (self->load_cancellable == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _buntan_window_set_loading (self, NULL);
}

/**
 * buntan_window_open_file:
 * @self: a window
 * @file: a project file
 *
 * Reads @file in a worker thread, the window staying usable meanwhile, and
 * shows it instead of the current project (asking about unsaved changes
 * first). A file that cannot be read is explained in a dialog and the
 * current project stays as it is. Opening another file before this one is
 * read drops this one.
 */
void
buntan_window_open_file (BuntanWindow *self, GFile *file)
{
  g_autoptr (GTask) task = NULL;
  FileTask *reading;

  g_return_if_fail (BUNTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _buntan_window_cancel_load (self);
  self->load_cancellable = g_cancellable_new ();

  reading = file_task_new (self, file);

  task = g_task_new (NULL, self->load_cancellable, read_done_cb, reading);
  g_task_set_source_tag (task, buntan_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  /* A result that comes after a cancel is dropped, not delivered. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, read_in_thread);

  _buntan_window_set_loading (self, file);
}

static void
open_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  if (file != NULL)
    buntan_window_open_file (self, file);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  GFile        *current = self->project != NULL ? buntan_project_get_file (self->project) : NULL;

  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_OPEN_PROJECT, NULL, current,
                                 NULL, open_chosen_cb, NULL);
}

static void
open_sample_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;

  /* From the resources, so it opens as an unsaved copy: saving it asks
   * where, and the bundled file is never overwritten. */
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/examples/sample.buntan",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    project = buntan_project_new_from_bytes (bytes, "sample.buntan", &error);
  if (project == NULL)
    {
      _buntan_window_show_error (self, _ ("Could Not Open the Sample"), error->message);
      return;
    }

  replace_project (self, project);
}

/* The hospital's name lives in its party alone: the project's organization
 * stays empty, and the workbook's cover falls back to the party. */
static void
create_project (BuntanWindow      *self,
                BuntanTemplate    *chosen,
                const char        *title,
                const char        *hospital,
                const char *const *vendors)
{
  g_autoptr (BuntanTemplate) template = chosen != NULL ? g_object_ref (chosen) : NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;

  if (template == NULL)
    template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, &error);
  if (template == NULL)
    {
      _buntan_window_show_error (self, _ ("Could Not Start a New Project"), error->message);
      return;
    }

  project = buntan_project_new_from_template (template);
  buntan_project_set_title (project, title);
  buntan_party_set_name (buntan_project_get_hospital (project), hospital);
  for (guint i = 0; vendors != NULL && vendors[i] != NULL; i++)
    buntan_project_add_vendor (project, vendors[i]);
  /* What the dialog asked for is where the project starts, not a step to
   * undo; it stays marked modified when anything was typed. */
  buntan_history_clear (buntan_project_get_history (project));
  replace_project (self, project);
}

static void
new_project_create_cb (BuntanWindow           *self,
                       const char             *title,
                       const char             *hospital,
                       const char *const      *vendors,
                       BuntanNewProjectDialog *dialog)
{
  create_project (self, buntan_new_project_dialog_get_checklist (dialog), title, hospital, vendors);
}

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow           *self = BUNTAN_WINDOW (widget);
  BuntanNewProjectDialog *dialog = buntan_new_project_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "create", G_CALLBACK (new_project_create_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The twin of "win.new" without the dialog: (title, hospital, vendors). */
static void
new_project_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  const char             *title, *hospital;
  g_autofree const char **vendors = NULL;

  g_variant_get (parameter, "(&s&s^a&s)", &title, &hospital, &vendors);
  create_project (BUNTAN_WINDOW (widget), NULL, title, hospital, vendors);
}

/* Saving actions ------------------------------------------------------------ */

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  save_async (BUNTAN_WINDOW (widget), FALSE, NULL, NULL);
}

static void
save_as_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  save_async (BUNTAN_WINDOW (widget), TRUE, NULL, NULL);
}

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

static void
export_to_file (BuntanWindow *self, GFile *file)
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
    suggested = suggest_name (self, ".xlsx");

  buntan_file_chooser_run_async (GTK_WINDOW (self),
                                 all_vendors ? BUNTAN_FILE_CHOICE_EXPORT_FOLDER
                                             : BUNTAN_FILE_CHOICE_EXPORT_WORKBOOK,
                                 suggested, buntan_project_get_file (self->project), NULL,
                                 export_chosen_cb, request);
}

/* What to export, draft or final: the dialog lists the gaps that keep a
 * document from being final, and offers the draft instead. */
static void
export_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  GtkWidget    *dialog = buntan_export_dialog_new (GTK_WINDOW (self), self->project);

  g_signal_connect_object (dialog, "chosen", G_CALLBACK (export_dialog_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The project's parts ------------------------------------------------------- */

static void
parties_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (buntan_parties_dialog_new (GTK_WINDOW (self), self->project)));
}

static void
properties_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (buntan_properties_dialog_new (GTK_WINDOW (self), self->project)));
}

static void
agree_version_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (buntan_agree_dialog_new (GTK_WINDOW (self), self->project)));
}

static void
versions_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (buntan_versions_dialog_new (GTK_WINDOW (self), self->project)));
}

static void
add_item_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanPartPage *page = _buntan_window_get_visible_part (BUNTAN_WINDOW (widget));

  if (page != NULL)
    buntan_part_page_add_item (page);
}

static void
delete_response_cb (AdwMessageDialog *dialog, const char *response, BuntanWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->project == NULL)
    return;

  if (!buntan_project_remove_item (self->project, g_object_get_data (G_OBJECT (dialog), "item-id"),
                                   &error))
    _buntan_window_show_error (self, _ ("Could Not Delete the Item"), error->message);
}

static void
delete_item_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow   *self = BUNTAN_WINDOW (widget);
  BuntanPartPage *page = _buntan_window_get_visible_part (self);
  BuntanItem     *item = page != NULL ? buntan_part_page_get_selected_item (page) : NULL;
  GtkWidget      *dialog;

  if (item == NULL || !buntan_item_get_custom (item))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _ ("Delete Item %s?"),
                                     buntan_item_get_id (item));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _ ("“%s” and everything recorded about it are removed from "
                                     "the project."),
                                  buntan_item_get_title (item));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete",
                                    _ ("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "item-id", g_strdup (buntan_item_get_id (item)),
                          g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (_buntan_window_close_dialog_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
find_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow   *self = BUNTAN_WINDOW (widget);
  BuntanPartPage *page = _buntan_window_get_visible_part (self);

  /* From the matrix or the summary, searching means searching Part 2. */
  if (page == NULL)
    {
      page = _buntan_window_get_part_page (self, 2);
      adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (page));
    }
  buntan_part_page_focus_search (page);
}

/* The twins of the actions that ask for a file ("win.open-file",
 * "win.save-to", "win.export-to") take its path: scripts and tests. */
static void
path_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  if (g_str_equal (action_name, "win.open-file"))
    buntan_window_open_file (self, file);
  else if (g_str_equal (action_name, "win.save-to"))
    save_to_file (self, file);
  else if (g_str_equal (action_name, "win.export-to"))
    export_to_file (self, file);
  else
    g_assert_not_reached ();
}

void
_buntan_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", "(ssas)", new_project_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", path_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-to", "s", path_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "s", path_action);
  gtk_widget_class_install_action (widget_class, "win.parties", NULL, parties_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_install_action (widget_class, "win.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "win.delete-item", NULL, delete_item_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.older-format-details", NULL,
                                   older_format_details_action);
  gtk_widget_class_install_action (widget_class, "win.agree-version", NULL, agree_version_action);
  gtk_widget_class_install_action (widget_class, "win.versions", NULL, versions_action);
}

/* The actions follow the model: without a project there is nothing to save
 * or export; items are added on a Part page and only the user's own are
 * deleted. */
void
_buntan_window_update_actions (BuntanWindow *self)
{
  static const char *const project_actions[] = {
    "win.save",      "win.save-as", "win.save-to",    "win.export",
    "win.export-to", "win.parties", "win.properties", "win.find",
  };
  gboolean        has_project = self->project != NULL;
  BuntanPartPage *page = _buntan_window_get_visible_part (self);
  BuntanItem     *item = page != NULL ? buntan_part_page_get_selected_item (page) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (project_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), project_actions[i], has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.agree-version", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.versions", has_project);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print-to", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf-to", has_project);

  /* One export at a time: the next waits for the spinner to stop. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_project && !self->exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-to",
                                 has_project && !self->exporting);

  /* A project made while another is read would race it to the window. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", self->load_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-project",
                                 self->load_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample",
                                 self->load_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-item", page != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-item",
                                 item != NULL && buntan_item_get_custom (item));
  _buntan_window_update_checklist_update (self);
  _buntan_window_update_questionnaire (self);
  _buntan_window_update_answers (self);
  _buntan_window_remind_renewals (self);
  _buntan_window_update_next_year (self);
}
