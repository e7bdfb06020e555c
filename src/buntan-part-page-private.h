/* buntan-part-page-private.h — what the Part page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is one widget split by concern, as GNOME Text Editor splits
 * its window (editor-window.c, editor-window-actions.c): these files share
 * the page's struct because every concern works on the same column view
 * and selection.
 *   buntan-part-page.c          the object, the selection and the detail
 *                               pane following it, the public API
 *   buntan-part-page-columns.c  the columns, their cells, gap marks and
 *                               widths as the page narrows
 *   buntan-part-page-keys.c     the keys of a focused row, Tab out of the
 *                               list and Esc back from the detail
 * The filter bar has state of its own and is a widget of its own
 * (buntan-part-filter-bar.c).
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-batched-list.h"
#include "buntan-core.h"
#include "buntan-item-detail.h"
#include "buntan-item-filter.h"
#include "buntan-owner-choices.h"
#include "buntan-part-filter-bar.h"
#include "buntan-part-page.h"
#include "buntan-row-model.h"
#include "buntan-split-pane.h"

G_BEGIN_DECLS

struct _BuntanPartPage
{
  GtkWidget parent_instance;

  guint               part;
  BuntanProject      *project;
  BuntanMatrix       *matrix;
  BuntanOwnerChoices *choices;
  GtkFilterListModel *filter_model;
  BuntanBatchedList  *batched; /* the filtered items, growing in batches */
  BuntanRowModel     *rows;    /* those items, in rows that stay */
  GtkSingleSelection *selection;
  BuntanItemFilter   *filter;           /* the filter bar's */
  GHashTable         *gap_messages;     /* item id → what the checks find still open */
  GHashTable         *warning_messages; /* item id → the overview's warnings, NULL: none */
  GHashTable         *marked_rows;      /* GtkListItem of the No. column, while bound */
  BuntanItem         *selected_item;
  int                 columns_width;  /* of every column at its narrowest */
  int                 owner_narrow;   /* the owner column at its narrowest */
  int                 owner_extra;    /* what the longest short name adds to it */
  int                 title_narrow;   /* the item's title at its narrowest (24 em) */
  int                 section_narrow; /* the section column at its narrowest */
  int                 section_extra;  /* what the longest section label adds to it */
  int                 check_narrow;   /* the first check, as an ordinary project has it */
  guint               fit_columns_idle_id;

  BuntanPartFilterBar *filter_bar;
  GtkLabel            *count_label;
  GtkWidget           *delete_button;
  GtkColumnView       *column_view;
  BuntanSplitPane     *split_pane;
  BuntanItemDetail    *detail;
};

/* buntan-part-page.c */
void
_buntan_part_page_select_list_item (BuntanPartPage *self, GtkListItem *list_item);
void
_buntan_part_page_scroll_to (BuntanPartPage *self, guint position);

/* buntan-part-page-columns.c */
void
_buntan_part_page_add_columns (BuntanPartPage *self);
void
_buntan_part_page_mark_rows (BuntanPartPage *self);
void
_buntan_part_page_fit_owner_column (BuntanPartPage *self);
void
_buntan_part_page_queue_fit_columns (BuntanPartPage *self, int width);

/* buntan-part-page-keys.c */
void
_buntan_part_page_add_keys (BuntanPartPage *self);
GtkWidget *
_buntan_part_page_find_list_view (BuntanPartPage *self);
void
_buntan_part_page_window_focus_changed_cb (BuntanPartPage *self);

G_END_DECLS
