/* buntan-project-file-versions.c — reading and writing the agreed versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `versions` is an optional list after the meetings: {number, agreed,
 * fingerprints {project, <vendor id>…}, note, snapshot} and, once
 * withdrawn, {withdrawn: {date, reason}}; `open_gaps` when a version was
 * agreed while gaps remained. The snapshot is a project file of its own and
 * is read when it is needed (buntan_version_load_snapshot()), with its own
 * errors naming the version.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-project-file-versions.h"
#include "buntan-project-private.h"
#include "buntan-version-private.h"

static const char *const version_members[] = { "number",   "agreed",    "fingerprints", "note",
                                               "snapshot", "open_gaps", "withdrawn",    NULL };

static gboolean
is_sha256_hex (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;

  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c) && !(*c >= 'a' && *c <= 'f'))
      return FALSE;

  return TRUE;
}

static gboolean
read_count (BuntanJsonReader *reader,
            JsonObject       *object,
            const char       *path,
            const char       *member,
            gboolean          required,
            gint64            minimum,
            gint64           *out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_VALUE, G_TYPE_INT64,
                                      _ ("a whole number"), required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_int (node) : 0;
  if (node != NULL && (*out < minimum || *out > G_MAXINT))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, member,
      _ ("%lld is too small or too large; expected a whole number from %lld"), (long long) *out,
      (long long) minimum);

  return TRUE;
}

static gboolean
read_required_date (BuntanJsonReader *reader,
                    JsonObject       *object,
                    const char       *path,
                    const char       *member,
                    const char      **out)
{
  if (!buntan_json_reader_get_date (reader, object, path, member, out))
    return FALSE;

  if (*out == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                      _ ("the required key “%s” is missing"), member);

  return TRUE;
}

static gboolean
read_fingerprints (BuntanJsonReader *reader, JsonObject *object, const char *path, JsonObject **out)
{
  g_autofree char *fingerprints_path = g_strdup_printf ("%s.fingerprints", path);
  g_autoptr (GList) members = NULL;
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, "fingerprints", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), TRUE, &node))
    return FALSE;

  *out = json_node_get_object (node);
  if (!json_object_has_member (*out, "project"))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER,
                                      fingerprints_path, NULL,
                                      _ ("the required key “%s” is missing"), "project");

  members = json_object_get_members (*out);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *fingerprint;

      if (!buntan_json_reader_get_string (reader, *out, fingerprints_path, l->data, TRUE,
                                          &fingerprint))
        return FALSE;

      if (!is_sha256_hex (fingerprint))
        return buntan_json_reader_refuse (
          reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, fingerprints_path, l->data,
          _ ("“%s” is not a fingerprint; it must be 64 characters of 0–9 and a–f"), fingerprint);
    }

  return TRUE;
}

static gboolean
read_withdrawn (BuntanJsonReader *reader,
                BuntanVersion    *version,
                JsonObject       *object,
                const char       *path)
{
  g_autofree char *withdrawn_path = g_strdup_printf ("%s.withdrawn", path);
  JsonNode        *node;
  JsonObject      *withdrawn;
  const char      *date, *reason;

  if (!buntan_json_reader_get_member (reader, object, path, "withdrawn", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  withdrawn = json_node_get_object (node);
  if (!read_required_date (reader, withdrawn, withdrawn_path, "date", &date) ||
      !buntan_json_reader_get_string (reader, withdrawn, withdrawn_path, "reason", TRUE, &reason))
    return FALSE;

  if (*reason == '\0')
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, withdrawn_path,
                                      "reason", _ ("a withdrawn version needs a reason"));

  _buntan_version_set_withdrawn (version, date, reason);
  return TRUE;
}

static gboolean
read_version (BuntanJsonReader *reader,
              BuntanProject    *project,
              JsonNode         *node,
              guint             index,
              GHashTable       *numbers)
{
  g_autofree char *path = g_strdup_printf ("versions[%u]", index);
  g_autoptr (BuntanVersion) version = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_autoptr (JsonNode) snapshot_copy = NULL;
  JsonObject *object, *fingerprints;
  JsonNode   *snapshot;
  const char *agreed, *note;
  gint64      number, open_gaps;

  if (!buntan_json_reader_get_object (reader, node, path, &object) ||
      !read_count (reader, object, path, "number", TRUE, 1, &number) ||
      !read_required_date (reader, object, path, "agreed", &agreed) ||
      !read_fingerprints (reader, object, path, &fingerprints) ||
      !buntan_json_reader_get_string (reader, object, path, "note", FALSE, &note) ||
      !buntan_json_reader_get_member (reader, object, path, "snapshot", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), TRUE, &snapshot) ||
      !read_count (reader, object, path, "open_gaps", FALSE, 0, &open_gaps))
    return FALSE;

  if (g_hash_table_contains (numbers, GINT_TO_POINTER ((int) number)))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "number",
                                      _ ("version %lld is listed twice"), (long long) number);
  g_hash_table_add (numbers, GINT_TO_POINTER ((int) number));

  /* A copy shares the object but not the parent: the file's tree goes away. */
  snapshot_copy = json_node_copy (snapshot);
  version = _buntan_version_new ((guint) number, agreed, note, fingerprints, snapshot_copy);
  _buntan_version_set_open_gaps (version, (guint) open_gaps);
  if (!read_withdrawn (reader, version, object, path))
    return FALSE;

  extra = buntan_json_collect_unknown_members (object, version_members);
  _buntan_version_set_extra (version, extra);
  g_list_store_append (_buntan_project_get_version_store (project), version);

  return TRUE;
}

gboolean
_buntan_project_read_versions (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root)
{
  g_autoptr (GHashTable) numbers = g_hash_table_new (NULL, NULL);
  JsonNode  *node;
  JsonArray *versions;

  if (!buntan_json_reader_get_member (reader, root, "", "versions", JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  versions = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (versions); i++)
    if (!read_version (reader, project, json_array_get_element (versions, i), i, numbers))
      return FALSE;

  return TRUE;
}

static void
add_member_node (BuntanJsonStream *stream, const char *member, JsonNode *node)
{
  buntan_json_stream_set_member_name (stream, member);
  buntan_json_stream_add_node (stream, node);
}

static void
add_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  buntan_json_stream_set_member_name (stream, member);
  buntan_json_stream_add_string_value (stream, value);
}

/* Only written when there are versions, so files without any stay as they
 * were; never into the fingerprint's text or a snapshot (a version does not
 * hold the versions before it). */
void
_buntan_project_write_versions (BuntanJsonStream *stream,
                                BuntanProject    *project,
                                BuntanSaveFlags   flags)
{
  GListModel *versions = buntan_project_get_versions (project);
  guint       n = g_list_model_get_n_items (versions);

  if (n == 0 || (flags & (BUNTAN_SAVE_FLAGS_WITHOUT_TIMES | _BUNTAN_SAVE_FLAGS_SNAPSHOT)))
    return;

  buntan_json_stream_set_member_name (stream, "versions");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);
      g_autoptr (JsonNode) fingerprints = json_node_new (JSON_NODE_OBJECT);
      JsonObject *extra = _buntan_version_get_extra (version);

      json_node_set_object (fingerprints, _buntan_version_get_fingerprints (version));

      buntan_json_stream_begin_object (stream);
      buntan_json_stream_set_member_name (stream, "number");
      buntan_json_stream_add_int_value (stream, buntan_version_get_number (version));
      add_string (stream, "agreed", buntan_version_get_agreed (version));
      add_member_node (stream, "fingerprints", fingerprints);
      if (buntan_version_get_note (version) != NULL)
        add_string (stream, "note", buntan_version_get_note (version));
      if (buntan_version_get_open_gaps (version) > 0)
        {
          buntan_json_stream_set_member_name (stream, "open_gaps");
          buntan_json_stream_add_int_value (stream, buntan_version_get_open_gaps (version));
        }
      if (buntan_version_get_withdrawn (version))
        {
          buntan_json_stream_set_member_name (stream, "withdrawn");
          buntan_json_stream_begin_object (stream);
          add_string (stream, "date", buntan_version_get_withdrawn_date (version));
          add_string (stream, "reason", buntan_version_get_withdrawn_reason (version));
          buntan_json_stream_end_object (stream);
        }
      if (extra != NULL)
        {
          g_autoptr (GList) members = json_object_get_members (extra);

          for (GList *l = members; l != NULL; l = l->next)
            if (!g_strv_contains (version_members, l->data))
              add_member_node (stream, l->data, json_object_get_member (extra, l->data));
        }
      /* Last: the long part, so the short facts stay together at the top. */
      add_member_node (stream, "snapshot", _buntan_version_get_snapshot (version));
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}
