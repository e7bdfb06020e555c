/* buntan-comparison.c — what changed between two projects, item by item and field by field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both projects are compared as the file writer writes them: each item's
 * and each party's canonical JSON object, member by member. A member the
 * format gains tomorrow is therefore compared without a line here, and the
 * comparison can never disagree with what a saved file holds.
 */

#include "config.h"

#include <string.h>

#include "buntan-comparison-private.h"
#include "buntan-json-writer.h"
#include "buntan-item.h"
#include "buntan-party.h"
#include "buntan-project.h"
#include "buntan-project-private.h"

struct _BuntanComparison
{
  GObject parent_instance;

  GListStore *changes;
};

G_DEFINE_FINAL_TYPE (BuntanComparison, buntan_comparison, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The keyed lists are compared on their own; the rest is history (meetings,
 * versions, rounds, questionnaires), identity or a merge's bookkeeping. */
const char *const _buntan_comparison_skipped_members[] = {
  "format", "version", "id",    "created",   "modified",       "meetings", "versions",
  "rounds", "parties", "items", "conflicts", "questionnaires", NULL,
};

/**
 * _buntan_project_dup_canonical_object:
 * @project: a project
 *
 * Returns: (transfer full): the project's top-level object exactly as a
 *   save would write it
 */
JsonObject *
_buntan_project_dup_canonical_object (BuntanProject *project)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *data = NULL;
  gsize            length = 0;
  JsonNode        *root;

  data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &length);
  /* The writer's own output: it always parses. */
  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL))
    g_assert_not_reached ();

  root = json_parser_get_root (parser);
  g_assert (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

static void
canonical_entry_free (BuntanCanonicalEntry *entry)
{
  g_free (entry->id);
  g_free (entry->text);
  g_clear_pointer (&entry->object, json_object_unref);
  g_free (entry);
}

static void
add_entries (GPtrArray *entries, GHashTable *index, GListModel *model, gboolean parties)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) object = g_list_model_get_item (model, i);
      BuntanCanonicalEntry *entry = g_new0 (BuntanCanonicalEntry, 1);

      entry->id = g_strdup (parties ? buntan_party_get_id (BUNTAN_PARTY (object))
                                    : buntan_item_get_id (BUNTAN_ITEM (object)));
      entry->text = _buntan_project_write_object (object, NULL);
      g_ptr_array_add (entries, entry);
      g_hash_table_insert (index, entry->id, entry);
    }
}

/**
 * _buntan_canonical_new:
 * @project: a project
 *
 * Writes the project as a save would, its parties and items one by one so
 * that equal ones are told equal by their text alone: parsing ten thousand
 * unchanged items would cost more than the comparison itself.
 *
 * Returns: (transfer full): the canonical form
 */
BuntanCanonical *
_buntan_canonical_new (BuntanProject *project)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *top = NULL;
  BuntanCanonical *self = g_new0 (BuntanCanonical, 1);
  gsize            length = 0;

  top =
    _buntan_project_write (project, buntan_project_get_modified (project),
                           BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME | _BUNTAN_SAVE_FLAGS_WITHOUT_LISTS,
                           &length);
  /* The writer's own output: it always parses. */
  if (!json_parser_load_from_data (parser, top, (gssize) length, NULL))
    g_assert_not_reached ();
  self->top = json_object_ref (json_node_get_object (json_parser_get_root (parser)));

  self->parties = g_ptr_array_new_with_free_func ((GDestroyNotify) canonical_entry_free);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) canonical_entry_free);
  self->party_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->item_index = g_hash_table_new (g_str_hash, g_str_equal);
  add_entries (self->parties, self->party_index, buntan_project_get_parties (project), TRUE);
  add_entries (self->items, self->item_index, buntan_project_get_items (project), FALSE);

  return self;
}

void
_buntan_canonical_free (BuntanCanonical *self)
{
  g_clear_pointer (&self->top, json_object_unref);
  g_clear_pointer (&self->party_index, g_hash_table_unref);
  g_clear_pointer (&self->item_index, g_hash_table_unref);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self);
}

JsonObject *
_buntan_canonical_entry_get_object (BuntanCanonicalEntry *entry)
{
  if (entry->object == NULL)
    {
      g_autoptr (JsonNode) node = json_from_string (entry->text, NULL);

      g_assert (node != NULL && JSON_NODE_HOLDS_OBJECT (node));
      entry->object = json_object_ref (json_node_get_object (node));
    }

  return entry->object;
}

/* The writer is deterministic: the same text is the same object. Different
 * texts may still hold equal values; callers compare those member by member. */
gboolean
_buntan_canonical_entries_equal (BuntanCanonicalEntry *a, BuntanCanonicalEntry *b)
{
  return g_strcmp0 (a->text, b->text) == 0;
}

gboolean
_buntan_json_values_equal (JsonNode *a, JsonNode *b)
{
  gboolean a_null = a == NULL || JSON_NODE_HOLDS_NULL (a);
  gboolean b_null = b == NULL || JSON_NODE_HOLDS_NULL (b);

  /* An absent member and a null one say the same: nothing. */
  if (a_null || b_null)
    return a_null && b_null;

  return json_node_equal (a, b);
}

static void
append_text (GString *text, const char *separator, JsonNode *node)
{
  g_autofree char *part = _buntan_json_value_dup_text (node);

  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, separator);
  g_string_append (text, part);
}

/**
 * _buntan_json_value_dup_text:
 * @node: (nullable): a value of the file format
 *
 * Returns: (transfer full) (nullable): the value as a person reads it: a
 *   string as it is, a list joined with commas, an object as "key: value"
 *   pairs; %NULL for nothing
 */
char *
_buntan_json_value_dup_text (JsonNode *node)
{
  GString *text;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (JSON_NODE_HOLDS_VALUE (node))
    {
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return g_strdup (json_node_get_string (node));
      return json_to_string (node, FALSE);
    }

  text = g_string_new (NULL);
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (element))
            {
              g_autofree char *part = _buntan_json_value_dup_text (element);

              if (text->len > 0)
                g_string_append (text, "; ");
              g_string_append_printf (text, "{%s}", part != NULL ? part : "");
            }
          else
            append_text (text, ", ", element);
        }
    }
  else
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr (GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          g_autofree char *part =
            _buntan_json_value_dup_text (json_object_get_member (object, l->data));

          if (part == NULL || *part == '\0')
            continue;
          if (text->len > 0)
            g_string_append (text, ", ");
          g_string_append_printf (text, "%s: %s", (const char *) l->data, part);
        }
    }

  return g_string_free (text, FALSE);
}

static void
add_change (BuntanComparison *self,
            BuntanChangeKind  kind,
            const char       *subject,
            const char       *field,
            JsonNode         *before,
            JsonNode         *after)
{
  g_autoptr (BuntanChange) change = _buntan_change_new (kind, subject, field, before, after);

  g_list_store_append (self->changes, change);
}

/* Every member of @before then every member only @after has, in the order
 * the writer wrote them, so changes read in the file's order. */
static void
compare_members (BuntanComparison  *self,
                 BuntanChangeKind   kind,
                 const char        *subject,
                 JsonObject        *before,
                 JsonObject        *after,
                 const char *const *skipped)
{
  g_autoptr (GList) before_members = json_object_get_members (before);
  g_autoptr (GList) after_members = json_object_get_members (after);

  for (GList *l = before_members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      JsonNode   *old_value = json_object_get_member (before, member);
      JsonNode   *new_value = json_object_get_member (after, member);

      if (skipped != NULL && g_strv_contains (skipped, member))
        continue;
      if (!_buntan_json_values_equal (old_value, new_value))
        {
          BuntanChangeKind this_kind = kind;

          if (kind == BUNTAN_CHANGE_KIND_PARTY_CHANGED && strcmp (member, "name") == 0)
            this_kind = BUNTAN_CHANGE_KIND_PARTY_RENAMED;
          add_change (self, this_kind, subject, member, old_value, new_value);
        }
    }

  for (GList *l = after_members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      JsonNode   *new_value = json_object_get_member (after, member);

      if ((skipped != NULL && g_strv_contains (skipped, member)) ||
          json_object_has_member (before, member))
        continue;
      if (!_buntan_json_values_equal (NULL, new_value))
        add_change (self, kind, subject, member, NULL, new_value);
    }
}

static void
compare_keyed_lists (BuntanComparison *self,
                     GPtrArray        *before,
                     GPtrArray        *after,
                     GHashTable       *before_index,
                     GHashTable       *after_index,
                     const char       *label_member,
                     BuntanChangeKind  changed,
                     BuntanChangeKind  added,
                     BuntanChangeKind  removed)
{
  static const char *const id_only[] = { "id", NULL };

  for (guint i = 0; i < before->len; i++)
    {
      BuntanCanonicalEntry *old_entry = g_ptr_array_index (before, i);
      BuntanCanonicalEntry *new_entry = g_hash_table_lookup (after_index, old_entry->id);

      if (new_entry == NULL)
        add_change (self, removed, old_entry->id, NULL,
                    json_object_get_member (_buntan_canonical_entry_get_object (old_entry),
                                            label_member),
                    NULL);
      else if (!_buntan_canonical_entries_equal (old_entry, new_entry))
        compare_members (self, changed, old_entry->id,
                         _buntan_canonical_entry_get_object (old_entry),
                         _buntan_canonical_entry_get_object (new_entry), id_only);
    }

  for (guint i = 0; i < after->len; i++)
    {
      BuntanCanonicalEntry *new_entry = g_ptr_array_index (after, i);

      if (!g_hash_table_contains (before_index, new_entry->id))
        add_change (self, added, new_entry->id, NULL, NULL,
                    json_object_get_member (_buntan_canonical_entry_get_object (new_entry),
                                            label_member));
    }
}

static void
buntan_comparison_dispose (GObject *object)
{
  BuntanComparison *self = BUNTAN_COMPARISON (object);

  g_clear_object (&self->changes);

  G_OBJECT_CLASS (buntan_comparison_parent_class)->dispose (object);
}

static void
buntan_comparison_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanComparison *self = BUNTAN_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_CHANGES:
      g_value_set_object (value, self->changes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_comparison_class_init (BuntanComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_comparison_dispose;
  object_class->get_property = buntan_comparison_get_property;

  properties[PROP_CHANGES] = g_param_spec_object ("changes", NULL, NULL, G_TYPE_LIST_MODEL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_comparison_init (BuntanComparison *self)
{
  self->changes = g_list_store_new (BUNTAN_TYPE_CHANGE);
}

/**
 * buntan_comparison_new:
 * @old_project: the project before
 * @new_project: the project after
 *
 * Compares two projects: the project's own members (title, organization,
 * template), the parties and the items, as a save writes them. The times,
 * the id, the meetings and the agreed versions are history, not compared.
 *
 * Returns: (transfer full): the comparison, its changes in the order of
 *   the file: the project's, the parties', the items'
 */
BuntanComparison *
buntan_comparison_new (BuntanProject *old_project, BuntanProject *new_project)
{
  g_autoptr (BuntanCanonical) before = NULL;
  g_autoptr (BuntanCanonical) after = NULL;
  BuntanComparison *self;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (old_project), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (new_project), NULL);

  self = g_object_new (BUNTAN_TYPE_COMPARISON, NULL);
  before = _buntan_canonical_new (old_project);
  after = _buntan_canonical_new (new_project);

  compare_members (self, BUNTAN_CHANGE_KIND_PROJECT_CHANGED, NULL, before->top, after->top,
                   _buntan_comparison_skipped_members);
  compare_keyed_lists (self, before->parties, after->parties, before->party_index,
                       after->party_index, "name", BUNTAN_CHANGE_KIND_PARTY_CHANGED,
                       BUNTAN_CHANGE_KIND_PARTY_ADDED, BUNTAN_CHANGE_KIND_PARTY_REMOVED);
  compare_keyed_lists (self, before->items, after->items, before->item_index, after->item_index,
                       "title", BUNTAN_CHANGE_KIND_ITEM_CHANGED, BUNTAN_CHANGE_KIND_ITEM_ADDED,
                       BUNTAN_CHANGE_KIND_ITEM_RETIRED);

  return self;
}

/**
 * buntan_comparison_get_changes:
 * @self: a comparison
 *
 * Returns: (transfer none): a list model of #BuntanChange
 */
GListModel *
buntan_comparison_get_changes (BuntanComparison *self)
{
  g_return_val_if_fail (BUNTAN_IS_COMPARISON (self), NULL);

  return G_LIST_MODEL (self->changes);
}

guint
buntan_comparison_get_n_changes (BuntanComparison *self)
{
  g_return_val_if_fail (BUNTAN_IS_COMPARISON (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->changes));
}

static void
add_value (BuntanJsonStream *stream, const char *member, JsonNode *node)
{
  buntan_json_stream_set_member_name (stream, member);
  if (node != NULL)
    buntan_json_stream_add_node (stream, node);
  else
    buntan_json_stream_add_null_value (stream);
}

/**
 * buntan_comparison_to_json:
 * @self: a comparison
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): `{"changes": [{kind, subject, field, before,
 *   after, description}, …]}`, the values as the file holds them
 */
char *
buntan_comparison_to_json (BuntanComparison *self, gsize *length)
{
  g_autoptr (BuntanJsonStream) stream = buntan_json_stream_new ();
  guint n;

  g_return_val_if_fail (BUNTAN_IS_COMPARISON (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->changes));
  buntan_json_stream_begin_object (stream);
  buntan_json_stream_set_member_name (stream, "changes");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (G_LIST_MODEL (self->changes), i);
      g_autofree char *description = buntan_change_describe (change);
      const char      *subject = buntan_change_get_subject (change);
      const char      *field = buntan_change_get_field (change);

      buntan_json_stream_begin_object (stream);
      buntan_json_stream_set_member_name (stream, "kind");
      buntan_json_stream_add_string_value (stream, buntan_change_kind_to_string (
                                                     buntan_change_get_kind (change)));
      buntan_json_stream_set_member_name (stream, "subject");
      if (subject != NULL)
        buntan_json_stream_add_string_value (stream, subject);
      else
        buntan_json_stream_add_null_value (stream);
      buntan_json_stream_set_member_name (stream, "field");
      if (field != NULL)
        buntan_json_stream_add_string_value (stream, field);
      else
        buntan_json_stream_add_null_value (stream);
      add_value (stream, "before", _buntan_change_get_before_node (change));
      add_value (stream, "after", _buntan_change_get_after_node (change));
      buntan_json_stream_set_member_name (stream, "description");
      buntan_json_stream_add_string_value (stream, description);
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
  buntan_json_stream_end_object (stream);

  return buntan_json_stream_end (stream, length);
}

static JsonArray *
get_array (JsonObject *root, const char *member)
{
  JsonNode *node = json_object_get_member (root, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * buntan_comparison_dup_listing:
 * @project: a project
 *
 * Lists the compared content of one project, one line per member of the
 * project, of each party and of each item ("P2-A-4 owner: v1"), in the
 * file's order. Two listings differ in exactly the lines of what
 * buntan_comparison_new() finds, so a line diff of them (git's textconv)
 * reads as a change list.
 *
 * Returns: (transfer full): the listing, UTF-8, ending in a newline
 */
char *
buntan_comparison_dup_listing (BuntanProject *project)
{
  static const char *const id_only[] = { "id", NULL };
  static const char *const lists[] = { "parties", "items", NULL };
  g_autoptr (JsonObject) root = NULL;
  g_autoptr (GList) members = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  root = _buntan_project_dup_canonical_object (project);
  members = json_object_get_members (root);
  for (GList *l = members; l != NULL; l = l->next)
    {
      g_autofree char *value = NULL;

      if (g_strv_contains (_buntan_comparison_skipped_members, l->data))
        continue;
      value = _buntan_json_value_dup_text (json_object_get_member (root, l->data));
      if (value != NULL)
        g_strdelimit (value, "\n", ' ');
      g_string_append_printf (text, "%s: %s\n", (const char *) l->data, value != NULL ? value : "");
    }

  for (guint k = 0; lists[k] != NULL; k++)
    {
      JsonArray *array = get_array (root, lists[k]);

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *object = json_array_get_object_element (array, i);
          const char *id = json_object_get_string_member (object, "id");
          g_autoptr (GList) fields = json_object_get_members (object);

          g_string_append_printf (text, "%s %s\n", k == 0 ? "party" : "item", id);
          for (GList *l = fields; l != NULL; l = l->next)
            {
              g_autofree char *value = NULL;

              if (g_strv_contains (id_only, l->data))
                continue;
              value = _buntan_json_value_dup_text (json_object_get_member (object, l->data));
              if (value == NULL)
                continue;
              /* One line per value: a line break inside a text stays visible. */
              g_strdelimit (value, "\n", ' ');
              g_string_append_printf (text, "%s %s: %s\n", id, (const char *) l->data, value);
            }
        }
    }

  return g_string_free (text, FALSE);
}
