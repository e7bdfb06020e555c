/* buntan-agree-dialog.h — agreeing the current state as the next version (第N版)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_AGREE_DIALOG (buntan_agree_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanAgreeDialog,
                      buntan_agree_dialog,
                      BUNTAN,
                      AGREE_DIALOG,
                      AdwMessageDialog)

/* Responses: "cancel" and "agree". */

BuntanAgreeDialog *
buntan_agree_dialog_new (GtkWindow *parent, BuntanProject *project);

G_END_DECLS
