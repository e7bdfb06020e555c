/* buntan-contract.h — one contract a vendor holds with the hospital
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CONTRACT (buntan_contract_get_type ())

G_DECLARE_FINAL_TYPE (BuntanContract, buntan_contract, BUNTAN, CONTRACT, GObject)

BuntanContract *
buntan_contract_new (const char *id, BuntanContractKind kind);
const char *
buntan_contract_get_id (BuntanContract *self);
BuntanContractKind
buntan_contract_get_kind (BuntanContract *self);
void
buntan_contract_set_kind (BuntanContract *self, BuntanContractKind kind);
const char *
buntan_contract_get_title (BuntanContract *self);
void
buntan_contract_set_title (BuntanContract *self, const char *title);
const char *
buntan_contract_get_number (BuntanContract *self);
void
buntan_contract_set_number (BuntanContract *self, const char *number);
const char *
buntan_contract_get_signed (BuntanContract *self);
void
buntan_contract_set_signed (BuntanContract *self, const char *date);
const char *
buntan_contract_get_start (BuntanContract *self);
void
buntan_contract_set_start (BuntanContract *self, const char *date);
const char *
buntan_contract_get_end (BuntanContract *self);
void
buntan_contract_set_end (BuntanContract *self, const char *date);
const char *
buntan_contract_get_renewal (BuntanContract *self);
void
buntan_contract_set_renewal (BuntanContract *self, const char *date);
const char *const *
buntan_contract_get_systems (BuntanContract *self);
void
buntan_contract_set_systems (BuntanContract *self, const char *const *systems);
BuntanParty *
buntan_contract_get_party (BuntanContract *self);

G_END_DECLS
