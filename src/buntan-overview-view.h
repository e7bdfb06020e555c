/* buntan-overview-view.h — a view that shows a project through its BuntanOverview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_OVERVIEW_VIEW (buntan_overview_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (BuntanOverviewView,
                          buntan_overview_view,
                          BUNTAN,
                          OVERVIEW_VIEW,
                          GtkWidget)

/*
 * The abstract base of the matrix, the summary and the status chart: it
 * holds the overview (the window's, or one of its own made for a project
 * given alone), follows its "changed" signal and notifies "project" and
 * "overview". A subclass only shows the figures, in update().
 */
struct _BuntanOverviewViewClass
{
  GtkWidgetClass parent_class;

  /* Shows the overview's figures (none without an overview): once for a
   * new overview, then each time it emits "changed". */
  void (*update) (BuntanOverviewView *self);
};

BuntanProject *
buntan_overview_view_get_project (BuntanOverviewView *self);
void
buntan_overview_view_set_project (BuntanOverviewView *self, BuntanProject *project);
BuntanOverview *
buntan_overview_view_get_overview (BuntanOverviewView *self);
void
buntan_overview_view_set_overview (BuntanOverviewView *self, BuntanOverview *overview);

G_END_DECLS
