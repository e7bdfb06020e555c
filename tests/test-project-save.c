/* test-project-save.c — what is saved is what was there, and saving is atomic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = buntan_test_make_dir ();
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  buntan_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static JsonNode *
parse_file (const char *path)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static gboolean
save_to (BuntanProject *project, const char *path, BuntanSaveFlags flags, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return buntan_project_save (project, file, flags, error);
}

/* What format 2 makes of a v1 file's parties: the organization moves into
 * the hospital party (the same name here), a vendor's contract kind and
 * renewal date become its first contract, and the new members are written
 * empty. */
static void
migrate_expected_parties (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);
  JsonArray  *parties = json_object_get_array_member (object, "parties");

  json_object_remove_member (object, "organization");
  for (guint i = 0; i < json_array_get_length (parties); i++)
    {
      JsonObject *party = json_array_get_object_element (parties, i);

      json_object_set_string_member (party, "short_name", "");
      json_object_set_string_member (party, "address", "");
      json_object_set_string_member (party, "representative", "");
      if (g_str_equal (json_object_get_string_member (party, "kind"), "hospital"))
        {
          JsonObject *manager = json_object_new ();

          json_object_set_string_member (manager, "name", "");
          json_object_set_string_member (manager, "title", "");
          json_object_set_object_member (party, "safety_manager", manager);
        }
      else
        {
          JsonObject *contract = json_object_new ();
          JsonArray  *contracts = json_array_new ();

          json_object_set_string_member (contract, "id", "c1");
          json_object_set_string_member (contract, "kind",
                                         json_object_get_string_member (party, "contract"));
          json_object_set_string_member (contract, "title", "");
          json_object_set_string_member (contract, "number", "");
          if (json_object_has_member (party, "renewal_date"))
            json_object_set_string_member (contract, "renewal",
                                           json_object_get_string_member (party, "renewal_date"));
          json_object_set_array_member (contract, "systems", json_array_new ());
          json_array_add_object_element (contracts, contract);
          json_object_set_array_member (party, "contracts", contracts);
        }
      json_object_remove_member (party, "contract");
      json_object_remove_member (party, "renewal_date");
    }
}

/* P2-A-1's version 1 first check moves to v1, its owner and only ◎/○
 * vendor (the hospital, ○, confirms nothing); the item keeps an unset one. */
static void
migrate_expected_checks (JsonNode *expected)
{
  JsonArray  *items = json_object_get_array_member (json_node_get_object (expected), "items");
  JsonObject *item = NULL;
  JsonObject *first, *check, *check_first;
  JsonArray  *checks = json_array_new ();

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (items, i), "id"),
                     "P2-A-1"))
      item = json_array_get_object_element (items, i);
  g_assert_nonnull (item);

  first = json_object_get_object_member (item, "first_check");
  check = json_object_new ();
  check_first = json_object_new ();
  json_object_set_string_member (check, "party", "v1");
  json_object_set_string_member (check_first, "result",
                                 json_object_get_string_member (first, "result"));
  json_object_set_string_member (check_first, "date",
                                 json_object_get_string_member (first, "date"));
  json_object_set_object_member (check, "first_check", check_first);
  json_object_set_string_member (check, "completed",
                                 json_object_get_string_member (item, "completed"));
  json_array_add_object_element (checks, check);
  json_object_set_array_member (item, "checks", checks);

  json_object_set_string_member (first, "result", "unset");
  json_object_remove_member (first, "date");
  json_object_remove_member (item, "completed");
}

/* Every value, Japanese, emoji, newlines, quotes and the members this
 * version does not know come back as they were. Compared as parsed JSON,
 * not as text, so the test does not depend on our own writer. */
static void
test_round_trip_rich (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-rich.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "rich.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (JsonNode) expected = parse_file (source);
  g_autoptr (JsonNode) actual = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &error));
  g_assert_no_error (error);

  actual = parse_file (target);
  /* The version 1 fixture comes back as version 2 with the project's id. */
  json_object_set_int_member (json_node_get_object (expected), "version", 2);
  json_object_set_string_member (json_node_get_object (expected), "id",
                                 buntan_project_get_id (project));
  migrate_expected_parties (expected);
  migrate_expected_checks (expected);
  g_assert_true (json_node_equal (expected, actual));

  reloaded = buntan_test_load_path (target);
  g_assert_cmpstr (buntan_item_get_title (buntan_project_find_item (reloaded, "P2-A-2")), ==,
                   "絵文字 ✅ と改行\nを含む題名");
  g_assert_cmpstr (buntan_party_get_note (buntan_project_find_party (reloaded, "v1")), ==,
                   "夜間窓口あり 🌙\n週末は携帯へ");
  g_assert_true (buntan_item_get_custom (buntan_project_find_item (reloaded, "P2-A-3")));
}

/* Unknown members are written after the known ones, in their own order. */
static void
test_unknown_members_kept (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-rich.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "edited.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  JsonObject *object, *ward, *review;

  /* An edit elsewhere must not disturb them. */
  buntan_item_set_status (buntan_project_find_item (project, "P2-A-1"),
                          BUNTAN_ITEM_STATUS_DISCUSSING);
  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));

  root = parse_file (target);
  object = json_node_get_object (root);
  ward = json_object_get_object_member (object, "x-hospital-system");
  g_assert_cmpstr (json_object_get_string_member (ward, "ward"), ==, "東病棟");
  g_assert_cmpint (json_object_get_int_member (ward, "beds"), ==, 120);
  g_assert_cmpfloat (json_object_get_double_member (ward, "ratio"), ==, 0.75);
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (object,
                                                                                  "parties"),
                                                    1),
                     "x-vendor-rank"),
                   ==, "A");
  review = json_object_get_object_member (
    json_array_get_object_element (json_object_get_array_member (object, "items"), 1), "x-review");
  g_assert_cmpstr (json_object_get_string_member (review, "by"), ==, "事務長");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (object, "items"),
                                                    1),
                     "status"),
                   ==, "discussing");
}

static void
assert_members (JsonObject *object, const char *const *expected)
{
  g_autoptr (GList) members = json_object_get_members (object);
  guint i = 0;

  for (GList *l = members; l != NULL; l = l->next, i++)
    {
      g_assert_nonnull (expected[i]);
      g_assert_cmpstr (l->data, ==, expected[i]);
    }
  g_assert_null (expected[i]);
}

/* A newer Buntan may add members inside the template and an item's
 * first_check too: they are kept, after the known ones, in their order. */
static void
test_nested_unknown_members_kept (Fixture *fixture, gconstpointer data)
{
  static const char *const template_members[] = { "id",      "version", "x-zeta",
                                                  "x-alpha", "x-mid",   NULL };
  static const char *const check_members[] = { "result",  "date",  "x-zeta-by",
                                               "x-alpha", "x-mid", NULL };
  static const char *const plain_check_members[] = { "result", NULL };
  static const char *const item_members[] = {
    "id",           "part",        "section",     "section_title", "number",       "title",
    "content",      "risk",        "recommended", "references",    "status",       "owner",
    "participants", "first_check", "clause",      "note",          "x-item-extra", NULL
  };
  g_autofree char *source = buntan_test_fixture_path ("load-nested-unknown.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "nested.buntan", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "again.buntan", NULL);
  g_autofree char *first_text = NULL, *second_text = NULL;
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  JsonObject *object, *template, *item, *check, *alpha;
  JsonArray  *items;

  /* Editing the first check itself must not lose them either. */
  buntan_item_set_first_check_date (buntan_project_find_item (project, "P1-A-1"), "2026-11-05");
  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  root = parse_file (target);
  object = json_node_get_object (root);
  g_assert_true (json_object_get_boolean_member (object, "x-project-extra"));

  template = json_object_get_object_member (object, "template");
  assert_members (template, template_members);
  g_assert_cmpstr (json_object_get_string_member (template, "id"), ==, "buntan-default");
  g_assert_cmpstr (json_object_get_string_member (template, "x-zeta"), ==, "後の版の印");
  alpha = json_object_get_object_member (template, "x-alpha");
  g_assert_cmpstr (json_object_get_string_member (alpha, "source"), ==, "厚生労働省");
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (alpha, "pages"), 1),
                   ==, 2);
  g_assert_cmpint (json_object_get_int_member (template, "x-mid"), ==, 3);

  items = json_object_get_array_member (object, "items");
  item = json_array_get_object_element (items, 0);
  assert_members (item, item_members);
  g_assert_cmpstr (json_object_get_string_member (item, "x-item-extra"), ==, "項目の外側");
  check = json_object_get_object_member (item, "first_check");
  assert_members (check, check_members);
  g_assert_cmpstr (json_object_get_string_member (check, "result"), ==, "no");
  g_assert_cmpstr (json_object_get_string_member (check, "date"), ==, "2026-11-05");
  g_assert_cmpstr (json_object_get_string_member (check, "x-zeta-by"), ==, "情報システム課");
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (json_object_get_object_member (check, "x-alpha"),
                                                   "evidence"),
                     1),
                   ==, "写真");
  g_assert_true (json_object_get_null_member (check, "x-mid"));

  /* An item without any gains none. */
  assert_members (json_object_get_object_member (json_array_get_object_element (items, 1),
                                                 "first_check"),
                  plain_check_members);

  /* And they survive a second round, byte for byte. */
  reloaded = buntan_test_load_path (target);
  g_assert_true (save_to (reloaded, again, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &first_text, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &second_text, NULL, NULL));
  g_assert_cmpstr (first_text, ==, second_text);
}

/* Saving the sample without changes gives the same bytes: a stable order. */
static void
test_stable_output (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_sample_path ();
  g_autofree char *target = g_build_filename (fixture->dir, "sample.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            before_length, after_length;

  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &error));
  g_assert_true (g_file_get_contents (source, &before, &before_length, NULL));
  g_assert_true (g_file_get_contents (target, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_modified_time (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "valid.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GError) error = NULL;

  buntan_project_set_title (project, "変更後");
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));

  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_cmpstr (buntan_project_get_modified (project), !=, "2026-11-02T10:30:00+09:00");
  g_assert_true (buntan_date_time_is_valid (buntan_project_get_modified (project)));
  g_assert_cmpstr (buntan_project_get_created (project), ==, "2026-11-01T09:00:00+09:00");
  g_assert_cmpstr (g_file_peek_path (buntan_project_get_file (project)), ==, target);

  reloaded = buntan_test_load_path (target);
  g_assert_cmpstr (buntan_project_get_title (reloaded), ==, "変更後");
  g_assert_cmpstr (buntan_project_get_modified (reloaded), ==,
                   buntan_project_get_modified (project));
}

static void
test_keeps_permissions (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "private.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (GError) error = NULL;
  GStatBuf st;

  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_cmpint (g_chmod (target, 0600), ==, 0);

  buntan_project_set_organization (project, "別の病院");
  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

/* A save that cannot finish leaves the old file as it was, and the work
 * stays in memory, still marked modified. Tests run as root, for whom
 * permissions are no obstacle, so the failure is a target folder that is
 * really a file, and a target that is a folder. */
static void
test_failed_save_keeps_old_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "valid.buntan", NULL);
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *inside_blocker = g_build_filename (blocker, "project.buntan", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "a-folder.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize            before_length, after_length;

  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_true (g_file_get_contents (target, &before, &before_length, NULL));

  buntan_project_set_title (project, "保存されない変更");
  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (save_to (project, inside_blocker, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, inside_blocker));
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (save_to (project, folder, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE);
  g_clear_error (&error);

  /* The work is still there, unsaved, and still belongs to the old file. */
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_cmpstr (buntan_project_get_title (project), ==, "保存されない変更");
  g_assert_cmpstr (g_file_peek_path (buntan_project_get_file (project)), ==, target);
  g_assert_true (g_file_get_contents (target, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
}

/* Nothing but the saved file is left in the folder: no temporary files. */
static void
test_no_temporary_left (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "only.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  guint count = 0;

  for (guint i = 0; i < 3; i++)
    g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));

  dir = g_dir_open (fixture->dir, 0, &error);
  while (g_dir_read_name (dir) != NULL)
    count++;
  g_assert_cmpuint (count, ==, 1);
}

static void
test_fingerprint (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *target = g_build_filename (fixture->dir, "fingerprint.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *first = buntan_project_dup_fingerprint (project);
  g_autofree char *after_save = NULL;
  g_autofree char *after_edit = NULL;

  g_assert_cmpuint (strlen (first), ==, 64);

  /* Saving changes the modified time, not the fingerprint. */
  g_assert_true (save_to (project, target, BUNTAN_SAVE_FLAGS_NONE, &error));
  reloaded = buntan_test_load_path (target);
  after_save = buntan_project_dup_fingerprint (reloaded);
  g_assert_cmpstr (first, ==, after_save);

  buntan_item_set_clause (buntan_project_find_item (reloaded, "P2-A-2"), "覚書 第1条");
  after_edit = buntan_project_dup_fingerprint (reloaded);
  g_assert_cmpstr (first, !=, after_edit);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/buntan/project/save/round-trip-rich", test_round_trip_rich);
  ADD ("/buntan/project/save/unknown-members", test_unknown_members_kept);
  ADD ("/buntan/project/save/nested-unknown-members", test_nested_unknown_members_kept);
  ADD ("/buntan/project/save/stable-output", test_stable_output);
  ADD ("/buntan/project/save/modified-time", test_modified_time);
  ADD ("/buntan/project/save/keeps-permissions", test_keeps_permissions);
  ADD ("/buntan/project/save/failure-keeps-old-file", test_failed_save_keeps_old_file);
  ADD ("/buntan/project/save/no-temporary-left", test_no_temporary_left);
  ADD ("/buntan/project/save/fingerprint", test_fingerprint);

#undef ADD

  return g_test_run ();
}
