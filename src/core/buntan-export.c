/* buntan-export.c — the responsibility matrix as an Excel workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

G_DEFINE_QUARK (buntan-export-error-quark, buntan_export_error)

gboolean
buntan_export_xlsx (BuntanProject      *project,
                    GFile              *file,
                    BuntanExportFlags   flags,
                    GError            **error)
{
  /* Being written (issue 4). */
  g_set_error_literal (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_FAILED,
                       "Excel export is not available yet");
  return FALSE;
}
