/* buntan-project-file-questionnaires.h — the `questionnaires` member of the project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-json-reader.h"
#include "buntan-json-writer.h"
#include "buntan-project.h"

G_BEGIN_DECLS

gboolean
_buntan_project_read_questionnaires (BuntanJsonReader *reader,
                                     BuntanProject    *project,
                                     JsonObject       *root);
void
_buntan_project_write_questionnaires (BuntanJsonStream *stream,
                                      BuntanProject    *project,
                                      BuntanSaveFlags   flags);

G_END_DECLS
