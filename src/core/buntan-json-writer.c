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

/* Streaming: the same text written as it is produced, for the project
 * file, with no tree built first (json-glib's builder costs more than the
 * writing itself). */

struct _BuntanJsonStream
{
  GString *out;
  GArray  *counts; /* elements written so far in each open container */
  gboolean after_name;
};

BuntanJsonStream *
buntan_json_stream_new (void)
{
  BuntanJsonStream *self = g_new0 (BuntanJsonStream, 1);

  self->out = g_string_sized_new (4096);
  self->counts = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
buntan_json_stream_free (BuntanJsonStream *self)
{
  if (self == NULL)
    return;

  g_string_free (self->out, TRUE);
  g_array_unref (self->counts);
  g_free (self);
}

/* Commas and indents as write_object() and write_array() put them. */
static void
begin_element (BuntanJsonStream *self)
{
  guint *count;

  if (self->after_name)
    {
      self->after_name = FALSE;
      return;
    }

  if (self->counts->len == 0)
    return;

  count = &g_array_index (self->counts, guint, self->counts->len - 1);
  if (*count > 0)
    g_string_append_c (self->out, ',');
  write_indent (self->out, self->counts->len);
  (*count)++;
}

static void
begin_container (BuntanJsonStream *self, char open)
{
  guint zero = 0;

  begin_element (self);
  g_string_append_c (self->out, open);
  g_array_append_val (self->counts, zero);
}

static void
end_container (BuntanJsonStream *self, char close)
{
  guint count;

  g_return_if_fail (self->counts->len > 0);

  count = g_array_index (self->counts, guint, self->counts->len - 1);
  g_array_set_size (self->counts, self->counts->len - 1);
  if (count > 0)
    write_indent (self->out, self->counts->len);
  g_string_append_c (self->out, close);
}

void
buntan_json_stream_begin_object (BuntanJsonStream *self)
{
  begin_container (self, '{');
}

void
buntan_json_stream_end_object (BuntanJsonStream *self)
{
  end_container (self, '}');
}

void
buntan_json_stream_begin_array (BuntanJsonStream *self)
{
  begin_container (self, '[');
}

void
buntan_json_stream_end_array (BuntanJsonStream *self)
{
  end_container (self, ']');
}

void
buntan_json_stream_set_member_name (BuntanJsonStream *self, const char *name)
{
  begin_element (self);
  write_string (self->out, name);
  g_string_append (self->out, ": ");
  self->after_name = TRUE;
}

void
buntan_json_stream_add_string_value (BuntanJsonStream *self, const char *value)
{
  begin_element (self);
  write_string (self->out, value);
}

void
buntan_json_stream_add_int_value (BuntanJsonStream *self, gint64 value)
{
  begin_element (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
buntan_json_stream_add_boolean_value (BuntanJsonStream *self, gboolean value)
{
  begin_element (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
buntan_json_stream_add_null_value (BuntanJsonStream *self)
{
  begin_element (self);
  g_string_append (self->out, "null");
}

/* A value kept from the file (an unknown member), written as it was read. */
void
buntan_json_stream_add_node (BuntanJsonStream *self, JsonNode *node)
{
  begin_element (self);
  write_node (self->out, node, self->counts->len);
}

/**
 * buntan_json_stream_end:
 * @self: a stream whose containers are all closed
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the text ending in a newline, as buntan_json_write()
 */
char *
buntan_json_stream_end (BuntanJsonStream *self, gsize *length)
{
  g_autoptr (GString) out = NULL;

  g_return_val_if_fail (self->counts->len == 0, NULL);

  g_string_append_c (self->out, '\n');
  out = g_steal_pointer (&self->out);
  self->out = g_string_new (NULL);
  if (length != NULL)
    *length = out->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
