/* buntan-batched-list.h — a list model that shows another one growing in batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* About the rows GTK 4.8 makes widgets for at once: past them a list gets
 * all the rest together. */
#define BUNTAN_BATCHED_LIST_ALL_AFTER 250

#define BUNTAN_TYPE_BATCHED_LIST (buntan_batched_list_get_type ())

G_DECLARE_FINAL_TYPE (BuntanBatchedList, buntan_batched_list, BUNTAN, BATCHED_LIST, GObject)

BuntanBatchedList *
buntan_batched_list_new (GListModel *model, guint short_length);
GListModel *
buntan_batched_list_get_model (BuntanBatchedList *self);
void
buntan_batched_list_set_model (BuntanBatchedList *self, GListModel *model);
guint
buntan_batched_list_get_short_length (BuntanBatchedList *self);
gboolean
buntan_batched_list_get_growing (BuntanBatchedList *self);
void
buntan_batched_list_flush (BuntanBatchedList *self);

G_END_DECLS
