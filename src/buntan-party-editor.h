/* buntan-party-editor.h — the form for one party: name, contract, contacts, documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PARTY_EDITOR (buntan_party_editor_get_type ())

G_DECLARE_FINAL_TYPE (BuntanPartyEditor, buntan_party_editor, BUNTAN, PARTY_EDITOR, AdwBin)

/* Every field is bound both ways to the party shown ("party", nullable):
 * an edit changes the model at once. For the hospital the vendor-only
 * fields (service, contract, documents) and the remove button are hidden.
 * The remove button activates the action "parties.remove-vendor" with the
 * party's id as a string parameter. */
GtkWidget *
buntan_party_editor_new (void);
BuntanParty *
buntan_party_editor_get_party (BuntanPartyEditor *self);
void
buntan_party_editor_set_party (BuntanPartyEditor *self, BuntanParty *party);
void
buntan_party_editor_focus_name (BuntanPartyEditor *self);

G_END_DECLS
