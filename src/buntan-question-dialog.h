/* buntan-question-dialog.h — a question with three answers: keep, discard, go ahead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The answers in this order, so that a dialog's own answer enum can follow it. */
typedef enum
{
  BUNTAN_QUESTION_KEEP,    /* leaves things as they are; also Escape */
  BUNTAN_QUESTION_DISCARD, /* throws work away: shown as destructive */
  BUNTAN_QUESTION_ACCEPT,  /* the suggested answer and the default */
  BUNTAN_QUESTION_N_ANSWERS
} BuntanQuestionAnswer;

/* A response of the dialog: its id, and its label with a mnemonic. */
typedef struct
{
  const char *id;
  const char *label;
} BuntanQuestionResponse;

void
buntan_question_dialog_run_async (GtkWindow                    *parent,
                                  const char                   *heading,
                                  const char                   *body,
                                  const BuntanQuestionResponse *responses,
                                  GCancellable                 *cancellable,
                                  GAsyncReadyCallback           callback,
                                  gpointer                      user_data);
BuntanQuestionAnswer
buntan_question_dialog_run_finish (GAsyncResult *result);

G_END_DECLS
