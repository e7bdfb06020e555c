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
gboolean
buntan_pdf_export_project (BuntanProject *project,
                           GFile         *file,
                           gboolean       include_part1,
                           GError       **error);

G_END_DECLS
