/* test-disk-merge.c — merging someone else's save of the open file, in the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

#define FIXTURE "disk-merge.buntan"

typedef struct
{
  char          *dir;
  GFile         *file;
  GBytes        *base;
  BuntanProject *ours;
} Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path (FIXTURE);
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;

  fixture->dir = buntan_test_make_dir ();
  path = buntan_test_copy_file (source, fixture->dir, "shared.buntan");
  fixture->file = g_file_new_for_path (path);
  fixture->ours =
    buntan_project_new_from_file_keeping_bytes (fixture->file, &fixture->base, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->base);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->ours);
  g_bytes_unref (fixture->base);
  g_object_unref (fixture->file);
  buntan_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Theirs: the base with @from replaced by @to (once, as it must occur). */
static GBytes *
theirs_replacing (Fixture *fixture, const char *from, const char *to)
{
  gsize            length = 0;
  const char      *text = g_bytes_get_data (fixture->base, &length);
  g_autofree char *copy = g_strndup (text, length);
  g_auto (GStrv) parts = g_strsplit (copy, from, -1);
  char *joined;

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv (to, parts);
  return g_bytes_new_take (joined, strlen (joined));
}

static void
test_clean (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GBytes) theirs = theirs_replacing (fixture, "\"第3条\"", "\"第4条\"");
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (GError) error = NULL;
  guint n_conflicts = 99;

  buntan_item_set_note (buntan_project_find_item (fixture->ours, "P1-A-1"), "ours");
  merged = buntan_merge_file_changes (fixture->ours, fixture->base, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (merged, "P1-A-1")), ==, "ours");
  g_assert_cmpstr (buntan_item_get_clause (buntan_project_find_item (merged, "P2-A-2")), ==,
                   "第4条");
  /* It belongs to the file and waits to be saved; the file is untouched. */
  g_assert_true (g_file_equal (buntan_project_get_file (merged), fixture->file));
  g_assert_true (buntan_project_get_is_modified (merged));
  g_assert_cmpstr (buntan_project_get_id (merged), ==, buntan_project_get_id (fixture->ours));
}

static void
test_conflict (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GBytes) theirs = theirs_replacing (fixture, "\"第3条\"", "\"第4条\"");
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (GError) error = NULL;
  guint n_conflicts = 0;

  buntan_item_set_clause (buntan_project_find_item (fixture->ours, "P2-A-2"), "第5条");
  merged = buntan_merge_file_changes (fixture->ours, fixture->base, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);
  g_assert_cmpuint (buntan_conflict_count_project (merged), ==, 1);
  g_assert_cmpstr (buntan_item_get_clause (buntan_project_find_item (merged, "P2-A-2")), ==,
                   "第5条");
}

static void
test_refused (Fixture *fixture, gconstpointer data)
{
  const char *id = buntan_project_get_id (fixture->ours);
  g_autoptr (GBytes) other = theirs_replacing (fixture, id, "0b9a3c1e-5d4f-4e2a-9c1b-7a6d5e4f3c2b");
  g_autoptr (GBytes) broken = g_bytes_new_static ("{\"format\": ", 11);
  g_autoptr (GError) error = NULL;

  g_assert_null (buntan_merge_file_changes (fixture->ours, fixture->base, other, NULL, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "shared.buntan"));
  g_assert_nonnull (strstr (error->message, "0b9a3c1e-5d4f-4e2a-9c1b-7a6d5e4f3c2b"));
  g_assert_nonnull (strstr (error->message, id));
  g_clear_error (&error);

  g_assert_null (buntan_merge_file_changes (fixture->ours, fixture->base, broken, NULL, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "shared.buntan"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/buntan/disk-merge/core/clean", Fixture, NULL, set_up, test_clean, tear_down);
  g_test_add ("/buntan/disk-merge/core/conflict", Fixture, NULL, set_up, test_conflict, tear_down);
  g_test_add ("/buntan/disk-merge/core/refused", Fixture, NULL, set_up, test_refused, tear_down);

  return g_test_run ();
}
