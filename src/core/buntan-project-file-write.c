/* buntan-project-file-write.c — writing the project file format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-next-year-private.h"
#include "buntan-project-file-private.h"
#include "buntan-project-file-versions.h"
#include "buntan-project-file-questionnaires.h"
#include "buntan-project-file-conflicts.h"

/* See _buntan_project_write(). */
#define FINGERPRINT_TEXT_VERSION 1

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

/* Empty checks are the same as none (buntan-check.c) and are not written,
 * unless they hold last year's answer. */
static void
add_checks (BuntanJsonStream *stream, BuntanItem *item)
{
  GListModel *checks = buntan_item_get_checks (item);
  guint       n = g_list_model_get_n_items (checks);
  gboolean    started = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanCheck) check = g_list_model_get_item (checks, i);

      if (buntan_check_is_empty (check) && buntan_check_get_previous (check) == NULL)
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
      _buntan_project_write_previous_answer (stream, buntan_check_get_previous (check));
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
  _buntan_project_write_previous_answer (stream, buntan_item_get_previous (item));
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
  if (with_times)
    _buntan_project_write_previous_project (stream, self);
  if (!(flags & _BUNTAN_SAVE_FLAGS_WITHOUT_LISTS))
    {
      add_objects (stream, "parties", buntan_project_get_parties (self), add_party);
      add_objects (stream, "items", buntan_project_get_items (self), add_item);
    }
  if (!(flags & _BUNTAN_SAVE_FLAGS_SNAPSHOT))
    {
      _buntan_project_write_meetings (stream, self, flags);
      _buntan_project_write_versions (stream, self, flags);
      _buntan_project_write_questionnaires (stream, self, flags);
      _buntan_project_write_conflicts (stream, self);
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
