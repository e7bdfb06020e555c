/* buntan-row-private.h — what the row model does to its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-row.h"

G_BEGIN_DECLS

BuntanRow *
_buntan_row_new (guint position);
void
_buntan_row_take_item (BuntanRow *self, BuntanItem *item);

G_END_DECLS
