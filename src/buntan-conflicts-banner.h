/* buntan-conflicts-banner.h — the bar that says a merge left conflicts to decide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-notice-bar.h"
#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CONFLICTS_BANNER (buntan_conflicts_banner_get_type ())

G_DECLARE_FINAL_TYPE (BuntanConflictsBanner,
                      buntan_conflicts_banner,
                      BUNTAN,
                      CONFLICTS_BANNER,
                      BuntanNoticeBar)

void
buntan_conflicts_banner_set_project (BuntanConflictsBanner *self, BuntanProject *project);
GtkWidget *
buntan_conflicts_banner_get_resolve_button (BuntanConflictsBanner *self);

G_END_DECLS
