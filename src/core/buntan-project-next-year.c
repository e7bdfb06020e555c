/* buntan-project-next-year.c — next year's check, started from last year's project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cyber-security checklist is answered again every year by the hospital
 * and by each vendor. Next year's project keeps what was settled — the
 * checklist, the parties and their contracts, the items with their owners,
 * roles, clauses, agreed terms and notes — and starts the answers afresh,
 * keeping last year's beside each check (its `previous`), read-only.
 *
 * The new project is made from last year's file text, with the answers
 * moved in that text and read back by the one strict reader: what next
 * year's project holds is exactly what a file can hold, and nothing the
 * writer writes (an unknown member included) is forgotten on the way.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-core-private.h"
#include "buntan-next-year-private.h"
#include "buntan-project-instance-private.h"

/* History of last year's negotiation, which next year's does not continue:
 * its meetings, agreed versions, renewal rounds, questionnaires sent and
 * merge conflicts. */
static const char *const last_year_only_members[] = {
  "meetings", "versions", "rounds", "questionnaires", "conflicts", NULL,
};

void
_buntan_previous_project_free (BuntanPreviousProject *previous)
{
  g_free (previous->id);
  g_free (previous->file);
  g_free (previous->fingerprint);
  g_free (previous);
}

void
_buntan_project_set_previous (BuntanProject *self,
                              const char    *id,
                              const char    *file,
                              const char    *fingerprint)
{
  g_clear_pointer (&self->previous, _buntan_previous_project_free);
  if (id == NULL)
    return;

  self->previous = g_new0 (BuntanPreviousProject, 1);
  self->previous->id = g_strdup (id);
  self->previous->file = g_strdup (_buntan_null_if_empty (file));
  self->previous->fingerprint = g_strdup (_buntan_null_if_empty (fingerprint));
}

/* The vendor sheet of the checklist is collected again every year, so the
 * date last year's came in says nothing about this year's. The disclosure
 * documents (サービス仕様適合開示書, MDS/SDS) describe the vendor's product,
 * not a year: the dates they were received stay true and are kept. */
static void
clear_yearly_received_dates (JsonObject *root)
{
  JsonNode  *node = json_object_get_member (root, "parties");
  JsonArray *parties;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  parties = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (parties); i++)
    json_object_remove_member (json_array_get_object_element (parties, i),
                               "cyber_checklist_received");
}

/* Moves the answer members of @object (an item or one vendor's check) into
 * a `previous` object; returns FALSE when there was no answer to move. */
static gboolean
move_answer_to_previous (JsonObject *object)
{
  g_autoptr (JsonObject) previous = json_object_new ();
  JsonNode   *first_check_node = json_object_get_member (object, "first_check");
  JsonObject *first_check = NULL;

  if (first_check_node != NULL && JSON_NODE_HOLDS_OBJECT (first_check_node))
    first_check = json_object_get_object_member (object, "first_check");

  if (first_check != NULL)
    {
      const char *result =
        json_object_get_string_member_with_default (first_check, "result", "unset");

      if (g_strcmp0 (result, "unset") != 0)
        json_object_set_string_member (previous, "result", result);
      if (json_object_has_member (first_check, "date"))
        json_object_set_member (previous, "date",
                                json_node_copy (json_object_get_member (first_check, "date")));
      /* Whatever else the first check holds (members of a newer Buntan) stays. */
      json_object_set_string_member (first_check, "result", "unset");
      json_object_remove_member (first_check, "date");
    }

  for (guint i = 0; i < 2; i++)
    {
      const char *member = i == 0 ? "target" : "completed";

      if (!json_object_has_member (object, member))
        continue;
      json_object_set_member (previous, member,
                              json_node_copy (json_object_get_member (object, member)));
      json_object_remove_member (object, member);
    }
  /* The date a vendor agreed was last year's agreement: not an answer to show again. */
  json_object_remove_member (object, "agreed");

  if (json_object_get_size (previous) == 0)
    return FALSE;

  json_object_set_object_member (object, "previous", g_steal_pointer (&previous));
  return TRUE;
}

static gboolean
strings_contain (JsonObject *object, const char *member, const char *value)
{
  JsonNode  *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;

  return FALSE;
}

/* A vendor's check is carried over while the vendor still confirms the
 * item (◎ or ○); a stale one is last year's leftover and is dropped. */
static void
move_checks_to_previous (JsonObject *item)
{
  JsonNode  *node = json_object_get_member (item, "checks");
  JsonArray *checks;
  g_autoptr (JsonArray) kept = json_array_new ();
  const char *owner;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  owner = json_object_get_string_member_with_default (item, "owner", NULL);
  checks = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (checks); i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      const char *party = json_object_get_string_member_with_default (check, "party", NULL);

      if (g_strcmp0 (party, owner) != 0 && !strings_contain (item, "participants", party))
        continue;
      if (move_answer_to_previous (check))
        json_array_add_object_element (kept, json_object_ref (check));
    }

  if (json_array_get_length (kept) > 0)
    json_object_set_array_member (item, "checks", g_steal_pointer (&kept));
  else
    json_object_remove_member (item, "checks");
}

static void
start_item_afresh (JsonObject *item)
{
  /* Agreed last year is under discussion again this year; an item that does
   * not apply still does not, and one never started is still not started. */
  if (g_strcmp0 (json_object_get_string_member_with_default (item, "status", NULL), "agreed") == 0)
    json_object_set_string_member (item, "status", "discussing");

  move_answer_to_previous (item);
  move_checks_to_previous (item);
}

/**
 * buntan_project_new_for_next_year:
 * @last_year: last year's project
 * @last_year_file_name: (nullable): the file it was read from, by its name,
 *   remembered in the new project and used in error messages
 * @error: return location for a #GError
 *
 * Starts next year's check: a project with a new id and the same checklist,
 * parties, contracts and items (texts, owners, roles, clauses, agreed terms,
 * notes). Every answer — a first check's result and date, target and
 * completion dates, the date a vendor agreed — is cleared; the first three
 * are kept read-only as each check's `previous`. The date each vendor's
 * checklist sheet was received is cleared too. 合意済 items go back to
 * 協議中; 未着手, 協議中 and 対象外 stay. Meetings, agreed versions, renewal
 * rounds, questionnaires and merge conflicts stay with last year's project.
 * The new project records last year's id, file name and fingerprint.
 *
 * Returns: (transfer full): next year's project, not yet saved, or %NULL
 */
BuntanProject *
buntan_project_new_for_next_year (BuntanProject *last_year,
                                  const char    *last_year_file_name,
                                  GError       **error)
{
  const BuntanExportOptions whole_project = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode) previous = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (BuntanProject) next_year = NULL;
  g_autofree char *text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *new_id = g_uuid_string_random ();
  g_autofree char *created = buntan_date_time_now ();
  JsonObject      *root;
  JsonArray       *items;
  gsize            length = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (last_year), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fingerprint = buntan_printed_dup_fingerprint_for (last_year, &whole_project, error);
  if (fingerprint == NULL)
    return NULL;

  text = _buntan_project_write (last_year, NULL, 0, &length);
  if (!json_parser_load_from_data (parser, text, (gssize) length, error))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; last_year_only_members[i] != NULL; i++)
    json_object_remove_member (root, last_year_only_members[i]);
  json_object_set_string_member (root, "id", new_id);
  json_object_set_string_member (root, "created", created);
  json_object_remove_member (root, "modified");

  previous = json_from_string ("{}", NULL);
  json_object_set_string_member (json_node_get_object (previous), "id",
                                 buntan_project_get_id (last_year));
  if (last_year_file_name != NULL)
    json_object_set_string_member (json_node_get_object (previous), "file", last_year_file_name);
  json_object_set_string_member (json_node_get_object (previous), "fingerprint", fingerprint);
  json_object_set_member (root, "previous", g_steal_pointer (&previous));

  items = json_object_get_array_member (root, "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    start_item_afresh (json_array_get_object_element (items, i));
  clear_yearly_received_dates (root);

  generator = json_generator_new ();
  json_generator_set_root (generator, json_parser_get_root (parser));
  new_text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (g_steal_pointer (&new_text), length);

  next_year = _buntan_project_read (bytes,
                                    last_year_file_name != NULL ? last_year_file_name
                                                                : _ ("last year's project"),
                                    error);
  if (next_year == NULL)
    return NULL;

  return g_steal_pointer (&next_year);
}

const char *
buntan_project_get_previous_id (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->previous != NULL ? self->previous->id : NULL;
}

const char *
buntan_project_get_previous_file (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->previous != NULL ? self->previous->file : NULL;
}

const char *
buntan_project_get_previous_fingerprint (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->previous != NULL ? self->previous->fingerprint : NULL;
}

/**
 * buntan_previous_answer_dup_description:
 * @previous: last year's answer
 *
 * The one wording of last year's answer, for the detail pane and meeting
 * mode: "Last year: No 2025-11-02, target 2026-03-31".
 *
 * Returns: (transfer full): a sentence in the user's language
 */
char *
buntan_previous_answer_dup_description (BuntanPreviousAnswer *previous)
{
  g_autoptr (GString) answer = g_string_new (NULL);
  BuntanCheckResult result;
  const char       *date, *target, *completed;

  g_return_val_if_fail (BUNTAN_IS_PREVIOUS_ANSWER (previous), NULL);

  result = buntan_previous_answer_get_result (previous);
  date = buntan_previous_answer_get_date (previous);
  target = buntan_previous_answer_get_target (previous);
  completed = buntan_previous_answer_get_completed (previous);

  g_string_append (answer, result != BUNTAN_CHECK_RESULT_UNSET
                             ? buntan_check_result_get_label (result)
                             /* TRANSLATORS: last year's first check had no result */
                             : C_ ("previous answer", "not answered"));
  if (date != NULL)
    g_string_append_printf (answer, " %s", date);
  if (target != NULL)
    /* TRANSLATORS: last year's target date (目標日) for an answer No */
    g_string_append_printf (answer, C_ ("previous answer", ", target %s"), target);
  if (completed != NULL)
    /* TRANSLATORS: the date last year's item was completed (完了日) */
    g_string_append_printf (answer, C_ ("previous answer", ", completed %s"), completed);

  /* TRANSLATORS: last year's answer shown beside this year's check, "Last year: Yes 2025-11-02" */
  return g_strdup_printf (_ ("Last year: %s"), answer->str);
}

/**
 * buntan_next_year_dup_name:
 * @name: a project's title, or its file name without the extension
 *
 * Next year's name for @name: its last year (a run of exactly four digits
 * from 1900 to 2999, as in 「2025年度」 or "FY2025") one higher, or, when it
 * names no year, @name followed by a mark of next year in the user's language
 * (「（次年度）」).
 * Hospitals name the check by its fiscal year; a name that says so keeps
 * saying the right one.
 *
 * Returns: (transfer full): next year's name
 */
char *
buntan_next_year_dup_name (const char *name)
{
  const char *year = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      gboolean starts_run = p == name || !g_ascii_isdigit (p[-1]);

      if (starts_run && (p[0] == '1' || p[0] == '2') && g_ascii_isdigit (p[1]) &&
          g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]) &&
          (p[0] == '2' || p[1] == '9'))
        year = p;
    }

  if (year == NULL)
    /* TRANSLATORS: next year's project name when the old one names no year */
    return g_strdup_printf (_ ("%s (Next Year)"), name);

  return g_strdup_printf ("%.*s%d%s", (int) (year - name), name,
                          (int) g_ascii_strtoull (year, NULL, 10) + 1, year + 4);
}
