/* buntan-export.h — the responsibility matrix as an Excel workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_EXPORT_ERROR (buntan_export_error_quark ())

typedef enum
{
  BUNTAN_EXPORT_ERROR_WRITE,
  BUNTAN_EXPORT_ERROR_FAILED,
} BuntanExportError;

typedef enum
{
  BUNTAN_EXPORT_FLAGS_NONE = 0,
  BUNTAN_EXPORT_FLAGS_INCLUDE_PART1 = 1 << 0,
} BuntanExportFlags;

GQuark
buntan_export_error_quark (void);
gboolean
buntan_export_xlsx (BuntanProject *project, GFile *file, BuntanExportFlags flags, GError **error);
void
buntan_export_xlsx_async (BuntanProject      *project,
                          GFile              *file,
                          BuntanExportFlags   flags,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data);
gboolean
buntan_export_xlsx_finish (GAsyncResult *result, GError **error);

G_END_DECLS
