/* buntan-test-util.h — what every test shares: fixtures, scratch folders, patience
 *
 * Built once as a static library (tests/lib/meson.build) and linked by the
 * core tests and the tests of every folder, instead of a copy per folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"

G_BEGIN_DECLS

char *
buntan_test_fixture_path (const char *name);
GBytes *
buntan_test_read_fixture (const char *name);
BuntanProject *
buntan_test_load_path (const char *path);
BuntanProject *
buntan_test_load_fixture (const char *name);
char *
buntan_test_sample_path (void);
BuntanProject *
buntan_test_load_sample (void);
BuntanProject *
buntan_test_project_of_items (const char *name, guint n_items, const char *status);
void
buntan_test_settle_matrix_gaps (BuntanProject *project);
char *
buntan_test_source_path (const char *first, ...) G_GNUC_NULL_TERMINATED;

char *
buntan_test_make_dir (void);
void
buntan_test_remove_dir (const char *path);
char *
buntan_test_copy_file (const char *source, const char *dir, const char *name);
gboolean
buntan_test_is_workbook (const char *path);
gboolean
buntan_test_is_complete_pdf (const char *path);
char *
buntan_test_dup_pdf_text (const char *path);

gint64
buntan_test_timeout_scale (void);

void
buntan_test_assert_decision (BuntanMeeting *meeting,
                             guint          index,
                             const char    *item_id,
                             const char    *field,
                             const char    *from,
                             const char    *to);

G_END_DECLS
