/* buntan-answers-dialog.h — the review of a vendor's answers, change by change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-answers.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ANSWERS_DIALOG (buntan_answers_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanAnswersDialog, buntan_answers_dialog, BUNTAN, ANSWERS_DIALOG, AdwWindow)

/* A modal window over @parent listing the changes @answers imply, each
 * with a check bound to its `accepted`; its action "answers.apply" applies
 * the accepted ones as one undo step, emits "applied" and closes; closing
 * it otherwise changes nothing. */
GtkWidget *
buntan_answers_dialog_new (GtkWindow *parent, BuntanAnswers *answers);

G_END_DECLS
