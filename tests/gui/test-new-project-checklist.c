/* test-new-project-checklist.c — New project in the window starts from the
 * revised default checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-window-util.h"

static BuntanApplication *application;

static BuntanItem *
find_item (BuntanProject *project, const char *id)
{
  GListModel *items = buntan_project_get_items (project);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (buntan_item_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}

static void
test_revised_checklist (void)
{
  BuntanWindow *window = gui_window_new (application);
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  BuntanProject *project;
  BuntanItem    *audit;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", "(ss^as)",
                                             "電子カルテ更新", "みどり台病院",
                                             (const char *const[]){ "A社", NULL }));
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);

  g_assert_cmpstr (buntan_project_get_template_id (project), ==, BUNTAN_DEFAULT_TEMPLATE_ID);
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "2026.12-1");
  g_assert_cmpstr (buntan_project_get_template_version (project), ==,
                   buntan_template_get_version (template));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), ==,
                    g_list_model_get_n_items (buntan_template_get_items (template)));

  /* The retired rows are gone, the new topics are there with their kinds. */
  g_assert_null (find_item (project, "P2-A-2"));
  g_assert_null (find_item (project, "P2-C-5"));
  audit = find_item (project, "P2-A-13");
  g_assert_nonnull (audit);
  g_assert_nonnull (strstr (buntan_item_get_title (audit), "監査"));
  g_assert_true (buntan_item_applies_to_kind (audit, BUNTAN_CONTRACT_KIND_CLOUD));
  g_assert_false (
    buntan_item_applies_to_kind (find_item (project, "P2-E-4"), BUNTAN_CONTRACT_KIND_DEVELOPMENT));
  g_assert_cmpstr (buntan_item_get_title (find_item (project, "P1-B-1")), ==,
                   "医療情報システム安全管理責任者の設置");

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/new-project/revised-checklist", test_revised_checklist);

  return g_test_run ();
}
