/* buntan-project-file-conflicts.c — reading and writing the conflicts a merge left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each conflict names what it is about (an item id, "party:ID", "project",
 * "version:N" or "round:N"), the field, and the values before, ours (the
 * one the project holds) and theirs. The reader refuses a conflict about
 * something the project does not have: resolving it could only fail, and
 * a hand-edited or damaged list would otherwise go unnoticed.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-check.h"
#include "buntan-core-private.h"
#include "buntan-item.h"
#include "buntan-party.h"
#include "buntan-project-file-conflicts.h"
#include "buntan-project-file-private.h"
#include "buntan-round.h"
#include "buntan-version.h"

static const char *const conflict_members[] = { "item", "field", "base", "ours", "theirs", NULL };

/* What a conflict says of a whole item or party deleted on one side
 * (buntan-merge.c). */
#define DELETED_FIELD "deleted"

static gboolean
has_extra_member (JsonObject *extra, const char *member)
{
  return extra != NULL && json_object_has_member (extra, member);
}

static gboolean
lists_round (BuntanProject *project, guint64 number)
{
  GListModel *rounds = buntan_project_get_rounds (project);

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr (BuntanRound) round = g_list_model_get_item (rounds, i);

      if (buntan_round_get_number (round) == number)
        return TRUE;
    }

  return FALSE;
}

/* Whether @subject names something of @project, and @field one of its
 * members; refuses otherwise. */
static gboolean
check_subject (BuntanJsonReader *reader,
               BuntanProject    *project,
               JsonObject       *root,
               const char       *path,
               const char       *subject,
               const char       *field)
{
  gboolean    known_subject = FALSE, known_field = FALSE;
  const char *number_text = NULL;
  guint64     number = 0;

  if (strcmp (subject, "project") == 0)
    {
      known_subject = TRUE;
      known_field =
        g_strv_contains (project_members, field) || json_object_has_member (root, field);
    }
  else if (g_str_has_prefix (subject, "party:"))
    {
      BuntanParty *party = buntan_project_find_party (project, subject + strlen ("party:"));

      known_subject = party != NULL;
      known_field = strcmp (field, DELETED_FIELD) == 0 || g_strv_contains (party_members, field) ||
                    (party != NULL && has_extra_member (_buntan_party_get_extra (party), field));
    }
  else if (g_str_has_prefix (subject, "version:") || g_str_has_prefix (subject, "round:"))
    {
      gboolean is_version = g_str_has_prefix (subject, "version:");

      number_text = strchr (subject, ':') + 1;
      known_subject = g_ascii_string_to_unsigned (number_text, 10, 1, G_MAXUINT, &number, NULL) &&
                      (is_version ? buntan_project_find_version (project, (guint) number) != NULL
                                  : lists_round (project, number));
      known_field =
        strcmp (field, "withdrawn") == 0 || strcmp (field, is_version ? "version" : "round") == 0;
    }
  else
    {
      BuntanItem *item = buntan_project_find_item (project, subject);

      known_subject = item != NULL;
      known_field = strcmp (field, DELETED_FIELD) == 0 || g_strv_contains (item_members, field) ||
                    (item != NULL && has_extra_member (_buntan_item_get_extra (item), field));
    }

  if (!known_subject)
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "item",
      _ ("“%s” names no item, party, version or round of this project"), subject);
  if (!known_field)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "field",
                                      _ ("“%s” is not a field of “%s”"), field, subject);
  return TRUE;
}

static gboolean
read_conflict (BuntanJsonReader *reader,
               BuntanProject    *project,
               JsonObject       *root,
               JsonNode         *node,
               guint             index,
               GPtrArray        *texts)
{
  g_autofree char *path = g_strdup_printf ("conflicts[%u]", index);
  g_autoptr (JsonObject) copy = json_object_new ();
  g_autoptr (JsonNode) copy_node = NULL;
  JsonObject *object;
  const char *subject, *field;

  if (!buntan_json_reader_get_object (reader, node, path, &object) ||
      !buntan_json_reader_get_string (reader, object, path, "item", TRUE, &subject) ||
      !buntan_json_reader_get_string (reader, object, path, "field", TRUE, &field))
    return FALSE;

  /* base, ours and theirs hold any value, null included, but must be
   * there: a conflict without a side cannot be decided. */
  for (guint i = 2; conflict_members[i] != NULL; i++)
    if (!json_object_has_member (object, conflict_members[i]))
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                        _ ("the required key “%s” is missing"),
                                        conflict_members[i]);

  if (!check_subject (reader, project, root, path, subject, field))
    return FALSE;

  /* Kept as the file has it, in the members' order, for the resolving. */
  for (guint i = 0; conflict_members[i] != NULL; i++)
    json_object_set_member (copy, conflict_members[i],
                            json_node_copy (json_object_get_member (object, conflict_members[i])));
  copy_node = json_node_init_object (json_node_alloc (), copy);
  g_ptr_array_add (texts, json_to_string (copy_node, FALSE));

  return TRUE;
}

/* After the items, parties, versions and rounds: a conflict names them. */
gboolean
_buntan_project_read_conflicts (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root)
{
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  JsonArray *conflicts;

  if (!buntan_json_reader_get_array (reader, root, "", "conflicts", FALSE, &conflicts))
    return FALSE;
  if (conflicts == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (conflicts); i++)
    if (!read_conflict (reader, project, root, json_array_get_element (conflicts, i), i, texts))
      return FALSE;

  g_ptr_array_add (texts, NULL);
  _buntan_project_set_conflicts (project, (const char *const *) texts->pdata);
  return TRUE;
}

void
_buntan_project_write_conflicts (BuntanJsonStream *stream, BuntanProject *project)
{
  const char *const *conflicts = _buntan_project_get_conflicts (project);

  if (conflicts == NULL || conflicts[0] == NULL)
    return;

  buntan_json_stream_set_member_name (stream, "conflicts");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; conflicts[i] != NULL; i++)
    {
      g_autoptr (JsonNode) node = json_from_string (conflicts[i], NULL);

      buntan_json_stream_add_node (stream, node);
    }
  buntan_json_stream_end_array (stream);
}

static void
copy_recorded_properties (GObject *from, GObject *to)
{
  guint                   n_pspecs;
  g_autofree GParamSpec **pspecs =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (to), &n_pspecs);

  /* Through each setter: the history records what changes, and a value
   * that is the same already is no step at all. */
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0 ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (from, pspecs[i]->name, &value);
      g_object_set_property (to, pspecs[i]->name, &value);
    }
}

static void
copy_checks (BuntanItem *from, BuntanItem *to)
{
  GListModel *checks = buntan_item_get_checks (from);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr (BuntanCheck) check = g_list_model_get_item (checks, i);

      copy_recorded_properties (G_OBJECT (check),
                                G_OBJECT (
                                  buntan_item_ensure_check (to, buntan_check_get_party (check))));
    }
}

/* Gives the item of a conflict ({item, field, base, ours, theirs}) their
 * value: the item's object as the file holds it, with their value put in,
 * is read by the file's own strict reader, and what the read item holds is
 * set on ours. A value the reader would refuse is refused here too. */
gboolean
_buntan_conflict_apply_theirs (BuntanProject *project, const char *conflict_text, GError **error)
{
  g_autoptr (JsonNode) conflict_node = json_from_string (conflict_text, NULL);
  g_autoptr (JsonNode) item_node = NULL;
  g_autoptr (GHashTable) party_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) item_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) read_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *item_text = NULL;
  g_autofree char *place = NULL;
  BuntanJsonReader reader;
  JsonObject      *conflict, *object;
  JsonNode        *theirs;
  BuntanItem      *item;
  GListModel      *parties = buntan_project_get_parties (project);
  const char      *id, *field;

  g_assert (conflict_node != NULL && JSON_NODE_HOLDS_OBJECT (conflict_node));
  conflict = json_node_get_object (conflict_node);
  id = json_object_get_string_member (conflict, "item");
  field = json_object_get_string_member (conflict, "field");
  theirs = json_object_get_member (conflict, "theirs");

  item = buntan_project_find_item (project, id);
  if (item == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("The item “%s” is no longer in the project"), id);
      return FALSE;
    }

  item_text = _buntan_project_write_object (item, NULL);
  item_node = json_from_string (item_text, NULL);
  object = json_node_get_object (item_node);
  if (JSON_NODE_HOLDS_NULL (theirs))
    json_object_remove_member (object, field);
  else
    json_object_set_member (object, field, json_node_copy (theirs));

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      g_hash_table_add (party_ids, (gpointer) buntan_party_get_id (party));
    }

  /* TRANSLATORS: where a refusal of their value happened: "their value of P2-A-4" */
  place = g_strdup_printf (_ ("their value of %s"), id);
  buntan_json_reader_init (&reader, place, BUNTAN_PROJECT_ERROR, -1, error);
  buntan_json_reader_set_item_id (&reader, id);
  if (!_buntan_project_read_item (&reader, read_items, item_node, party_ids, item_ids))
    return FALSE;

  copy_recorded_properties (g_ptr_array_index (read_items, 0), G_OBJECT (item));
  if (strcmp (field, "checks") == 0)
    copy_checks (g_ptr_array_index (read_items, 0), item);

  return TRUE;
}
