/* buntan-party.h — the hospital or a vendor taking part in the negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PARTY (buntan_party_get_type ())

G_DECLARE_FINAL_TYPE (BuntanParty, buntan_party, BUNTAN, PARTY, GObject)

BuntanParty *
buntan_party_new (const char *id, BuntanPartyKind kind, const char *name);
const char *
buntan_party_get_id (BuntanParty *self);
BuntanPartyKind
buntan_party_get_kind (BuntanParty *self);
const char *
buntan_party_get_name (BuntanParty *self);
void
buntan_party_set_name (BuntanParty *self, const char *name);
const char *
buntan_party_get_service (BuntanParty *self);
void
buntan_party_set_service (BuntanParty *self, const char *service);
BuntanContractKind
buntan_party_get_contract (BuntanParty *self);
const char *
buntan_party_get_contact (BuntanParty *self);
void
buntan_party_set_contact (BuntanParty *self, const char *contact);
const char *
buntan_party_get_emergency_contact (BuntanParty *self);
void
buntan_party_set_emergency_contact (BuntanParty *self, const char *contact);
const char *
buntan_party_get_service_spec_received (BuntanParty *self);
void
buntan_party_set_service_spec_received (BuntanParty *self, const char *date);
const char *
buntan_party_get_mds_sds_received (BuntanParty *self);
void
buntan_party_set_mds_sds_received (BuntanParty *self, const char *date);
const char *
buntan_party_get_cyber_checklist_received (BuntanParty *self);
void
buntan_party_set_cyber_checklist_received (BuntanParty *self, const char *date);
const char *
buntan_party_get_note (BuntanParty *self);
void
buntan_party_set_note (BuntanParty *self, const char *note);
gboolean
buntan_party_is_hospital (BuntanParty *self);
void
buntan_party_set_short_name (BuntanParty *self, const char *short_name);
const char *
buntan_party_get_short_name (BuntanParty *self);
char *
buntan_party_dup_unique_short_name (BuntanParty *self, GListModel *parties);
const char *
buntan_party_get_stored_short_name (BuntanParty *self);
const char *
buntan_party_get_default_short_name (BuntanParty *self);
const char *
buntan_party_get_address (BuntanParty *self);
void
buntan_party_set_address (BuntanParty *self, const char *address);
const char *
buntan_party_get_representative (BuntanParty *self);
void
buntan_party_set_representative (BuntanParty *self, const char *representative);
const char *
buntan_party_get_safety_manager_name (BuntanParty *self);
void
buntan_party_set_safety_manager_name (BuntanParty *self, const char *name);
const char *
buntan_party_get_safety_manager_title (BuntanParty *self);
void
buntan_party_set_safety_manager_title (BuntanParty *self, const char *title);
const char *
buntan_party_get_safety_manager_appointed (BuntanParty *self);
void
buntan_party_set_safety_manager_appointed (BuntanParty *self, const char *date);
GListModel *
buntan_party_get_contracts (BuntanParty *self);
BuntanContract *
buntan_party_find_contract (BuntanParty *self, const char *id);
BuntanContract *
buntan_party_add_contract (BuntanParty *self, BuntanContractKind kind);
gboolean
buntan_party_remove_contract (BuntanParty *self, BuntanContract *contract);
gboolean
buntan_party_covers_contract_kind (BuntanParty *self, BuntanContractKind kind);

G_END_DECLS
