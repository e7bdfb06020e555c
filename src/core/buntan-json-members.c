/* buntan-json-members.c — the JSON reader's typed members: a member of the expected type, or a refusal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-core-private.h"
#include "buntan-json-reader-private.h"

const char *
buntan_json_describe_node (JsonNode *node)
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

/* Looks up a member of the expected node type. An absent or null optional
 * member gives NULL and TRUE. */
gboolean
buntan_json_reader_get_member (BuntanJsonReader *reader,
                               JsonObject       *object,
                               const char       *path,
                               const char       *member,
                               JsonNodeType      type,
                               GType             value_type,
                               const char       *expected,
                               gboolean          required,
                               JsonNode        **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;

      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                        _ ("the required key “%s” is missing"), member);
    }

  if (json_node_get_node_type (node) != type ||
      (type == JSON_NODE_VALUE && json_node_get_value_type (node) != value_type))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, member,
                                      _ ("expected %s, found %s"), expected,
                                      buntan_json_describe_node (node));

  *out = node;
  return TRUE;
}

gboolean
buntan_json_reader_get_object (BuntanJsonReader *reader,
                               JsonNode         *node,
                               const char       *path,
                               JsonObject      **out)
{
  *out = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
buntan_json_reader_get_string (BuntanJsonReader *reader,
                               JsonObject       *object,
                               const char       *path,
                               const char       *member,
                               gboolean          required,
                               const char      **out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_VALUE, G_TYPE_STRING,
                                      _ ("text"), required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_string (node) : NULL;
  return TRUE;
}

gboolean
buntan_json_reader_get_part (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             guint            *out)
{
  JsonNode *node = json_object_get_member (object, "part");
  gint64    part;

  if (node == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                      _ ("the required key “%s” is missing"), "part");

  part = (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
           ? json_node_get_int (node)
           : 0;
  if (part != 1 && part != 2)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_PART, path, "part",
                                      _ ("the part must be 1 or 2"));

  *out = (guint) part;
  return TRUE;
}

gboolean
buntan_json_reader_get_boolean (BuntanJsonReader *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *member,
                                gboolean         *out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_VALUE, G_TYPE_BOOLEAN,
                                      _ ("true or false"), FALSE, &node))
    return FALSE;

  *out = node != NULL && json_node_get_boolean (node);
  return TRUE;
}

gboolean
buntan_json_reader_get_date (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             gboolean          required,
                             const char      **out)
{
  if (!buntan_json_reader_get_string (reader, object, path, member, required, out))
    return FALSE;

  /* An empty date is no date: missing, where one is required. */
  if (*out != NULL && **out == '\0')
    *out = NULL;
  if (*out == NULL && required)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                      _ ("the required key “%s” is missing"), member);

  if (*out != NULL && !buntan_date_is_valid (*out))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_DATE, path, member,
      _ ("“%s” is not a real date; dates are written YYYY-MM-DD, e.g. 2026-04-01"), *out);

  return TRUE;
}

gboolean
buntan_json_reader_get_time (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             gboolean          required,
                             const char      **out)
{
  if (!buntan_json_reader_get_string (reader, object, path, member, required, out))
    return FALSE;

  if (*out != NULL && !buntan_date_time_is_valid (*out))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_DATE, path, member,
                                      _ ("“%s” is not a date and time with a time zone, "
                                         "e.g. 2026-04-01T09:30:00+09:00"),
                                      *out);

  return TRUE;
}

gboolean
buntan_json_reader_get_enum (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             GType             enum_type,
                             const char       *what,
                             gboolean          required,
                             int               fallback,
                             int              *out)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr (GString) allowed = NULL;
  const char *nick;
  GEnumValue *value;

  if (!buntan_json_reader_get_string (reader, object, path, member, required, &nick))
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

  /* TRANSLATORS: "“finished” is not a known status; use one of: open, discussing, …" */
  return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, member,
                                    _ ("“%s” is not a known %s; use one of: %s"), nick, what,
                                    allowed->str);
}

/* Reads a list of texts into a NULL-terminated vector; an absent list is empty. */
gboolean
buntan_json_reader_get_strings (BuntanJsonReader *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *member,
                                char           ***out)
{
  JsonNode  *node;
  JsonArray *array;
  guint      n = 0;
  char     **strings;

  *out = NULL;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list of texts"), FALSE, &node))
    return FALSE;

  array = node != NULL ? json_node_get_array (node) : NULL;
  if (array != NULL)
    n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", member, i);

          return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, where,
                                            _ ("expected %s, found %s"), _ ("text"),
                                            buntan_json_describe_node (element));
        }
    }

  strings = g_new (char *, n + 1);
  for (guint i = 0; i < n; i++)
    strings[i] = g_strdup (json_array_get_string_element (array, i));
  strings[n] = NULL;

  *out = strings;
  return TRUE;
}

/* A list of enum nicks (an item's applies_to): a wrong word is refused with
 * its place, naming @what and the @choices. */
gboolean
buntan_json_reader_get_nicks (BuntanJsonReader *reader,
                              JsonObject       *object,
                              const char       *path,
                              const char       *member,
                              GType             enum_type,
                              const char       *what,
                              const char       *choices,
                              char           ***out)
{
  g_autoptr (GEnumClass) klass = NULL;

  if (!buntan_json_reader_get_strings (reader, object, path, member, out))
    return FALSE;

  klass = g_type_class_ref (enum_type);
  for (guint i = 0; *out != NULL && (*out)[i] != NULL; i++)
    {
      g_autofree char *where = NULL;

      if (g_enum_get_value_by_nick (klass, (*out)[i]) != NULL)
        continue;

      where = g_strdup_printf ("%s[%u]", member, i);
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, where,
                                        _ ("“%s” is not a known %s; use one of: %s"), (*out)[i],
                                        what, choices);
    }

  return TRUE;
}

gboolean
buntan_json_reader_get_array (BuntanJsonReader *reader,
                              JsonObject       *object,
                              const char       *path,
                              const char       *member,
                              gboolean          required,
                              JsonArray       **out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_array (node) : NULL;
  return TRUE;
}

/* Everything this version does not know, kept in its original order. */
JsonObject *
buntan_json_collect_unknown_members (JsonObject *object, const char *const *known)
{
  g_autoptr (GList) members = NULL;
  JsonObject *extra = NULL;
  guint       n_known = g_strv_length ((char **) known);

  /* Most objects hold only known members: count first, so that they cost
   * no list of names at all. */
  if (json_object_get_size (object) <= n_known)
    {
      JsonObjectIter iter;
      const char    *name;
      JsonNode      *member;
      gboolean       all_known = TRUE;
      guint          next = 0;

      json_object_iter_init_ordered (&iter, object);
      while (all_known && json_object_iter_next_ordered (&iter, &name, &member))
        {
          /* Buntan writes the members in the order of @known: looking on
           * from the last one found, in file order, mostly finds the next
           * at once. */
          while (next < n_known && strcmp (known[next], name) != 0)
            next++;
          if (next < n_known)
            next++;
          else
            {
              all_known = g_strv_contains (known, name);
              next = 0;
            }
        }
      if (all_known)
        return NULL;
    }

  members = json_object_get_members (object);
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
void
buntan_json_collect_unknown_members_of (JsonObject       **extra,
                                        JsonObject        *object,
                                        const char        *member,
                                        const char *const *known)
{
  JsonNode   *node = json_object_get_member (object, member);
  JsonObject *inner;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  inner = buntan_json_collect_unknown_members (json_node_get_object (node), known);
  if (inner == NULL)
    return;

  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_object_member (*extra, member, inner);
}