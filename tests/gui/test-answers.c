/* test-answers.c — Import Answers… in the window: the review, apply, reject, undo, refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test sends v1 of tests/data/cli-complete.buntan its questionnaire
 * through the window ("win.send-questionnaire-to"), fills the workbook as a
 * vendor would with another writer (openpyxl), and brings it back through
 * "win.import-answers-from" (the file chooser's way in). v1 is ◎ on P2-A-1
 * and shares the 共同 P2-A-2 with v2: it agrees on P2-A-1, and on P2-A-2
 * proposes 合意内容, gives its 初回確認 and a comment. What the review
 * applied is read back from the saved project.
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-answers-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

#define PROPOSED_TERMS "ログは5年間保存する。"
#define COMMENT "保存先は当社のクラウドです。"
#define CHECK_DATE "2026-11-20"

static BuntanApplication *application;

/* Fills the 回答 sheet of argv[1] and saves it as argv[2]: each further
 * argument is "ITEM|COLUMN HEADER|VALUE" (a YYYY-MM-DD value as a date
 * cell, as Excel keeps one). Columns are found by their headers, rows by
 * their 項目ID, as a vendor's spreadsheet program does not care. */
static const char fill_script[] =
  "import datetime, re, sys, openpyxl\n"
  "book = openpyxl.load_workbook(sys.argv[1])\n"
  "sheet = book['回答']\n"
  "for row in sheet.iter_rows():\n"
  "    values = [cell.value for cell in row]\n"
  "    if '項目ID' in values:\n"
  "        head = row[0].row\n"
  "        columns = {v: i + 1 for i, v in enumerate(values) if v}\n"
  "        break\n"
  "rows = {sheet.cell(r, columns['項目ID']).value: r for r in range(head + 1, sheet.max_row + 1)}\n"
  "for spec in sys.argv[3:]:\n"
  "    item, header, value = spec.split('|', 2)\n"
  "    if re.fullmatch(r'\\d{4}-\\d\\d-\\d\\d', value):\n"
  "        value = datetime.datetime.strptime(value, '%Y-%m-%d')\n"
  "    sheet.cell(rows[item], columns[header]).value = value\n"
  "book.save(sys.argv[2])\n";

static void
fill_answers (const char *questionnaire, const char *answers, const char *const *specs)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  int status;

  g_ptr_array_add (argv, "/usr/bin/python3");
  g_ptr_array_add (argv, "-c");
  g_ptr_array_add (argv, (gpointer) fill_script);
  g_ptr_array_add (argv, (gpointer) questionnaire);
  g_ptr_array_add (argv, (gpointer) answers);
  for (guint i = 0; specs[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) specs[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (buntan_test_is_workbook (answers));
}

typedef struct
{
  char          *dir;
  char          *answers;
  BuntanWindow  *window;
  BuntanProject *project;
} Fixture;

static const char *const the_answers[] = {
  "P2-A-1|回答|同意",
  "P2-A-2|回答|修正希望",
  "P2-A-2|提案する合意内容|" PROPOSED_TERMS,
  "P2-A-2|コメント|" COMMENT,
  "P2-A-2|初回確認|はい",
  "P2-A-2|初回確認日|" CHECK_DATE,
  NULL,
};

/* v1 is sent its questionnaire, the project saved (unmodified from here),
 * and the answers filled; @before_answering runs in between (an edit made
 * while the vendor answers). */
static void
fixture_set_up (Fixture *fixture, void (*before_answering) (BuntanProject *project))
{
  g_autofree char *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char *path = NULL;
  g_autofree char *questionnaire = NULL;

  fixture->dir = gui_make_dir ();
  path = buntan_test_copy_file (source, fixture->dir, "answers.buntan");
  questionnaire = g_build_filename (fixture->dir, "回答依頼_v1.xlsx", NULL);
  fixture->answers = g_build_filename (fixture->dir, "回答_v1.xlsx", NULL);
  fixture->window = gui_window_new_sized (application, 1024, 768);
  fixture->project = gui_window_open (fixture->window, path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.send-questionnaire-to", "(ss)", "v1",
                                             questionnaire));
  if (before_answering != NULL)
    before_answering (fixture->project);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-to", "s", path));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (fixture->project));

  fill_answers (questionnaire, fixture->answers, the_answers);
}

static void
fixture_tear_down (Fixture *fixture)
{
  gui_window_destroy (fixture->window);
  gui_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->answers);
}

static BuntanAnswersDialog *
find_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BUNTAN_IS_ANSWERS_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static BuntanAnswersDialog *
import (Fixture *fixture)
{
  BuntanAnswersDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "win.import-answers-from", "s", fixture->answers));
  GUI_TEST_WAIT ((dialog = find_dialog ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  return dialog;
}

static JsonObject *
find_member (JsonArray *array, const char *key, const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, key, NULL), value) == 0)
        return object;
    }

  return NULL;
}

/* The saved project's item @id, and its check of @party (NULL without). */
static JsonObject *
find_saved_item (JsonNode *root, const char *id)
{
  return find_member (json_object_get_array_member (json_node_get_object (root), "items"), "id",
                      id);
}

static JsonObject *
find_saved_check (JsonNode *root, const char *id, const char *party)
{
  JsonObject *item = find_saved_item (root, id);

  if (!json_object_has_member (item, "checks"))
    return NULL;
  return find_member (json_object_get_array_member (item, "checks"), "party", party);
}

static JsonNode *
save_and_read (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-to", "s", path));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (fixture->project));
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static char *
dup_label_texts (GtkWidget *root)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);
  GString *texts = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (labels, i)))
      g_string_append_printf (texts, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_string_free (texts, FALSE);
}

/* The check of the first row about @id whose label holds @answer. */
static GtkCheckButton *
find_row_check (GtkWidget *dialog, const char *id, const char *answer)
{
  g_autoptr (GPtrArray) checks = gui_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    {
      const char *label = gtk_check_button_get_label (g_ptr_array_index (checks, i));

      if (g_str_has_prefix (label, id) && strstr (label, answer) != NULL)
        return g_ptr_array_index (checks, i);
    }

  g_error ("no row about %s answering “%s”", id, answer);
}

static void
count_applied_cb (guint *count, guint n_applied)
{
  *count = n_applied;
}

static void
test_apply_some (Fixture *fixture, gconstpointer data)
{
  BuntanQuestionnaire *sent =
    g_list_model_get_item (buntan_project_get_questionnaires (fixture->project), 0);
  g_autoptr (GPtrArray) checks = NULL;
  g_autoptr (GPtrArray) buttons = NULL;
  g_autoptr (JsonNode) applied = NULL;
  g_autoptr (JsonNode) undone = NULL;
  g_autofree char     *texts = NULL;
  BuntanAnswersDialog *dialog = import (fixture);
  JsonObject          *check;
  guint                n_applied = G_MAXUINT;

  g_object_unref (sent); /* the project's list keeps it */

  /* It fits a 1024×768 screen, and says whose answers, to what, from where. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 768);
  texts = dup_label_texts (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (texts, "株式会社いろは保守"));
  g_assert_nonnull (strstr (texts, buntan_questionnaire_get_sent (sent)));
  g_assert_nonnull (strstr (texts, "回答_v1.xlsx"));
  g_assert_nonnull (strstr (texts, COMMENT));

  /* One row per change, each reachable with Tab and named by its label. */
  checks = gui_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, >=, 3);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *each = g_ptr_array_index (checks, i);

      g_assert_true (
        g_str_has_prefix (gtk_check_button_get_label (GTK_CHECK_BUTTON (each)), "P2-A-"));
      g_assert_true (gtk_widget_get_focusable (each));
    }
  /* The item's title beside its id. */
  g_assert_nonnull (
    strstr (gtk_check_button_get_label (find_row_check (GTK_WIDGET (dialog), "P2-A-1", "Agrees")),
            buntan_item_get_title (buntan_project_find_item (fixture->project, "P2-A-1"))));
  buttons = gui_test_find_all (dialog, GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (!GTK_IS_CHECK_BUTTON (g_ptr_array_index (buttons, i)) &&
        gtk_widget_get_visible (g_ptr_array_index (buttons, i)))
      g_assert_nonnull (gtk_button_get_label (g_ptr_array_index (buttons, i)));

  /* Reject all, accept all, reject all: the checks follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "answers.reject-all", NULL));
  for (guint i = 0; i < checks->len; i++)
    g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "answers.accept-all", NULL));
  for (guint i = 0; i < checks->len; i++)
    g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, i)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "answers.reject-all", NULL));

  /* Only the agreement on P2-A-1 and the proposed 合意内容 of P2-A-2. */
  gtk_check_button_set_active (find_row_check (GTK_WIDGET (dialog), "P2-A-1", "Agrees"), TRUE);
  gtk_check_button_set_active (find_row_check (GTK_WIDGET (dialog), "P2-A-2", "Proposes a change"),
                               TRUE);
  g_signal_connect_swapped (dialog, "applied", G_CALLBACK (count_applied_cb), &n_applied);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "answers.apply", NULL));
  GUI_TEST_WAIT (dialog == NULL);
  g_assert_cmpuint (n_applied, ==, 2);
  g_assert_true (buntan_project_get_is_modified (fixture->project));

  applied = save_and_read (fixture, "applied.buntan");
  check = find_saved_check (applied, "P2-A-1", "v1");
  g_assert_nonnull (check);
  g_assert_true (json_object_has_member (check, "agreed"));
  g_assert_cmpstr (json_object_get_string_member (find_saved_item (applied, "P2-A-2"),
                                                  "agreed_terms"),
                   ==, PROPOSED_TERMS);
  /* The questionnaire records which file answered it. */
  g_assert_cmpstr (
    json_object_get_string_member (
      json_array_get_object_element (json_object_get_array_member (json_node_get_object (applied),
                                                                   "questionnaires"),
                                     0),
      "file"),
    ==, "回答_v1.xlsx");
  /* The first check was not accepted. */
  check = find_saved_check (applied, "P2-A-2", "v1");
  g_assert_true (check == NULL || !json_object_has_member (check, "first_check"));

  /* One undo takes both back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  undone = save_and_read (fixture, "undone.buntan");
  check = find_saved_check (undone, "P2-A-1", "v1");
  g_assert_true (check == NULL || !json_object_has_member (check, "agreed"));
  g_assert_false (json_object_has_member (find_saved_item (undone, "P2-A-2"), "agreed_terms"));
}

/* Cancel, and Esc, change nothing, whatever was checked. */
static void
test_cancel (Fixture *fixture, gconstpointer data)
{
  g_autoptr (JsonNode) root = NULL;
  BuntanAnswersDialog *dialog = import (fixture);
  JsonObject          *check;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "answers.accept-all", NULL));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  GUI_TEST_WAIT (dialog == NULL);
  g_assert_false (buntan_project_get_is_modified (fixture->project));

  buntan_project_set_is_modified (fixture->project, TRUE); /* so that save-to writes */
  root = save_and_read (fixture, "cancelled.buntan");
  g_assert_false (json_object_has_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (root),
                                                                 "questionnaires"),
                                   0),
    "received"));
  check = find_saved_check (root, "P2-A-1", "v1");
  g_assert_true (check == NULL || !json_object_has_member (check, "agreed"));
  g_assert_false (json_object_has_member (find_saved_item (root, "P2-A-2"), "agreed_terms"));
  check = find_saved_check (root, "P2-A-2", "v1");
  g_assert_true (check == NULL || !json_object_has_member (check, "first_check"));
}

/* P2-A-2's 合意内容 is changed while v1 answers. */
static void
change_terms (BuntanProject *project)
{
  buntan_item_set_agreed_terms (buntan_project_find_item (project, "P2-A-2"),
                                "ログは3年間保存する。");
}

static void
test_stale (Fixture *fixture, gconstpointer data)
{
  BuntanAnswersDialog *dialog = import (fixture);
  GtkCheckButton *proposal = find_row_check (GTK_WIDGET (dialog), "P2-A-2", "Proposes a change");
  GtkCheckButton *agreed = find_row_check (GTK_WIDGET (dialog), "P2-A-1", "Agrees");
  GtkWidget *stale_row = gtk_widget_get_ancestor (GTK_WIDGET (proposal), GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *fresh_row = gtk_widget_get_ancestor (GTK_WIDGET (agreed), GTK_TYPE_LIST_BOX_ROW);
  g_autofree char *stale_texts = dup_label_texts (stale_row);
  g_autofree char *fresh_texts = dup_label_texts (fresh_row);

  /* The core leaves a stale row and a proposal unaccepted, a fresh
   * agreement accepted: the checks show that before anyone clicks. */
  g_assert_false (gtk_check_button_get_active (proposal));
  g_assert_false (
    gtk_check_button_get_active (find_row_check (GTK_WIDGET (dialog), "P2-A-2", "First check")));
  g_assert_true (gtk_check_button_get_active (agreed));
  g_assert_nonnull (
    strstr (stale_texts, "Changed in the project since the questionnaire was sent"));
  g_assert_true (gtk_widget_has_css_class (stale_row, "stale"));
  g_assert_null (strstr (fresh_texts, "Changed in the project"));
  g_assert_false (gtk_widget_has_css_class (fresh_row, "stale"));

  gtk_window_close (GTK_WINDOW (dialog));
  GUI_TEST_WAIT (find_dialog () == NULL);
}

/* A CSV sent back instead of the workbook: said in a dialog naming the
 * file, no review, the project untouched. */
static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_autofree char  *csv = g_build_filename (fixture->dir, "回答_v1.csv", NULL);
  AdwMessageDialog *message;

  g_assert_true (g_file_set_contents (csv, "項目ID,回答\nP2-A-1,同意\n", -1, NULL));
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.import-answers-from", "s", csv));
  GUI_TEST_WAIT ((message = gui_test_find_message_dialog ()) != NULL);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (message), "回答_v1.csv"));
  /* The core's words: what the file is and what to do. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "not an Excel workbook"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "Nothing in the project"));
  g_assert_null (find_dialog ());
  g_assert_false (buntan_project_get_is_modified (fixture->project));
  adw_message_dialog_response (message, "close");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
}

static void
set_up (Fixture *fixture, gconstpointer data)
{
  fixture_set_up (fixture, NULL);
}

static void
set_up_changed (Fixture *fixture, gconstpointer data)
{
  fixture_set_up (fixture, change_terms);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  fixture_tear_down (fixture);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add ("/buntan/answers/review/apply-some", Fixture, NULL, set_up, test_apply_some,
              tear_down);
  g_test_add ("/buntan/answers/review/cancel", Fixture, NULL, set_up, test_cancel, tear_down);
  g_test_add ("/buntan/answers/review/stale", Fixture, NULL, set_up_changed, test_stale, tear_down);
  g_test_add ("/buntan/answers/review/refused", Fixture, NULL, set_up, test_refused, tear_down);

  return g_test_run ();
}
