/* buntan-project-file-private.h — what the parts of the project file's reader and writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The members each object of the file knows (anything else is kept as it
 * was read and written back), the small writing helpers, and the functions
 * one part calls in another.
 */

#pragma once

#include "buntan-json-reader.h"
#include "buntan-json-writer.h"
#include "buntan-project-private.h"

G_BEGIN_DECLS

static const char *const project_members[] = {
  "format",    "version",  "id",    "title",    "organization", "created", "modified",
  "template",  "parties",  "items", "meetings", "versions",     "rounds",  "questionnaires",
  "conflicts", "previous", NULL
};

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
  "informed",  "target",  "checks",  "agreed_terms",  "previous",
  NULL
};

static const char *const first_check_members[] = { "result", "date", NULL };

static const char *const template_members[] = { "id", "version", NULL };

static inline void
add_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  buntan_json_stream_set_member_name (stream, member);
  buntan_json_stream_add_string_value (stream, value != NULL ? value : "");
}

static inline void
add_optional_string (BuntanJsonStream *stream, const char *member, const char *value)
{
  if (value != NULL)
    add_string (stream, member, value);
}

static inline void
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
static inline void
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

static inline JsonObject *
unknown_members_of (JsonObject *extra, const char *member)
{
  JsonNode *node = extra != NULL ? json_object_get_member (extra, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* buntan-project-file.c */
gboolean
_buntan_project_file_is_sha256_hex (const char *text);
gboolean
_buntan_project_file_check_vendor (BuntanJsonReader *reader,
                                   BuntanProject    *project,
                                   const char       *path,
                                   const char       *member,
                                   const char       *party_id);

/* buntan-project-file-read-items.c */
gboolean
_buntan_project_read_item (BuntanJsonReader *reader,
                           GPtrArray        *items,
                           JsonNode         *node,
                           GHashTable       *party_ids,
                           GHashTable       *item_ids);

/* buntan-project-file-meetings.c */
gboolean
_buntan_project_read_meetings (BuntanJsonReader *reader,
                               BuntanProject    *project,
                               JsonObject       *root,
                               GHashTable       *party_ids);
void
_buntan_project_write_meetings (BuntanJsonStream *stream,
                                BuntanProject    *self,
                                BuntanSaveFlags   flags);

/* buntan-project-file-migrate.c */
void
_buntan_project_migrate_organization (BuntanProject *project, const char *organization);
void
_buntan_project_migrate_contract (BuntanProject *project,
                                  BuntanParty   *party,
                                  int            kind,
                                  const char    *renewal);
char *
_buntan_project_dup_migrated_id (JsonObject *root, GBytes *bytes);

G_END_DECLS
