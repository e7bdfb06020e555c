/* buntan-matrix.h — who leads and who supports each item, and what is still open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MATRIX (buntan_matrix_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMatrix, buntan_matrix, BUNTAN, MATRIX, GObject)

typedef enum
{
  BUNTAN_MATRIX_FLAGS_NONE = 0,
  BUNTAN_MATRIX_FLAGS_INCLUDE_PART1 = 1 << 0,
} BuntanMatrixFlags;

BuntanMatrix *
buntan_matrix_new (BuntanProject *project, BuntanMatrixFlags flags);
guint
buntan_matrix_get_n_rows (BuntanMatrix *self);
BuntanItem *
buntan_matrix_get_item (BuntanMatrix *self, guint row);
guint
buntan_matrix_get_n_columns (BuntanMatrix *self);
BuntanParty *
buntan_matrix_get_party (BuntanMatrix *self, guint column);
BuntanMark
buntan_matrix_get_mark (BuntanMatrix *self, guint row, guint column);
GPtrArray *
buntan_matrix_get_gaps (BuntanMatrix *self);
gboolean
buntan_matrix_item_has_gap (BuntanMatrix *self, const char *item_id);

G_END_DECLS
