/* buntan-window-open.c — opening a project file, the sample, or a new project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-file-chooser.h"
#include "buntan-new-project-dialog.h"
#include "buntan-view-util.h"
#include "buntan-window-actions-private.h"

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

void
_buntan_window_older_format_details_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
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

void
_buntan_window_open_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  GFile        *current = self->project != NULL ? buntan_project_get_file (self->project) : NULL;

  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_OPEN_PROJECT, NULL, current,
                                 NULL, open_chosen_cb, NULL);
}

void
_buntan_window_open_sample_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
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

void
_buntan_window_new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow           *self = BUNTAN_WINDOW (widget);
  BuntanNewProjectDialog *dialog = buntan_new_project_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "create", G_CALLBACK (new_project_create_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The twin of "win.new" without the dialog: (title, hospital, vendors). */
void
_buntan_window_new_project_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  const char             *title, *hospital;
  g_autofree const char **vendors = NULL;

  g_variant_get (parameter, "(&s&s^a&s)", &title, &hospital, &vendors);
  create_project (BUNTAN_WINDOW (widget), NULL, title, hospital, vendors);
}
