/* test-meeting-checks.c — meeting mode shows each vendor's first check
 *
 * An item that vendors confirm shows a row per vendor: its short name, the
 * answer with its date, 目標日 for a “No” and 完了日 when set. The rows of
 * the vendors the meeting is with (whose checks Y/N set) stand out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buntan-meeting-view.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static GPtrArray *
find_vendor_rows (GtkWidget *view)
{
  g_autoptr (GPtrArray) boxes = gui_test_find_all (view, GTK_TYPE_BOX);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < boxes->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (boxes, i), "meeting-vendor-check"))
      g_ptr_array_add (rows, g_ptr_array_index (boxes, i));
  return rows;
}

/* The texts of @row's lines, one per line, in order. */
static char *
dup_row_text (GtkWidget *row)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            gtk_label_get_text (GTK_LABEL (child)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_rows (void)
{
  const char *const attendees[] = { "山田 太郎（病院）", NULL };
  const char *const with_v2[] = { "v2", NULL };
  g_autofree char  *sample = buntan_test_sample_path ();
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, sample);
  g_autoptr (GPtrArray) rows = NULL;
  g_autofree char *today = buntan_date_today ();
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  GtkWidget       *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", "(s^as)",
                                             "part2", attendees));
  /* The meeting is with one of P2-A-1's three vendors. */
  buntan_meeting_set_parties (buntan_project_get_active_meeting (project), with_v2);
  view = _buntan_window_get_meeting_view (window);
  /* The window sets the parties before the item; the walk starts on P2-A-1. */
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view), NULL);
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project, "P2-A-1"));

  rows = find_vendor_rows (view);
  g_assert_cmpuint (rows->len, ==, 3);
  text = dup_row_text (g_ptr_array_index (rows, 1));
  expected = g_strdup_printf ("ひかりメディカルソリューションズ\n%s · 2026-10-08",
                              buntan_check_result_get_label (BUNTAN_CHECK_RESULT_YES));
  g_assert_cmpstr (text, ==, expected);
  /* Y/N answer for the vendor the meeting is with, and the row says so. */
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (rows, 0), "answering"));
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (rows, 1), "answering"));
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (rows, 2), "answering"));
  /* The full name is a tooltip away. */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (
                     gtk_widget_get_first_child (g_ptr_array_index (rows, 1))),
                   ==, "株式会社ひかりメディカルソリューションズ");

  /* A “No” with a target date: the row follows the change. */
  g_assert_true (gtk_widget_activate_action (view, "meeting.vendor-check", "(ss)", "v2", "no"));
  buntan_check_set_target (buntan_item_find_check (buntan_project_find_item (project, "P2-A-1"),
                                                   "v2"),
                           "2027-03-31");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_vendor_rows (view);
  g_assert_cmpuint (rows->len, ==, 3);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);
  text = dup_row_text (g_ptr_array_index (rows, 1));
  expected = g_strdup_printf ("ひかりメディカルソリューションズ\n%s · %s\n%s",
                              buntan_check_result_get_label (BUNTAN_CHECK_RESULT_NO), today,
                              _ ("Target 2027-03-31"));
  g_assert_cmpstr (text, ==, expected);

  /* A completion date has a line of its own. */
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project, "P2-A-5"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_vendor_rows (view);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);
  text = dup_row_text (g_ptr_array_index (rows, 0));
  expected = g_strdup_printf ("ひかりメディカルソリューションズ\n%s · 2026-10-08\n%s",
                              buntan_check_result_get_label (BUNTAN_CHECK_RESULT_NO),
                              _ ("Completed 2026-11-12"));
  g_assert_cmpstr (text, ==, expected);
  /* The only vendor: nothing to pick out. */
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (rows, 0), "answering"));

  /* An item no vendor confirms keeps its single line. */
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project, "P1-A-1"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_vendor_rows (view);
  g_assert_cmpuint (rows->len, ==, 0);

  g_assert_true (gtk_widget_activate_action (view, "meeting.leave", NULL));
  buntan_project_set_is_modified (project, FALSE);
  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/meeting-checks/rows", test_rows);

  return g_test_run ();
}
