/* buntan-version-private.h — what the file code and the project do to a version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "buntan-version.h"

G_BEGIN_DECLS

/* Takes a reference on @fingerprints and @snapshot (an object node: a whole
 * project file of its own). */
BuntanVersion *
_buntan_version_new (guint       number,
                     const char *agreed,
                     const char *note,
                     JsonObject *fingerprints,
                     JsonNode   *snapshot);
JsonObject *
_buntan_version_get_fingerprints (BuntanVersion *self);
JsonNode *
_buntan_version_get_snapshot (BuntanVersion *self);
void
_buntan_version_set_open_gaps (BuntanVersion *self, guint open_gaps);
void
_buntan_version_set_withdrawn (BuntanVersion *self, const char *date, const char *reason);
JsonObject *
_buntan_version_get_extra (BuntanVersion *self);
void
_buntan_version_set_extra (BuntanVersion *self, JsonObject *extra);

/* buntan-project.c: the project keeps the list, the file code fills it. */
GListStore *
_buntan_project_get_version_store (BuntanProject *self);

G_END_DECLS
