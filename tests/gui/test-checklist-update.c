/* test-checklist-update.c — the window's review of a newer checklist, applied item by item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/clupdate-project.buntan was made from version 1.0 of a small
 * checklist (clupdate-old.json); clupdate-new.json (1.1) rewords P2-A-1's
 * texts, retires P2-A-2 and adds P2-A-3 and P2-B-2. The review lists them in
 * that order: five texts of P2-A-1, the retired P2-A-2, then the new items.
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-checklist-update-dialog.h"
#include "gui-window-util.h"

#define N_DIFFERENCES 8
#define CONTENT_OF_P2_A_1 1
#define RETIRED_P2_A_2 5
#define ADDED_P2_B_2 7

static BuntanApplication *application;

static BuntanChecklistUpdateDialog *
find_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BUNTAN_IS_CHECKLIST_UPDATE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static JsonObject *
find_saved_item (JsonNode *root, const char *id)
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

static JsonNode *
read_saved (const char *path)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static BuntanChecklistUpdate *
new_update (BuntanProject *project)
{
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("clupdate-new.json");
  g_autoptr (BuntanTemplate) checklist = NULL;
  g_autoptr (GError) error = NULL;
  BuntanChecklistUpdate *update;

  checklist = buntan_template_new_from_bytes (bytes, "clupdate-new.json", &error);
  g_assert_no_error (error);
  update = buntan_checklist_update_new (project, checklist, &error);
  g_assert_no_error (error);
  return update;
}

static void
test_applies_selected (void)
{
  BuntanWindow    *window = gui_window_new_sized (application, 1024, 768);
  g_autofree char *fixture = buntan_test_fixture_path ("clupdate-project.buntan");
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *saved = g_build_filename (dir, "updated.buntan", NULL);
  g_autoptr (BuntanChecklistUpdate) update = NULL;
  g_autoptr (GPtrArray) checks = NULL;
  g_autoptr (JsonNode) root = NULL;
  BuntanProject *project = gui_window_open (window, fixture);
  GtkWidget     *dialog;
  JsonObject    *item;

  /* Buntan has no newer version of this checklist: nothing is offered (the
   * action opens its dialog at once when it does). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.checklist-update", NULL);
  g_assert_null (find_dialog ());

  update = new_update (project);
  dialog = buntan_checklist_update_dialog_new (GTK_WINDOW (window), update);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  GUI_TEST_WAIT (gtk_widget_get_mapped (dialog));
  /* It fits a 1024×768 screen. */
  g_assert_cmpint (gtk_widget_get_width (dialog), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (dialog), <=, 768);

  checks = gui_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, ==, N_DIFFERENCES);
  for (guint i = 0; i < checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (checks, i);

      /* Its label is its accessible name; each is reachable with Tab. */
      g_assert_nonnull (gtk_check_button_get_label (check));
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (check)));
      /* Keeping a retired item is the default; everything else is offered. */
      g_assert_true (gtk_check_button_get_active (check) == (i != RETIRED_P2_A_2));
    }
  g_assert_nonnull (strstr (gtk_check_button_get_label (g_ptr_array_index (checks, 0)), "P2-A-1"));

  gtk_check_button_set_active (g_ptr_array_index (checks, CONTENT_OF_P2_A_1), FALSE);
  gtk_check_button_set_active (g_ptr_array_index (checks, ADDED_P2_B_2), FALSE);
  gtk_check_button_set_active (g_ptr_array_index (checks, RETIRED_P2_A_2), TRUE);
  g_assert_true (gtk_widget_activate_action (dialog, "update.apply", NULL));
  GUI_TEST_WAIT (dialog == NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", saved));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));

  root = read_saved (saved);
  /* A text left out keeps the project on the version it had. */
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_node_get_object (root), "template"),
                     "version"),
                   ==, "1.0");
  item = find_saved_item (root, "P2-A-1");
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "ログの保存期間");
  g_assert_cmpstr (json_object_get_string_member (item, "content"), ==, "アクセスログを保存する。");
  g_assert_cmpstr (json_object_get_string_member (item, "status"), ==, "agreed");
  g_assert_cmpstr (json_object_get_string_member (item, "owner"), ==, "v1");
  g_assert_cmpstr (json_object_get_string_member (item, "clause"), ==, "保守契約書 第12条");
  g_assert_cmpstr (json_object_get_string_member (item, "agreed_terms"), ==,
                   "ログは5年間保存する。");
  item = find_saved_item (root, "P2-A-2");
  g_assert_cmpstr (json_object_get_string_member (item, "status"), ==, "not-applicable");
  g_assert_cmpstr (json_object_get_string_member (item, "owner"), ==, "v1");
  item = find_saved_item (root, "P2-A-3");
  g_assert_nonnull (item);
  g_assert_cmpstr (json_object_get_string_member (item, "status"), ==, "open");
  g_assert_null (find_saved_item (root, "P2-B-2"));

  /* One undo step takes all of it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (buntan_item_get_title (buntan_project_find_item (project, "P2-A-1")), ==,
                   "ログの保存");
  g_assert_null (buntan_project_find_item (project, "P2-A-3"));
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (project, "P2-A-2")), ==,
                   BUNTAN_ITEM_STATUS_AGREED);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* A project recording an older version of the bundled checklist is offered
 * the update from the primary menu; once it is applied, it is not. */
static void
test_offered_from_menu (void)
{
  BuntanWindow *window = gui_window_new (application);
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("clupdate-project.buntan");
  g_autoptr (BuntanTemplate) bundled = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "older.buntan", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char             *text = NULL;
  BuntanChecklistUpdateDialog *dialog;
  BuntanProject               *project;
  JsonObject *template;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             (gssize) g_bytes_get_size (bytes), &error));
  template = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                            "template");
  json_object_set_string_member (template, "id", BUNTAN_DEFAULT_TEMPLATE_ID);
  json_object_set_string_member (template, "version", "2000.01-1");
  text = json_to_string (json_parser_get_root (parser), TRUE);
  g_assert_true (g_file_set_contents (path, text, -1, &error));

  project = gui_window_open (window, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.checklist-update", NULL));
  GUI_TEST_WAIT ((dialog = find_dialog ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.apply", NULL));
  GUI_TEST_WAIT (dialog == NULL);

  /* Every new and reworded text applied: the project is on the newer version. */
  g_assert_cmpstr (buntan_project_get_template_version (project), ==,
                   buntan_template_get_version (bundled));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.checklist-update", NULL);
  g_assert_null (find_dialog ());

  /* Undone, it is offered again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "2000.01-1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.checklist-update", NULL));
  GUI_TEST_WAIT ((dialog = find_dialog ()) != NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/checklist-update/applies-selected", test_applies_selected);
  g_test_add_func ("/buntan/checklist-update/offered-from-menu", test_offered_from_menu);

  return g_test_run ();
}
