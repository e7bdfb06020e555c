/* test-project-copy.c — recovery copies: written without touching the project, read back as
 * unsaved work that belongs to the original file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

typedef struct
{
  char          *dir;
  char          *original_path;
  char          *copy_path;
  GFile         *original;
  GFile         *copy;
  BuntanProject *project;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *sample = buntan_test_sample_path ();
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  fixture->dir = g_dir_make_tmp ("buntan-copy-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->original_path = g_build_filename (fixture->dir, "project.buntan", NULL);
  fixture->copy_path = g_build_filename (fixture->dir, "recovery.buntan", NULL);
  fixture->original = g_file_new_for_path (fixture->original_path);
  fixture->copy = g_file_new_for_path (fixture->copy_path);

  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (fixture->original_path, contents, (gssize) length, NULL));
  fixture->project = buntan_project_new_from_file (fixture->original, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_unlink (fixture->copy_path);
  g_unlink (fixture->original_path);
  g_rmdir (fixture->dir);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->original);
  g_clear_object (&fixture->copy);
  g_free (fixture->copy_path);
  g_free (fixture->original_path);
  g_free (fixture->dir);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* The copy holds the unsaved state; the project in memory and the user's
 * file stay exactly as they were. */
static void
test_save_copy (Fixture *fixture, gconstpointer data)
{
  g_autofree char *before = read_file (fixture->original_path);
  g_autofree char *after = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *copy_fingerprint = NULL;
  g_autofree char *modified = NULL;
  g_autoptr (BuntanProject) copy = NULL;
  g_autoptr (GError) error = NULL;
  BuntanItem *item = buntan_project_find_item (fixture->project, "P2-A-3");

  buntan_item_set_note (item, "agreed in the meeting");
  buntan_item_set_owner (item, "v2");
  g_assert_true (buntan_project_get_is_modified (fixture->project));
  modified = g_strdup (buntan_project_get_modified (fixture->project));
  fingerprint = buntan_project_dup_fingerprint (fixture->project);

  g_assert_true (buntan_project_save_copy (fixture->project, fixture->copy, &error));
  g_assert_no_error (error);

  g_assert_true (buntan_project_get_is_modified (fixture->project));
  g_assert_true (g_file_equal (buntan_project_get_file (fixture->project), fixture->original));
  g_assert_cmpstr (buntan_project_get_modified (fixture->project), ==, modified);
  g_assert_true (buntan_history_get_can_undo (buntan_project_get_history (fixture->project)));

  after = read_file (fixture->original_path);
  g_assert_cmpstr (after, ==, before);

  copy = buntan_project_new_from_file (fixture->copy, &error);
  g_assert_no_error (error);
  copy_fingerprint = buntan_project_dup_fingerprint (copy);
  g_assert_cmpstr (copy_fingerprint, ==, fingerprint);
  g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (copy, "P2-A-3")), ==,
                   "agreed in the meeting");

  /* Undoing still returns to the state of the user's file. */
  buntan_history_undo (buntan_project_get_history (fixture->project));
  buntan_history_undo (buntan_project_get_history (fixture->project));
  g_assert_false (buntan_project_get_is_modified (fixture->project));
}

static void
test_save_copy_fails (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "recovery.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  buntan_item_set_note (buntan_project_find_item (fixture->project, "P2-A-3"), "x");
  g_assert_false (buntan_project_save_copy (fixture->project, file, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE);
  g_assert_true (buntan_project_get_is_modified (fixture->project));
  g_assert_true (g_file_equal (buntan_project_get_file (fixture->project), fixture->original));
}

/* Read back, the copy is unsaved work on the original file: saving goes
 * there, and no undo pretends it is saved. */
static void
test_new_from_copy (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) restored = NULL;
  g_autoptr (BuntanProject) reread = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *restored_fingerprint = NULL;
  BuntanHistory   *history;
  BuntanItem      *item;

  buntan_item_set_status (buntan_project_find_item (fixture->project, "P2-A-1"),
                          BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  fingerprint = buntan_project_dup_fingerprint (fixture->project);
  g_assert_true (buntan_project_save_copy (fixture->project, fixture->copy, &error));
  g_assert_no_error (error);

  restored = buntan_project_new_from_copy (fixture->copy, fixture->original, &error);
  g_assert_no_error (error);
  restored_fingerprint = buntan_project_dup_fingerprint (restored);
  g_assert_cmpstr (restored_fingerprint, ==, fingerprint);
  g_assert_true (g_file_equal (buntan_project_get_file (restored), fixture->original));
  g_assert_true (buntan_project_get_is_modified (restored));

  history = buntan_project_get_history (restored);
  g_assert_false (buntan_history_get_can_undo (history));
  item = buntan_project_find_item (restored, "P2-A-2");
  buntan_item_set_note (item, "one more change");
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_note (item), !=, "one more change");
  g_assert_true (buntan_project_get_is_modified (restored));

  g_assert_true (buntan_project_save (restored, buntan_project_get_file (restored),
                                      BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  reread = buntan_project_new_from_file (fixture->original, &error);
  g_assert_no_error (error);
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (reread, "P2-A-1")), ==,
                   BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
}

static void
test_new_from_copy_untitled (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) restored = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save_copy (fixture->project, fixture->copy, &error));
  restored = buntan_project_new_from_copy (fixture->copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (buntan_project_get_file (restored));
  g_assert_true (buntan_project_get_is_modified (restored));
}

static void
test_new_from_copy_broken (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanProject) restored = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (fixture->copy_path, "{ \"format\": ", -1, NULL));
  restored = buntan_project_new_from_copy (fixture->copy, fixture->original, &error);
  g_assert_null (restored);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_SYNTAX);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add ("/buntan/project/copy/save", Fixture, NULL, fixture_set_up, test_save_copy,
              fixture_tear_down);
  g_test_add ("/buntan/project/copy/save-fails", Fixture, NULL, fixture_set_up,
              test_save_copy_fails, fixture_tear_down);
  g_test_add ("/buntan/project/copy/restore", Fixture, NULL, fixture_set_up, test_new_from_copy,
              fixture_tear_down);
  g_test_add ("/buntan/project/copy/restore-untitled", Fixture, NULL, fixture_set_up,
              test_new_from_copy_untitled, fixture_tear_down);
  g_test_add ("/buntan/project/copy/restore-broken", Fixture, NULL, fixture_set_up,
              test_new_from_copy_broken, fixture_tear_down);

  return g_test_run ();
}
