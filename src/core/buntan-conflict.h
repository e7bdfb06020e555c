/* buntan-conflict.h — a field a merge could not decide, with ours applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CONFLICT (buntan_conflict_get_type ())

G_DECLARE_FINAL_TYPE (BuntanConflict, buntan_conflict, BUNTAN, CONFLICT, GObject)

const char *
buntan_conflict_get_item (BuntanConflict *self);
const char *
buntan_conflict_get_field (BuntanConflict *self);
const char *
buntan_conflict_get_base (BuntanConflict *self);
const char *
buntan_conflict_get_ours (BuntanConflict *self);
const char *
buntan_conflict_get_theirs (BuntanConflict *self);
char *
buntan_conflict_describe (BuntanConflict *self);
GListModel *
buntan_conflict_list_project (BuntanProject *project);
guint
buntan_conflict_count_project (BuntanProject *project);
gboolean
buntan_conflict_can_take_theirs (BuntanConflict *self);
gboolean
buntan_conflict_resolve (BuntanProject  *project,
                         BuntanConflict *conflict,
                         gboolean        take_theirs,
                         GError        **error);

G_END_DECLS
