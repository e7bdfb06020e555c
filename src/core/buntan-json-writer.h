/* buntan-json-writer.h — JSON text in the shape people diff well
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *
buntan_json_write (JsonNode *root, gsize *length);

/* The same text, written as it is produced (no tree). */
typedef struct _BuntanJsonStream BuntanJsonStream;

BuntanJsonStream *
buntan_json_stream_new (void);
void
buntan_json_stream_free (BuntanJsonStream *self);
void
buntan_json_stream_begin_object (BuntanJsonStream *self);
void
buntan_json_stream_end_object (BuntanJsonStream *self);
void
buntan_json_stream_begin_array (BuntanJsonStream *self);
void
buntan_json_stream_end_array (BuntanJsonStream *self);
void
buntan_json_stream_set_member_name (BuntanJsonStream *self, const char *name);
void
buntan_json_stream_add_string_value (BuntanJsonStream *self, const char *value);
void
buntan_json_stream_add_int_value (BuntanJsonStream *self, gint64 value);
void
buntan_json_stream_add_boolean_value (BuntanJsonStream *self, gboolean value);
void
buntan_json_stream_add_null_value (BuntanJsonStream *self);
void
buntan_json_stream_add_node (BuntanJsonStream *self, JsonNode *node);
char *
buntan_json_stream_end (BuntanJsonStream *self, gsize *length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanJsonStream, buntan_json_stream_free)

G_END_DECLS
