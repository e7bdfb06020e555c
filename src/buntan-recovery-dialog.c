/* buntan-recovery-dialog.c — asks whether to restore work a crash left behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-question-dialog.h"
#include "buntan-recovery-dialog.h"

G_STATIC_ASSERT ((int) BUNTAN_RECOVERY_LATER == (int) BUNTAN_QUESTION_KEEP);
G_STATIC_ASSERT ((int) BUNTAN_RECOVERY_DISCARD == (int) BUNTAN_QUESTION_DISCARD);
G_STATIC_ASSERT ((int) BUNTAN_RECOVERY_RESTORE == (int) BUNTAN_QUESTION_ACCEPT);

static char *
describe_copy (GFile *copy)
{
  g_autoptr (GFile) original = NULL;
  g_autoptr (GDateTime) saved = NULL;
  g_autoptr (GDateTime) local = NULL;
  g_autofree char *when = NULL;

  if (!buntan_recovery_read_info (copy, &original, &saved))
    return NULL;

  local = g_date_time_to_local (saved);
  when = g_date_time_format (local, "%Y-%m-%d %H:%M");

  if (original != NULL)
    {
      g_autofree char *name = g_file_get_basename (original);
      g_autoptr (GFile) parent = g_file_get_parent (original);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : g_strdup ("");

      /* TRANSLATORS: %1$s is a file name, %2$s its folder, %3$s a date and time */
      return g_strdup_printf (_ ("Buntan closed before the changes to “%1$s” (in %2$s) were "
                                 "saved. A copy of the work as it was at %3$s was kept.\n\n"
                                 "Restore opens it as unsaved changes to that file; Discard "
                                 "deletes the copy."),
                              name, folder, when);
    }

  /* TRANSLATORS: %s is a date and time */
  return g_strdup_printf (_ ("Buntan closed before a new project was saved. A copy of the work "
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
buntan_recovery_dialog_run_async (GtkWindow          *parent,
                                  GFile              *copy,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  const BuntanQuestionResponse responses[] = {
    { "later", _ ("_Not Now") },
    { "discard", _ ("_Discard") },
    { "restore", _ ("_Restore") },
  };
  g_autofree char *body = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (copy));

  /* NULL when the copy is gone meanwhile (another Buntan restored it):
   * nothing to ask, the answer is Not Now. */
  body = describe_copy (copy);
  buntan_question_dialog_run_async (parent, _ ("Restore Unsaved Work?"), body, responses,
                                    cancellable, callback, user_data);
}

BuntanRecoveryResponse
buntan_recovery_dialog_run_finish (GAsyncResult *result)
{
  return (BuntanRecoveryResponse) buntan_question_dialog_run_finish (result);
}
