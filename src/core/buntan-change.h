/* buntan-change.h — one difference between two projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CHANGE (buntan_change_get_type ())

G_DECLARE_FINAL_TYPE (BuntanChange, buntan_change, BUNTAN, CHANGE, GObject)

BuntanChangeKind
buntan_change_get_kind (BuntanChange *self);
const char *
buntan_change_get_subject (BuntanChange *self);
const char *
buntan_change_get_field (BuntanChange *self);
const char *
buntan_change_get_before (BuntanChange *self);
const char *
buntan_change_get_after (BuntanChange *self);
char *
buntan_change_describe (BuntanChange *self);
const char *
buntan_change_kind_to_string (BuntanChangeKind kind);
const char *
buntan_field_get_label (const char *member);

G_END_DECLS
