/* buntan-part-page.h — one Part of the checklist: the items, their filters and the detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PART_PAGE (buntan_part_page_get_type ())

G_DECLARE_FINAL_TYPE (BuntanPartPage, buntan_part_page, BUNTAN, PART_PAGE, GtkWidget)

guint
buntan_part_page_get_part (BuntanPartPage *self);
BuntanProject *
buntan_part_page_get_project (BuntanPartPage *self);
void
buntan_part_page_set_project (BuntanPartPage *self, BuntanProject *project);
BuntanMatrix *
buntan_part_page_get_matrix (BuntanPartPage *self);
void
buntan_part_page_set_matrix (BuntanPartPage *self, BuntanMatrix *matrix);
void
buntan_part_page_set_warnings (BuntanPartPage *self, GPtrArray *warnings);
BuntanItem *
buntan_part_page_get_selected_item (BuntanPartPage *self);
void
buntan_part_page_select_item (BuntanPartPage *self, BuntanItem *item);
BuntanItem *
buntan_part_page_add_item (BuntanPartPage *self);
void
buntan_part_page_focus_search (BuntanPartPage *self);
void
buntan_part_page_focus_detail (BuntanPartPage *self);

G_END_DECLS
