/* test-compare-file.c — Compare with File… in the window
 *
 * The window's project is compared with another project file read from
 * disk: the dialog lists the changes from that file to the state shown, in
 * words; a file that cannot be read is explained, naming it, and the
 * project in the window stays exactly as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-comparison-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

/* The rows of the dialog's list of changes, one text each. */
static GPtrArray *
dup_change_rows (GtkWindow *dialog)
{
  GtkListBox *list = gui_test_find_visible (dialog, GTK_TYPE_LIST_BOX);
  GPtrArray  *rows = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

      g_ptr_array_add (rows, g_strdup (gtk_label_get_text (GTK_LABEL (label))));
    }

  return rows;
}

static gboolean
rows_have (GPtrArray *rows, const char *first_words, const char *second_words)
{
  for (guint i = 0; i < rows->len; i++)
    {
      const char *text = g_ptr_array_index (rows, i);

      if (strstr (text, first_words) != NULL && strstr (text, second_words) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The fixture as a colleague edited it: one note, one owner, one item. */
static char *
write_edited_copy (const char *dir, const char *source, char **added_id)
{
  g_autofree char *path = g_build_filename (dir, "edited.buntan", NULL);
  g_autoptr (BuntanProject) project = buntan_test_load_path (source);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanItem *added;

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "夜間の連絡先を追記");
  buntan_project_set_item_owner (project, buntan_project_find_item (project, "P1-A-1"), "v1");
  added = buntan_project_add_custom_item (project, 1, "A", NULL);
  buntan_item_set_title (added, "院内ネットワークの監視");
  *added_id = g_strdup (buntan_item_get_id (added));
  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static void
test_changes_listed (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char *original = buntan_test_copy_file (source, dir, "original.buntan");
  g_autofree char *added_id = NULL;
  g_autofree char *edited = write_edited_copy (dir, source, &added_id);
  g_autofree char *item_added = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = gui_window_open (window, edited);
  GtkWindow     *dialog;

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with-file-to", "s", original));
  GUI_TEST_WAIT ((dialog = gui_test_find_toplevel (BUNTAN_TYPE_COMPARISON_DIALOG)) != NULL);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (
    (gui_test_find_label_containing (dialog, "3 changes since “original.buntan”") != NULL));

  rows = dup_change_rows (dialog);
  g_assert_cmpuint (rows->len, ==, 3);
  /* A screen reader names the list by its heading. */
  gtk_test_accessible_assert_relation (gui_test_find_visible (dialog, GTK_TYPE_LIST_BOX),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                       gui_test_find_label_containing (dialog, "3 changes since"),
                                       NULL);
  g_assert_true (rows_have (rows, "P2-A-1", "夜間の連絡先を追記"));
  g_assert_true (rows_have (rows, "P1-A-1", "owner"));
  item_added = g_strdup_printf ("Item %s added", added_id);
  g_assert_true (rows_have (rows, item_added, "院内ネットワークの監視"));

  /* Only looked at: the window's project is the same, unchanged. */
  g_assert_true (buntan_window_get_project (window) == project);
  g_assert_false (buntan_project_get_is_modified (project));
  gtk_window_destroy (dialog);

  /* The same file against itself: nothing to list. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with-file-to", "s", edited));
  GUI_TEST_WAIT ((dialog = gui_test_find_toplevel (BUNTAN_TYPE_COMPARISON_DIALOG)) != NULL);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (
    (gui_test_find_label_containing (dialog, "No differences from “edited.buntan”") != NULL));
  g_assert_null (gui_test_find_visible (dialog, GTK_TYPE_LIST_BOX));
  gtk_window_destroy (dialog);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_broken_file (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char  *path = buntan_test_copy_file (source, dir, "ours.buntan");
  g_autofree char  *broken = g_build_filename (dir, "broken.buntan", NULL);
  g_autofree char  *before = NULL;
  g_autofree char  *after = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (broken, "{ \"format\": 2, \"items\": [", -1, NULL));
  before = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with-file-to", "s", broken));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Could Not Compare with “broken.buntan”");
  /* The reader's words: the file and the place where it breaks. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken.buntan: line 1"));
  g_assert_nonnull (
    strstr (adw_message_dialog_get_body (dialog), "The open project stays as it is, unchanged."));
  g_assert_null (gui_test_find_toplevel (BUNTAN_TYPE_COMPARISON_DIALOG));

  /* The window shows the same project, not modified, its content intact. */
  g_assert_true (buntan_window_get_project (window) == project);
  g_assert_false (buntan_project_get_is_modified (project));
  after = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  g_assert_cmpstr (after, ==, before);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
save_project (BuntanProject *project, const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
}

/* Three hundred changes still fit a 1024×768 screen: the list scrolls. */
static void
test_long_list_scrolls (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *ours = g_build_filename (dir, "ours.buntan", NULL);
  g_autofree char *theirs = g_build_filename (dir, "theirs.buntan", NULL);
  g_autoptr (BuntanProject) open_items = buntan_test_project_of_items ("ours", 300, "open");
  g_autoptr (BuntanProject) agreed_items = buntan_test_project_of_items ("theirs", 300, "agreed");
  g_autoptr (GPtrArray) rows = NULL;
  BuntanWindow      *window = gui_window_new_sized (application, 1024, 768);
  GtkWindow         *dialog;
  GtkScrolledWindow *scrolled;
  GtkAdjustment     *adjustment;
  int                minimum_height, minimum_width;

  save_project (open_items, ours);
  save_project (agreed_items, theirs);
  gui_window_open (window, ours);
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with-file-to", "s", theirs));
  GUI_TEST_WAIT ((dialog = gui_test_find_toplevel (BUNTAN_TYPE_COMPARISON_DIALOG)) != NULL);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  rows = dup_change_rows (dialog);
  g_assert_cmpuint (rows->len, >=, 300);
  g_assert_true (
    (gui_test_find_label_containing (dialog, " changes since “theirs.buntan”") != NULL));

  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, -1, &minimum_height, NULL,
                      NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum_height, <=, 768);
  g_assert_cmpint (minimum_width, <=, 1024);
  scrolled = gui_test_find_visible (dialog, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  GUI_TEST_WAIT (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 768);

  gtk_window_destroy (dialog);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static gboolean
chooser_in_folder (GtkWidget *chooser, GFile *folder)
{
  g_autoptr (GFile) current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

  return current != NULL && g_file_equal (current, folder);
}

static gboolean
chooser_has_file (GtkWidget *chooser, GFile *file)
{
  g_autoptr (GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return chosen != NULL && g_file_equal (chosen, file);
}

/* The menu's entry asks for a project file, starting beside the open one,
 * and compares the file chosen. */
static void
test_file_chosen (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("cli-complete.buntan");
  g_autofree char *path = buntan_test_copy_file (source, dir, "ours.buntan");
  g_autofree char *theirs = buntan_test_copy_file (source, dir, "theirs.buntan");
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (GFile) chosen = g_file_new_for_path (theirs);
  BuntanWindow *window = gui_window_new (application);
  GtkWidget    *chooser;
  GtkWindow    *dialog;

  gui_window_open (window, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with-file", NULL));
  GUI_TEST_WAIT ((chooser = gui_test_find_file_chooser ()) != NULL);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==,
                   GTK_FILE_CHOOSER_ACTION_OPEN);
  GUI_TEST_WAIT (chooser_in_folder (chooser, folder));
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), chosen, NULL));
  GUI_TEST_WAIT (chooser_has_file (chooser, chosen));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  GUI_TEST_WAIT ((dialog = gui_test_find_toplevel (BUNTAN_TYPE_COMPARISON_DIALOG)) != NULL);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_true (
    (gui_test_find_label_containing (dialog, "No differences from “theirs.buntan”") != NULL));
  g_assert_null (gui_test_find_file_chooser ());

  /* Escape closes it, as every dialog of the window. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  if (gui_test_keys_possible ())
    {
      gui_test_focus_window (dialog);
      gui_test_send_keys ("Escape");
      GUI_TEST_WAIT (dialog == NULL);
    }
  else
    gtk_window_destroy (dialog);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  /* Accessible relations are kept only with an accessibility backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/compare-file/changes-listed", test_changes_listed);
  g_test_add_func ("/buntan/compare-file/broken-file", test_broken_file);
  g_test_add_func ("/buntan/compare-file/file-chosen", test_file_chosen);
  g_test_add_func ("/buntan/compare-file/long-list-scrolls", test_long_list_scrolls);

  return g_test_run ();
}
