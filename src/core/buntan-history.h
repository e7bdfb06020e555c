/* buntan-history.h — undo and redo of every change to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_HISTORY (buntan_history_get_type ())

G_DECLARE_FINAL_TYPE (BuntanHistory, buntan_history, BUNTAN, HISTORY, GObject)

gboolean
buntan_history_get_can_undo (BuntanHistory *self);
gboolean
buntan_history_get_can_redo (BuntanHistory *self);
gboolean
buntan_history_undo (BuntanHistory *self);
gboolean
buntan_history_redo (BuntanHistory *self);
void
buntan_history_begin_group (BuntanHistory *self);
void
buntan_history_end_group (BuntanHistory *self);
void
buntan_history_clear (BuntanHistory *self);

G_END_DECLS
