/* buntan-pdf.h — a document written as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-core.h"
#include "buntan-document.h"

G_BEGIN_DECLS

gboolean
buntan_pdf_write (BuntanDocument *document,
                  GFile          *file,
                  double          width,
                  double          height,
                  GError        **error);

BuntanDocument *
buntan_pdf_dup_document (BuntanProject             *project,
                         BuntanOverview            *overview,
                         const BuntanExportOptions *options,
                         double                    *width,
                         double                    *height,
                         GError                   **error);
gboolean
buntan_pdf_export (BuntanProject             *project,
                   GFile                     *file,
                   const BuntanExportOptions *options,
                   GError                   **error);
char *
buntan_pdf_dup_appendix_file_name (BuntanProject *project, BuntanParty *vendor);

G_END_DECLS
