/* buntan-checklist-library.h — the checklists new projects can start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-template.h"

G_BEGIN_DECLS

char *
buntan_checklist_library_dup_dir (void);
GPtrArray *
buntan_checklist_library_list (GPtrArray **problems);
BuntanTemplate *
buntan_checklist_library_install (const char *json,
                                  gboolean    replace,
                                  GFile     **installed,
                                  GError    **error);

G_END_DECLS
