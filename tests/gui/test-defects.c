/* test-defects.c — the window defects of issue 12, each as its user met it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-item-detail.h"
#include "buntan-meeting-start-dialog.h"
#include "buntan-parties-dialog.h"
#include "buntan-party-editor.h"
#include "buntan-owner-cell.h"
#include "buntan-status-cell.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;
static char              *documents_dir;

/* Helpers ------------------------------------------------------------------ */

static gboolean
chooser_has_folder (GtkWidget *chooser)
{
  g_autoptr (GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

  return folder != NULL;
}

static gboolean
chooser_in_folder (GtkWidget *chooser, GFile *folder)
{
  g_autoptr (GFile) current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

  return current != NULL && g_file_equal (current, folder);
}

/* Chooses @file in the file chooser as a user would: the dialog answers
 * "Open" only once its folder is read and the file selected in it. */
static void
choose_file (GtkWidget *chooser, GFile *file)
{
  g_autoptr (GFile) parent = g_file_get_parent (file);

  /* The dialog goes to its first folder in the background: choose after. */
  GUI_TEST_WAIT (chooser_has_folder (chooser));
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  GUI_TEST_WAIT (chooser_in_folder (chooser, parent));
  /* The folder is read in the background; the selection follows it. */
  gui_test_spin (300);
  /* GTK lets the dialog go in an idle that still needs its parent. */
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  GUI_TEST_WAIT (chooser == NULL);
}

/* The first widget of @type under @root, which must have one. */
static gpointer
find_first (gpointer root, GType type)
{
  g_autoptr (GPtrArray) found = gui_test_find_all (root, type);

  g_assert_cmpuint (found->len, >, 0);
  return g_ptr_array_index (found, 0);
}

/* The open list of @drop_down: its popover's list view. */
static GtkListView *
popup_list (GtkDropDown *drop_down)
{
  return find_first (drop_down, GTK_TYPE_LIST_VIEW);
}

static GtkWidget *
popup_popover (GtkDropDown *drop_down)
{
  return find_first (drop_down, GTK_TYPE_POPOVER);
}

/* The row of the open list at @position (its children are the rows). */
static GtkWidget *
popup_row (GtkDropDown *drop_down, guint position)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (popup_list (drop_down)));

  for (guint i = 0; row != NULL && i < position; i++)
    row = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (row);
  return row;
}

/* The position of the row of the open list that has the keyboard focus,
 * or G_MAXUINT. */
static guint
popup_focused_position (GtkDropDown *drop_down)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (drop_down)));
  GtkWidget *list = GTK_WIDGET (popup_list (drop_down));
  guint      position = 0;

  while (focus != NULL && gtk_widget_get_parent (focus) != list)
    focus = gtk_widget_get_parent (focus);
  if (focus == NULL)
    return G_MAXUINT;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != focus;
       row = gtk_widget_get_next_sibling (row))
    position++;
  return position;
}

/* The position of the row showing the ✓ of the chosen value, or G_MAXUINT. */
static guint
popup_checked_position (GtkDropDown *drop_down)
{
  GtkWidget *list = GTK_WIDGET (popup_list (drop_down));
  guint      position = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row), position++)
    {
      g_autoptr (GPtrArray) images = gui_test_find_all (row, GTK_TYPE_IMAGE);

      if (images->len > 0 && gtk_widget_get_visible (g_ptr_array_index (images, 0)))
        return position;
    }

  return G_MAXUINT;
}

static void
popup_open (GtkDropDown *drop_down)
{
  g_signal_emit_by_name (drop_down, "activate");
  GUI_TEST_WAIT (gtk_widget_get_mapped (popup_popover (drop_down)));
}

/* ↓ in the open list: the keyboard moves to the next row, which is
 * selected (GtkListBase's cursor keys). */
static void
popup_press_down (GtkDropDown *drop_down)
{
  guint next = popup_focused_position (drop_down) + 1;

  g_assert_cmpuint (next, !=, G_MAXUINT);
  g_assert_true (gtk_widget_grab_focus (popup_row (drop_down, next)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popup_list (drop_down)),
                                             "list.select-item", "(ubb)", next, FALSE, FALSE));
}

/* Enter on the focused row. */
static void
popup_press_enter (GtkDropDown *drop_down)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (popup_list (drop_down)),
                                             "list.activate-item", "u",
                                             popup_focused_position (drop_down)));
}

/* Esc: the list closes without a choice. */
static void
popup_press_escape (GtkDropDown *drop_down)
{
  gtk_popover_popdown (GTK_POPOVER (popup_popover (drop_down)));
  GUI_TEST_WAIT (!gtk_widget_get_mapped (popup_popover (drop_down)));
}

/* Defect 1: ↓ then Esc in an open dropdown cancels; the dropdown forgets
 * the row it was on. */
static void
check_cancelled_choice_forgotten (BuntanItemCell *cell, BuntanItem *item)
{
  GtkDropDown *drop_down = buntan_item_cell_get_drop_down (cell);
  guint        chosen = gtk_drop_down_get_selected (drop_down);

  popup_open (drop_down);
  g_assert_cmpuint (popup_checked_position (drop_down), ==, chosen);
  g_assert_cmpuint (popup_focused_position (drop_down), ==, chosen);
  popup_press_down (drop_down);
  popup_press_escape (drop_down);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, chosen);

  /* Open again: the ✓ and the keyboard are on the value the item has. */
  popup_open (drop_down);
  g_assert_cmpuint (popup_checked_position (drop_down), ==, chosen);
  g_assert_cmpuint (popup_focused_position (drop_down), ==, chosen);

  /* ↓ Enter picks the row after the value, not the one after that. */
  popup_press_down (drop_down);
  popup_press_enter (drop_down);
  GUI_TEST_WAIT (!gtk_widget_get_mapped (popup_popover (drop_down)));
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, chosen + 1);
}

static void
test_dropdown_forgets_cancelled_choice (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanProject  *project = gui_window_open (window, sample_path);
  BuntanPartPage *page = gui_show_part (window, 2);
  BuntanItem     *item = buntan_project_find_item (project, "P2-A-1");
  BuntanItemCell *status, *owner;

  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_OPEN);
  buntan_item_set_owner (item, NULL);
  GUI_TEST_WAIT ((status = gui_row_cell (page, BUNTAN_TYPE_STATUS_CELL, item)) != NULL);
  check_cancelled_choice_forgotten (status, item);
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_DISCUSSING);

  owner = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, item);
  g_assert_nonnull (owner);
  check_cancelled_choice_forgotten (owner, item);
  /* The first party after 未定: the hospital. */
  g_assert_cmpstr (buntan_item_get_owner (item), ==, BUNTAN_HOSPITAL_ID);

  gui_window_destroy (window);
}

/* The warning banner of the detail pane: its words, or NULL when hidden. */
static const char *
banner_text (BuntanItemDetail *detail)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (detail, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *banner = gtk_widget_get_ancestor (label, GTK_TYPE_BOX);

      if (banner != NULL && gtk_widget_has_css_class (banner, "gap-banner") &&
          gtk_widget_is_visible (label))
        return gtk_label_get_label (GTK_LABEL (label));
    }

  return NULL;
}

static gboolean
banner_says (BuntanItemDetail *detail, const char *words)
{
  const char *text = banner_text (detail);

  return text != NULL && strstr (text, words) != NULL;
}

/* Defect 3: add an own item, rename it, undo: the banner speaks of the
 * title the item has again. */
static void
test_banner_follows_undo (void)
{
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, sample_path);
  BuntanPartPage   *page = gui_show_part (window, 2);
  BuntanItemDetail *detail = gui_test_find_visible (page, BUNTAN_TYPE_ITEM_DETAIL);
  BuntanItem       *item;
  GtkWidget        *title_entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-item", NULL));
  item = buntan_part_page_get_selected_item (page);
  g_assert_true (buntan_item_get_custom (item));
  /* Nobody is responsible for the new item yet. */
  GUI_TEST_WAIT (banner_says (detail, "New item"));

  title_entry = gui_test_find_visible (detail, GTK_TYPE_ENTRY);
  if (gui_test_keys_possible ())
    {
      /* As the user does it: the title is selected, typed over, and Ctrl+Z
       * pressed with the keyboard still in the title. */
      g_test_message ("real keys");
      gui_test_focus_window (GTK_WINDOW (window));
      GUI_TEST_WAIT (gtk_widget_has_focus (gtk_widget_get_first_child (title_entry)) ||
                     gtk_widget_has_focus (title_entry));
      gui_test_send_keys ("ctrl+a B a c k u p s");
      GUI_TEST_WAIT (g_strcmp0 (buntan_item_get_title (item), "Backups") == 0);
      GUI_TEST_WAIT (banner_says (detail, "Backups"));
      gui_test_send_keys ("ctrl+z");
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (title_entry), "Backups");
      GUI_TEST_WAIT (banner_says (detail, "Backups"));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    }

  GUI_TEST_WAIT (g_strcmp0 (buntan_item_get_title (item), "New item") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_entry)), ==, "New item");
  GUI_TEST_WAIT (banner_says (detail, "New item"));
  g_assert_false (banner_says (detail, "Backups"));
  g_assert_true (buntan_project_find_item (project, buntan_item_get_id (item)) == item);

  gui_window_destroy (window);
}

/* Defect 4: F5, 開始, Esc without a change: the project stays unmodified,
 * and closing does not ask to save. */
static void
test_empty_meeting_leaves_project_unmodified (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *path = gui_copy_file (sample_path, dir, "meeting.buntan");
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  AdwMessageDialog *dialog;
  gboolean          destroyed = FALSE;

  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
                              gui_test_find_visible (dialog, GTK_TYPE_TEXT_VIEW)),
                            "山田\n佐藤", -1);
  adw_message_dialog_response (dialog, "start");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_nonnull (buntan_project_get_active_meeting (project));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-meeting", NULL));
  g_assert_null (buntan_project_get_active_meeting (project));
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (gui_title_marked (window));

  /* The next meeting still offers the people of this one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  {
    g_auto (GStrv) offered =
      buntan_meeting_start_dialog_dup_attendees (BUNTAN_MEETING_START_DIALOG (dialog));
    const char *expected[] = { "山田", "佐藤", NULL };

    g_assert_true (g_strv_equal ((const char *const *) offered, expected));
  }
  adw_message_dialog_response (dialog, "cancel");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

  /* Closing asks nothing. */
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (gui_set_flag_cb), &destroyed);
  gtk_window_close (GTK_WINDOW (window));
  GUI_TEST_WAIT (destroyed || gui_test_find_message_dialog () != NULL);
  g_assert_null (gui_test_find_message_dialog ());
  g_assert_true (destroyed);

  gui_remove_dir (dir);
}

static GtkWindow *
find_parties_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (BUNTAN_IS_PARTIES_DIALOG (window) && gtk_widget_get_visible (window))
        return GTK_WINDOW (window);
    }

  return NULL;
}

/* Defect 11: a name pasted over the party's name is one step to undo in
 * the party editor: one Ctrl+Z brings the old name back. */
static void
test_pasted_party_name_one_undo (void)
{
  BuntanWindow    *window;
  BuntanProject   *project;
  GtkWindow       *dialog;
  BuntanParty     *party;
  GtkWidget       *name_row;
  GtkWidget       *text;
  g_autofree char *old_name = NULL;

  if (!gui_test_keys_possible ())
    {
      g_test_skip ("needs xdotool on an X display");
      return;
    }

  window = gui_window_new (application);
  project = gui_window_open (window, sample_path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.parties", NULL));
  GUI_TEST_WAIT ((dialog = find_parties_dialog ()) != NULL &&
                 gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  party = buntan_parties_dialog_get_selected (BUNTAN_PARTIES_DIALOG (dialog));
  g_assert_nonnull (party);
  old_name = g_strdup (buntan_party_get_name (party));
  g_assert_cmpstr (old_name, !=, "");

  name_row = find_first (dialog, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, old_name);
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (name_row)));

  gui_test_focus_window (dialog);
  g_assert_true (gtk_widget_grab_focus (text));
  GUI_TEST_WAIT (gtk_widget_has_focus (text));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (text), "株式会社さくらシステム");
  gui_test_send_keys ("ctrl+a ctrl+v");
  GUI_TEST_WAIT (g_strcmp0 (buntan_party_get_name (party), "株式会社さくらシステム") == 0);

  gui_test_send_keys ("ctrl+z");
  GUI_TEST_WAIT (
    g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (name_row)), "株式会社さくらシステム") != 0);
  gui_test_spin (200);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, old_name);
  g_assert_cmpstr (buntan_party_get_name (party), ==, old_name);

  gtk_window_destroy (dialog);
  g_assert_true (buntan_window_get_project (window) == project);
  gui_window_destroy (window);
}

/* Defect 9: the owner list with a 200-character vendor name stays narrow
 * and shows the whole name, wrapped. */
static void
test_owner_popup_width (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanProject  *project = gui_window_open (window, sample_path);
  BuntanPartPage *page = gui_show_part (window, 2);
  BuntanItem     *item = buntan_project_find_item (project, "P2-A-1");
  g_autoptr (GString) long_name = g_string_new ("株式会社");
  BuntanParty    *vendor;
  BuntanItemCell *owner;
  GtkDropDown    *drop_down;
  GtkWidget      *popover;
  GtkWidget      *row;
  g_autoptr (GPtrArray) labels = NULL;
  gboolean shown_whole = FALSE;

  while (g_utf8_strlen (long_name->str, -1) < 200)
    g_string_append (long_name, "ながいながいなまえのシステムサービス");
  vendor = buntan_project_add_vendor (project, long_name->str);
  GUI_TEST_WAIT ((owner = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, item)) != NULL);
  drop_down = buntan_item_cell_get_drop_down (owner);
  popup_open (drop_down);
  popover = popup_popover (drop_down);
  GUI_TEST_WAIT (gtk_widget_get_width (popover) > 0);

  row = popup_row (drop_down,
                   buntan_project_get_party_position (project, buntan_party_get_id (vendor)) + 1);
  labels = gui_test_find_all (row, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (label), long_name->str) == 0 &&
          gtk_label_get_ellipsize (label) == PANGO_ELLIPSIZE_NONE)
        shown_whole = TRUE;
    }
  g_assert_true (shown_whole);
  g_test_message ("popover %d px wide in a window of %d px", gtk_widget_get_width (popover),
                  gtk_widget_get_width (GTK_WIDGET (window)));
  /* Readable beside its button: well within half the window. */
  g_assert_cmpint (gtk_widget_get_width (popover), <,
                   gtk_widget_get_width (GTK_WIDGET (window)) / 2);

  popup_press_escape (drop_down);
  gui_window_destroy (window);
}

/* The words a list row's owner cell shows (its button, before and after
 * its dropdown is made). */
static gboolean
cell_shows (BuntanItemCell *cell, const char *words)
{
  g_autoptr (GPtrArray) inscriptions = gui_test_find_all (cell, GTK_TYPE_INSCRIPTION);
  g_autoptr (GPtrArray) labels = gui_test_find_all (cell, GTK_TYPE_LABEL);

  for (guint i = 0; i < inscriptions->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (inscriptions, i)) &&
        g_strcmp0 (gtk_inscription_get_text (g_ptr_array_index (inscriptions, i)), words) == 0)
      return TRUE;
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), words) == 0)
      return TRUE;

  return FALSE;
}

/* The owner column shows the party's short name (略称), told apart from the
 * project's other parties'; never a cut-off legal name. */
static void
test_owner_column_short_names (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanProject  *project = gui_window_open (window, sample_path);
  BuntanPartPage *page = gui_show_part (window, 2);
  BuntanItem     *first = buntan_project_find_item (project, "P2-A-1");
  BuntanItem     *second = buntan_project_find_item (project, "P2-A-2");
  BuntanParty    *v1 = buntan_project_find_party (project, "v1");
  BuntanParty    *twin;
  BuntanItemCell *cell;

  g_assert_cmpstr (buntan_party_get_name (v1), ==, "株式会社あおば医療システム");
  twin = buntan_project_add_vendor (project, "あおば医療システム株式会社");
  buntan_item_set_owner (first, "v1");
  buntan_item_set_owner (second, buntan_party_get_id (twin));

  GUI_TEST_WAIT ((cell = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, first)) != NULL);
  GUI_TEST_WAIT (cell_shows (cell, "あおば医療システム"));
  GUI_TEST_WAIT ((cell = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, second)) != NULL);
  GUI_TEST_WAIT (cell_shows (cell, "あおば医療システム2"));

  /* A rename shows at once. */
  buntan_party_set_name (twin, "有限会社みどり電算");
  GUI_TEST_WAIT (cell_shows (cell, "みどり電算"));

  /* Once used, the row's dropdown keeps to the short name on its button. */
  cell = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, first);
  buntan_item_cell_get_drop_down (cell);
  GUI_TEST_WAIT (cell_shows (cell, "あおば医療システム"));
  g_assert_false (cell_shows (cell, "株式会社あおば医療システム"));

  gui_window_destroy (window);
}

/* The file chooser ---------------------------------------------------------- */

/* Without a project, "Open…" starts in the Documents folder, not in the
 * folder the program was started from. */
static void
test_chooser_starts_in_documents (void)
{
  BuntanWindow *window = gui_window_new (application);
  GtkWidget    *chooser;
  g_autoptr (GFile) folder = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  GUI_TEST_WAIT ((chooser = gui_test_find_file_chooser ()) != NULL);
  GUI_TEST_WAIT (chooser_has_folder (chooser));
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (g_file_peek_path (folder), ==, documents_dir);

  /* GTK lets the dialog go in an idle that still needs its parent. */
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  GUI_TEST_WAIT (chooser == NULL);
  gui_window_destroy (window);
}

/* Defect 7: a file chosen in the dialog that does not open is not offered
 * among the recent projects. */
static void
test_failed_open_not_recent (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *broken_source = gui_source_path ("tests", "data", "gui-broken.buntan", NULL);
  g_autofree char *broken = gui_copy_file (broken_source, dir, "broken.buntan");
  g_autofree char *good = gui_copy_file (sample_path, dir, "good.buntan");
  g_autoptr (GFile) broken_file = g_file_new_for_path (broken);
  g_autoptr (GFile) good_file = g_file_new_for_path (good);
  g_autofree char  *broken_uri = g_file_get_uri (broken_file);
  g_autofree char  *good_uri = g_file_get_uri (good_file);
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  BuntanWindow     *window = gui_window_new (application);
  GtkWidget        *chooser;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  GUI_TEST_WAIT ((chooser = gui_test_find_file_chooser ()) != NULL);
  choose_file (chooser, broken_file);
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Project");
  adw_message_dialog_response (dialog, "close");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_false (gtk_recent_manager_has_item (recent, broken_uri));

  /* A file that opens is a recent project. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  GUI_TEST_WAIT ((chooser = gui_test_find_file_chooser ()) != NULL);
  choose_file (chooser, good_file);
  GUI_TEST_WAIT (buntan_window_get_project (window) != NULL);
  g_assert_true (gtk_recent_manager_has_item (recent, good_uri));
  g_assert_false (gtk_recent_manager_has_item (recent, broken_uri));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_autofree char *config_home = g_dir_make_tmp ("buntan-gui-config-XXXXXX", NULL);
  g_autofree char *user_dirs = g_build_filename (config_home, "user-dirs.dirs", NULL);
  g_autofree char *user_dirs_text = NULL;
  int              status;

  /* A Documents folder of the test's own, read by GLib at its first look. */
  documents_dir = g_build_filename (config_home, "Documents", NULL);
  g_assert_cmpint (g_mkdir_with_parents (documents_dir, 0700), ==, 0);
  user_dirs_text = g_strdup_printf ("XDG_DOCUMENTS_DIR=\"%s\"\n", documents_dir);
  g_assert_true (g_file_set_contents (user_dirs, user_dirs_text, -1, NULL));
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = buntan_test_sample_path ();

  g_test_add_func ("/buntan/defects/chooser-starts-in-documents", test_chooser_starts_in_documents);
  g_test_add_func ("/buntan/defects/failed-open-not-recent", test_failed_open_not_recent);
  g_test_add_func ("/buntan/defects/banner-follows-undo", test_banner_follows_undo);
  g_test_add_func ("/buntan/defects/owner-popup-width", test_owner_popup_width);
  g_test_add_func ("/buntan/defects/owner-column-short-names", test_owner_column_short_names);
  g_test_add_func ("/buntan/defects/pasted-party-name-one-undo", test_pasted_party_name_one_undo);
  g_test_add_func ("/buntan/defects/empty-meeting-leaves-project-unmodified",
                   test_empty_meeting_leaves_project_unmodified);
  g_test_add_func ("/buntan/defects/dropdown-forgets-cancelled-choice",
                   test_dropdown_forgets_cancelled_choice);

  status = g_test_run ();

  gui_remove_dir (config_home);
  g_clear_pointer (&documents_dir, g_free);
  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
