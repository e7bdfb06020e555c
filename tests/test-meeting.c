/* test-meeting.c — the decision log of meetings: recording, undo, saving and loading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static BuntanProject *
load_data (const char *data)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_bytes (bytes, "test.buntan", &error);

  g_assert_no_error (error);
  return project;
}

static void
assert_meetings_equal (BuntanMeeting *a, BuntanMeeting *b)
{
  g_assert_cmpstr (buntan_meeting_get_started (a), ==, buntan_meeting_get_started (b));
  g_assert_cmpstr (buntan_meeting_get_ended (a), ==, buntan_meeting_get_ended (b));
  g_assert_true (g_strv_equal (buntan_meeting_get_attendees (a), buntan_meeting_get_attendees (b)));
  g_assert_cmpuint (buntan_meeting_get_n_decisions (a), ==, buntan_meeting_get_n_decisions (b));

  for (guint i = 0; i < buntan_meeting_get_n_decisions (a); i++)
    {
      const BuntanDecision *x = buntan_meeting_get_decision (a, i);
      const BuntanDecision *y = buntan_meeting_get_decision (b, i);

      g_assert_cmpstr (x->time, ==, y->time);
      g_assert_cmpstr (x->item_id, ==, y->item_id);
      g_assert_cmpstr (x->field, ==, y->field);
      g_assert_cmpstr (x->from, ==, y->from);
      g_assert_cmpstr (x->to, ==, y->to);
    }
}

static void
test_new (void)
{
  const char    *typed[] = { "  山田 太郎 ", "", "   ", "Sato Hanako", NULL };
  const char    *expected[] = { "山田 太郎", "Sato Hanako", NULL };
  BuntanMeeting *meeting = buntan_meeting_new ("2026-11-03T10:00:00+09:00", typed);

  g_assert_cmpstr (buntan_meeting_get_started (meeting), ==, "2026-11-03T10:00:00+09:00");
  g_assert_null (buntan_meeting_get_ended (meeting));
  g_assert_true (g_strv_equal (buntan_meeting_get_attendees (meeting), expected));
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 0);

  buntan_meeting_add_decision (meeting, "2026-11-03T10:01:00+09:00", "P2-A-1", "clause", "",
                               "第3条");
  /* Empty counts as unset. */
  buntan_test_assert_decision (meeting, 0, "P2-A-1", "clause", NULL, "第3条");

  g_assert_true (buntan_decision_field_is_valid ("first_check_date"));
  g_assert_false (buntan_decision_field_is_valid ("first-check-date"));
  g_assert_false (buntan_decision_field_is_valid ("title"));
  g_assert_false (buntan_decision_field_is_valid (NULL));

  g_assert_finalize_object (meeting);
}

static void
test_records_changes (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanItem    *agreed = buntan_project_find_item (project, "P2-A-1");
  BuntanItem    *joint = buntan_project_find_item (project, "P2-A-2");
  const char    *attendees[] = { "山田", "佐藤", NULL };
  const char    *v2_only[] = { "v2", NULL };
  BuntanMeeting *meeting;

  /* Without a meeting nothing is logged. */
  buntan_item_set_note (agreed, "before the meeting");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (project)), ==, 0);
  g_assert_null (buntan_project_get_active_meeting (project));

  buntan_project_set_is_modified (project, FALSE);
  meeting = buntan_project_start_meeting (project, attendees);
  g_assert_true (buntan_project_get_active_meeting (project) == meeting);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (project)), ==, 1);
  g_assert_true (buntan_date_time_is_valid (buntan_meeting_get_started (meeting)));
  g_assert_true (g_strv_equal (buntan_meeting_get_attendees (meeting), attendees));
  /* A meeting is worth saving even before anything changes. */
  g_assert_true (buntan_project_get_is_modified (project));

  buntan_item_set_owner (joint, "v2");
  buntan_item_set_participants (joint, v2_only);
  buntan_item_set_participants (joint, NULL);
  buntan_item_set_status (agreed, BUNTAN_ITEM_STATUS_DISCUSSING);
  /* v2 now leads alone: the answer is its; the version 1 file's first
   * check of P2-A-1 became v1's. */
  buntan_check_set_result (buntan_item_ensure_check (joint, "v2"), BUNTAN_CHECK_RESULT_YES);
  buntan_check_set_date (buntan_item_ensure_check (joint, "v2"), "2026-11-03");
  buntan_check_set_completed (buntan_item_find_check (agreed, "v1"), NULL);
  buntan_item_set_clause (agreed, "保守契約書 第13条");
  buntan_item_set_note (agreed, "");
  buntan_item_set_owner (agreed, NULL);
  /* Not part of the negotiation, or no change at all: not logged. */
  buntan_item_set_title (agreed, "別の題");
  buntan_project_set_title (project, "別のプロジェクト");
  buntan_item_set_owner (joint, "v2");

  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 10);
  buntan_test_assert_decision (meeting, 0, "P2-A-2", "owner", "joint", "v2");
  buntan_test_assert_decision (meeting, 1, "P2-A-2", "participants", "v1,v2", "v2");
  buntan_test_assert_decision (meeting, 2, "P2-A-2", "participants", "v2", NULL);
  buntan_test_assert_decision (meeting, 3, "P2-A-1", "status", "agreed", "discussing");
  buntan_test_assert_decision (meeting, 4, "P2-A-2", "first_check", "unset", "yes");
  buntan_test_assert_decision (meeting, 5, "P2-A-2", "first_check_date", NULL, "2026-11-03");
  buntan_test_assert_decision (meeting, 6, "P2-A-1", "completed", "2026-11-20", NULL);
  /* Whose answer changed is said beside it, and only for a vendor's check. */
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 4)->party, ==, "v2");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 5)->party, ==, "v2");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 6)->party, ==, "v1");
  g_assert_null (buntan_meeting_get_decision (meeting, 3)->party);
  g_assert_null (buntan_meeting_get_decision (meeting, 7)->party);
  buntan_test_assert_decision (meeting, 7, "P2-A-1", "clause", "保守契約書 第12条",
                               "保守契約書 第13条");
  buntan_test_assert_decision (meeting, 8, "P2-A-1", "note", "before the meeting", NULL);
  buntan_test_assert_decision (meeting, 9, "P2-A-1", "owner", "v1", NULL);

  buntan_project_end_meeting (project);
  g_assert_null (buntan_project_get_active_meeting (project));
  g_assert_true (buntan_date_time_is_valid (buntan_meeting_get_ended (meeting)));
  g_assert_cmpstr (buntan_meeting_get_ended (meeting), >=, buntan_meeting_get_started (meeting));

  /* After the meeting, nothing more is logged. */
  buntan_item_set_status (agreed, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 10);

  /* Ending twice is harmless. */
  buntan_project_end_meeting (project);

  g_assert_finalize_object (project);
}

static void
test_undo_is_logged (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-1");
  BuntanMeeting *meeting;

  meeting = buntan_project_start_meeting (project, NULL);
  g_assert_cmpuint (g_strv_length ((char **) buntan_meeting_get_attendees (meeting)), ==, 0);

  buntan_history_begin_group (history);
  buntan_item_set_owner (item, BUNTAN_OWNER_JOINT);
  buntan_item_set_participant (item, "v2", TRUE);
  buntan_history_end_group (history);
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_DISCUSSING);

  g_assert_true (buntan_history_undo (history));
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_true (buntan_history_redo (history));

  /* What happened, in order: two changes in one step, one more, the undoing
   * of both steps (the group in reverse), then the redoing of the first. */
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 8);
  buntan_test_assert_decision (meeting, 0, "P2-A-1", "owner", "v1", "joint");
  buntan_test_assert_decision (meeting, 1, "P2-A-1", "participants", "hospital", "hospital,v2");
  buntan_test_assert_decision (meeting, 2, "P2-A-1", "status", "agreed", "discussing");
  buntan_test_assert_decision (meeting, 3, "P2-A-1", "status", "discussing", "agreed");
  buntan_test_assert_decision (meeting, 4, "P2-A-1", "participants", "hospital,v2", "hospital");
  buntan_test_assert_decision (meeting, 5, "P2-A-1", "owner", "joint", "v1");
  buntan_test_assert_decision (meeting, 6, "P2-A-1", "owner", "v1", "joint");
  buntan_test_assert_decision (meeting, 7, "P2-A-1", "participants", "hospital", "hospital,v2");

  /* Undoing everything brings the items back, but the log is new content:
   * the project still has something to save. */
  while (buntan_history_undo (history))
    ;
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  g_assert_true (buntan_project_get_is_modified (project));

  buntan_project_end_meeting (project);
  g_assert_finalize_object (project);
}

static void
test_start_ends_previous (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanMeeting *first = buntan_project_start_meeting (project, NULL);
  BuntanMeeting *second = buntan_project_start_meeting (project, NULL);

  g_assert_true (first != second);
  g_assert_nonnull (buntan_meeting_get_ended (first));
  g_assert_null (buntan_meeting_get_ended (second));
  g_assert_true (buntan_project_get_active_meeting (project) == second);

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-2"), "x");
  g_assert_cmpuint (buntan_meeting_get_n_decisions (first), ==, 0);
  g_assert_cmpuint (buntan_meeting_get_n_decisions (second), ==, 1);

  g_assert_finalize_object (project);
}

static void
test_round_trip (void)
{
  BuntanProject *project = buntan_test_load_fixture ("load-valid.buntan");
  g_autoptr (BuntanProject) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *contents = NULL;
  const char      *attendees[] = { "山田 太郎（病院）", "Sato \"Hanako\"", NULL };
  GListModel      *meetings;
  int              fd;

  buntan_project_start_meeting (project, attendees);
  buntan_item_set_owner (buntan_project_find_item (project, "P2-A-2"), NULL);
  buntan_item_set_clause (buntan_project_find_item (project, "P2-A-1"), "第1条\n第2条");
  buntan_project_end_meeting (project);
  buntan_project_start_meeting (project, NULL);
  buntan_item_set_status (buntan_project_find_item (project, "P1-A-1"),
                          BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  fd = g_file_open_tmp ("buntan-meeting-XXXXXX.buntan", &path, &error);
  g_assert_no_error (error);
  close (fd);
  file = g_file_new_for_path (path);
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);

  /* The member sits after the items. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"meetings\""));
  g_assert_cmpint (strstr (contents, "\"items\"") - contents, <,
                   strstr (contents, "\"meetings\"") - contents);

  loaded = buntan_project_new_from_file (file, &error);
  g_assert_no_error (error);
  meetings = buntan_project_get_meetings (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (BuntanMeeting) a =
        g_list_model_get_item (buntan_project_get_meetings (project), i);
      g_autoptr (BuntanMeeting) b = g_list_model_get_item (meetings, i);

      assert_meetings_equal (a, b);
    }
  /* The meeting that went on when it was saved is not going on any more. */
  g_assert_null (buntan_project_get_active_meeting (loaded));
  {
    g_autoptr (BuntanMeeting) second = g_list_model_get_item (meetings, 1);

    g_assert_null (buntan_meeting_get_ended (second));
    buntan_test_assert_decision (second, 0, "P1-A-1", "status", "agreed", "not-applicable");
  }

  g_unlink (path);
  buntan_project_end_meeting (project);
  g_assert_finalize_object (project);
}

static void
test_file_keeps_unknown_members (void)
{
  BuntanProject   *project = buntan_test_load_fixture ("meeting-valid.buntan");
  g_autofree char *first =
    buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, NULL);
  g_autoptr (BuntanProject) again = load_data (first);
  g_autofree char *second =
    buntan_project_to_data (again, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, NULL);
  g_autoptr (BuntanMeeting) meeting =
    g_list_model_get_item (buntan_project_get_meetings (project), 0);

  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (project)), ==, 2);
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 3);
  buntan_test_assert_decision (meeting, 0, "P2-A-1", "owner", NULL, "v1");
  buntan_test_assert_decision (meeting, 1, "P2-A-2", "participants", "v1", "v1,v2");
  g_assert_cmpstr (buntan_meeting_get_ended (meeting), ==, "2026-11-03T11:30:00+09:00");

  /* A newer Buntan's members in a meeting and in a decision come back. */
  g_assert_nonnull (strstr (first, "\"room\": \"第一会議室\""));
  g_assert_nonnull (strstr (first, "\"by\""));
  g_assert_cmpstr (first, ==, second);

  g_clear_object (&meeting);
  g_assert_finalize_object (project);
}

static void
test_file_order_and_absence (void)
{
  BuntanProject   *project = buntan_test_load_fixture ("load-valid.buntan");
  g_autofree char *plain = NULL;
  g_autofree char *with_unknown = NULL;
  g_autofree char *written = NULL;
  g_autoptr (BuntanProject) later = NULL;
  const char *items, *meetings, *unknown;

  /* Asking for the list, or an empty one, writes nothing: files of projects
   * without meetings stay as they were. */
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (project)), ==, 0);
  plain = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, NULL);
  g_assert_null (strstr (plain, "meetings"));

  /* Unknown members go after the meetings. */
  with_unknown = g_strconcat ("{ \"x-later\": [1, 2], ", strchr (plain, '{') + 1, NULL);
  later = load_data (with_unknown);
  buntan_project_start_meeting (later, NULL);
  written = buntan_project_to_data (later, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, NULL);
  items = strstr (written, "\"items\"");
  meetings = strstr (written, "\"meetings\"");
  unknown = strstr (written, "\"x-later\"");
  g_assert_nonnull (items);
  g_assert_nonnull (meetings);
  g_assert_nonnull (unknown);
  g_assert_true (items < meetings && meetings < unknown);

  buntan_project_end_meeting (later);
  g_assert_finalize_object (project);
}

static void
test_fingerprint_ignores_meetings (void)
{
  BuntanProject   *project = buntan_test_load_fixture ("load-valid.buntan");
  g_autofree char *before = buntan_project_dup_fingerprint (project);
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;

  buntan_project_start_meeting (project, NULL);
  during = buntan_project_dup_fingerprint (project);
  g_assert_cmpstr (before, ==, during);

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "決定");
  after = buntan_project_dup_fingerprint (project);
  g_assert_cmpstr (before, !=, after);

  buntan_project_end_meeting (project);
  g_assert_finalize_object (project);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/meeting/new", test_new);
  g_test_add_func ("/buntan/meeting/records-changes", test_records_changes);
  g_test_add_func ("/buntan/meeting/undo-is-logged", test_undo_is_logged);
  g_test_add_func ("/buntan/meeting/start-ends-previous", test_start_ends_previous);
  g_test_add_func ("/buntan/meeting/round-trip", test_round_trip);
  g_test_add_func ("/buntan/meeting/file-keeps-unknown-members", test_file_keeps_unknown_members);
  g_test_add_func ("/buntan/meeting/file-order-and-absence", test_file_order_and_absence);
  g_test_add_func ("/buntan/meeting/fingerprint-ignores-meetings",
                   test_fingerprint_ignores_meetings);

  return g_test_run ();
}
