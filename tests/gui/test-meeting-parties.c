/* test-meeting-parties.c — the vendors a meeting is held with
 *
 * The start dialog offers a check button per vendor (those of the last
 * meeting checked); the meeting keeps the ones checked, meeting mode's
 * header names them, and the file stores them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-meeting-view.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static GtkCheckButton *
find_check (GPtrArray *checks, const char *label)
{
  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)), label) == 0)
      return g_ptr_array_index (checks, i);

  return NULL;
}

static void
test_start_with_vendors (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("f2file-meetings.buntan");
  g_autofree char *path = buntan_test_copy_file (source, dir, "meeting.buntan");
  g_autofree char *saved = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (GPtrArray) checks = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char  *progress = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  AdwMessageDialog *dialog;
  BuntanMeeting    *meeting;
  JsonArray        *meetings, *parties;
  const char *const v1_only[] = { "v1", NULL };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);

  /* One per vendor, the hospital not among them; the last meeting's checked. */
  checks = gui_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_true (gtk_check_button_get_active (find_check (checks, "株式会社A")));
  g_assert_true (gtk_check_button_get_active (find_check (checks, "株式会社B")));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (find_check (checks, "株式会社B"))));

  gtk_check_button_set_active (find_check (checks, "株式会社B"), FALSE);
  adw_message_dialog_response (dialog, "start");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  meeting = buntan_project_get_active_meeting (project);
  g_assert_nonnull (meeting);
  g_assert_cmpstrv (buntan_meeting_get_parties (meeting), v1_only);

  /* The header names the vendor by its short name. */
  progress = buntan_meeting_view_dup_progress (
    BUNTAN_MEETING_VIEW (_buntan_window_get_meeting_view (window)));
  g_assert_nonnull (strstr (progress, " · with A\n"));

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "会議で確認");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-meeting", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", saved));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));

  g_assert_true (json_parser_load_from_file (parser, saved, NULL));
  meetings =
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "meetings");
  g_assert_cmpuint (json_array_get_length (meetings), ==, 3);
  parties = json_object_get_array_member (json_array_get_object_element (meetings, 2), "parties");
  g_assert_cmpuint (json_array_get_length (parties), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (parties, 0), ==, "v1");

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/meeting-parties/start-with-vendors", test_start_with_vendors);

  return g_test_run ();
}
