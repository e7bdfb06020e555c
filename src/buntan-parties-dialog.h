/* buntan-parties-dialog.h — add, edit and remove the vendors (and edit the hospital)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PARTIES_DIALOG (buntan_parties_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanPartiesDialog, buntan_parties_dialog, BUNTAN, PARTIES_DIALOG, AdwWindow)

/* Responses of the question asked before a vendor who still owns or takes
 * part in items is removed (an AdwMessageDialog transient for the parties
 * dialog; its extra child is a GtkDropDown of the parties that can take
 * over, hospital first). */
#define BUNTAN_PARTIES_RESPONSE_CANCEL "cancel"
#define BUNTAN_PARTIES_RESPONSE_UNDECIDED "undecided"
#define BUNTAN_PARTIES_RESPONSE_HAND_OVER "hand-over"

/* A modal window over @parent listing the hospital and the vendors of
 * @project. Every field is bound to the model; adding and removing vendors
 * go through buntan_project_add_vendor() / buntan_project_remove_vendor(). */
GtkWidget *
buntan_parties_dialog_new (GtkWindow *parent, BuntanProject *project);
BuntanProject *
buntan_parties_dialog_get_project (BuntanPartiesDialog *self);
BuntanParty *
buntan_parties_dialog_get_selected (BuntanPartiesDialog *self);
void
buntan_parties_dialog_select (BuntanPartiesDialog *self, const char *id);
BuntanParty *
buntan_parties_dialog_add_vendor (BuntanPartiesDialog *self);
/* Starts the removal flow of the "Remove Vendor" button: removes at once a
 * vendor that is named by no item, otherwise presents the question and
 * returns it (transfer none), to be answered with
 * adw_message_dialog_response() in tests. Returns NULL when nothing is asked. */
AdwMessageDialog *
buntan_parties_dialog_ask_remove_vendor (BuntanPartiesDialog *self, const char *id);
void
buntan_parties_dialog_remove_vendor (BuntanPartiesDialog *self, const char *id);

G_END_DECLS
