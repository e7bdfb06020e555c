/* buntan-conflict.c — a field a merge could not decide, with ours applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project file keeps a merge's conflicts in its top-level `conflicts`
 * list ({item, field, base, ours, theirs}); they travel with the project
 * like any member (read, kept and written back by the file code), and this
 * file lists them for whoever resolves them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-comparison-private.h"

struct _BuntanConflict
{
  GObject parent_instance;

  char *item; /* an item id, "party:ID" or "project" (README, "Merging") */
  char *field;
  char *base;
  char *ours;
  char *theirs;
};

G_DEFINE_FINAL_TYPE (BuntanConflict, buntan_conflict, G_TYPE_OBJECT)

static void
buntan_conflict_finalize (GObject *object)
{
  BuntanConflict *self = BUNTAN_CONFLICT (object);

  g_clear_pointer (&self->item, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->base, g_free);
  g_clear_pointer (&self->ours, g_free);
  g_clear_pointer (&self->theirs, g_free);

  G_OBJECT_CLASS (buntan_conflict_parent_class)->finalize (object);
}

static void
buntan_conflict_class_init (BuntanConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buntan_conflict_finalize;
}

static void
buntan_conflict_init (BuntanConflict *self)
{
}

static char *
dup_member_text (JsonObject *object, const char *member)
{
  return _buntan_json_value_dup_text (json_object_get_member (object, member));
}

BuntanConflict *
_buntan_conflict_new_from_object (JsonObject *object)
{
  BuntanConflict *self = g_object_new (BUNTAN_TYPE_CONFLICT, NULL);

  self->item = dup_member_text (object, "item");
  self->field = dup_member_text (object, "field");
  self->base = dup_member_text (object, "base");
  self->ours = dup_member_text (object, "ours");
  self->theirs = dup_member_text (object, "theirs");

  return self;
}

const char *
buntan_conflict_get_item (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->item;
}

const char *
buntan_conflict_get_field (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->field;
}

/**
 * buntan_conflict_get_base:
 * @self: a conflict
 *
 * Returns: (nullable): the value both sides started from, as readable text
 */
const char *
buntan_conflict_get_base (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->base;
}

/**
 * buntan_conflict_get_ours:
 * @self: a conflict
 *
 * Returns: (nullable): our value, the one the merged project holds
 */
const char *
buntan_conflict_get_ours (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->ours;
}

const char *
buntan_conflict_get_theirs (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->theirs;
}

/**
 * buntan_conflict_describe:
 * @self: a conflict
 *
 * Returns: (transfer full): one sentence naming the item, the field and
 *   both values
 */
char *
buntan_conflict_describe (BuntanConflict *self)
{
  const char *field;

  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  if (g_strcmp0 (self->field, "deleted") == 0)
    return g_strdup_printf (g_strcmp0 (self->ours, "deleted") == 0
                              ? _ ("%s: deleted by us, changed by them; kept with their changes")
                              : _ ("%s: deleted by them, changed by us; kept with our changes"),
                            self->item != NULL ? self->item : "");

  field = self->field != NULL ? buntan_field_get_label (self->field) : "";
  if (self->base == NULL || *self->base == '\0')
    /* TRANSLATORS: "P2-A-4, note: ours “a” (kept), theirs “b”" */
    return g_strdup_printf (_ ("%s, %s: ours “%s” (kept), theirs “%s”"),
                            self->item != NULL ? self->item : "", field,
                            self->ours != NULL ? self->ours : "",
                            self->theirs != NULL ? self->theirs : "");
  /* TRANSLATORS: "P2-A-4, owner: ours “v1” (kept), theirs “v2”, before “hospital”" */
  return g_strdup_printf (_ ("%s, %s: ours “%s” (kept), theirs “%s”, before “%s”"),
                          self->item != NULL ? self->item : "", field,
                          self->ours != NULL ? self->ours : "",
                          self->theirs != NULL ? self->theirs : "",
                          self->base != NULL ? self->base : "");
}

/**
 * buntan_conflict_list_project:
 * @project: a project
 *
 * Lists the conflicts a merge left in the project, in the file's order.
 *
 * Returns: (transfer full): a list model of #BuntanConflict
 */
GListModel *
buntan_conflict_list_project (BuntanProject *project)
{
  g_autoptr (JsonObject) root = _buntan_project_dup_canonical_object (project);
  GListStore *conflicts = g_list_store_new (BUNTAN_TYPE_CONFLICT);
  JsonNode   *node = json_object_get_member (root, "conflicts");
  JsonArray  *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return G_LIST_MODEL (conflicts);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autoptr (BuntanConflict) conflict = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      conflict = _buntan_conflict_new_from_object (json_node_get_object (element));
      g_list_store_append (conflicts, conflict);
    }

  return G_LIST_MODEL (conflicts);
}
