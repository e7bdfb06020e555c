/* buntan-internal-document.h — the hospital's own document: what the internal workbook shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-document.h"

G_BEGIN_DECLS

BuntanDocument *
buntan_internal_document_new (BuntanProject  *project,
                              BuntanOverview *overview,
                              gboolean        include_part1);
void
buntan_internal_document_get_paper (BuntanOverview *overview, double *width, double *height);

G_END_DECLS
