/* test-comparison.c — the comparison of two projects and the three-way merge, in the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

#define FIXTURE "cli-rich.buntan"

/* The fixture with one member of one item (or party, with "party:" before
 * its id) set to a JSON value, or removed for NULL; a NULL @id returns the
 * fixture itself. Members this build does not model (agreed_terms …) are
 * kept by the reader, so this also makes format 2's newer members. */
static BuntanProject *
load_with (const char *id, const char *member, const char *json_value)
{
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (FIXTURE);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  BuntanProject   *project;
  JsonObject      *root;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             (gssize) g_bytes_get_size (bytes), &error));
  root = json_node_get_object (json_parser_get_root (parser));

  if (id != NULL)
    {
      gboolean    party = g_str_has_prefix (id, "party:");
      JsonArray  *list = json_object_get_array_member (root, party ? "parties" : "items");
      const char *wanted = party ? id + strlen ("party:") : id;
      gboolean    found = FALSE;

      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonObject *object = json_array_get_object_element (list, i);

          if (g_strcmp0 (json_object_get_string_member (object, "id"), wanted) != 0)
            continue;
          found = TRUE;
          if (json_value == NULL)
            json_object_remove_member (object, member);
          else
            json_object_set_member (object, member, json_from_string (json_value, &error));
          g_assert_no_error (error);
        }
      g_assert_true (found);
    }

  text = json_to_string (json_parser_get_root (parser), TRUE);
  {
    g_autoptr (GBytes) changed = g_bytes_new (text, strlen (text));

    project = buntan_project_new_from_bytes (changed, FIXTURE, &error);
  }
  g_assert_no_error (error);
  return project;
}

static BuntanChange *
only_change (BuntanComparison *comparison)
{
  g_assert_cmpuint (buntan_comparison_get_n_changes (comparison), ==, 1);
  return g_list_model_get_item (buntan_comparison_get_changes (comparison), 0);
}

static void
assert_one_change (BuntanProject   *before,
                   BuntanProject   *after,
                   BuntanChangeKind kind,
                   const char      *subject,
                   const char      *field,
                   const char      *old_text,
                   const char      *new_text)
{
  g_autoptr (BuntanComparison) comparison = buntan_comparison_new (before, after);
  g_autoptr (BuntanChange) change = only_change (comparison);
  g_autofree char *sentence = buntan_change_describe (change);

  g_assert_cmpint (buntan_change_get_kind (change), ==, kind);
  g_assert_cmpstr (buntan_change_get_subject (change), ==, subject);
  g_assert_cmpstr (buntan_change_get_field (change), ==, field);
  g_assert_cmpstr (buntan_change_get_before (change), ==, old_text);
  g_assert_cmpstr (buntan_change_get_after (change), ==, new_text);
  /* The sentence names what changed and the new value. */
  if (subject != NULL)
    g_assert_nonnull (strstr (sentence, subject));
  if (new_text != NULL)
    g_assert_nonnull (strstr (sentence, new_text));
}

static void
test_equal (void)
{
  g_autoptr (BuntanProject) a = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) b = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanComparison) comparison = buntan_comparison_new (a, b);

  g_assert_cmpuint (buntan_comparison_get_n_changes (comparison), ==, 0);
}

/* Every field kind the model sets: a party id, a list, an enum, an object,
 * a date, free text, and a field cleared. */
static void
test_item_fields (void)
{
  g_autoptr (BuntanProject) before = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) after = NULL;
  const char *const participants[] = { "v2", NULL };
  const char *const references[] = { "新しい参照", NULL };
  struct
  {
    const char *field;
    const char *old_text;
    const char *new_text;
  } expected[] = {
    { "title", "利用者認証 🔐", "新しいタイトル" },
    { "content", "一行目\n二行目\n\t字下げした三行目", "本文" },
    { "references", "ガイドライン 第6.0版, 🏥 院内規程", "新しい参照" },
    { "status", "agreed", "discussing" },
    { "owner", "v1", "v2" },
    { "participants", "hospital, v2", "v2" },
    /* The version 1 file's first check and completion date became the
     * checks of v1 (◎) and v2 (○); v1's changed. */
    { "checks",
      "{party: v1, first_check: result: no, date: 2026-10-01, completed: 2026-11-15}; "
      "{party: v2, first_check: result: no, date: 2026-10-01, completed: 2026-11-15}",
      "{party: v1, first_check: result: yes, date: 2026-10-01, completed: 2026-12-01}; "
      "{party: v2, first_check: result: no, date: 2026-10-01, completed: 2026-11-15}" },
    { "clause", "保守契約書 第12条（アクセス管理）", "第3条" },
    { "note", "「完了」報告書を受領済み 👍\r\n旧システム分は対象外", "" },
  };
  g_autoptr (BuntanComparison) comparison = NULL;
  BuntanItem *item;

  after = buntan_test_load_fixture (FIXTURE);
  item = buntan_project_find_item (after, "P2-A-1");
  buntan_item_set_title (item, "新しいタイトル");
  buntan_item_set_content (item, "本文");
  buntan_item_set_references (item, references);
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_DISCUSSING);
  buntan_item_set_owner (item, "v2");
  buntan_item_set_participants (item, participants);
  /* The version 1 file's first check is v1's own since it was read. */
  buntan_check_set_result (buntan_item_find_check (item, "v1"), BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_completed (buntan_item_find_check (item, "v1"), "2026-12-01");
  buntan_item_set_clause (item, "第3条");
  buntan_item_set_note (item, "");

  comparison = buntan_comparison_new (before, after);
  g_assert_cmpuint (buntan_comparison_get_n_changes (comparison), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (BuntanChange) change =
        g_list_model_get_item (buntan_comparison_get_changes (comparison), i);
      g_autofree char *sentence = buntan_change_describe (change);

      g_assert_cmpint (buntan_change_get_kind (change), ==, BUNTAN_CHANGE_KIND_ITEM_CHANGED);
      g_assert_cmpstr (buntan_change_get_subject (change), ==, "P2-A-1");
      g_assert_cmpstr (buntan_change_get_field (change), ==, expected[i].field);
      g_assert_cmpstr (buntan_change_get_before (change), ==, expected[i].old_text);
      g_assert_cmpstr (buntan_change_get_after (change), ==, expected[i].new_text);
      g_assert_nonnull (strstr (sentence, "P2-A-1"));
      g_assert_nonnull (strstr (sentence, buntan_field_get_label (expected[i].field)));
    }
}

/* Members of format 2 the model does not hold yet, and members nobody
 * knows: compared all the same, by value, with a friendly name when known. */
static void
test_newer_members (void)
{
  g_autoptr (BuntanProject) before = load_with ("P2-A-1", "agreed_terms", "\"ログ 1 年\"");
  g_autoptr (BuntanProject) after = load_with ("P2-A-1", "agreed_terms", "\"ログ 5 年\"");
  g_autoptr (BuntanProject) informed = load_with ("P2-A-1", "informed", "[\"hospital\"]");
  g_autoptr (BuntanProject) checks =
    load_with ("P2-A-1", "checks", "[{\"party\": \"v1\", \"first_check\": {\"result\": \"no\"}}]");
  g_autoptr (BuntanProject) plain = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) score = load_with ("P2-A-1", "x-score", "4");
  g_autoptr (BuntanComparison) comparison = buntan_comparison_new (before, after);
  g_autoptr (BuntanChange) change = only_change (comparison);
  g_autofree char *sentence = buntan_change_describe (change);

  g_assert_cmpstr (buntan_change_get_field (change), ==, "agreed_terms");
  g_assert_nonnull (strstr (sentence, buntan_field_get_label ("agreed_terms")));
  g_assert_cmpstr (buntan_field_get_label ("agreed_terms"), !=, "agreed_terms");

  assert_one_change (plain, informed, BUNTAN_CHANGE_KIND_ITEM_CHANGED, "P2-A-1", "informed", NULL,
                     "hospital");
  /* The version 1 file's first check became v1's and v2's; a check the
   * file holds already stays as it is. */
  assert_one_change (
    plain, checks, BUNTAN_CHANGE_KIND_ITEM_CHANGED, "P2-A-1", "checks",
    "{party: v1, first_check: result: no, date: 2026-10-01, completed: 2026-11-15}; "
    "{party: v2, first_check: result: no, date: 2026-10-01, completed: 2026-11-15}",
    "{party: v1, first_check: result: no}; "
    "{party: v2, first_check: result: no, date: 2026-10-01, completed: 2026-11-15}");
  assert_one_change (plain, score, BUNTAN_CHANGE_KIND_ITEM_CHANGED, "P2-A-1", "x-score", "-3", "4");
  /* A member nobody has words for is named by its key. */
  g_assert_cmpstr (buntan_field_get_label ("x-score"), ==, "x-score");
}

static void
test_parties_and_items (void)
{
  g_autoptr (BuntanProject) before = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) renamed = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) short_name = load_with ("party:v2", "short_name", "\"B社\"");
  g_autoptr (BuntanProject) added = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) retired = buntan_test_load_fixture (FIXTURE);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  g_autoptr (BuntanChange) change = NULL;
  BuntanParty *vendor;

  buntan_party_set_name (buntan_project_find_party (renamed, "v1"), "ことり");
  assert_one_change (before, renamed, BUNTAN_CHANGE_KIND_PARTY_RENAMED, "v1", "name",
                     "株式会社ことり 🐦 システムズ", "ことり");
  assert_one_change (before, short_name, BUNTAN_CHANGE_KIND_PARTY_CHANGED, "v2", "short_name", "",
                     "B社");

  vendor = buntan_project_add_vendor (added, "新しい事業者");
  comparison = buntan_comparison_new (before, added);
  change = only_change (comparison);
  g_assert_cmpint (buntan_change_get_kind (change), ==, BUNTAN_CHANGE_KIND_PARTY_ADDED);
  g_assert_cmpstr (buntan_change_get_subject (change), ==, buntan_party_get_id (vendor));
  g_assert_cmpstr (buntan_change_get_after (change), ==, "新しい事業者");
  g_clear_object (&change);
  g_clear_object (&comparison);

  /* Reversed, the same difference is a removal. */
  comparison = buntan_comparison_new (added, before);
  change = only_change (comparison);
  g_assert_cmpint (buntan_change_get_kind (change), ==, BUNTAN_CHANGE_KIND_PARTY_REMOVED);
  g_clear_object (&change);
  g_clear_object (&comparison);

  g_assert_true (buntan_project_remove_item (retired, "P1-A-1", &error));
  g_assert_no_error (error);
  comparison = buntan_comparison_new (before, retired);
  change = only_change (comparison);
  g_assert_cmpint (buntan_change_get_kind (change), ==, BUNTAN_CHANGE_KIND_ITEM_RETIRED);
  g_assert_cmpstr (buntan_change_get_subject (change), ==, "P1-A-1");
  g_clear_object (&change);
  g_clear_object (&comparison);

  comparison = buntan_comparison_new (retired, before);
  change = only_change (comparison);
  g_assert_cmpint (buntan_change_get_kind (change), ==, BUNTAN_CHANGE_KIND_ITEM_ADDED);
}

static void
test_project_members (void)
{
  g_autoptr (BuntanProject) before = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) after = buntan_test_load_fixture (FIXTURE);

  buntan_project_set_title (after, "別の案件");
  assert_one_change (before, after, BUNTAN_CHANGE_KIND_PROJECT_CHANGED, NULL, "title",
                     "検査部門システム更新 🩺 \"第2期\"", "別の案件");
}

static char *
dup_member (BuntanProject *project, const char *item_id, const char *member)
{
  g_autofree char *data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_autoptr (JsonNode) root = json_from_string (data, NULL);
  JsonArray *items = json_object_get_array_member (json_node_get_object (root), "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member (item, "id"), item_id) == 0)
        return json_to_string (json_object_get_member (item, member), FALSE);
    }

  return NULL;
}

/* The merged project loads with the strict reader and reads back the same. */
static void
assert_round_trip (BuntanProject *merged)
{
  g_autofree char *data = buntan_project_to_data (merged, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_autoptr (GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) again = buntan_project_new_from_bytes (bytes, "merged", &error);
  g_autofree char *data_again = NULL;

  g_assert_no_error (error);
  data_again = buntan_project_to_data (again, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (data, ==, data_again);
}

static void
test_merge_clean (void)
{
  g_autoptr (BuntanProject) base = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) ours = load_with ("P2-A-1", "clause", "\"第3条\"");
  g_autoptr (BuntanProject) theirs = load_with ("P2-A-1", "agreed_terms", "\"ログ 5 年\"");
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (GListModel) conflicts = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *clause = NULL;
  g_autofree char *terms = NULL;
  guint            n_conflicts = 99;

  merged = buntan_merge_projects (base, ours, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  clause = dup_member (merged, "P2-A-1", "clause");
  terms = dup_member (merged, "P2-A-1", "agreed_terms");
  g_assert_cmpstr (clause, ==, "\"第3条\"");
  g_assert_cmpstr (terms, ==, "\"ログ 5 年\"");
  conflicts = buntan_conflict_list_project (merged);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);
  assert_round_trip (merged);
}

static void
test_merge_identical (void)
{
  g_autoptr (BuntanProject) base = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) ours = load_with ("P2-A-2", "note", "\"同じ\"");
  g_autoptr (BuntanProject) theirs = load_with ("P2-A-2", "note", "\"同じ\"");
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *note = NULL;
  guint            n_conflicts = 99;

  merged = buntan_merge_projects (base, ours, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  note = dup_member (merged, "P2-A-2", "note");
  g_assert_cmpstr (note, ==, "\"同じ\"");
}

static void
test_merge_conflict (void)
{
  g_autoptr (BuntanProject) base = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) ours = load_with ("P2-A-1", "owner", "\"v2\"");
  g_autoptr (BuntanProject) theirs = load_with ("P2-A-1", "owner", "\"hospital\"");
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (GListModel) conflicts = NULL;
  g_autoptr (BuntanConflict) conflict = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *sentence = NULL;
  guint            n_conflicts = 0;

  merged = buntan_merge_projects (base, ours, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);
  owner = dup_member (merged, "P2-A-1", "owner");
  g_assert_cmpstr (owner, ==, "\"v2\"");

  conflicts = buntan_conflict_list_project (merged);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  conflict = g_list_model_get_item (conflicts, 0);
  g_assert_cmpstr (buntan_conflict_get_item (conflict), ==, "P2-A-1");
  g_assert_cmpstr (buntan_conflict_get_field (conflict), ==, "owner");
  g_assert_cmpstr (buntan_conflict_get_base (conflict), ==, "v1");
  g_assert_cmpstr (buntan_conflict_get_ours (conflict), ==, "v2");
  g_assert_cmpstr (buntan_conflict_get_theirs (conflict), ==, "hospital");
  sentence = buntan_conflict_describe (conflict);
  g_assert_nonnull (strstr (sentence, "hospital"));
  /* The conflicts survive a save and a load. */
  assert_round_trip (merged);
}

static void
test_merge_deleted_and_edited (void)
{
  g_autoptr (BuntanProject) base = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) deleted = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) edited = load_with ("P1-A-1", "note", "\"まだ必要\"");
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_remove_item (deleted, "P1-A-1", NULL));

  /* Either way round the edited item stays, and the conflict says so. */
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr (BuntanProject) merged = NULL;
      g_autoptr (GListModel) conflicts = NULL;
      g_autoptr (BuntanConflict) conflict = NULL;
      g_autofree char *note = NULL;
      guint            n_conflicts = 0;

      merged = round == 0 ? buntan_merge_projects (base, deleted, edited, &n_conflicts, &error)
                          : buntan_merge_projects (base, edited, deleted, &n_conflicts, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (n_conflicts, ==, 1);
      note = dup_member (merged, "P1-A-1", "note");
      g_assert_cmpstr (note, ==, "\"まだ必要\"");
      conflicts = buntan_conflict_list_project (merged);
      conflict = g_list_model_get_item (conflicts, 0);
      g_assert_cmpstr (buntan_conflict_get_item (conflict), ==, "P1-A-1");
      g_assert_cmpstr (buntan_conflict_get_field (conflict), ==, "deleted");
      g_assert_cmpstr (buntan_conflict_get_ours (conflict), ==, round == 0 ? "deleted" : "edited");
      assert_round_trip (merged);
    }

  /* Deleted on one side and untouched on the other: deleted, no conflict. */
  {
    g_autoptr (BuntanProject) merged = NULL;
    g_autofree char *note = NULL;
    guint            n_conflicts = 99;

    merged = buntan_merge_projects (base, base, deleted, &n_conflicts, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (n_conflicts, ==, 0);
    g_assert_null (buntan_project_find_item (merged, "P1-A-1"));
  }
}

/* A vendor one side removed while the other gave it an item: the vendor
 * is put back, so the merged file still loads, and the conflict is named. */
static void
test_merge_party_in_use (void)
{
  g_autoptr (BuntanProject) base = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) ours = buntan_test_load_fixture (FIXTURE);
  g_autoptr (BuntanProject) theirs = load_with ("P1-A-1", "owner", "\"v2\"");
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (GListModel) conflicts = NULL;
  g_autoptr (BuntanConflict) conflict = NULL;
  g_autoptr (GError) error = NULL;
  guint n_conflicts = 0;

  g_assert_true (buntan_project_remove_vendor (ours, "v2", NULL, &error));
  g_assert_no_error (error);

  merged = buntan_merge_projects (base, ours, theirs, &n_conflicts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (buntan_project_find_party (merged, "v2"));
  g_assert_cmpstr (buntan_item_get_owner (buntan_project_find_item (merged, "P1-A-1")), ==, "v2");
  conflicts = buntan_conflict_list_project (merged);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), >=, 1);
  conflict = g_list_model_get_item (conflicts, g_list_model_get_n_items (conflicts) - 1);
  g_assert_cmpstr (buntan_conflict_get_item (conflict), ==, "party:v2");
  g_assert_cmpstr (buntan_conflict_get_ours (conflict), ==, "deleted");
  assert_round_trip (merged);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/comparison/equal", test_equal);
  g_test_add_func ("/buntan/comparison/item-fields", test_item_fields);
  g_test_add_func ("/buntan/comparison/newer-members", test_newer_members);
  g_test_add_func ("/buntan/comparison/parties-and-items", test_parties_and_items);
  g_test_add_func ("/buntan/comparison/project-members", test_project_members);
  g_test_add_func ("/buntan/merge/clean", test_merge_clean);
  g_test_add_func ("/buntan/merge/identical", test_merge_identical);
  g_test_add_func ("/buntan/merge/conflict", test_merge_conflict);
  g_test_add_func ("/buntan/merge/deleted-and-edited", test_merge_deleted_and_edited);
  g_test_add_func ("/buntan/merge/party-in-use", test_merge_party_in_use);

  return g_test_run ();
}
