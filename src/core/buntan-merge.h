/* buntan-merge.h — a three-way merge of two people's changes to one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buntan-types.h"

G_BEGIN_DECLS

BuntanProject *
buntan_merge_projects (BuntanProject *base,
                       BuntanProject *ours,
                       BuntanProject *theirs,
                       guint         *n_conflicts,
                       GError       **error);
gboolean
buntan_merge_is_same_project (BuntanProject *a, BuntanProject *b);
BuntanProject *
buntan_merge_file_changes (BuntanProject *ours,
                           GBytes        *base,
                           GBytes        *theirs,
                           guint         *n_conflicts,
                           GError       **error);

G_END_DECLS
