/* buntan-check-cell.h — an item's first check or completion in a Part list, summed over its vendors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-core.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CHECK_CELL (buntan_check_cell_get_type ())

G_DECLARE_FINAL_TYPE (BuntanCheckCell, buntan_check_cell, BUNTAN, CHECK_CELL, GtkWidget)

GtkWidget *
buntan_check_cell_new (gboolean completed);
const char *
buntan_check_cell_get_text (BuntanCheckCell *self);

G_END_DECLS
