/* big-project.h — large, realistic projects for the reliability tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"

G_BEGIN_DECLS

char *
big_project_json (guint n_items, guint n_parties, const char *title, gsize *length);
BuntanProject *
big_project_new (guint n_items, guint n_parties, const char *title);

G_END_DECLS
