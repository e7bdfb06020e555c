/* test-next-year.c — the window starts next year's check from the open project
 *
 * "win.next-year-to" writes next year's project beside last year's and shows
 * it: its answers empty, last year's beside them in the detail pane and in
 * meeting mode; last year's file untouched. Unsaved changes are asked about
 * first, and discarded ones are not carried into next year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-item-detail.h"
#include "buntan-meeting-view.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static GtkWidget *
find_named (GtkWidget *widget, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Starts next year's check to @target and waits until the window shows it. */
static BuntanProject *
start_next_year (BuntanWindow *window, const char *target)
{
  BuntanProject *before = buntan_window_get_project (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-year-to", "s", target));
  GUI_TEST_WAIT (buntan_window_get_project (window) != before);
  GUI_TEST_WAIT (gui_window_pages_show_project (window));
  return buntan_window_get_project (window);
}

static void
assert_answers_empty (BuntanProject *project)
{
  GListModel *items = buntan_project_get_items (project);

  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      GListModel *checks = buntan_item_get_checks (item);

      g_assert_cmpint (buntan_item_get_first_check (item), ==, BUNTAN_CHECK_RESULT_UNSET);
      g_assert_null (buntan_item_get_first_check_date (item));
      g_assert_null (buntan_item_get_completed (item));
      for (guint j = 0; j < g_list_model_get_n_items (checks); j++)
        {
          g_autoptr (BuntanCheck) check = g_list_model_get_item (checks, j);

          g_assert_cmpint (buntan_check_get_result (check), ==, BUNTAN_CHECK_RESULT_UNSET);
          g_assert_null (buntan_check_get_date (check));
          g_assert_null (buntan_check_get_target (check));
        }
    }
}

/* A copy of last year's fixture in @dir, as @name. */
static char *
copy_last_year (const char *dir, const char *name)
{
  g_autofree char *fixture = buntan_test_fixture_path ("nextyear-last.buntan");

  return gui_copy_file (fixture, dir, name);
}

static void
test_start (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *last_path = copy_last_year (dir, "cyber-2025.buntan");
  g_autofree char *next_path = g_build_filename (dir, "cyber-2026.buntan", NULL);
  g_autofree char *last_text = read_text (last_path);
  g_autofree char *last_text_after = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr (BuntanProject) saved = NULL;
  g_autoptr (GPtrArray) vendor_lines = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *last_year = gui_window_open (window, last_path);
  g_autofree char  *last_id = g_strdup (buntan_project_get_id (last_year));
  BuntanProject    *project;
  BuntanPartPage   *page;
  GtkWidget        *detail;
  GtkWidget        *label;
  GtkWidget        *view;
  const char *const attendees[] = { "山田 太郎（病院）", NULL };

  project = start_next_year (window, next_path);

  /* The window shows the new file, under last year's title. */
  file_name = g_file_get_basename (buntan_project_get_file (project));
  g_assert_cmpstr (file_name, ==, "cyber-2026.buntan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "サイバーセキュリティ確認 2025年度 — cyber-2026.buntan");
  g_assert_false (buntan_project_get_is_modified (project));
  assert_answers_empty (project);

  /* What was written is next year's project, naming last year's file. */
  saved = buntan_test_load_path (next_path);
  g_assert_cmpstr (buntan_project_get_previous_id (saved), ==, last_id);
  g_assert_cmpstr (buntan_project_get_previous_file (saved), ==, "cyber-2025.buntan");
  g_assert_cmpstr (buntan_project_get_id (saved), !=, last_id);
  assert_answers_empty (saved);
  /* Last year's file is the record of last year: untouched. */
  last_text_after = read_text (last_path);
  g_assert_cmpstr (last_text_after, ==, last_text);

  /* The detail pane: last year's answer beside each vendor's check. */
  page = gui_show_part (window, 2);
  buntan_part_page_select_item (page, buntan_project_find_item (project, "P2-A-1"));
  detail = gui_test_find_visible (page, BUNTAN_TYPE_ITEM_DETAIL);
  label = find_named (detail, "v2:previous");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   _ ("Last year: No 2025-11-04, target 2026-03-31"));

  /* Meeting mode: the same words under each vendor's row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", "(s^as)",
                                             "part2", attendees));
  view = _buntan_window_get_meeting_view (window);
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project, "P2-A-1"));
  vendor_lines = gui_test_find_all (view, GTK_TYPE_LABEL);
  {
    g_autoptr (GPtrArray) previous = g_ptr_array_new ();

    for (guint i = 0; i < vendor_lines->len; i++)
      if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (vendor_lines, i)),
                     "meeting-vendor-previous") == 0)
        g_ptr_array_add (previous, g_ptr_array_index (vendor_lines, i));
    g_assert_cmpuint (previous->len, ==, 2);
    g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (previous, 0)), ==,
                     _ ("Last year: Yes 2025-11-02"));
    g_assert_cmpstr (gtk_label_get_label (g_ptr_array_index (previous, 1)), ==,
                     _ ("Last year: No 2025-11-04, target 2026-03-31"));
    g_assert_true (
      gtk_widget_has_css_class (g_ptr_array_index (previous, 1), "meeting-vendor-previous"));
    /* Last year's line sits in the vendor's own row, read with it. */
    g_assert_true (
      gtk_widget_has_css_class (gtk_widget_get_parent (g_ptr_array_index (previous, 1)),
                                "meeting-vendor-check"));
  }
  /* Items the vendors confirm keep the hospital's line free of it... */
  label = find_named (view, "meeting-item-previous");
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_get_visible (label));
  /* ...and the hospital's own check shows last year's under this year's. */
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project, "P1-A-2"));
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   _ ("Last year: No 2025-11-03, target 2026-03-31"));
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project, "P2-A-1"));
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_activate_action (view, "meeting.leave", NULL));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Unsaved changes are asked about as when another file is opened; the
 * discarded ones stay out of next year's project, and Cancel changes
 * nothing. */
static void
test_unsaved_changes (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *last_path = copy_last_year (dir, "last.buntan");
  g_autofree char  *next_path = g_build_filename (dir, "next.buntan", NULL);
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *last_year = gui_window_open (window, last_path);
  BuntanProject    *project;
  AdwMessageDialog *dialog;

  buntan_item_set_note (buntan_project_find_item (last_year, "P2-A-1"), "unsaved note");

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-year-to", "s", next_path));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "cancel");
  gui_test_spin (50);
  g_assert_true (buntan_window_get_project (window) == last_year);
  g_assert_false (g_file_test (next_path, G_FILE_TEST_EXISTS));

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-year-to", "s", next_path));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "discard");
  GUI_TEST_WAIT (buntan_window_get_project (window) != last_year);
  project = buntan_window_get_project (window);
  g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (project, "P2-A-1")), !=,
                   "unsaved note");
  g_assert_true (g_file_test (next_path, G_FILE_TEST_EXISTS));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Last year's file is never replaced by next year's; nor does a window
 * without a project start one. */
static void
test_refusals (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *last_path = copy_last_year (dir, "last.buntan");
  g_autofree char  *next_path = g_build_filename (dir, "next.buntan", NULL);
  g_autofree char  *last_text = read_text (last_path);
  g_autofree char  *last_text_after = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *last_year;
  AdwMessageDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-year-to", "s", next_path);
  gui_test_spin (50);
  g_assert_null (buntan_window_get_project (window));
  g_assert_false (g_file_test (next_path, G_FILE_TEST_EXISTS));

  last_year = gui_window_open (window, last_path);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.next-year-to", "s", last_path));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   _ ("Could Not Start Next Year’s Check"));
  adw_message_dialog_response (dialog, "close");
  gui_test_spin (50);
  g_assert_true (buntan_window_get_project (window) == last_year);
  last_text_after = read_text (last_path);
  g_assert_cmpstr (last_text_after, ==, last_text);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/window-next-year/start", test_start);
  g_test_add_func ("/buntan/window-next-year/unsaved-changes", test_unsaved_changes);
  g_test_add_func ("/buntan/window-next-year/refusals", test_refusals);

  return g_test_run ();
}
