/* buntan-item-detail.h — the selected item: its guidance and what was agreed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-owner-choices.h"
#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ITEM_DETAIL (buntan_item_detail_get_type ())

G_DECLARE_FINAL_TYPE (BuntanItemDetail, buntan_item_detail, BUNTAN, ITEM_DETAIL, GtkWidget)

BuntanItem *
buntan_item_detail_get_item (BuntanItemDetail *self);
void
buntan_item_detail_set_item (BuntanItemDetail *self, BuntanItem *item);
BuntanProject *
buntan_item_detail_get_project (BuntanItemDetail *self);
void
buntan_item_detail_set_project (BuntanItemDetail *self, BuntanProject *project);
BuntanOwnerChoices *
buntan_item_detail_get_choices (BuntanItemDetail *self);
void
buntan_item_detail_set_choices (BuntanItemDetail *self, BuntanOwnerChoices *choices);
const char *
buntan_item_detail_get_gap_message (BuntanItemDetail *self);
void
buntan_item_detail_set_gap_message (BuntanItemDetail *self, const char *message);
const char *
buntan_item_detail_get_warning_message (BuntanItemDetail *self);
void
buntan_item_detail_set_warning_message (BuntanItemDetail *self, const char *message);
void
buntan_item_detail_focus_editor (BuntanItemDetail *self);

G_END_DECLS
