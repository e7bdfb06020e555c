/* test-changed-since.c — "changed since 第N版" in the window: the Part filter, the matrix's marks,
 * and the renewal reminder when a project opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project is cli-complete.buntan with version 1 agreed, then P2-A-1's
 * note and P2-C-1's clause changed, and a maintenance contract of v1 that
 * renews on 2027-01-31; BUNTAN_TODAY is 2026-11-02, 90 days before.
 */

#include "config.h"

#include <string.h>

#include "buntan-matrix-view.h"
#include "buntan-meeting-start-dialog.h"
#include "buntan-part-page-private.h"
#include "buntan-test-util.h"
#include "buntan-versions-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static char *
make_project (const char *dir, gboolean agreed)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cli-complete.buntan");
  g_autofree char *path = g_build_filename (dir, "changed.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanContract *contract;

  if (agreed)
    {
      g_assert_nonnull (buntan_project_agree_version (project, "2026-04-01", NULL, FALSE, &error));
      g_assert_no_error (error);
    }
  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "次回に確認");
  buntan_item_set_clause (buntan_project_find_item (project, "P2-C-1"), "第8条");
  contract = buntan_party_add_contract (buntan_project_find_party (project, "v1"),
                                        BUNTAN_CONTRACT_KIND_MAINTENANCE);
  buntan_contract_set_renewal (contract, "2027-01-31");

  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static GtkLabel *
find_label_prefixed (gpointer root, const char *prefix)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), prefix) &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* The filter bar's "changed since" dropdown: the last of its dropdowns. */
static GtkDropDown *
find_changed_drop_down (BuntanPartPage *page)
{
  g_autoptr (GPtrArray) drop_downs = gui_test_find_all (page->filter_bar, GTK_TYPE_DROP_DOWN);

  g_assert_cmpuint (drop_downs->len, ==, 6);
  return g_ptr_array_index (drop_downs, 5);
}

static guint
n_shown (BuntanPartPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (page->filter_model));
}

/* The filter, chosen in its dropdown, shows the changed items; an edit
 * made while it is on joins them once the overview has recomputed. The
 * matrix marks the same rows when asked, with a description. */
static void
test_filter_and_marks (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = make_project (dir, TRUE);
  BuntanWindow    *window = gui_window_new_sized (application, 1024, 768);
  BuntanProject   *project = gui_window_open (window, path);
  BuntanPartPage  *page = gui_show_part (window, 2);
  GtkDropDown     *changed = find_changed_drop_down (page);
  GListModel      *choices = gtk_drop_down_get_model (changed);
  g_autoptr (GtkStringObject) first = NULL;
  GtkWidget      *matrix_view;
  GtkCheckButton *marks;
  GtkLabel       *marked;
  AdwViewStack   *stack;

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (changed)));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  first = g_list_model_get_item (choices, 1);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Changed since version 1");
  g_assert_cmpuint (n_shown (page), ==, 4);

  gtk_drop_down_set_selected (changed, 1);
  g_assert_cmpuint (buntan_item_filter_get_changed_since (page->filter), ==, 1);
  g_assert_cmpuint (n_shown (page), ==, 2);

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-2"), "追記");
  GUI_TEST_WAIT (n_shown (page) == 3);

  /* The matrix: no marks until asked. */
  stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (stack, "matrix");
  matrix_view = adw_view_stack_get_visible_child (stack);
  g_assert_true (BUNTAN_IS_MATRIX_VIEW (matrix_view));
  GUI_TEST_WAIT (find_label_prefixed (matrix_view, "A-1") != NULL);
  g_assert_null (find_label_prefixed (matrix_view, "A-1 Changed"));
  marks = gui_test_find_check_button (matrix_view, "Mark Changes Since Version 1");
  g_assert_nonnull (marks);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (marks)));
  gtk_check_button_set_active (marks, TRUE);
  GUI_TEST_WAIT ((marked = find_label_prefixed (matrix_view, "A-1 Changed")) != NULL);
  g_assert_nonnull (find_label_prefixed (matrix_view, "A-2 Changed"));
  g_assert_nonnull (find_label_prefixed (matrix_view, "C-1 Changed"));
  g_assert_null (find_label_prefixed (matrix_view, "A-3 Changed"));
  g_assert_nonnull (find_label_prefixed (matrix_view, "A-3"));

  /* Withdrawn, version 1 is no longer a choice: the filter lifts. */
  g_assert_true (buntan_project_withdraw_version (project, 1, NULL, "誤り", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 1);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (changed)));
  g_assert_cmpuint (buntan_item_filter_get_changed_since (page->filter), ==, 0);
  g_assert_cmpuint (n_shown (page), ==, 4);

  /* Another, agreed now, is the first choice; nothing changed since it. */
  g_assert_nonnull (buntan_project_agree_version (project, NULL, NULL, TRUE, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  gtk_drop_down_set_selected (changed, 1);
  g_assert_cmpuint (buntan_item_filter_get_changed_since (page->filter), ==, 2);
  g_assert_cmpuint (n_shown (page), ==, 0);
  gtk_drop_down_set_selected (changed, 0);
  g_assert_cmpuint (n_shown (page), ==, 4);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* The meeting's start dialog offers the walk through the changed items,
 * and hands it on when chosen. */
static void
test_meeting_choice (void)
{
  g_autofree char          *dir = gui_make_dir ();
  g_autofree char          *path = make_project (dir, TRUE);
  BuntanWindow             *window = gui_window_new_sized (application, 1024, 768);
  BuntanProject            *project = gui_window_open (window, path);
  BuntanMeetingStartDialog *dialog =
    buntan_meeting_start_dialog_new (GTK_WINDOW (window), project, "changed:1");
  g_autoptr (GPtrArray) drop_downs = gui_test_find_all (dialog, GTK_TYPE_DROP_DOWN);
  GtkDropDown *walks = NULL;
  g_autoptr (GtkStringObject) chosen = NULL;

  for (guint i = 0; i < drop_downs->len && walks == NULL; i++)
    if (GTK_IS_STRING_LIST (gtk_drop_down_get_model (g_ptr_array_index (drop_downs, i))))
      walks = g_ptr_array_index (drop_downs, i);
  g_assert_nonnull (walks);
  chosen =
    g_list_model_get_item (gtk_drop_down_get_model (walks), gtk_drop_down_get_selected (walks));
  g_assert_cmpstr (gtk_string_object_get_string (chosen), ==, "Only items changed since version 1");
  g_assert_cmpstr (buntan_meeting_start_dialog_get_walk (dialog), ==, "changed:1");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Without an agreed version the filter and the marks stay, insensitive,
 * saying why; the reminder still tells of the renewal, with no button. */
static void
test_no_version (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = make_project (dir, FALSE);
  BuntanWindow    *window = gui_window_new_sized (application, 1024, 768);
  BuntanPartPage  *page;
  GtkDropDown     *changed;
  GtkLabel        *toast;

  gui_window_open (window, path);
  page = gui_show_part (window, 2);
  changed = find_changed_drop_down (page);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (changed)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (changed)), "No version"));
  g_assert_nonnull (gui_test_find_check_button (window, "Mark Changes"));
  g_assert_false (
    gtk_widget_get_sensitive (GTK_WIDGET (gui_test_find_check_button (window, "Mark Changes"))));

  GUI_TEST_WAIT ((toast = find_label_prefixed (window, "株式会社いろは保守's contract")) != NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (toast), "agree one first"));
  g_assert_null (gui_test_find_button (window, "_Start Round…"));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Opening the project says once that v1's contract renews, and the
 * toast's button asks for the round with v1 ticked and v2 not. */
static void
test_reminder (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *path = make_project (dir, TRUE);
  BuntanWindow     *window = gui_window_new_sized (application, 1024, 768);
  BuntanProject    *project;
  GtkLabel         *toast;
  GtkButton        *button;
  AdwMessageDialog *dialog;
  GtkCheckButton   *v1, *v2;
  GList            *toplevels;

  project = gui_window_open (window, path);
  GUI_TEST_WAIT ((toast = find_label_prefixed (window, "株式会社いろは保守's contract")) != NULL);
  g_assert_cmpstr (gtk_label_get_text (toast), ==,
                   "株式会社いろは保守's contract (Operation and maintenance) renews on "
                   "2027-01-31. Start a renewal round?");

  button = gui_test_find_button (window, "_Start Round…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 768);
  v1 =
    gui_test_find_check_button (dialog,
                                buntan_party_get_name (buntan_project_find_party (project, "v1")));
  v2 =
    gui_test_find_check_button (dialog,
                                buntan_party_get_name (buntan_project_find_party (project, "v2")));
  g_assert_nonnull (v1);
  g_assert_nonnull (v2);
  g_assert_true (gtk_check_button_get_active (v1));
  g_assert_false (gtk_check_button_get_active (v2));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "start"));

  gtk_widget_activate (GTK_WIDGET (gui_test_find_button (dialog, "_Cancel")));
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BUNTAN_IS_VERSIONS_DIALOG (l->data))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  /* Before the window reads the day. */
  g_setenv ("BUNTAN_TODAY", "2026-11-02", TRUE);

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/changed-since/filter-and-marks", test_filter_and_marks);
  g_test_add_func ("/buntan/changed-since/meeting-choice", test_meeting_choice);
  g_test_add_func ("/buntan/changed-since/no-version", test_no_version);
  g_test_add_func ("/buntan/changed-since/reminder", test_reminder);

  return g_test_run ();
}
