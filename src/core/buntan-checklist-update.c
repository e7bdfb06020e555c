/* buntan-checklist-update.c — bringing a project up to a newer version of its checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A project keeps the wording it was agreed on: its items carry their own
 * texts. When its checklist (the template id and version it records) has a
 * newer version, this lists what the newer one says differently — items it
 * adds, texts it words differently, items it no longer has — and applies the
 * ones a person chose, as one undo step, touching no agreement.
 *
 * The differences are BuntanChange objects made by the comparison's own
 * per-field engine (buntan-comparison.c): both sides are the item objects
 * the file writer writes, compared member by member with the same equality,
 * so `buntan-cli diff`, agreed versions and this update word a changed text
 * alike. Only the checklist's texts are compared, never the negotiated
 * state, which the checklist does not have.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "buntan-checklist-update.h"
#include "buntan-comparison-private.h"
#include "buntan-history-private.h"
#include "buntan-item.h"
#include "buntan-json-writer.h"
#include "buntan-project-private.h"
#include "buntan-project.h"
#include "buntan-template.h"

struct _BuntanChecklistUpdate
{
  GObject parent_instance;

  BuntanProject  *project;
  BuntanTemplate *checklist;
  GListStore     *differences;
};

G_DEFINE_FINAL_TYPE (BuntanChecklistUpdate, buntan_checklist_update, G_TYPE_OBJECT)
G_DEFINE_QUARK (buntan - checklist - update - error - quark, buntan_checklist_update_error)

/* What the checklist words, as the file names the member and as the item's
 * property: everything else of an item is the negotiation's, never updated. */
static const struct
{
  const char *member;
  const char *property;
} text_fields[] = {
  { "title", "title" },
  { "content", "content" },
  { "risk", "risk" },
  { "recommended", "recommended" },
  { "references", "references" },
  { "applies_to", "applies-to" },
};

static JsonObject *
dup_item_object (BuntanItem *item)
{
  g_autofree char *text = _buntan_project_write_object (item, NULL);
  g_autoptr (JsonNode) node = json_from_string (text, NULL);

  /* The writer's own output: it always parses. */
  g_assert (node != NULL && JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

static void
add_difference (BuntanChecklistUpdate *self,
                BuntanChangeKind       kind,
                const char            *item_id,
                const char            *member,
                JsonNode              *before,
                JsonNode              *after)
{
  g_autoptr (BuntanChange) change = _buntan_change_new (kind, item_id, member, before, after);

  g_list_store_append (self->differences, change);
}

static void
compare_texts (BuntanChecklistUpdate *self, BuntanItem *item, BuntanItem *newer)
{
  g_autoptr (JsonObject) before = dup_item_object (item);
  g_autoptr (JsonObject) after = dup_item_object (newer);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      JsonNode *old_value = json_object_get_member (before, text_fields[i].member);
      JsonNode *new_value = json_object_get_member (after, text_fields[i].member);

      if (!_buntan_json_values_equal (old_value, new_value))
        add_difference (self, BUNTAN_CHANGE_KIND_ITEM_CHANGED, buntan_item_get_id (item),
                        text_fields[i].member, old_value, new_value);
    }
}

static JsonNode *
new_string_node (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text != NULL ? text : "");
  return node;
}

static BuntanItem *
find_checklist_item (BuntanChecklistUpdate *self, const char *id)
{
  GListModel *items = buntan_template_get_items (self->checklist);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (buntan_item_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}

/* The project's items in its order (changed, then retired, as met), then
 * the checklist's new ones in the checklist's order. */
static void
compare (BuntanChecklistUpdate *self)
{
  GListModel *items = buntan_project_get_items (self->project);
  GListModel *newer_items = buntan_template_get_items (self->checklist);
  g_autoptr (GHashTable) newer_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (newer_items); i++)
    {
      g_autoptr (BuntanItem) newer = g_list_model_get_item (newer_items, i);

      g_hash_table_insert (newer_index, (gpointer) buntan_item_get_id (newer), newer);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      BuntanItem *newer = g_hash_table_lookup (newer_index, buntan_item_get_id (item));

      if (newer != NULL)
        compare_texts (self, item, newer);
      else if (!buntan_item_get_custom (item))
        {
          /* The hospital's own items were never the checklist's to retire. */
          g_autoptr (JsonNode) title = new_string_node (buntan_item_get_title (item));

          add_difference (self, BUNTAN_CHANGE_KIND_ITEM_RETIRED, buntan_item_get_id (item), NULL,
                          title, NULL);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (newer_items); i++)
    {
      g_autoptr (BuntanItem) newer = g_list_model_get_item (newer_items, i);

      if (buntan_project_find_item (self->project, buntan_item_get_id (newer)) == NULL)
        {
          g_autoptr (JsonNode) title = new_string_node (buntan_item_get_title (newer));

          add_difference (self, BUNTAN_CHANGE_KIND_ITEM_ADDED, buntan_item_get_id (newer), NULL,
                          NULL, title);
        }
    }
}

static guint
find_position (GListModel *model, BuntanItem *item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (BuntanItem) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }

  return G_MAXUINT;
}

/* Past the items of @newer's section that the checklist retired: a new
 * item numbered after them comes after them, as their numbers read. */
static guint
skip_retired (BuntanChecklistUpdate *self, GListModel *model, guint position, BuntanItem *newer)
{
  for (; position < g_list_model_get_n_items (model); position++)
    {
      g_autoptr (BuntanItem) next = g_list_model_get_item (model, position);

      if (buntan_item_get_part (next) != buntan_item_get_part (newer) ||
          g_strcmp0 (buntan_item_get_section (next), buntan_item_get_section (newer)) != 0 ||
          buntan_item_get_custom (next) ||
          find_checklist_item (self, buntan_item_get_id (next)) != NULL)
        break;
    }

  return position;
}

/* Where the checklist has it: after the item the checklist puts before it
 * (when the project has that one, and past the retired ones that follow
 * it), else at the start of its Part. */
static void
find_insert_position (BuntanChecklistUpdate *self,
                      BuntanItem            *newer,
                      guint                 *position,
                      guint                 *part_position)
{
  GListModel *items = buntan_project_get_items (self->project);
  GListModel *newer_items = buntan_template_get_items (self->checklist);
  guint       part = buntan_item_get_part (newer);
  guint       at = find_position (newer_items, newer);
  guint       n = g_list_model_get_n_items (items);

  for (guint i = at; i-- > 0;)
    {
      g_autoptr (BuntanItem) before = g_list_model_get_item (newer_items, i);
      BuntanItem *ours;

      if (buntan_item_get_part (before) != part)
        continue;
      ours = buntan_project_find_item (self->project, buntan_item_get_id (before));
      if (ours != NULL && buntan_item_get_part (ours) == part)
        {
          *position = skip_retired (self, items, find_position (items, ours) + 1, newer);
          *part_position =
            skip_retired (self, buntan_project_get_part_items (self->project, part),
                          find_position (buntan_project_get_part_items (self->project, part),
                                         ours) +
                            1,
                          newer);
          return;
        }
    }

  *part_position = 0;
  *position = part == 1 ? 0 : n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) other = g_list_model_get_item (items, i);

      if (buntan_item_get_part (other) == part)
        {
          *position = i;
          break;
        }
    }
}

static void
add_item (BuntanChecklistUpdate *self, const char *id)
{
  BuntanItem *newer = find_checklist_item (self, id);
  g_autoptr (BuntanItem) item = NULL;
  guint position, part_position;

  if (newer == NULL || buntan_project_find_item (self->project, id) != NULL)
    return;

  /* The checklist's item holds texts only: its state is 未着手, 未定. */
  item = buntan_item_copy (newer);
  buntan_item_set_custom (item, FALSE);
  find_insert_position (self, newer, &position, &part_position);
  _buntan_project_insert_object (self->project, G_OBJECT (item), position, part_position);
  _buntan_history_record_insert (buntan_project_get_history (self->project), G_OBJECT (item),
                                 position, part_position);
}

static void
change_text (BuntanChecklistUpdate *self, const char *id, const char *member)
{
  BuntanItem *newer = find_checklist_item (self, id);
  BuntanItem *item = buntan_project_find_item (self->project, id);

  if (newer == NULL || item == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      if (strcmp (text_fields[i].member, member) == 0)
        {
          g_auto (GValue) value = G_VALUE_INIT;

          /* Through the property: the history records it like any edit. */
          g_object_get_property (G_OBJECT (newer), text_fields[i].property, &value);
          g_object_set_property (G_OBJECT (item), text_fields[i].property, &value);
          return;
        }
    }
}

static void
retire_item (BuntanChecklistUpdate *self, const char *id)
{
  BuntanItem *item = buntan_project_find_item (self->project, id);

  /* Never removed: its owner, checks, clause and notes stay, so that what
   * was agreed is still there to read (and to undo to). */
  if (item != NULL)
    buntan_item_set_status (item, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
}

static void
buntan_checklist_update_dispose (GObject *object)
{
  BuntanChecklistUpdate *self = BUNTAN_CHECKLIST_UPDATE (object);

  g_clear_object (&self->project);
  g_clear_object (&self->checklist);
  g_clear_object (&self->differences);

  G_OBJECT_CLASS (buntan_checklist_update_parent_class)->dispose (object);
}

static void
buntan_checklist_update_class_init (BuntanChecklistUpdateClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = buntan_checklist_update_dispose;
}

static void
buntan_checklist_update_init (BuntanChecklistUpdate *self)
{
  self->differences = g_list_store_new (BUNTAN_TYPE_CHANGE);
}

/**
 * buntan_checklist_update_new:
 * @project: a project
 * @checklist: a version of the project's checklist (the same template id)
 * @error: return location for a #BUNTAN_CHECKLIST_UPDATE_ERROR
 *
 * Compares the project's items with @checklist's, whatever the versions:
 * see buntan_checklist_update_get_is_newer() before offering the result.
 *
 * Returns: (transfer full) (nullable): the update, or %NULL when @checklist
 *   is not the project's checklist
 */
BuntanChecklistUpdate *
buntan_checklist_update_new (BuntanProject *project, BuntanTemplate *checklist, GError **error)
{
  BuntanChecklistUpdate *self;
  const char            *id;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (checklist), NULL);

  id = buntan_project_get_template_id (project);
  if (id == NULL || *id == '\0')
    {
      g_set_error (error, BUNTAN_CHECKLIST_UPDATE_ERROR, BUNTAN_CHECKLIST_UPDATE_ERROR_NO_CHECKLIST,
                   _ ("The project does not record which checklist it was made from"));
      return NULL;
    }

  if (g_strcmp0 (id, buntan_template_get_id (checklist)) != 0)
    {
      g_set_error (error, BUNTAN_CHECKLIST_UPDATE_ERROR,
                   BUNTAN_CHECKLIST_UPDATE_ERROR_OTHER_CHECKLIST,
                   _ ("The project was made from the checklist “%s”, not from “%s”"), id,
                   buntan_template_get_id (checklist));
      return NULL;
    }

  self = g_object_new (BUNTAN_TYPE_CHECKLIST_UPDATE, NULL);
  self->project = g_object_ref (project);
  self->checklist = g_object_ref (checklist);
  compare (self);

  return self;
}

/**
 * buntan_checklist_update_find:
 * @project: a project
 *
 * Returns: (transfer full) (nullable): the update to the project's
 *   checklist as Buntan has it now, or %NULL when that is not newer than
 *   the version the project records (or Buntan does not have it)
 */
BuntanChecklistUpdate *
buntan_checklist_update_find (BuntanProject *project)
{
  g_autoptr (BuntanTemplate) checklist = NULL;
  g_autoptr (BuntanChecklistUpdate) update = NULL;
  const char *id;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  id = buntan_project_get_template_id (project);
  if (id == NULL || *id == '\0')
    return NULL;

  checklist = buntan_template_lookup (id, NULL);
  if (checklist == NULL ||
      buntan_template_compare_versions (buntan_template_get_version (checklist),
                                        buntan_project_get_template_version (project)) <= 0)
    return NULL;

  update = buntan_checklist_update_new (project, checklist, NULL);
  return g_steal_pointer (&update);
}

BuntanProject *
buntan_checklist_update_get_project (BuntanChecklistUpdate *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), NULL);

  return self->project;
}

BuntanTemplate *
buntan_checklist_update_get_checklist (BuntanChecklistUpdate *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), NULL);

  return self->checklist;
}

/**
 * buntan_checklist_update_get_is_newer:
 * @self: an update
 *
 * Returns: whether the checklist's version is newer than the one the
 *   project records (an older or equal one is nothing to bring it up to)
 */
gboolean
buntan_checklist_update_get_is_newer (BuntanChecklistUpdate *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), FALSE);

  return buntan_template_compare_versions (buntan_template_get_version (self->checklist),
                                           buntan_project_get_template_version (self->project)) > 0;
}

/**
 * buntan_checklist_update_get_differences:
 * @self: an update
 *
 * Returns: (transfer none): a list model of #BuntanChange: an item the
 *   newer checklist adds (%BUNTAN_CHANGE_KIND_ITEM_ADDED, its title after),
 *   a text it words differently (%BUNTAN_CHANGE_KIND_ITEM_CHANGED, the field
 *   and the old and new text), an item it no longer has
 *   (%BUNTAN_CHANGE_KIND_ITEM_RETIRED, its title before)
 */
GListModel *
buntan_checklist_update_get_differences (BuntanChecklistUpdate *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), NULL);

  return G_LIST_MODEL (self->differences);
}

/**
 * buntan_checklist_update_apply:
 * @self: an update
 * @chosen: (element-type BuntanChange): the differences to apply, taken
 *   from buntan_checklist_update_get_differences()
 *
 * Applies the chosen differences as one undo step: a new item is added
 * (未着手, no owner) where the checklist has it; a changed text replaces the
 * project's; a retired item is marked 対象外 and kept, with everything agreed
 * on it. Nothing of the negotiation (status, owner, parties, checks, agreed
 * terms, note, clause) is touched otherwise.
 *
 * The project records the newer checklist version only when every added
 * and changed difference was applied: a project that still holds some of
 * the older texts is not on the newer version, and will be offered the
 * rest. A retired item kept as it is counts as reviewed: keeping it is a
 * decision, and the project's own copy of its texts stays valid.
 *
 * Returns: whether the project now records the checklist's version
 */
gboolean
buntan_checklist_update_apply (BuntanChecklistUpdate *self, GPtrArray *chosen)
{
  BuntanHistory *history;
  guint          n, n_left = 0;

  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), FALSE);
  g_return_val_if_fail (chosen != NULL, FALSE);

  history = buntan_project_get_history (self->project);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->differences));

  buntan_history_begin_group (history);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (G_LIST_MODEL (self->differences), i);
      BuntanChangeKind kind = buntan_change_get_kind (change);
      const char      *id = buntan_change_get_subject (change);

      if (!g_ptr_array_find (chosen, change, NULL))
        {
          if (kind != BUNTAN_CHANGE_KIND_ITEM_RETIRED)
            n_left++;
          continue;
        }

      if (kind == BUNTAN_CHANGE_KIND_ITEM_ADDED)
        add_item (self, id);
      else if (kind == BUNTAN_CHANGE_KIND_ITEM_CHANGED)
        change_text (self, id, buntan_change_get_field (change));
      else if (kind == BUNTAN_CHANGE_KIND_ITEM_RETIRED)
        retire_item (self, id);
    }

  if (n_left == 0 && buntan_checklist_update_get_is_newer (self))
    {
      /* A property the history records: undo takes the version back too. */
      g_object_set (self->project, "template-version",
                    buntan_template_get_version (self->checklist), NULL);
      buntan_project_set_is_modified (self->project, TRUE);
    }
  buntan_history_end_group (history);

  return g_strcmp0 (buntan_project_get_template_version (self->project),
                    buntan_template_get_version (self->checklist)) == 0;
}

/**
 * buntan_checklist_update_apply_all:
 * @self: an update
 *
 * Applies every difference, retired items marked 対象外 included.
 *
 * Returns: whether the project now records the checklist's version
 */
gboolean
buntan_checklist_update_apply_all (BuntanChecklistUpdate *self)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->differences)); i++)
    g_ptr_array_add (all, g_list_model_get_item (G_LIST_MODEL (self->differences), i));

  return buntan_checklist_update_apply (self, all);
}

/**
 * buntan_checklist_update_get_retired_reason:
 * @self: an update
 * @id: an item id
 *
 * Returns: (nullable): why the newer checklist retired @id (its `retired`
 *   list), or %NULL when it does not say
 */
const char *
buntan_checklist_update_get_retired_reason (BuntanChecklistUpdate *self, const char *id)
{
  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return buntan_template_get_retired_reason (self->checklist, id);
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

static void
add_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  buntan_json_stream_set_member_name (stream, member);
  if (value != NULL)
    buntan_json_stream_add_string_value (stream, value);
  else
    buntan_json_stream_add_null_value (stream);
}

/**
 * buntan_checklist_update_to_json:
 * @self: an update
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): `{"checklist": ID, "project_version": …,
 *   "checklist_version": …, "newer": bool, "differences": [{kind, item,
 *   field, before, after, description}, …]}`, the values as the file holds
 *   them; a retired item's difference also has the checklist's `reason`
 *   (or null)
 */
char *
buntan_checklist_update_to_json (BuntanChecklistUpdate *self, gsize *length)
{
  g_autoptr (BuntanJsonStream) stream = buntan_json_stream_new ();
  GListModel *differences;

  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (self), NULL);

  differences = G_LIST_MODEL (self->differences);
  buntan_json_stream_begin_object (stream);
  add_string (stream, "checklist", buntan_template_get_id (self->checklist));
  add_string (stream, "project_version", buntan_project_get_template_version (self->project));
  add_string (stream, "checklist_version", buntan_template_get_version (self->checklist));
  buntan_json_stream_set_member_name (stream, "newer");
  buntan_json_stream_add_boolean_value (stream, buntan_checklist_update_get_is_newer (self));
  buntan_json_stream_set_member_name (stream, "differences");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (differences, i);
      g_autofree char *description = buntan_change_describe (change);

      buntan_json_stream_begin_object (stream);
      add_string (stream, "kind", buntan_change_kind_to_string (buntan_change_get_kind (change)));
      add_string (stream, "item", buntan_change_get_subject (change));
      add_string (stream, "field", buntan_change_get_field (change));
      add_value (stream, "before", _buntan_change_get_before_node (change));
      add_value (stream, "after", _buntan_change_get_after_node (change));
      add_string (stream, "description", description);
      if (buntan_change_get_kind (change) == BUNTAN_CHANGE_KIND_ITEM_RETIRED)
        add_string (stream, "reason",
                    buntan_checklist_update_get_retired_reason (self, buntan_change_get_subject (
                                                                        change)));
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
  buntan_json_stream_end_object (stream);

  return buntan_json_stream_end (stream, length);
}
