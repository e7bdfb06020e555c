/* buntan-template-private.h — what the checklist library may set on a template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-template.h"

G_BEGIN_DECLS

void
_buntan_template_set_file (BuntanTemplate *self, GFile *file);

G_END_DECLS
