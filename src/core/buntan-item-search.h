/* buntan-item-search.h — finding items by their words, as a person types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buntan-types.h"

G_BEGIN_DECLS

char *
buntan_search_fold (const char *text);
gboolean
buntan_item_search_matches (BuntanItem *item, const char *folded_needle);

G_END_DECLS
