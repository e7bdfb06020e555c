/* test-versions.c — Agree Version… and Versions… in the window
 *
 * The agree dialog records a version when its button is clicked; the
 * versions dialog lists it, compares it with the current state in words and
 * withdraws it with a reason; the saved file holds all of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-versions-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static void
test_agree_compare_withdraw (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char *path = buntan_test_copy_file (source, dir, "versions.buntan");
  g_autofree char *saved = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  GListModel       *versions = buntan_project_get_versions (project);
  AdwMessageDialog *dialog;
  GtkWindow        *versions_dialog;
  GtkEntry         *entry;
  BuntanVersion    *version;
  JsonObject       *written;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.agree-version", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Agree Version 1?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "No gaps remain."));

  entry = GTK_ENTRY (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (GTK_EDITABLE (entry), "契約締結時の合意");
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 0);
  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (dialog, "_Agree")));
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
  version = buntan_project_find_version (project, 1);
  g_assert_cmpstr (buntan_version_get_note (version), ==, "契約締結時の合意");
  g_assert_true (buntan_project_get_is_modified (project));

  /* Changed since: the comparison says what, in words. */
  buntan_item_set_clause (buntan_project_find_item (project, "P2-A-1"), "第12条");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.versions", NULL));
  GUI_TEST_WAIT (
    (versions_dialog = GTK_WINDOW (gui_test_find_toplevel (BUNTAN_TYPE_VERSIONS_DIALOG))) != NULL);
  gtk_widget_activate (
    GTK_WIDGET (gui_test_find_button (versions_dialog, "_Compare with Current")));
  GUI_TEST_WAIT (
    (gui_test_find_label_containing (versions_dialog, "1 change since version 1") != NULL));
  g_assert_nonnull (gui_test_find_label_containing (versions_dialog, "P2-A-1"));
  g_assert_nonnull (gui_test_find_label_containing (versions_dialog, "第12条"));

  /* Every row has the same buttons; each names its version for a screen reader. */
  gtk_test_accessible_assert_property (gui_test_find_button (versions_dialog,
                                                             "_Compare with Current"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Compare Version 1 with Current");
  gtk_test_accessible_assert_property (gui_test_find_button (versions_dialog, "_Withdraw…"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Withdraw Version 1");

  /* Withdrawn only with a reason. */
  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (versions_dialog, "_Withdraw…")));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "withdraw"));
  entry = GTK_ENTRY (adw_message_dialog_get_extra_child (dialog));
  gtk_editable_set_text (GTK_EDITABLE (entry), "条項番号の誤り");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "withdraw"));
  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (dialog, "_Withdraw")));
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_true (buntan_version_get_withdrawn (version));
  g_assert_nonnull (gui_test_find_label_containing (versions_dialog, "条項番号の誤り"));
  g_assert_false (
    gtk_widget_get_sensitive (GTK_WIDGET (gui_test_find_button (versions_dialog, "_Withdraw…"))));
  gtk_window_destroy (versions_dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", saved));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));
  g_assert_true (json_parser_load_from_file (parser, saved, NULL));
  written =
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (
                                                                   json_parser_get_root (parser)),
                                                                 "versions"),
                                   0);
  g_assert_cmpint (json_object_get_int_member (written, "number"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (written, "note"), ==, "契約締結時の合意");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (written,
                                                                                 "withdrawn"),
                                                  "reason"),
                   ==, "条項番号の誤り");

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  /* Accessible properties are kept only with an accessibility backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/versions/agree-compare-withdraw", test_agree_compare_withdraw);

  return g_test_run ();
}
