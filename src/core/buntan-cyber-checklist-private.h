/* buntan-cyber-checklist-private.h — the cyber-security checklist's gap rules, for the matrix
 * and the gap's wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-gap.h"

G_BEGIN_DECLS

GPtrArray *
_buntan_cyber_checklist_find_gaps (BuntanProject *project, BuntanItem *item);
gboolean
_buntan_cyber_checklist_has_rule (BuntanGapRule rule);
char *
_buntan_cyber_checklist_describe_gap (BuntanGapRule rule,
                                      BuntanGapText form,
                                      const char   *item_id,
                                      const char   *subject,
                                      const char   *party_name);
const char *
_buntan_cyber_checklist_rule_to_string (BuntanGapRule rule);

G_END_DECLS
