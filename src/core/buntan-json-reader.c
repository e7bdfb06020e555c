/* buntan-json-reader.c — the one strict reader of our JSON files (projects and templates):
 * the reader, and how it names places and words refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-core-private.h"
#include "buntan-json-reader-private.h"

/* Reading is strict: a contract must never rest on a half-understood file,
 * so the first problem refuses the whole file, and the message says where,
 * in words a hospital administrator can act on (no parser internals). */

typedef struct
{
  const char *member;
  const char *label;
} FieldLabel;

/* How an item's members are named in places ("item P2-A-4, status"). */
static const FieldLabel item_fields[] = {
  { "id", N_ ("id") },
  { "part", N_ ("part") },
  { "section", N_ ("section") },
  { "section_title", N_ ("section title") },
  { "number", N_ ("number") },
  { "title", N_ ("title") },
  { "content", N_ ("content") },
  { "risk", N_ ("risk") },
  { "recommended", N_ ("recommended action") },
  { "references", N_ ("references") },
  { "custom", N_ ("custom") },
  { "status", N_ ("status") },
  { "owner", N_ ("owner") },
  { "participants", N_ ("participants") },
  { "first_check", N_ ("first check") },
  { "first_check.result", N_ ("first check result") },
  { "first_check.date", N_ ("first check date") },
  { "completed", N_ ("completion date") },
  { "clause", N_ ("contract clause") },
  { "note", N_ ("note") },
  { "applies_to", N_ ("contract kinds it applies to") },
  { "informed", N_ ("informed parties") },
  { "agreed_terms", N_ ("agreed terms") },
  { "official_ref", N_ ("official item number") },
  { "target", N_ ("target date") },
  { "checks", N_ ("vendor checks") },
  { "party", N_ ("party") },
  { "agreed", N_ ("date agreed") },
  { "previous", N_ ("last year's record") },
  { "previous.result", N_ ("last year's result") },
  { "previous.date", N_ ("last year's check date") },
  { "previous.target", N_ ("last year's target date") },
  { "previous.completed", N_ ("last year's completion date") },
};

/* Outside the items: the keys of parties, meetings and template sections. */
static const FieldLabel other_fields[] = {
  { "name", N_ ("name") },
  { "kind", N_ ("kind") },
  { "contract", N_ ("contract kind") },
  { "service", N_ ("service or system") },
  { "contact", N_ ("contact") },
  { "emergency_contact", N_ ("emergency contact") },
  { "renewal_date", N_ ("renewal date") },
  { "started", N_ ("start") },
  { "ended", N_ ("end") },
  { "time", N_ ("time") },
  { "item", N_ ("item") },
  { "field", N_ ("field") },
  { "from", N_ ("value before") },
  { "to", N_ ("value after") },
  { "code", N_ ("code") },
  { "source", N_ ("source of the change") },
  { "short_name", N_ ("short name") },
  { "address", N_ ("address") },
  { "representative", N_ ("representative") },
  { "safety_manager", N_ ("safety manager") },
  { "appointed", N_ ("date of appointment") },
  { "signed", N_ ("signing date") },
  { "start", N_ ("start date") },
  { "end", N_ ("end date") },
  { "renewal", N_ ("renewal date") },
  { "systems", N_ ("systems") },
  { "contracts", N_ ("contracts") },
  { "organization", N_ ("organization") },
  { "template", N_ ("template") },
  { "reason", N_ ("reason") },
};

/* Lists outside the items, named one by one: "party 2", not "parties[1]". */
typedef struct
{
  const char *member;
  const char *label; /* followed by the one-based number */
} ListLabel;

static const ListLabel list_labels[] = {
  /* TRANSLATORS: a place in a file: the second party is "party 2" (see "%s %u") */
  { "parties", N_ ("party") },
  /* TRANSLATORS: a place in a file: the first meeting is "meeting 1" */
  { "meetings", N_ ("meeting") },
  /* TRANSLATORS: a place in a file: a change recorded in a meeting */
  { "decisions", N_ ("change") },
  /* TRANSLATORS: a place in a file: a person who attended a meeting */
  { "attendees", N_ ("attendee") },
  /* TRANSLATORS: a place in a file: a section of a checklist template */
  { "sections", N_ ("section") },
  /* TRANSLATORS: a place in a file: an item by its position, "item number 3" */
  { "items", N_ ("item number") },
  /* TRANSLATORS: a place in a file: an agreed version by its position, "agreed version 2" */
  { "versions", N_ ("agreed version") },
  /* TRANSLATORS: a place in a file: a vendor's second contract is "contract 2" */
  { "contracts", N_ ("contract") },
  /* TRANSLATORS: a place in a file: a checklist template's second retired item */
  { "retired", N_ ("retired item") },
  /* TRANSLATORS: a place in a file: the second questionnaire sent to a vendor */
  { "questionnaires", N_ ("questionnaire") },
};

gboolean
_buntan_json_reader_refuse_at (BuntanJsonReader *reader,
                               int               code,
                               const char       *place,
                               const char       *what)
{
  if (reader->only_code >= 0)
    code = reader->only_code;

  if (place != NULL && *place != '\0')
    g_set_error (reader->error, reader->domain, code, "%s: %s: %s", reader->display_name, place,
                 what);
  else
    g_set_error (reader->error, reader->domain, code, "%s: %s", reader->display_name, what);

  return FALSE;
}

void
buntan_json_reader_init (BuntanJsonReader *reader,
                         const char       *display_name,
                         GQuark            domain,
                         int               only_code,
                         GError          **error)
{
  *reader = (BuntanJsonReader){ display_name, domain, only_code, error, NULL, 0 };
}

void
buntan_json_reader_begin_item (BuntanJsonReader *reader, guint index)
{
  reader->item_id = NULL;
  reader->item_number = index + 1;
}

/* @id must stay alive until buntan_json_reader_end_item(). */
void
buntan_json_reader_set_item_id (BuntanJsonReader *reader, const char *id)
{
  reader->item_id = id;
}

void
buntan_json_reader_end_item (BuntanJsonReader *reader)
{
  reader->item_id = NULL;
  reader->item_number = 0;
}

static char *
dup_item_field (const char *path, const char *member)
{
  g_autofree char *field = NULL;
  g_autofree char *name = NULL;
  const char      *bracket;
  guint            index = 0;
  gboolean         has_index = FALSE;

  if (member == NULL)
    field = g_strdup (path);
  else if (path == NULL || *path == '\0')
    field = g_strdup (member);
  else
    field = g_strdup_printf ("%s.%s", path, member);

  /* "checks[1].first_check.result" → the second vendor check, its result */
  if (g_str_has_prefix (field, "checks[") && sscanf (field, "checks[%u]", &index) == 1 &&
      strstr (field, "].") != NULL)
    {
      g_autofree char *inner = dup_item_field (strstr (field, "].") + 2, NULL);

      /* TRANSLATORS: a place in an item: one vendor's check and its field,
       * "vendor check 2, first check result" */
      return g_strdup_printf (_ ("vendor check %u, %s"), index + 1, inner);
    }

  /* "participants[1]" → the second participant */
  bracket = strchr (field, '[');
  if (bracket != NULL)
    {
      has_index = sscanf (bracket + 1, "%u", &index) == 1;
      name = g_strndup (field, (gsize) (bracket - field));
    }
  else
    {
      name = g_strdup (field);
    }

  for (guint i = 0; i < G_N_ELEMENTS (item_fields); i++)
    if (strcmp (item_fields[i].member, name) == 0)
      {
        g_free (name);
        name = g_strdup (_ (item_fields[i].label));
        break;
      }

  if (has_index)
    /* TRANSLATORS: a place in a list, e.g. "references (2)": the second reference */
    return g_strdup_printf (C_ ("place", "%s (%u)"), name, index + 1);

  return g_steal_pointer (&name);
}

/* One step of a path outside the items, in words: "parties[1]" → "party 2",
 * "renewal_date" → "renewal date". */
static char *
dup_outer_step (const char *step)
{
  const char      *bracket = strchr (step, '[');
  g_autofree char *name =
    bracket != NULL ? g_strndup (step, (gsize) (bracket - step)) : g_strdup (step);
  guint index = 0;

  if (bracket != NULL && sscanf (bracket + 1, "%u", &index) == 1)
    {
      for (guint i = 0; i < G_N_ELEMENTS (list_labels); i++)
        if (strcmp (list_labels[i].member, name) == 0)
          /* TRANSLATORS: a place in a file: "party 2", "meeting 1" */
          return g_strdup_printf (C_ ("place", "%s %u"), _ (list_labels[i].label), index + 1);
      return g_strdup_printf (C_ ("place", "%s (%u)"), name, index + 1);
    }

  if (buntan_json_get_member_label (name) != NULL)
    return g_strdup (buntan_json_get_member_label (name));
  return g_strdelimit (g_steal_pointer (&name), "_", ' ');
}

/**
 * buntan_json_get_member_label:
 * @member: a member of an item, a party or the project, as the file names it
 *
 * The one table of the members' names in sentences, shared by the places of
 * the reader's refusals ("item P2-A-4, status") and the comparison's
 * changes, so the two never name one field differently.
 *
 * Returns: (nullable): the member's name, translated, or %NULL when this
 *   build has no words for it
 */
const char *
buntan_json_get_member_label (const char *member)
{
  g_return_val_if_fail (member != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (item_fields); i++)
    if (strcmp (item_fields[i].member, member) == 0)
      return _ (item_fields[i].label);
  for (guint i = 0; i < G_N_ELEMENTS (other_fields); i++)
    if (strcmp (other_fields[i].member, member) == 0)
      return _ (other_fields[i].label);

  return NULL;
}

/* A place outside the items, for a hospital administrator rather than a
 * programmer: "party 2, renewal date", "meeting 1, change 3, time". */
char *
_buntan_json_dup_outer_place (const char *path, const char *member)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) steps = g_strsplit (path != NULL ? path : "", ".", -1);

  for (guint i = 0; steps[i] != NULL; i++)
    if (*steps[i] != '\0')
      g_ptr_array_add (words, dup_outer_step (steps[i]));
  if (member != NULL)
    g_ptr_array_add (words, dup_outer_step (member));
  g_ptr_array_add (words, NULL);

  /* TRANSLATORS: joins the steps of a place in a file: "party 2, name" */
  return g_strjoinv (C_ ("place", ", "), (char **) words->pdata);
}

char *
buntan_json_reader_dup_place (BuntanJsonReader *reader, const char *path, const char *member)
{
  if (reader->item_number > 0)
    {
      g_autofree char *item = NULL;
      g_autofree char *field = NULL;

      item = reader->item_id != NULL
               /* TRANSLATORS: a place in a file: an item, named by its id */
               ? g_strdup_printf (_ ("item %s"), reader->item_id)
               /* TRANSLATORS: a place in a file: an item without a usable id, by its position */
               : g_strdup_printf (_ ("item number %u"), reader->item_number);

      if ((path == NULL || *path == '\0') && member == NULL)
        return g_steal_pointer (&item);

      field = dup_item_field (path, member);
      /* TRANSLATORS: a place in a file: an item and one of its fields, "item P2-A-4, status" */
      return g_strdup_printf (_ ("%s, %s"), item, field);
    }

  return _buntan_json_dup_outer_place (path, member);
}

gboolean
buntan_json_reader_refuse (BuntanJsonReader *reader,
                           int               code,
                           const char       *path,
                           const char       *member,
                           const char       *format,
                           ...)
{
  g_autofree char *what = NULL;
  g_autofree char *place = buntan_json_reader_dup_place (reader, path, member);
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  return _buntan_json_reader_refuse_at (reader, code, place, what);
}
