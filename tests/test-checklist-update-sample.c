/* test-checklist-update-sample.c — the sample project reviewed against the bundled checklist,
 * and a newer version found among the installed checklists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/examples/sample.buntan was made with the default checklist 2024.06-1;
 * Buntan bundles 2026.12-1, which retired P2-A-2 and P2-C-5 and says why in
 * its `retired` list. XDG_DATA_HOME points at a scratch folder (main()), so
 * the only installed checklist is the one a test installs.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

/* What the checklist words; everything else of an item is the negotiation's. */
static const char *const text_members[] = {
  "title", "content", "risk", "recommended", "references", "applies_to", NULL,
};

static gboolean
is_retired (BuntanChecklistUpdate *update, const char *id)
{
  GListModel *differences = buntan_checklist_update_get_differences (update);

  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (differences, i);

      if (buntan_change_get_kind (change) == BUNTAN_CHANGE_KIND_ITEM_RETIRED &&
          g_strcmp0 (buntan_change_get_subject (change), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The project as saved in @dir/@name, read back with json-glib. */
static JsonNode *
save_and_read (BuntanProject *project, const char *dir, const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
find_item (JsonNode *root, const char *id)
{
  JsonArray *items = json_object_get_array_member (json_node_get_object (root), "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member (item, "id"), id) == 0)
        return item;
    }

  return NULL;
}

static void
test_sample_review (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_sample ();
  g_autoptr (BuntanChecklistUpdate) update = buntan_checklist_update_find (project);
  g_autoptr (BuntanTemplate) bundled = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  JsonArray *differences;
  guint      n_retired = 0, n_added = 0;

  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "2024.06-1");
  g_assert_nonnull (update);
  g_assert_true (buntan_checklist_update_get_checklist (update) != NULL);
  g_assert_cmpstr (buntan_template_get_version (buntan_checklist_update_get_checklist (update)), ==,
                   buntan_template_get_version (bundled));
  g_assert_true (buntan_checklist_update_get_is_newer (update));

  g_assert_true (is_retired (update, "P2-A-2"));
  g_assert_true (is_retired (update, "P2-C-5"));
  /* The reasons are the template's own, word for word. */
  for (const char *const *id = (const char *const[]){ "P2-A-2", "P2-C-5", NULL }; *id != NULL; id++)
    {
      const char *reason = buntan_checklist_update_get_retired_reason (update, *id);

      g_assert_nonnull (reason);
      g_assert_cmpstr (reason, ==, buntan_template_get_retired_reason (bundled, *id));
      g_assert_cmpuint (g_utf8_strlen (reason, -1), >, 10);
    }

  /* The CLI's JSON carries them too. */
  json = buntan_checklist_update_to_json (update, NULL);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  differences = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                              "differences");
  for (guint i = 0; i < json_array_get_length (differences); i++)
    {
      JsonObject *difference = json_array_get_object_element (differences, i);
      const char *kind = json_object_get_string_member (difference, "kind");
      const char *id = json_object_get_string_member (difference, "item");

      if (g_strcmp0 (kind, "item-retired") == 0)
        {
          n_retired++;
          g_assert_cmpstr (json_object_get_string_member (difference, "reason"), ==,
                           buntan_template_get_retired_reason (bundled, id));
        }
      else
        {
          g_assert_false (json_object_has_member (difference, "reason"));
          if (g_strcmp0 (kind, "item-added") == 0)
            n_added++;
        }
    }
  g_assert_cmpuint (n_retired, ==, 2);
  g_assert_cmpuint (n_added, >, 0);
}

static void
test_sample_apply_all_keeps_agreements (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_sample ();
  g_autoptr (BuntanChecklistUpdate) update = buntan_checklist_update_find (project);
  g_autofree char *dir = buntan_test_make_dir ();
  g_autoptr (JsonNode) before = NULL;
  g_autoptr (JsonNode) after = NULL;
  JsonArray *items_before;
  guint      n_compared = 0;

  g_assert_nonnull (update);
  before = save_and_read (project, dir, "before.buntan");
  g_assert_true (buntan_checklist_update_apply_all (update));
  after = save_and_read (project, dir, "after.buntan");

  items_before = json_object_get_array_member (json_node_get_object (before), "items");
  for (guint i = 0; i < json_array_get_length (items_before); i++)
    {
      JsonObject *old_item = json_array_get_object_element (items_before, i);
      const char *id = json_object_get_string_member (old_item, "id");
      JsonObject *new_item = find_item (after, id);
      gboolean    retired = is_retired (update, id);
      g_autoptr (GList) members = json_object_get_members (old_item);

      /* Nothing is removed, retired items included. */
      g_assert_nonnull (new_item);
      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *member = l->data;

          if (g_strv_contains (text_members, member) || (retired && g_str_equal (member, "status")))
            continue;
          if (!json_node_equal (json_object_get_member (old_item, member),
                                json_object_get_member (new_item, member)))
            g_error ("%s: “%s” changed by applying the update", id, member);
          n_compared++;
        }
      if (retired)
        g_assert_cmpstr (json_object_get_string_member (new_item, "status"), ==, "not-applicable");
    }
  /* Owner, participants, checks, agreed terms and notes among them. */
  g_assert_cmpuint (n_compared, >, json_array_get_length (items_before) * 5);

  /* What was agreed on a retired item is still there to read. */
  g_assert_cmpstr (json_object_get_string_member (find_item (before, "P2-A-2"), "status"), ==,
                   "agreed");

  buntan_test_remove_dir (dir);
}

/* A hospital's own checklist, installed in a newer version, is found by
 * the lookup and is what the review compares with. */
static void
test_installed_newer (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("clupdate-project.buntan");
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("clupdate-new.json");
  g_autoptr (BuntanTemplate) installed = NULL;
  g_autoptr (BuntanTemplate) found = NULL;
  g_autoptr (BuntanChecklistUpdate) update = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;

  /* Not installed yet: Buntan has no version of it. */
  g_assert_null (buntan_checklist_update_find (project));

  json = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  installed = buntan_checklist_library_install (json, FALSE, NULL, &error);
  g_assert_no_error (error);

  found = buntan_template_lookup ("clupdate-checklist", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_template_get_version (found), ==, "1.1");
  g_assert_nonnull (buntan_template_get_file (found));

  update = buntan_checklist_update_find (project);
  g_assert_nonnull (update);
  g_assert_cmpstr (buntan_template_get_version (buntan_checklist_update_get_checklist (update)), ==,
                   "1.1");
  g_assert_true (
    g_file_equal (buntan_template_get_file (buntan_checklist_update_get_checklist (update)),
                  buntan_template_get_file (installed)));
  g_assert_true (is_retired (update, "P2-A-2"));
}

static GFile *
copy_fixture (const char *fixture, const char *dir, const char *name)
{
  g_autofree char *source = buntan_test_fixture_path (fixture);
  g_autofree char *path = buntan_test_copy_file (source, dir, name);

  return g_file_new_for_path (path);
}

/* The window's import: a CSV file's name is its id, the refusals name the
 * file and the place, as `buntan-cli checklist-import` does. */
static void
test_import_file (void)
{
  g_autofree char *dir = buntan_test_make_dir ();
  g_autoptr (GFile) csv = copy_fixture ("checklist-own-cp932.csv", dir, "own-list.csv");
  g_autoptr (GFile) bad = copy_fixture ("checklist-bad-part.csv", dir, "bad-part.csv");
  g_autoptr (GFile) unnamed = copy_fixture ("checklist-own-cp932.csv", dir, "自院の表.csv");
  g_autoptr (GFile) json = copy_fixture ("checklist-own.json", dir, "own.json");
  g_autoptr (GFile) installed = NULL;
  g_autoptr (BuntanTemplate) imported = NULL;
  g_autoptr (BuntanTemplate) again = NULL;
  g_autoptr (BuntanTemplate) refused = NULL;
  g_autoptr (BuntanTemplate) from_json = NULL;
  g_autoptr (BuntanTemplate) found = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *library = buntan_checklist_library_dup_dir ();
  g_autofree char *bad_name = g_file_get_parse_name (bad);
  g_autofree char *unnamed_name = g_file_get_parse_name (unnamed);

  imported = buntan_checklist_import_file (csv, FALSE, &installed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_template_get_id (imported), ==, "own-list");
  g_assert_cmpstr (buntan_template_get_title (imported), ==, "own-list");
  g_assert_cmpstr (buntan_template_get_version (imported), ==, "1");
  g_assert_true (g_str_has_prefix (g_file_peek_path (installed), library));
  found = buntan_template_lookup ("own-list", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_template_get_items (found)), ==,
                    g_list_model_get_n_items (buntan_template_get_items (imported)));

  /* The same id and version again is refused, not replaced. */
  again = buntan_checklist_import_file (csv, FALSE, NULL, &error);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_EXISTS);
  g_assert_null (again);
  g_clear_error (&error);

  /* A bad row: the file, the line and the column. */
  refused = buntan_checklist_import_file (bad, FALSE, NULL, &error);
  g_assert_nonnull (error);
  g_assert_null (refused);
  g_assert_true (g_str_has_prefix (error->message, bad_name));
  g_assert_nonnull (strstr (error->message, "part"));
  g_clear_error (&error);

  /* A name that cannot be an id is said so, naming the file. */
  refused = buntan_checklist_import_file (unnamed, FALSE, NULL, &error);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, unnamed_name));
  g_clear_error (&error);

  /* JSON keeps its own id; a bundled id is refused, naming the file. */
  from_json = buntan_checklist_import_file (json, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_template_get_id (from_json), !=, BUNTAN_DEFAULT_TEMPLATE_ID);

  buntan_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = NULL;

  g_test_init (&argc, &argv, NULL);
  data_home = buntan_test_make_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_add_func ("/buntan/checklist-update/sample/review", test_sample_review);
  g_test_add_func ("/buntan/checklist-update/sample/apply-all-keeps-agreements",
                   test_sample_apply_all_keeps_agreements);
  g_test_add_func ("/buntan/checklist-update/installed-newer", test_installed_newer);
  g_test_add_func ("/buntan/checklist-update/import-file", test_import_file);

  return g_test_run ();
}
