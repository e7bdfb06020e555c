/* buntan-merge.c — a three-way merge of two people's changes to one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the comparison, the merge works on the canonical JSON the file writer
 * writes, item by item (and party by party) and member by member, so a
 * member added to the format merges without a line here. A member changed
 * on one side takes that side's value; the same change on both sides is
 * taken once; different changes on both sides keep ours and are listed in
 * the top-level `conflicts`. An item deleted on one side and edited on the
 * other is kept, edited, and listed too: nothing is ever lost.
 */

#include "config.h"

#include <string.h>

#include "buntan-comparison-private.h"
#include "buntan-json-writer.h"
#include "buntan-merge.h"
#include "buntan-project-private.h"

typedef struct
{
  JsonArray *conflicts;
} Merge;

/* What a conflict says of a whole item deleted on one side. */
#define DELETED_FIELD "deleted"

static void
add_conflict (Merge      *merge,
              const char *item,
              const char *field,
              JsonNode   *base,
              JsonNode   *ours,
              JsonNode   *theirs)
{
  JsonObject *conflict = json_object_new ();

  json_object_set_string_member (conflict, "item", item);
  json_object_set_string_member (conflict, "field", field);
  json_object_set_member (conflict, "base",
                          base != NULL ? json_node_copy (base) : json_node_new (JSON_NODE_NULL));
  json_object_set_member (conflict, "ours",
                          ours != NULL ? json_node_copy (ours) : json_node_new (JSON_NODE_NULL));
  json_object_set_member (conflict, "theirs",
                          theirs != NULL ? json_node_copy (theirs)
                                         : json_node_new (JSON_NODE_NULL));
  json_array_add_object_element (merge->conflicts, conflict);
}

static void
add_deletion_conflict (Merge *merge, const char *item, gboolean ours_deleted)
{
  g_autoptr (JsonNode) deleted = json_node_init_string (json_node_alloc (), "deleted");
  g_autoptr (JsonNode) edited = json_node_init_string (json_node_alloc (), "edited");

  add_conflict (merge, item, DELETED_FIELD, NULL, ours_deleted ? deleted : edited,
                ours_deleted ? edited : deleted);
}

/* Returns the merged value of one member (borrowed from @ours or @theirs),
 * or NULL when the member is to be absent. */
static JsonNode *
merge_value (Merge      *merge,
             const char *subject,
             const char *field,
             JsonNode   *base,
             JsonNode   *ours,
             JsonNode   *theirs)
{
  if (_buntan_json_values_equal (ours, theirs))
    return ours != NULL ? ours : theirs;
  if (_buntan_json_values_equal (base, ours))
    return theirs;
  if (_buntan_json_values_equal (base, theirs))
    return ours;

  add_conflict (merge, subject, field, base, ours, theirs);
  return ours;
}

static JsonObject *
merge_object (Merge      *merge,
              const char *subject,
              JsonObject *base,
              JsonObject *ours,
              JsonObject *theirs)
{
  JsonObject *result = json_object_new ();
  g_autoptr (GList) our_members = json_object_get_members (ours);
  g_autoptr (GList) their_members = json_object_get_members (theirs);

  for (GList *l = our_members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      JsonNode   *value = merge_value (merge, subject, member,
                                     base != NULL ? json_object_get_member (base, member) : NULL,
                                       json_object_get_member (ours, member),
                                       json_object_get_member (theirs, member));

      if (value != NULL)
        json_object_set_member (result, member, json_node_copy (value));
    }

  for (GList *l = their_members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      JsonNode   *value;

      if (json_object_has_member (ours, member))
        continue;
      value = merge_value (merge, subject, member,
                           base != NULL ? json_object_get_member (base, member) : NULL, NULL,
                           json_object_get_member (theirs, member));
      if (value != NULL)
        json_object_set_member (result, member, json_node_copy (value));
    }

  return result;
}

static JsonArray *
get_array (JsonObject *root, const char *member)
{
  JsonNode *node = json_object_get_member (root, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static GHashTable *
index_by_id (JsonArray *array)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_hash_table_insert (index, (gpointer) json_object_get_string_member (object, "id"), object);
    }

  return index;
}

static gboolean
list_has_id (JsonArray *array, const char *id)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (array, i), "id"),
                   id) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
objects_equal (JsonObject *a, JsonObject *b)
{
  return json_object_equal (a, b);
}

static void
append_queue (JsonArray *result, GHashTable *queues, const char *anchor)
{
  GPtrArray *queue = g_hash_table_lookup (queues, anchor != NULL ? anchor : "");

  for (guint i = 0; queue != NULL && i < queue->len; i++)
    json_array_add_object_element (result, json_object_ref (g_ptr_array_index (queue, i)));
}

/* The items (or parties) by id. Ours keep their order; what only theirs
 * have comes after the element it follows in theirs. @prefix names the
 * subject of a conflict ("" for items, "party:" for parties). @deleted
 * collects the base's objects the merge leaves out. */
static JsonArray *
merge_keyed_list (Merge      *merge,
                  JsonArray  *base,
                  JsonArray  *ours,
                  JsonArray  *theirs,
                  const char *prefix,
                  GPtrArray  *deleted)
{
  g_autoptr (GHashTable) base_index = index_by_id (base);
  g_autoptr (GHashTable) our_index = index_by_id (ours);
  g_autoptr (GHashTable) their_index = index_by_id (theirs);
  g_autoptr (GHashTable) queues =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray  *result = json_array_new ();
  const char *anchor = "";

  for (guint i = 0; ours != NULL && i < json_array_get_length (ours); i++)
    {
      JsonObject *object = json_array_get_object_element (ours, i);
      const char *id = json_object_get_string_member (object, "id");
      JsonObject *base_object = g_hash_table_lookup (base_index, id);

      if (base_object != NULL && !g_hash_table_contains (their_index, id))
        {
          g_autofree char *subject = g_strconcat (prefix, id, NULL);

          if (objects_equal (base_object, object))
            {
              g_ptr_array_add (deleted, json_object_ref (base_object));
              continue;
            }
          add_deletion_conflict (merge, subject, FALSE);
        }
      g_hash_table_add (kept, (gpointer) id);
    }

  /* Theirs in their order: what they alone have joins the queue of the
   * last element both keep before it. */
  for (guint i = 0; theirs != NULL && i < json_array_get_length (theirs); i++)
    {
      JsonObject *object = json_array_get_object_element (theirs, i);
      const char *id = json_object_get_string_member (object, "id");
      JsonObject *base_object = g_hash_table_lookup (base_index, id);
      GPtrArray  *queue;

      if (g_hash_table_contains (kept, id))
        {
          anchor = id;
          continue;
        }
      if (g_hash_table_contains (our_index, id))
        continue;

      if (base_object != NULL)
        {
          g_autofree char *subject = g_strconcat (prefix, id, NULL);

          if (objects_equal (base_object, object))
            {
              g_ptr_array_add (deleted, json_object_ref (base_object));
              continue;
            }
          add_deletion_conflict (merge, subject, TRUE);
        }

      queue = g_hash_table_lookup (queues, anchor);
      if (queue == NULL)
        {
          queue = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
          g_hash_table_insert (queues, (gpointer) anchor, queue);
        }
      g_ptr_array_add (queue, json_object_ref (object));
    }

  /* Base-only objects deleted on both sides need no word. */
  append_queue (result, queues, "");
  for (guint i = 0; ours != NULL && i < json_array_get_length (ours); i++)
    {
      JsonObject *object = json_array_get_object_element (ours, i);
      const char *id = json_object_get_string_member (object, "id");
      JsonObject *their_object = g_hash_table_lookup (their_index, id);

      if (!g_hash_table_contains (kept, id))
        continue;

      if (their_object != NULL)
        {
          g_autofree char *subject = g_strconcat (prefix, id, NULL);

          json_array_add_object_element (result, merge_object (merge, subject,
                                                               g_hash_table_lookup (base_index, id),
                                                               object, their_object));
        }
      else
        {
          json_array_add_object_element (result, json_object_ref (object));
        }
      append_queue (result, queues, id);
    }

  return result;
}

static gboolean
array_holds (JsonArray *array, JsonNode *node)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (json_node_equal (json_array_get_element (array, i), node))
      return TRUE;

  return FALSE;
}

/* Lists of records (meetings, versions, rounds, conflicts) merge as sets:
 * ours, less what theirs removed, plus what theirs added. Records are
 * appended, rarely edited; an edited one shows as removed and added. */
static JsonArray *
merge_record_list (JsonArray *base, JsonArray *ours, JsonArray *theirs)
{
  JsonArray *result = json_array_new ();

  for (guint i = 0; ours != NULL && i < json_array_get_length (ours); i++)
    {
      JsonNode *element = json_array_get_element (ours, i);

      if (array_holds (base, element) && !array_holds (theirs, element))
        continue;
      json_array_add_element (result, json_node_copy (element));
    }

  for (guint i = 0; theirs != NULL && i < json_array_get_length (theirs); i++)
    {
      JsonNode *element = json_array_get_element (theirs, i);

      if (!array_holds (base, element) && !array_holds (ours, element))
        json_array_add_element (result, json_node_copy (element));
    }

  return result;
}

static gboolean
is_record_list (const char *member)
{
  static const char *const record_lists[] = { "meetings",  "versions",       "rounds",
                                              "conflicts", "questionnaires", NULL };

  return g_strv_contains (record_lists, member);
}

static void
merge_top_member (Merge      *merge,
                  JsonObject *result,
                  const char *member,
                  JsonObject *base,
                  JsonObject *ours,
                  JsonObject *theirs,
                  GPtrArray  *deleted_parties)
{
  static const char *const ours_only[] = { "format", "version", "id", "created", "modified", NULL };
  JsonNode                *value;

  if (g_strv_contains (ours_only, member))
    {
      value = json_object_get_member (ours, member);
      if (value != NULL)
        json_object_set_member (result, member, json_node_copy (value));
      return;
    }

  if (strcmp (member, "items") == 0 || strcmp (member, "parties") == 0)
    {
      gboolean parties = strcmp (member, "parties") == 0;
      g_autoptr (GPtrArray) deleted =
        g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
      JsonArray *merged =
        merge_keyed_list (merge, get_array (base, member), get_array (ours, member),
                          get_array (theirs, member), parties ? "party:" : "", deleted);

      if (parties)
        g_ptr_array_extend_and_steal (deleted_parties, g_steal_pointer (&deleted));
      json_object_set_array_member (result, member, merged);
      return;
    }

  if (is_record_list (member))
    {
      JsonArray *merged = merge_record_list (get_array (base, member), get_array (ours, member),
                                             get_array (theirs, member));

      if (json_array_get_length (merged) > 0)
        json_object_set_array_member (result, member, merged);
      else
        json_array_unref (merged);
      return;
    }

  value =
    merge_value (merge, "project", member, json_object_get_member (base, member),
                 json_object_get_member (ours, member), json_object_get_member (theirs, member));
  if (value != NULL)
    json_object_set_member (result, member, json_node_copy (value));
}

static JsonObject *
merge_roots (Merge      *merge,
             JsonObject *base,
             JsonObject *ours,
             JsonObject *theirs,
             GPtrArray  *deleted_parties)
{
  JsonObject *result = json_object_new ();
  g_autoptr (GList) our_members = json_object_get_members (ours);
  g_autoptr (GList) their_members = json_object_get_members (theirs);

  for (GList *l = our_members; l != NULL; l = l->next)
    if (strcmp (l->data, "conflicts") != 0)
      merge_top_member (merge, result, l->data, base, ours, theirs, deleted_parties);

  for (GList *l = their_members; l != NULL; l = l->next)
    if (!json_object_has_member (ours, l->data) && strcmp (l->data, "conflicts") != 0)
      merge_top_member (merge, result, l->data, base, ours, theirs, deleted_parties);

  return result;
}

static void
set_conflicts (JsonObject *result,
               JsonObject *base,
               JsonObject *ours,
               JsonObject *theirs,
               JsonArray  *found)
{
  JsonArray *conflicts =
    merge_record_list (get_array (base, "conflicts"), get_array (ours, "conflicts"),
                       get_array (theirs, "conflicts"));

  for (guint i = 0; i < json_array_get_length (found); i++)
    json_array_add_element (conflicts, json_node_copy (json_array_get_element (found, i)));

  if (json_array_get_length (conflicts) > 0)
    json_object_set_array_member (result, "conflicts", conflicts);
  else
    json_array_unref (conflicts);
}

static BuntanProject *
read_merged (JsonObject *result, GError **error)
{
  g_autoptr (JsonNode) root = json_node_init_object (json_node_alloc (), result);
  g_autoptr (GBytes) bytes = NULL;
  gsize length = 0;
  char *data = buntan_json_write (root, &length);

  bytes = g_bytes_new_take (data, length);
  return _buntan_project_read (bytes, "merge", error);
}

/**
 * buntan_merge_projects:
 * @base: the project both sides started from
 * @ours: our changes of it
 * @theirs: their changes of it
 * @n_conflicts: (out) (optional): the number of conflicts the merge found
 * @error: return location for a #BUNTAN_PROJECT_ERROR when even the merge
 *   with every deleted party put back is not a valid project
 *
 * Merges by item and party, field by field. The result holds ours where both
 * sides changed a field differently and lists each such field in its
 * `conflicts` (buntan_conflict_list_project()), as it does an item deleted
 * on one side and edited on the other (kept, edited). A party one side
 * deleted while the other still gives it items is put back, as a conflict.
 *
 * Returns: (transfer full) (nullable): the merged project, with no file
 */
BuntanProject *
buntan_merge_projects (BuntanProject *base,
                       BuntanProject *ours,
                       BuntanProject *theirs,
                       guint         *n_conflicts,
                       GError       **error)
{
  g_autoptr (JsonObject) base_root = NULL;
  g_autoptr (JsonObject) our_root = NULL;
  g_autoptr (JsonObject) their_root = NULL;
  g_autoptr (JsonObject) result = NULL;
  g_autoptr (JsonArray) found = json_array_new ();
  g_autoptr (GPtrArray) deleted_parties =
    g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr (GError) local_error = NULL;
  BuntanProject *project;
  Merge          merge = { found };

  g_return_val_if_fail (BUNTAN_IS_PROJECT (base), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (ours), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (theirs), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  base_root = _buntan_project_dup_canonical_object (base);
  our_root = _buntan_project_dup_canonical_object (ours);
  their_root = _buntan_project_dup_canonical_object (theirs);

  result = merge_roots (&merge, base_root, our_root, their_root, deleted_parties);
  set_conflicts (result, base_root, our_root, their_root, found);
  project = read_merged (result, &local_error);

  /* A party deleted on one side may still be named on the other (an item
   * given to it, a meeting held with it): put every deleted party back. */
  if (project == NULL && deleted_parties->len > 0)
    {
      JsonArray *parties = get_array (result, "parties");

      g_clear_error (&local_error);
      for (guint i = 0; i < deleted_parties->len; i++)
        {
          JsonObject      *party = g_ptr_array_index (deleted_parties, i);
          const char      *id = json_object_get_string_member (party, "id");
          g_autofree char *subject = g_strconcat ("party:", id, NULL);

          json_array_add_object_element (parties, json_object_ref (party));
          add_deletion_conflict (&merge, subject,
                                 !list_has_id (get_array (our_root, "parties"), id));
        }
      set_conflicts (result, base_root, our_root, their_root, found);
      project = read_merged (result, &local_error);
    }

  if (project == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (n_conflicts != NULL)
    *n_conflicts = json_array_get_length (found);
  return project;
}
