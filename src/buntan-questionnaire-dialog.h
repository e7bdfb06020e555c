/* buntan-questionnaire-dialog.h — choosing the vendor a questionnaire goes to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_QUESTIONNAIRE_DIALOG (buntan_questionnaire_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanQuestionnaireDialog,
                      buntan_questionnaire_dialog,
                      BUNTAN,
                      QUESTIONNAIRE_DIALOG,
                      AdwMessageDialog)

/* Responses: "cancel" and "send". */

BuntanQuestionnaireDialog *
buntan_questionnaire_dialog_new (GtkWindow *parent, BuntanProject *project);
const char *
buntan_questionnaire_dialog_get_vendor_id (BuntanQuestionnaireDialog *self);

G_END_DECLS
