/* buntan-overview.h — what a project adds up to: the matrix, its gaps, the counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_OVERVIEW (buntan_overview_get_type ())

G_DECLARE_FINAL_TYPE (BuntanOverview, buntan_overview, BUNTAN, OVERVIEW, GObject)

BuntanOverview *
buntan_overview_new (BuntanProject *project);
BuntanProject *
buntan_overview_get_project (BuntanOverview *self);
void
buntan_overview_update (BuntanOverview *self);
BuntanMatrix *
buntan_overview_get_matrix (BuntanOverview *self);
guint
buntan_overview_get_first_row (BuntanOverview *self, guint part);
GPtrArray *
buntan_overview_get_gaps (BuntanOverview *self);
GPtrArray *
buntan_overview_get_warnings (BuntanOverview *self);
gboolean
buntan_overview_item_has_gap (BuntanOverview *self, const char *item_id);
guint
buntan_overview_count_items (BuntanOverview *self, guint part);
guint
buntan_overview_count_status (BuntanOverview *self, guint part, BuntanItemStatus status);
guint
buntan_overview_count_marks (BuntanOverview *self, guint part, guint column, BuntanMark mark);
guint
buntan_overview_count_marks_in_status (BuntanOverview  *self,
                                       guint            part,
                                       guint            column,
                                       BuntanMark       mark,
                                       BuntanItemStatus status);
guint
buntan_overview_count_undecided_in_status (BuntanOverview  *self,
                                           guint            part,
                                           BuntanItemStatus status);
guint
buntan_overview_count_each (BuntanOverview *self, guint part);
guint
buntan_overview_count_joint (BuntanOverview *self, guint part);
guint
buntan_overview_count_undecided (BuntanOverview *self, guint part);
guint
buntan_overview_count_gaps (BuntanOverview *self, guint part);

G_END_DECLS
