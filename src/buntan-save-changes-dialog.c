/* buntan-save-changes-dialog.c — asks whether to save a modified project first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-save-changes-dialog.h"

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GTask            *task)
{
  BuntanSaveChangesResponse answer = BUNTAN_SAVE_CHANGES_CANCEL;

  if (g_strcmp0 (response, "save") == 0)
    answer = BUNTAN_SAVE_CHANGES_SAVE;
  else if (g_strcmp0 (response, "discard") == 0)
    answer = BUNTAN_SAVE_CHANGES_DISCARD;

  /* A response given without a button (adw_message_dialog_response())
   * leaves the dialog open; a button has closed it already. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_task_return_int (task, answer);
  g_object_unref (task);
}

/**
 * buntan_save_changes_dialog_run_async:
 * @parent: the window whose project it is
 * @project: the modified project
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the answer
 * @user_data: data for @callback
 *
 * Asks whether to save @project before it is closed or replaced: Save,
 * Discard or Cancel (also Escape).
 */
void
buntan_save_changes_dialog_run_async (GtkWindow           *parent,
                                      BuntanProject       *project,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  GTask *task;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BUNTAN_IS_PROJECT (project));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, buntan_save_changes_dialog_run_async);

  name = buntan_project_dup_display_name (project);
  dialog = adw_message_dialog_new (parent, _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has changes that are not saved yet. "
                                    "If you do not save them, they are lost."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), task);

  gtk_window_present (GTK_WINDOW (dialog));
}

BuntanSaveChangesResponse
buntan_save_changes_dialog_run_finish (GAsyncResult *result)
{
  g_return_val_if_fail (G_IS_TASK (result), BUNTAN_SAVE_CHANGES_CANCEL);

  return g_task_propagate_int (G_TASK (result), NULL);
}
