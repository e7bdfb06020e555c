/* buntan-matrix-view-private.h — what the parts of the matrix preview share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widths, the kinds of cell, the widget's instance struct and the
 * functions one part calls in another: what each cell shows
 * (buntan-matrix-view-cells.c), the columns and their widths
 * (buntan-matrix-view-columns.c); rebuilding, the rows, the count, the
 * legend and the widget's life stay in buntan-matrix-view.c.
 */

#pragma once

#include "buntan-batched-list.h"
#include "buntan-core.h"
#include "buntan-matrix-header.h"
#include "buntan-matrix-view.h"

G_BEGIN_DECLS


/* Party columns are as wide as their short names, within these bounds: the
 * marks fit, and a long name is cut (…) rather than squeezing the titles. */
#define MIN_PARTY_COLUMN_WIDTH 48
#define MAX_PARTY_COLUMN_WIDTH 180
/* Room the cells take that a header of the same text does not: the
 * columns' separators. */
#define CELL_EXTRA_WIDTH 2
/* A status cell: the gap icon, the status and 未定, this far apart. */
#define STATUS_ICON_SIZE 16
#define STATUS_CELL_SPACING 6

typedef enum
{
  CELL_NUMBER,
  CELL_TITLE,
  CELL_PARTY,
  CELL_STATUS,
} CellKind;

struct _BuntanMatrixView
{
  BuntanOverviewView parent_instance;

  BuntanMatrix *matrix;    /* the overview's as last shown: Part 1 rows, then Part 2 */
  guint         first_row; /* of the matrix: Part 2's first unless include_part1 */
  guint         n_rows;
  gboolean      include_part1;

  GListStore *rows;          /* BuntanItem; shown growing in batches */
  GPtrArray  *party_columns; /* GtkColumnViewColumn, hospital first */
  GHashTable *cells;         /* GtkListItem set: every cell set up now */
  GHashTable *gap_messages;  /* item id → the first gap message */

  GtkColumnView      *column_view;
  BuntanMatrixHeader *header; /* shown instead of the column view's own */
  GtkCheckButton     *part1_check;
  GtkLabel           *count_label;
  GtkLabel           *legend_label;
  char               *marks_legend; /* the .ui's legend, for a project that has marks */
  GtkCheckButton     *changes_check;
  guint               changed_version; /* 第N版 the marks are against; 0: none */
  GHashTable         *changed_items;   /* item ids changed since it; NULL: no marks */
};

char *
_buntan_matrix_view_dup_item_number (BuntanMatrixView *self, BuntanItem *item);

gboolean
_buntan_matrix_view_is_cyber_checklist (BuntanMatrixView *self);

void
_buntan_matrix_view_update_cell (BuntanMatrixView *self, GtkListItem *list_item);

void
_buntan_matrix_view_cell_setup_cb (GtkSignalListItemFactory *factory,
                                   GtkListItem              *list_item,
                                   BuntanMatrixView         *self);

void
_buntan_matrix_view_cell_bind_cb (GtkSignalListItemFactory *factory,
                                  GtkListItem              *list_item,
                                  BuntanMatrixView         *self);

void
_buntan_matrix_view_cell_teardown_cb (GtkSignalListItemFactory *factory,
                                      GtkListItem              *list_item,
                                      BuntanMatrixView         *self);

void
_buntan_matrix_view_add_fixed_columns (BuntanMatrixView *self);

void
_buntan_matrix_view_remove_party_columns (BuntanMatrixView *self);

void
_buntan_matrix_view_update_party_columns (BuntanMatrixView *self);

void
_buntan_matrix_view_update_header (BuntanMatrixView *self);

G_END_DECLS
