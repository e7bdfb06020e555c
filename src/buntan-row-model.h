/* buntan-row-model.h — a list of rows that stay while the items under them change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-row.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ROW_MODEL (buntan_row_model_get_type ())

G_DECLARE_FINAL_TYPE (BuntanRowModel, buntan_row_model, BUNTAN, ROW_MODEL, GObject)

BuntanRowModel *
buntan_row_model_new (GListModel *model);
GListModel *
buntan_row_model_get_model (BuntanRowModel *self);
void
buntan_row_model_set_model (BuntanRowModel *self, GListModel *model);

G_END_DECLS
