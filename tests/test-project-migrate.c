/* test-project-migrate.c — every version 1 fixture migrates and round-trips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected vendors' checks are worked out here from the version 1 JSON
 * itself, not by asking the model, so a migration that moved a check to the
 * wrong party (or lost one) fails.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

/* Version 1 fixtures that are refused on purpose: each stands for one
 * refusal rule, and opening them must keep failing. */
static gboolean
is_refused_on_purpose (const char *name)
{
  static const char *const prefixes[] = { "load-bad-", "cli-broken-", "gui-broken", NULL };
  static const char *const names[] = { "load-array.buntan",
                                       "load-blank.buntan",
                                       "load-cut-character.buntan",
                                       "load-cut-string.buntan",
                                       "load-damaged-bytes.buntan",
                                       "load-deep.buntan",
                                       "load-duplicate-item.buntan",
                                       "load-duplicate-party.buntan",
                                       "load-empty.buntan",
                                       "load-euc-jp.buntan",
                                       "load-items-object.buntan",
                                       "load-joint-party-id.buntan",
                                       "load-missing-item-status.buntan",
                                       "load-missing-items.buntan",
                                       "load-missing-party-name.buntan",
                                       "load-missing-title.buntan",
                                       "load-nan.buntan",
                                       "load-no-format.buntan",
                                       "load-no-hospital.buntan",
                                       "load-nul-byte.buntan",
                                       "load-nul-escape.buntan",
                                       "load-part-string.buntan",
                                       "load-part-three.buntan",
                                       "load-participants-string.buntan",
                                       "load-reference-number.buntan",
                                       "load-shift-jis.buntan",
                                       "load-title-number.buntan",
                                       "load-trailing-garbage.buntan",
                                       "load-truncated.buntan",
                                       "load-two-hospitals.buntan",
                                       "load-unknown-owner.buntan",
                                       "load-unknown-participant.buntan",
                                       "load-version-fraction.buntan",
                                       "load-version-newer.buntan",
                                       "load-version-string.buntan",
                                       "load-wrong-format.buntan",
                                       "fuzz-lone-surrogate.buntan",
                                       "fuzz-lone-surrogate-key.buntan",
                                       "warnings-each-party-id.buntan",
                                       NULL };

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (name, prefixes[i]))
      return TRUE;
  return g_strv_contains (names, name);
}

static JsonObject *
parse_object (const char *data, gsize length)
{
  g_autoptr (JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, data, (gssize) length, NULL) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const char *
string_member (JsonObject *object, const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static gboolean
is_vendor (JsonArray *parties, const char *id)
{
  for (guint i = 0; id != NULL && i < json_array_get_length (parties); i++)
    {
      JsonObject *party = json_array_get_object_element (parties, i);

      if (g_strcmp0 (string_member (party, "id"), id) == 0)
        return g_strcmp0 (string_member (party, "kind"), "vendor") == 0;
    }
  return FALSE;
}

static JsonObject *
find_by (JsonArray *array, const char *member, const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (string_member (object, member), value) == 0)
        return object;
    }
  return NULL;
}

/* A Part 2 item's item-level first check of @old became the check of each
 * of its ◎/○ vendors in @saved, and the item-level one is gone. */
static guint
assert_checks_moved (const char *name, JsonObject *old, JsonObject *saved)
{
  JsonArray *old_parties = json_object_get_array_member (old, "parties");
  JsonArray *old_items = json_object_get_array_member (old, "items");
  JsonArray *saved_items = json_object_get_array_member (saved, "items");
  guint      n_moved = 0;

  for (guint i = 0; i < json_array_get_length (old_items); i++)
    {
      JsonObject *item = json_array_get_object_element (old_items, i);
      const char *id = string_member (item, "id");
      JsonObject *first = json_object_has_member (item, "first_check")
                            ? json_object_get_object_member (item, "first_check")
                            : NULL;
      const char *result = first != NULL && string_member (first, "result") != NULL
                             ? string_member (first, "result")
                             : "unset";
      const char *date = string_member (first, "date");
      const char *completed = string_member (item, "completed");
      JsonObject *saved_item = find_by (saved_items, "id", id);
      JsonArray  *checks;
      g_autoptr (GPtrArray) vendors = g_ptr_array_new ();

      g_assert_nonnull (saved_item);
      if (json_object_get_int_member (item, "part") != 2 ||
          (g_str_equal (result, "unset") && date == NULL && completed == NULL))
        continue;

      if (is_vendor (old_parties, string_member (item, "owner")))
        g_ptr_array_add (vendors, (gpointer) string_member (item, "owner"));
      if (json_object_has_member (item, "participants"))
        {
          JsonArray *participants = json_object_get_array_member (item, "participants");

          for (guint p = 0; p < json_array_get_length (participants); p++)
            if (is_vendor (old_parties, json_array_get_string_element (participants, p)))
              g_ptr_array_add (vendors, (gpointer) json_array_get_string_element (participants, p));
        }
      if (vendors->len == 0)
        continue;

      /* Moved: nothing stays on the item. */
      g_test_message ("%s: %s", name, id);
      g_assert_null (string_member (saved_item, "completed"));
      g_assert_cmpstr (string_member (json_object_get_object_member (saved_item, "first_check"),
                                      "result"),
                       ==, "unset");
      checks = json_object_get_array_member (saved_item, "checks");
      g_assert_cmpuint (json_array_get_length (checks), ==, vendors->len);
      for (guint v = 0; v < vendors->len; v++)
        {
          JsonObject *check = find_by (checks, "party", g_ptr_array_index (vendors, v));
          JsonObject *check_first;

          g_assert_nonnull (check);
          check_first = json_object_get_object_member (check, "first_check");
          g_assert_cmpstr (string_member (check_first, "result"), ==, result);
          g_assert_cmpstr (string_member (check_first, "date"), ==, date);
          g_assert_cmpstr (string_member (check, "completed"), ==, completed);
        }
      n_moved++;
    }

  return n_moved;
}

/* Opens @name from a scratch copy, saves it over itself, and checks: the
 * version 1 file kept unchanged beside it, the saved file version 2 and
 * just what the writer writes, the checks moved, and reopening identical. */
static guint
migrate_one (const char *name, const char *dir)
{
  g_autofree char *fixture = buntan_test_fixture_path (name);
  g_autofree char *path = buntan_test_copy_file (fixture, dir, "project.buntan");
  g_autofree char *backup = g_build_filename (dir, "project.v1.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanProject) reopened = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonObject) old = NULL;
  g_autoptr (JsonObject) saved = NULL;
  g_autofree char *old_data = NULL;
  g_autofree char *kept_data = NULL;
  g_autofree char *saved_data = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize            old_length, kept_length, saved_length;
  guint            n_moved;

  g_assert_true (g_file_get_contents (fixture, &old_data, &old_length, NULL));
  project = buntan_project_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buntan_project_get_file_version (project), ==, 1);
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (backup, &kept_data, &kept_length, NULL));
  g_assert_cmpmem (kept_data, kept_length, old_data, old_length);

  g_assert_true (g_file_get_contents (path, &saved_data, &saved_length, NULL));
  written = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (saved_data, ==, written);

  old = parse_object (old_data, old_length);
  saved = parse_object (saved_data, saved_length);
  g_assert_nonnull (old);
  g_assert_nonnull (saved);
  g_assert_cmpint (json_object_get_int_member (saved, "version"), ==, 2);
  n_moved = assert_checks_moved (name, old, saved);

  reopened = buntan_project_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_null (buntan_project_get_migration_notes (reopened)[0]);
  rewritten = buntan_project_to_data (reopened, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (rewritten, ==, written);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (backup), ==, 0);
  return n_moved;
}

static void
test_every_v1_fixture (void)
{
  g_autofree char *data_dir = buntan_test_fixture_path (".");
  g_autoptr (GDir) listing = g_dir_open (data_dir, 0, NULL);
  g_autofree char *dir = buntan_test_make_dir ();
  const char      *name;
  guint            n_migrated = 0;
  guint            n_moved = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (JsonObject) object = NULL;
      g_autoptr (BuntanProject) project = NULL;
      g_autoptr (GError) error = NULL;
      gsize       length;
      const char *data;

      if (!g_str_has_suffix (name, ".buntan"))
        continue;
      bytes = buntan_test_read_fixture (name);
      data = g_bytes_get_data (bytes, &length);
      object = parse_object (data, length);
      if (object == NULL || !json_object_has_member (object, "version") ||
          json_node_get_value_type (json_object_get_member (object, "version")) != G_TYPE_INT64 ||
          json_object_get_int_member (object, "version") != 1)
        continue;

      project = buntan_project_new_from_bytes (bytes, name, &error);
      if (is_refused_on_purpose (name))
        {
          /* A refusal rule's fixture stays refused. */
          g_test_message ("%s: refused: %s", name, error != NULL ? error->message : "(opened)");
          g_assert_nonnull (error);
          continue;
        }
      g_assert_no_error (error);
      n_moved += migrate_one (name, dir);
      n_migrated++;
    }

  /* Enough of them to mean something, and some with checks to move. */
  g_test_message ("%u version 1 fixtures migrated, %u items' checks moved", n_migrated, n_moved);
  g_assert_cmpuint (n_migrated, >=, 10);
  g_assert_cmpuint (n_moved, >=, 3);
  buntan_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/project/migrate/every-v1-fixture", test_every_v1_fixture);

  return g_test_run ();
}
