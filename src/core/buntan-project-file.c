/* buntan-project-file.c — reading and writing the project file format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-json-writer.h"
#include "buntan-meeting-private.h"
#include "buntan-project-private.h"

/* Reading is strict: a contract must never rest on a half-understood file,
 * so the first problem refuses the whole file, and the message says where. */

typedef struct
{
  const char *display_name;
  GError    **error;
} Reader;

static const char *const project_members[] = { "format",  "version",  "title",    "organization",
                                               "created", "modified", "template", "parties",
                                               "items",   "meetings", NULL };

static const char *const party_members[] = { "id",
                                             "kind",
                                             "name",
                                             "service",
                                             "contract",
                                             "contact",
                                             "emergency_contact",
                                             "renewal_date",
                                             "service_spec_received",
                                             "mds_sds_received",
                                             "cyber_checklist_received",
                                             "note",
                                             NULL };

static const char *const item_members[] = {
  "id",          "part",        "section",    "section_title", "number", "title", "content",
  "risk",        "recommended", "references", "custom",        "status", "owner", "participants",
  "first_check", "completed",   "clause",     "note",          NULL
};

static const char *const first_check_members[] = { "result", "date", NULL };

static const char *const template_members[] = { "id", "version", NULL };

/* @path says where: a member path ("items[3].owner"), a line and column, or
 * NULL for the whole file. */
static gboolean G_GNUC_PRINTF (4, 5)
  refuse (Reader *reader, int code, const char *path, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL && *path != '\0')
    g_set_error (reader->error, BUNTAN_PROJECT_ERROR, code, "%s: %s: %s", reader->display_name,
                 path, what);
  else
    g_set_error (reader->error, BUNTAN_PROJECT_ERROR, code, "%s: %s", reader->display_name, what);

  return FALSE;
}

static void
locate (const char *text, const char *at, guint *line, guint *column)
{
  *line = 1;
  *column = 1;
  for (const char *p = text; p < at; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        {
          (*column)++;
        }
    }
}

/* json-glib 1.6 parses recursively: a deep enough file overflows the stack.
 * Count the nesting ourselves first, outside strings. */
static gboolean
check_depth (Reader *reader, const char *text, gsize length)
{
  gboolean in_string = FALSE;
  guint    depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > BUNTAN_PROJECT_MAX_DEPTH)
            {
              g_autofree char *where = NULL;
              guint            line, column;

              locate (text, text + i, &line, &column);
              where = g_strdup_printf (_ ("line %u, column %u"), line, column);
              return refuse (reader, BUNTAN_PROJECT_ERROR_TOO_DEEP, where,
                             _ ("the data is nested more than %d levels deep; "
                                "this is not a Buntan project"),
                             BUNTAN_PROJECT_MAX_DEPTH);
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          depth--;
        }
    }

  return TRUE;
}

/* json-glib turns an escaped lone UTF-16 surrogate ("\ud800") into bytes
 * that are not UTF-8. Such a text could not be shown, and saving it would
 * write a file that no longer opens: refuse it like any damaged encoding. */
static gboolean
check_texts (Reader *reader, JsonNode *node, const char *path)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char    *name;
      JsonNode      *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          g_autofree char *valid_name = g_utf8_make_valid (name, -1);
          g_autofree char *where =
            path != NULL ? g_strdup_printf ("%s.%s", path, valid_name) : g_strdup (valid_name);

          if (!g_utf8_validate (name, -1, NULL))
            return refuse (reader, BUNTAN_PROJECT_ERROR_ENCODING, path,
                           _ ("the member name “%s” holds a \\u escape that is not a character; "
                              "the file is damaged"),
                           valid_name);

          if (!check_texts (reader, member, where))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", path != NULL ? path : "", i);

          if (!check_texts (reader, json_array_get_element (array, i), where))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
           !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      return refuse (reader, BUNTAN_PROJECT_ERROR_ENCODING, path,
                     _ ("the text holds a \\u escape that is not a character; "
                        "the file is damaged"));
    }

  return TRUE;
}

JsonNode *
_buntan_parse_json (GBytes *bytes, const char *display_name, GError **error)
{
  Reader reader = { display_name, error };
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) parse_error = NULL;
  const char *text, *end;
  gsize       length;

  text = g_bytes_get_data (bytes, &length);
  if (text == NULL)
    text = "";

  if (length > BUNTAN_PROJECT_MAX_FILE_SIZE)
    {
      refuse (&reader, BUNTAN_PROJECT_ERROR_TOO_LARGE, NULL,
              _ ("the file is larger than %d MB, far larger than any project; "
                 "it is probably not a Buntan project"),
              BUNTAN_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* Editors on Windows like to start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  if (!g_utf8_validate_len (text, length, &end))
    {
      g_autofree char *where = NULL;
      guint            line, column;

      locate (text, end, &line, &column);
      where = g_strdup_printf (_ ("line %u, column %u"), line, column);
      refuse (&reader, BUNTAN_PROJECT_ERROR_ENCODING, where,
              _ ("the file is not valid UTF-8 text (was it saved as Shift_JIS?); "
                 "save it as UTF-8 and try again"));
      return NULL;
    }

  {
    gsize i = 0;

    while (i < length && g_ascii_isspace (text[i]))
      i++;
    if (i == length)
      {
        refuse (&reader, BUNTAN_PROJECT_ERROR_EMPTY, NULL, _ ("the file is empty"));
        return NULL;
      }
  }

  if (!check_depth (&reader, text, length))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, (gssize) length, &parse_error))
    {
      guint       line = 0, column = 0;
      const char *detail;

      /* json-glib quotes the offending token cut at a byte count, which can
       * split a Japanese character: the message must stay valid UTF-8. */
      if (!g_utf8_validate (parse_error->message, -1, NULL))
        {
          char *valid = g_utf8_make_valid (parse_error->message, -1);

          g_free (parse_error->message);
          parse_error->message = valid;
        }
      detail = strstr (parse_error->message, ": Parse error: ");

      /* json-glib says "<data>:LINE:COL: Parse error: WHAT". */
      if (sscanf (parse_error->message, "<data>:%u:%u:", &line, &column) == 2 && line > 0)
        {
          g_autofree char *where = g_strdup_printf (_ ("line %u, column %u"), line, column);

          refuse (&reader, BUNTAN_PROJECT_ERROR_SYNTAX, where,
                  _ ("this is not valid JSON (%s); the file may be damaged or cut short"),
                  detail != NULL ? detail + strlen (": Parse error: ") : parse_error->message);
        }
      else
        {
          refuse (&reader, BUNTAN_PROJECT_ERROR_SYNTAX, NULL,
                  _ ("this is not valid JSON (%s); the file may be damaged or cut short"),
                  parse_error->message);
        }
      return NULL;
    }

  /* A file of nothing but comments parses, to no value at all. */
  if (json_parser_get_root (parser) == NULL)
    {
      refuse (&reader, BUNTAN_PROJECT_ERROR_EMPTY, NULL, _ ("the file holds no data"));
      return NULL;
    }

  if (!check_texts (&reader, json_parser_get_root (parser), NULL))
    return NULL;

  return json_node_ref (json_parser_get_root (parser));
}

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _ ("an object");
    case JSON_NODE_ARRAY:
      return _ ("a list");
    case JSON_NODE_NULL:
      return _ ("null");
    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _ ("text");
        if (type == G_TYPE_BOOLEAN)
          return _ ("true or false");
        return _ ("a number");
      }
    }
}

static char *
member_path (const char *path, const char *member)
{
  if (path == NULL || *path == '\0')
    return g_strdup (member);

  return g_strdup_printf ("%s.%s", path, member);
}

/* Looks up a member of the expected node type. An absent or null optional
 * member gives NULL and TRUE. */
static gboolean
lookup_member (Reader      *reader,
               JsonObject  *object,
               const char  *path,
               const char  *member,
               JsonNodeType type,
               GType        value_type,
               const char  *expected,
               gboolean     required,
               JsonNode   **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;

      return refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path,
                     _ ("the required member “%s” is missing"), member);
    }

  if (json_node_get_node_type (node) != type ||
      (type == JSON_NODE_VALUE && json_node_get_value_type (node) != value_type))
    {
      g_autofree char *where = member_path (path, member);

      return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, where, _ ("expected %s, found %s"),
                     expected, describe_node (node));
    }

  *out = node;
  return TRUE;
}

static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *path,
             const char  *member,
             gboolean     required,
             const char **out)
{
  JsonNode *node;

  if (!lookup_member (reader, object, path, member, JSON_NODE_VALUE, G_TYPE_STRING, _ ("text"),
                      required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_string (node) : NULL;
  return TRUE;
}

static gboolean
read_date (Reader      *reader,
           JsonObject  *object,
           const char  *path,
           const char  *member,
           const char **out)
{
  if (!read_string (reader, object, path, member, FALSE, out))
    return FALSE;

  if (*out != NULL && **out == '\0')
    *out = NULL;

  if (*out != NULL && !buntan_date_is_valid (*out))
    {
      g_autofree char *where = member_path (path, member);

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_DATE, where,
                     _ ("“%s” is not a real date; dates are written YYYY-MM-DD, e.g. 2026-04-01"),
                     *out);
    }

  return TRUE;
}

static gboolean
read_time (Reader      *reader,
           JsonObject  *object,
           const char  *path,
           const char  *member,
           gboolean     required,
           const char **out)
{
  if (!read_string (reader, object, path, member, required, out))
    return FALSE;

  if (*out != NULL && !buntan_date_time_is_valid (*out))
    {
      g_autofree char *where = member_path (path, member);

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_DATE, where,
                     _ ("“%s” is not a date and time with a time zone, "
                        "e.g. 2026-04-01T09:30:00+09:00"),
                     *out);
    }

  return TRUE;
}

static gboolean
read_date_time (Reader *reader, JsonObject *object, const char *member, const char **out)
{
  return read_time (reader, object, "", member, FALSE, out);
}

static gboolean
read_enum (Reader     *reader,
           JsonObject *object,
           const char *path,
           const char *member,
           GType       enum_type,
           const char *what,
           gboolean    required,
           int         fallback,
           int        *out)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr (GString) allowed = NULL;
  g_autofree char *where = NULL;
  const char      *nick;
  GEnumValue      *value;

  if (!read_string (reader, object, path, member, required, &nick))
    return FALSE;

  if (nick == NULL)
    {
      *out = fallback;
      return TRUE;
    }

  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL)
    {
      *out = value->value;
      return TRUE;
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

  where = member_path (path, member);
  /* TRANSLATORS: "“finished” is not a known status; use one of: open, discussing, …" */
  return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, where,
                 _ ("“%s” is not a known %s; use one of: %s"), nick, what, allowed->str);
}

/* Reads a list of strings into a NULL-terminated vector. */
static gboolean
read_strings (Reader *reader, JsonObject *object, const char *path, const char *member, char ***out)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode  *node;
  JsonArray *array;
  guint      n;

  *out = NULL;

  if (!lookup_member (reader, object, path, member, JSON_NODE_ARRAY, G_TYPE_INVALID,
                      _ ("a list of texts"), FALSE, &node))
    return FALSE;

  if (node != NULL)
    {
      array = json_node_get_array (node);
      n = json_array_get_length (array);
      for (guint i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            {
              g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, member, i);

              return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, where,
                             _ ("expected %s, found %s"), _ ("text"), describe_node (element));
            }

          g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* Everything this version does not know, kept in its original order. */
static JsonObject *
collect_unknown_members (JsonObject *object, const char *const *known)
{
  g_autoptr (GList) members = json_object_get_members (object);
  JsonObject *extra = NULL;

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, l->data,
                              json_node_copy (json_object_get_member (object, l->data)));
    }

  return extra;
}

/* The unknown members inside a known object member (an item's first_check,
 * the template) are kept with the others, as an object under that member's
 * name: a known name is never an unknown member, so the two cannot clash. */
static void
collect_unknown_members_of (JsonObject       **extra,
                            JsonObject        *object,
                            const char        *member,
                            const char *const *known)
{
  JsonNode   *node = json_object_get_member (object, member);
  JsonObject *inner;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  inner = collect_unknown_members (json_node_get_object (node), known);
  if (inner == NULL)
    return;

  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_object_member (*extra, member, inner);
}

static gboolean
read_party (Reader        *reader,
            BuntanProject *project,
            JsonNode      *node,
            guint          index,
            GHashTable    *party_ids,
            guint         *n_hospitals)
{
  g_autofree char *path = g_strdup_printf ("parties[%u]", index);
  g_autoptr (BuntanParty) party = NULL;
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *object;
  const char *id, *name, *service, *contact, *emergency, *note;
  const char *renewal, *service_spec, *mds_sds, *cyber_checklist;
  int         kind, contract;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, _ ("expected %s, found %s"),
                   _ ("an object"), describe_node (node));

  object = json_node_get_object (node);

  if (!read_string (reader, object, path, "id", TRUE, &id) ||
      !read_enum (reader, object, path, "kind", BUNTAN_TYPE_PARTY_KIND, _ ("kind of party"), TRUE,
                  BUNTAN_PARTY_KIND_VENDOR, &kind) ||
      !read_string (reader, object, path, "name", TRUE, &name) ||
      !read_string (reader, object, path, "service", FALSE, &service) ||
      !read_enum (reader, object, path, "contract", BUNTAN_TYPE_CONTRACT_KIND,
                  _ ("kind of contract"), FALSE, BUNTAN_CONTRACT_KIND_OTHER, &contract) ||
      !read_string (reader, object, path, "contact", FALSE, &contact) ||
      !read_string (reader, object, path, "emergency_contact", FALSE, &emergency) ||
      !read_date (reader, object, path, "renewal_date", &renewal) ||
      !read_date (reader, object, path, "service_spec_received", &service_spec) ||
      !read_date (reader, object, path, "mds_sds_received", &mds_sds) ||
      !read_date (reader, object, path, "cyber_checklist_received", &cyber_checklist) ||
      !read_string (reader, object, path, "note", FALSE, &note))
    return FALSE;

  if (*id == '\0' || g_strcmp0 (id, BUNTAN_OWNER_JOINT) == 0)
    {
      g_autofree char *where = member_path (path, "id");

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, where,
                     _ ("“%s” cannot be a party id (it must not be empty or “joint”)"), id);
    }

  if (!g_hash_table_add (party_ids, (gpointer) id))
    {
      g_autofree char *where = member_path (path, "id");

      return refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, where,
                     _ ("the party id “%s” is used twice; every party needs its own id"), id);
    }

  if (kind == BUNTAN_PARTY_KIND_HOSPITAL && ++(*n_hospitals) > 1)
    {
      g_autofree char *where = member_path (path, "kind");

      return refuse (reader, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT, where,
                     _ ("a second hospital; a project has exactly one hospital party"));
    }

  party = buntan_party_new (id, kind, name);
  buntan_party_set_service (party, service);
  buntan_party_set_contract (party, contract);
  buntan_party_set_contact (party, contact);
  buntan_party_set_emergency_contact (party, emergency);
  buntan_party_set_renewal_date (party, renewal);
  buntan_party_set_service_spec_received (party, service_spec);
  buntan_party_set_mds_sds_received (party, mds_sds);
  buntan_party_set_cyber_checklist_received (party, cyber_checklist);
  buntan_party_set_note (party, note);

  extra = collect_unknown_members (object, party_members);
  _buntan_party_set_extra (party, extra);
  _buntan_project_append_party (project, party);

  return TRUE;
}

static gboolean
read_first_check (Reader            *reader,
                  JsonObject        *object,
                  const char        *path,
                  BuntanCheckResult *result,
                  const char       **date)
{
  g_autofree char *check_path = member_path (path, "first_check");
  JsonNode        *node;
  int              value;

  *result = BUNTAN_CHECK_RESULT_UNSET;
  *date = NULL;

  if (!lookup_member (reader, object, path, "first_check", JSON_NODE_OBJECT, G_TYPE_INVALID,
                      _ ("an object"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  if (!read_enum (reader, json_node_get_object (node), check_path, "result",
                  BUNTAN_TYPE_CHECK_RESULT, _ ("first check result"), FALSE,
                  BUNTAN_CHECK_RESULT_UNSET, &value) ||
      !read_date (reader, json_node_get_object (node), check_path, "date", date))
    return FALSE;

  *result = value;
  return TRUE;
}

static gboolean
check_party_reference (Reader *reader, GHashTable *party_ids, const char *where, const char *id)
{
  if (g_hash_table_contains (party_ids, id))
    return TRUE;

  return refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, where,
                 _ ("“%s” names no party of this project"), id);
}

static gboolean
read_item (Reader        *reader,
           BuntanProject *project,
           JsonNode      *node,
           guint          index,
           GHashTable    *party_ids,
           GHashTable    *item_ids)
{
  g_autofree char *path = g_strdup_printf ("items[%u]", index);
  g_autoptr (BuntanItem) item = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) references = NULL;
  g_auto (GStrv) participants = NULL;
  JsonObject       *object;
  JsonNode         *part_node, *custom_node;
  const char       *id, *section, *section_title, *number, *title, *content, *risk, *recommended;
  const char       *owner, *check_date, *completed, *clause, *note;
  BuntanCheckResult check;
  gint64            part;
  int               status;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, _ ("expected %s, found %s"),
                   _ ("an object"), describe_node (node));

  object = json_node_get_object (node);

  if (!read_string (reader, object, path, "id", TRUE, &id))
    return FALSE;

  part_node = json_object_get_member (object, "part");
  if (part_node == NULL)
    return refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path,
                   _ ("the required member “%s” is missing"), "part");

  part = (JSON_NODE_HOLDS_VALUE (part_node) && json_node_get_value_type (part_node) == G_TYPE_INT64)
           ? json_node_get_int (part_node)
           : 0;
  if (part != 1 && part != 2)
    {
      g_autofree char *where = member_path (path, "part");

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_PART, where, _ ("the part must be 1 or 2"));
    }

  if (!read_string (reader, object, path, "section", TRUE, &section) ||
      !read_string (reader, object, path, "section_title", FALSE, &section_title) ||
      !read_string (reader, object, path, "number", TRUE, &number) ||
      !read_string (reader, object, path, "title", TRUE, &title) ||
      !read_string (reader, object, path, "content", FALSE, &content) ||
      !read_string (reader, object, path, "risk", FALSE, &risk) ||
      !read_string (reader, object, path, "recommended", FALSE, &recommended) ||
      !read_strings (reader, object, path, "references", &references) ||
      !lookup_member (reader, object, path, "custom", JSON_NODE_VALUE, G_TYPE_BOOLEAN,
                      _ ("true or false"), FALSE, &custom_node) ||
      !read_enum (reader, object, path, "status", BUNTAN_TYPE_ITEM_STATUS, _ ("status"), TRUE,
                  BUNTAN_ITEM_STATUS_OPEN, &status) ||
      !read_string (reader, object, path, "owner", FALSE, &owner) ||
      !read_strings (reader, object, path, "participants", &participants) ||
      !read_first_check (reader, object, path, &check, &check_date) ||
      !read_date (reader, object, path, "completed", &completed) ||
      !read_string (reader, object, path, "clause", FALSE, &clause) ||
      !read_string (reader, object, path, "note", FALSE, &note))
    return FALSE;

  if (*id == '\0')
    {
      g_autofree char *where = member_path (path, "id");

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, where, _ ("the item id is empty"));
    }

  if (!g_hash_table_add (item_ids, (gpointer) id))
    {
      g_autofree char *where = member_path (path, "id");

      return refuse (reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, where,
                     _ ("the item id “%s” is used twice; every item needs its own id"), id);
    }

  if (owner != NULL && *owner == '\0')
    owner = NULL;

  if (owner != NULL && g_strcmp0 (owner, BUNTAN_OWNER_JOINT) != 0)
    {
      g_autofree char *where = member_path (path, "owner");

      if (!check_party_reference (reader, party_ids, where, owner))
        return FALSE;
    }

  for (guint i = 0; participants[i] != NULL; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.participants[%u]", path, i);

      if (!check_party_reference (reader, party_ids, where, participants[i]))
        return FALSE;
    }

  item = buntan_item_new (id, (guint) part, section, number);
  buntan_item_set_section_title (item, section_title);
  buntan_item_set_title (item, title);
  buntan_item_set_content (item, content);
  buntan_item_set_risk (item, risk);
  buntan_item_set_recommended (item, recommended);
  buntan_item_set_references (item, (const char *const *) references);
  buntan_item_set_custom (item, custom_node != NULL && json_node_get_boolean (custom_node));
  buntan_item_set_status (item, status);
  buntan_item_set_owner (item, owner);
  buntan_item_set_participants (item, (const char *const *) participants);
  buntan_item_set_first_check (item, check);
  buntan_item_set_first_check_date (item, check_date);
  buntan_item_set_completed (item, completed);
  buntan_item_set_clause (item, clause);
  buntan_item_set_note (item, note);

  extra = collect_unknown_members (object, item_members);
  collect_unknown_members_of (&extra, object, "first_check", first_check_members);
  _buntan_item_set_extra (item, extra);
  _buntan_project_append_item (project, item);

  return TRUE;
}

static gboolean
read_version (Reader *reader, JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "version");
  gint64    version;

  if (node == NULL)
    return refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, NULL,
                   _ ("the required member “%s” is missing"), "version");

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VERSION, "version",
                   _ ("the format version must be a whole number, found %s"), describe_node (node));

  version = json_node_get_int (node);
  if (version < 1)
    return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VERSION, "version",
                   /* %lld, not G_GINT64_FORMAT: xgettext cannot see through that macro. */
                   _ ("%lld is not a format version"), (long long) version);

  if (version > BUNTAN_PROJECT_FORMAT_VERSION)
    return refuse (reader, BUNTAN_PROJECT_ERROR_NEWER_VERSION, "version",
                   _ ("this file was made by a newer Buntan (format version %lld; "
                      "this Buntan reads up to version %d); update Buntan to open it"),
                   (long long) version, BUNTAN_PROJECT_FORMAT_VERSION);

  return TRUE;
}

static gboolean
read_format (Reader *reader, JsonObject *root)
{
  const char *format;

  if (!json_object_has_member (root, "format"))
    return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_FORMAT, NULL,
                   _ ("this is not a Buntan project (it has no “format” member)"));

  if (!read_string (reader, root, "", "format", TRUE, &format))
    return FALSE;

  if (g_strcmp0 (format, "buntan-template") == 0)
    return refuse (reader, BUNTAN_PROJECT_ERROR_IS_TEMPLATE, "format",
                   _ ("this is a checklist template, not a project; "
                      "start a new project from it instead"));

  if (g_strcmp0 (format, "buntan-project") != 0)
    return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_FORMAT, "format",
                   _ ("“%s” is not a Buntan project format (expected “buntan-project”)"), format);

  return TRUE;
}

static gboolean
read_template (Reader *reader, BuntanProject *project, JsonObject *root)
{
  JsonNode   *node;
  const char *id = NULL, *version = NULL;

  if (!lookup_member (reader, root, "", "template", JSON_NODE_OBJECT, G_TYPE_INVALID,
                      _ ("an object"), FALSE, &node))
    return FALSE;

  if (node != NULL &&
      (!read_string (reader, json_node_get_object (node), "template", "id", FALSE, &id) ||
       !read_string (reader, json_node_get_object (node), "template", "version", FALSE, &version)))
    return FALSE;

  _buntan_project_set_template (project, id, version);
  return TRUE;
}

static gboolean
read_list (Reader *reader, JsonObject *root, const char *member, JsonArray **out)
{
  JsonNode *node;

  if (!lookup_member (reader, root, "", member, JSON_NODE_ARRAY, G_TYPE_INVALID, _ ("a list"), TRUE,
                      &node))
    return FALSE;

  *out = json_node_get_array (node);
  return TRUE;
}

/* Meetings: an optional list after the items, the decision log. */

static const char *const meeting_members[] = { "started", "ended", "attendees", "decisions", NULL };

static const char *const decision_members[] = { "time", "item", "field", "from", "to", NULL };


/* A decision may name an item that was deleted afterwards: the log keeps
 * what happened, so item ids are not checked against the items. */
static gboolean
read_decision (Reader        *reader,
               BuntanMeeting *meeting,
               JsonNode      *node,
               const char    *meeting_path,
               guint          index)
{
  g_autofree char *path = g_strdup_printf ("%s.decisions[%u]", meeting_path, index);
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *object;
  const char *time, *item, *field, *from, *to;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, _ ("expected %s, found %s"),
                   _ ("an object"), describe_node (node));

  object = json_node_get_object (node);
  if (!read_time (reader, object, path, "time", TRUE, &time) ||
      !read_string (reader, object, path, "item", TRUE, &item) ||
      !read_string (reader, object, path, "field", TRUE, &field) ||
      !read_string (reader, object, path, "from", FALSE, &from) ||
      !read_string (reader, object, path, "to", FALSE, &to))
    return FALSE;

  if (*item == '\0')
    {
      g_autofree char *where = member_path (path, "item");

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, where, _ ("the item id is empty"));
    }

  if (!buntan_decision_field_is_valid (field))
    {
      g_autofree char *where = member_path (path, "field");

      return refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, where,
                     _ ("“%s” is not a known %s; use one of: %s"), field, _ ("field of a decision"),
                     "status, owner, participants, first_check, first_check_date, completed, "
                     "clause, note");
    }

  buntan_meeting_add_decision (meeting, time, item, field, from, to);
  extra = collect_unknown_members (object, decision_members);
  _buntan_meeting_set_decision_extra (meeting, buntan_meeting_get_n_decisions (meeting) - 1, extra);

  return TRUE;
}

static gboolean
read_meeting (Reader *reader, BuntanProject *project, JsonNode *node, guint index)
{
  g_autofree char *path = g_strdup_printf ("meetings[%u]", index);
  g_autoptr (BuntanMeeting) meeting = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) attendees = NULL;
  JsonObject *object;
  JsonNode   *decisions;
  const char *started, *ended;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, _ ("expected %s, found %s"),
                   _ ("an object"), describe_node (node));

  object = json_node_get_object (node);
  if (!read_time (reader, object, path, "started", TRUE, &started) ||
      !read_time (reader, object, path, "ended", FALSE, &ended) ||
      !read_strings (reader, object, path, "attendees", &attendees) ||
      !lookup_member (reader, object, path, "decisions", JSON_NODE_ARRAY, G_TYPE_INVALID,
                      _ ("a list"), FALSE, &decisions))
    return FALSE;

  meeting = buntan_meeting_new (started, (const char *const *) attendees);
  buntan_meeting_set_ended (meeting, ended);

  for (guint i = 0;
       decisions != NULL && i < json_array_get_length (json_node_get_array (decisions)); i++)
    if (!read_decision (reader, meeting,
                        json_array_get_element (json_node_get_array (decisions), i), path, i))
      return FALSE;

  extra = collect_unknown_members (object, meeting_members);
  _buntan_meeting_set_extra (meeting, extra);
  _buntan_project_append_meeting (project, meeting);

  return TRUE;
}

static gboolean
read_meetings (Reader *reader, BuntanProject *project, JsonObject *root)
{
  JsonNode  *node;
  JsonArray *meetings;

  if (!lookup_member (reader, root, "", "meetings", JSON_NODE_ARRAY, G_TYPE_INVALID, _ ("a list"),
                      FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  meetings = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (meetings); i++)
    if (!read_meeting (reader, project, json_array_get_element (meetings, i), i))
      return FALSE;

  return TRUE;
}

BuntanProject *
_buntan_project_read (GBytes *bytes, const char *display_name, GError **error)
{
  Reader reader = { display_name, error };
  g_autoptr (JsonNode) root_node = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GHashTable) party_ids = NULL;
  g_autoptr (GHashTable) item_ids = NULL;
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *root;
  JsonArray  *parties, *items;
  const char *title, *organization, *created, *modified;
  guint       n_hospitals = 0;

  root_node = _buntan_parse_json (bytes, display_name, error);
  if (root_node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      refuse (&reader, BUNTAN_PROJECT_ERROR_NOT_OBJECT, NULL,
              _ ("this is not a Buntan project: the file holds %s, not an object"),
              describe_node (root_node));
      return NULL;
    }

  root = json_node_get_object (root_node);
  project = g_object_new (BUNTAN_TYPE_PROJECT, NULL);

  if (!read_format (&reader, root) || !read_version (&reader, root) ||
      !read_string (&reader, root, "", "title", TRUE, &title) ||
      !read_string (&reader, root, "", "organization", FALSE, &organization) ||
      !read_date_time (&reader, root, "created", &created) ||
      !read_date_time (&reader, root, "modified", &modified) ||
      !read_template (&reader, project, root) || !read_list (&reader, root, "parties", &parties) ||
      !read_list (&reader, root, "items", &items))
    return NULL;

  buntan_project_set_title (project, title);
  buntan_project_set_organization (project, organization);
  _buntan_project_set_times (project, created, modified);

  party_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (parties); i++)
    if (!read_party (&reader, project, json_array_get_element (parties, i), i, party_ids,
                     &n_hospitals))
      return NULL;

  if (n_hospitals == 0)
    {
      refuse (&reader, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT, "parties",
              _ ("there is no hospital; exactly one party must have the kind “hospital”"));
      return NULL;
    }

  item_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (items); i++)
    if (!read_item (&reader, project, json_array_get_element (items, i), i, party_ids, item_ids))
      return NULL;

  if (!read_meetings (&reader, project, root))
    return NULL;

  extra = collect_unknown_members (root, project_members);
  collect_unknown_members_of (&extra, root, "template", template_members);
  _buntan_project_set_extra (project, extra);
  buntan_history_clear (buntan_project_get_history (project));
  buntan_project_set_is_modified (project, FALSE);

  return g_steal_pointer (&project);
}

/* Writing */

static void
add_string (JsonBuilder *builder, const char *member, const char *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_optional_string (JsonBuilder *builder, const char *member, const char *value)
{
  if (value != NULL)
    add_string (builder, member, value);
}

static void
add_strings (JsonBuilder *builder, const char *member, const char *const *values)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* Known names in @extra hold the unknown members inside that known member:
 * those are written there, see unknown_members_of(). */
static void
add_unknown_members (JsonBuilder *builder, JsonObject *extra, const char *const *known)
{
  g_autoptr (GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (extra, l->data)));
    }
}

static JsonObject *
unknown_members_of (JsonObject *extra, const char *member)
{
  JsonNode *node = extra != NULL ? json_object_get_member (extra, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static void
add_party (JsonBuilder *builder, gpointer object)
{
  BuntanParty *party = object;

  json_builder_begin_object (builder);
  add_string (builder, "id", buntan_party_get_id (party));
  add_string (builder, "kind", buntan_party_is_hospital (party) ? "hospital" : "vendor");
  add_string (builder, "name", buntan_party_get_name (party));
  add_string (builder, "service", buntan_party_get_service (party));
  add_string (builder, "contract",
              buntan_contract_kind_to_string (buntan_party_get_contract (party)));
  add_string (builder, "contact", buntan_party_get_contact (party));
  add_string (builder, "emergency_contact", buntan_party_get_emergency_contact (party));
  add_optional_string (builder, "renewal_date", buntan_party_get_renewal_date (party));
  add_optional_string (builder, "service_spec_received",
                       buntan_party_get_service_spec_received (party));
  add_optional_string (builder, "mds_sds_received", buntan_party_get_mds_sds_received (party));
  add_optional_string (builder, "cyber_checklist_received",
                       buntan_party_get_cyber_checklist_received (party));
  add_string (builder, "note", buntan_party_get_note (party));
  add_unknown_members (builder, _buntan_party_get_extra (party), party_members);
  json_builder_end_object (builder);
}

static void
add_item (JsonBuilder *builder, gpointer object)
{
  BuntanItem *item = object;

  json_builder_begin_object (builder);
  add_string (builder, "id", buntan_item_get_id (item));
  json_builder_set_member_name (builder, "part");
  json_builder_add_int_value (builder, buntan_item_get_part (item));
  add_string (builder, "section", buntan_item_get_section (item));
  add_string (builder, "section_title", buntan_item_get_section_title (item));
  add_string (builder, "number", buntan_item_get_number (item));
  add_string (builder, "title", buntan_item_get_title (item));
  add_string (builder, "content", buntan_item_get_content (item));
  add_string (builder, "risk", buntan_item_get_risk (item));
  add_string (builder, "recommended", buntan_item_get_recommended (item));
  add_strings (builder, "references", buntan_item_get_references (item));
  if (buntan_item_get_custom (item))
    {
      json_builder_set_member_name (builder, "custom");
      json_builder_add_boolean_value (builder, TRUE);
    }
  add_string (builder, "status", buntan_item_status_to_string (buntan_item_get_status (item)));
  json_builder_set_member_name (builder, "owner");
  if (buntan_item_get_owner (item) != NULL)
    json_builder_add_string_value (builder, buntan_item_get_owner (item));
  else
    json_builder_add_null_value (builder);
  add_strings (builder, "participants", buntan_item_get_participants (item));
  json_builder_set_member_name (builder, "first_check");
  json_builder_begin_object (builder);
  add_string (builder, "result",
              buntan_check_result_to_string (buntan_item_get_first_check (item)));
  add_optional_string (builder, "date", buntan_item_get_first_check_date (item));
  add_unknown_members (builder, unknown_members_of (_buntan_item_get_extra (item), "first_check"),
                       first_check_members);
  json_builder_end_object (builder);
  add_optional_string (builder, "completed", buntan_item_get_completed (item));
  add_string (builder, "clause", buntan_item_get_clause (item));
  add_string (builder, "note", buntan_item_get_note (item));
  add_unknown_members (builder, _buntan_item_get_extra (item), item_members);
  json_builder_end_object (builder);
}

static void
add_objects (JsonBuilder *builder,
             const char  *member,
             GListModel  *model,
             void (*add) (JsonBuilder *, gpointer))
{
  guint n = g_list_model_get_n_items (model);

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) object = g_list_model_get_item (model, i);

      add (builder, object);
    }
  json_builder_end_array (builder);
}

/* Only written when there are meetings, so files without any stay as they
 * were; and not for the fingerprint, which is about the negotiated state. */
static void
add_meetings (JsonBuilder *builder, BuntanProject *self, BuntanSaveFlags flags)
{
  GListModel *meetings;
  guint       n;

  if (flags & BUNTAN_SAVE_FLAGS_WITHOUT_TIMES)
    return;

  meetings = buntan_project_get_meetings (self);
  n = g_list_model_get_n_items (meetings);
  if (n == 0)
    return;

  json_builder_set_member_name (builder, "meetings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanMeeting) meeting = g_list_model_get_item (meetings, i);
      guint n_decisions = buntan_meeting_get_n_decisions (meeting);

      json_builder_begin_object (builder);
      add_string (builder, "started", buntan_meeting_get_started (meeting));
      add_optional_string (builder, "ended", buntan_meeting_get_ended (meeting));
      add_strings (builder, "attendees", buntan_meeting_get_attendees (meeting));
      json_builder_set_member_name (builder, "decisions");
      json_builder_begin_array (builder);
      for (guint d = 0; d < n_decisions; d++)
        {
          const BuntanDecision *decision = buntan_meeting_get_decision (meeting, d);
          const char           *values[] = { decision->from, decision->to };
          const char           *names[] = { "from", "to" };

          json_builder_begin_object (builder);
          add_string (builder, "time", decision->time);
          add_string (builder, "item", decision->item_id);
          add_string (builder, "field", decision->field);
          for (guint v = 0; v < G_N_ELEMENTS (values); v++)
            {
              json_builder_set_member_name (builder, names[v]);
              if (values[v] != NULL)
                json_builder_add_string_value (builder, values[v]);
              else
                json_builder_add_null_value (builder);
            }
          add_unknown_members (builder, _buntan_meeting_get_decision_extra (meeting, d),
                               decision_members);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      add_unknown_members (builder, _buntan_meeting_get_extra (meeting), meeting_members);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

char *
_buntan_project_write (BuntanProject  *self,
                       const char     *modified,
                       BuntanSaveFlags flags,
                       gsize          *length)
{
  g_autoptr (JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr (JsonNode) root = NULL;
  gboolean    with_times = !(flags & BUNTAN_SAVE_FLAGS_WITHOUT_TIMES);
  JsonObject *extra = _buntan_project_get_extra (self);
  JsonObject *template_extra = unknown_members_of (extra, "template");

  json_builder_begin_object (builder);
  add_string (builder, "format", "buntan-project");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, BUNTAN_PROJECT_FORMAT_VERSION);
  add_string (builder, "title", buntan_project_get_title (self));
  add_string (builder, "organization", buntan_project_get_organization (self));
  if (with_times)
    {
      add_optional_string (builder, "created", buntan_project_get_created (self));
      add_optional_string (builder, "modified", modified);
    }
  if (buntan_project_get_template_id (self) != NULL || template_extra != NULL)
    {
      json_builder_set_member_name (builder, "template");
      json_builder_begin_object (builder);
      add_optional_string (builder, "id", buntan_project_get_template_id (self));
      add_optional_string (builder, "version", buntan_project_get_template_version (self));
      add_unknown_members (builder, template_extra, template_members);
      json_builder_end_object (builder);
    }
  add_objects (builder, "parties", buntan_project_get_parties (self), add_party);
  add_objects (builder, "items", buntan_project_get_items (self), add_item);
  add_meetings (builder, self, flags);
  add_unknown_members (builder, extra, project_members);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return buntan_json_write (root, length);
}
