/* buntan-item-filter.h — which checklist items a Part page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* The "owner" of a filter showing the items nobody has taken on (未定). */
#define BUNTAN_ITEM_FILTER_UNDECIDED ""

#define BUNTAN_TYPE_ITEM_FILTER (buntan_item_filter_get_type ())

G_DECLARE_FINAL_TYPE (BuntanItemFilter, buntan_item_filter, BUNTAN, ITEM_FILTER, GtkFilter)

BuntanItemFilter *
buntan_item_filter_new (void);
const char *
buntan_item_filter_get_search (BuntanItemFilter *self);
void
buntan_item_filter_set_search (BuntanItemFilter *self, const char *search);
const char *
buntan_item_filter_get_section (BuntanItemFilter *self);
void
buntan_item_filter_set_section (BuntanItemFilter *self, const char *section);
int
buntan_item_filter_get_status (BuntanItemFilter *self);
void
buntan_item_filter_set_status (BuntanItemFilter *self, int status);
const char *
buntan_item_filter_get_owner (BuntanItemFilter *self);
void
buntan_item_filter_set_owner (BuntanItemFilter *self, const char *owner);
gboolean
buntan_item_filter_get_gaps_only (BuntanItemFilter *self);
void
buntan_item_filter_set_gaps_only (BuntanItemFilter *self, gboolean gaps_only);
const char *
buntan_item_filter_get_vendor (BuntanItemFilter *self);
void
buntan_item_filter_set_vendor (BuntanItemFilter *self, const char *vendor);
int
buntan_item_filter_get_contract_kind (BuntanItemFilter *self);
void
buntan_item_filter_set_contract_kind (BuntanItemFilter *self, int contract_kind);
GHashTable *
buntan_item_filter_get_gap_items (BuntanItemFilter *self);
void
buntan_item_filter_set_gap_items (BuntanItemFilter *self, GHashTable *gap_items);
guint
buntan_item_filter_get_changed_since (BuntanItemFilter *self);
void
buntan_item_filter_set_changed_since (BuntanItemFilter *self, guint version);
GHashTable *
buntan_item_filter_get_changed_items (BuntanItemFilter *self);
void
buntan_item_filter_set_changed_items (BuntanItemFilter *self, GHashTable *changed_items);
BuntanItem *
buntan_item_filter_get_kept_item (BuntanItemFilter *self);
void
buntan_item_filter_set_kept_item (BuntanItemFilter *self, BuntanItem *item);
gboolean
buntan_item_filter_get_active (BuntanItemFilter *self);
void
buntan_item_filter_reset (BuntanItemFilter *self);

G_END_DECLS
