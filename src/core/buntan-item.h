/* buntan-item.h — one row of the checklist and the state of its negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ITEM (buntan_item_get_type ())

G_DECLARE_FINAL_TYPE (BuntanItem, buntan_item, BUNTAN, ITEM, GObject)

BuntanItem *
buntan_item_new (const char *id, guint part, const char *section, const char *number);
BuntanItem *
buntan_item_copy (BuntanItem *self);
const char *
buntan_item_get_id (BuntanItem *self);
guint
buntan_item_get_part (BuntanItem *self);
const char *
buntan_item_get_section (BuntanItem *self);
const char *
buntan_item_get_section_title (BuntanItem *self);
void
buntan_item_set_section_title (BuntanItem *self, const char *section_title);
const char *
buntan_item_get_number (BuntanItem *self);
const char *
buntan_item_get_title (BuntanItem *self);
void
buntan_item_set_title (BuntanItem *self, const char *title);
const char *
buntan_item_get_content (BuntanItem *self);
void
buntan_item_set_content (BuntanItem *self, const char *content);
const char *
buntan_item_get_risk (BuntanItem *self);
void
buntan_item_set_risk (BuntanItem *self, const char *risk);
const char *
buntan_item_get_recommended (BuntanItem *self);
void
buntan_item_set_recommended (BuntanItem *self, const char *recommended);
const char *const *
buntan_item_get_references (BuntanItem *self);
void
buntan_item_set_references (BuntanItem *self, const char *const *references);
gboolean
buntan_item_get_custom (BuntanItem *self);
void
buntan_item_set_custom (BuntanItem *self, gboolean custom);
BuntanItemStatus
buntan_item_get_status (BuntanItem *self);
void
buntan_item_set_status (BuntanItem *self, BuntanItemStatus status);
const char *
buntan_item_get_owner (BuntanItem *self);
void
buntan_item_set_owner (BuntanItem *self, const char *owner);
gboolean
buntan_item_is_joint (BuntanItem *self);
const char *const *
buntan_item_get_participants (BuntanItem *self);
void
buntan_item_set_participants (BuntanItem *self, const char *const *participants);
gboolean
buntan_item_has_participant (BuntanItem *self, const char *party_id);
void
buntan_item_set_participant (BuntanItem *self, const char *party_id, gboolean taking_part);
BuntanCheckResult
buntan_item_get_first_check (BuntanItem *self);
void
buntan_item_set_first_check (BuntanItem *self, BuntanCheckResult result);
const char *
buntan_item_get_first_check_date (BuntanItem *self);
void
buntan_item_set_first_check_date (BuntanItem *self, const char *date);
const char *
buntan_item_get_completed (BuntanItem *self);
void
buntan_item_set_completed (BuntanItem *self, const char *date);
const char *
buntan_item_get_clause (BuntanItem *self);
void
buntan_item_set_clause (BuntanItem *self, const char *clause);
const char *
buntan_item_get_note (BuntanItem *self);
void
buntan_item_set_note (BuntanItem *self, const char *note);
BuntanMark
buntan_item_get_mark (BuntanItem *self, const char *party_id);
gboolean
buntan_item_involves (BuntanItem *self, const char *party_id);
gboolean
buntan_item_is_each (BuntanItem *self);
const char *const *
buntan_item_get_applies_to (BuntanItem *self);
void
buntan_item_set_applies_to (BuntanItem *self, const char *const *kinds);
gboolean
buntan_item_applies_to_kind (BuntanItem *self, BuntanContractKind kind);
const char *const *
buntan_item_get_informed (BuntanItem *self);
void
buntan_item_set_informed (BuntanItem *self, const char *const *informed);
void
buntan_item_set_informed_party (BuntanItem *self, const char *party_id, gboolean informed);
const char *
buntan_item_get_agreed_terms (BuntanItem *self);
void
buntan_item_set_agreed_terms (BuntanItem *self, const char *agreed_terms);
const char *
buntan_item_get_official_ref (BuntanItem *self);
void
buntan_item_set_official_ref (BuntanItem *self, const char *official_ref);
const char *
buntan_item_get_target (BuntanItem *self);
void
buntan_item_set_target (BuntanItem *self, const char *date);
GListModel *
buntan_item_get_checks (BuntanItem *self);
BuntanCheck *
buntan_item_find_check (BuntanItem *self, const char *party_id);
BuntanCheck *
buntan_item_ensure_check (BuntanItem *self, const char *party_id);
GStrv
buntan_item_dup_confirming_parties (BuntanItem *self, BuntanProject *project);
BuntanPreviousAnswer *
buntan_item_get_previous (BuntanItem *self);

G_END_DECLS
