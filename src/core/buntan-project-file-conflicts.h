/* buntan-project-file-conflicts.h — the `conflicts` member of the project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-json-reader.h"
#include "buntan-json-writer.h"
#include "buntan-project.h"

G_BEGIN_DECLS

gboolean
_buntan_project_read_conflicts (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root);
void
_buntan_project_write_conflicts (BuntanJsonStream *stream, BuntanProject *project);
gboolean
_buntan_conflict_apply_theirs (BuntanProject *project, const char *conflict_text, GError **error);

G_END_DECLS
