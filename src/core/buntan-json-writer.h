/* buntan-json-writer.h — JSON text in the shape people diff well
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *
buntan_json_write (JsonNode *root, gsize *length);

G_END_DECLS
