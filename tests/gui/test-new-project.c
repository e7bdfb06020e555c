/* test-new-project.c — a new project asks for its title, the hospital and the vendors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-new-project-dialog.h"
#include "gui-window-util.h"

static BuntanApplication *application;

/* Helpers ------------------------------------------------------------------ */

static BuntanNewProjectDialog *
find_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BUNTAN_IS_NEW_PROJECT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static AdwEntryRow *
find_entry_row (gpointer root, const char *title)
{
  g_autoptr (GPtrArray) rows = gui_test_find_all (root, ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title))
      return g_ptr_array_index (rows, i);

  g_error ("No entry row “%s”", title);
}

/* Clicks the empty page's New Project button and waits for the dialog. */
static BuntanNewProjectDialog *
open_dialog (BuntanWindow *window)
{
  g_autoptr (GPtrArray) buttons = gui_test_find_all (window, GTK_TYPE_BUTTON);
  BuntanNewProjectDialog *dialog = NULL;
  GtkWidget              *new_button = NULL;

  for (guint i = 0; i < buttons->len && new_button == NULL; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "win.new") == 0 &&
          gtk_widget_get_mapped (button))
        new_button = button;
    }

  if (new_button != NULL)
    gtk_widget_activate (new_button);
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  GUI_TEST_WAIT ((dialog = find_dialog ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  return dialog;
}

static void
fill_dialog (BuntanNewProjectDialog *dialog,
             const char             *title,
             const char             *hospital,
             const char             *vendors)
{
  GtkTextView *vendors_view = gui_test_find_visible (dialog, GTK_TYPE_TEXT_VIEW);

  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (dialog, "Project _title")), title);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (dialog, "_Hospital name")), hospital);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (vendors_view), vendors, -1);
}

static JsonNode *
read_json (const char *path)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* What Esc does in @dialog: the action its shortcut for Escape runs. GTK 4
 * has no synthetic key events; this goes through the same shortcut. */
static void
press_escape (GtkWidget *dialog)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (dialog);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);
      guint n;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      n = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, "Escape"))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           dialog,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_error ("Esc does nothing in %s", G_OBJECT_TYPE_NAME (dialog));
}

/* The 医療機関 field of the workbook's cover, read back with openpyxl. */
static char *
read_cover_hospital (const char *path)
{
  static const char script[] = "import sys, openpyxl\n"
                               "sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                               "for row in sheet.iter_rows(values_only=True):\n"
                               "    if row and row[0] == '医療機関':\n"
                               "        print(row[1] or '', end='')\n"
                               "        break\n";
  const char       *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autoptr (GError) error = NULL;
  char *out = NULL;
  int   status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Tests ------------------------------------------------------------------ */

static void
test_create (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.buntan", NULL);
  g_autofree char *workbook = g_build_filename (dir, "new.xlsx", NULL);
  g_autoptr (GFile) workbook_file = g_file_new_for_path (workbook);
  g_autofree char *cover_hospital = NULL;
  g_autoptr (GError) error = NULL;
  BuntanWindow           *window = gui_window_new (application);
  BuntanNewProjectDialog *dialog = open_dialog (window);
  GtkWidget              *hospital_text;
  BuntanProject          *project;
  GListModel             *parties;
  g_autoptr (JsonNode) root = NULL;
  JsonObject *object;
  JsonArray  *saved_parties;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  /* Typing starts with the title, not on a button. */
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)),
                                         GTK_WIDGET (find_entry_row (dialog, "Project _title"))));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (dialog)) ==
                 GTK_WIDGET (gui_test_find_button (dialog, "C_reate")));
  fill_dialog (dialog, "2027年度 電子カルテ更新", "医療法人社団 みどり会 みどり台病院",
               "株式会社ひかりメディカル\n\n  あおぞらネットワーク株式会社  \n");
  g_assert_null (buntan_window_get_project (window));

  /* Enter in a field creates the project: Create is the default. */
  hospital_text = GTK_WIDGET (
    gtk_editable_get_delegate (GTK_EDITABLE (find_entry_row (dialog, "_Hospital name"))));
  g_assert_true (GTK_IS_TEXT (hospital_text));
  gtk_widget_grab_focus (hospital_text);
  g_signal_emit_by_name (hospital_text, "activate");
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);
  GUI_TEST_WAIT (dialog == NULL);

  g_assert_cmpstr (buntan_project_get_title (project), ==, "2027年度 電子カルテ更新");
  g_assert_cmpstr (buntan_party_get_name (buntan_project_get_hospital (project)), ==,
                   "医療法人社団 みどり会 みどり台病院");
  /* One home for the hospital's name: the organization reads the party. */
  g_assert_cmpstr (buntan_project_get_organization (project), ==,
                   "医療法人社団 みどり会 みどり台病院");
  parties = buntan_project_get_parties (project);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, 3);
  g_assert_cmpstr (buntan_party_get_name (buntan_project_find_party (project, "v1")), ==,
                   "株式会社ひかりメディカル");
  g_assert_cmpstr (buntan_party_get_name (buntan_project_find_party (project, "v2")), ==,
                   "あおぞらネットワーク株式会社");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), >, 40);
  /* What was typed is where the project starts: nothing to undo, but
   * something to save. */
  g_assert_false (buntan_history_get_can_undo (buntan_project_get_history (project)));
  g_assert_true (buntan_project_get_is_modified (project));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", path));
  g_assert_false (buntan_project_get_is_modified (project));
  root = read_json (path);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "2027年度 電子カルテ更新");
  g_assert_true (!json_object_has_member (object, "organization") ||
                 g_str_equal (json_object_get_string_member (object, "organization"), ""));
  saved_parties = json_object_get_array_member (object, "parties");
  g_assert_cmpuint (json_array_get_length (saved_parties), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (saved_parties, 0),
                                                  "kind"),
                   ==, "hospital");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (saved_parties, 0),
                                                  "name"),
                   ==, "医療法人社団 みどり会 みどり台病院");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (saved_parties, 1),
                                                  "name"),
                   ==, "株式会社ひかりメディカル");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (saved_parties, 2),
                                                  "name"),
                   ==, "あおぞらネットワーク株式会社");

  /* The cover names the hospital from its party. */
  g_assert_true (buntan_export_xlsx (project, workbook_file, BUNTAN_EXPORT_FLAGS_NONE, &error));
  g_assert_no_error (error);
  cover_hospital = read_cover_hospital (workbook);
  g_assert_cmpstr (cover_hospital, ==, "医療法人社団 みどり会 みどり台病院");

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Cancel, or Esc, makes no project and leaves
 * the one open as it was. */
static void
test_cancel (void)
{
  BuntanWindow           *window = gui_window_new (application);
  BuntanNewProjectDialog *dialog;
  BuntanProject          *before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", "(ss^as)",
                                             "元の案件", "元の病院",
                                             (const char *const[]){ "元の業者", NULL }));
  GUI_TEST_WAIT ((before = buntan_window_get_project (window)) != NULL);
  buntan_project_set_is_modified (before, FALSE);

  dialog = open_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  fill_dialog (dialog, "捨てる案件", "捨てる病院", "捨てる業者");
  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (dialog, "_Cancel")));
  GUI_TEST_WAIT (dialog == NULL);

  dialog = open_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  fill_dialog (dialog, "捨てる案件", "捨てる病院", "");
  press_escape (GTK_WIDGET (dialog));
  GUI_TEST_WAIT (dialog == NULL);
  gui_test_spin (100);

  g_assert_true (buntan_window_get_project (window) == before);
  g_assert_cmpstr (buntan_project_get_title (before), ==, "元の案件");
  g_assert_cmpstr (buntan_party_get_name (buntan_project_get_hospital (before)), ==, "元の病院");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_parties (before)), ==, 2);
  g_assert_false (buntan_project_get_is_modified (before));

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/new-project/create", test_create);
  g_test_add_func ("/buntan/new-project/cancel", test_cancel);

  return g_test_run ();
}
