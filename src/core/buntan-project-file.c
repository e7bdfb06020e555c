/* buntan-project-file.c — reading and writing the project file format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "buntan-json-reader.h"
#include "buntan-json-writer.h"
#include "buntan-meeting-private.h"
#include "buntan-project-private.h"
#include "buntan-project-file-versions.h"
#include "buntan-project-file-questionnaires.h"

static const char *const project_members[] = { "format",         "version", "id",       "title",
                                               "organization",   "created", "modified", "template",
                                               "parties",        "items",   "meetings", "versions",
                                               "questionnaires", NULL };

/* "contract" and "renewal_date" are format 1's: read into the first
 * contract, never written again. */
static const char *const party_members[] = { "id",
                                             "kind",
                                             "name",
                                             "short_name",
                                             "service",
                                             "contract",
                                             "contact",
                                             "emergency_contact",
                                             "renewal_date",
                                             "service_spec_received",
                                             "mds_sds_received",
                                             "cyber_checklist_received",
                                             "address",
                                             "representative",
                                             "safety_manager",
                                             "contracts",
                                             "note",
                                             NULL };

static const char *const safety_manager_members[] = { "name", "title", "appointed", NULL };

static const char *const contract_members[] = { "id",    "kind", "title",   "number",  "signed",
                                                "start", "end",  "renewal", "systems", NULL };

static const char *const item_members[] = {
  "id",        "part",    "section", "section_title", "number",
  "title",     "content", "risk",    "recommended",   "references",
  "custom",    "status",  "owner",   "participants",  "first_check",
  "completed", "clause",  "note",    "official_ref",  "applies_to",
  "informed",  "target",  "checks",  "agreed_terms",  NULL
};

/* See _buntan_project_write(). */
#define FINGERPRINT_TEXT_VERSION 1

static const char *const first_check_members[] = { "result", "date", NULL };

/* The first format that has per-vendor checks: older files get theirs from
 * the item-level first check (migrate_first_checks()). */
#define FIRST_VERSION_WITH_CHECKS 2

static const char *const template_members[] = { "id", "version", NULL };

/* Format 1 kept the hospital's name twice, as the project's organization and
 * as the hospital party's name. It now lives in the party only: a name the
 * party lacks comes from the organization; where both differ, the party's
 * name stays and the user hears which one was dropped. */
static void
migrate_organization (BuntanProject *project, const char *organization)
{
  BuntanParty *hospital = buntan_project_get_hospital (project);
  const char  *name = buntan_party_get_name (hospital);

  if (organization == NULL || *organization == '\0' || g_strcmp0 (name, organization) == 0)
    return;

  if (*name == '\0')
    {
      buntan_party_set_name (hospital, organization);
      return;
    }

  {
    g_autofree char *note = g_strdup_printf (
      _ ("The file named the hospital both “%s” (as the project’s organization) and “%s” (as "
         "the hospital party). The hospital’s name is now kept in one place: “%s” was kept, "
         "“%s” was dropped."),
      organization, name, name, organization);

    _buntan_project_add_migration_note (project, note);
  }
}

static gboolean
read_safety_manager (BuntanJsonReader *reader,
                     JsonObject       *object,
                     const char       *path,
                     BuntanParty      *party)
{
  g_autofree char *inner_path = g_strconcat (path, ".safety_manager", NULL);
  JsonNode        *node;
  JsonObject      *manager;
  const char      *name, *title, *appointed;

  if (!buntan_json_reader_get_member (reader, object, path, "safety_manager", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!buntan_party_is_hospital (party))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "safety_manager",
      _ ("only the hospital has a safety manager for medical information systems"));

  manager = json_node_get_object (node);
  if (!buntan_json_reader_get_string (reader, manager, inner_path, "name", FALSE, &name) ||
      !buntan_json_reader_get_string (reader, manager, inner_path, "title", FALSE, &title) ||
      !buntan_json_reader_get_date (reader, manager, inner_path, "appointed", &appointed))
    return FALSE;

  buntan_party_set_safety_manager_name (party, name);
  buntan_party_set_safety_manager_title (party, title);
  buntan_party_set_safety_manager_appointed (party, appointed);
  return TRUE;
}

static gboolean
read_contract (BuntanJsonReader *reader, JsonNode *node, const char *path, BuntanParty *party)
{
  g_autoptr (BuntanContract) contract = NULL;
  g_auto (GStrv) systems = NULL;
  JsonObject *object;
  const char *id, *title, *number, *signed_on, *start, *end, *renewal;
  int         kind;

  if (!buntan_json_reader_get_object (reader, node, path, &object))
    return FALSE;

  if (!buntan_json_reader_get_string (reader, object, path, "id", TRUE, &id) ||
      !buntan_json_reader_get_enum (reader, object, path, "kind", BUNTAN_TYPE_CONTRACT_KIND,
                                    _ ("kind of contract"), FALSE, BUNTAN_CONTRACT_KIND_OTHER,
                                    &kind) ||
      !buntan_json_reader_get_string (reader, object, path, "title", FALSE, &title) ||
      !buntan_json_reader_get_string (reader, object, path, "number", FALSE, &number) ||
      !buntan_json_reader_get_date (reader, object, path, "signed", &signed_on) ||
      !buntan_json_reader_get_date (reader, object, path, "start", &start) ||
      !buntan_json_reader_get_date (reader, object, path, "end", &end) ||
      !buntan_json_reader_get_date (reader, object, path, "renewal", &renewal) ||
      !buntan_json_reader_get_strings (reader, object, path, "systems", &systems))
    return FALSE;

  if (*id == '\0')
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "id",
                                      _ ("a contract needs an id"));
  if (buntan_party_find_contract (party, id) != NULL)
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "id",
      _ ("the contract id “%s” is used twice; every contract of a vendor needs its own id"), id);
  if (start != NULL && end != NULL && strcmp (end, start) < 0)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_DATE, path, "end",
                                      _ ("the contract ends (%s) before it starts (%s)"), end,
                                      start);

  contract = buntan_contract_new (id, kind);
  buntan_contract_set_title (contract, title);
  buntan_contract_set_number (contract, number);
  buntan_contract_set_signed (contract, signed_on);
  buntan_contract_set_start (contract, start);
  buntan_contract_set_end (contract, end);
  buntan_contract_set_renewal (contract, renewal);
  buntan_contract_set_systems (contract, (const char *const *) systems);
  _buntan_contract_set_extra (contract,
                              buntan_json_collect_unknown_members (object, contract_members));
  _buntan_party_insert_contract (party, contract, G_MAXUINT);
  return TRUE;
}

/* Format 1 knew one contract per vendor, as a kind and a renewal date: they
 * become its first contract. A v2 file has its contracts instead. */
static gboolean
read_contracts (BuntanJsonReader *reader,
                BuntanProject    *project,
                JsonObject       *object,
                const char       *path,
                BuntanParty      *party)
{
  JsonArray  *contracts;
  const char *renewal;
  int         kind;

  if (!buntan_json_reader_get_array (reader, object, path, "contracts", FALSE, &contracts) ||
      !buntan_json_reader_get_enum (reader, object, path, "contract", BUNTAN_TYPE_CONTRACT_KIND,
                                    _ ("kind of contract"), FALSE, BUNTAN_CONTRACT_KIND_OTHER,
                                    &kind) ||
      !buntan_json_reader_get_date (reader, object, path, "renewal_date", &renewal))
    return FALSE;

  if (contracts != NULL && buntan_party_is_hospital (party) &&
      json_array_get_length (contracts) > 0)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "contracts",
                                      _ ("the hospital holds no contracts; only vendors do"));

  if (contracts != NULL)
    {
      for (guint i = 0; i < json_array_get_length (contracts); i++)
        {
          g_autofree char *contract_path = g_strdup_printf ("%s.contracts[%u]", path, i);

          if (!read_contract (reader, json_array_get_element (contracts, i), contract_path, party))
            return FALSE;
        }
      return TRUE;
    }

  if (!buntan_party_is_hospital (party) &&
      (json_object_has_member (object, "contract") || renewal != NULL))
    {
      const char *note = _ ("Each vendor’s kind of contract and renewal date became its first "
                            "contract, where more contracts can now be added.");
      BuntanContract *first = buntan_contract_new ("c1", kind);

      buntan_contract_set_renewal (first, renewal);
      _buntan_party_insert_contract (party, first, 0);
      g_object_unref (first);
      if (!g_strv_contains (buntan_project_get_migration_notes (project), note))
        _buntan_project_add_migration_note (project, note);
    }

  return TRUE;
}

static gboolean
read_party (BuntanJsonReader *reader,
            BuntanProject    *project,
            JsonNode         *node,
            guint             index,
            GHashTable       *party_ids,
            guint            *n_hospitals)
{
  g_autofree char *path = g_strdup_printf ("parties[%u]", index);
  g_autoptr (BuntanParty) party = NULL;
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *object;
  const char *id, *name, *short_name, *service, *contact, *emergency, *note;
  const char *service_spec, *mds_sds, *cyber_checklist, *address, *representative;
  int         kind;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  object = json_node_get_object (node);

  if (!buntan_json_reader_get_string (reader, object, path, "id", TRUE, &id) ||
      !buntan_json_reader_get_enum (reader, object, path, "kind", BUNTAN_TYPE_PARTY_KIND,
                                    _ ("kind of party"), TRUE, BUNTAN_PARTY_KIND_VENDOR, &kind) ||
      !buntan_json_reader_get_string (reader, object, path, "name", TRUE, &name) ||
      !buntan_json_reader_get_string (reader, object, path, "short_name", FALSE, &short_name) ||
      !buntan_json_reader_get_string (reader, object, path, "service", FALSE, &service) ||
      !buntan_json_reader_get_string (reader, object, path, "contact", FALSE, &contact) ||
      !buntan_json_reader_get_string (reader, object, path, "emergency_contact", FALSE,
                                      &emergency) ||
      !buntan_json_reader_get_string (reader, object, path, "address", FALSE, &address) ||
      !buntan_json_reader_get_string (reader, object, path, "representative", FALSE,
                                      &representative) ||
      !buntan_json_reader_get_date (reader, object, path, "service_spec_received", &service_spec) ||
      !buntan_json_reader_get_date (reader, object, path, "mds_sds_received", &mds_sds) ||
      !buntan_json_reader_get_date (reader, object, path, "cyber_checklist_received",
                                    &cyber_checklist) ||
      !buntan_json_reader_get_string (reader, object, path, "note", FALSE, &note))
    return FALSE;

  /* "joint" and "each" are owners of their own: a party so named would be
   * read back as one of them. */
  if (*id == '\0' || g_strcmp0 (id, BUNTAN_OWNER_JOINT) == 0 ||
      g_strcmp0 (id, BUNTAN_OWNER_EACH) == 0)
    {
      return buntan_json_reader_refuse (
        reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "id",
        _ ("“%s” cannot be a party id (it must not be empty, “joint” or “each”)"), id);
    }

  if (!g_hash_table_add (party_ids, (gpointer) id))
    {
      return buntan_json_reader_refuse (
        reader, BUNTAN_PROJECT_ERROR_DUPLICATE_ID, path, "id",
        _ ("the party id “%s” is used twice; every party needs its own id"), id);
    }

  if (kind == BUNTAN_PARTY_KIND_HOSPITAL && ++(*n_hospitals) > 1)
    {
      return buntan_json_reader_refuse (
        reader, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT, path, "kind",
        _ ("a second hospital; a project has exactly one hospital party"));
    }

  party = buntan_party_new (id, kind, name);
  buntan_party_set_short_name (party, short_name);
  buntan_party_set_service (party, service);
  buntan_party_set_contact (party, contact);
  buntan_party_set_emergency_contact (party, emergency);
  buntan_party_set_address (party, address);
  buntan_party_set_representative (party, representative);
  buntan_party_set_service_spec_received (party, service_spec);
  buntan_party_set_mds_sds_received (party, mds_sds);
  buntan_party_set_cyber_checklist_received (party, cyber_checklist);
  buntan_party_set_note (party, note);
  if (!read_safety_manager (reader, object, path, party) ||
      !read_contracts (reader, project, object, path, party))
    return FALSE;

  extra = buntan_json_collect_unknown_members (object, party_members);
  buntan_json_collect_unknown_members_of (&extra, object, "safety_manager", safety_manager_members);
  _buntan_party_set_extra (party, extra);
  _buntan_project_append_party (project, party);

  return TRUE;
}

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
      !buntan_json_reader_get_date (reader, json_node_get_object (node), inner, "date", date))
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
      JsonObject       *check_object;
      const char       *party, *date, *completed, *target, *agreed;
      BuntanCheckResult result;

      if (!buntan_json_reader_get_object (reader, json_array_get_element (array, i), path,
                                          &check_object) ||
          !buntan_json_reader_get_string (reader, check_object, path, "party", TRUE, &party) ||
          !read_first_check (reader, check_object, path, &result, &date) ||
          !buntan_json_reader_get_date (reader, check_object, path, "completed", &completed) ||
          !buntan_json_reader_get_date (reader, check_object, path, "target", &target) ||
          !buntan_json_reader_get_date (reader, check_object, path, "agreed", &agreed))
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
      g_ptr_array_add (checks, g_steal_pointer (&check));
    }

  return TRUE;
}

/* Places inside an item name the item by its id and the field, not by a
 * JSON path: "item P2-A-4, status" is what a hospital can find. */
static gboolean
read_item (BuntanJsonReader *reader,
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
      !buntan_json_reader_get_date (reader, object, "", "completed", &completed) ||
      !buntan_json_reader_get_string (reader, object, "", "clause", FALSE, &clause) ||
      !buntan_json_reader_get_string (reader, object, "", "note", FALSE, &note) ||
      !buntan_json_reader_get_string (reader, object, "", "official_ref", FALSE, &official_ref) ||
      !read_applies_to (reader, object, &applies_to) ||
      !buntan_json_reader_get_strings (reader, object, "", "informed", &informed) ||
      !buntan_json_reader_get_date (reader, object, "", "target", &target) ||
      !read_checks (reader, object, party_ids, checks) ||
      !buntan_json_reader_get_string (reader, object, "", "agreed_terms", FALSE, &agreed_terms))
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
  }

  extra = buntan_json_collect_unknown_members (object, item_members);
  buntan_json_collect_unknown_members_of (&extra, object, "first_check", first_check_members);
  _buntan_item_set_extra (item, extra);
  g_ptr_array_add (items, g_steal_pointer (&item));

  return TRUE;
}

/* Format 1 had one first check per item. On a Part 2 item that vendors
 * lead or support, it becomes each of those vendors' own check, completion
 * date included; Part 1 items and items of the hospital alone keep it. The
 * reader calls it before it clears the history, so it is no step to undo. */
void
_buntan_project_migrate_first_checks (BuntanProject *project)
{
  g_autoptr (GPtrArray) moved = g_ptr_array_new ();
  GListModel *items = buntan_project_get_part_items (project, 2);
  guint       n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      g_auto (GStrv) vendors = NULL;

      if (buntan_item_get_first_check (item) == BUNTAN_CHECK_RESULT_UNSET &&
          buntan_item_get_first_check_date (item) == NULL &&
          buntan_item_get_completed (item) == NULL)
        continue;

      vendors = buntan_item_dup_confirming_parties (item, project);
      if (vendors[0] == NULL)
        continue;

      for (guint v = 0; vendors[v] != NULL; v++)
        {
          BuntanCheck *check = buntan_item_find_check (item, vendors[v]);

          /* A check the file already holds for that vendor (a member kept
           * from a newer Buntan, or typed by hand) is its own answer: it
           * is not overwritten. */
          if (check != NULL && !buntan_check_is_empty (check))
            continue;
          check = buntan_item_ensure_check (item, vendors[v]);

          buntan_check_set_result (check, buntan_item_get_first_check (item));
          buntan_check_set_date (check, buntan_item_get_first_check_date (item));
          buntan_check_set_completed (check, buntan_item_get_completed (item));
        }

      buntan_item_set_first_check (item, BUNTAN_CHECK_RESULT_UNSET);
      buntan_item_set_first_check_date (item, NULL);
      buntan_item_set_completed (item, NULL);
      g_ptr_array_add (moved, (gpointer) buntan_item_get_id (item));
    }

  if (moved->len > 0)
    {
      g_autofree char *ids = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (moved, NULL);
      ids = g_strjoinv (", ", (char **) moved->pdata);
      note = g_strdup_printf (_ ("The first checks of these items now belong to each vendor "
                                 "that leads or supports them: %s"),
                              ids);
      _buntan_project_add_migration_note (project, note);
    }
}

static gboolean
read_version (BuntanJsonReader *reader, JsonObject *root, guint *out)
{
  JsonNode *node = json_object_get_member (root, "version");
  gint64    version;

  if (node == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, NULL, NULL,
                                      _ ("the required key “%s” is missing"), "version");

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VERSION, "version", NULL,
                                      _ ("the format version must be a whole number, found %s"),
                                      buntan_json_describe_node (node));

  version = json_node_get_int (node);
  if (version < 1)
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VERSION, "version", NULL,
      /* %lld, not G_GINT64_FORMAT: xgettext cannot see through that macro. */
      _ ("%lld is not a format version"), (long long) version);

  if (version > BUNTAN_PROJECT_FORMAT_VERSION)
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_NEWER_VERSION, "version", NULL,
      _ ("this file was made by a newer Buntan (format version %lld; "
         "this Buntan reads up to version %d); update Buntan to open it"),
      (long long) version, BUNTAN_PROJECT_FORMAT_VERSION);

  *out = (guint) version;
  return TRUE;
}

/* A name-based UUID (RFC 4122 version 5: SHA-1 over a namespace and the
 * name) for a version 1 project, from its creation time and title: opening
 * or normalizing the same older file twice gives the same id, so normalized
 * files stay reproducible, and copies of one project keep one id. */
static char *
dup_migrated_id (JsonObject *root, GBytes *bytes)
{
  static const guint8 namespace[16] = { 0xcd, 0x9e, 0xd7, 0x26, 0x1e, 0xcf, 0x4d, 0x7c,
                                        0x96, 0x5b, 0xa4, 0xf5, 0xee, 0x91, 0xbf, 0x6e };
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8      digest[20];
  gsize       length = sizeof digest;
  const char *created = json_object_get_string_member_with_default (root, "created", NULL);
  const char *title = json_object_get_string_member_with_default (root, "title", "");

  g_checksum_update (checksum, namespace, sizeof namespace);
  if (created != NULL)
    {
      g_checksum_update (checksum, (const guchar *) created, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
      g_checksum_update (checksum, (const guchar *) title, -1);
    }
  else
    {
      /* Nothing names the project: its whole text does. */
      g_checksum_update (checksum, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
  g_checksum_get_digest (checksum, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* Format 2 gave every project a UUID; a version 1 file is given one here. */
static gboolean
read_id (BuntanJsonReader *reader,
         BuntanProject    *project,
         JsonObject       *root,
         GBytes           *bytes,
         guint             version)
{
  const char *id;

  if (version < 2)
    {
      g_autofree char *migrated = dup_migrated_id (root, bytes);

      _buntan_project_set_id (project, migrated);
      return TRUE;
    }

  if (!buntan_json_reader_get_string (reader, root, "", "id", TRUE, &id))
    return FALSE;

  if (!g_uuid_string_is_valid (id))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, "", "id",
                                      _ ("“%s” is not a project id; it must be a UUID such as "
                                         "“0b5e4c1e-6f7a-4d2b-9c3e-2a1f0e9d8c7b”"),
                                      id);

  _buntan_project_set_id (project, id);
  return TRUE;
}

static gboolean
read_format (BuntanJsonReader *reader, JsonObject *root)
{
  const char *format;

  if (!json_object_has_member (root, "format"))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_FORMAT, NULL, NULL,
                                      _ ("this is not a Buntan project (it has no “format” key)"));

  if (!buntan_json_reader_get_string (reader, root, "", "format", TRUE, &format))
    return FALSE;

  if (g_strcmp0 (format, "buntan-template") == 0)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_IS_TEMPLATE, "format", NULL,
                                      _ ("this is a checklist template, not a project; "
                                         "start a new project from it instead"));

  if (g_strcmp0 (format, "buntan-project") != 0)
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_WRONG_FORMAT, "format", NULL,
      _ ("“%s” is not a Buntan project format (expected “buntan-project”)"), format);

  return TRUE;
}

static gboolean
read_template (BuntanJsonReader *reader, BuntanProject *project, JsonObject *root)
{
  JsonNode   *node;
  const char *id = NULL, *version = NULL;

  if (!buntan_json_reader_get_member (reader, root, "", "template", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), FALSE, &node))
    return FALSE;

  if (node != NULL && (!buntan_json_reader_get_string (reader, json_node_get_object (node),
                                                       "template", "id", FALSE, &id) ||
                       !buntan_json_reader_get_string (reader, json_node_get_object (node),
                                                       "template", "version", FALSE, &version)))
    return FALSE;

  _buntan_project_set_template (project, id, version);
  return TRUE;
}

static gboolean
read_list (BuntanJsonReader *reader, JsonObject *root, const char *member, JsonArray **out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, root, "", member, JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), TRUE, &node))
    return FALSE;

  *out = json_node_get_array (node);
  return TRUE;
}

/* Meetings: an optional list after the items, the decision log. */

static const char *const meeting_members[] = { "started",   "ended",   "attendees",
                                               "decisions", "parties", NULL };

static const char *const decision_members[] = { "time", "item",   "field", "from",
                                                "to",   "source", "party", NULL };


/* A decision may name an item that was deleted afterwards: the log keeps
 * what happened, so item ids are not checked against the items. Its party,
 * the vendor whose check changed, must be one of the project: the writer
 * leaves out a vendor removed since. */
static gboolean
read_decision (BuntanJsonReader *reader,
               BuntanMeeting    *meeting,
               JsonNode         *node,
               const char       *meeting_path,
               guint             index,
               GHashTable       *party_ids)
{
  g_autofree char *path = g_strdup_printf ("%s.decisions[%u]", meeting_path, index);
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *object;
  const char *time, *item, *field, *from, *to, *source, *party;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  object = json_node_get_object (node);
  if (!buntan_json_reader_get_time (reader, object, path, "time", TRUE, &time) ||
      !buntan_json_reader_get_string (reader, object, path, "item", TRUE, &item) ||
      !buntan_json_reader_get_string (reader, object, path, "field", TRUE, &field) ||
      !buntan_json_reader_get_string (reader, object, path, "from", FALSE, &from) ||
      !buntan_json_reader_get_string (reader, object, path, "to", FALSE, &to) ||
      !buntan_json_reader_get_string (reader, object, path, "source", FALSE, &source) ||
      !buntan_json_reader_get_string (reader, object, path, "party", FALSE, &party))
    return FALSE;

  if (*item == '\0')
    {
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "item",
                                        _ ("the item id is empty"));
    }

  if (!buntan_decision_field_is_valid (field))
    {
      return buntan_json_reader_refuse (
        reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "field",
        _ ("“%s” is not a known %s; use one of: %s"), field, _ ("field of a decision"),
        "status, owner, participants, first_check, first_check_date, completed, "
        "clause, note");
    }

  if (source != NULL && !buntan_decision_source_is_valid (source))
    {
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "source",
                                        _ ("“%s” is not a known %s; use one of: %s"), source,
                                        _ ("source of a change"),
                                        "window, meeting-key, answers:FILE");
    }

  if (party != NULL && !g_hash_table_contains (party_ids, party))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, path, "party",
                                      _ ("“%s” names no party of this project"), party);

  if (party != NULL && !buntan_decision_field_is_check (field))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, "party",
      _ ("only a change of a vendor’s check names a party; “%s” is a field of the item itself"),
      field);

  buntan_meeting_add_vendor_decision (meeting, source, party, time, item, field, from, to);
  extra = buntan_json_collect_unknown_members (object, decision_members);
  _buntan_meeting_set_decision_extra (meeting, buntan_meeting_get_n_decisions (meeting) - 1, extra);

  return TRUE;
}

static gboolean
read_meeting (BuntanJsonReader *reader,
              BuntanProject    *project,
              JsonNode         *node,
              guint             index,
              GHashTable       *party_ids)
{
  g_autofree char *path = g_strdup_printf ("meetings[%u]", index);
  g_autoptr (BuntanMeeting) meeting = NULL;
  g_autoptr (JsonObject) extra = NULL;
  g_auto (GStrv) attendees = NULL;
  g_auto (GStrv) parties = NULL;
  JsonObject *object;
  JsonNode   *decisions;
  const char *started, *ended;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  object = json_node_get_object (node);
  if (!buntan_json_reader_get_time (reader, object, path, "started", TRUE, &started) ||
      !buntan_json_reader_get_time (reader, object, path, "ended", FALSE, &ended) ||
      !buntan_json_reader_get_strings (reader, object, path, "attendees", &attendees) ||
      !buntan_json_reader_get_strings (reader, object, path, "parties", &parties) ||
      !buntan_json_reader_get_member (reader, object, path, "decisions", JSON_NODE_ARRAY,
                                      G_TYPE_INVALID, _ ("a list"), FALSE, &decisions))
    return FALSE;

  for (guint i = 0; parties[i] != NULL; i++)
    {
      g_autofree char *member = NULL;

      if (g_hash_table_contains (party_ids, parties[i]))
        continue;

      member = g_strdup_printf ("parties[%u]", i);
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, path, member,
                                        _ ("“%s” names no party of this project"), parties[i]);
    }

  meeting = buntan_meeting_new (started, (const char *const *) attendees);
  buntan_meeting_set_ended (meeting, ended);
  buntan_meeting_set_parties (meeting, (const char *const *) parties);

  for (guint i = 0;
       decisions != NULL && i < json_array_get_length (json_node_get_array (decisions)); i++)
    if (!read_decision (reader, meeting,
                        json_array_get_element (json_node_get_array (decisions), i), path, i,
                        party_ids))
      return FALSE;

  extra = buntan_json_collect_unknown_members (object, meeting_members);
  _buntan_meeting_set_extra (meeting, extra);
  _buntan_project_append_meeting (project, meeting);

  return TRUE;
}

static gboolean
read_meetings (BuntanJsonReader *reader,
               BuntanProject    *project,
               JsonObject       *root,
               GHashTable       *party_ids)
{
  JsonNode  *node;
  JsonArray *meetings;

  if (!buntan_json_reader_get_member (reader, root, "", "meetings", JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  meetings = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (meetings); i++)
    if (!read_meeting (reader, project, json_array_get_element (meetings, i), i, party_ids))
      return FALSE;

  return TRUE;
}

BuntanProject *
_buntan_project_read (GBytes *bytes, const char *display_name, GError **error)
{
  BuntanJsonReader reader;
  g_autoptr (JsonNode) root_node = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GHashTable) party_ids = NULL;
  g_autoptr (GHashTable) item_ids = NULL;
  g_autoptr (GPtrArray) new_items = NULL;
  g_autoptr (JsonObject) extra = NULL;
  JsonObject *root;
  JsonArray  *parties, *items;
  const char *title, *organization, *created, *modified;
  guint       n_hospitals = 0;
  guint       version = 0;

  buntan_json_reader_init (&reader, display_name, BUNTAN_PROJECT_ERROR, -1, error);
  root_node = buntan_json_reader_parse (&reader, bytes);
  if (root_node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      buntan_json_reader_refuse (
        &reader, BUNTAN_PROJECT_ERROR_NOT_OBJECT, NULL, NULL,
        _ ("this is not a Buntan project: the file holds %s, not an object"),
        buntan_json_describe_node (root_node));
      return NULL;
    }

  root = json_node_get_object (root_node);
  project = g_object_new (BUNTAN_TYPE_PROJECT, NULL);

  if (!read_format (&reader, root) || !read_version (&reader, root, &version) ||
      !buntan_json_reader_get_string (&reader, root, "", "title", TRUE, &title) ||
      !buntan_json_reader_get_string (&reader, root, "", "organization", FALSE, &organization) ||
      !buntan_json_reader_get_time (&reader, root, "", "created", FALSE, &created) ||
      !buntan_json_reader_get_time (&reader, root, "", "modified", FALSE, &modified) ||
      !read_template (&reader, project, root) || !read_list (&reader, root, "parties", &parties) ||
      !read_list (&reader, root, "items", &items) ||
      !read_id (&reader, project, root, bytes, version))
    return NULL;

  _buntan_project_set_file_version (project, version);
  buntan_project_set_title (project, title);
  _buntan_project_set_times (project, created, modified);

  party_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (parties); i++)
    if (!read_party (&reader, project, json_array_get_element (parties, i), i, party_ids,
                     &n_hospitals))
      return NULL;

  if (n_hospitals == 0)
    {
      buntan_json_reader_refuse (
        &reader, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT, "parties", NULL,
        _ ("there is no hospital; exactly one party must have the kind “hospital”"));
      return NULL;
    }
  migrate_organization (project, organization);

  item_ids = g_hash_table_new (g_str_hash, g_str_equal);
  new_items = g_ptr_array_new_full (json_array_get_length (items), g_object_unref);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      buntan_json_reader_begin_item (&reader, i);
      if (!read_item (&reader, new_items, json_array_get_element (items, i), party_ids, item_ids))
        return NULL;
      buntan_json_reader_end_item (&reader);
    }
  _buntan_project_append_items (project, new_items);
  if (version < FIRST_VERSION_WITH_CHECKS)
    _buntan_project_migrate_first_checks (project);

  if (!read_meetings (&reader, project, root, party_ids) ||
      !_buntan_project_read_versions (&reader, project, root) ||
      !_buntan_project_read_questionnaires (&reader, project, root))
    return NULL;

  extra = buntan_json_collect_unknown_members (root, project_members);
  buntan_json_collect_unknown_members_of (&extra, root, "template", template_members);
  _buntan_project_set_extra (project, extra);
  buntan_history_clear (buntan_project_get_history (project));
  buntan_project_set_is_modified (project, FALSE);

  return g_steal_pointer (&project);
}

/* Writing */

static void
add_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  buntan_json_stream_set_member_name (stream, member);
  buntan_json_stream_add_string_value (stream, value != NULL ? value : "");
}

static void
add_optional_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  if (value != NULL)
    add_string (stream, member, value);
}

static void
add_strings (BuntanJsonStream *stream, const char *member, const char *const *values)
{
  buntan_json_stream_set_member_name (stream, member);
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    buntan_json_stream_add_string_value (stream, values[i]);
  buntan_json_stream_end_array (stream);
}

/* Known names in @extra hold the unknown members inside that known member:
 * those are written there, see unknown_members_of(). */
static void
add_unknown_members (BuntanJsonStream *stream, JsonObject *extra, const char *const *known)
{
  g_autoptr (GList) members = NULL;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      buntan_json_stream_set_member_name (stream, l->data);
      buntan_json_stream_add_node (stream, json_object_get_member (extra, l->data));
    }
}

static JsonObject *
unknown_members_of (JsonObject *extra, const char *member)
{
  JsonNode *node = extra != NULL ? json_object_get_member (extra, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static void
add_safety_manager (BuntanJsonStream *stream, BuntanParty *party)
{
  buntan_json_stream_set_member_name (stream, "safety_manager");
  buntan_json_stream_begin_object (stream);
  add_string (stream, "name", buntan_party_get_safety_manager_name (party));
  add_string (stream, "title", buntan_party_get_safety_manager_title (party));
  add_optional_string (stream, "appointed", buntan_party_get_safety_manager_appointed (party));
  add_unknown_members (stream,
                       unknown_members_of (_buntan_party_get_extra (party), "safety_manager"),
                       safety_manager_members);
  buntan_json_stream_end_object (stream);
}

static void
add_contracts (BuntanJsonStream *stream, BuntanParty *party)
{
  GListModel *contracts = buntan_party_get_contracts (party);

  buntan_json_stream_set_member_name (stream, "contracts");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);

      buntan_json_stream_begin_object (stream);
      add_string (stream, "id", buntan_contract_get_id (contract));
      add_string (stream, "kind",
                  buntan_contract_kind_to_string (buntan_contract_get_kind (contract)));
      add_string (stream, "title", buntan_contract_get_title (contract));
      add_string (stream, "number", buntan_contract_get_number (contract));
      add_optional_string (stream, "signed", buntan_contract_get_signed (contract));
      add_optional_string (stream, "start", buntan_contract_get_start (contract));
      add_optional_string (stream, "end", buntan_contract_get_end (contract));
      add_optional_string (stream, "renewal", buntan_contract_get_renewal (contract));
      add_strings (stream, "systems", buntan_contract_get_systems (contract));
      add_unknown_members (stream, _buntan_contract_get_extra (contract), contract_members);
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}

static void
add_party (BuntanJsonStream *stream, gpointer object)
{
  BuntanParty *party = object;

  buntan_json_stream_begin_object (stream);
  add_string (stream, "id", buntan_party_get_id (party));
  add_string (stream, "kind", buntan_party_is_hospital (party) ? "hospital" : "vendor");
  add_string (stream, "name", buntan_party_get_name (party));
  add_string (stream, "short_name", buntan_party_get_stored_short_name (party));
  add_string (stream, "service", buntan_party_get_service (party));
  add_string (stream, "contact", buntan_party_get_contact (party));
  add_string (stream, "emergency_contact", buntan_party_get_emergency_contact (party));
  add_string (stream, "address", buntan_party_get_address (party));
  add_string (stream, "representative", buntan_party_get_representative (party));
  add_optional_string (stream, "service_spec_received",
                       buntan_party_get_service_spec_received (party));
  add_optional_string (stream, "mds_sds_received", buntan_party_get_mds_sds_received (party));
  add_optional_string (stream, "cyber_checklist_received",
                       buntan_party_get_cyber_checklist_received (party));
  add_string (stream, "note", buntan_party_get_note (party));
  if (buntan_party_is_hospital (party))
    add_safety_manager (stream, party);
  else
    add_contracts (stream, party);
  add_unknown_members (stream, _buntan_party_get_extra (party), party_members);
  buntan_json_stream_end_object (stream);
}

/* The members format 2 added are left out while empty, so a project that
 * does not use them keeps the shape (and the diffs) it had. */
static void
add_non_empty_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  if (value != NULL && *value != '\0')
    add_string (stream, member, value);
}

static void
add_non_empty_strings (BuntanJsonStream *stream, const char *member, const char *const *values)
{
  if (values != NULL && values[0] != NULL)
    add_strings (stream, member, values);
}

/* Empty checks are the same as none (buntan-check.c) and are not written. */
static void
add_checks (BuntanJsonStream *stream, BuntanItem *item)
{
  GListModel *checks = buntan_item_get_checks (item);
  guint       n = g_list_model_get_n_items (checks);
  gboolean    started = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanCheck) check = g_list_model_get_item (checks, i);

      if (buntan_check_is_empty (check))
        continue;

      if (!started)
        {
          buntan_json_stream_set_member_name (stream, "checks");
          buntan_json_stream_begin_array (stream);
          started = TRUE;
        }

      buntan_json_stream_begin_object (stream);
      add_string (stream, "party", buntan_check_get_party (check));
      buntan_json_stream_set_member_name (stream, "first_check");
      buntan_json_stream_begin_object (stream);
      add_string (stream, "result",
                  buntan_check_result_to_string (buntan_check_get_result (check)));
      add_optional_string (stream, "date", buntan_check_get_date (check));
      buntan_json_stream_end_object (stream);
      add_optional_string (stream, "completed", buntan_check_get_completed (check));
      add_optional_string (stream, "target", buntan_check_get_target (check));
      add_optional_string (stream, "agreed", buntan_check_get_agreed (check));
      buntan_json_stream_end_object (stream);
    }

  if (started)
    buntan_json_stream_end_array (stream);
}

static void
add_item (BuntanJsonStream *stream, gpointer object)
{
  BuntanItem *item = object;

  buntan_json_stream_begin_object (stream);
  add_string (stream, "id", buntan_item_get_id (item));
  buntan_json_stream_set_member_name (stream, "part");
  buntan_json_stream_add_int_value (stream, buntan_item_get_part (item));
  add_string (stream, "section", buntan_item_get_section (item));
  add_string (stream, "section_title", buntan_item_get_section_title (item));
  add_string (stream, "number", buntan_item_get_number (item));
  add_non_empty_string (stream, "official_ref", buntan_item_get_official_ref (item));
  add_string (stream, "title", buntan_item_get_title (item));
  add_string (stream, "content", buntan_item_get_content (item));
  add_string (stream, "risk", buntan_item_get_risk (item));
  add_string (stream, "recommended", buntan_item_get_recommended (item));
  add_strings (stream, "references", buntan_item_get_references (item));
  if (buntan_item_get_custom (item))
    {
      buntan_json_stream_set_member_name (stream, "custom");
      buntan_json_stream_add_boolean_value (stream, TRUE);
    }
  add_non_empty_strings (stream, "applies_to", buntan_item_get_applies_to (item));
  add_string (stream, "status", buntan_item_status_to_string (buntan_item_get_status (item)));
  buntan_json_stream_set_member_name (stream, "owner");
  if (buntan_item_get_owner (item) != NULL)
    buntan_json_stream_add_string_value (stream, buntan_item_get_owner (item));
  else
    buntan_json_stream_add_null_value (stream);
  add_strings (stream, "participants", buntan_item_get_participants (item));
  add_non_empty_strings (stream, "informed", buntan_item_get_informed (item));
  buntan_json_stream_set_member_name (stream, "first_check");
  buntan_json_stream_begin_object (stream);
  add_string (stream, "result", buntan_check_result_to_string (buntan_item_get_first_check (item)));
  add_optional_string (stream, "date", buntan_item_get_first_check_date (item));
  add_unknown_members (stream, unknown_members_of (_buntan_item_get_extra (item), "first_check"),
                       first_check_members);
  buntan_json_stream_end_object (stream);
  add_optional_string (stream, "completed", buntan_item_get_completed (item));
  add_optional_string (stream, "target", buntan_item_get_target (item));
  add_checks (stream, item);
  add_string (stream, "clause", buntan_item_get_clause (item));
  add_non_empty_string (stream, "agreed_terms", buntan_item_get_agreed_terms (item));
  add_string (stream, "note", buntan_item_get_note (item));
  add_unknown_members (stream, _buntan_item_get_extra (item), item_members);
  buntan_json_stream_end_object (stream);
}

static void
add_objects (BuntanJsonStream *stream,
             const char       *member,
             GListModel       *model,
             void (*add) (BuntanJsonStream *, gpointer))
{
  guint n = g_list_model_get_n_items (model);

  buntan_json_stream_set_member_name (stream, member);
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) object = g_list_model_get_item (model, i);

      add (stream, object);
    }
  buntan_json_stream_end_array (stream);
}

/* A vendor removed after a meeting leaves the meeting's list: the reader
 * refuses ids that name no party, and the log of what was decided stays. */
static void
add_existing_parties (BuntanJsonStream *stream, BuntanProject *self, const char *const *parties)
{
  buntan_json_stream_set_member_name (stream, "parties");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; parties != NULL && parties[i] != NULL; i++)
    if (buntan_project_find_party (self, parties[i]) != NULL)
      buntan_json_stream_add_string_value (stream, parties[i]);
  buntan_json_stream_end_array (stream);
}

/* Only written when there are meetings, so files without any stay as they
 * were; and not for the fingerprint, which is about the negotiated state. */
static void
add_meetings (BuntanJsonStream *stream, BuntanProject *self, BuntanSaveFlags flags)
{
  GListModel *meetings;
  guint       n;

  if (flags & BUNTAN_SAVE_FLAGS_WITHOUT_TIMES)
    return;

  meetings = buntan_project_get_meetings (self);
  n = g_list_model_get_n_items (meetings);
  if (n == 0)
    return;

  buntan_json_stream_set_member_name (stream, "meetings");
  buntan_json_stream_begin_array (stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanMeeting) meeting = g_list_model_get_item (meetings, i);
      guint n_decisions = buntan_meeting_get_n_decisions (meeting);

      buntan_json_stream_begin_object (stream);
      add_string (stream, "started", buntan_meeting_get_started (meeting));
      add_optional_string (stream, "ended", buntan_meeting_get_ended (meeting));
      add_strings (stream, "attendees", buntan_meeting_get_attendees (meeting));
      add_existing_parties (stream, self, buntan_meeting_get_parties (meeting));
      buntan_json_stream_set_member_name (stream, "decisions");
      buntan_json_stream_begin_array (stream);
      for (guint d = 0; d < n_decisions; d++)
        {
          const BuntanDecision *decision = buntan_meeting_get_decision (meeting, d);
          const char           *values[] = { decision->from, decision->to };
          const char           *names[] = { "from", "to" };

          buntan_json_stream_begin_object (stream);
          add_string (stream, "time", decision->time);
          add_string (stream, "item", decision->item_id);
          add_string (stream, "field", decision->field);
          for (guint v = 0; v < G_N_ELEMENTS (values); v++)
            {
              buntan_json_stream_set_member_name (stream, names[v]);
              if (values[v] != NULL)
                buntan_json_stream_add_string_value (stream, values[v]);
              else
                buntan_json_stream_add_null_value (stream);
            }
          add_optional_string (stream, "source", decision->source);
          if (decision->party != NULL && buntan_project_find_party (self, decision->party) != NULL)
            add_string (stream, "party", decision->party);
          add_unknown_members (stream, _buntan_meeting_get_decision_extra (meeting, d),
                               decision_members);
          buntan_json_stream_end_object (stream);
        }
      buntan_json_stream_end_array (stream);
      add_unknown_members (stream, _buntan_meeting_get_extra (meeting), meeting_members);
      buntan_json_stream_end_object (stream);
    }
  buntan_json_stream_end_array (stream);
}

char *
_buntan_project_write (BuntanProject  *self,
                       const char     *modified,
                       BuntanSaveFlags flags,
                       gsize          *length)
{
  g_autoptr (BuntanJsonStream) stream = buntan_json_stream_new ();
  gboolean    with_times = !(flags & BUNTAN_SAVE_FLAGS_WITHOUT_TIMES);
  JsonObject *extra = _buntan_project_get_extra (self);
  JsonObject *template_extra = unknown_members_of (extra, "template");

  buntan_json_stream_begin_object (stream);
  add_string (stream, "format", "buntan-project");
  buntan_json_stream_set_member_name (stream, "version");
  /* The fingerprint's text keeps the number it had when it was defined, so
   * a new file format alone does not change what printed appendices say. */
  buntan_json_stream_add_int_value (stream, with_times ? BUNTAN_PROJECT_FORMAT_VERSION
                                                       : FINGERPRINT_TEXT_VERSION);
  /* Not in the fingerprint: the same negotiation in two projects prints the same. */
  if (with_times)
    add_string (stream, "id", buntan_project_get_id (self));
  add_string (stream, "title", buntan_project_get_title (self));
  if (with_times)
    {
      add_optional_string (stream, "created", buntan_project_get_created (self));
      add_optional_string (stream, "modified", modified);
    }
  if (buntan_project_get_template_id (self) != NULL || template_extra != NULL)
    {
      buntan_json_stream_set_member_name (stream, "template");
      buntan_json_stream_begin_object (stream);
      add_optional_string (stream, "id", buntan_project_get_template_id (self));
      add_optional_string (stream, "version", buntan_project_get_template_version (self));
      add_unknown_members (stream, template_extra, template_members);
      buntan_json_stream_end_object (stream);
    }
  if (!(flags & _BUNTAN_SAVE_FLAGS_WITHOUT_LISTS))
    {
      add_objects (stream, "parties", buntan_project_get_parties (self), add_party);
      add_objects (stream, "items", buntan_project_get_items (self), add_item);
    }
  if (!(flags & _BUNTAN_SAVE_FLAGS_SNAPSHOT))
    {
      add_meetings (stream, self, flags);
      _buntan_project_write_versions (stream, self, flags);
      _buntan_project_write_questionnaires (stream, self, flags);
      add_unknown_members (stream, extra, project_members);
    }
  buntan_json_stream_end_object (stream);

  return buntan_json_stream_end (stream, length);
}

/* One party's or item's object alone, exactly as the file holds it: the
 * comparison and the merge (buntan-comparison.c) compare these texts. */
char *
_buntan_project_write_object (gpointer object, gsize *length)
{
  g_autoptr (BuntanJsonStream) stream = buntan_json_stream_new ();

  if (BUNTAN_IS_PARTY (object))
    add_party (stream, object);
  else
    add_item (stream, object);

  return buntan_json_stream_end (stream, length);
}

/* Files: reading whole files, saving safely, the fingerprint */

/**
 * buntan_project_new_from_file:
 * @file: a project file
 * @error: return location for a #BUNTAN_PROJECT_ERROR naming the file, the
 *   place and what is wrong
 *
 * Reads a whole project. Nothing is returned (and nothing is changed) when
 * any part of the file is wrong.
 *
 * Returns: (transfer full) (nullable): the project
 */
BuntanProject *
buntan_project_new_from_file (GFile *file, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr (GError) local_error = NULL;
  BuntanProject *self;
  char          *contents = NULL;
  gsize          length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_parse_name (file);

  /* Refuse directories and huge files before reading a byte of them. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: cannot be opened: %s"), display_name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: is a folder, not a project file"), display_name);
      return NULL;
    }

  /* A pipe would block the reader for ever and /dev/zero never ends. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: is a device or a pipe, not a project file"), display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > BUNTAN_PROJECT_MAX_FILE_SIZE)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_TOO_LARGE,
                   _ ("%s: the file is larger than %d MB, far larger than any project; "
                      "it is probably not a Buntan project"),
                   display_name, BUNTAN_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: cannot be read: %s"), display_name, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  self = _buntan_project_read (bytes, display_name, error);
  if (self != NULL)
    _buntan_project_set_file (self, file);

  return self;
}

/**
 * buntan_project_new_from_bytes:
 * @bytes: the contents of a project file
 * @display_name: how to name the file in error messages
 * @error: return location for a #BUNTAN_PROJECT_ERROR
 *
 * Returns: (transfer full) (nullable): the project, with no file
 */
BuntanProject *
buntan_project_new_from_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _buntan_project_read (bytes, display_name, error);
}

/**
 * buntan_project_to_data:
 * @self: a project
 * @flags: what to leave out
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the project as the file format writes it
 */
char *
buntan_project_to_data (BuntanProject *self, BuntanSaveFlags flags, gsize *length)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return _buntan_project_write (self, buntan_project_get_modified (self), flags, length);
}

static guint
file_mode_or_default (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    return st.st_mode & 07777;

  return 0666;
}

/* Writes the project as it is in memory to @file, through a temporary file
 * and a rename; changes nothing in memory. */
gboolean
_buntan_project_write_file (BuntanProject  *self,
                            GFile          *file,
                            const char     *modified,
                            BuntanSaveFlags flags,
                            GError        **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr (GError) local_error = NULL;
  gboolean saved;
  gsize    length = 0;

  data = _buntan_project_write (self, modified, flags, &length);
  display_name = g_file_get_parse_name (file);

  if (g_file_is_native (file))
    {
      g_autofree char *path = g_file_get_path (file);

      saved = g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                        (int) file_mode_or_default (path), &local_error);
    }
  else
    {
      /* GIO writes remote files through a temporary and a rename too. */
      saved = g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       NULL, &local_error);
    }

  if (!saved)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE,
                   _ ("%s: could not be saved: %s"), display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Backups of an older format's file ------------------------------------------ */

/* x.buntan → x.v1.buntan, then x.v1-2.buntan, x.v1-3.buntan … (the
 * extension kept, so the copy still opens as a project). */
static GFile *
backup_file_for (GFile *file, guint version, guint attempt)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *stem = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *mark = NULL;
  g_autoptr (GFile) parent = g_file_get_parent (file);
  const char *dot = strrchr (name, '.');

  if (dot == NULL || dot == name)
    dot = name + strlen (name);

  stem = g_strndup (name, dot - name);
  mark =
    attempt <= 1 ? g_strdup_printf ("v%u", version) : g_strdup_printf ("v%u-%u", version, attempt);
  backup = g_strconcat (stem, ".", mark, dot, NULL);

  return parent != NULL ? g_file_get_child (parent, backup) : g_file_new_for_path (backup);
}

/* Only a save over the older file the project was read from keeps a copy;
 * "Save As" elsewhere leaves that file as it is anyway. */
static gboolean
needs_backup (BuntanProject *self, GFile *file)
{
  GFile *own = buntan_project_get_file (self);

  return buntan_project_get_file_version (self) < BUNTAN_PROJECT_FORMAT_VERSION && own != NULL &&
         g_file_equal (own, file) && g_file_query_exists (file, NULL);
}

/* Copies the older file beside itself under the first free name; never
 * writes over a file that exists (G_FILE_COPY_NONE refuses to). */
static gboolean
keep_older_version (BuntanProject *self, GFile *file, GFile **backup, GError **error)
{
  guint version = buntan_project_get_file_version (self);

  for (guint attempt = 1; attempt <= 1000; attempt++)
    {
      g_autoptr (GFile) candidate = backup_file_for (file, version, attempt);
      g_autoptr (GError) local_error = NULL;

      if (g_file_copy (file, candidate, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
        {
          *backup = g_steal_pointer (&candidate);
          return TRUE;
        }

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_autofree char *display_name = g_file_get_parse_name (file);
          g_autofree char *backup_name = g_file_get_parse_name (candidate);

          g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE,
                       _ ("%s: could not be saved: the file of the older format could not be "
                          "kept as %s first (%s); nothing was changed"),
                       display_name, backup_name, local_error->message);
          return FALSE;
        }
    }

  {
    g_autofree char *display_name = g_file_get_parse_name (file);

    g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE,
                 _ ("%s: could not be saved: too many copies of the older file exist beside it"),
                 display_name);
  }
  return FALSE;
}

/**
 * buntan_project_dup_backup_file_for:
 * @self: a project
 *
 * Returns: (transfer full) (nullable): where the next save will keep the
 *   project's file before writing the current format over it (the first
 *   name free now), or %NULL when no save will keep a copy
 */
GFile *
buntan_project_dup_backup_file_for (BuntanProject *self)
{
  GFile *file;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  file = buntan_project_get_file (self);
  if (file == NULL || !needs_backup (self, file))
    return NULL;

  for (guint attempt = 1; attempt <= 1000; attempt++)
    {
      g_autoptr (GFile) candidate =
        backup_file_for (file, buntan_project_get_file_version (self), attempt);

      if (!g_file_query_exists (candidate, NULL))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* Reads only the "version" of a file, or 0 when it cannot say. */
guint
_buntan_project_peek_file_version (GFile *file)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (file);
  JsonNode        *root;
  JsonNode        *version;

  if (path == NULL || !json_parser_load_from_file (parser, path, NULL))
    return 0;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  version = json_object_get_member (json_node_get_object (root), "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return 0;

  return (guint) CLAMP (json_node_get_int (version), 0, G_MAXUINT);
}

/**
 * buntan_project_save:
 * @self: a project
 * @file: where to save
 * @flags: #BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME to leave "modified" as it is
 * @error: return location for a #BUNTAN_PROJECT_ERROR_WRITE
 *
 * Writes the project to a temporary file beside @file and renames it into
 * place, so @file is either the old or the new project, never half of one.
 * The file keeps its permissions. On success the project is no longer
 * modified and belongs to @file; on failure nothing in memory changes.
 *
 * Returns: %TRUE on success
 */
gboolean
buntan_project_save (BuntanProject *self, GFile *file, BuntanSaveFlags flags, GError **error)
{
  g_autofree char *modified = NULL;
  g_autoptr (GFile) backup = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (flags & BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME)
    modified = g_strdup (buntan_project_get_modified (self));
  else
    modified = buntan_date_time_now ();

  if (needs_backup (self, file) && !keep_older_version (self, file, &backup, error))
    return FALSE;

  if (!_buntan_project_write_file (self, file, modified, flags, error))
    {
      /* The old file is still in place: the copy is not needed. */
      if (backup != NULL)
        g_file_delete (backup, NULL, NULL);
      return FALSE;
    }

  _buntan_project_set_backup_file (self, backup);
  _buntan_project_set_file_version (self, BUNTAN_PROJECT_FORMAT_VERSION);

  if (!(flags & BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME))
    _buntan_project_set_times (self, buntan_project_get_created (self), modified);
  _buntan_project_set_file (self, file);
  buntan_project_set_is_modified (self, FALSE);

  return TRUE;
}

/**
 * buntan_project_dup_fingerprint:
 * @self: a project
 *
 * Two projects with the same parties, items and negotiation state have the
 * same fingerprint, whenever and wherever they were saved.
 *
 * Returns: (transfer full): a SHA-256 hex digest of the canonical content
 */
char *
buntan_project_dup_fingerprint (BuntanProject *self)
{
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  data = _buntan_project_write (self, NULL, BUNTAN_SAVE_FLAGS_WITHOUT_TIMES, &length);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}
