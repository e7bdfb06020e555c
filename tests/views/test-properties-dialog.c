/* test-properties-dialog.c — the project's title and organization through the dialog
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
  GtkWidget *title_row, *organization_row, *file_row;

  gtk_window_present (GTK_WINDOW (dialog));

  title_row = views_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, "_Title");
  organization_row =
    views_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, "_Organization (hospital)");
  file_row = views_test_find_widget (dialog, ADW_TYPE_ACTION_ROW, "File");
  g_assert_nonnull (title_row);
  g_assert_nonnull (organization_row);
  g_assert_nonnull (file_row);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==,
                   buntan_project_get_title (project));
  g_assert_true (
    g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (file_row)), "sample.buntan"));

  gtk_editable_set_text (GTK_EDITABLE (title_row), "2027年度 契約見直し");
  g_assert_cmpstr (buntan_project_get_title (project), ==, "2027年度 契約見直し");
  g_assert_true (buntan_project_get_is_modified (project));

  gtk_editable_set_text (GTK_EDITABLE (organization_row), "みどり台病院");
  g_assert_cmpstr (buntan_project_get_organization (project), ==, "みどり台病院");

  /* And back: the model shows in the dialog. */
  buntan_project_set_title (project, "別の題名");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "別の題名");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/buntan/properties-dialog/edit", test_properties);

  return g_test_run ();
}
