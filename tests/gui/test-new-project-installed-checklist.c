/* test-new-project-checklist.c — New Project offers installed checklists
 *
 * gui_test_init() points XDG_DATA_HOME at a throw-away folder, so the
 * checklist installed here is the only one there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-new-project-dialog.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static BuntanNewProjectDialog *
find_dialog (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BUNTAN_IS_NEW_PROJECT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* The checklist saved by LibreOffice in CP932 (tests/data), installed as
 * `buntan-cli checklist-import` installs it. */
static void
install_fixture_checklist (void)
{
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("checklist-own-cp932.csv");
  const BuntanChecklistHeader header = { .id = "own", .title = "自院の確認表", .version = "3" };
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) installed = NULL;
  g_autofree char *json = NULL;

  json = buntan_checklist_import_csv (bytes, "checklist-own-cp932.csv", &header, &error);
  g_assert_no_error (error);
  installed = buntan_checklist_library_install (json, FALSE, NULL, &error);
  g_assert_no_error (error);
}

static guint
find_label (GListModel *labels, const char *label)
{
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), label) == 0)
      return i;

  g_error ("The checklists offered do not include “%s”", label);
}

static void
test_installed_checklist (void)
{
  g_autoptr (BuntanTemplate) bundled = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autoptr (GPtrArray) bundled_checklists = buntan_template_list_bundled ();
  guint                   n_bundled = bundled_checklists->len;
  g_autofree char        *bundled_label = NULL;
  BuntanWindow           *window = gui_window_new (application);
  BuntanNewProjectDialog *dialog;
  AdwComboRow            *checklist_row;
  GListModel             *labels;
  BuntanProject          *project;
  BuntanItem             *item;
  guint                   installed_position;

  g_assert_nonnull (bundled);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  GUI_TEST_WAIT ((dialog = find_dialog ()) != NULL);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  checklist_row = gui_test_find_visible (dialog, ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (checklist_row);
  labels = adw_combo_row_get_model (checklist_row);
  /* Every bundled checklist, and the installed one. */
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, n_bundled + 1);
  /* The bundled default stays the default, shown with its version. */
  bundled_label = g_strdup_printf ("%s, version %s", buntan_template_get_title (bundled),
                                   buntan_template_get_version (bundled));
  g_assert_cmpuint (adw_combo_row_get_selected (checklist_row), ==,
                    find_label (labels, bundled_label));
  g_assert_cmpstr (buntan_template_get_id (buntan_new_project_dialog_get_checklist (dialog)), ==,
                   BUNTAN_DEFAULT_TEMPLATE_ID);

  installed_position = find_label (labels, "自院の確認表, version 3 (installed)");
  adw_combo_row_set_selected (checklist_row, installed_position);
  g_assert_cmpstr (buntan_template_get_id (buntan_new_project_dialog_get_checklist (dialog)), ==,
                   "own");

  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (dialog, "C_reate")));
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);
  GUI_TEST_WAIT (dialog == NULL);

  /* The project records where it came from, and has that checklist's items
   * with what CP932 alone (not strict Shift_JIS) can carry. */
  g_assert_cmpstr (buntan_project_get_template_id (project), ==, "own");
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "3");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), ==, 4);
  item = buntan_project_find_item (project, "P1-A-1");
  g_assert_nonnull (item);
  g_assert_cmpstr (buntan_item_get_number (item), ==, "①");
  g_assert_cmpstr (buntan_item_get_official_ref (item), ==, "①");
  g_assert_cmpstr (buntan_item_get_content (item), ==, "責任者を設置し、\n院内に周知する");
  item = buntan_project_find_item (project, "P1-A-2");
  g_assert_nonnull (item);
  g_assert_cmpstr (buntan_item_get_title (item), ==, "㈱みどり保守との連絡窓口");
  item = buntan_project_find_item (project, "P2-A-1");
  g_assert_nonnull (item);
  g_assert_cmpstr (buntan_item_get_section_title (item), ==, "共通");
  g_assert_true (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_CLOUD));
  g_assert_false (buntan_item_applies_to_kind (item, BUNTAN_CONTRACT_KIND_DEVELOPMENT));

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  install_fixture_checklist ();
  g_test_add_func ("/buntan/new-project/installed-checklist", test_installed_checklist);

  return g_test_run ();
}
