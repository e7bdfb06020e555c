/* buntan-status-chart.h — stacked bars of the items' statuses, per Part and per party
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-overview-view.h"

#include "buntan-core.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_STATUS_CHART (buntan_status_chart_get_type ())

G_DECLARE_FINAL_TYPE (BuntanStatusChart,
                      buntan_status_chart,
                      BUNTAN,
                      STATUS_CHART,
                      BuntanOverviewView)

/*
 * A picture of how far the negotiation has come: one horizontal bar per
 * Part, then one per party (the items it leads, ◎) and one for the items
 * nobody owns yet, each split by status (agreed, under discussion, not
 * started, not applicable) and drawn to one scale, so longer means more
 * items. Each bar is labelled with its name and counts; the accessible
 * description says all the numbers in words. The numbers are a
 * BuntanOverview's, brought up to date when it emits "changed"; the
 * "no owner" bar counts the undecided items (対象外 items left out).
 */

typedef enum
{
  BUNTAN_CHART_BAR_PART,
  BUNTAN_CHART_BAR_PARTY,
  BUNTAN_CHART_BAR_NO_OWNER,
} BuntanChartBarKind;

typedef struct
{
  BuntanChartBarKind kind;
  /* "part-1", "part-2", the party's id, or "no-owner" */
  char *id;
  /* what the bar is labelled with */
  char *name;
  /* the items of the bar in each status, indexed by BuntanItemStatus */
  guint counts[BUNTAN_N_ITEM_STATUSES];
  guint total;
  /* for a party: the items it supports (○), not part of the bar */
  guint supporting;
} BuntanChartBar;

GtkWidget *
buntan_status_chart_new (void);
BuntanProject *
buntan_status_chart_get_project (BuntanStatusChart *self);
void
buntan_status_chart_set_project (BuntanStatusChart *self, BuntanProject *project);
void
buntan_status_chart_set_overview (BuntanStatusChart *self, BuntanOverview *overview);
guint
buntan_status_chart_get_n_bars (BuntanStatusChart *self);
const BuntanChartBar *
buntan_status_chart_get_bar (BuntanStatusChart *self, guint index);
const BuntanChartBar *
buntan_status_chart_find_bar (BuntanStatusChart *self, const char *id);
gboolean
buntan_status_chart_get_bar_bounds (BuntanStatusChart *self,
                                    const char        *id,
                                    graphene_rect_t   *bounds);
const char *
buntan_status_chart_get_description (BuntanStatusChart *self);

G_END_DECLS
