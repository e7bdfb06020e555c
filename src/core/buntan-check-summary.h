/* buntan-check-summary.h — what the vendors' checks of one item add up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buntan-types.h"

G_BEGIN_DECLS

GStrv
buntan_check_summary_dup_vendors (BuntanItem *item, BuntanProject *project);
char *
buntan_check_summary_dup_result (BuntanItem *item, BuntanProject *project);
char *
buntan_check_summary_dup_completed (BuntanItem *item, BuntanProject *project);
char *
buntan_check_summary_dup_details (BuntanItem *item, BuntanProject *project);

G_END_DECLS
