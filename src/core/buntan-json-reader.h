/* buntan-json-reader.h — the one strict reader of our JSON files (projects and templates)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Not a GObject: it lives on the reading function's stack for one file.
 * Every getter refuses the whole file at the first problem, with the file,
 * the place and the reason, in the error domain the caller chose. */
typedef struct
{
  const char *display_name;
  GQuark      domain;
  /* When >= 0, every refusal gets this code (templates have one). */
  int      only_code;
  GError **error;
  /* While an item is read, places name it ("item P2-A-4, status") instead of
   * a JSON path; before its id is known, by its one-based number. */
  const char *item_id;
  guint       item_number;
} BuntanJsonReader;

void
buntan_json_reader_init (BuntanJsonReader *reader,
                         const char       *display_name,
                         GQuark            domain,
                         int               only_code,
                         GError          **error);
void
buntan_json_reader_begin_item (BuntanJsonReader *reader, guint index);
void
buntan_json_reader_set_item_id (BuntanJsonReader *reader, const char *id);
void
buntan_json_reader_end_item (BuntanJsonReader *reader);

/* @path is the JSON path of the object holding @member ("" for the root,
 * "parties[2]"); inside an item, the path within the item ("" or
 * "first_check"). @member may be NULL for the object itself. */
char *
buntan_json_reader_dup_place (BuntanJsonReader *reader, const char *path, const char *member);
gboolean
buntan_json_reader_refuse (BuntanJsonReader *reader,
                           int               code,
                           const char       *path,
                           const char       *member,
                           const char       *format,
                           ...) G_GNUC_PRINTF (5, 6);

JsonNode *
buntan_json_reader_parse (BuntanJsonReader *reader, GBytes *bytes);

const char *
buntan_json_describe_node (JsonNode *node);
const char *
buntan_json_get_member_label (const char *member);

gboolean
buntan_json_reader_get_member (BuntanJsonReader *reader,
                               JsonObject       *object,
                               const char       *path,
                               const char       *member,
                               JsonNodeType      type,
                               GType             value_type,
                               const char       *expected,
                               gboolean          required,
                               JsonNode        **out);
gboolean
buntan_json_reader_get_object (BuntanJsonReader *reader,
                               JsonNode         *node,
                               const char       *path,
                               JsonObject      **out);
gboolean
buntan_json_reader_get_string (BuntanJsonReader *reader,
                               JsonObject       *object,
                               const char       *path,
                               const char       *member,
                               gboolean          required,
                               const char      **out);
gboolean
buntan_json_reader_get_part (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             guint            *out);
gboolean
buntan_json_reader_get_boolean (BuntanJsonReader *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *member,
                                gboolean         *out);
gboolean
buntan_json_reader_get_date (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             gboolean          required,
                             const char      **out);
gboolean
buntan_json_reader_get_time (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             gboolean          required,
                             const char      **out);
gboolean
buntan_json_reader_get_enum (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             GType             enum_type,
                             const char       *what,
                             gboolean          required,
                             int               fallback,
                             int              *out);
gboolean
buntan_json_reader_get_strings (BuntanJsonReader *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *member,
                                char           ***out);
gboolean
buntan_json_reader_get_nicks (BuntanJsonReader *reader,
                              JsonObject       *object,
                              const char       *path,
                              const char       *member,
                              GType             enum_type,
                              const char       *what,
                              const char       *choices,
                              char           ***out);
gboolean
buntan_json_reader_get_array (BuntanJsonReader *reader,
                              JsonObject       *object,
                              const char       *path,
                              const char       *member,
                              gboolean          required,
                              JsonArray       **out);

JsonObject *
buntan_json_collect_unknown_members (JsonObject *object, const char *const *known);
void
buntan_json_collect_unknown_members_of (JsonObject       **extra,
                                        JsonObject        *object,
                                        const char        *member,
                                        const char *const *known);

G_END_DECLS
