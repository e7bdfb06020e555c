/* buntan-matrix-header.h — the matrix's column headers, as widgets of our own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BUNTAN_TYPE_MATRIX_HEADER (buntan_matrix_header_get_type ())

G_DECLARE_FINAL_TYPE (BuntanMatrixHeader, buntan_matrix_header, BUNTAN, MATRIX_HEADER, GtkWidget)

/* The width of the one column that takes what the others leave. */
#define BUNTAN_MATRIX_HEADER_REST (-1)

GtkWidget *
buntan_matrix_header_new (void);
void
buntan_matrix_header_set_hadjustment (BuntanMatrixHeader *self, GtkAdjustment *hadjustment);
void
buntan_matrix_header_set_n_columns (BuntanMatrixHeader *self, guint n_columns);
GtkLabel *
buntan_matrix_header_set_column (BuntanMatrixHeader *self,
                                 guint               column,
                                 const char         *text,
                                 const char         *full_text,
                                 int                 width);
guint
buntan_matrix_header_get_n_columns (BuntanMatrixHeader *self);
GtkLabel *
buntan_matrix_header_get_label (BuntanMatrixHeader *self, guint column);
int
buntan_matrix_header_measure_text (BuntanMatrixHeader *self, const char *text);

G_END_DECLS
