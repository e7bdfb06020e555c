/* buntan-changed-since.h — which items changed since an agreed version (第N版)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CHANGED_SINCE (buntan_changed_since_get_type ())

G_DECLARE_FINAL_TYPE (BuntanChangedSince, buntan_changed_since, BUNTAN, CHANGED_SINCE, GObject)

BuntanChangedSince *
buntan_project_get_changed_since (BuntanProject *project);
guint
buntan_changed_since_get_default_version (BuntanProject *project);
GHashTable *
buntan_changed_since_dup_items (BuntanChangedSince *self, guint version, GError **error);
gboolean
buntan_changed_since_contains (BuntanChangedSince *self, guint version, const char *item_id);

G_END_DECLS
