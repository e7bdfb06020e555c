/* buntan-summary-view.h — counts by Part, status and party, and the list of gaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-overview-view.h"

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_SUMMARY_VIEW (buntan_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (BuntanSummaryView,
                      buntan_summary_view,
                      BUNTAN,
                      SUMMARY_VIEW,
                      BuntanOverviewView)

/*
 * Shows how many items of each Part are in each status, how many items
 * each party leads (◎) and supports (○), and every gap the core finds
 * (buntan_matrix_get_gaps(); at most BUNTAN_SUMMARY_VIEW_MAX_GAPS rows, then
 * a line saying how many more and where to see them all; the first rows at
 * once, the others in batches while the view is on screen, as wrapping
 * rows are slow to measure and draw). Every figure is read from a
 * BuntanOverview, and brought up to date when it emits "changed". The
 * party grid ends with two rows, "Joint" and "Undecided" (column 1).
 *
 * At the top, a BuntanStatusChart named "status-chart" draws the same
 * numbers as stacked bars; the tables below are its text alternative.
 *
 * The status counts are a GtkGrid named "status-grid" (row 0 the statuses,
 * rows 1 and 2 Part 1 and Part 2, row 3 the totals; column 5 the totals),
 * the party counts a GtkGrid named "party-grid" (row 0 the headers, then one
 * row per party, hospital first; column 1 lead, column 2 supporting) and
 * the gaps a GtkListBox named "gap-list".
 *
 * Signals:
 *   item-activated (const char *item_id): a gap row about an item was
 *   activated.
 */

/* A summary, not the list: the Part pages' "Gaps Only" filter shows every
 * gap. 200 rows took 140–190 ms to measure whenever the page was shown. */
#define BUNTAN_SUMMARY_VIEW_MAX_GAPS 50

GtkWidget *
buntan_summary_view_new (void);
BuntanProject *
buntan_summary_view_get_project (BuntanSummaryView *self);
void
buntan_summary_view_set_project (BuntanSummaryView *self, BuntanProject *project);
void
buntan_summary_view_set_overview (BuntanSummaryView *self, BuntanOverview *overview);

G_END_DECLS
