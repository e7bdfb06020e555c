/* buntan-test-util.c — what every test shares: fixtures, scratch folders, patience
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "buntan-test-util.h"

/**
 * buntan_test_fixture_path:
 * @name: a file of tests/data
 *
 * Returns: (transfer full): its path (G_TEST_SRCDIR is tests/ for every
 *   test, whichever folder it lives in)
 */
char *
buntan_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/**
 * buntan_test_read_fixture:
 * @name: a file of tests/data
 *
 * Returns: (transfer full): its bytes; the test fails if it cannot be read
 */
GBytes *
buntan_test_read_fixture (const char *name)
{
  g_autofree char *path = buntan_test_fixture_path (name);
  g_autoptr (GError) error = NULL;
  char *text = NULL;
  gsize length = 0;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (text, length);
}

/**
 * buntan_test_load_path:
 * @path: a project file that must load
 *
 * Returns: (transfer full): the project; the test fails if it does not load
 */
BuntanProject *
buntan_test_load_path (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

/**
 * buntan_test_load_fixture:
 * @name: a project file of tests/data that must load
 *
 * Returns: (transfer full): the project
 */
BuntanProject *
buntan_test_load_fixture (const char *name)
{
  g_autofree char *path = buntan_test_fixture_path (name);

  return buntan_test_load_path (path);
}

/**
 * buntan_test_load_sample:
 *
 * Returns: (transfer full): the sample project users see first
 *   (data/examples/sample.buntan)
 */
/* data/examples/sample.buntan, the sample the window opens. */
char *
buntan_test_sample_path (void)
{
  return buntan_test_source_path ("data", "examples", "sample.buntan", NULL);
}

BuntanProject *
buntan_test_load_sample (void)
{
  g_autofree char *path = buntan_test_sample_path ();

  return buntan_test_load_path (path);
}

/* A project called @name of @n_items Part 2 items (P2-Z-1, "Item number 1",
 * …) with @status and no owner, and the hospital as its one party. Written
 * out rather than added one by one: adding custom items looks at every item
 * each time. */
BuntanProject *
buntan_test_project_of_items (const char *name, guint n_items, const char *status)
{
  g_autoptr (GString) json = g_string_new (NULL);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  BuntanProject *project;

  g_string_append_printf (json,
                          "{\"format\": \"buntan-project\", \"version\": 1, \"title\": \"%s\", "
                          "\"parties\": [{\"id\": \"hospital\", \"kind\": \"hospital\", "
                          "\"name\": \"H\"}], \"items\": [",
                          name);
  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (json,
                            "%s{\"id\": \"P2-Z-%u\", \"part\": 2, \"section\": \"Z\", "
                            "\"number\": \"%u\", \"title\": \"Item number %u\", "
                            "\"status\": \"%s\", \"owner\": null, \"participants\": []}",
                            i == 0 ? "" : ", ", i + 1, i + 1, i + 1, status);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  project = buntan_project_new_from_bytes (bytes, name, &error);
  g_assert_no_error (error);
  return project;
}

/* Settles each gap of tests/data/matrix-gaps.buntan, the way a meeting
 * would: afterwards the checks find none. */
void
buntan_test_settle_matrix_gaps (BuntanProject *project)
{
  buntan_item_set_owner (buntan_project_find_item (project, "P1-A-1"), "hospital");
  buntan_item_set_participant (buntan_project_find_item (project, "P2-A-3"), "v3", TRUE);
  buntan_item_set_owner (buntan_project_find_item (project, "P2-A-4"), "v2");
  /* The file's item-level “No” became the owner's own check. */
  buntan_check_set_completed (buntan_item_find_check (buntan_project_find_item (project, "P2-A-6"),
                                                      "v2"),
                              "2026-11-30");
  buntan_item_set_status (buntan_project_find_item (project, "P2-A-7"),
                          BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
}

/**
 * buntan_test_source_path:
 * @first: the first part of a path inside the source tree
 * @...: more parts, then %NULL
 *
 * Returns: (transfer full): the path, under BUNTAN_SOURCE_ROOT
 */
char *
buntan_test_source_path (const char *first, ...)
{
  va_list args;
  g_autoptr (GPtrArray) parts = g_ptr_array_new ();
  const char *part;

  g_ptr_array_add (parts, (gpointer) g_getenv ("BUNTAN_SOURCE_ROOT"));
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/**
 * buntan_test_make_dir:
 *
 * Returns: (transfer full): a new empty folder under the temporary folder
 */
char *
buntan_test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("buntan-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and everything below it, whatever the tests did to it:
 * permissions taken away, symlinks, files where folders were. */
void
buntan_test_remove_dir (const char *path)
{
  g_autoptr (GDir) dir = NULL;
  const char *name;

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        buntan_test_remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/**
 * buntan_test_copy_file:
 * @source: a file
 * @dir: a folder
 * @name: the copy's name
 *
 * Returns: (transfer full): the path of a copy of @source in @dir, for a
 *   test to write to
 */
char *
buntan_test_copy_file (const char *source, const char *dir, const char *name)
{
  g_autofree char *contents = NULL;
  char            *path = g_build_filename (dir, name, NULL);
  gsize            length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

/* How many times longer than usual a test may wait: under the sanitizers
 * everything runs many times slower, and build-aux/test-sanitizers sets
 * BUNTAN_TEST_TIMEOUT_SCALE. */
gint64
buntan_test_timeout_scale (void)
{
  const char *scale = g_getenv ("BUNTAN_TEST_TIMEOUT_SCALE");
  gint64      value = scale != NULL ? g_ascii_strtoll (scale, NULL, 10) : 1;

  return CLAMP (value, 1, 100);
}

/* The decision at @index of @meeting changed @field of @item_id from @from to @to. */
void
buntan_test_assert_decision (BuntanMeeting *meeting,
                             guint          index,
                             const char    *item_id,
                             const char    *field,
                             const char    *from,
                             const char    *to)
{
  const BuntanDecision *decision;

  g_assert_cmpuint (index, <, buntan_meeting_get_n_decisions (meeting));
  decision = buntan_meeting_get_decision (meeting, index);
  g_assert_true (buntan_date_time_is_valid (decision->time));
  g_assert_cmpstr (decision->item_id, ==, item_id);
  g_assert_cmpstr (decision->field, ==, field);
  g_assert_cmpstr (decision->from, ==, from);
  g_assert_cmpstr (decision->to, ==, to);
}

/* Whether @path holds a whole PDF: complete once the end-of-file marker is
 * written (a PDF written on a worker is polled for this). The file holds
 * NUL bytes: its tail is compared as memory. */
gboolean
buntan_test_is_complete_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length < 16)
    return FALSE;
  return memcmp (contents, "%PDF-", 5) == 0 && memcmp (contents + length - 6, "%%EOF\n", 6) == 0;
}

/* The text of the PDF @path, as pdftotext reads it back. */
char *
buntan_test_dup_pdf_text (const char *path)
{
  const char      *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* Whether @path holds what looks like a workbook: an .xlsx file is a zip
 * archive, and even an empty one is larger than 1,000 bytes. */
gboolean
buntan_test_is_workbook (const char *path)
{
  g_autofree char *contents = NULL;
  gsize            length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 1000 &&
         memcmp (contents, "PK\x03\x04", 4) == 0;
}
