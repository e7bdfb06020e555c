/* test-meeting-mode.c — meeting mode and the presentation window, driven through their actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "buntan-meeting-start-dialog.h"
#include "buntan-meeting-view.h"
#include "buntan-meeting-walk.h"
#include "buntan-meeting-window.h"
#include "buntan-window-private.h"
#include "buntan-test-gui.h"

static BuntanApplication *application;
static char              *sample_path;
static const char        *no_one[] = { NULL };

/* Helpers ------------------------------------------------------------------ */

typedef struct
{
  BuntanWindow      *window;
  BuntanProject     *project;
  BuntanMeetingView *view;
} Fixture;

static void
set_flag_cb (gboolean *flag)
{
  *flag = TRUE;
}

static void
destroy_window (GtkWidget *window)
{
  gboolean destroyed = FALSE;

  g_signal_connect_swapped (window, "destroy", G_CALLBACK (set_flag_cb), &destroyed);
  gtk_window_destroy (GTK_WINDOW (window));
  GUI_TEST_WAIT (destroyed);
}

/* A window with the sample open (never saved over: saving goes elsewhere). */
static void
fixture_open (Fixture *fixture)
{
  fixture->window = buntan_window_new (GTK_APPLICATION (application));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  /* Until the first size arrives, a new default size is lost to it: the
   * zoom test resizes the window. */
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)) &&
                 gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 0);

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-file", "s", sample_path));
  GUI_TEST_WAIT (buntan_window_get_project (fixture->window) != NULL);
  fixture->project = buntan_window_get_project (fixture->window);
  fixture->view = BUNTAN_MEETING_VIEW (_buntan_window_get_meeting_view (fixture->window));
}

static void
fixture_start (Fixture *fixture, const char *walk)
{
  const char *attendees[] = { "山田 太郎（病院）", "佐藤 花子（あおば）", NULL };

  fixture_open (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-meeting",
                                             "(s^as)", walk, attendees));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

static void
fixture_close (Fixture *fixture)
{
  buntan_project_set_is_modified (fixture->project, FALSE);
  destroy_window (GTK_WIDGET (fixture->window));
}

static BuntanItem *
item (Fixture *fixture, const char *id)
{
  BuntanItem *found = buntan_project_find_item (fixture->project, id);

  g_assert_nonnull (found);
  return found;
}

static void
show (Fixture *fixture, const char *id)
{
  buntan_meeting_view_set_item (fixture->view, item (fixture, id));
}

static const char *
current_id (Fixture *fixture)
{
  BuntanItem *current = buntan_meeting_view_get_item (fixture->view);

  return current != NULL ? buntan_item_get_id (current) : NULL;
}

static void
act (Fixture *fixture, const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL));
}

static void
act_int (Fixture *fixture, const char *action, int value)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, "i", value));
}

static void
act_string (Fixture *fixture, const char *action, const char *value)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, "s", value));
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Participants as a sorted, comma-joined list, for comparing sets. */
static char *
participants_of (BuntanItem *an_item)
{
  g_auto (GStrv) copy = g_strdupv ((char **) buntan_item_get_participants (an_item));

  qsort (copy, g_strv_length (copy), sizeof (char *), compare_strings);
  return g_strjoinv (",", copy);
}

/* The ids the view shows when it goes round the walk once with "next". */
static GPtrArray *
visit_walk (Fixture *fixture)
{
  GPtrArray *visited = g_ptr_array_new_with_free_func (g_free);
  guint      n = buntan_meeting_view_get_n_walk_items (fixture->view);

  if (n == 0)
    return visited;

  buntan_meeting_view_set_item (fixture->view,
                                buntan_meeting_view_get_walk_item (fixture->view, 0));
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (visited, g_strdup (current_id (fixture)));
      act (fixture, "meeting.next");
    }
  /* Round once: back at the start. */
  g_assert_cmpstr (current_id (fixture), ==, g_ptr_array_index (visited, 0));

  return visited;
}

static void
assert_same_ids (GPtrArray *visited, GPtrArray *expected)
{
  g_assert_cmpuint (visited->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (visited, i), ==, g_ptr_array_index (expected, i));
}

/* The label of @root with @css_class, or fails. */
static GtkLabel *
label_with_class (gpointer root, const char *css_class)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
      return g_ptr_array_index (labels, i);

  g_error ("No label with the class %s", css_class);
}

/* Tests ---------------------------------------------------------------------- */

static void
test_enter_and_leave (void)
{
  Fixture         f = { 0 };
  BuntanPartPage *part2;
  BuntanMeeting  *meeting;
  AdwViewStack   *stack;
  GtkWidget      *header;
  const char *expected[] = { "山田 太郎（病院）", "佐藤 花子（あおば）", NULL };

  fixture_open (&f);
  stack = gui_test_find_visible (f.window, ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (stack, "part2");
  part2 = BUNTAN_PART_PAGE (adw_view_stack_get_visible_child (stack));
  buntan_part_page_select_item (part2, item (&f, "P2-A-4"));
  header = f.window->header_bar;
  g_assert_true (gtk_widget_get_visible (header));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f.view)));
  g_assert_null (buntan_project_get_active_meeting (f.project));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.start-meeting", "(s^as)",
                                             "part2", expected));
  meeting = buntan_project_get_active_meeting (f.project);
  g_assert_nonnull (meeting);
  g_assert_true (g_strv_equal (buntan_meeting_get_attendees (meeting), expected));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f.view)));
  g_assert_false (gtk_widget_get_visible (header));
  /* The meeting goes on from the item that was selected, keys in the view. */
  g_assert_cmpstr (current_id (&f), ==, "P2-A-4");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f.view)));
  /* F5 again does nothing while the meeting goes on. */
  gtk_widget_activate_action (GTK_WIDGET (f.window), "win.start-meeting", "(s^as)", "gaps",
                              expected);
  g_assert_true (buntan_project_get_active_meeting (f.project) == meeting);
  g_assert_cmpstr (buntan_meeting_view_get_walk (f.view), ==, "part2");

  act (&f, "meeting.next");
  act (&f, "meeting.next");
  g_assert_cmpstr (current_id (&f), ==, "P2-A-6");

  act (&f, "meeting.leave");
  /* The stack fades from one page to the other. */
  GUI_TEST_WAIT (!gtk_widget_get_mapped (GTK_WIDGET (f.view)));
  g_assert_true (gtk_widget_get_visible (header));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "part2");
  g_assert_true (buntan_part_page_get_selected_item (part2) == item (&f, "P2-A-6"));
  g_assert_null (buntan_project_get_active_meeting (f.project));
  g_assert_true (buntan_date_time_is_valid (buntan_meeting_get_ended (meeting)));

  /* From the matrix, the meeting comes back to the matrix, the item
   * selected on its Part page all the same. */
  adw_view_stack_set_visible_child_name (stack, "matrix");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.start-meeting", "(s^as)",
                                             "all", no_one));
  g_assert_cmpstr (current_id (&f), ==, "P1-A-1");
  act (&f, "meeting.previous");
  g_assert_cmpstr (current_id (&f), ==, "P2-E-3");
  act (&f, "meeting.previous");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.leave-meeting", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "matrix");
  g_assert_true (buntan_part_page_get_selected_item (part2) == item (&f, "P2-E-2"));
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (f.project)), ==, 2);

  fixture_close (&f);
}

static void
test_start_dialog (void)
{
  Fixture                   f = { 0 };
  BuntanMeetingStartDialog *dialog = NULL;
  GtkTextView              *text_view;
  GtkDropDown              *drop_down;
  BuntanMeeting            *meeting;
  g_auto (GStrv) walks = NULL;
  const char *expected[] = { "山田", "佐藤", NULL };

  fixture_open (&f);
  walks = buntan_meeting_walk_list (f.project);

  /* Cancel: nothing starts. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.meeting", NULL));
  GUI_TEST_WAIT ((dialog = (BuntanMeetingStartDialog *) gui_test_find_message_dialog ()) != NULL);
  g_assert_true (BUNTAN_IS_MEETING_START_DIALOG (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_null (buntan_project_get_active_meeting (f.project));

  /* Names typed one per line, blank lines dropped; the walk chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.meeting", NULL));
  GUI_TEST_WAIT ((dialog = (BuntanMeetingStartDialog *) gui_test_find_message_dialog ()) != NULL);
  text_view = gui_test_find_visible (dialog, GTK_TYPE_TEXT_VIEW);
  drop_down = gui_test_find_visible (dialog, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), ==,
                    g_strv_length (walks));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "  山田\n\n佐藤 \n", -1);
  gtk_drop_down_set_selected (drop_down, 2);
  g_assert_cmpstr (walks[2], ==, "gaps");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "start");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  meeting = buntan_project_get_active_meeting (f.project);
  g_assert_nonnull (meeting);
  g_assert_true (g_strv_equal (buntan_meeting_get_attendees (meeting), expected));
  g_assert_cmpstr (buntan_meeting_view_get_walk (f.view), ==, "gaps");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f.view)));
  act (&f, "meeting.leave");

  /* The next meeting offers the same people. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.meeting", NULL));
  GUI_TEST_WAIT ((dialog = (BuntanMeetingStartDialog *) gui_test_find_message_dialog ()) != NULL);
  {
    g_auto (GStrv) offered = buntan_meeting_start_dialog_dup_attendees (dialog);

    g_assert_true (g_strv_equal ((const char *const *) offered, expected));
  }
  g_assert_cmpstr (buntan_meeting_start_dialog_get_walk (dialog), ==, "gaps");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  fixture_close (&f);
}

static void
test_owner_by_index (void)
{
  Fixture        f = { 0 };
  BuntanItem    *a3, *a7;
  BuntanHistory *history;

  fixture_start (&f, "part2");
  history = buntan_project_get_history (f.project);
  a7 = item (&f, "P2-A-7");
  a3 = item (&f, "P2-A-3");

  /* The parties in the project's order: hospital, v1, v2, v3. */
  show (&f, "P2-A-7");
  act_int (&f, "meeting.owner", 2);
  g_assert_cmpstr (buntan_item_get_owner (a7), ==, "v1");
  act_int (&f, "meeting.owner", 1);
  g_assert_cmpstr (buntan_item_get_owner (a7), ==, BUNTAN_HOSPITAL_ID);
  act_int (&f, "meeting.owner", 4);
  g_assert_cmpstr (buntan_item_get_owner (a7), ==, "v3");
  act_int (&f, "meeting.owner", 0);
  g_assert_null (buntan_item_get_owner (a7));
  /* No fifth party: nothing changes. */
  act_int (&f, "meeting.owner", 5);
  g_assert_null (buntan_item_get_owner (a7));

  /* A supporter made owner no longer merely supports; one step to undo. */
  show (&f, "P2-A-3");
  {
    g_autofree char *before = participants_of (a3);

    g_assert_cmpstr (before, ==, "hospital,v2");
  }
  act_int (&f, "meeting.owner", 3);
  g_assert_cmpstr (buntan_item_get_owner (a3), ==, "v2");
  {
    g_autofree char *after = participants_of (a3);

    g_assert_cmpstr (after, ==, "hospital");
  }
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpstr (buntan_item_get_owner (a3), ==, "v3");
  {
    g_autofree char *undone = participants_of (a3);

    g_assert_cmpstr (undone, ==, "hospital,v2");
  }

  fixture_close (&f);
}

static void
test_joint_and_participants (void)
{
  Fixture     f = { 0 };
  BuntanItem *a4;
  g_autoptr (BuntanMatrix) matrix = NULL;

  fixture_start (&f, "part2");
  a4 = item (&f, "P2-A-4");
  show (&f, "P2-A-4");
  g_assert_cmpstr (buntan_item_get_owner (a4), ==, "v2");

  /* Joint: the owner so far (v2) shares it with its supporter (v3). */
  act (&f, "meeting.joint");
  g_assert_true (buntan_item_is_joint (a4));
  {
    g_autofree char *sharing = participants_of (a4);

    g_assert_cmpstr (sharing, ==, "v2,v3");
  }

  /* Shift+1 and Shift+3: the hospital joins, v2 leaves. */
  act_int (&f, "meeting.participant", 1);
  act_int (&f, "meeting.participant", 3);
  {
    g_autofree char *sharing = participants_of (a4);

    g_assert_cmpstr (sharing, ==, "hospital,v3");
  }

  /* In the matrix: the hospital and v3 lead together, v1 and v2 have nothing. */
  matrix = buntan_matrix_new (f.project, BUNTAN_MATRIX_FLAGS_NONE);
  g_assert_cmpint (buntan_item_get_mark (a4, BUNTAN_HOSPITAL_ID), ==, BUNTAN_MARK_LEAD);
  g_assert_cmpint (buntan_item_get_mark (a4, "v3"), ==, BUNTAN_MARK_LEAD);
  g_assert_cmpint (buntan_item_get_mark (a4, "v2"), ==, BUNTAN_MARK_NONE);
  g_assert_false (buntan_matrix_item_has_gap (matrix, "P2-A-4"));

  /* The owner label names the sharing parties. */
  {
    GtkLabel *owner = label_with_class (f.view, "meeting-owner");

    g_assert_nonnull (strstr (gtk_label_get_text (owner), "医療法人社団 みどり会 みどり台病院"));
    g_assert_nonnull (strstr (gtk_label_get_text (owner), "株式会社みなとネットワークサービス"));
  }

  /* The owner of a single-owner item cannot also support it. */
  show (&f, "P2-A-5");
  act_int (&f, "meeting.participant", 3);
  g_assert_false (buntan_item_has_participant (item (&f, "P2-A-5"), "v2"));
  act_int (&f, "meeting.participant", 2);
  g_assert_true (buntan_item_has_participant (item (&f, "P2-A-5"), "v1"));

  fixture_close (&f);
}

static void
test_status_and_first_check (void)
{
  Fixture          f = { 0 };
  BuntanItemStatus expected[] = {
    BUNTAN_ITEM_STATUS_DISCUSSING,
    BUNTAN_ITEM_STATUS_AGREED,
    BUNTAN_ITEM_STATUS_NOT_APPLICABLE,
    BUNTAN_ITEM_STATUS_OPEN,
  };
  g_autofree char *today = buntan_date_today ();
  BuntanItem      *a7;

  fixture_start (&f, "part2");
  a7 = item (&f, "P2-A-7");
  show (&f, "P2-A-7");
  g_assert_cmpint (buntan_item_get_status (a7), ==, BUNTAN_ITEM_STATUS_OPEN);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      act (&f, "meeting.status-cycle");
      g_assert_cmpint (buntan_item_get_status (a7), ==, expected[i]);
    }
  act (&f, "meeting.agree");
  g_assert_cmpint (buntan_item_get_status (a7), ==, BUNTAN_ITEM_STATUS_AGREED);
  act (&f, "meeting.agree");
  g_assert_cmpint (buntan_item_get_status (a7), ==, BUNTAN_ITEM_STATUS_AGREED);

  g_assert_cmpint (buntan_item_get_first_check (a7), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_null (buntan_item_get_first_check_date (a7));
  act_string (&f, "meeting.first-check", "yes");
  g_assert_cmpint (buntan_item_get_first_check (a7), ==, BUNTAN_CHECK_RESULT_YES);
  g_assert_cmpstr (buntan_item_get_first_check_date (a7), ==, today);

  fixture_close (&f);
}

/* P2-A-3 is v3's, with v2 supporting: two vendors confirm it, and this
 * meeting names neither, so a Y/N asks whose answer it is. */
static void
test_vendor_checks (void)
{
  Fixture               f = { 0 };
  g_autofree char      *today = buntan_date_today ();
  BuntanItem           *a3;
  BuntanCheck          *check;
  GtkWindow            *chooser;
  BuntanMeeting        *meeting;
  const BuntanDecision *decision;

  fixture_start (&f, "part2");
  a3 = item (&f, "P2-A-3");
  /* The sample: both vendors of the item answered はい on 2026-10-15. */
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (a3, "v2")), ==,
                   BUNTAN_CHECK_RESULT_YES);
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (a3, "v3")), ==,
                   BUNTAN_CHECK_RESULT_YES);
  show (&f, "P2-A-3");
  act_string (&f, "meeting.first-check", "no");
  chooser = buntan_meeting_view_get_vendor_chooser (f.view);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (chooser));
  /* Nothing changes before the chooser is answered. */
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (a3, "v2")), ==,
                   BUNTAN_CHECK_RESULT_YES);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (chooser), "v2");
  check = buntan_item_find_check (a3, "v2");
  g_assert_nonnull (check);
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpstr (buntan_check_get_date (check), ==, today);
  /* The other vendor's answer stays its own. */
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (a3, "v3")), ==,
                   BUNTAN_CHECK_RESULT_YES);
  g_assert_cmpstr (buntan_check_get_date (buntan_item_find_check (a3, "v3")), ==, "2026-10-15");
  gtk_window_destroy (chooser);
  g_assert_null (buntan_meeting_view_get_vendor_chooser (f.view));

  /* The log says whose answer changed, in its own member. */
  meeting = buntan_project_get_active_meeting (f.project);
  decision = buntan_meeting_get_decision (meeting, buntan_meeting_get_n_decisions (meeting) - 2);
  g_assert_cmpstr (decision->item_id, ==, "P2-A-3");
  g_assert_cmpstr (decision->field, ==, BUNTAN_DECISION_FIRST_CHECK);
  g_assert_cmpstr (decision->party, ==, "v2");
  g_assert_cmpstr (decision->from, ==, "yes");
  g_assert_cmpstr (decision->to, ==, "no");
  g_assert_cmpstr (decision->source, ==, BUNTAN_DECISION_SOURCE_MEETING_KEY);
  decision = buntan_meeting_get_decision (meeting, buntan_meeting_get_n_decisions (meeting) - 1);
  g_assert_cmpstr (decision->field, ==, BUNTAN_DECISION_FIRST_CHECK_DATE);
  g_assert_cmpstr (decision->party, ==, "v2");
  g_assert_cmpstr (decision->from, ==, "2026-10-15");
  g_assert_cmpstr (decision->to, ==, today);

  /* Naming the vendor sets its check alone; one that does not confirm the
   * item is refused. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (f.view), "meeting.vendor-check", "(ss)", "v3", "no"));
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (a3, "v3")), ==,
                   BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpstr (buntan_meeting_get_decision (meeting,
                                                buntan_meeting_get_n_decisions (meeting) - 2)
                     ->party,
                   ==, "v3");
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (f.view), "meeting.vendor-check", "(ss)", "v1", "yes"));
  g_assert_null (buntan_item_find_check (a3, "v1"));

  fixture_close (&f);
}

static void
test_navigation_wraps (void)
{
  Fixture     f = { 0 };
  GListModel *part2;
  g_autoptr (GPtrArray) visited = NULL;
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  guint n;

  fixture_start (&f, "part2");
  part2 = buntan_project_get_part_items (f.project, 2);
  n = g_list_model_get_n_items (part2);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) part_item = g_list_model_get_item (part2, i);

      g_ptr_array_add (expected, g_strdup (buntan_item_get_id (part_item)));
    }

  visited = visit_walk (&f);
  assert_same_ids (visited, expected);

  /* Past the last item comes the first; before the first, the last. */
  show (&f, g_ptr_array_index (expected, n - 1));
  act (&f, "meeting.next");
  g_assert_cmpstr (current_id (&f), ==, g_ptr_array_index (expected, 0));
  act (&f, "meeting.previous");
  g_assert_cmpstr (current_id (&f), ==, g_ptr_array_index (expected, n - 1));
  act (&f, "meeting.previous");
  g_assert_cmpstr (current_id (&f), ==, g_ptr_array_index (expected, n - 2));

  /* From an item outside the walk (Part 1): next is the first, previous the last. */
  show (&f, "P1-A-2");
  act (&f, "meeting.next");
  g_assert_cmpstr (current_id (&f), ==, g_ptr_array_index (expected, 0));
  show (&f, "P1-A-2");
  act (&f, "meeting.previous");
  g_assert_cmpstr (current_id (&f), ==, g_ptr_array_index (expected, n - 1));

  /* The progress line says where the meeting is. */
  show (&f, g_ptr_array_index (expected, 2));
  {
    g_autofree char *progress = buntan_meeting_view_dup_progress (f.view);
    g_autofree char *place = g_strdup_printf ("Item 3 of %u", n);

    g_assert_nonnull (strstr (progress, place));
  }

  fixture_close (&f);
}

static void
test_gaps_walk (void)
{
  Fixture f = { 0 };
  g_autoptr (BuntanMatrix) matrix = NULL;
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) visited = NULL;
  guint gaps_in_part2 = 0;

  fixture_start (&f, "part2");

  /* What the checks report, item by item, from the model itself. */
  matrix = buntan_matrix_new (f.project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  for (guint part = 1; part <= 2; part++)
    {
      GListModel *items = buntan_project_get_part_items (f.project, part);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr (BuntanItem) part_item = g_list_model_get_item (items, i);

          if (buntan_matrix_item_has_gap (matrix, buntan_item_get_id (part_item)))
            {
              g_ptr_array_add (expected, g_strdup (buntan_item_get_id (part_item)));
              gaps_in_part2 += part == 2;
            }
        }
    }
  g_assert_cmpuint (expected->len, >, 3);

  /* G from the first item of Part 2 goes to the first gap after it. */
  show (&f, "P2-A-1");
  g_assert_false (buntan_matrix_item_has_gap (matrix, "P2-A-1"));
  act (&f, "meeting.next-gap");
  g_assert_cmpstr (current_id (&f), ==, "P2-A-7");
  g_assert_true (buntan_matrix_item_has_gap (matrix, current_id (&f)));
  /* The progress counts the gaps of the walk. */
  {
    g_autofree char *progress = NULL;
    g_autofree char *gaps = g_strdup_printf ("gaps left %u", gaps_in_part2);

    GUI_TEST_WAIT ((g_free (progress), progress = buntan_meeting_view_dup_progress (f.view),
                    strstr (progress, gaps) != NULL));
  }

  act_string (&f, "meeting.walk", "gaps");
  g_assert_cmpstr (buntan_meeting_view_get_walk (f.view), ==, "gaps");
  /* Exactly those items, in the checklist's order. */
  visited = visit_walk (&f);
  assert_same_ids (visited, expected);

  /* Settling a gap keeps it in the walk (the walk was fixed when it started),
   * and G skips it from then on. */
  show (&f, "P2-A-7");
  act_int (&f, "meeting.owner", 3);
  g_ptr_array_unref (visited);
  visited = visit_walk (&f);
  assert_same_ids (visited, expected);
  show (&f, "P2-A-6");
  act (&f, "meeting.next-gap");
  g_assert_cmpstr (current_id (&f), !=, "P2-A-7");
  g_assert_nonnull (current_id (&f));

  fixture_close (&f);
}

static void
test_vendor_walk (void)
{
  Fixture f = { 0 };
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) visited = NULL;
  const char *cycle[] = { "all", "gaps", "vendor:v1", "vendor:v2", "vendor:v3", "part2" };

  fixture_start (&f, "vendor:v1");
  g_assert_cmpstr (buntan_meeting_view_get_walk (f.view), ==, "vendor:v1");

  for (guint part = 1; part <= 2; part++)
    {
      GListModel *items = buntan_project_get_part_items (f.project, part);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr (BuntanItem) part_item = g_list_model_get_item (items, i);
          BuntanMark mark = buntan_item_get_mark (part_item, "v1");

          /* Lead or support, as the matrix marks it (not △: kept informed). */
          if (mark == BUNTAN_MARK_LEAD || mark == BUNTAN_MARK_SUPPORT)
            g_ptr_array_add (expected, g_strdup (buntan_item_get_id (part_item)));
        }
    }
  g_assert_cmpuint (expected->len, >, 3);

  visited = visit_walk (&f);
  assert_same_ids (visited, expected);

  /* W goes through every walk and back. */
  act_string (&f, "meeting.walk", "part2");
  for (guint i = 0; i < G_N_ELEMENTS (cycle); i++)
    {
      act (&f, "meeting.walk-cycle");
      g_assert_cmpstr (buntan_meeting_view_get_walk (f.view), ==, cycle[i]);
    }

  /* A walk that does not exist is refused. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (f.view), "meeting.walk", "s", "vendor:hospital"));
  g_assert_cmpstr (buntan_meeting_view_get_walk (f.view), ==, "part2");

  fixture_close (&f);
}

static void
test_decision_log_saved (void)
{
  Fixture          f = { 0 };
  g_autofree char *today = buntan_date_today ();
  g_autofree char *folder = g_dir_make_tmp ("buntan-meeting-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "meeting.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (BuntanProject) loaded = NULL;
  g_autoptr (BuntanMeeting) saved = NULL;
  g_autoptr (GError) error = NULL;
  GtkEntry      *entry;
  BuntanMeeting *meeting;

  fixture_start (&f, "part2");
  meeting = buntan_project_get_active_meeting (f.project);
  show (&f, "P2-C-4");

  act_int (&f, "meeting.owner", 2);
  act (&f, "meeting.status-cycle");
  act_string (&f, "meeting.first-check", "yes");

  /* The clause is typed in place; the keys are letters meanwhile. */
  act (&f, "meeting.edit-clause");
  g_assert_true (buntan_meeting_view_get_editing (f.view));
  entry = gui_test_find_visible (f.view, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  g_assert_true (
    gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f.window)), GTK_WIDGET (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "保守契約書 第8条");
  /* Nothing is recorded before the typing is over. */
  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 4);
  g_signal_emit_by_name (entry, "activate");
  g_assert_false (buntan_meeting_view_get_editing (f.view));
  g_assert_cmpstr (buntan_item_get_clause (item (&f, "P2-C-4")), ==, "保守契約書 第8条");

  /* The note, left by moving on: kept all the same. */
  act (&f, "meeting.edit-note");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
                              gui_test_find_visible (f.view, GTK_TYPE_TEXT_VIEW)),
                            "次回までに見積り", -1);
  act (&f, "meeting.next");
  g_assert_cmpstr (buntan_item_get_note (item (&f, "P2-C-4")), ==, "次回までに見積り");

  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 6);
  buntan_test_assert_decision (meeting, 0, "P2-C-4", "owner", NULL, "v1");
  buntan_test_assert_decision (meeting, 1, "P2-C-4", "status", "open", "discussing");
  /* v1, now the owner, is the one vendor that confirms: the answer is its. */
  buntan_test_assert_decision (meeting, 2, "P2-C-4", "first_check", "unset", "yes");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 2)->party, ==, "v1");
  buntan_test_assert_decision (meeting, 3, "P2-C-4", "first_check_date", NULL, today);
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 3)->party, ==, "v1");
  g_assert_null (buntan_meeting_get_decision (meeting, 1)->party);
  buntan_test_assert_decision (meeting, 4, "P2-C-4", "clause", NULL, "保守契約書 第8条");
  buntan_test_assert_decision (meeting, 5, "P2-C-4", "note", NULL, "次回までに見積り");

  act (&f, "meeting.leave");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.save-to", "s", path));
  GUI_TEST_WAIT (!buntan_project_get_is_modified (f.project));

  loaded = buntan_project_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (loaded)), ==, 1);
  saved = g_list_model_get_item (buntan_project_get_meetings (loaded), 0);
  g_assert_cmpstr (buntan_meeting_get_started (saved), ==, buntan_meeting_get_started (meeting));
  g_assert_cmpstr (buntan_meeting_get_ended (saved), ==, buntan_meeting_get_ended (meeting));
  g_assert_true (
    g_strv_equal (buntan_meeting_get_attendees (saved), buntan_meeting_get_attendees (meeting)));
  g_assert_cmpuint (buntan_meeting_get_n_decisions (saved), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      const BuntanDecision *a = buntan_meeting_get_decision (meeting, i);

      buntan_test_assert_decision (saved, i, a->item_id, a->field, a->from, a->to);
      g_assert_cmpstr (buntan_meeting_get_decision (saved, i)->time, ==, a->time);
      g_assert_cmpstr (buntan_meeting_get_decision (saved, i)->party, ==, a->party);
    }

  fixture_close (&f);
  g_unlink (path);
  g_rmdir (folder);
}

/* The file at @path holds one meeting: @meeting, ended, with the decision of
 * the test; and the project's @title when not %NULL. */
static void
assert_saved_ended (const char *path, BuntanMeeting *meeting, const char *title)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (BuntanProject) loaded = NULL;
  g_autoptr (BuntanMeeting) saved = NULL;
  g_autoptr (GError) error = NULL;

  loaded = buntan_project_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_meetings (loaded)), ==, 1);
  saved = g_list_model_get_item (buntan_project_get_meetings (loaded), 0);
  g_assert_nonnull (buntan_meeting_get_ended (saved));
  g_assert_true (buntan_date_time_is_valid (buntan_meeting_get_ended (saved)));
  g_assert_cmpstr (buntan_meeting_get_ended (saved), ==, buntan_meeting_get_ended (meeting));
  g_assert_cmpstr (buntan_meeting_get_ended (saved), >=, buntan_meeting_get_started (saved));
  g_assert_cmpuint (buntan_meeting_get_n_decisions (saved), ==, 1);
  buntan_test_assert_decision (saved, 0, "P2-C-4", "owner", NULL, "v1");
  if (title != NULL)
    g_assert_cmpstr (buntan_project_get_title (loaded), ==, title);
}

static void
answered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  int *answer = user_data;

  *answer = buntan_window_ask_save_changes_finish (BUNTAN_WINDOW (source), result);
}

/* Closing the window, or quitting, in the middle of a meeting ends it
 * first, so the file saved on the way out has its end time: with the
 * project saved during the meeting (nothing else unsaved), with unsaved
 * changes, and through the question quitting asks of each window. */
static void
test_close_ends_meeting (void)
{
  enum
  {
    SAVED_BEFORE,
    UNSAVED,
    QUITTING,
    N_WAYS
  };

  for (guint way = 0; way < N_WAYS; way++)
    {
      Fixture          f = { 0 };
      g_autofree char *folder = g_dir_make_tmp ("buntan-meeting-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (folder, "meeting.buntan", NULL);
      g_autoptr (BuntanMeeting) meeting = NULL;
      AdwMessageDialog *dialog;
      gboolean          destroyed = FALSE;
      int               answer = -1;

      g_test_message ("way %u", way);
      fixture_start (&f, "part2");
      meeting = g_object_ref (buntan_project_get_active_meeting (f.project));
      show (&f, "P2-C-4");
      act_int (&f, "meeting.owner", 2);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.save-to", "s", path));
      GUI_TEST_WAIT (!buntan_project_get_is_modified (f.project));
      /* Saved in the middle of the meeting: no end time yet. */
      g_assert_null (buntan_meeting_get_ended (meeting));
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f.view)));

      /* Saving goes there from now on, never over the sample. */
      {
        g_autofree char *saved_to = g_file_get_path (buntan_project_get_file (f.project));

        g_assert_cmpstr (saved_to, ==, path);
      }

      /* An unsaved change that is not a decision of the meeting. */
      if (way != SAVED_BEFORE)
        buntan_project_set_title (f.project, "会議中に変えた題名");

      g_signal_connect_swapped (f.window, "destroy", G_CALLBACK (set_flag_cb), &destroyed);
      if (way == QUITTING)
        buntan_window_ask_save_changes_async (f.window, NULL, answered_cb, &answer);
      else
        gtk_window_close (GTK_WINDOW (f.window));

      /* The end time is a change to save: the question comes even when
       * everything else was saved. */
      GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
      g_assert_nonnull (buntan_meeting_get_ended (meeting));
      g_assert_null (buntan_project_get_active_meeting (f.project));
      /* Out of meeting mode, as with leaving it. */
      g_assert_true (gtk_widget_get_visible (f.window->header_bar));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (f.window->main_stack), ==, "project");
      adw_message_dialog_response (dialog, "save");

      if (way == QUITTING)
        {
          GUI_TEST_WAIT (answer != -1);
          g_assert_true (answer);
          destroy_window (GTK_WIDGET (f.window));
        }
      else
        {
          GUI_TEST_WAIT (destroyed);
        }

      assert_saved_ended (path, meeting, way == SAVED_BEFORE ? NULL : "会議中に変えた題名");
      g_unlink (path);
      g_rmdir (folder);
    }
}

/* The size of @label's type in pixels. */
static double
font_pixels (GtkLabel *label)
{
  PangoContext         *context = gtk_widget_get_pango_context (GTK_WIDGET (label));
  PangoFontDescription *font = pango_context_get_font_description (context);
  double                size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  /* Points are 1/72 inch, pixels 1/96. */
  return pango_font_description_get_size_is_absolute (font) ? size : size * 96 / 72;
}

static void
test_zoom_and_guidance (void)
{
  Fixture   f = { 0 };
  GtkLabel *title, *body;
  double    title_px, body_px;

  fixture_start (&f, "part2");
  show (&f, "P2-A-1");
  title = label_with_class (f.view, "meeting-title");
  body = label_with_class (f.view, "meeting-body");

  /* Full HD, as on a projector: type to read from the back of the room. */
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1920, 1080);
  GUI_TEST_WAIT (gtk_widget_get_width (GTK_WIDGET (f.view)) >= 1900 &&
                 gtk_widget_has_css_class (GTK_WIDGET (f.view), "size-8"));
  GUI_TEST_WAIT (font_pixels (body) >= 28);
  title_px = font_pixels (title);
  body_px = font_pixels (body);
  g_assert_cmpfloat (title_px, >=, 48);
  g_assert_cmpfloat (body_px, >=, 28);

  act (&f, "meeting.zoom-in");
  g_assert_cmpuint (buntan_meeting_view_get_zoom (f.view), ==,
                    BUNTAN_MEETING_VIEW_DEFAULT_ZOOM + 1);
  GUI_TEST_WAIT (font_pixels (body) > body_px);
  g_assert_cmpfloat (font_pixels (title), >, title_px);

  for (guint i = 0; i < 20; i++)
    act (&f, "meeting.zoom-out");
  g_assert_cmpuint (buntan_meeting_view_get_zoom (f.view), ==, 0);
  GUI_TEST_WAIT (font_pixels (body) < body_px);
  act (&f, "meeting.zoom-reset");
  g_assert_cmpuint (buntan_meeting_view_get_zoom (f.view), ==, BUNTAN_MEETING_VIEW_DEFAULT_ZOOM);
  GUI_TEST_WAIT (font_pixels (body) == body_px);

  /* A smaller screen shows the same picture in smaller type. */
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1280, 720);
  GUI_TEST_WAIT (gtk_widget_get_width (GTK_WIDGET (f.view)) <= 1300);
  GUI_TEST_WAIT (font_pixels (body) < body_px);

  /* R shows and hides the risk and the recommended practice. */
  g_assert_false (buntan_meeting_view_get_show_guidance (f.view));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (label_with_class (f.view, "meeting-risk"))));
  act (&f, "meeting.toggle-guidance");
  g_assert_true (buntan_meeting_view_get_show_guidance (f.view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (label_with_class (f.view, "meeting-risk"))));
  g_assert_cmpstr (gtk_label_get_text (label_with_class (f.view, "meeting-risk")), ==,
                   buntan_item_get_risk (item (&f, "P2-A-1")));
  act (&f, "meeting.toggle-guidance");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (label_with_class (f.view, "meeting-risk"))));

  fixture_close (&f);
}

static void
test_presentation_follows (void)
{
  Fixture              f = { 0 };
  BuntanMeetingWindow *present;
  BuntanMeetingView   *shown;
  AdwViewStack        *stack;
  BuntanPartPage      *part2;
  GtkLabel            *owner;

  fixture_open (&f);
  stack = gui_test_find_visible (f.window, ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (stack, "part2");
  part2 = BUNTAN_PART_PAGE (adw_view_stack_get_visible_child (stack));
  buntan_part_page_select_item (part2, item (&f, "P2-A-7"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.present", NULL));
  present = BUNTAN_MEETING_WINDOW (_buntan_window_get_present_window (f.window));
  g_assert_nonnull (present);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (present)));
  shown = buntan_meeting_window_get_view (present);
  g_assert_true (buntan_meeting_view_get_follow (shown));
  /* The main window stays as it is. */
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f.view)));
  g_assert_true (buntan_meeting_view_get_project (shown) == f.project);
  g_assert_cmpstr (buntan_item_get_id (buntan_meeting_view_get_item (shown)), ==, "P2-A-7");

  /* A change made in the main window shows at once: same objects. */
  owner = label_with_class (shown, "meeting-owner");
  g_assert_cmpstr (gtk_label_get_text (owner), ==, "Undecided");
  buntan_item_set_owner (item (&f, "P2-A-7"), "v2");
  g_assert_cmpstr (gtk_label_get_text (owner), ==, "株式会社ひかりメディカルソリューションズ");

  /* Another item selected, another item shown. */
  buntan_part_page_select_item (part2, item (&f, "P2-B-4"));
  g_assert_cmpstr (buntan_item_get_id (buntan_meeting_view_get_item (shown)), ==, "P2-B-4");

  /* It changes nothing itself. */
  gtk_widget_activate_action (GTK_WIDGET (shown), "meeting.owner", "i", 2);
  gtk_widget_activate_action (GTK_WIDGET (shown), "meeting.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (shown), "meeting.status-cycle", NULL);
  g_assert_true (buntan_item_is_joint (item (&f, "P2-B-4")));
  g_assert_cmpint (buntan_item_get_status (item (&f, "P2-B-4")), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpstr (buntan_item_get_id (buntan_meeting_view_get_item (shown)), ==, "P2-B-4");

  /* In meeting mode it follows the meeting, and shows its changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.start-meeting", "(s^as)",
                                             "part2", no_one));
  g_assert_cmpstr (buntan_item_get_id (buntan_meeting_view_get_item (shown)), ==, "P2-B-4");
  act (&f, "meeting.next");
  g_assert_cmpstr (buntan_item_get_id (buntan_meeting_view_get_item (shown)), ==, "P2-B-5");
  act_int (&f, "meeting.owner", 0);
  g_assert_cmpstr (gtk_label_get_text (owner), ==, "Undecided");
  act (&f, "meeting.toggle-guidance");
  g_assert_true (buntan_meeting_view_get_show_guidance (shown));

  /* Asking again shows the same window; closing the main window closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.present", NULL));
  g_assert_true (_buntan_window_get_present_window (f.window) == GTK_WIDGET (present));
  g_object_add_weak_pointer (G_OBJECT (present), (gpointer *) &present);
  act (&f, "meeting.leave");
  fixture_close (&f);
  GUI_TEST_WAIT (present == NULL);
}

static void
test_keys (void)
{
  Fixture     f = { 0 };
  BuntanItem *c5;
  const char *clause_before;

  if (!gui_test_keys_possible ())
    {
      g_test_skip ("needs xdotool on an X display");
      return;
    }

  fixture_start (&f, "part2");
  gui_test_focus_window (GTK_WINDOW (f.window));
  show (&f, "P2-C-4");
  c5 = item (&f, "P2-C-5");

  gui_test_send_keys ("Right");
  GUI_TEST_WAIT (g_strcmp0 (current_id (&f), "P2-C-5") == 0);
  gui_test_send_keys ("2");
  GUI_TEST_WAIT (g_strcmp0 (buntan_item_get_owner (c5), "v1") == 0);
  gui_test_send_keys ("j shift+4");
  GUI_TEST_WAIT (buntan_item_has_participant (c5, "v3"));
  g_assert_true (buntan_item_is_joint (c5));
  /* v1 and v3 both confirm it now: "y" asks whose answer, "1" says v1's. */
  gui_test_send_keys ("s y");
  GUI_TEST_WAIT (buntan_meeting_view_get_vendor_chooser (f.view) != NULL &&
                 gtk_window_is_active (buntan_meeting_view_get_vendor_chooser (f.view)));
  gui_test_send_keys ("1");
  GUI_TEST_WAIT (buntan_item_find_check (c5, "v1") != NULL &&
                 buntan_check_get_result (buntan_item_find_check (c5, "v1")) ==
                   BUNTAN_CHECK_RESULT_YES);
  GUI_TEST_WAIT (buntan_meeting_view_get_vendor_chooser (f.view) == NULL);
  g_assert_null (buntan_item_find_check (c5, "v3"));
  g_assert_cmpint (buntan_item_get_status (c5), ==, BUNTAN_ITEM_STATUS_DISCUSSING);
  gui_test_focus_window (GTK_WINDOW (f.window));

  /* Typing a clause: "2" and "s" are letters now, not keys. */
  clause_before = buntan_item_get_clause (c5);
  g_assert_cmpstr (clause_before, ==, "");
  gui_test_send_keys ("c");
  GUI_TEST_WAIT (buntan_meeting_view_get_editing (f.view));
  gui_test_send_keys ("2 s Return");
  GUI_TEST_WAIT (!buntan_meeting_view_get_editing (f.view));
  g_assert_cmpstr (buntan_item_get_clause (c5), ==, "2s");
  g_assert_true (buntan_item_is_joint (c5));
  g_assert_cmpint (buntan_item_get_status (c5), ==, BUNTAN_ITEM_STATUS_DISCUSSING);

  /* And the keys work again; Esc leaves. */
  gui_test_send_keys ("a");
  GUI_TEST_WAIT (buntan_item_get_status (c5) == BUNTAN_ITEM_STATUS_AGREED);
  gui_test_send_keys ("Escape");
  GUI_TEST_WAIT (!gtk_widget_get_mapped (GTK_WIDGET (f.view)));
  g_assert_null (buntan_project_get_active_meeting (f.project));

  fixture_close (&f);
}

int
main (int argc, char *argv[])
{
  int status;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = buntan_test_sample_path ();

  g_test_add_func ("/buntan/meeting-mode/vendor-checks", test_vendor_checks);
  g_test_add_func ("/buntan/meeting-mode/enter-and-leave", test_enter_and_leave);
  g_test_add_func ("/buntan/meeting-mode/start-dialog", test_start_dialog);
  g_test_add_func ("/buntan/meeting-mode/owner-by-index", test_owner_by_index);
  g_test_add_func ("/buntan/meeting-mode/joint-and-participants", test_joint_and_participants);
  g_test_add_func ("/buntan/meeting-mode/status-and-first-check", test_status_and_first_check);
  g_test_add_func ("/buntan/meeting-mode/navigation-wraps", test_navigation_wraps);
  g_test_add_func ("/buntan/meeting-mode/gaps-walk", test_gaps_walk);
  g_test_add_func ("/buntan/meeting-mode/vendor-walk", test_vendor_walk);
  g_test_add_func ("/buntan/meeting-mode/decision-log-saved", test_decision_log_saved);
  g_test_add_func ("/buntan/meeting-mode/close-ends-meeting", test_close_ends_meeting);
  g_test_add_func ("/buntan/meeting-mode/zoom-and-guidance", test_zoom_and_guidance);
  g_test_add_func ("/buntan/meeting-mode/presentation-follows", test_presentation_follows);
  g_test_add_func ("/buntan/meeting-mode/keys", test_keys);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
