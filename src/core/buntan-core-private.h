/* buntan-core-private.h — what the core's files share and nobody else sees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "buntan-core.h"

G_BEGIN_DECLS

/* Replaces *slot by a copy of value; TRUE when it changed. */
static inline gboolean
_buntan_replace_string (char **slot, const char *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

/* Unset dates and owners are NULL; "" from an emptied entry means unset. */
static inline const char *
_buntan_null_if_empty (const char *value)
{
  return value != NULL && *value != '\0' ? value : NULL;
}

static inline gboolean
_buntan_replace_strv (char ***slot, const char *const *value)
{
  static const char *const empty[] = { NULL };

  if (value == NULL)
    value = empty;

  if (*slot != NULL && g_strv_equal ((const char *const *) *slot, value))
    return FALSE;

  g_strfreev (*slot);
  *slot = g_strdupv ((char **) value);
  return TRUE;
}

/* An item as the file reader found it; texts may be NULL (unset or empty). */
typedef struct
{
  const char       *id;
  guint             part;
  const char       *section;
  const char       *section_title;
  const char       *number;
  const char       *title;
  const char       *content;
  const char       *risk;
  const char       *recommended;
  char            **references; /* taken by the item */
  gboolean          custom;
  BuntanItemStatus  status;
  const char       *owner;
  char            **participants; /* taken by the item */
  BuntanCheckResult first_check;
  const char       *first_check_date;
  const char       *completed;
  const char       *clause;
  const char       *note;
  char            **applies_to; /* taken by the item */
  char            **informed;   /* taken by the item */
  const char       *agreed_terms;
  const char       *official_ref;
  const char       *target;
  GPtrArray        *checks; /* BuntanCheck, added to the item */
} BuntanItemFields;

BuntanItem *
_buntan_item_new_with_fields (BuntanItemFields *fields);

/* Members of the file that this version does not know, kept to be written back. */
JsonObject *
_buntan_party_get_extra (BuntanParty *self);
void
_buntan_party_set_extra (BuntanParty *self, JsonObject *extra);
JsonObject *
_buntan_contract_get_extra (BuntanContract *self);
void
_buntan_contract_set_extra (BuntanContract *self, JsonObject *extra);
void
_buntan_contract_set_party (BuntanContract *self, BuntanParty *party);
void
_buntan_party_insert_contract (BuntanParty *self, BuntanContract *contract, guint position);
JsonObject *
_buntan_item_get_extra (BuntanItem *self);
void
_buntan_item_set_extra (BuntanItem *self, JsonObject *extra);
JsonObject *
_buntan_project_get_extra (BuntanProject *self);
void
_buntan_project_set_extra (BuntanProject *self, JsonObject *extra);

const char *
_buntan_check_get_item_id (BuntanCheck *self);
void
_buntan_check_set_item_id (BuntanCheck *self, const char *item_id);
void
_buntan_check_set_previous (BuntanCheck *self, BuntanPreviousAnswer *previous);
void
_buntan_item_set_previous (BuntanItem *self, BuntanPreviousAnswer *previous);

G_END_DECLS
