/* buntan-recovery.h — the recovery copy of a project's unsaved work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_RECOVERY (buntan_recovery_get_type ())

G_DECLARE_FINAL_TYPE (BuntanRecovery, buntan_recovery, BUNTAN, RECOVERY, GObject)

BuntanRecovery *
buntan_recovery_new (void);
BuntanProject *
buntan_recovery_get_project (BuntanRecovery *self);
void
buntan_recovery_set_project (BuntanRecovery *self, BuntanProject *project);
gboolean
buntan_recovery_get_pending (BuntanRecovery *self);
gboolean
buntan_recovery_write (BuntanRecovery *self, GError **error);
GFile *
buntan_recovery_get_file (BuntanRecovery *self);
void
buntan_recovery_adopt (BuntanRecovery *self, GFile *copy);
void
buntan_recovery_discard (BuntanRecovery *self);

/* The copies left behind by a Buntan that did not close. */
GFile *
buntan_recovery_dup_directory (void);
GPtrArray *
buntan_recovery_find_orphans (void);
gboolean
buntan_recovery_read_info (GFile *copy, GFile **original, GDateTime **saved);
void
buntan_recovery_remove_copy (GFile *copy);

G_END_DECLS
