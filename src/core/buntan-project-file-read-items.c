/* buntan-project-file-read-items.c — reading the items of a project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-next-year-private.h"
#include "buntan-project-file-private.h"

/* @path: "" for the item's own first check, "checks[N]" for a vendor's. */
static gboolean
read_first_check (BuntanJsonReader  *reader,
                  JsonObject        *object,
                  const char        *path,
                  BuntanCheckResult *result,
                  const char       **date)
{
  g_autofree char *inner = NULL;
  JsonNode        *node;
  int              value;

  *result = BUNTAN_CHECK_RESULT_UNSET;
  *date = NULL;

  if (!buntan_json_reader_get_member (reader, object, path, "first_check", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  inner = *path != '\0' ? g_strdup_printf ("%s.first_check", path) : g_strdup ("first_check");
  if (!buntan_json_reader_get_enum (reader, json_node_get_object (node), inner, "result",
                                    BUNTAN_TYPE_CHECK_RESULT, _ ("first check result"), FALSE,
                                    BUNTAN_CHECK_RESULT_UNSET, &value) ||
      !buntan_json_reader_get_date (reader, json_node_get_object (node), inner, "date", FALSE,
                                    date))
    return FALSE;

  *result = value;
  return TRUE;
}

static gboolean
check_party_reference (BuntanJsonReader *reader,
                       GHashTable       *party_ids,
                       const char       *member,
                       const char       *id)
{
  if (g_hash_table_contains (party_ids, id))
    return TRUE;

  return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, "", member,
                                    _ ("“%s” names no party of this project"), id);
}

/* Contract kinds by their file names: a wrong one is refused with its place. */
static gboolean
read_applies_to (BuntanJsonReader *reader, JsonObject *object, char ***kinds)
{
  return buntan_json_reader_get_nicks (reader, object, "", "applies_to", BUNTAN_TYPE_CONTRACT_KIND,
                                       _ ("kind of contract"),
                                       "development, maintenance, cloud, other", kinds);
}

/* The vendors' checks of a Part 2 item. A check for a party the item no
 * longer involves is kept (an ordinary edit makes one) and reported by the
 * overview as a warning; an unknown party or a second check for the same
 * party is refused. */
static gboolean
read_checks (BuntanJsonReader *reader, JsonObject *object, GHashTable *party_ids, GPtrArray *checks)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!buntan_json_reader_get_array (reader, object, "", "checks", FALSE, &array))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("checks[%u]", i);
      g_autoptr (BuntanCheck) check = NULL;
      g_autoptr (BuntanPreviousAnswer) previous = NULL;
      JsonObject       *check_object;
      const char       *party, *date, *completed, *target, *agreed;
      BuntanCheckResult result;

      if (!buntan_json_reader_get_object (reader, json_array_get_element (array, i), path,
                                          &check_object) ||
          !buntan_json_reader_get_string (reader, check_object, path, "party", TRUE, &party) ||
          !read_first_check (reader, check_object, path, &result, &date) ||
          !buntan_json_reader_get_date (reader, check_object, path, "completed", FALSE,
                                        &completed) ||
          !buntan_json_reader_get_date (reader, check_object, path, "target", FALSE, &target) ||
          !buntan_json_reader_get_date (reader, check_object, path, "agreed", FALSE, &agreed) ||
          !_buntan_project_read_previous_answer (reader, check_object, path, &previous))
        return FALSE;

      if (!g_hash_table_contains (party_ids, party))
        return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, path, "party",
                                          _ ("“%s” names no party of this project"), party);

      if (!g_hash_table_add (seen, (gpointer) party))
        return buntan_json_reader_refuse (
          reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "party",
          _ ("“%s” has a second check on this item; each vendor confirms an item once"), party);

      check = buntan_check_new (party);
      buntan_check_set_result (check, result);
      buntan_check_set_date (check, date);
      buntan_check_set_completed (check, completed);
      buntan_check_set_target (check, target);
      buntan_check_set_agreed (check, agreed);
      _buntan_check_set_previous (check, previous);
      g_ptr_array_add (checks, g_steal_pointer (&check));
    }

  return TRUE;
}

/* Places inside an item name the item by its id and the field, not by a
 * JSON path: "item P2-A-4, status" is what a hospital can find. */
gboolean
_buntan_project_read_item (BuntanJsonReader *reader,
                           GPtrArray        *items,
                           JsonNode         *node,
                           GHashTable       *party_ids,
                           GHashTable       *item_ids)
{
  g_autoptr (BuntanItem) item = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) references = NULL;
  g_auto (GStrv) participants = NULL;
  g_auto (GStrv) applies_to = NULL;
  g_auto (GStrv) informed = NULL;
  g_autoptr (GPtrArray) checks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (BuntanPreviousAnswer) previous = NULL;
  JsonObject       *object;
  const char       *id, *section, *section_title, *number, *title, *content, *risk, *recommended;
  const char       *owner, *check_date, *completed, *clause, *note;
  const char       *agreed_terms, *official_ref, *target;
  BuntanCheckResult check;
  gboolean          custom;
  guint             part;
  int               status;

  if (!buntan_json_reader_get_object (reader, node, "", &object) ||
      !buntan_json_reader_get_string (reader, object, "", "id", TRUE, &id))
    return FALSE;

  if (*id == '\0')
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, "", "id",
                                      _ ("the item id is empty"));

  if (!g_hash_table_add (item_ids, (gpointer) id))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, "", "id",
      _ ("the item id “%s” is used twice; every item needs its own id"), id);

  buntan_json_reader_set_item_id (reader, id);

  if (!buntan_json_reader_get_part (reader, object, "", &part) ||
      !buntan_json_reader_get_string (reader, object, "", "section", TRUE, &section) ||
      !buntan_json_reader_get_string (reader, object, "", "section_title", FALSE, &section_title) ||
      !buntan_json_reader_get_string (reader, object, "", "number", TRUE, &number) ||
      !buntan_json_reader_get_string (reader, object, "", "title", TRUE, &title) ||
      !buntan_json_reader_get_string (reader, object, "", "content", FALSE, &content) ||
      !buntan_json_reader_get_string (reader, object, "", "risk", FALSE, &risk) ||
      !buntan_json_reader_get_string (reader, object, "", "recommended", FALSE, &recommended) ||
      !buntan_json_reader_get_strings (reader, object, "", "references", &references) ||
      !buntan_json_reader_get_boolean (reader, object, "", "custom", &custom) ||
      !buntan_json_reader_get_enum (reader, object, "", "status", BUNTAN_TYPE_ITEM_STATUS,
                                    _ ("status"), TRUE, BUNTAN_ITEM_STATUS_OPEN, &status) ||
      !buntan_json_reader_get_string (reader, object, "", "owner", FALSE, &owner) ||
      !buntan_json_reader_get_strings (reader, object, "", "participants", &participants) ||
      !read_first_check (reader, object, "", &check, &check_date) ||
      !buntan_json_reader_get_date (reader, object, "", "completed", FALSE, &completed) ||
      !buntan_json_reader_get_string (reader, object, "", "clause", FALSE, &clause) ||
      !buntan_json_reader_get_string (reader, object, "", "note", FALSE, &note) ||
      !buntan_json_reader_get_string (reader, object, "", "official_ref", FALSE, &official_ref) ||
      !read_applies_to (reader, object, &applies_to) ||
      !buntan_json_reader_get_strings (reader, object, "", "informed", &informed) ||
      !buntan_json_reader_get_date (reader, object, "", "target", FALSE, &target) ||
      !read_checks (reader, object, party_ids, checks) ||
      !buntan_json_reader_get_string (reader, object, "", "agreed_terms", FALSE, &agreed_terms) ||
      !_buntan_project_read_previous_answer (reader, object, "", &previous))
    return FALSE;

  if (owner != NULL && *owner == '\0')
    owner = NULL;

  if (owner != NULL && g_strcmp0 (owner, BUNTAN_OWNER_JOINT) != 0 &&
      g_strcmp0 (owner, BUNTAN_OWNER_EACH) != 0 &&
      !check_party_reference (reader, party_ids, "owner", owner))
    return FALSE;

  for (guint i = 0; participants[i] != NULL; i++)
    {
      g_autofree char *member = NULL;

      /* The place is only named when it is wrong: no allocation per participant. */
      if (g_hash_table_contains (party_ids, participants[i]))
        continue;

      member = g_strdup_printf ("participants[%u]", i);
      if (!check_party_reference (reader, party_ids, member, participants[i]))
        return FALSE;
    }

  for (guint i = 0; informed[i] != NULL; i++)
    {
      g_autofree char *member = NULL;

      if (g_hash_table_contains (party_ids, informed[i]))
        continue;

      member = g_strdup_printf ("informed[%u]", i);
      if (!check_party_reference (reader, party_ids, member, informed[i]))
        return FALSE;
    }

  {
    BuntanItemFields fields = {
      .id = id,
      .part = part,
      .section = section,
      .section_title = section_title,
      .number = number,
      .title = title,
      .content = content,
      .risk = risk,
      .recommended = recommended,
      .references = g_steal_pointer (&references),
      .custom = custom,
      .status = status,
      .owner = owner,
      .participants = g_steal_pointer (&participants),
      .first_check = check,
      .first_check_date = check_date,
      .completed = completed,
      .clause = clause,
      .note = note,
      .applies_to = g_steal_pointer (&applies_to),
      .informed = g_steal_pointer (&informed),
      .agreed_terms = agreed_terms,
      .official_ref = official_ref,
      .target = target,
      .checks = checks,
    };

    item = _buntan_item_new_with_fields (&fields);
    _buntan_item_set_previous (item, previous);
  }

  extra = buntan_json_collect_unknown_members (object, item_members);
  buntan_json_collect_unknown_members_of (&extra, object, "first_check", first_check_members);
  _buntan_item_set_extra (item, extra);
  g_ptr_array_add (items, g_steal_pointer (&item));

  return TRUE;
}
