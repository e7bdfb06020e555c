/* buntan-next-year.h — next year's check, started from last year's project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

BuntanProject *
buntan_project_new_for_next_year (BuntanProject *last_year,
                                  const char    *last_year_file_name,
                                  GError       **error);
const char *
buntan_project_get_previous_id (BuntanProject *self);
const char *
buntan_project_get_previous_file (BuntanProject *self);
const char *
buntan_project_get_previous_fingerprint (BuntanProject *self);
char *
buntan_previous_answer_dup_description (BuntanPreviousAnswer *previous);
char *
buntan_next_year_dup_name (const char *name);

G_END_DECLS
