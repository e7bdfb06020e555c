/* reliability-util.h — what the fault injection tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-test-util.h"

G_BEGIN_DECLS

/* A scratch folder and a project file name in it, for g_test_add(). */
typedef struct
{
  char *dir;
  char *target;
} Fixture;

void
fixture_set_up (Fixture *fixture, gconstpointer data);
void
fixture_tear_down (Fixture *fixture, gconstpointer data);

char *
read_file_or_null (const char *path, gsize *length);
void
write_file (const char *path, const char *contents, gsize length);
guint
count_entries (const char *dir);
BuntanProject *
load_path (const char *path, GError **error);
gboolean
save_path (BuntanProject *project, const char *path, GError **error);
char *
canonical_text (BuntanProject *project);
void
enforce_file_modes (gboolean enforce);

G_END_DECLS
