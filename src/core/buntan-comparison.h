/* buntan-comparison.h — what changed between two projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_COMPARISON (buntan_comparison_get_type ())

G_DECLARE_FINAL_TYPE (BuntanComparison, buntan_comparison, BUNTAN, COMPARISON, GObject)

BuntanComparison *
buntan_comparison_new (BuntanProject *old_project, BuntanProject *new_project);
GListModel *
buntan_comparison_get_changes (BuntanComparison *self);
guint
buntan_comparison_get_n_changes (BuntanComparison *self);
char *
buntan_comparison_dup_listing (BuntanProject *project);
char *
buntan_comparison_to_json (BuntanComparison *self, gsize *length);

G_END_DECLS
