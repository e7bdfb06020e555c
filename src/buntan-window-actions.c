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
#include "buntan-window-actions-private.h"

/* A file name to offer: the project's file name or title, never a path. */
char *
_buntan_window_suggest_name (BuntanWindow *self, const char *suffix)
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

  suggested = _buntan_window_suggest_name (self, ".buntan");
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
    _buntan_window_export_to_file (self, file);
  else
    g_assert_not_reached ();
}

void
_buntan_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new", NULL, _buntan_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.new-project", "(ssas)",
                                   _buntan_window_new_project_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, _buntan_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", path_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL,
                                   _buntan_window_open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.save-to", "s", path_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, _buntan_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to", "s", path_action);
  gtk_widget_class_install_action (widget_class, "win.parties", NULL, parties_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_install_action (widget_class, "win.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "win.delete-item", NULL, delete_item_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.older-format-details", NULL,
                                   _buntan_window_older_format_details_action);
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
  _buntan_window_update_compare (self);
}
