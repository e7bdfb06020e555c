/* buntan-next-year-private.h — what next year's check shares with the project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-json-reader.h"
#include "buntan-json-writer.h"
#include "buntan-project.h"

G_BEGIN_DECLS

/* The project this one was started from: the project file's `previous`. */
typedef struct _BuntanPreviousProject
{
  char *id;
  char *file;        /* its file name, as it was when this one was started */
  char *fingerprint; /* its internal workbook's, as `buntan-cli fingerprint` prints it */
} BuntanPreviousProject;

void
_buntan_previous_project_free (BuntanPreviousProject *previous);
void
_buntan_project_set_previous (BuntanProject *self,
                              const char    *id,
                              const char    *file,
                              const char    *fingerprint);

/* buntan-project-file-previous.c: @path holds `previous` ("" for the item's,
 * "checks[N]" for a vendor's check). */
gboolean
_buntan_project_read_previous_answer (BuntanJsonReader      *reader,
                                      JsonObject            *object,
                                      const char            *path,
                                      BuntanPreviousAnswer **out);
void
_buntan_project_write_previous_answer (BuntanJsonStream *stream, BuntanPreviousAnswer *previous);
gboolean
_buntan_project_read_previous_project (BuntanJsonReader *reader,
                                       BuntanProject    *project,
                                       JsonObject       *root);
void
_buntan_project_write_previous_project (BuntanJsonStream *stream, BuntanProject *project);

G_END_DECLS
