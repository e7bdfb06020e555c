/* test-project-write.c — the project file as written, and texts that only look like escapes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-json-writer.h"

static BuntanProject *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  return project;
}

static JsonNode *
parse (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

/* The project is written as a stream; the same values written from a tree
 * must give the same bytes, unknown members at every level included. */
static void
test_stream_layout (void)
{
  g_autoptr (BuntanProject) project = load_fixture ("write-unknown-everywhere.buntan");
  g_autofree char *written = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_autoptr (JsonNode) root = parse (written);
  g_autofree char *from_tree = buntan_json_write (root, NULL);
  JsonObject      *item, *first_check, *decision;

  g_assert_cmpstr (written, ==, from_tree);

  /* What was unknown came back with its values. */
  item = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                      "items"),
                                        0);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (item, "zz_obj"),
                                                  "e"),
                   ==, "tab\tq\"\\ \x01 日本");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (item, "zz_arr")), ==, 0);
  first_check = json_object_get_object_member (item, "first_check");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first_check, "zz")), ==,
                    2);
  decision = json_array_get_object_element (
    json_object_get_array_member (
      json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                   "meetings"),
                                     0),
      "decisions"),
    0);
  g_assert_cmpint (json_object_get_int_member (decision, "zz_n"), ==, -3);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (root), "zz_t"));
}

static BuntanProject *
load_text (const char *text, GError **error)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  return buntan_project_new_from_bytes (bytes, "test.buntan", error);
}

/* An escaped backslash before a u is no \u escape: the text loads as typed. */
static void
test_escaped_backslash_u (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project =
    load_text ("{\"format\": \"buntan-project\", \"version\": 1, \"title\": \"C:\\\\users\","
               " \"parties\": [{\"id\": \"hospital\", \"kind\": \"hospital\", \"name\": \"H\"}],"
               " \"items\": []}",
               &error);

  g_assert_no_error (error);
  g_assert_cmpstr (buntan_project_get_title (project), ==, "C:\\users");
}

/* Loading only looks for broken \u escapes when there is one: one that
 * follows an escaped backslash must still be found. */
static void
test_lone_surrogate_after_backslash (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project =
    load_text ("{\"format\": \"buntan-project\", \"version\": 1, \"title\": \"a\\\\\\ud800 b\","
               " \"parties\": [{\"id\": \"hospital\", \"kind\": \"hospital\", \"name\": \"H\"}],"
               " \"items\": []}",
               &error);

  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_ENCODING);
  g_assert_null (project);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/project/write/stream-layout", test_stream_layout);
  g_test_add_func ("/buntan/project/load/escaped-backslash-u", test_escaped_backslash_u);
  g_test_add_func ("/buntan/project/load/lone-surrogate-after-backslash",
                   test_lone_surrogate_after_backslash);

  return g_test_run ();
}
