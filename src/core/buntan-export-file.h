/* buntan-export-file.h — a file replaced whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes the whole file at @temp_path; @display_name is for error messages. */
typedef gboolean (*BuntanExportWriteFunc) (const char *temp_path,
                                           const char *display_name,
                                           gpointer    user_data,
                                           GError    **error);

void
_buntan_export_set_write_error (GError **error, const char *display_name, const char *reason);

/* Writes a workbook to @temp_path: an export or a questionnaire, @data. */
typedef gboolean (*BuntanExportPathWriter) (gpointer    data,
                                            const char *temp_path,
                                            const char *display_name,
                                            GError    **error);

gboolean
_buntan_export_write_in_c_numeric (BuntanExportPathWriter write,
                                   gpointer               data,
                                   const char            *temp_path,
                                   const char            *display_name,
                                   GError               **error);
gboolean
_buntan_export_file_replace (GFile                *file,
                             BuntanExportWriteFunc write,
                             gpointer              user_data,
                             GError              **error);

G_END_DECLS
