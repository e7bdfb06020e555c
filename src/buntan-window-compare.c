/* buntan-window-compare.c — the window compares its project with another file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15: "win.compare-with-file" asks for another project file (a
 * colleague's copy, the file before a meeting), "win.compare-with-file-to"
 * (a path) is the scripts' and tests' way past the file chooser. The other
 * file is read in a worker thread, as opening is, and the changes from it
 * to the state in the window are listed in a dialog. Nothing in the window
 * changes, whether the file reads or not.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-comparison-dialog.h"
#include "buntan-core.h"
#include "buntan-file-chooser.h"
#include "buntan-window-private.h"

/* What the worker thread carries back. The window is known only weakly: it
 * may be closed while the file is read, and must not be finalized in the
 * worker thread when the task drops its last reference there. */
typedef struct
{
  GWeakRef window;
  GFile   *file;
} CompareTask;

static CompareTask *
compare_task_new (BuntanWindow *self, GFile *file)
{
  CompareTask *task = g_new0 (CompareTask, 1);

  g_weak_ref_init (&task->window, self);
  task->file = g_object_ref (file);
  return task;
}

static void
compare_task_free (CompareTask *task)
{
  g_weak_ref_clear (&task->window);
  g_object_unref (task->file);
  g_free (task);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CompareTask, compare_task_free)

static void
read_in_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  GError        *error = NULL;
  BuntanProject *project;

  /* Nothing but this thread sees the project until it is handed over. */
  project = buntan_project_new_from_file (task_data, &error);
  if (project == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, project, g_object_unref);
}

static void
read_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CompareTask) reading = user_data;
  g_autoptr (BuntanWindow) self = g_weak_ref_get (&reading->window);
  g_autoptr (BuntanProject) other = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char        *name = g_file_get_basename (reading->file);
  BuntanComparisonDialog *dialog;

  other = g_task_propagate_pointer (G_TASK (result), &error);
  /* The window is gone, or its project with it: nothing to compare with. */
  if (self == NULL || self->project == NULL)
    return;

  if (other == NULL)
    {
      g_autofree char *heading = NULL;
      g_autofree char *body = NULL;

      /* TRANSLATORS: the heading when the file to compare with cannot be read */
      heading = g_strdup_printf (_ ("Could Not Compare with “%s”"), name);
      body = g_strdup_printf ("%s\n\n%s", error->message,
                              _ ("The open project stays as it is, unchanged."));
      _buntan_window_show_error (self, heading, body);
      return;
    }

  comparison = buntan_comparison_new (other, self->project);
  dialog = buntan_comparison_dialog_new (GTK_WINDOW (self), comparison, name);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_with (BuntanWindow *self, GFile *file)
{
  g_autoptr (GTask) task = NULL;

  task = g_task_new (NULL, NULL, read_done_cb, compare_task_new (self, file));
  g_task_set_source_tag (task, compare_with);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

static void
file_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  if (file != NULL && self->project != NULL)
    compare_with (self, file);
}

static void
compare_with_file_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  if (self->project == NULL)
    return;

  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_OPEN_PROJECT, NULL,
                                 buntan_project_get_file (self->project), NULL, file_chosen_cb,
                                 NULL);
}

static void
compare_with_file_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (GFile) file = NULL;

  if (self->project == NULL)
    return;

  file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  compare_with (self, file);
}

void
_buntan_window_class_init_compare (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare-with-file", NULL,
                                   compare_with_file_action);
  gtk_widget_class_install_action (widget_class, "win.compare-with-file-to", "s",
                                   compare_with_file_to_action);
}

void
_buntan_window_update_compare (BuntanWindow *self)
{
  gboolean has_project = self->project != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with-file", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with-file-to", has_project);
}
