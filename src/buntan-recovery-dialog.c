/* buntan-recovery-dialog.c — asks whether to restore work a crash left behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-autosave.h"
#include "buntan-recovery-dialog.h"

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GTask            *task)
{
  BuntanRecoveryResponse answer = BUNTAN_RECOVERY_LATER;

  if (g_strcmp0 (response, "restore") == 0)
    answer = BUNTAN_RECOVERY_RESTORE;
  else if (g_strcmp0 (response, "discard") == 0)
    answer = BUNTAN_RECOVERY_DISCARD;

  /* A response given without a button (adw_message_dialog_response())
   * leaves the dialog open; a button has closed it already. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_task_return_int (task, answer);
  g_object_unref (task);
}

static char *
describe_copy (GFile *copy)
{
  g_autoptr(GFile) original = NULL;
  g_autoptr(GDateTime) saved = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;

  if (!buntan_autosave_read_info (copy, &original, &saved))
    return NULL;

  local = g_date_time_to_local (saved);
  when = g_date_time_format (local, "%Y-%m-%d %H:%M");

  if (original != NULL)
    {
      g_autofree char *name = g_file_get_basename (original);
      g_autoptr(GFile) parent = g_file_get_parent (original);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");

      /* TRANSLATORS: %1$s is a file name, %2$s its folder, %3$s a date and time */
      return g_strdup_printf (_("Buntan closed before the changes to “%1$s” (in %2$s) were "
                                "saved. A copy of the work as it was at %3$s was kept.\n\n"
                                "Restore opens it as unsaved changes to that file; Discard "
                                "deletes the copy."),
                              name, folder, when);
    }

  /* TRANSLATORS: %s is a date and time */
  return g_strdup_printf (_("Buntan closed before a new project was saved. A copy of the work "
                            "as it was at %s was kept.\n\n"
                            "Restore opens it as a new project to save; Discard deletes the "
                            "copy."),
                          when);
}

/**
 * buntan_recovery_dialog_run_async:
 * @parent: the window to restore into, or beside
 * @copy: a recovery copy left by a Buntan that did not close
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the answer
 * @user_data: data for @callback
 *
 * Shows where the work belongs and when the copy was made, and asks:
 * Restore, Discard, or Not Now (also Escape: the copy stays for the next
 * start).
 */
void
buntan_recovery_dialog_run_async (GtkWindow           *parent,
                                  GFile               *copy,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GTask *task;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (copy));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, buntan_recovery_dialog_run_async);

  body = describe_copy (copy);
  if (body == NULL)
    {
      /* Gone meanwhile (another Buntan restored it): nothing to ask. */
      g_task_return_int (task, BUNTAN_RECOVERY_LATER);
      g_object_unref (task);
      return;
    }

  dialog = adw_message_dialog_new (parent, _("Restore Unsaved Work?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Not Now"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), task);

  gtk_window_present (GTK_WINDOW (dialog));
}

BuntanRecoveryResponse
buntan_recovery_dialog_run_finish (GAsyncResult *result)
{
  g_return_val_if_fail (G_IS_TASK (result), BUNTAN_RECOVERY_LATER);

  return g_task_propagate_int (G_TASK (result), NULL);
}
