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
#include <glib/gi18n-lib.h>

#include "buntan-comparison-private.h"
#include "buntan-history-private.h"
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

static char *
dup_object_text (JsonObject *object)
{
  g_autoptr (JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/* The merged text of one item (or party) both sides kept. Texts tell most
 * apart without parsing: only an object both sides changed is merged
 * member by member. */
static char *
merge_entry (Merge                *merge,
             const char           *subject,
             BuntanCanonicalEntry *base,
             BuntanCanonicalEntry *ours,
             BuntanCanonicalEntry *theirs)
{
  g_autoptr (JsonObject) merged = NULL;

  if (_buntan_canonical_entries_equal (ours, theirs))
    return g_strdup (ours->text);
  if (base != NULL && _buntan_canonical_entries_equal (base, ours))
    return g_strdup (theirs->text);
  if (base != NULL && _buntan_canonical_entries_equal (base, theirs))
    return g_strdup (ours->text);

  merged =
    merge_object (merge, subject, base != NULL ? _buntan_canonical_entry_get_object (base) : NULL,
                  _buntan_canonical_entry_get_object (ours),
                  _buntan_canonical_entry_get_object (theirs));
  return dup_object_text (merged);
}

static void
append_queue (GPtrArray *result, GHashTable *queues, const char *anchor)
{
  GPtrArray *queue = g_hash_table_lookup (queues, anchor);

  for (guint i = 0; queue != NULL && i < queue->len; i++)
    g_ptr_array_add (result,
                     g_strdup (((BuntanCanonicalEntry *) g_ptr_array_index (queue, i))->text));
}

/* The items (or parties) by id, as texts. Ours keep their order; what only
 * theirs have comes after the element it follows in theirs. @prefix names
 * the subject of a conflict ("" for items, "party:" for parties). @deleted
 * collects the base's entries the merge leaves out. */
static GPtrArray *
merge_keyed_list (Merge      *merge,
                  GPtrArray  *base,
                  GHashTable *base_index,
                  GPtrArray  *ours,
                  GHashTable *our_index,
                  GPtrArray  *theirs,
                  GHashTable *their_index,
                  const char *prefix,
                  GPtrArray  *deleted)
{
  g_autoptr (GHashTable) queues =
    g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray  *result = g_ptr_array_new_with_free_func (g_free);
  const char *anchor = "";

  for (guint i = 0; i < ours->len; i++)
    {
      BuntanCanonicalEntry *entry = g_ptr_array_index (ours, i);
      BuntanCanonicalEntry *base_entry = g_hash_table_lookup (base_index, entry->id);

      if (base_entry != NULL && !g_hash_table_contains (their_index, entry->id))
        {
          g_autofree char *subject = g_strconcat (prefix, entry->id, NULL);

          if (_buntan_canonical_entries_equal (base_entry, entry))
            {
              g_ptr_array_add (deleted, base_entry);
              continue;
            }
          add_deletion_conflict (merge, subject, FALSE);
        }
      g_hash_table_add (kept, entry->id);
    }

  /* Theirs in their order: what they alone have joins the queue of the
   * last element both keep before it. */
  for (guint i = 0; i < theirs->len; i++)
    {
      BuntanCanonicalEntry *entry = g_ptr_array_index (theirs, i);
      BuntanCanonicalEntry *base_entry = g_hash_table_lookup (base_index, entry->id);
      GPtrArray            *queue;

      if (g_hash_table_contains (kept, entry->id))
        {
          anchor = entry->id;
          continue;
        }
      if (g_hash_table_contains (our_index, entry->id))
        continue;

      if (base_entry != NULL)
        {
          g_autofree char *subject = g_strconcat (prefix, entry->id, NULL);

          if (_buntan_canonical_entries_equal (base_entry, entry))
            {
              g_ptr_array_add (deleted, base_entry);
              continue;
            }
          add_deletion_conflict (merge, subject, TRUE);
        }

      queue = g_hash_table_lookup (queues, anchor);
      if (queue == NULL)
        {
          queue = g_ptr_array_new ();
          g_hash_table_insert (queues, (gpointer) anchor, queue);
        }
      g_ptr_array_add (queue, entry);
    }

  /* Base-only objects deleted on both sides need no word. */
  append_queue (result, queues, "");
  for (guint i = 0; i < ours->len; i++)
    {
      BuntanCanonicalEntry *entry = g_ptr_array_index (ours, i);
      BuntanCanonicalEntry *their_entry = g_hash_table_lookup (their_index, entry->id);

      if (!g_hash_table_contains (kept, entry->id))
        continue;

      if (their_entry != NULL)
        {
          g_autofree char *subject = g_strconcat (prefix, entry->id, NULL);

          g_ptr_array_add (result,
                           merge_entry (merge, subject, g_hash_table_lookup (base_index, entry->id),
                                        entry, their_entry));
        }
      else
        {
          g_ptr_array_add (result, g_strdup (entry->text));
        }
      append_queue (result, queues, entry->id);
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

/* Lists of records (meetings, conflicts, questionnaires) merge as sets:
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
  static const char *const record_lists[] = { "meetings", "conflicts", "questionnaires", NULL };

  return g_strv_contains (record_lists, member);
}

/* Versions and rounds are known by their number (第N版, the Nth round): the
 * reader refuses a number listed twice, so they merge by number, never as
 * sets. A record only one side has is taken; one both sides have merges as
 * a value, except that the same version withdrawn on one side is the one
 * version, withdrawn. */
static gboolean
is_numbered_list (const char *member)
{
  return strcmp (member, "versions") == 0 || strcmp (member, "rounds") == 0;
}

static gint64
get_record_number (JsonNode *record)
{
  JsonNode *number;

  if (!JSON_NODE_HOLDS_OBJECT (record))
    return 0;
  number = json_object_get_member (json_node_get_object (record), "number");
  return number != NULL && json_node_get_value_type (number) == G_TYPE_INT64
           ? json_node_get_int (number)
           : 0;
}

/* Number → record (borrowed), of one side's list. */
static GHashTable *
index_by_number (JsonArray *records)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; records != NULL && i < json_array_get_length (records); i++)
    {
      JsonNode *record = json_array_get_element (records, i);
      gint64   *number = g_new (gint64, 1);

      *number = get_record_number (record);
      g_hash_table_insert (index, number, record);
    }

  return index;
}

/* The record less its withdrawal: what was agreed. A new node: the
 * canonical trees may be immutable. */
static JsonNode *
dup_without_withdrawal (JsonNode *record)
{
  g_autoptr (JsonObject) object = NULL;
  g_autoptr (GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (record))
    return json_node_copy (record);

  object = json_object_new ();
  members = json_object_get_members (json_node_get_object (record));
  for (GList *l = members; l != NULL; l = l->next)
    if (strcmp (l->data, "withdrawn") != 0)
      json_object_set_member (object, l->data,
                              json_node_copy (
                                json_object_get_member (json_node_get_object (record), l->data)));

  return json_node_init_object (json_node_alloc (), object);
}

static gboolean
agree_but_for_withdrawal (JsonNode *ours, JsonNode *theirs)
{
  g_autoptr (JsonNode) our_agreement = dup_without_withdrawal (ours);
  g_autoptr (JsonNode) their_agreement = dup_without_withdrawal (theirs);

  return json_node_equal (our_agreement, their_agreement);
}

static gboolean
is_withdrawn (JsonNode *record)
{
  return JSON_NODE_HOLDS_OBJECT (record) &&
         json_object_has_member (json_node_get_object (record), "withdrawn");
}

/* One number both sides list, differently (borrowed from @ours or @theirs). */
static JsonNode *
merge_numbered_record (Merge      *merge,
                       const char *member,
                       gint64      number,
                       JsonNode   *base,
                       JsonNode   *ours,
                       JsonNode   *theirs)
{
  g_autofree char *subject = NULL;
  const char      *kind = strcmp (member, "versions") == 0 ? "version" : "round";

  if (_buntan_json_values_equal (base, ours))
    return theirs;
  if (_buntan_json_values_equal (base, theirs))
    return ours;

  subject = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, number);
  if (agree_but_for_withdrawal (ours, theirs))
    {
      if (is_withdrawn (ours) && is_withdrawn (theirs))
        {
          /* Withdrawn on both sides, for different reasons or on different
           * days: ours is kept, theirs is named in the conflict. */
          add_conflict (merge, subject, "withdrawn", NULL,
                        json_object_get_member (json_node_get_object (ours), "withdrawn"),
                        json_object_get_member (json_node_get_object (theirs), "withdrawn"));
          return ours;
        }
      return is_withdrawn (ours) ? ours : theirs;
    }

  /* Two agreements under one number (agreed on both sides since the base):
   * ours stays 第N版 and theirs is kept whole in the conflict, never
   * renumbered: a number cited in a contract must not move. */
  add_conflict (merge, subject, kind, base, ours, theirs);
  return ours;
}

static gint
compare_record_numbers (gconstpointer a, gconstpointer b)
{
  gint64 first = get_record_number (*(JsonNode **) a);
  gint64 second = get_record_number (*(JsonNode **) b);

  return first < second ? -1 : first > second;
}

/* A record one side dropped is kept: versions and rounds are never deleted. */
static JsonArray *
merge_numbered_list (Merge      *merge,
                     const char *member,
                     JsonArray  *base,
                     JsonArray  *ours,
                     JsonArray  *theirs)
{
  g_autoptr (GHashTable) base_index = index_by_number (base);
  g_autoptr (GHashTable) our_index = index_by_number (ours);
  g_autoptr (GHashTable) their_index = index_by_number (theirs);
  g_autoptr (GPtrArray) merged = g_ptr_array_new ();
  JsonArray *result = json_array_new ();

  for (guint i = 0; ours != NULL && i < json_array_get_length (ours); i++)
    {
      JsonNode *record = json_array_get_element (ours, i);
      gint64    number = get_record_number (record);
      JsonNode *their_record = g_hash_table_lookup (their_index, &number);

      if (their_record != NULL && !json_node_equal (record, their_record))
        record =
          merge_numbered_record (merge, member, number, g_hash_table_lookup (base_index, &number),
                                 record, their_record);
      g_ptr_array_add (merged, record);
    }

  for (guint i = 0; theirs != NULL && i < json_array_get_length (theirs); i++)
    {
      JsonNode *record = json_array_get_element (theirs, i);
      gint64    number = get_record_number (record);

      if (!g_hash_table_contains (our_index, &number))
        g_ptr_array_add (merged, record);
    }

  g_ptr_array_sort (merged, compare_record_numbers);
  for (guint i = 0; i < merged->len; i++)
    json_array_add_element (result, json_node_copy (g_ptr_array_index (merged, i)));

  return result;
}

/* The project's own members: identity and times are ours; records merge
 * as sets; any other member, one the format gains tomorrow included, merges
 * as a value. The parties and items are not among them (see
 * _buntan_canonical_new()). */
static void
merge_top_member (Merge      *merge,
                  JsonObject *result,
                  const char *member,
                  JsonObject *base,
                  JsonObject *ours,
                  JsonObject *theirs)
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

  if (is_record_list (member) || is_numbered_list (member))
    {
      JsonArray *merged =
        is_numbered_list (member)
          ? merge_numbered_list (merge, member, get_array (base, member), get_array (ours, member),
                                 get_array (theirs, member))
          : merge_record_list (get_array (base, member), get_array (ours, member),
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
merge_tops (Merge *merge, JsonObject *base, JsonObject *ours, JsonObject *theirs)
{
  JsonObject *result = json_object_new ();
  g_autoptr (GList) our_members = json_object_get_members (ours);
  g_autoptr (GList) their_members = json_object_get_members (theirs);

  /* The conflicts come last, once every other member has had its say. */
  for (GList *l = our_members; l != NULL; l = l->next)
    if (strcmp (l->data, "conflicts") != 0)
      merge_top_member (merge, result, l->data, base, ours, theirs);

  for (GList *l = their_members; l != NULL; l = l->next)
    if (!json_object_has_member (ours, l->data) && strcmp (l->data, "conflicts") != 0)
      merge_top_member (merge, result, l->data, base, ours, theirs);

  return result;
}

static void
append_list (GString *text, const char *member, GPtrArray *elements)
{
  g_string_append_printf (text, ",\"%s\":[", member);
  for (guint i = 0; i < elements->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, g_ptr_array_index (elements, i));
    }
  g_string_append_c (text, ']');
}

/* The merged file: the project's own members, the conflicts, and the
 * parties' and items' texts spliced in. The strict reader then checks the
 * whole, and a save writes it in canonical form again. */
static BuntanProject *
read_merged (JsonObject *top,
             JsonArray  *conflicts,
             GPtrArray  *parties,
             GPtrArray  *items,
             GError    **error)
{
  g_autoptr (JsonObject) whole = json_object_new ();
  g_autoptr (GList) members = json_object_get_members (top);
  g_autofree char *head = NULL;
  g_autoptr (GBytes) bytes = NULL;
  GString *text;
  gsize    length;

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (whole, l->data, json_node_copy (json_object_get_member (top, l->data)));
  if (json_array_get_length (conflicts) > 0)
    json_object_set_array_member (whole, "conflicts", json_array_ref (conflicts));

  head = dup_object_text (whole);
  length = strlen (head);
  g_assert (length >= 2 && head[length - 1] == '}');
  text = g_string_new_len (head, (gssize) length - 1);
  append_list (text, "parties", parties);
  append_list (text, "items", items);
  g_string_append_c (text, '}');

  length = text->len;
  bytes = g_bytes_new_take (g_string_free (text, FALSE), length);
  return _buntan_project_read (bytes, "merge", error);
}

static JsonArray *
merge_conflicts (JsonObject *base, JsonObject *ours, JsonObject *theirs, JsonArray *found)
{
  JsonArray *conflicts =
    merge_record_list (get_array (base, "conflicts"), get_array (ours, "conflicts"),
                       get_array (theirs, "conflicts"));

  for (guint i = 0; i < json_array_get_length (found); i++)
    json_array_add_element (conflicts, json_node_copy (json_array_get_element (found, i)));

  return conflicts;
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
 * deleted while the other still names it is put back, as a conflict.
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
  g_autoptr (BuntanCanonical) b = NULL;
  g_autoptr (BuntanCanonical) o = NULL;
  g_autoptr (BuntanCanonical) t = NULL;
  g_autoptr (JsonObject) top = NULL;
  g_autoptr (JsonArray) found = json_array_new ();
  g_autoptr (JsonArray) conflicts = NULL;
  g_autoptr (GPtrArray) deleted_parties = g_ptr_array_new ();
  g_autoptr (GPtrArray) deleted_items = g_ptr_array_new ();
  g_autoptr (GPtrArray) parties = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GError) local_error = NULL;
  BuntanProject *project;
  Merge          merge = { found };

  g_return_val_if_fail (BUNTAN_IS_PROJECT (base), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (ours), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (theirs), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  b = _buntan_canonical_new (base);
  o = _buntan_canonical_new (ours);
  t = _buntan_canonical_new (theirs);

  top = merge_tops (&merge, b->top, o->top, t->top);
  parties = merge_keyed_list (&merge, b->parties, b->party_index, o->parties, o->party_index,
                              t->parties, t->party_index, "party:", deleted_parties);
  items = merge_keyed_list (&merge, b->items, b->item_index, o->items, o->item_index, t->items,
                            t->item_index, "", deleted_items);
  conflicts = merge_conflicts (b->top, o->top, t->top, found);
  project = read_merged (top, conflicts, parties, items, &local_error);

  /* A party deleted on one side may still be named on the other (an item
   * given to it, a meeting held with it): put every deleted party back. */
  if (project == NULL && deleted_parties->len > 0)
    {
      g_clear_error (&local_error);
      for (guint i = 0; i < deleted_parties->len; i++)
        {
          BuntanCanonicalEntry *party = g_ptr_array_index (deleted_parties, i);
          g_autofree char      *subject = g_strconcat ("party:", party->id, NULL);

          g_ptr_array_add (parties, g_strdup (party->text));
          add_deletion_conflict (&merge, subject,
                                 !g_hash_table_contains (o->party_index, party->id));
        }
      g_clear_pointer (&conflicts, json_array_unref);
      conflicts = merge_conflicts (b->top, o->top, t->top, found);
      project = read_merged (top, conflicts, parties, items, &local_error);
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

/**
 * buntan_merge_is_same_project:
 * @a: a project
 * @b: another project
 *
 * Whether two projects are one negotiation, as their ids say. A project
 * read from a format 1 file has no id of its own (it is made from the
 * file's content when read), so it is taken to be the same as any other.
 *
 * Returns: %FALSE when both carry ids and the ids differ
 */
gboolean
buntan_merge_is_same_project (BuntanProject *a, BuntanProject *b)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (a), FALSE);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (b), FALSE);

  if (buntan_project_get_file_version (a) < 2 || buntan_project_get_file_version (b) < 2)
    return TRUE;
  return g_strcmp0 (buntan_project_get_id (a), buntan_project_get_id (b)) == 0;
}

/**
 * buntan_merge_file_changes:
 * @ours: the open project, with changes made since its file was last read
 *   or saved
 * @base: the bytes of @ours's file when it was last read or saved
 * @theirs: the bytes the file holds now, saved by someone else
 * @n_conflicts: (out) (optional): the number of conflicts the merge found
 * @error: return location for a #BUNTAN_PROJECT_ERROR naming the file
 *
 * Merges someone else's save of the open project's file with the changes
 * made in memory since, the last read or saved state as the base. @theirs
 * that is not a project, or is another negotiation (another id), is refused.
 * The result belongs to @ours's file and is unsaved: the file is untouched
 * until it is saved.
 *
 * Returns: (transfer full) (nullable): the merged project
 */
BuntanProject *
buntan_merge_file_changes (BuntanProject *ours,
                           GBytes        *base,
                           GBytes        *theirs,
                           guint         *n_conflicts,
                           GError       **error)
{
  g_autoptr (BuntanProject) base_project = NULL;
  g_autoptr (BuntanProject) their_project = NULL;
  g_autofree char *display_name = NULL;
  BuntanProject   *merged;
  GFile           *file;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (ours), NULL);
  g_return_val_if_fail (buntan_project_get_file (ours) != NULL, NULL);
  g_return_val_if_fail (base != NULL, NULL);
  g_return_val_if_fail (theirs != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = buntan_project_get_file (ours);
  display_name = g_file_get_parse_name (file);

  their_project = _buntan_project_read (theirs, display_name, error);
  if (their_project == NULL)
    return NULL;

  if (!buntan_merge_is_same_project (ours, their_project))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("%s: now holds a different project (id %s, the open one is %s); merging "
                      "them would mix two negotiations"),
                   display_name, buntan_project_get_id (their_project),
                   buntan_project_get_id (ours));
      return NULL;
    }

  /* The base was read or written by this program: it is a project. */
  base_project = _buntan_project_read (base, display_name, error);
  if (base_project == NULL)
    return NULL;

  merged = buntan_merge_projects (base_project, ours, their_project, n_conflicts, error);
  if (merged == NULL)
    {
      g_prefix_error (error, _ ("%s: their changes cannot be merged with yours: "), display_name);
      return NULL;
    }

  _buntan_project_set_file (merged, file);
  /* Saving over a file an older version wrote must still keep that file. */
  _buntan_project_set_file_version (merged, buntan_project_get_file_version (their_project));
  _buntan_history_forget_saved (buntan_project_get_history (merged));
  buntan_project_set_is_modified (merged, TRUE);

  return merged;
}
