/* buntan-comparison-private.h — what the comparison and the merge share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "buntan-change.h"
#include "buntan-comparison.h"
#include "buntan-conflict.h"

G_BEGIN_DECLS

/* Members of the top level that are history, identity or bookkeeping, not
 * the negotiated state: never compared. */
extern const char *const _buntan_comparison_skipped_members[];

/* A project as the file writer writes it: its own members parsed, and each
 * party's and item's object as text, parsed only when it differs. */
typedef struct
{
  char       *id;
  char       *text;
  JsonObject *object; /* parsed on demand, see _buntan_canonical_entry_get_object() */
} BuntanCanonicalEntry;

typedef struct
{
  JsonObject *top; /* without "parties" and "items" */
  GPtrArray  *parties;
  GPtrArray  *items;
  GHashTable *party_index; /* id → entry */
  GHashTable *item_index;
} BuntanCanonical;

BuntanCanonical *
_buntan_canonical_new (BuntanProject *project);
void
_buntan_canonical_free (BuntanCanonical *self);
JsonObject *
_buntan_canonical_entry_get_object (BuntanCanonicalEntry *entry);
gboolean
_buntan_canonical_entries_equal (BuntanCanonicalEntry *a, BuntanCanonicalEntry *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanCanonical, _buntan_canonical_free)

JsonObject *
_buntan_project_dup_canonical_object (BuntanProject *project);
char *
_buntan_json_value_dup_text (JsonNode *node);
gboolean
_buntan_json_values_equal (JsonNode *a, JsonNode *b);
BuntanChange *
_buntan_change_new (BuntanChangeKind kind,
                    const char      *subject,
                    const char      *field,
                    JsonNode        *before,
                    JsonNode        *after);
JsonNode *
_buntan_change_get_before_node (BuntanChange *self);
JsonNode *
_buntan_change_get_after_node (BuntanChange *self);
BuntanConflict *
_buntan_conflict_new_from_object (JsonObject *object);

G_END_DECLS
