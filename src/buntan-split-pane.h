/* buntan-split-pane.h — a list beside its detail pane, the pane folding over the list when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BUNTAN_TYPE_SPLIT_PANE (buntan_split_pane_get_type ())

G_DECLARE_FINAL_TYPE (BuntanSplitPane, buntan_split_pane, BUNTAN, SPLIT_PANE, GtkWidget)

GtkWidget *
buntan_split_pane_new (void);
GtkWidget *
buntan_split_pane_get_content (BuntanSplitPane *self);
void
buntan_split_pane_set_content (BuntanSplitPane *self, GtkWidget *content);
GtkWidget *
buntan_split_pane_get_pane (BuntanSplitPane *self);
void
buntan_split_pane_set_pane (BuntanSplitPane *self, GtkWidget *pane);
int
buntan_split_pane_get_fold_width (BuntanSplitPane *self);
void
buntan_split_pane_set_fold_width (BuntanSplitPane *self, int fold_width);
gboolean
buntan_split_pane_get_folded (BuntanSplitPane *self);
gboolean
buntan_split_pane_get_reveal_pane (BuntanSplitPane *self);
void
buntan_split_pane_set_reveal_pane (BuntanSplitPane *self, gboolean reveal_pane);

G_END_DECLS
