/* buntan-template.c — a checklist template that new projects start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-checklist-library.h"
#include "buntan-json-reader.h"
#include "buntan-project-private.h"
#include "buntan-template-private.h"

#define TEMPLATES_PATH RESOURCE_PREFIX "/templates/"
/* Earlier versions of the bundled templates, kept out of TEMPLATES_PATH so
 * that lookups and New project see only the current one. */
#define PREVIOUS_TEMPLATES_PATH RESOURCE_PREFIX "/previous-templates/"

struct _BuntanTemplate
{
  GObject parent_instance;

  char *id;
  char *version;
  char *title;
  char *notice;
  /* Where an installed checklist was read from; NULL for a bundled one. */
  GFile      *file;
  GListStore *items;
  /* "1:A" → section title */
  GHashTable *section_titles;
  /* ids of items an earlier version had, in the file's order, and why they went */
  GStrv       retired_ids;
  GHashTable *retired_reasons;
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
  g_clear_object (&self->file);
  g_clear_object (&self->items);
  g_clear_pointer (&self->section_titles, g_hash_table_unref);
  g_clear_pointer (&self->retired_ids, g_strfreev);
  g_clear_pointer (&self->retired_reasons, g_hash_table_unref);

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
  self->retired_reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static char *
section_key (guint part, const char *section)
{
  return g_strdup_printf ("%u:%s", part, section);
}

static gboolean
read_sections (BuntanTemplate *self, BuntanJsonReader *reader, JsonArray *sections)
{
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      g_autofree char *path = g_strdup_printf ("sections[%u]", i);
      JsonObject      *section;
      const char      *code, *title;
      guint            part;

      if (!buntan_json_reader_get_object (reader, json_array_get_element (sections, i), path,
                                          &section) ||
          !buntan_json_reader_get_part (reader, section, path, &part) ||
          !buntan_json_reader_get_string (reader, section, path, "code", TRUE, &code) ||
          !buntan_json_reader_get_string (reader, section, path, "title", TRUE, &title))
        return FALSE;

      if (!buntan_template_section_code_is_valid (code))
        return buntan_json_reader_refuse (reader, BUNTAN_TEMPLATE_ERROR_INVALID, path, "code",
                                          _ ("the section code “%s” must be letters a–z or "
                                             "digits, as in “A”"),
                                          code);

      g_hash_table_insert (self->section_titles, section_key (part, code), g_strdup (title));
    }

  return TRUE;
}

static gboolean
read_item (BuntanTemplate *self, BuntanJsonReader *reader, JsonNode *node, GHashTable *ids)
{
  g_autoptr (BuntanItem) item = NULL;
  g_auto (GStrv) references = NULL;
  g_auto (GStrv) applies_to = NULL;
  g_autofree char *key = NULL;
  JsonObject      *object;
  const char      *id, *section, *number, *title, *section_title, *content, *risk, *recommended;
  const char      *official_ref, *owner;
  guint            part;

  if (!buntan_json_reader_get_object (reader, node, "", &object) ||
      !buntan_json_reader_get_string (reader, object, "", "id", TRUE, &id))
    return FALSE;

  if (*id == '\0')
    return buntan_json_reader_refuse (reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "id",
                                      _ ("the item id is empty"));

  if (!buntan_template_item_id_is_valid (id))
    return buntan_json_reader_refuse (reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "id",
                                      _ ("the item id “%s” must look like “P2-A-4”: P, the "
                                         "part, the section code and a number"),
                                      id);

  if (!g_hash_table_add (ids, (gpointer) id))
    return buntan_json_reader_refuse (
      reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "id",
      _ ("the item id “%s” is used twice; every item needs its own id"), id);

  buntan_json_reader_set_item_id (reader, id);

  if (!buntan_json_reader_get_part (reader, object, "", &part) ||
      !buntan_json_reader_get_string (reader, object, "", "section", TRUE, &section) ||
      !buntan_json_reader_get_string (reader, object, "", "number", TRUE, &number) ||
      !buntan_json_reader_get_string (reader, object, "", "title", TRUE, &title) ||
      !buntan_json_reader_get_string (reader, object, "", "content", FALSE, &content) ||
      !buntan_json_reader_get_string (reader, object, "", "risk", FALSE, &risk) ||
      !buntan_json_reader_get_string (reader, object, "", "recommended", FALSE, &recommended) ||
      !buntan_json_reader_get_string (reader, object, "", "official_ref", FALSE, &official_ref) ||
      !buntan_json_reader_get_string (reader, object, "", "owner", FALSE, &owner) ||
      !buntan_json_reader_get_strings (reader, object, "", "references", &references) ||
      !buntan_json_reader_get_nicks (reader, object, "", "applies_to", BUNTAN_TYPE_CONTRACT_KIND,
                                     _ ("kind of contract"),
                                     "development, maintenance, cloud, other", &applies_to))
    return FALSE;

  /* A template knows no vendor: only the owners that name none (a vendor
   * sheet whose items every vendor answers for its own systems is "each"). */
  if (owner != NULL && g_strcmp0 (owner, BUNTAN_OWNER_EACH) != 0 &&
      g_strcmp0 (owner, BUNTAN_OWNER_JOINT) != 0 && g_strcmp0 (owner, BUNTAN_HOSPITAL_ID) != 0)
    return buntan_json_reader_refuse (reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "owner",
                                      _ ("the owner “%s” is not one of each, joint, hospital"),
                                      owner);

  key = section_key (part, section);
  section_title = g_hash_table_lookup (self->section_titles, key);
  if (section_title == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "section",
                                      _ ("Part %u has no section “%s”"), part, section);

  item = buntan_item_new (id, part, section, number);
  buntan_item_set_section_title (item, section_title);
  buntan_item_set_title (item, title);
  buntan_item_set_content (item, content);
  buntan_item_set_risk (item, risk);
  buntan_item_set_recommended (item, recommended);
  buntan_item_set_references (item, (const char *const *) references);
  buntan_item_set_applies_to (item, (const char *const *) applies_to);
  buntan_item_set_official_ref (item, official_ref);
  buntan_item_set_owner (item, owner);
  g_list_store_append (self->items, item);

  return TRUE;
}

static gboolean
read_items (BuntanTemplate *self, BuntanJsonReader *reader, JsonArray *items)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      buntan_json_reader_begin_item (reader, i);
      if (!read_item (self, reader, json_array_get_element (items, i), ids))
        return FALSE;
      buntan_json_reader_end_item (reader);
    }

  return TRUE;
}

static gboolean
item_id_is_used (BuntanTemplate *self, const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_strcmp0 (buntan_item_get_id (item), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Item ids are stable across versions: a retired id names what it named
 * before, for projects that still hold that item, and is never given to a new one. */
static gboolean
read_retired (BuntanTemplate *self, BuntanJsonReader *reader, JsonArray *retired)
{
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; retired != NULL && i < json_array_get_length (retired); i++)
    {
      g_autofree char *path = g_strdup_printf ("retired[%u]", i);
      JsonObject      *entry;
      const char      *id, *reason;

      if (!buntan_json_reader_get_object (reader, json_array_get_element (retired, i), path,
                                          &entry) ||
          !buntan_json_reader_get_string (reader, entry, path, "id", TRUE, &id) ||
          !buntan_json_reader_get_string (reader, entry, path, "reason", TRUE, &reason))
        return FALSE;

      if (item_id_is_used (self, id))
        return buntan_json_reader_refuse (
          reader, BUNTAN_TEMPLATE_ERROR_INVALID, path, "id",
          _ ("the item id “%s” was retired and is used again; a retired id is never reused"), id);
      if (!g_hash_table_insert (self->retired_reasons, g_strdup (id), g_strdup (reason)))
        return buntan_json_reader_refuse (reader, BUNTAN_TEMPLATE_ERROR_INVALID, path, "id",
                                          _ ("the item id “%s” is retired twice"), id);
      g_strv_builder_add (ids, id);
    }

  self->retired_ids = g_strv_builder_end (ids);
  return TRUE;
}

/**
 * buntan_template_new_from_bytes:
 * @bytes: the contents of a template file (format "buntan-template")
 * @display_name: how to name the file in error messages
 * @error: return location for a #GError
 *
 * A template is read as strictly as a project, by the same reader: a broken
 * one is refused with the file, the place and the reason.
 *
 * Returns: (transfer full) (nullable): the template
 */
BuntanTemplate *
buntan_template_new_from_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_autoptr (BuntanTemplate) self = NULL;
  g_autoptr (JsonNode) root_node = NULL;
  BuntanJsonReader reader;
  JsonObject      *root;
  JsonArray       *sections, *items, *retired;
  const char      *format, *id, *version, *title, *notice;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  buntan_json_reader_init (&reader, display_name, BUNTAN_TEMPLATE_ERROR,
                           BUNTAN_TEMPLATE_ERROR_INVALID, error);
  root_node = buntan_json_reader_parse (&reader, bytes);
  if (root_node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      buntan_json_reader_refuse (&reader, BUNTAN_TEMPLATE_ERROR_INVALID, NULL, NULL,
                                 _ ("this is not a checklist template: the file holds %s, "
                                    "not an object"),
                                 buntan_json_describe_node (root_node));
      return NULL;
    }

  root = json_node_get_object (root_node);
  if (!buntan_json_reader_get_string (&reader, root, "", "format", TRUE, &format))
    return NULL;

  if (g_strcmp0 (format, "buntan-template") != 0)
    {
      buntan_json_reader_refuse (&reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "format",
                                 _ ("this is not a Buntan checklist template"));
      return NULL;
    }

  if (!buntan_json_reader_get_string (&reader, root, "", "id", TRUE, &id) ||
      !buntan_json_reader_get_string (&reader, root, "", "template_version", TRUE, &version) ||
      !buntan_json_reader_get_string (&reader, root, "", "title", TRUE, &title) ||
      !buntan_json_reader_get_string (&reader, root, "", "notice", FALSE, &notice) ||
      !buntan_json_reader_get_array (&reader, root, "", "sections", TRUE, &sections) ||
      !buntan_json_reader_get_array (&reader, root, "", "items", TRUE, &items) ||
      !buntan_json_reader_get_array (&reader, root, "", "retired", FALSE, &retired))
    return NULL;

  /* New Project and `buntan-cli checklists` show checklists by their title. */
  if (*title == '\0')
    {
      buntan_json_reader_refuse (&reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "title",
                                 _ ("the checklist has no title"));
      return NULL;
    }

  /* Ids and versions name the installed files (checklist-library). */
  if (!buntan_template_id_is_valid (id))
    {
      buntan_json_reader_refuse (&reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "id",
                                 _ ("“%s” cannot be a checklist id: use letters, digits, “-”, "
                                    "“_” and “.”, starting with a letter or digit"),
                                 id);
      return NULL;
    }
  if (!buntan_template_id_is_valid (version))
    {
      buntan_json_reader_refuse (&reader, BUNTAN_TEMPLATE_ERROR_INVALID, "", "template_version",
                                 _ ("“%s” cannot be a checklist version: use letters, digits, "
                                    "“-”, “_” and “.”, starting with a letter or digit"),
                                 version);
      return NULL;
    }

  self = g_object_new (BUNTAN_TYPE_TEMPLATE, NULL);
  self->id = g_strdup (id);
  self->version = g_strdup (version);
  self->title = g_strdup (title);
  self->notice = g_strdup (notice);

  if (!read_sections (self, &reader, sections) || !read_items (self, &reader, items) ||
      !read_retired (self, &reader, retired))
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
 * Bundled and installed checklists are both looked at
 * (buntan_checklist_library_list()); of several versions, the newest wins.
 *
 * Returns: (transfer full) (nullable): the template with that id
 */
BuntanTemplate *
buntan_template_lookup (const char *id, GError **error)
{
  g_autoptr (GPtrArray) templates = buntan_checklist_library_list (NULL);
  BuntanTemplate *newest = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < templates->len; i++)
    {
      BuntanTemplate *template = g_ptr_array_index (templates, i);

      if (g_strcmp0 (template->id, id) == 0 &&
          (newest == NULL ||
           buntan_template_compare_versions (template->version, newest->version) > 0))
        newest = template;
    }

  if (newest != NULL)
    return g_object_ref (newest);

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

/**
 * buntan_template_lookup_version:
 * @id: a template id, e.g. #BUNTAN_DEFAULT_TEMPLATE_ID
 * @version: a template version, e.g. "2024.06-1"
 * @error: return location for a #BUNTAN_TEMPLATE_ERROR_NOT_FOUND
 *
 * The bundled template @id as it was in @version: the current one, or an
 * earlier version kept so that a project made from it can be compared with
 * the current one.
 *
 * Returns: (transfer full) (nullable): the template
 */
BuntanTemplate *
buntan_template_lookup_version (const char *id, const char *version, GError **error)
{
  g_autoptr (BuntanTemplate) current = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (version != NULL, NULL);

  current = buntan_template_lookup (id, error);
  if (current == NULL)
    return NULL;
  if (g_strcmp0 (current->version, version) == 0)
    return g_steal_pointer (&current);

  name = g_strdup_printf ("%s-%s.json", id, version);
  path = g_strconcat (PREVIOUS_TEMPLATES_PATH, name, NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_NOT_FOUND,
                   _ ("There is no version %s of the checklist template “%s”"), version, id);
      return NULL;
    }

  return buntan_template_new_from_bytes (bytes, name, error);
}

/**
 * buntan_template_dup_title_for:
 * @id: (nullable): the checklist id a project records
 * @version: (nullable): the checklist version it records
 *
 * The checklist's own name, for a document's cover: from the checklist
 * the project was made from (that version, else the current one).
 *
 * Returns: (transfer full) (nullable): its title, or %NULL when no such
 *   checklist is at hand
 */
char *
buntan_template_dup_title_for (const char *id, const char *version)
{
  g_autoptr (BuntanTemplate) template = NULL;

  if (id == NULL)
    return NULL;
  if (version != NULL)
    template = buntan_template_lookup_version (id, version, NULL);
  if (template == NULL)
    template = buntan_template_lookup (id, NULL);

  return template != NULL ? g_strdup (template->title) : NULL;
}

/**
 * buntan_template_get_retired_ids:
 * @self: a template
 *
 * Returns: (transfer none): the ids of items that earlier versions had and
 *   this one has retired, never to be reused
 */
const char *const *
buntan_template_get_retired_ids (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return (const char *const *) self->retired_ids;
}

/**
 * buntan_template_get_retired_reason:
 * @self: a template
 * @id: an item id
 *
 * Returns: (nullable): why the item @id was retired, or %NULL when it was not
 */
const char *
buntan_template_get_retired_reason (BuntanTemplate *self, const char *id)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->retired_reasons, id);
}

/**
 * buntan_template_get_file:
 * @self: a template
 *
 * Returns: (transfer none) (nullable): the installed file it was read from,
 *   or %NULL for a checklist bundled with Buntan
 */
GFile *
buntan_template_get_file (BuntanTemplate *self)
{
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (self), NULL);

  return self->file;
}

void
_buntan_template_set_file (BuntanTemplate *self, GFile *file)
{
  g_return_if_fail (BUNTAN_IS_TEMPLATE (self));

  g_set_object (&self->file, file);
}

/**
 * buntan_template_id_is_valid:
 * @id: a checklist id or version
 *
 * Ids and versions become file names of installed checklists, so they
 * keep to ASCII letters, digits, “-”, “_” and “.”, start with a letter or
 * a digit and are at most 64 characters long.
 *
 * Returns: whether @id may name a checklist or its version
 */
gboolean
buntan_template_id_is_valid (const char *id)
{
  gsize length;

  g_return_val_if_fail (id != NULL, FALSE);

  length = strlen (id);
  if (length == 0 || length > 64 || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_' && id[i] != '.')
      return FALSE;
  return TRUE;
}

/**
 * buntan_template_section_code_is_valid:
 * @code: a section's code
 *
 * Codes are part of item ids, so they keep to ASCII letters and digits.
 *
 * Returns: whether @code may be a section's code
 */
gboolean
buntan_template_section_code_is_valid (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  if (*code == '\0' || strlen (code) > 16)
    return FALSE;
  for (const char *c = code; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c))
      return FALSE;
  return TRUE;
}

/**
 * buntan_template_item_id_is_valid:
 * @id: an item id
 *
 * Item ids have the shape of the bundled ones and of the items a user adds
 * in the window: P, the part, the section code and a number (“P2-A-4”).
 *
 * Returns: whether @id may be a checklist item's id
 */
gboolean
buntan_template_item_id_is_valid (const char *id)
{
  const char      *code, *dash;
  g_autofree char *section = NULL;

  g_return_val_if_fail (id != NULL, FALSE);

  if (id[0] != 'P' || (id[1] != '1' && id[1] != '2') || id[2] != '-')
    return FALSE;
  code = id + 3;
  dash = strchr (code, '-');
  if (dash == NULL || dash[1] == '\0')
    return FALSE;
  section = g_strndup (code, (gsize) (dash - code));
  if (!buntan_template_section_code_is_valid (section))
    return FALSE;
  for (const char *c = dash + 1; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  return TRUE;
}

/**
 * buntan_template_compare_versions:
 * @a: (nullable): a template version
 * @b: (nullable): another one
 *
 * Runs of digits compare as numbers, so "2024.10-1" is newer than
 * "2024.9-1" and "10" newer than "9"; everything else byte by byte. No
 * version (a project that records none) is older than any version.
 *
 * Returns: < 0 when @a is older than @b, 0 when equal, > 0 when newer
 */
int
buntan_template_compare_versions (const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  while (*a != '\0' && *b != '\0')
    {
      if (g_ascii_isdigit (*a) && g_ascii_isdigit (*b))
        {
          const char *end_a = a, *end_b = b;
          gsize       length_a, length_b;
          int         order;

          while (*a == '0' && g_ascii_isdigit (a[1]))
            a++;
          while (*b == '0' && g_ascii_isdigit (b[1]))
            b++;
          for (end_a = a; g_ascii_isdigit (*end_a); end_a++)
            ;
          for (end_b = b; g_ascii_isdigit (*end_b); end_b++)
            ;
          length_a = (gsize) (end_a - a);
          length_b = (gsize) (end_b - b);
          if (length_a != length_b)
            return length_a < length_b ? -1 : 1;
          order = strncmp (a, b, length_a);
          if (order != 0)
            return order < 0 ? -1 : 1;
          a = end_a;
          b = end_b;
        }
      else if (*a != *b)
        return (guchar) *a < (guchar) *b ? -1 : 1;
      else
        {
          a++;
          b++;
        }
    }

  return *a == *b ? 0 : (*a == '\0' ? -1 : 1);
}
