/* buntan-project-private.h — what the file reader and writer may do to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core-private.h"

G_BEGIN_DECLS

void
_buntan_project_set_file (BuntanProject *self, GFile *file);
void
_buntan_project_set_times (BuntanProject *self, const char *created, const char *modified);
void
_buntan_project_set_template (BuntanProject *self, const char *id, const char *version);
void
_buntan_project_append_party (BuntanProject *self, BuntanParty *party);
void
_buntan_project_append_item (BuntanProject *self, BuntanItem *item);
void
_buntan_project_append_items (BuntanProject *self, GPtrArray *items);
void
_buntan_project_set_id (BuntanProject *self, const char *id);
void
_buntan_project_set_file_version (BuntanProject *self, guint version);
void
_buntan_project_set_backup_file (BuntanProject *self, GFile *backup);
void
_buntan_project_add_migration_note (BuntanProject *self, const char *note);
const char *const *
_buntan_project_get_conflicts (BuntanProject *self);
void
_buntan_project_set_conflicts (BuntanProject *self, const char *const *conflicts);

/* buntan-project-file*.c */
BuntanProject *
_buntan_project_read (GBytes *bytes, const char *display_name, GError **error);
/* Leaves the parties and the items out (the comparison writes them one by one). */
#define _BUNTAN_SAVE_FLAGS_WITHOUT_LISTS (1 << 16)
/* What a version keeps of the project: no versions, rounds or questionnaires. */
#define _BUNTAN_SAVE_FLAGS_SNAPSHOT (1 << 17)
char *
_buntan_project_write_object (gpointer object, gsize *length);
char *
_buntan_project_write (BuntanProject  *self,
                       const char     *modified,
                       BuntanSaveFlags flags,
                       gsize          *length);
guint
_buntan_project_peek_file_version (GFile *file);
gboolean
_buntan_project_write_file (BuntanProject  *self,
                            GFile          *file,
                            const char     *modified,
                            BuntanSaveFlags flags,
                            GError        **error);
void
_buntan_project_migrate_first_checks (BuntanProject *self);

G_END_DECLS
