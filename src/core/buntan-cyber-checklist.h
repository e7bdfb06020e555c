/* buntan-cyber-checklist.h — the rules of a project made from the cyber-security checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* The bundled summary of the ministry's cyber-security checklist for medical
 * institutions (data/templates/buntan-cyber-*.json). */
#define BUNTAN_CYBER_TEMPLATE_ID "cyber-security"

gboolean
buntan_cyber_checklist_applies (BuntanProject *project);

G_END_DECLS
