/* buntan-part-filter-bar.h — the filters above a Part's list, and the BuntanItemFilter they set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-item-filter.h"
#include "buntan-owner-choices.h"
#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PART_FILTER_BAR (buntan_part_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (BuntanPartFilterBar,
                      buntan_part_filter_bar,
                      BUNTAN,
                      PART_FILTER_BAR,
                      GtkWidget)

/*
 * The search entry, a dropdown per criterion (section, status, owner),
 * "Gaps Only" and "Changed since 第N版". The bar owns the BuntanItemFilter (property "filter") and
 * binds every widget to one of its properties, both ways.
 *
 * Signals:
 *   search-activated: Enter in the search entry (the page moves the
 *   keyboard to the list it filtered).
 */

BuntanItemFilter *
buntan_part_filter_bar_get_filter (BuntanPartFilterBar *self);
void
buntan_part_filter_bar_set_choices (BuntanPartFilterBar *self, BuntanOwnerChoices *choices);
void
buntan_part_filter_bar_update_sections (BuntanPartFilterBar *self,
                                        BuntanProject       *project,
                                        guint                part,
                                        gboolean             another_project);
const char *const *
buntan_part_filter_bar_get_sections (BuntanPartFilterBar *self);
void
buntan_part_filter_bar_update_changes (BuntanPartFilterBar *self);
void
buntan_part_filter_bar_reset (BuntanPartFilterBar *self);
void
buntan_part_filter_bar_focus_search (BuntanPartFilterBar *self);

G_END_DECLS
