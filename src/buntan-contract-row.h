/* buntan-contract-row.h — one vendor contract in the party editor, folded open to edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CONTRACT_ROW (buntan_contract_row_get_type ())

G_DECLARE_FINAL_TYPE (BuntanContractRow, buntan_contract_row, BUNTAN, CONTRACT_ROW, AdwExpanderRow)

GtkWidget *
buntan_contract_row_new (BuntanContract *contract);
BuntanContract *
buntan_contract_row_get_contract (BuntanContractRow *self);

G_END_DECLS
