/* buntan-autosave.h — when a window writes its recovery copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_AUTOSAVE (buntan_autosave_get_type ())

G_DECLARE_FINAL_TYPE (BuntanAutosave, buntan_autosave, BUNTAN, AUTOSAVE, GObject)

/* How often a modified project is copied, unless BUNTAN_AUTOSAVE_SECONDS says. */
#define BUNTAN_AUTOSAVE_SECONDS 60

BuntanAutosave *
buntan_autosave_new (void);
BuntanProject *
buntan_autosave_get_project (BuntanAutosave *self);
void
buntan_autosave_set_project (BuntanAutosave *self, BuntanProject *project);
gboolean
buntan_autosave_save_now (BuntanAutosave *self, GError **error);
GFile *
buntan_autosave_get_file (BuntanAutosave *self);
void
buntan_autosave_adopt (BuntanAutosave *self, GFile *copy);
void
buntan_autosave_discard (BuntanAutosave *self);

G_END_DECLS
