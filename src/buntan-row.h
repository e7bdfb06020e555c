/* buntan-row.h — one row of a BuntanRowModel: whatever checklist item is at its position now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ROW (buntan_row_get_type ())

G_DECLARE_FINAL_TYPE (BuntanRow, buntan_row, BUNTAN, ROW, GObject)

BuntanItem *
buntan_row_get_item (BuntanRow *self);
guint
buntan_row_get_position (BuntanRow *self);

G_END_DECLS
