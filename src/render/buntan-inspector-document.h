/* buntan-inspector-document.h — a cyber-security project's sheets for the inspector, as a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-document.h"

G_BEGIN_DECLS

BuntanDocument *
buntan_inspector_document_new (BuntanProject *project, BuntanOverview *overview);
void
buntan_inspector_document_get_paper (double *width, double *height);

G_END_DECLS
