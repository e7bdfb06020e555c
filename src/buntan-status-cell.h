/* buntan-status-cell.h — the status of an item as a dropdown (未着手/協議中/合意済/対象外)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-item-cell.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_STATUS_CELL (buntan_status_cell_get_type ())

G_DECLARE_FINAL_TYPE (BuntanStatusCell, buntan_status_cell, BUNTAN, STATUS_CELL, BuntanItemCell)

GtkWidget *
buntan_status_cell_new (void);

G_END_DECLS
