/* buntan-check.h — one vendor's confirmation of one Part 2 item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CHECK (buntan_check_get_type ())

G_DECLARE_FINAL_TYPE (BuntanCheck, buntan_check, BUNTAN, CHECK, GObject)

BuntanCheck *
buntan_check_new (const char *party_id);
BuntanCheck *
buntan_check_copy (BuntanCheck *self);
const char *
buntan_check_get_party (BuntanCheck *self);
BuntanCheckResult
buntan_check_get_result (BuntanCheck *self);
void
buntan_check_set_result (BuntanCheck *self, BuntanCheckResult result);
const char *
buntan_check_get_date (BuntanCheck *self);
void
buntan_check_set_date (BuntanCheck *self, const char *date);
const char *
buntan_check_get_completed (BuntanCheck *self);
void
buntan_check_set_completed (BuntanCheck *self, const char *date);
const char *
buntan_check_get_target (BuntanCheck *self);
void
buntan_check_set_target (BuntanCheck *self, const char *date);
const char *
buntan_check_get_agreed (BuntanCheck *self);
void
buntan_check_set_agreed (BuntanCheck *self, const char *date);
gboolean
buntan_check_is_empty (BuntanCheck *self);
void
buntan_check_clear (BuntanCheck *self);
BuntanPreviousAnswer *
buntan_check_get_previous (BuntanCheck *self);

G_END_DECLS
