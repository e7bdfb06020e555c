/* buntan-template.c — a checklist template that new projects start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <glib/gi18n-lib.h>

#include "buntan-project-private.h"

#define TEMPLATES_PATH RESOURCE_PREFIX "/templates/"

struct _BuntanTemplate
{
  GObject parent_instance;

  char       *id;
  char       *version;
  char       *title;
  char       *notice;
  GListStore *items;
  /* "1:A" → section title */
  GHashTable *section_titles;
};

G_DEFINE_FINAL_TYPE (BuntanTemplate, buntan_template, G_TYPE_OBJECT)
G_DEFINE_QUARK (buntan - template - error - quark, buntan_template_error)

static void
buntan_template_finalize (GObject *object)
{
  BuntanTemplate *self = (BuntanTemplate *) object;

  g_free (self->id);
  g_free (self->version);
  g_free (self->title);
  g_free (self->notice);
  g_clear_object (&self->items);
  g_clear_pointer (&self->section_titles, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_template_parent_class)->finalize (object);
}

static void
buntan_template_class_init (BuntanTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buntan_template_finalize;
}

static void
buntan_template_init (BuntanTemplate *self)
{
  self->items = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->section_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static char *
section_key (guint part, const char *section)
{
  return g_strdup_printf ("%u:%s", part, section);
}

static gboolean G_GNUC_PRINTF (3, 4)
  refuse (GError **error, const char *display_name, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID, "%s: %s", display_name,
               what);
  return FALSE;
}

static const char *
member_string (JsonObject *object, const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static guint
member_part (JsonObject *object)
{
  JsonNode *node = json_object_get_member (object, "part");

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;

  return (guint) CLAMP (json_node_get_int (node), 0, 3);
}

static JsonArray *
member_array (JsonObject *object, const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
read_sections (BuntanTemplate *self, JsonArray *sections, const char *display_name, GError **error)
{
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonNode   *node = json_array_get_element (sections, i);
      JsonObject *section;
      const char *code, *title;
      guint       part;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse (error, display_name, _ ("sections[%u]: expected an object"), i);

      section = json_node_get_object (node);
      code = member_string (section, "code");
      title = member_string (section, "title");
      part = member_part (section);
      if (code == NULL || title == NULL || (part != 1 && part != 2))
        return refuse (error, display_name,
                       _ ("sections[%u]: a section needs a part (1 or 2), a code and a title"), i);

      g_hash_table_insert (self->section_titles, section_key (part, code), g_strdup (title));
    }

  return TRUE;
}

static gboolean
read_items (BuntanTemplate *self, JsonArray *items, const char *display_name, GError **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      g_autoptr (BuntanItem) item = NULL;
      g_autoptr (GStrvBuilder) references = g_strv_builder_new ();
      g_auto (GStrv) reference_list = NULL;
      g_autofree char *key = NULL;
      JsonObject      *object;
      JsonArray       *reference_array;
      const char      *id, *section, *number, *title, *section_title;
      guint            part;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return refuse (error, display_name, _ ("items[%u]: expected an object"), i);

      object = json_node_get_object (node);
      id = member_string (object, "id");
      section = member_string (object, "section");
      number = member_string (object, "number");
      title = member_string (object, "title");
      part = member_part (object);

      if (id == NULL || section == NULL || number == NULL || title == NULL ||
          (part != 1 && part != 2))
        return refuse (error, display_name,
                       _ ("items[%u]: an item needs an id, a part (1 or 2), a section, "
                          "a number and a title"),
                       i);

      if (!g_hash_table_add (ids, (gpointer) id))
        return refuse (error, display_name, _ ("items[%u].id: “%s” is used twice"), i, id);

      key = section_key (part, section);
      section_title = g_hash_table_lookup (self->section_titles, key);
      if (section_title == NULL)
        return refuse (error, display_name, _ ("items[%u].section: Part %u has no section “%s”"), i,
                       part, section);

      reference_array = member_array (object, "references");
      for (guint r = 0; reference_array != NULL && r < json_array_get_length (reference_array); r++)
        {
          const char *reference = json_array_get_string_element (reference_array, r);

          if (reference != NULL)
            g_strv_builder_add (references, reference);
        }
      reference_list = g_strv_builder_end (references);

      item = buntan_item_new (id, part, section, number);
      buntan_item_set_section_title (item, section_title);
      buntan_item_set_title (item, title);
      buntan_item_set_content (item, member_string (object, "content"));
      buntan_item_set_risk (item, member_string (object, "risk"));
      buntan_item_set_recommended (item, member_string (object, "recommended"));
      buntan_item_set_references (item, (const char *const *) reference_list);
      g_list_store_append (self->items, item);
    }

  return TRUE;
}

/**
 * buntan_template_new_from_bytes:
 * @bytes: the contents of a template file (format "buntan-template")
 * @display_name: how to name the file in error messages
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the template
 */
BuntanTemplate *
buntan_template_new_from_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_autoptr (BuntanTemplate) self = NULL;
  g_autoptr (JsonNode) root_node = NULL;
  JsonObject *root;
  JsonArray  *sections, *items;
  const char *format;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  root_node = _buntan_parse_json (bytes, display_name, error);
  if (root_node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      refuse (error, display_name, _ ("a template must be a JSON object"));
      return NULL;
    }

  root = json_node_get_object (root_node);
  format = member_string (root, "format");
  if (g_strcmp0 (format, "buntan-template") != 0)
    {
      refuse (error, display_name, _ ("format: this is not a Buntan checklist template"));
      return NULL;
    }

  self = g_object_new (BUNTAN_TYPE_TEMPLATE, NULL);
  self->id = g_strdup (member_string (root, "id"));
  self->version = g_strdup (member_string (root, "template_version"));
  self->title = g_strdup (member_string (root, "title"));
  self->notice = g_strdup (member_string (root, "notice"));
  sections = member_array (root, "sections");
  items = member_array (root, "items");

  if (self->id == NULL || self->version == NULL || self->title == NULL || sections == NULL ||
      items == NULL)
    {
      refuse (error, display_name,
              _ ("a template needs an id, a template_version, a title, sections and items"));
      return NULL;
    }

  if (!read_sections (self, sections, display_name, error) ||
      !read_items (self, items, display_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

static int
compare_names (gconstpointer a, gconstpointer b, gpointer user_data)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/**
 * buntan_template_list_bundled:
 *
 * Returns: (transfer full) (element-type BuntanTemplate): every template
 *   shipped in the resources, in name order
 */
GPtrArray *
buntan_template_list_bundled (void)
{
  GPtrArray *templates = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto (GStrv) names = NULL;

  buntan_core_init ();

  names = g_resources_enumerate_children (TEMPLATES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    return templates;

  g_qsort_with_data (names, (gint) g_strv_length (names), sizeof (char *), compare_names, NULL);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (TEMPLATES_PATH, names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr (GError) error = NULL;
      BuntanTemplate *template;

      template = buntan_template_new_from_bytes (bytes, names[i], &error);
      if (template == NULL)
        {
          /* A broken bundled template is our bug; the tests catch it. */
          g_warning ("%s", error->message);
          continue;
        }
      g_ptr_array_add (templates, template);
    }

  return templates;
}

/**
 * buntan_template_lookup:
 * @id: a template id, e.g. #BUNTAN_DEFAULT_TEMPLATE_ID
 * @error: return location for a #BUNTAN_TEMPLATE_ERROR_NOT_FOUND
 *
 * Returns: (transfer full) (nullable): the bundled template with that id
 */
BuntanTemplate *
buntan_template_lookup (const char *id, GError **error)
{
  g_autoptr (GPtrArray) templates = buntan_template_list_bundled ();

  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < templates->len; i++)
    {
      BuntanTemplate *template = g_ptr_array_index (templates, i);

      if (g_strcmp0 (template->id, id) == 0)
        return g_object_ref (template);
    }

  g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_NOT_FOUND,
               _ ("There is no checklist template “%s”"), id);
  return NULL;
}

const char *
buntan_template_get_id (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return self->id;
}

const char *
buntan_template_get_version (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return self->version;
}

const char *
buntan_template_get_title (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return self->title;
}

const char *
buntan_template_get_notice (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return self->notice;
}

/**
 * buntan_template_get_items:
 * @self: a template
 *
 * Returns: (transfer none): a #GListModel of #BuntanItem (not to be edited)
 */
GListModel *
buntan_template_get_items (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return G_LIST_MODEL (self->items);
}

const char *
buntan_template_get_section_title (BuntanTemplate *self, guint part, const char *section)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  key = section_key (part, section);
  return g_hash_table_lookup (self->section_titles, key);
}
