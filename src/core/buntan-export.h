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
  BUNTAN_EXPORT_ERROR_GAPS,      /* a final document while its rows have gaps */
  BUNTAN_EXPORT_ERROR_NOT_FOUND, /* no such vendor or contract */
} BuntanExportError;

typedef enum
{
  BUNTAN_EXPORT_FLAGS_NONE = 0,
  BUNTAN_EXPORT_FLAGS_INCLUDE_PART1 = 1 << 0,
  BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS = 1 << 1,
  BUNTAN_EXPORT_FLAGS_FINAL = 1 << 2,      /* no 案: refused while the rows have gaps… */
  BUNTAN_EXPORT_FLAGS_ALLOW_GAPS = 1 << 3, /* …unless allowed, which prints 案 after all */
  BUNTAN_EXPORT_FLAGS_WAREKI = 1 << 4,     /* the cover's dates in 和暦: 令和8年12月7日 */
  /* The responsibility matrix even for a cyber-security project, whose
   * internal workbook is otherwise the inspector's. */
  BUNTAN_EXPORT_FLAGS_CONTRACT_MATRIX = 1 << 5,
} BuntanExportFlags;

/* What one exported document holds: the internal workbook (everything, for
 * the hospital) when @vendor_id is %NULL, else the bilateral appendix for
 * that vendor, covering all its contracts or only @contract_id. */
typedef struct
{
  BuntanExportFlags flags;
  const char       *vendor_id;
  const char       *contract_id;
} BuntanExportOptions;

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
gboolean
buntan_export_xlsx_with_options (BuntanProject             *project,
                                 GFile                     *file,
                                 const BuntanExportOptions *options,
                                 GError                   **error);
void
buntan_export_xlsx_with_options_async (BuntanProject             *project,
                                       GFile                     *file,
                                       const BuntanExportOptions *options,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data);
char *
buntan_export_dup_appendix_file_name (BuntanProject *project, BuntanParty *vendor);
GPtrArray *
buntan_export_dup_gaps (BuntanProject *project, const BuntanExportOptions *options);

G_END_DECLS
