/* buntan-gap.h — one thing the responsibility matrix still leaves open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* How much a gap's sentence says (buntan_gap_describe()). */
typedef enum
{
  BUNTAN_GAP_TEXT_SHORT,    /* the problem alone, for a place that shows the item already */
  BUNTAN_GAP_TEXT_LONG,     /* the item's number and title, then the problem */
  BUNTAN_GAP_TEXT_WORKBOOK, /* the problem in the workbook's Japanese, whatever the locale */
} BuntanGapText;

#define BUNTAN_TYPE_GAP (buntan_gap_get_type ())

GType
buntan_gap_get_type (void) G_GNUC_CONST;
BuntanGap *
buntan_gap_new (BuntanGapRule rule, const char *item_id, const char *party_id, const char *subject);
BuntanGap *
buntan_gap_new_for_vendor (BuntanGapRule rule,
                           const char   *item_id,
                           const char   *party_id,
                           const char   *subject,
                           const char   *party_name);
BuntanGap *
buntan_gap_ref (BuntanGap *self);
void
buntan_gap_unref (BuntanGap *self);
BuntanGapRule
buntan_gap_get_rule (const BuntanGap *self);
const char *
buntan_gap_get_item_id (const BuntanGap *self);
const char *
buntan_gap_get_party_id (const BuntanGap *self);
const char *
buntan_gap_get_message (const BuntanGap *self);
const char *
buntan_gap_get_subject (const BuntanGap *self);
char *
buntan_gap_describe (const BuntanGap *self, BuntanGapText form);
const char *
buntan_gap_rule_to_string (BuntanGapRule rule);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanGap, buntan_gap_unref)

G_END_DECLS
