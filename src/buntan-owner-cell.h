/* buntan-owner-cell.h — the owner of an item as a dropdown (未定, each party, 共同)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-item-cell.h"
#include "buntan-owner-choices.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_OWNER_CELL (buntan_owner_cell_get_type ())

G_DECLARE_FINAL_TYPE (BuntanOwnerCell, buntan_owner_cell, BUNTAN, OWNER_CELL, BuntanItemCell)

GtkWidget *
buntan_owner_cell_new (BuntanOwnerChoices *choices);
BuntanOwnerChoices *
buntan_owner_cell_get_choices (BuntanOwnerCell *self);
void
buntan_owner_cell_set_choices (BuntanOwnerCell *self, BuntanOwnerChoices *choices);

G_END_DECLS
