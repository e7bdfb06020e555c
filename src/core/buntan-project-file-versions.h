/* buntan-project-file-versions.h — the `versions` member of the project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-json-reader.h"
#include "buntan-json-writer.h"
#include "buntan-project.h"

G_BEGIN_DECLS

/* The state a version agrees: the whole project file without its history
 * (meetings, versions), its times and the project's unknown members. */
gboolean
_buntan_project_read_versions (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root);
void
_buntan_project_write_versions (BuntanJsonStream *stream,
                                BuntanProject    *project,
                                BuntanSaveFlags   flags);

G_END_DECLS
