/* buntan-appendix-document.h — one vendor's bilateral appendix: what its workbook shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-document.h"
#include "buntan-printed.h"

G_BEGIN_DECLS

BuntanDocument *
buntan_appendix_document_new (const BuntanPrintedScope *scope,
                              BuntanOverview           *overview,
                              gboolean                  draft,
                              guint                     n_gaps);
void
buntan_appendix_document_get_paper (double *width, double *height);

G_END_DECLS
