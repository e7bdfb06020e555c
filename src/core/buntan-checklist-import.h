/* buntan-checklist-import.h — a checklist of one's own, from CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* What the user may set on the command line; NULL keeps what the file says
 * (JSON) or takes the default (CSV: the file's name as title, version "1"). */
typedef struct
{
  const char *id;
  const char *title;
  const char *version;
} BuntanChecklistHeader;

char *
buntan_checklist_import_csv (GBytes                      *bytes,
                             const char                  *display_name,
                             const BuntanChecklistHeader *header,
                             GError                     **error);
char *
buntan_checklist_import_json (GBytes                      *bytes,
                              const char                  *display_name,
                              const BuntanChecklistHeader *header,
                              GError                     **error);
BuntanTemplate *
buntan_checklist_import_file (GFile *file, gboolean replace, GFile **installed, GError **error);

G_END_DECLS
