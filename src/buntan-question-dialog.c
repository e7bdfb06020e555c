/* buntan-question-dialog.c — a question with three answers: keep, discard, go ahead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "buntan-question-dialog.h"

static void
response_cb (AdwMessageDialog *dialog, const char *response, GTask *task)
{
  BuntanQuestionAnswer answer = BUNTAN_QUESTION_KEEP;

  /* The dialog knows which response is which; anything else keeps, as
   * throwing work away must never be the answer to an unknown response. */
  if (g_strcmp0 (response, adw_message_dialog_get_default_response (dialog)) == 0)
    answer = BUNTAN_QUESTION_ACCEPT;
  else if (adw_message_dialog_has_response (dialog, response) &&
           adw_message_dialog_get_response_appearance (dialog, response) ==
             ADW_RESPONSE_DESTRUCTIVE)
    answer = BUNTAN_QUESTION_DISCARD;

  /* A response given without a button (adw_message_dialog_response())
   * leaves the dialog open; a button has closed it already. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_task_return_int (task, answer);
  g_object_unref (task);
}

/**
 * buntan_question_dialog_run_async:
 * @parent: the window the question is about
 * @heading: the question
 * @body: (nullable): what it is about and what the answers do; %NULL when
 *   there is nothing to ask after all: the answer is to keep, at once
 * @responses: (array fixed-size=3): the responses, in the order of
 *   #BuntanQuestionAnswer
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the answer
 * @user_data: data for @callback
 *
 * Asks @heading in a message dialog over @parent.
 */
void
buntan_question_dialog_run_async (GtkWindow                    *parent,
                                  const char                   *heading,
                                  const char                   *body,
                                  const BuntanQuestionResponse *responses,
                                  GCancellable                 *cancellable,
                                  GAsyncReadyCallback           callback,
                                  gpointer                      user_data)
{
  AdwMessageDialog *dialog;
  GTask            *task;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, buntan_question_dialog_run_async);

  if (body == NULL)
    {
      g_task_return_int (task, BUNTAN_QUESTION_KEEP);
      g_object_unref (task);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  for (guint i = 0; i < BUNTAN_QUESTION_N_ANSWERS; i++)
    adw_message_dialog_add_response (dialog, responses[i].id, responses[i].label);
  adw_message_dialog_set_response_appearance (dialog, responses[BUNTAN_QUESTION_DISCARD].id,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, responses[BUNTAN_QUESTION_ACCEPT].id,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, responses[BUNTAN_QUESTION_ACCEPT].id);
  adw_message_dialog_set_close_response (dialog, responses[BUNTAN_QUESTION_KEEP].id);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), task);

  gtk_window_present (GTK_WINDOW (dialog));
}

BuntanQuestionAnswer
buntan_question_dialog_run_finish (GAsyncResult *result)
{
  g_return_val_if_fail (G_IS_TASK (result), BUNTAN_QUESTION_KEEP);

  return g_task_propagate_int (G_TASK (result), NULL);
}
