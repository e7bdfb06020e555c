/* buntan-checklist-csv.h — reading a checklist's rows from a CSV file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One record of the file: its fields, already in UTF-8, and the line it
 * starts on (a quoted field may hold newlines, so records and lines differ). */
typedef struct
{
  guint      line;
  GPtrArray *fields;
} BuntanCsvRecord;

void
buntan_csv_record_free (BuntanCsvRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanCsvRecord, buntan_csv_record_free)

char *
buntan_checklist_csv_decode (GBytes      *bytes,
                             const char  *display_name,
                             const char **encoding,
                             GError     **error);
GPtrArray *
buntan_checklist_csv_parse (const char *text, const char *display_name, GError **error);

G_END_DECLS
