/* buntan-project-file-read.c — reading a project file: the top level and the parties
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-next-year-private.h"
#include "buntan-project-file-private.h"
#include "buntan-project-file-versions.h"
#include "buntan-project-file-questionnaires.h"
#include "buntan-project-file-conflicts.h"

/* The first format that has per-vendor checks: older files get theirs from
 * the item-level first check (_buntan_project_migrate_first_checks()). */
#define FIRST_VERSION_WITH_CHECKS 2

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
      !buntan_json_reader_get_date (reader, manager, inner_path, "appointed", FALSE, &appointed))
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
      !buntan_json_reader_get_date (reader, object, path, "signed", FALSE, &signed_on) ||
      !buntan_json_reader_get_date (reader, object, path, "start", FALSE, &start) ||
      !buntan_json_reader_get_date (reader, object, path, "end", FALSE, &end) ||
      !buntan_json_reader_get_date (reader, object, path, "renewal", FALSE, &renewal) ||
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
      !buntan_json_reader_get_date (reader, object, path, "renewal_date", FALSE, &renewal))
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
    _buntan_project_migrate_contract (project, party, kind, renewal);

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
      !buntan_json_reader_get_date (reader, object, path, "service_spec_received", FALSE,
                                    &service_spec) ||
      !buntan_json_reader_get_date (reader, object, path, "mds_sds_received", FALSE, &mds_sds) ||
      !buntan_json_reader_get_date (reader, object, path, "cyber_checklist_received", FALSE,
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
      g_autofree char *migrated = _buntan_project_dup_migrated_id (root, bytes);

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
      !read_id (&reader, project, root, bytes, version) ||
      !_buntan_project_read_previous_project (&reader, project, root))
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
  _buntan_project_migrate_organization (project, organization);

  item_ids = g_hash_table_new (g_str_hash, g_str_equal);
  new_items = g_ptr_array_new_full (json_array_get_length (items), g_object_unref);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      buntan_json_reader_begin_item (&reader, i);
      if (!_buntan_project_read_item (&reader, new_items, json_array_get_element (items, i),
                                      party_ids, item_ids))
        return NULL;
      buntan_json_reader_end_item (&reader);
    }
  _buntan_project_append_items (project, new_items);
  if (version < FIRST_VERSION_WITH_CHECKS)
    {
      BuntanHistory *history = buntan_project_get_history (project);

      _buntan_history_set_replaying (history, TRUE);
      _buntan_project_migrate_first_checks (project);
      _buntan_history_set_replaying (history, FALSE);
    }

  if (!_buntan_project_read_meetings (&reader, project, root, party_ids) ||
      !_buntan_project_read_versions (&reader, project, root) ||
      !_buntan_project_read_questionnaires (&reader, project, root) ||
      !_buntan_project_read_conflicts (&reader, project, root))
    return NULL;

  extra = buntan_json_collect_unknown_members (root, project_members);
  buntan_json_collect_unknown_members_of (&extra, root, "template", template_members);
  _buntan_project_set_extra (project, extra);
  buntan_history_clear (buntan_project_get_history (project));
  buntan_project_set_is_modified (project, FALSE);

  return g_steal_pointer (&project);
}
