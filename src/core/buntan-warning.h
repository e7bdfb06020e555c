/* buntan-warning.h — something worth a look that is not a gap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-gap.h"
#include "buntan-types.h"

G_BEGIN_DECLS

typedef struct _BuntanWarning BuntanWarning;

#define BUNTAN_TYPE_WARNING (buntan_warning_get_type ())

GType
buntan_warning_get_type (void) G_GNUC_CONST;
BuntanWarning *
buntan_warning_new (BuntanWarningKind kind,
                    const char       *item_id,
                    const char       *party_id,
                    const char       *subject,
                    const char       *party_name);
BuntanWarning *
buntan_warning_ref (BuntanWarning *self);
void
buntan_warning_unref (BuntanWarning *self);
BuntanWarningKind
buntan_warning_get_kind (const BuntanWarning *self);
const char *
buntan_warning_get_item_id (const BuntanWarning *self);
const char *
buntan_warning_get_party_id (const BuntanWarning *self);
char *
buntan_warning_describe (const BuntanWarning *self, BuntanGapText form);
const char *
buntan_warning_kind_to_string (BuntanWarningKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BuntanWarning, buntan_warning_unref)

G_END_DECLS
