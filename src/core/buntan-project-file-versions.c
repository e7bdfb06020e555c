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

#include "buntan-project-file-private.h"
#include "buntan-project-file-versions.h"
#include "buntan-project-private.h"
#include "buntan-round-private.h"
#include "buntan-version-private.h"

static const char *const version_members[] = { "number",   "agreed",    "fingerprints", "note",
                                               "snapshot", "open_gaps", "withdrawn",    NULL };

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

      if (!_buntan_project_file_is_sha256_hex (fingerprint))
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
  if (!buntan_json_reader_get_date (reader, withdrawn, withdrawn_path, "date", TRUE, &date) ||
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
      !buntan_json_reader_get_date (reader, object, path, "agreed", TRUE, &agreed) ||
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

static gboolean
read_agreed_versions (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root);

static const char *const round_members[] = { "number", "started", "parties", "from_version", NULL };

/* Every party of a round is a vendor of the project, named once. */
static gboolean
read_round_parties (BuntanJsonReader *reader,
                    BuntanProject    *project,
                    JsonObject       *object,
                    const char       *path,
                    char           ***out)
{
  if (!buntan_json_reader_get_strings (reader, object, path, "parties", out))
    return FALSE;

  for (guint i = 0; (*out)[i] != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("parties[%u]", i);

      if (!_buntan_project_file_check_vendor (reader, project, path, where, (*out)[i]))
        return FALSE;
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 ((*out)[i], (*out)[j]) == 0)
          return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, where,
                                            _ ("the vendor “%s” is named twice"), (*out)[i]);
    }

  return TRUE;
}

static gboolean
read_round (BuntanJsonReader *reader,
            BuntanProject    *project,
            JsonNode         *node,
            guint             index,
            GHashTable       *numbers)
{
  g_autofree char *path = g_strdup_printf ("rounds[%u]", index);
  g_autoptr (BuntanRound) round = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) parties = NULL;
  JsonObject *object;
  const char *started;
  gint64      number, from_version;

  if (!buntan_json_reader_get_object (reader, node, path, &object) ||
      !read_count (reader, object, path, "number", TRUE, 1, &number) ||
      !buntan_json_reader_get_date (reader, object, path, "started", TRUE, &started) ||
      !read_round_parties (reader, project, object, path, &parties) ||
      !read_count (reader, object, path, "from_version", FALSE, 1, &from_version))
    return FALSE;

  if (g_hash_table_contains (numbers, GINT_TO_POINTER ((int) number)))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "number",
                                      _ ("renewal round %lld is listed twice"), (long long) number);
  g_hash_table_add (numbers, GINT_TO_POINTER ((int) number));

  if (from_version > 0 && buntan_project_find_version (project, (guint) from_version) == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "from_version",
                                      _ ("there is no version %lld"), (long long) from_version);

  round = _buntan_round_new ((guint) number, started, (const char *const *) parties,
                             (guint) from_version);
  extra = buntan_json_collect_unknown_members (object, round_members);
  _buntan_round_set_extra (round, extra);
  g_list_store_append (_buntan_project_get_round_store (project), round);

  return TRUE;
}

/* After the versions, which a round's from_version names. */
static gboolean
read_rounds (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root)
{
  g_autoptr (GHashTable) numbers = g_hash_table_new (NULL, NULL);
  JsonNode  *node;
  JsonArray *rounds;

  if (!buntan_json_reader_get_member (reader, root, "", "rounds", JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  rounds = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (rounds); i++)
    if (!read_round (reader, project, json_array_get_element (rounds, i), i, numbers))
      return FALSE;

  return TRUE;
}

/* The versions and, since they name them, the renewal rounds. */
gboolean
_buntan_project_read_versions (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root)
{
  if (!read_agreed_versions (reader, project, root))
    return FALSE;

  return read_rounds (reader, project, root);
}

static gboolean
read_agreed_versions (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root)
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
write_versions (BuntanJsonStream *stream, GListModel *versions, guint n);

static void
write_rounds (BuntanJsonStream *stream, BuntanProject *project)
{
  GListModel *rounds = buntan_project_get_rounds (project);
  guint       n = g_list_model_get_n_items (rounds);

  if (n == 0)
    return;

  buntan_json_stream_set_member_name (stream, "rounds");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanRound) round = g_list_model_get_item (rounds, i);
      const char *const *parties = buntan_round_get_parties (round);
      JsonObject        *extra = _buntan_round_get_extra (round);

      buntan_json_stream_begin_object (stream);
      buntan_json_stream_set_member_name (stream, "number");
      buntan_json_stream_add_int_value (stream, buntan_round_get_number (round));
      add_string (stream, "started", buntan_round_get_started (round));
      buntan_json_stream_set_member_name (stream, "parties");
      buntan_json_stream_begin_array (stream);
      for (guint j = 0; parties[j] != NULL; j++)
        /* A vendor removed since is left out (see the questionnaires). */
        if (buntan_project_find_party (project, parties[j]) != NULL)
          buntan_json_stream_add_string_value (stream, parties[j]);
      buntan_json_stream_end_array (stream);
      if (buntan_round_get_from_version (round) > 0)
        {
          buntan_json_stream_set_member_name (stream, "from_version");
          buntan_json_stream_add_int_value (stream, buntan_round_get_from_version (round));
        }
      add_unknown_members (stream, extra, round_members);
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}

/* Only written when there are versions (or rounds), so files without any
 * stay as they were; never into the fingerprint's text or a snapshot (a
 * version does not hold the versions before it). */
void
_buntan_project_write_versions (BuntanJsonStream *stream,
                                BuntanProject    *project,
                                BuntanSaveFlags   flags)
{
  GListModel *versions = buntan_project_get_versions (project);
  guint       n = g_list_model_get_n_items (versions);

  if (flags & (BUNTAN_SAVE_FLAGS_WITHOUT_TIMES | _BUNTAN_SAVE_FLAGS_SNAPSHOT))
    return;

  write_versions (stream, versions, n);
  write_rounds (stream, project);
}

static void
write_versions (BuntanJsonStream *stream, GListModel *versions, guint n)
{
  if (n == 0)
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
      add_unknown_members (stream, extra, version_members);
      /* Last: the long part, so the short facts stay together at the top. */
      add_member_node (stream, "snapshot", _buntan_version_get_snapshot (version));
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}
