/* buntan-matrix-view.h — a read-only preview of the responsibility matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-overview-view.h"

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_MATRIX_VIEW (buntan_matrix_view_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMatrixView, buntan_matrix_view, BUNTAN, MATRIX_VIEW, BuntanOverviewView)

/*
 * Rows are the Part 2 items (and Part 1's with "include-part1"), columns
 * 項番, 項目, one per party (hospital first) and 状態. A cell shows ◎ (lead)
 * or ○ (supporting); rows with a gap carry the "gap" style class and a
 * warning icon. The view follows the project: it is brought up to date
 * when its BuntanOverview emits "changed".
 *
 * Signals:
 *   item-activated (const char *item_id): Enter or a double click on a row.
 */

GtkWidget *
buntan_matrix_view_new (void);
BuntanProject *
buntan_matrix_view_get_project (BuntanMatrixView *self);
void
buntan_matrix_view_set_project (BuntanMatrixView *self, BuntanProject *project);
void
buntan_matrix_view_set_overview (BuntanMatrixView *self, BuntanOverview *overview);
gboolean
buntan_matrix_view_get_include_part1 (BuntanMatrixView *self);
void
buntan_matrix_view_set_include_part1 (BuntanMatrixView *self, gboolean include_part1);
/* The snapshot shown now (for tests): (transfer none) (nullable). */
BuntanMatrix *
buntan_matrix_view_get_matrix (BuntanMatrixView *self);

G_END_DECLS
