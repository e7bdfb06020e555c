/* buntan-project-file-meetings.c — reading and writing the meetings of a project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-meeting-private.h"
#include "buntan-project-file-private.h"

/* Meetings: an optional list after the items, the decision log. */

static const char *const meeting_members[] = { "started",   "ended",   "attendees",
                                               "decisions", "parties", NULL };

static const char *const decision_members[] = { "time", "item",   "field", "from",
                                                "to",   "source", "party", NULL };


/* A decision may name an item that was deleted afterwards: the log keeps
 * what happened, so item ids are not checked against the items. Its party,
 * the vendor whose check changed, must be one of the project: the writer
 * leaves out a vendor removed since. */
static gboolean
read_decision (BuntanJsonReader *reader,
               BuntanMeeting    *meeting,
               JsonNode         *node,
               const char       *meeting_path,
               guint             index,
               GHashTable       *party_ids)
{
  g_autofree char *path = g_strdup_printf ("%s.decisions[%u]", meeting_path, index);
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *object;
  const char *time, *item, *field, *from, *to, *source, *party;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  object = json_node_get_object (node);
  if (!buntan_json_reader_get_time (reader, object, path, "time", TRUE, &time) ||
      !buntan_json_reader_get_string (reader, object, path, "item", TRUE, &item) ||
      !buntan_json_reader_get_string (reader, object, path, "field", TRUE, &field) ||
      !buntan_json_reader_get_string (reader, object, path, "from", FALSE, &from) ||
      !buntan_json_reader_get_string (reader, object, path, "to", FALSE, &to) ||
      !buntan_json_reader_get_string (reader, object, path, "source", FALSE, &source) ||
      !buntan_json_reader_get_string (reader, object, path, "party", FALSE, &party))
    return FALSE;

  if (*item == '\0')
    {
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "item",
                                        _ ("the item id is empty"));
    }

  if (!buntan_decision_field_is_valid (field))
    {
      return buntan_json_reader_refuse (
        reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "field",
        _ ("“%s” is not a known %s; use one of: %s"), field, _ ("field of a decision"),
        "status, owner, participants, first_check, first_check_date, completed, "
        "clause, note, comment");
    }

  if (source != NULL && !buntan_decision_source_is_valid (source))
    {
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "source",
                                        _ ("“%s” is not a known %s; use one of: %s"), source,
                                        _ ("source of a change"),
                                        "window, meeting-key, answers:FILE");
    }

  if (party != NULL && !g_hash_table_contains (party_ids, party))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, path, "party",
                                      _ ("“%s” names no party of this project"), party);

  if (party != NULL && !buntan_decision_field_is_check (field))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "party",
      _ ("only a change of a vendor’s check names a party; “%s” is a field of the item itself"),
      field);

  buntan_meeting_add_vendor_decision (meeting, source, party, time, item, field, from, to);
  extra = buntan_json_collect_unknown_members (object, decision_members);
  _buntan_meeting_set_decision_extra (meeting, buntan_meeting_get_n_decisions (meeting) - 1, extra);

  return TRUE;
}

static gboolean
read_meeting (BuntanJsonReader *reader,
              BuntanProject    *project,
              JsonNode         *node,
              guint             index,
              GHashTable       *party_ids)
{
  g_autofree char *path = g_strdup_printf ("meetings[%u]", index);
  g_autoptr (BuntanMeeting) meeting = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) attendees = NULL;
  g_auto (GStrv) parties = NULL;
  JsonObject *object;
  JsonNode   *decisions;
  const char *started, *ended;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  object = json_node_get_object (node);
  if (!buntan_json_reader_get_time (reader, object, path, "started", TRUE, &started) ||
      !buntan_json_reader_get_time (reader, object, path, "ended", FALSE, &ended) ||
      !buntan_json_reader_get_strings (reader, object, path, "attendees", &attendees) ||
      !buntan_json_reader_get_strings (reader, object, path, "parties", &parties) ||
      !buntan_json_reader_get_member (reader, object, path, "decisions", JSON_NODE_ARRAY,
                                      G_TYPE_INVALID, _ ("a list"), FALSE, &decisions))
    return FALSE;

  for (guint i = 0; parties[i] != NULL; i++)
    {
      g_autofree char *member = NULL;

      if (g_hash_table_contains (party_ids, parties[i]))
        continue;

      member = g_strdup_printf ("parties[%u]", i);
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, path, member,
                                        _ ("“%s” names no party of this project"), parties[i]);
    }

  meeting = buntan_meeting_new (started, (const char *const *) attendees);
  buntan_meeting_set_ended (meeting, ended);
  buntan_meeting_set_parties (meeting, (const char *const *) parties);

  for (guint i = 0;
       decisions != NULL && i < json_array_get_length (json_node_get_array (decisions)); i++)
    if (!read_decision (reader, meeting,
                        json_array_get_element (json_node_get_array (decisions), i), path, i,
                        party_ids))
      return FALSE;

  extra = buntan_json_collect_unknown_members (object, meeting_members);
  _buntan_meeting_set_extra (meeting, extra);
  _buntan_project_append_meeting (project, meeting);

  return TRUE;
}

gboolean
_buntan_project_read_meetings (BuntanJsonReader *reader,
                               BuntanProject    *project,
                               JsonObject       *root,
                               GHashTable       *party_ids)
{
  JsonNode  *node;
  JsonArray *meetings;

  if (!buntan_json_reader_get_member (reader, root, "", "meetings", JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  meetings = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (meetings); i++)
    if (!read_meeting (reader, project, json_array_get_element (meetings, i), i, party_ids))
      return FALSE;

  return TRUE;
}

/* A vendor removed after a meeting leaves the meeting's list: the reader
 * refuses ids that name no party, and the log of what was decided stays. */
static void
add_existing_parties (BuntanJsonStream *stream, BuntanProject *self, const char *const *parties)
{
  buntan_json_stream_set_member_name (stream, "parties");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; parties != NULL && parties[i] != NULL; i++)
    if (buntan_project_find_party (self, parties[i]) != NULL)
      buntan_json_stream_add_string_value (stream, parties[i]);
  buntan_json_stream_end_array (stream);
}

/* Only written when there are meetings, so files without any stay as they
 * were; and not for the fingerprint, which is about the negotiated state. */
void
_buntan_project_write_meetings (BuntanJsonStream *stream,
                                BuntanProject    *self,
                                BuntanSaveFlags   flags)
{
  GListModel *meetings;
  guint       n;

  if (flags & BUNTAN_SAVE_FLAGS_WITHOUT_TIMES)
    return;

  meetings = buntan_project_get_meetings (self);
  n = g_list_model_get_n_items (meetings);
  if (n == 0)
    return;

  buntan_json_stream_set_member_name (stream, "meetings");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanMeeting) meeting = g_list_model_get_item (meetings, i);
      guint n_decisions = buntan_meeting_get_n_decisions (meeting);

      buntan_json_stream_begin_object (stream);
      add_string (stream, "started", buntan_meeting_get_started (meeting));
      add_optional_string (stream, "ended", buntan_meeting_get_ended (meeting));
      add_strings (stream, "attendees", buntan_meeting_get_attendees (meeting));
      add_existing_parties (stream, self, buntan_meeting_get_parties (meeting));
      buntan_json_stream_set_member_name (stream, "decisions");
      buntan_json_stream_begin_array (stream);
      for (guint d = 0; d < n_decisions; d++)
        {
          const BuntanDecision *decision = buntan_meeting_get_decision (meeting, d);
          const char           *values[] = { decision->from, decision->to };
          const char           *names[] = { "from", "to" };

          buntan_json_stream_begin_object (stream);
          add_string (stream, "time", decision->time);
          add_string (stream, "item", decision->item_id);
          add_string (stream, "field", decision->field);
          for (guint v = 0; v < G_N_ELEMENTS (values); v++)
            {
              buntan_json_stream_set_member_name (stream, names[v]);
              if (values[v] != NULL)
                buntan_json_stream_add_string_value (stream, values[v]);
              else
                buntan_json_stream_add_null_value (stream);
            }
          add_optional_string (stream, "source", decision->source);
          if (decision->party != NULL && buntan_project_find_party (self, decision->party) != NULL)
            add_string (stream, "party", decision->party);
          add_unknown_members (stream, _buntan_meeting_get_decision_extra (meeting, d),
                               decision_members);
          buntan_json_stream_end_object (stream);
        }
      buntan_json_stream_end_array (stream);
      add_unknown_members (stream, _buntan_meeting_get_extra (meeting), meeting_members);
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}
