/* buntan-save-changes-dialog.c — asks whether to save a modified project first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-question-dialog.h"
#include "buntan-save-changes-dialog.h"

G_STATIC_ASSERT ((int) BUNTAN_SAVE_CHANGES_CANCEL == (int) BUNTAN_QUESTION_KEEP);
G_STATIC_ASSERT ((int) BUNTAN_SAVE_CHANGES_DISCARD == (int) BUNTAN_QUESTION_DISCARD);
G_STATIC_ASSERT ((int) BUNTAN_SAVE_CHANGES_SAVE == (int) BUNTAN_QUESTION_ACCEPT);

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
buntan_save_changes_dialog_run_async (GtkWindow          *parent,
                                      BuntanProject      *project,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data)
{
  const BuntanQuestionResponse responses[] = {
    { "cancel", _ ("_Cancel") },
    { "discard", _ ("_Discard") },
    { "save", _ ("_Save") },
  };
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BUNTAN_IS_PROJECT (project));

  name = buntan_project_dup_display_name (project);
  body = g_strdup_printf (_ ("“%s” has changes that are not saved yet. "
                             "If you do not save them, they are lost."),
                          name);
  buntan_question_dialog_run_async (parent, _ ("Save Changes?"), body, responses, cancellable,
                                    callback, user_data);
}

BuntanSaveChangesResponse
buntan_save_changes_dialog_run_finish (GAsyncResult *result)
{
  return (BuntanSaveChangesResponse) buntan_question_dialog_run_finish (result);
}
