/* buntan-item-private.h — what the core keeps on an item for its own use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-item.h"

G_BEGIN_DECLS

const char *
_buntan_item_get_search_words (BuntanItem *self);
void
_buntan_item_take_search_words (BuntanItem *self, char *words);

G_END_DECLS
