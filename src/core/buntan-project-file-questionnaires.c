/* buntan-project-file-questionnaires.c — reading and writing the questionnaires sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `questionnaires` is an optional list after the versions: {id, party,
 * sent, fingerprint, items} as sent and, once the answers came back,
 * {received, file} beside them. The party must be a vendor of the project
 * (a questionnaire goes to a vendor); the items are kept as sent even when
 * an item has left the project since, as the record of what was asked.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-date.h"
#include "buntan-party.h"
#include "buntan-project-file-private.h"
#include "buntan-project-file-questionnaires.h"
#include "buntan-project-private.h"
#include "buntan-questionnaire-private.h"

static const char *const questionnaire_members[] = { "id",    "party",    "sent", "fingerprint",
                                                     "items", "received", "file", NULL };

static gboolean
refuse_missing (BuntanJsonReader *reader, const char *path, const char *member)
{
  return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                    _ ("the required key “%s” is missing"), member);
}

static gboolean
read_party (BuntanJsonReader *reader,
            BuntanProject    *project,
            JsonObject       *object,
            const char       *path,
            const char      **out)
{
  return buntan_json_reader_get_string (reader, object, path, "party", TRUE, out) &&
         _buntan_project_file_check_vendor (reader, project, path, "party", *out);
}

static gboolean
read_items (BuntanJsonReader *reader, JsonObject *object, const char *path, char ***out)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* An empty list is a questionnaire with nothing to ask; no list is a
   * record that lost what was asked. */
  if (!json_object_has_member (object, "items"))
    return refuse_missing (reader, path, "items");
  if (!buntan_json_reader_get_strings (reader, object, path, "items", out))
    return FALSE;

  for (guint i = 0; *out != NULL && (*out)[i] != NULL; i++)
    {
      if ((*out)[i][0] == '\0')
        return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "items",
                                          _ ("an item id is empty"));
      if (!g_hash_table_add (seen, (*out)[i]))
        return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "items",
                                          _ ("the item “%s” is listed twice"), (*out)[i]);
    }

  return TRUE;
}

/* A date, or a date and time: the schema allows both for when a
 * questionnaire was sent and when its answers came back. */
static gboolean
read_when (BuntanJsonReader *reader,
           JsonObject       *object,
           const char       *path,
           const char       *member,
           gboolean          required,
           const char      **out)
{
  if (!buntan_json_reader_get_string (reader, object, path, member, required, out))
    return FALSE;

  if (*out != NULL && !buntan_date_is_valid (*out) && !buntan_date_time_is_valid (*out))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_DATE, path, member,
      _ ("“%s” is not a date; write YYYY-MM-DD, or a date and time with its offset"), *out);

  return TRUE;
}

/* What came back: the date and the file, together or not at all. */
static gboolean
read_received (BuntanJsonReader    *reader,
               BuntanQuestionnaire *questionnaire,
               JsonObject          *object,
               const char          *path)
{
  const char *received, *file;

  if (!read_when (reader, object, path, "received", FALSE, &received) ||
      !buntan_json_reader_get_string (reader, object, path, "file", FALSE, &file))
    return FALSE;

  if (received != NULL && file == NULL)
    return refuse_missing (reader, path, "file");
  if (file != NULL && received == NULL)
    return refuse_missing (reader, path, "received");
  if (file != NULL && *file == '\0')
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "file",
                                      _ ("the answers file has no name"));

  if (received != NULL)
    buntan_questionnaire_set_received (questionnaire, received, file);
  return TRUE;
}

static gboolean
read_questionnaire (BuntanJsonReader *reader,
                    BuntanProject    *project,
                    JsonNode         *node,
                    guint             index,
                    GHashTable       *ids)
{
  g_autofree char *path = g_strdup_printf ("questionnaires[%u]", index);
  g_autoptr (BuntanQuestionnaire) questionnaire = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) items = NULL;
  JsonObject *object;
  const char *id, *party, *sent, *fingerprint;

  if (!buntan_json_reader_get_object (reader, node, path, &object) ||
      !buntan_json_reader_get_string (reader, object, path, "id", TRUE, &id))
    return FALSE;

  if (*id == '\0')
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "id",
                                      _ ("a questionnaire needs an id"));
  if (!g_hash_table_add (ids, (gpointer) id))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "id",
                                      _ ("the questionnaire “%s” is listed twice"), id);

  if (!read_party (reader, project, object, path, &party) ||
      !read_when (reader, object, path, "sent", TRUE, &sent))
    return FALSE;

  if (!buntan_json_reader_get_string (reader, object, path, "fingerprint", TRUE, &fingerprint))
    return FALSE;
  if (!_buntan_project_file_is_sha256_hex (fingerprint))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "fingerprint",
      _ ("“%s” is not a fingerprint; it must be 64 characters of 0–9 and a–f"), fingerprint);

  if (!read_items (reader, object, path, &items))
    return FALSE;

  questionnaire =
    buntan_questionnaire_new (id, party, sent, fingerprint, (const char *const *) items);
  if (!read_received (reader, questionnaire, object, path))
    return FALSE;

  extra = buntan_json_collect_unknown_members (object, questionnaire_members);
  _buntan_questionnaire_set_extra (questionnaire, extra);
  g_list_store_append (_buntan_project_get_questionnaire_store (project), questionnaire);

  return TRUE;
}

gboolean
_buntan_project_read_questionnaires (BuntanJsonReader *reader,
                                     BuntanProject    *project,
                                     JsonObject       *root)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonNode  *node;
  JsonArray *questionnaires;

  if (!buntan_json_reader_get_member (reader, root, "", "questionnaires", JSON_NODE_ARRAY,
                                      G_TYPE_INVALID, _ ("a list"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  questionnaires = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (questionnaires); i++)
    if (!read_questionnaire (reader, project, json_array_get_element (questionnaires, i), i, ids))
      return FALSE;

  return TRUE;
}

/* Only written when there are questionnaires, so files without any stay as
 * they were; history, so never into the fingerprint's text or a snapshot. */
void
_buntan_project_write_questionnaires (BuntanJsonStream *stream,
                                      BuntanProject    *project,
                                      BuntanSaveFlags   flags)
{
  GListModel *questionnaires = buntan_project_get_questionnaires (project);
  guint       n = g_list_model_get_n_items (questionnaires);

  if (n == 0 || (flags & (BUNTAN_SAVE_FLAGS_WITHOUT_TIMES | _BUNTAN_SAVE_FLAGS_SNAPSHOT)))
    return;

  buntan_json_stream_set_member_name (stream, "questionnaires");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanQuestionnaire) questionnaire = g_list_model_get_item (questionnaires, i);
      const char *const *items = buntan_questionnaire_get_items (questionnaire);
      JsonObject        *extra = _buntan_questionnaire_get_extra (questionnaire);

      /* A vendor removed since is left out, as from meetings' parties:
       * its answers can no longer be matched, and a record naming no
       * party would make the file one the reader refuses. */
      if (buntan_project_find_party (project, buntan_questionnaire_get_party (questionnaire)) ==
          NULL)
        continue;

      buntan_json_stream_begin_object (stream);
      add_string (stream, "id", buntan_questionnaire_get_id (questionnaire));
      add_string (stream, "party", buntan_questionnaire_get_party (questionnaire));
      add_string (stream, "sent", buntan_questionnaire_get_sent (questionnaire));
      add_string (stream, "fingerprint", buntan_questionnaire_get_fingerprint (questionnaire));
      add_strings (stream, "items", items);
      if (buntan_questionnaire_get_received (questionnaire) != NULL)
        {
          add_string (stream, "received", buntan_questionnaire_get_received (questionnaire));
          add_string (stream, "file", buntan_questionnaire_get_file (questionnaire));
        }
      add_unknown_members (stream, extra, questionnaire_members);
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}
