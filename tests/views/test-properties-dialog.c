/* test-properties-dialog.c — the project's title and hospital name through the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-properties-dialog.h"
#include "views-test-util.h"

static void
test_properties (void)
{
  g_autoptr (BuntanProject) project = views_test_load_sample ();
  GtkWidget *dialog = buntan_properties_dialog_new (NULL, project);
  GtkWidget *title_row, *hospital_row, *file_row;

  gtk_window_present (GTK_WINDOW (dialog));

  title_row = views_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, "_Title");
  hospital_row = views_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, "_Hospital name");
  file_row = views_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, "File");
  g_assert_nonnull (title_row);
  g_assert_nonnull (hospital_row);
  g_assert_nonnull (file_row);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   buntan_project_get_title (project));
  g_assert_true (
    g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (file_row)), "sample.buntan"));

  gtk_editable_set_text (GTK_EDITABLE (title_row), "2027年度 契約見直し");
  g_assert_cmpstr (buntan_project_get_title (project), ==, "2027年度 契約見直し");
  g_assert_true (buntan_project_get_is_modified (project));

  /* One home for the hospital's name: its party, which the organization
   * only reads. */
  gtk_editable_set_text (GTK_EDITABLE (hospital_row), "みどり台病院");
  g_assert_cmpstr (buntan_party_get_name (buntan_project_get_hospital (project)), ==,
                   "みどり台病院");
  g_assert_cmpstr (buntan_project_get_organization (project), ==, "みどり台病院");
  buntan_party_set_name (buntan_project_get_hospital (project), "さくら台病院");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hospital_row)), ==, "さくら台病院");

  /* And back: the model shows in the dialog. */
  buntan_project_set_title (project, "別の題名");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "別の題名");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Setting the organization names the hospital party, its one home: the
 * dialog shows it. */
static void
test_organization_only (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  GtkWidget *dialog, *hospital_row;

  buntan_project_set_organization (project, "旧形式病院");
  g_assert_cmpstr (buntan_party_get_name (buntan_project_get_hospital (project)), ==, "旧形式病院");
  buntan_project_set_is_modified (project, FALSE);
  dialog = buntan_properties_dialog_new (NULL, project);
  gtk_window_present (GTK_WINDOW (dialog));

  hospital_row = views_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, "_Hospital name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hospital_row)), ==, "旧形式病院");
  g_assert_false (buntan_project_get_is_modified (project));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/buntan/properties-dialog/edit", test_properties);
  g_test_add_func ("/buntan/properties-dialog/organization-only", test_organization_only);

  return g_test_run ();
}
