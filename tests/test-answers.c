/* test-answers.c — a vendor's answers read back against the project and applied (issue 17)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The questionnaire is written by the core, answered by openpyxl (a writer
 * we did not write) and read back; the project is compared through what its
 * file writer writes.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-test-util.h"

#define PYTHON "/usr/bin/python3"

/* Fills answer cells by their headers: argv[3…] are ITEM=HEADER=VALUE. */
static const char fill_script[] =
  "import sys, openpyxl\n"
  "book = openpyxl.load_workbook(sys.argv[1])\n"
  "sheet = book['回答']\n"
  "header = next(r for r in sheet.iter_rows(max_row=10) if any(c.value == '項目ID' for c in r))\n"
  "columns = {c.value: c.column for c in header if c.value}\n"
  "rows = {sheet.cell(r, columns['項目ID']).value: r for r in range(header[0].row + 1, "
  "sheet.max_row + 1)}\n"
  "for answer in sys.argv[3:]:\n"
  "    item, name, value = answer.split('=', 2)\n"
  "    sheet.cell(rows[item], columns[name]).value = value\n"
  "book.save(sys.argv[2])\n";

typedef struct
{
  char          *dir;
  BuntanProject *project;
  GFile         *answers;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  const char *const         *answers = data;
  BuntanQuestionnaireOptions options = { .vendor_id = "v1", .sent = "2026-12-07", .id = "q-1" };
  g_autoptr (BuntanQuestionnaire) questionnaire = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *answered = NULL;
  g_autoptr (GFile) asked_file = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  int status;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no " PYTHON " (with openpyxl) to answer the questionnaire");
      return;
    }

  fixture->dir = buntan_test_make_dir ();
  fixture->project = buntan_test_load_sample ();
  asked = g_build_filename (fixture->dir, "asked.xlsx", NULL);
  answered = g_build_filename (fixture->dir, "回答_あおば.xlsx", NULL);
  asked_file = g_file_new_for_path (asked);
  questionnaire = buntan_export_questionnaire (fixture->project, asked_file, &options, &error);
  g_assert_no_error (error);
  buntan_project_add_questionnaire (fixture->project, questionnaire);
  /* The state an import starts from is a saved one. */
  buntan_history_clear (buntan_project_get_history (fixture->project));
  buntan_project_set_is_modified (fixture->project, FALSE);

  g_ptr_array_add (argv, PYTHON);
  g_ptr_array_add (argv, "-c");
  g_ptr_array_add (argv, (char *) fill_script);
  g_ptr_array_add (argv, asked);
  g_ptr_array_add (argv, answered);
  for (guint i = 0; answers[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) answers[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  fixture->answers = g_file_new_for_path (answered);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->answers);
  g_clear_object (&fixture->project);
  if (fixture->dir != NULL)
    buntan_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* What the file writer writes of the negotiation: the items and parties. */
static char *
dup_negotiation (BuntanProject *project)
{
  gsize            length;
  g_autofree char *data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject      *root;
  g_autofree char *items = NULL, *parties = NULL;

  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  items = json_to_string (json_object_get_member (root, "items"), FALSE);
  parties = json_to_string (json_object_get_member (root, "parties"), FALSE);

  return g_strconcat (items, "\n", parties, NULL);
}

static BuntanAnswerChange *
find_change (BuntanAnswers *answers, const char *item_id, BuntanAnswerChangeKind kind)
{
  GListModel *changes = buntan_answers_get_changes (answers);

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);

      if (g_str_equal (buntan_answer_change_get_item_id (change), item_id) &&
          buntan_answer_change_get_kind (change) == kind)
        return change; /* held by the list */
    }

  return NULL;
}

static const char *const every_kind[] = {
  "P2-A-11=回答=同意",
  "P2-A-2=回答=同意",
  "P2-A-2=コメント=了解しました",
  "P2-A-8=初回確認=いいえ",
  "P2-A-8=初回確認日=2026-12-01",
  "P2-A-8=目標日=2027-03-31",
  "P2-C-6=回答=修正希望",
  "P2-C-6=提案する合意内容=ログは5年保存する",
  "P2-E-3=回答=対象外の提案",
  "P2-D-1=コメント=手順書を別途お送りします",
  NULL,
};

static void
test_changes_and_defaults (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanAnswers) answers = NULL;
  g_autoptr (GError) error = NULL;
  struct
  {
    const char            *item_id;
    BuntanAnswerChangeKind kind;
    gboolean               accepted;
  } expected[] = {
    { "P2-A-11", BUNTAN_ANSWER_CHANGE_AGREED, TRUE },
    { "P2-A-11", BUNTAN_ANSWER_CHANGE_SET_AGREED_STATUS, FALSE },
    { "P2-A-2", BUNTAN_ANSWER_CHANGE_AGREED, TRUE },
    { "P2-A-8", BUNTAN_ANSWER_CHANGE_CHECK, TRUE },
    { "P2-C-6", BUNTAN_ANSWER_CHANGE_PROPOSAL, FALSE },
    { "P2-E-3", BUNTAN_ANSWER_CHANGE_NOT_APPLICABLE, FALSE },
    { "P2-D-1", BUNTAN_ANSWER_CHANGE_COMMENT, TRUE },
  };

  if (fixture->project == NULL)
    return;

  answers = buntan_answers_read (fixture->project, fixture->answers, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (buntan_questionnaire_get_id (buntan_answers_get_questionnaire (answers)), ==,
                   "q-1");
  g_assert_cmpstr (buntan_party_get_id (buntan_answers_get_party (answers)), ==, "v1");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_answers_get_changes (answers)), ==,
                    G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BuntanAnswerChange *change = find_change (answers, expected[i].item_id, expected[i].kind);

      g_assert_nonnull (change);
      g_assert_cmpint (buntan_answer_change_get_accepted (change), ==, expected[i].accepted);
      g_assert_false (buntan_answer_change_get_stale (change));
      g_assert_cmpstr (buntan_answer_change_get_party (change), ==, "v1");
      g_assert_nonnull (buntan_answer_change_get_description (change));
    }
  g_assert_cmpstr (buntan_answer_change_get_comment (
                     find_change (answers, "P2-A-2", BUNTAN_ANSWER_CHANGE_AGREED)),
                   ==, "了解しました");
  g_assert_null (buntan_answers_get_warnings (answers)[0]);
}

static void
test_apply_then_undo (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanAnswers) answers = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL, *applied = NULL, *undone = NULL;
  BuntanHistory   *history;
  BuntanItem      *item;

  if (fixture->project == NULL)
    return;

  history = buntan_project_get_history (fixture->project);
  before = dup_negotiation (fixture->project);
  answers = buntan_answers_read (fixture->project, fixture->answers, &error);
  g_assert_no_error (error);
  /* Accept everything, rejected defaults included. */
  for (guint i = 0; i < g_list_model_get_n_items (buntan_answers_get_changes (answers)); i++)
    {
      g_autoptr (BuntanAnswerChange) change =
        g_list_model_get_item (buntan_answers_get_changes (answers), i);

      buntan_answer_change_set_accepted (change, TRUE);
    }
  g_assert_cmpuint (buntan_answers_apply (answers, &error), ==, 7);
  g_assert_no_error (error);

  item = buntan_project_find_item (fixture->project, "P2-C-6");
  g_assert_cmpstr (buntan_item_get_agreed_terms (item), ==, "ログは5年保存する");
  item = buntan_project_find_item (fixture->project, "P2-E-3");
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  item = buntan_project_find_item (fixture->project, "P2-A-11");
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_nonnull (buntan_check_get_agreed (buntan_item_find_check (item, "v1")));
  g_assert_cmpstr (buntan_questionnaire_get_file (buntan_answers_get_questionnaire (answers)), ==,
                   "回答_あおば.xlsx");
  applied = dup_negotiation (fixture->project);
  g_assert_cmpstr (applied, !=, before);

  /* One undo step takes every change back. */
  g_assert_true (buntan_history_undo (history));
  undone = dup_negotiation (fixture->project);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (buntan_history_get_can_undo (history));
}

static void
test_rejected_changes_stay_out (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanAnswers) answers = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  GListModel      *changes;

  if (fixture->project == NULL)
    return;

  before = dup_negotiation (fixture->project);
  answers = buntan_answers_read (fixture->project, fixture->answers, &error);
  g_assert_no_error (error);
  changes = buntan_answers_get_changes (answers);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);

      buntan_answer_change_set_accepted (change, FALSE);
    }
  g_assert_cmpuint (buntan_answers_apply (answers, &error), ==, 0);
  after = dup_negotiation (fixture->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (buntan_questionnaire_get_received (buntan_answers_get_questionnaire (answers)));
  g_assert_false (buntan_project_get_is_modified (fixture->project));
}

/* The saved file without its meetings: what undo must bring back exactly. */
static char *
dup_file_without_meetings (BuntanProject *project, JsonNode **meetings)
{
  gsize            length;
  g_autofree char *data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, data, (gssize) length, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  *meetings = json_object_has_member (root, "meetings")
                ? json_node_copy (json_object_get_member (root, "meetings"))
                : NULL;
  json_object_remove_member (root, "meetings");

  return json_to_string (json_parser_get_root (parser), TRUE);
}

static void
accept_all (BuntanAnswers *answers)
{
  GListModel *changes = buntan_answers_get_changes (answers);

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);

      buntan_answer_change_set_accepted (change, TRUE);
    }
}

static void
assert_vendor_decision (BuntanMeeting *meeting,
                        guint          index,
                        const char    *item_id,
                        const char    *field,
                        const char    *party,
                        const char    *from,
                        const char    *to)
{
  const BuntanDecision *decision;

  buntan_test_assert_decision (meeting, index, item_id, field, from, to);
  decision = buntan_meeting_get_decision (meeting, index);
  g_assert_cmpstr (decision->source, ==, "answers:回答_あおば.xlsx");
  g_assert_cmpstr (decision->party, ==, party);
}

/* Undo takes back everything the import did but its decision log, which is
 * append-only (HACKING.md): the saved file is the one saved before, plus the
 * import's meeting, whose entries are every applied answer. */
static void
test_undo_restores_the_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanAnswers) answers = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) meetings_before = NULL;
  g_autoptr (JsonNode) meetings_after = NULL;
  g_autofree char *before = NULL, *undone = NULL;
  BuntanHistory   *history;
  BuntanMeeting   *meeting;
  GListModel      *meetings;

  if (fixture->project == NULL)
    return;

  history = buntan_project_get_history (fixture->project);
  meetings = buntan_project_get_meetings (fixture->project);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 0);
  before = dup_file_without_meetings (fixture->project, &meetings_before);
  g_assert_null (meetings_before);

  answers = buntan_answers_read (fixture->project, fixture->answers, &error);
  g_assert_no_error (error);
  accept_all (answers);
  g_assert_cmpuint (buntan_answers_apply (answers, &error), ==, 7);
  g_assert_no_error (error);
  g_assert_null (buntan_project_get_active_meeting (fixture->project));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  meeting = g_list_model_get_item (meetings, 0);
  g_object_unref (meeting); /* held by the list */
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 10);
  /* In the order of the workbook's rows. */
  assert_vendor_decision (meeting, 0, "P2-A-2", "agreed", "v1", NULL, "2026-12-09");
  assert_vendor_decision (meeting, 1, "P2-A-2", "comment", NULL, NULL, "了解しました");
  assert_vendor_decision (meeting, 2, "P2-A-8", "first_check", "v1", "yes", "no");
  assert_vendor_decision (meeting, 3, "P2-A-8", "first_check_date", "v1", "2026-10-08",
                          "2026-12-01");
  assert_vendor_decision (meeting, 4, "P2-A-8", "target", "v1", NULL, "2027-03-31");
  assert_vendor_decision (meeting, 5, "P2-A-11", "agreed", "v1", NULL, "2026-12-09");
  assert_vendor_decision (meeting, 6, "P2-A-11", "status", NULL, "discussing", "agreed");
  assert_vendor_decision (meeting, 7, "P2-C-6", "agreed_terms", NULL, NULL, "ログは5年保存する");
  assert_vendor_decision (meeting, 8, "P2-D-1", "comment", NULL, NULL, "手順書を別途お送りします");
  assert_vendor_decision (meeting, 9, "P2-E-3", "status", NULL, "discussing", "not-applicable");

  g_assert_true (buntan_history_undo (history));
  g_assert_false (buntan_history_get_can_undo (history));
  g_assert_null (buntan_questionnaire_get_received (buntan_answers_get_questionnaire (answers)));
  g_assert_null (buntan_questionnaire_get_file (buntan_answers_get_questionnaire (answers)));
  undone = dup_file_without_meetings (fixture->project, &meetings_after);
  g_assert_cmpstr (undone, ==, before);
  /* Only the log stays, so the project still has something to save. */
  g_assert_nonnull (meetings_after);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (meetings_after)), ==, 1);
  g_assert_true (buntan_project_get_is_modified (fixture->project));
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 10);

  /* Redo brings the receipt back with the changes. */
  g_assert_true (buntan_history_redo (history));
  g_assert_cmpstr (buntan_questionnaire_get_received (buntan_answers_get_questionnaire (answers)),
                   ==, "2026-12-09");
  g_assert_cmpstr (buntan_questionnaire_get_file (buntan_answers_get_questionnaire (answers)), ==,
                   "回答_あおば.xlsx");
}

/* An import that changes and logs nothing (the answers were applied before)
 * starts no meeting, and undoing it leaves the saved project unmodified. */
static void
test_nothing_logged_no_meeting (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanAnswers) first = NULL;
  g_autoptr (BuntanAnswers) again = NULL;
  g_autoptr (GError) error = NULL;
  GListModel    *meetings;
  GListModel    *changes;
  BuntanHistory *history;

  if (fixture->project == NULL)
    return;

  history = buntan_project_get_history (fixture->project);
  meetings = buntan_project_get_meetings (fixture->project);
  first = buntan_answers_read (fixture->project, fixture->answers, &error);
  g_assert_no_error (error);
  accept_all (first);
  g_assert_cmpuint (buntan_answers_apply (first, &error), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  /* As if saved here. */
  buntan_history_clear (history);
  buntan_project_set_is_modified (fixture->project, FALSE);

  /* The same answers again: what is still offered is already so. */
  again = buntan_answers_read (fixture->project, fixture->answers, &error);
  g_assert_no_error (error);
  changes = buntan_answers_get_changes (again);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);
      buntan_answer_change_set_accepted (change, buntan_answer_change_get_kind (change) !=
                                                   BUNTAN_ANSWER_CHANGE_COMMENT);
    }
  /* 合意内容 and 対象外, both already as proposed. */
  g_assert_cmpuint (buntan_answers_count_accepted (again), ==, 2);
  buntan_answers_apply (again, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 1);
  g_assert_null (buntan_project_get_active_meeting (fixture->project));
  g_assert_false (buntan_project_get_is_modified (fixture->project));
  g_assert_false (buntan_history_get_can_undo (history));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();
  /* The day the answers are received: 2026-12-09. */
  g_setenv ("SOURCE_DATE_EPOCH", "1796774400", TRUE);

  g_test_add ("/buntan/answers/changes-and-defaults", Fixture, every_kind, fixture_set_up,
              test_changes_and_defaults, fixture_tear_down);
  g_test_add ("/buntan/answers/apply-then-undo", Fixture, every_kind, fixture_set_up,
              test_apply_then_undo, fixture_tear_down);
  g_test_add ("/buntan/answers/rejected-changes-stay-out", Fixture, every_kind, fixture_set_up,
              test_rejected_changes_stay_out, fixture_tear_down);
  g_test_add ("/buntan/answers/undo-restores-the-file", Fixture, every_kind, fixture_set_up,
              test_undo_restores_the_file, fixture_tear_down);
  g_test_add ("/buntan/answers/nothing-logged-no-meeting", Fixture, every_kind, fixture_set_up,
              test_nothing_logged_no_meeting, fixture_tear_down);

  return g_test_run ();
}
