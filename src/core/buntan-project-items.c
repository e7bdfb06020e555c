/* buntan-project-items.c — the project's checklist items: the lists by part, lookup by id, adding and removing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-meeting-private.h"
#include "buntan-project-instance-private.h"

gboolean
_buntan_project_find_by_id (GListModel *model,
                            const char *id,
                            const char *(*get_id) (gpointer),
                            guint *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) object = g_list_model_get_item (model, i);

      if (g_strcmp0 (get_id (object), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
_buntan_project_party_id (gpointer party)
{
  return buntan_party_get_id (party);
}

const char *
_buntan_project_item_id (gpointer item)
{
  return buntan_item_get_id (item);
}

/**
 * buntan_project_get_items:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of every #BuntanItem, in file order
 */
GListModel *
buntan_project_get_items (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * buntan_project_get_part_items:
 * @self: a project
 * @part: 1 or 2
 *
 * Returns: (transfer none): a #GListModel of the items of that Part
 */
GListModel *
buntan_project_get_part_items (BuntanProject *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);

  return G_LIST_MODEL (self->part_items[part - 1]);
}

/**
 * buntan_project_find_item:
 * @self: a project
 * @id: an item id
 *
 * Returns: (transfer none) (nullable): the item with that id
 */
BuntanItem *
buntan_project_find_item (BuntanProject *self, const char *id)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->item_index, id);
}

/* Before @item joins the lists, so that a handler of their items-changed
 * finds it. The reader refuses an id used twice, but a caller may still add
 * one: the item that has the id already keeps it. */
static void
index_item (BuntanProject *self, BuntanItem *item)
{
  const char *id = buntan_item_get_id (item);

  if (!g_hash_table_contains (self->item_index, id))
    g_hash_table_insert (self->item_index, (gpointer) id, item);
}

/* Before @item leaves the lists; returns whether the id must be given to
 * another item of the same id once it has left. */
static gboolean
unindex_item (BuntanProject *self, BuntanItem *item)
{
  const char *id = buntan_item_get_id (item);

  if (g_hash_table_lookup (self->item_index, id) != item)
    return FALSE;
  g_hash_table_remove (self->item_index, id);
  return TRUE;
}

/* After an item with @id left the lists: another item that has it too
 * becomes the one found. */
static void
reindex_id (BuntanProject *self, const char *id)
{
  guint position;

  if (_buntan_project_find_by_id (G_LIST_MODEL (self->items), id, _buntan_project_item_id,
                                  &position))
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

      index_item (self, item);
    }
}

/* Where a new item of the section goes: after the section's last item, or at
 * the end when the section is new. */
static guint
position_after_section (GListModel *model, guint part, const char *section)
{
  guint n = g_list_model_get_n_items (model);
  guint position = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (model, i);

      if (buntan_item_get_part (item) == part &&
          g_strcmp0 (buntan_item_get_section (item), section) == 0)
        position = i + 1;
    }

  return position;
}

/**
 * buntan_project_add_custom_item:
 * @self: a project
 * @part: 1 or 2
 * @section: the section code, e.g. "A"
 * @section_title: (nullable): the section's title when the section is new
 *
 * Adds an item of the hospital's own at the end of the section, numbered
 * after the section's last item.
 *
 * Returns: (transfer none): the new item
 */
BuntanItem *
buntan_project_add_custom_item (BuntanProject *self,
                                guint          part,
                                const char    *section,
                                const char    *section_title)
{
  g_autoptr (BuntanItem) item = NULL;
  g_autofree char *number = NULL;
  g_autofree char *id = NULL;
  const char      *known_title = NULL;
  guint64          highest = 0;
  guint            n, position, part_position;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);
  g_return_val_if_fail (section != NULL && *section != '\0', NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) other = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (buntan_item_get_part (other) != part ||
          g_strcmp0 (buntan_item_get_section (other), section) != 0)
        continue;

      highest = MAX (highest, g_ascii_strtoull (buntan_item_get_number (other), NULL, 10));
      known_title = buntan_item_get_section_title (other);
    }

  for (guint64 next = highest + 1; id == NULL; next++)
    {
      g_autofree char *candidate =
        g_strdup_printf ("P%u-%s-%" G_GUINT64_FORMAT, part, section, next);

      if (buntan_project_find_item (self, candidate) == NULL)
        {
          id = g_steal_pointer (&candidate);
          number = g_strdup_printf ("%" G_GUINT64_FORMAT, next);
        }
    }

  item = buntan_item_new (id, part, section, number);
  buntan_item_set_section_title (item, known_title != NULL ? known_title : section_title);
  buntan_item_set_custom (item, TRUE);

  position = position_after_section (G_LIST_MODEL (self->items), part, section);
  part_position = position_after_section (G_LIST_MODEL (self->part_items[part - 1]), part, section);
  _buntan_project_insert_object (self, G_OBJECT (item), position, part_position);
  _buntan_history_record_insert (self->history, G_OBJECT (item), position, part_position);

  return item;
}

/**
 * buntan_project_remove_item:
 * @self: a project
 * @id: the id of an item the hospital added
 * @error: return location for a #GError
 *
 * Template items are never removed (mark them not applicable instead):
 * the checklist must stay complete for the contract.
 *
 * Returns: %TRUE if the item was removed
 */
gboolean
buntan_project_remove_item (BuntanProject *self, const char *id, GError **error)
{
  BuntanItem *item;
  guint       position, part_position;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);

  item = buntan_project_find_item (self, id);
  if (item == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("There is no item “%s”"), id);
      return FALSE;
    }

  if (!buntan_item_get_custom (item))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("Item %s comes from the checklist and cannot be deleted; "
                      "mark it “Not applicable” instead"),
                   id);
      return FALSE;
    }

  position = part_position = 0;
  _buntan_project_find_by_id (G_LIST_MODEL (self->items), id, _buntan_project_item_id, &position);
  _buntan_project_find_by_id (G_LIST_MODEL (self->part_items[buntan_item_get_part (item) - 1]), id,
                              _buntan_project_item_id, &part_position);
  g_object_ref (item);
  _buntan_project_remove_object (self, G_OBJECT (item));
  _buntan_history_record_remove (self->history, G_OBJECT (item), position, part_position);
  g_object_unref (item);

  return TRUE;
}

/**
 * buntan_project_dup_sections:
 * @self: a project
 * @part: 1 or 2
 *
 * Returns: (transfer full): the section codes of that Part, in order
 */
char **
buntan_project_dup_sections (BuntanProject *self, guint part)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *items;
  guint       n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);

  items = G_LIST_MODEL (self->part_items[part - 1]);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      const char *section = buntan_item_get_section (item);

      if (g_hash_table_add (seen, (gpointer) section))
        g_strv_builder_add (builder, section);
    }

  return g_strv_builder_end (builder);
}

void
_buntan_project_append_party (BuntanProject *self, BuntanParty *party)
{
  g_list_store_append (self->parties, party);
  _buntan_project_watch_child (self, G_OBJECT (party));
}

void
_buntan_project_append_item (BuntanProject *self, BuntanItem *item)
{
  index_item (self, item);
  g_list_store_append (self->items, item);
  g_list_store_append (self->part_items[buntan_item_get_part (item) - 1], item);
  _buntan_project_watch_child (self, G_OBJECT (item));
}

/* The file reader's items, in file order: each list grows once, not once
 * per item. */
void
_buntan_project_append_items (BuntanProject *self, GPtrArray *items)
{
  g_autoptr (GPtrArray) part1_items = g_ptr_array_new ();
  g_autoptr (GPtrArray) part2_items = g_ptr_array_new ();
  GPtrArray *part_items[2] = { part1_items, part2_items };

  for (guint i = 0; i < items->len; i++)
    {
      BuntanItem *item = g_ptr_array_index (items, i);

      g_ptr_array_add (part_items[buntan_item_get_part (item) - 1], item);
      index_item (self, item);
      _buntan_project_watch_child (self, G_OBJECT (item));
    }

  g_list_store_splice (self->items, g_list_model_get_n_items (G_LIST_MODEL (self->items)), 0,
                       items->pdata, items->len);
  for (guint p = 0; p < G_N_ELEMENTS (part_items); p++)
    g_list_store_splice (self->part_items[p],
                         g_list_model_get_n_items (G_LIST_MODEL (self->part_items[p])), 0,
                         part_items[p]->pdata, part_items[p]->len);
}

/* Puts a party or an item (back) at its place. */
void
_buntan_project_insert_object (BuntanProject *self,
                               GObject       *object,
                               guint          position,
                               guint          part_position)
{
  if (BUNTAN_IS_CONTRACT (object))
    {
      BuntanParty *party = buntan_contract_get_party (BUNTAN_CONTRACT (object));

      /* The party's contract-added handler watches it again. */
      if (party != NULL)
        _buntan_party_insert_contract (party, BUNTAN_CONTRACT (object), position);
      return;
    }

  if (BUNTAN_IS_PARTY (object))
    {
      g_list_store_insert (self->parties,
                           MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->parties))),
                           object);
    }
  else
    {
      GListStore *part_items = self->part_items[buntan_item_get_part (BUNTAN_ITEM (object)) - 1];

      index_item (self, BUNTAN_ITEM (object));
      g_list_store_insert (self->items,
                           MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->items))),
                           object);
      g_list_store_insert (part_items,
                           MIN (part_position,
                                g_list_model_get_n_items (G_LIST_MODEL (part_items))),
                           object);
    }

  _buntan_project_watch_child (self, object);
  _buntan_project_mark_changed (self);
}

void
_buntan_project_remove_object (BuntanProject *self, GObject *object)
{
  GListStore *stores[3] = { self->parties, NULL, NULL };
  gboolean    was_indexed = FALSE;
  guint       position;

  if (BUNTAN_IS_CONTRACT (object))
    {
      BuntanParty *party = buntan_contract_get_party (BUNTAN_CONTRACT (object));

      if (party != NULL)
        buntan_party_remove_contract (party, BUNTAN_CONTRACT (object));
      return;
    }

  if (BUNTAN_IS_ITEM (object))
    {
      stores[0] = self->items;
      stores[1] = self->part_items[buntan_item_get_part (BUNTAN_ITEM (object)) - 1];
    }

  g_object_ref (object);
  if (BUNTAN_IS_ITEM (object))
    was_indexed = unindex_item (self, BUNTAN_ITEM (object));
  for (guint i = 0; i < G_N_ELEMENTS (stores) && stores[i] != NULL; i++)
    if (g_list_store_find (stores[i], object, &position))
      g_list_store_remove (stores[i], position);
  if (was_indexed)
    reindex_id (self, buntan_item_get_id (BUNTAN_ITEM (object)));
  if (BUNTAN_IS_PARTY (object))
    _buntan_project_disconnect_party_contracts (self, BUNTAN_PARTY (object));
  else
    g_signal_handlers_disconnect_by_data (object, self);
  g_object_unref (object);

  _buntan_project_mark_changed (self);
}

/**
 * buntan_project_set_item_owner:
 * @self: a #BuntanProject
 * @item: one of its items
 * @owner: (nullable): a party id, or %NULL for 未定
 *
 * Makes @owner the one responsible for @item, as a single step to undo: the
 * new owner leads, so it no longer merely takes part. Meeting mode's keys
 * and the keys on a list row both come here.
 */
void
buntan_project_set_item_owner (BuntanProject *self, BuntanItem *item, const char *owner)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (BUNTAN_IS_ITEM (item));

  buntan_history_begin_group (self->history);
  buntan_item_set_owner (item, owner);
  if (owner != NULL)
    buntan_item_set_participant (item, owner, FALSE);
  buntan_history_end_group (self->history);
}

/**
 * buntan_project_make_item_joint:
 * @self: a #BuntanProject
 * @item: one of its items
 *
 * Makes @item 共同, as a single step to undo: the owner so far becomes one
 * of those who share it.
 */
void
buntan_project_make_item_joint (BuntanProject *self, BuntanItem *item)
{
  g_autofree char *previous = NULL;

  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (BUNTAN_IS_ITEM (item));

  previous = g_strdup (buntan_item_get_owner (item));
  buntan_history_begin_group (self->history);
  buntan_item_set_owner (item, BUNTAN_OWNER_JOINT);
  if (previous != NULL && !g_str_equal (previous, BUNTAN_OWNER_JOINT))
    buntan_item_set_participant (item, previous, TRUE);
  buntan_history_end_group (self->history);
}
