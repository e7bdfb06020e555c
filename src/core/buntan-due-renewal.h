/* buntan-due-renewal.h — the vendors' contracts that renew or end soon
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* How far ahead the window reminds of a renewal when a project opens. */
#define BUNTAN_DUE_RENEWAL_DAYS 90

const char *
buntan_contract_get_due_date (BuntanContract *contract);
GPtrArray *
buntan_project_dup_due_renewals (BuntanProject *project, const char *today, guint days);
char *
buntan_contract_describe_due (BuntanContract *contract);

G_END_DECLS
