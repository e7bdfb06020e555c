/* buntan-checklist-update-dialog.h — the review of a newer checklist, difference by difference
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CHECKLIST_UPDATE_DIALOG (buntan_checklist_update_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanChecklistUpdateDialog,
                      buntan_checklist_update_dialog,
                      BUNTAN,
                      CHECKLIST_UPDATE_DIALOG,
                      AdwWindow)

/* A modal window over @parent listing @update's differences, each with a
 * check; its action "update.apply" applies the checked ones as one undo
 * step, emits "applied" and closes. */
GtkWidget *
buntan_checklist_update_dialog_new (GtkWindow *parent, BuntanChecklistUpdate *update);

G_END_DECLS
