/* test-questionnaire.c — Send Questionnaire… in the window
 *
 * The dialog offers the project's vendors; "win.send-questionnaire-to"
 * (the dialog's way after the file chooser, and the tests') writes the
 * workbook and records it; an unknown vendor is refused with a dialog and
 * nothing recorded; the saved file holds the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-questionnaire-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static void
test_send (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char *path = buntan_test_copy_file (source, dir, "send.buntan");
  g_autofree char *workbook = g_build_filename (dir, "回答依頼_v2.xlsx", NULL);
  g_autofree char *refused = g_build_filename (dir, "refused.xlsx", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  BuntanWindow        *window = gui_window_new (application);
  BuntanProject       *project = gui_window_open (window, path);
  GListModel          *questionnaires = buntan_project_get_questionnaires (project);
  AdwMessageDialog    *dialog;
  GtkDropDown         *vendors;
  BuntanQuestionnaire *sent;
  JsonObject          *written;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.send-questionnaire", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_true (BUNTAN_IS_QUESTIONNAIRE_DIALOG (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Send Questionnaire");
  vendors = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (vendors)), ==, 2);
  gtk_drop_down_set_selected (vendors, 1);
  g_assert_cmpstr (buntan_questionnaire_dialog_get_vendor_id (BUNTAN_QUESTIONNAIRE_DIALOG (dialog)),
                   ==, "v2");
  /* A click responds and closes; a response emitted by hand only responds. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (questionnaires), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.send-questionnaire-to",
                                             "(ss)", "v2", workbook));
  g_assert_true (buntan_test_is_workbook (workbook));
  g_assert_cmpuint (g_list_model_get_n_items (questionnaires), ==, 1);
  sent = g_list_model_get_item (questionnaires, 0);
  g_object_unref (sent); /* the list keeps it */
  g_assert_cmpstr (buntan_questionnaire_get_party (sent), ==, "v2");
  g_assert_true (buntan_project_get_is_modified (project));

  /* Refused: said in a dialog, nothing written, nothing recorded. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.send-questionnaire-to",
                                             "(ss)", "nope", refused));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "The questionnaire could not be written");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "nope"));
  adw_message_dialog_response (dialog, "close"); /* the window's handler destroys it */
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (questionnaires), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", saved));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));
  g_assert_true (json_parser_load_from_file (parser, saved, NULL));
  written =
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (
                                                                   json_parser_get_root (parser)),
                                                                 "questionnaires"),
                                   0);
  g_assert_cmpstr (json_object_get_string_member (written, "party"), ==, "v2");
  g_assert_cmpstr (json_object_get_string_member (written, "id"), ==,
                   buntan_questionnaire_get_id (sent));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/questionnaire/send", test_send);

  return g_test_run ();
}
