/* buntan-json-writer.c — JSON text in the shape people diff well
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-json-writer.h"

/* json-glib's generator writes `"key" : value`; we write the layout most
 * tools use (two-space indents, `"key": value`, one array element a line,
 * UTF-8 left as it is) so that files diff cleanly whatever wrote them last. */

static void
write_node (GString *out, JsonNode *node, guint depth);

static void
write_indent (GString *out, guint depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
write_string (GString *out, const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      gsize  run = 0;

      /* Texts are mostly characters written as they are: copy each run at
       * once rather than a byte at a time. */
      while (p[run] != '\0' && (guchar) p[run] >= 0x20 && p[run] != '"' && p[run] != '\\')
        run++;
      if (run > 0)
        {
          g_string_append_len (out, p, (gssize) run);
          p += run - 1;
          continue;
        }

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_value (GString *out, JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64)
    {
      g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
    }
  else if (type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
    }
  else
    {
      write_string (out, json_node_get_string (node));
    }
}

static void
write_object (GString *out, JsonObject *object, guint depth)
{
  g_autoptr (GList) members = json_object_get_members (object);

  if (members == NULL)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '{');
  for (GList *l = members; l != NULL; l = l->next)
    {
      write_indent (out, depth + 1);
      write_string (out, l->data);
      g_string_append (out, ": ");
      write_node (out, json_object_get_member (object, l->data), depth + 1);
      if (l->next != NULL)
        g_string_append_c (out, ',');
    }
  write_indent (out, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString *out, JsonArray *array, guint depth)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    {
      g_string_append (out, "[]");
      return;
    }

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      write_indent (out, depth + 1);
      write_node (out, json_array_get_element (array, i), depth + 1);
      if (i + 1 < n)
        g_string_append_c (out, ',');
    }
  write_indent (out, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString *out, JsonNode *node, guint depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), depth);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

/**
 * buntan_json_write:
 * @root: a JSON tree
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): @root as pretty-printed text ending in a newline
 */
char *
buntan_json_write (JsonNode *root, gsize *length)
{
  GString *out = g_string_sized_new (4096);

  write_node (out, root, 0);
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}
