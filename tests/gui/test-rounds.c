/* test-rounds.c — starting a renewal round from the versions dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The button is there only while a version is in force; the question lists
 * the vendors, says how many items the ones ticked would reopen, and starts
 * nothing until one is ticked.
 */

#include "config.h"

#include <string.h>

#include "buntan-test-util.h"
#include "buntan-versions-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static void
test_start_round (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char *path = buntan_test_copy_file (source, dir, "rounds.buntan");
  g_autoptr (GError) error = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  BuntanItem       *renewed = buntan_project_find_item (project, "P2-A-1");
  GListModel       *rounds = buntan_project_get_rounds (project);
  AdwMessageDialog *dialog;
  GtkWindow        *versions_dialog;
  GtkButton        *round_button;
  BuntanParty      *v1 = buntan_project_find_party (project, "v1");
  g_autoptr (BuntanRound) round = NULL;

  /* No version in force, nothing to renew. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.versions", NULL));
  GUI_TEST_WAIT (
    (versions_dialog = GTK_WINDOW (gui_test_find_toplevel (BUNTAN_TYPE_VERSIONS_DIALOG))) != NULL);
  round_button = gui_test_find_button (versions_dialog, "Start _Renewal Round…");
  g_assert_nonnull (round_button);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (round_button)));

  g_assert_nonnull (buntan_project_agree_version (project, "2026-04-01", NULL, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (round_button)));

  gtk_widget_activate (GTK_WIDGET (round_button));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Start a Renewal Round?");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "start"));
  g_assert_null (gui_test_find_check_button (dialog, "hospital"));
  g_assert_nonnull (
    gui_test_find_check_button (dialog,
                                buntan_party_get_name (buntan_project_find_party (project, "v2"))));

  g_assert_false (gtk_check_button_get_active (
    gui_test_find_check_button (dialog, buntan_party_get_name (
                                          buntan_project_find_party (project, "v2")))));
  gtk_check_button_set_active (gui_test_find_check_button (dialog, buntan_party_get_name (v1)),
                               TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "start"));
  g_assert_true (gui_test_has_label (dialog, "1 item goes back to discussion."));

  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (dialog, "_Start Round")));
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 1);
  round = g_list_model_get_item (rounds, 0);
  /* Only the ticked vendor renews: v2 was left unticked. */
  g_assert_cmpuint (g_strv_length ((char **) buntan_round_get_parties (round)), ==, 1);
  g_assert_cmpstr (buntan_round_get_parties (round)[0], ==, "v1");
  g_assert_cmpuint (buntan_round_get_from_version (round), ==, 1);
  g_assert_cmpint (buntan_item_get_status (renewed), ==, BUNTAN_ITEM_STATUS_DISCUSSING);
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (project, "P1-A-1")), ==,
                   BUNTAN_ITEM_STATUS_AGREED);

  gtk_window_destroy (versions_dialog);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/rounds/start-from-versions-dialog", test_start_round);

  return g_test_run ();
}
