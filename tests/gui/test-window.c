/* test-window.c — the main window, driven through its actions and widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "buntan-date-entry.h"
#include "buntan-export-dialog.h"
#include "buntan-item-cell.h"
#include "buntan-item-detail.h"
#include "buntan-matrix-view.h"
#include "buntan-owner-cell.h"
#include "buntan-part-page.h"
#include "buntan-row.h"
#include "buntan-status-cell.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;

/* Helpers ------------------------------------------------------------------ */

static char *
copy_sample (const char *dir)
{
  return gui_copy_file (sample_path, dir, "project.buntan");
}

static BuntanProject *
reload (const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  return project;
}

static GtkToggleButton *
find_toggle (gpointer root, const char *label)
{
  g_autoptr (GPtrArray) found = gui_test_find_all (root, GTK_TYPE_TOGGLE_BUTTON);

  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (found, i)), label) == 0)
      return g_ptr_array_index (found, i);

  g_error ("No toggle button %s", label);
}

static AdwActionRow *
find_recent_row (BuntanWindow *window, const char *name)
{
  g_autoptr (GPtrArray) rows = gui_test_find_all (window, ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), name) == 0 &&
        gtk_widget_is_visible (g_ptr_array_index (rows, i)))
      return g_ptr_array_index (rows, i);

  return NULL;
}

static gboolean
label_shown (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0 &&
        gtk_widget_get_mapped (g_ptr_array_index (labels, i)))
      return TRUE;

  return FALSE;
}

/* Tests ------------------------------------------------------------------ */

static void
test_empty_then_new (void)
{
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project;

  /* Nothing to save or export without a project; the empty page offers
   * the ways to get one. */
  g_assert_null (buntan_window_get_project (window));
  g_assert_false (gui_action_enabled (window, "win.save"));
  g_assert_false (gui_action_enabled (window, "win.parties"));
  g_assert_true (gui_action_enabled (window, "win.new"));
  g_assert_true (gui_action_enabled (window, "win.open-sample"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Buntan");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-project", "(ss^as)", "",
                                             "", (const char *const[]){ NULL }));
  GUI_TEST_WAIT (buntan_window_get_project (window) != NULL);
  project = buntan_window_get_project (window);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), >, 40);
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_null (buntan_project_get_file (project));
  g_assert_true (gui_action_enabled (window, "win.save"));
  g_assert_true (gui_action_enabled (window, "win.parties"));
  g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), "Not saved yet"));

  /* The sample opens as an unsaved copy of the bundled file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  GUI_TEST_WAIT (buntan_window_get_project (window) != project);
  project = buntan_window_get_project (window);
  g_assert_null (buntan_project_get_file (project));
  g_assert_nonnull (buntan_project_find_party (project, "v3"));

  /* Nothing keeps the project alive once its window is gone. */
  gui_show_part (window, 2);
  g_object_add_weak_pointer (G_OBJECT (project), (gpointer *) &project);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gui_window_destroy (window);
  GUI_TEST_WAIT (project == NULL && window == NULL);
}

static void
test_edit_and_save (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (BuntanItem) item = NULL;
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, sample_path);
  BuntanPartPage  *page = gui_show_part (window, 2);
  BuntanItemCell  *status, *owner;
  BuntanItem      *saved;
  BuntanItemStatus target;
  guint            v2, n_parties;

  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (gui_title_marked (window));
  g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), "sample.buntan"));

  /* The status dropdown of a row on screen changes the item at once. */
  GUI_TEST_WAIT ((status = gui_row_cell (page, BUNTAN_TYPE_STATUS_CELL, NULL)) != NULL);
  item = g_object_ref (buntan_item_cell_get_item (status));
  target = buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED
             ? BUNTAN_ITEM_STATUS_DISCUSSING
             : BUNTAN_ITEM_STATUS_AGREED;
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (status), target);
  g_assert_cmpint (buntan_item_get_status (item), ==, target);
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (gui_title_marked (window));

  /* So does the owner dropdown in the same row: 未定, the parties, 共同. */
  owner = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, item);
  g_assert_nonnull (owner);
  n_parties = g_list_model_get_n_items (buntan_project_get_parties (project));
  v2 = buntan_project_get_party_position (project, "v2");
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (owner), n_parties + 1);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, BUNTAN_OWNER_JOINT);
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (owner), 0);
  g_assert_null (buntan_item_get_owner (item));
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (owner), v2 + 1);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v2");

  /* And the other way: a change in the model shows in the row. */
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpuint (gtk_drop_down_get_selected (buntan_item_cell_get_drop_down (status)), ==,
                    BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  buntan_item_set_status (item, target);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", path));
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (gui_title_marked (window));
  g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), "saved.buntan"));
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);

  reloaded = reload (path);
  saved = buntan_project_find_item (reloaded, buntan_item_get_id (item));
  g_assert_nonnull (saved);
  g_assert_cmpint (buntan_item_get_status (saved), ==, target);
  g_assert_cmpstr (buntan_item_get_owner (saved), ==, "v2");

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_open_broken (void)
{
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "gui-broken.buntan", NULL);
  g_autofree char *missing =
    g_test_build_filename (G_TEST_DIST, "data", "gui-missing.buntan", NULL);
  const char      *paths[] = { broken, missing };
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, sample_path);
  g_autofree char *title = NULL;

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "unsaved work");
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_true (gui_title_marked (window));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char  *name = g_path_get_basename (paths[i]);
      AdwMessageDialog *dialog;

      g_assert_true (
        gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", paths[i]));
      GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);

      /* One dialog naming the file; the project shown is untouched and
       * nothing asked about its unsaved changes. */
      g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 1);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), name));
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
      g_assert_false (adw_message_dialog_has_response (dialog, "discard"));
      g_assert_true (buntan_window_get_project (window) == project);
      g_assert_cmpstr (buntan_item_get_note (buntan_project_find_item (project, "P2-A-1")), ==,
                       "unsaved work");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

      adw_message_dialog_response (dialog, "close");
      GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
    }

  /* The syntax error is placed: the line of the missing comma. */
  {
    g_autoptr (GFile) file = g_file_new_for_path (broken);
    g_autoptr (GError) error = NULL;
    g_autoptr (BuntanProject) none = buntan_project_new_from_file (file, &error);

    g_assert_null (none);
    g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_SYNTAX);
  }

  gui_window_destroy (window);
}

static void
test_close_unsaved (void)
{
  const char *answers[] = { "cancel", "discard", "save" };

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      g_autofree char *dir = gui_make_dir ();
      g_autofree char *path = copy_sample (dir);
      g_autoptr (BuntanProject) reloaded = NULL;
      BuntanWindow    *window = gui_window_new (application);
      BuntanProject   *project = gui_window_open (window, path);
      BuntanItem      *item = buntan_project_find_item (project, "P2-A-1");
      BuntanItemStatus original = buntan_item_get_status (item);
      BuntanItemStatus changed =
        original == BUNTAN_ITEM_STATUS_AGREED ? BUNTAN_ITEM_STATUS_OPEN : BUNTAN_ITEM_STATUS_AGREED;
      AdwMessageDialog *dialog;
      gboolean          destroyed = FALSE;

      g_test_message ("answer: %s", answers[i]);
      buntan_item_set_status (item, changed);
      g_signal_connect_swapped (window, "destroy", G_CALLBACK (gui_set_flag_cb), &destroyed);

      gtk_window_close (GTK_WINDOW (window));
      GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
      g_assert_true (adw_message_dialog_has_response (dialog, "save"));
      g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
      g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
      adw_message_dialog_response (dialog, answers[i]);
      GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);

      if (i == 0)
        {
          gui_test_spin (100);
          g_assert_false (destroyed);
          g_assert_true (buntan_window_get_project (window) == project);
          g_assert_true (buntan_project_get_is_modified (project));
          gui_window_destroy (window);
          reloaded = reload (path);
          g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (reloaded, "P2-A-1")),
                           ==, original);
        }
      else
        {
          GUI_TEST_WAIT (destroyed);
          reloaded = reload (path);
          g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (reloaded, "P2-A-1")),
                           ==, i == 1 ? original : changed);
        }

      gui_remove_dir (dir);
    }
}

static void
test_open_asks_first (void)
{
  g_autofree char  *dir = gui_make_dir ();
  g_autofree char  *path = copy_sample (dir);
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, path);
  AdwMessageDialog *dialog;

  buntan_item_set_clause (buntan_project_find_item (project, "P2-A-2"), "第1条");

  /* Cancel keeps the modified project. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", sample_path));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "cancel");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  gui_test_spin (50);
  g_assert_true (buntan_window_get_project (window) == project);
  g_assert_true (buntan_project_get_is_modified (project));

  /* Discard replaces it. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", sample_path));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "discard");
  GUI_TEST_WAIT (buntan_window_get_project (window) != project);
  g_assert_false (buntan_project_get_is_modified (buntan_window_get_project (window)));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static gboolean
all_owner_models_hold (BuntanWindow *window, BuntanParty *party, guint n_choices)
{
  g_autoptr (GPtrArray) cells = gui_test_find_all (window, BUNTAN_TYPE_OWNER_CELL);
  guint checked = 0;

  for (guint i = 0; i < cells->len; i++)
    {
      GtkDropDown *drop_down = buntan_item_cell_get_drop_down (g_ptr_array_index (cells, i));
      GListModel  *model = gtk_drop_down_get_model (drop_down);
      gboolean     found = FALSE;

      if (g_list_model_get_n_items (model) != n_choices)
        return FALSE;

      for (guint j = 0; j < n_choices && party != NULL; j++)
        {
          g_autoptr (GObject) choice = g_list_model_get_item (model, j);

          found = found || choice == (GObject *) party;
        }
      if (party != NULL && !found)
        return FALSE;
      checked++;
    }

  /* The rows on screen and the detail pane: more than a handful. */
  return checked > 5;
}

static void
test_parties (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *vendor_id = NULL;
  g_autofree char *second_id = NULL;
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, sample_path);
  BuntanPartPage  *page = gui_show_part (window, 2);
  guint            n_parties = g_list_model_get_n_items (buntan_project_get_parties (project));
  BuntanItemCell  *first, *second;
  BuntanItem      *first_item, *second_item;
  BuntanParty     *vendor, *other;
  GtkDropDown     *drop_down;
  GListModel      *windows;

  GUI_TEST_WAIT ((first = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, NULL)) != NULL);
  first_item = buntan_item_cell_get_item (first);
  second_item = NULL;
  {
    GListModel *items = buntan_project_get_part_items (project, 2);

    for (guint i = 0; i < g_list_model_get_n_items (items) && second_item == NULL; i++)
      {
        g_autoptr (BuntanItem) candidate = g_list_model_get_item (items, i);

        if (candidate != first_item &&
            gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, candidate) != NULL)
          second_item = candidate;
      }
  }
  g_assert_nonnull (second_item);
  second = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, second_item);

  /* A new vendor is a choice in every owner dropdown at once. */
  vendor = buntan_project_add_vendor (project, "Test vendor");
  vendor_id = g_strdup (buntan_party_get_id (vendor));
  g_assert_true (all_owner_models_hold (window, vendor, n_parties + 4));

  drop_down = buntan_item_cell_get_drop_down (first);
  gtk_drop_down_set_selected (drop_down, n_parties + 1);
  g_assert_cmpstr (buntan_item_get_owner (first_item), ==, vendor_id);
  buntan_item_set_owner (second_item, vendor_id);
  g_assert_cmpuint (gtk_drop_down_get_selected (buntan_item_cell_get_drop_down (second)), ==,
                    n_parties + 1);
  GUI_TEST_WAIT (label_shown (GTK_WIDGET (drop_down), "Test vendor"));

  /* A rename shows in the rows that chose it. */
  buntan_party_set_name (vendor, "Renamed vendor");
  GUI_TEST_WAIT (label_shown (GTK_WIDGET (drop_down), "Renamed vendor"));

  /* Another vendor added before 共同 moves no row's choice. */
  other = buntan_project_add_vendor (project, "Second vendor");
  second_id = g_strdup (buntan_party_get_id (other));
  g_assert_true (all_owner_models_hold (window, other, n_parties + 5));
  g_assert_cmpstr (buntan_item_get_owner (first_item), ==, vendor_id);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, n_parties + 1);
  buntan_item_set_owner (second_item, second_id);

  /* Removed, its items go where the user said: to v1 … */
  g_assert_true (buntan_project_remove_vendor (project, vendor_id, "v1", &error));
  g_assert_no_error (error);
  g_assert_true (all_owner_models_hold (window, other, n_parties + 4));
  g_assert_cmpstr (buntan_item_get_owner (first_item), ==, "v1");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==,
                    buntan_project_get_party_position (project, "v1") + 1);
  g_assert_cmpstr (buntan_item_get_owner (second_item), ==, second_id);

  /* … or to 未定. */
  g_assert_true (buntan_project_remove_vendor (project, second_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (all_owner_models_hold (window, NULL, n_parties + 3));
  g_assert_null (buntan_item_get_owner (second_item));
  g_assert_cmpuint (gtk_drop_down_get_selected (buntan_item_cell_get_drop_down (second)), ==, 0);
  g_assert_cmpstr (buntan_item_get_owner (first_item), ==, "v1");

  /* The parties dialog opens over the window, on its project. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.parties", NULL));
  windows = gtk_window_get_toplevels ();
  {
    GtkWindow *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (windows) && dialog == NULL; i++)
      {
        g_autoptr (GtkWindow) candidate = g_list_model_get_item (windows, i);

        if (gtk_window_get_transient_for (candidate) == GTK_WINDOW (window) &&
            !ADW_IS_MESSAGE_DIALOG (candidate))
          dialog = candidate;
      }
    g_assert_nonnull (dialog);
    gtk_window_destroy (dialog);
  }

  gui_window_destroy (window);
}

static void
test_custom_item (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "custom.buntan", NULL);
  g_autofree char *id = NULL;
  g_autoptr (BuntanProject) reloaded = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, sample_path);
  BuntanPartPage   *page = gui_show_part (window, 2);
  GListModel       *items = buntan_project_get_part_items (project, 2);
  guint             n = g_list_model_get_n_items (items);
  BuntanItemDetail *detail = gui_test_find_visible (page, BUNTAN_TYPE_ITEM_DETAIL);
  BuntanItem       *item, *saved;
  GtkWidget        *title_entry, *content_view, *clause_row;
  g_autoptr (GPtrArray) dates = NULL;
  g_autoptr (GPtrArray) checks = NULL;
  AdwMessageDialog *dialog;

  /* A checklist item cannot be deleted. */
  GUI_TEST_WAIT (buntan_part_page_get_selected_item (page) != NULL);
  g_assert_false (buntan_item_get_custom (buntan_part_page_get_selected_item (page)));
  g_assert_false (gui_action_enabled (page, "win.delete-item"));
  g_assert_true (gui_action_enabled (page, "win.add-item"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-item", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n + 1);
  item = buntan_part_page_get_selected_item (page);
  g_assert_nonnull (item);
  g_assert_true (buntan_item_get_custom (item));
  g_assert_true (buntan_item_detail_get_item (detail) == item);
  g_assert_true (gui_action_enabled (page, "win.delete-item"));
  id = g_strdup (buntan_item_get_id (item));

  /* Its texts are edited in the detail pane, straight into the item. */
  title_entry = gui_test_find_visible (detail, GTK_TYPE_ENTRY);
  g_assert_true (gtk_widget_has_focus (gtk_widget_get_first_child (title_entry)) ||
                 gtk_widget_is_focus (title_entry) || gtk_widget_has_focus (title_entry));
  gtk_editable_set_text (GTK_EDITABLE (title_entry), "Our own check");
  g_assert_cmpstr (buntan_item_get_title (item), ==, "Our own check");
  content_view = gui_test_find_visible (detail, GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (content_view)),
                            "What we check ourselves", -1);
  g_assert_cmpstr (buntan_item_get_content (item), ==, "What we check ourselves");
  clause_row = gui_test_find_visible (detail, ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (clause_row), "保守契約書 第3条");
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "保守契約書 第3条");
  dates = gui_test_find_all (detail, BUNTAN_TYPE_DATE_ENTRY);
  g_assert_cmpuint (dates->len, ==, 2);
  buntan_date_entry_set_date (g_ptr_array_index (dates, 1), "2026-12-01");
  g_assert_cmpstr (buntan_item_get_completed (item), ==, "2026-12-01");

  /* Participants, then the △ parties: a check per party in each; a joint
   * item asks for two. */
  checks = gui_test_find_all (detail, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, ==,
                    2 * g_list_model_get_n_items (buntan_project_get_parties (project)));
  buntan_item_set_owner (item, BUNTAN_OWNER_JOINT);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  g_assert_true (buntan_item_has_participant (item, BUNTAN_HOSPITAL_ID));
  /* At the default width the pane is folded: adding the item brought it
   * over the list, sliding in. */
  GUI_TEST_WAIT (label_shown (GTK_WIDGET (detail),
                              "A joint item needs at least two parties: tick every party that "
                              "shares it."));
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
  g_assert_true (buntan_item_has_participant (item, "v1"));
  g_assert_false (label_shown (GTK_WIDGET (detail),
                               "A joint item needs at least two parties: tick every party that "
                               "shares it."));
  /* The model speaks to the checks too. */
  buntan_item_set_participant (item, "v1", FALSE);
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 1)));
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", path));
  reloaded = reload (path);
  saved = buntan_project_find_item (reloaded, id);
  g_assert_nonnull (saved);
  g_assert_true (buntan_item_get_custom (saved));
  g_assert_cmpstr (buntan_item_get_title (saved), ==, "Our own check");
  g_assert_cmpstr (buntan_item_get_content (saved), ==, "What we check ourselves");
  g_assert_cmpstr (buntan_item_get_clause (saved), ==, "保守契約書 第3条");
  g_assert_cmpstr (buntan_item_get_completed (saved), ==, "2026-12-01");
  g_assert_cmpstr (buntan_item_get_owner (saved), ==, BUNTAN_OWNER_JOINT);
  g_assert_true (buntan_item_has_participant (saved, BUNTAN_HOSPITAL_ID));
  g_assert_true (buntan_item_has_participant (saved, "v1"));

  /* Deleting it asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-item", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "delete");
  GUI_TEST_WAIT (g_list_model_get_n_items (items) == n);
  g_assert_null (buntan_project_find_item (project, id));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_gaps_and_show_item (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanProject  *project = gui_window_open (window, sample_path);
  BuntanPartPage *page = gui_show_part (window, 2);
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_NONE);
  GtkToggleButton *gaps_button = find_toggle (page, "_Gaps Only");
  GtkColumnView   *column_view = gui_test_find_visible (page, GTK_TYPE_COLUMN_VIEW);
  GListModel      *shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  GListModel      *items = buntan_project_get_part_items (project, 2);
  BuntanItem      *fixed = NULL;
  GtkWidget       *matrix_view, *focus;
  guint            with_gap = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (buntan_matrix_item_has_gap (matrix, buntan_item_get_id (item)))
        with_gap++;
    }
  g_assert_cmpuint (with_gap, >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (items));

  /* "Gaps only" shows the items the checks flag. */
  gtk_toggle_button_set_active (gaps_button, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, with_gap);

  /* Settling an item that is not being edited takes it off the list. */
  for (guint i = 0; i < g_list_model_get_n_items (shown) && fixed == NULL; i++)
    {
      /* The list's rows stay; the items move through them. */
      g_autoptr (BuntanRow) row = g_list_model_get_item (shown, i);
      BuntanItem *item = buntan_row_get_item (row);

      if (item != buntan_part_page_get_selected_item (page) &&
          buntan_item_get_owner (item) == NULL &&
          buntan_item_get_status (item) != BUNTAN_ITEM_STATUS_AGREED)
        fixed = item;
    }
  g_assert_nonnull (fixed);
  buntan_item_set_status (fixed, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  GUI_TEST_WAIT (g_list_model_get_n_items (shown) == with_gap - 1);

  /* The matrix's rows lead to the item, lifting the filter that hides it. */
  matrix_view = gui_test_find_all (window, BUNTAN_TYPE_MATRIX_VIEW)->pdata[0];
  g_signal_emit_by_name (matrix_view, "item-activated", buntan_item_get_id (fixed));
  g_assert_true (buntan_part_page_get_selected_item (page) == fixed);
  g_assert_false (gtk_toggle_button_get_active (gaps_button));
  g_signal_emit_by_name (matrix_view, "item-activated", "P1-A-1");
  page = gui_show_part (window, 1);
  g_assert_cmpstr (buntan_item_get_id (buntan_part_page_get_selected_item (page)), ==, "P1-A-1");

  /* Enter on a row moves the keyboard into the item's detail. */
  page = gui_show_part (window, 2);
  column_view = gui_test_find_visible (page, GTK_TYPE_COLUMN_VIEW);
  g_signal_emit_by_name (column_view, "activate", 2);
  GUI_TEST_WAIT ((focus = gtk_window_get_focus (GTK_WINDOW (window))) != NULL &&
                 gtk_widget_get_ancestor (focus, BUNTAN_TYPE_ITEM_DETAIL) != NULL);
  g_assert_true (buntan_part_page_get_selected_item (page) == g_list_model_get_item (items, 2));
  g_object_unref (buntan_part_page_get_selected_item (page));

  gui_window_destroy (window);
}

static void
test_settings (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *last_page = NULL;
  BuntanWindow    *window = gui_window_new (application);
  AdwViewStack    *stack;

  gui_window_open (window, sample_path);
  stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);
  adw_view_stack_set_visible_child_name (stack, "summary");
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "summary");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  GUI_TEST_WAIT (g_settings_get_int (settings, "window-width") == 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);

  /* The next window opens where the last one left off. */
  window = gui_window_new (application);
  gui_window_open (window, sample_path);
  stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "summary");
  gui_window_destroy (window);
}

static gboolean
chooser_has_folder (GtkWidget *chooser)
{
  g_autoptr (GFile) folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

  return folder != NULL;
}

static gboolean
chosen_file_is (GtkWidget *chooser, GFile *file)
{
  g_autoptr (GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  return chosen != NULL && g_file_equal (chosen, file);
}

/* Answers the file chooser as a user would: a folder, a name, the button. */
static void
choose_file (const char *dir, const char *name, const char *offered)
{
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (GFile) file = g_file_get_child (folder, name);
  g_autoptr (GError) error = NULL;
  GtkWidget *chooser;

  /* The chooser settles on its first folder after it is shown; a file set
   * before that is forgotten. */
  GUI_TEST_WAIT ((chooser = gui_test_find_file_chooser ()) != NULL && chooser_has_folder (chooser));
  if (offered != NULL)
    {
      g_autoptr (GFile) expected = g_file_new_for_path (offered);

      /* It offers the project's own folder and a name from the project. */
      GUI_TEST_WAIT (chosen_file_is (chooser, expected));
    }
  if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error));
    }
  else
    {
      g_assert_true (
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, &error));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_assert_no_error (error);
  GUI_TEST_WAIT (chosen_file_is (chooser, file));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  GUI_TEST_WAIT (gui_test_find_file_chooser () == NULL);
}

static BuntanExportDialog *
open_export_dialog (BuntanWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (BUNTAN_IS_EXPORT_DIALOG (toplevel))
        return BUNTAN_EXPORT_DIALOG (toplevel);
    }
  g_assert_not_reached ();
}

static void
press_button (GtkWidget *root, const char *label)
{
  g_autoptr (GPtrArray) buttons = gui_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      {
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
        return;
      }
  g_assert_not_reached ();
}

static void
test_export (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "matrix.xlsx", NULL);
  g_autofree char *chosen = g_build_filename (dir, "chosen.xlsx", NULL);
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, sample_path);
  GListModel      *items = buntan_project_get_part_items (project, 2);
  g_autoptr (GPtrArray) gaps = NULL;
  BuntanExportDialog *dialog;
  AdwMessageDialog   *message;
  BuntanExportOptions options;
  g_autofree char    *more = NULL;

  /* The parameterised twin exports (in the background), and says so in a toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", path));
  EXPORT_WAIT (!window->exporting);
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 0);
  g_assert_true (buntan_test_is_workbook (path));
  GUI_TEST_WAIT (label_shown (GTK_WIDGET (window), "Exported"));

  /* With open points the export asks first, naming the first ten. */
  for (guint i = 0, undone = 0; i < g_list_model_get_n_items (items) && undone < 6; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (buntan_item_get_owner (item) != NULL &&
          buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_DISCUSSING)
        {
          buntan_item_set_owner (item, NULL);
          undone++;
        }
    }
  /* A final workbook is refused while gaps remain: the export dialog names
   * the first eight and counts the rest, and offers the draft. */
  dialog = open_export_dialog (window);
  buntan_export_dialog_select (dialog, NULL, FALSE, TRUE);
  buntan_export_dialog_get_options (dialog, &options);
  gaps = buntan_export_dup_gaps (project, &options);
  g_assert_cmpuint (gaps->len, >, 8);
  g_assert_false (buntan_export_dialog_can_export (dialog));
  g_assert_nonnull (strstr (buntan_export_dialog_get_gaps_text (dialog),
                            buntan_gap_get_message (g_ptr_array_index (gaps, 0))));
  more = g_strdup_printf ("and %u more", gaps->len - 8);
  g_assert_nonnull (strstr (buntan_export_dialog_get_gaps_text (dialog), more));
  g_assert_null (strstr (buntan_export_dialog_get_gaps_text (dialog),
                         buntan_gap_get_message (g_ptr_array_index (gaps, 8))));

  /* "Export as Draft" asks where, then writes the workbook. */
  press_button (GTK_WIDGET (dialog), "Export as _Draft…");
  {
    g_autofree char *examples = g_path_get_dirname (sample_path);
    g_autofree char *offered = g_build_filename (examples, "sample.xlsx", NULL);

    choose_file (dir, "chosen.xlsx", offered);
  }
  /* The chooser may answer after a look at the disk in the background, and
   * the answer can reach the window in a later idle: wait for the file. */
  EXPORT_WAIT (buntan_test_is_workbook (chosen) && !window->exporting);

  /* A folder that does not exist: one dialog, the project untouched. */
  {
    g_autofree char *nowhere = g_build_filename (dir, "missing", "x.xlsx", NULL);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-to", "s", nowhere));
    GUI_TEST_WAIT ((message = gui_test_find_message_dialog ()) != NULL);
    g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 1);
    adw_message_dialog_response (message, "close");
    GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
    g_assert_true (buntan_window_get_project (window) == project);
  }

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_save_as (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "negotiation.buntan", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "x.buntan", NULL);
  g_autoptr (BuntanProject) reloaded = NULL;
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project;
  AdwMessageDialog *dialog;

  /* The sample has no file: Save asks where. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);
  buntan_project_set_title (project, "Saved as");
  g_assert_true (gui_title_marked (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  choose_file (dir, "negotiation.buntan", NULL);
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));
  g_assert_true (
    g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), "negotiation.buntan"));
  reloaded = reload (path);
  g_assert_cmpstr (buntan_project_get_title (reloaded), ==, "Saved as");

  /* A save that fails says so once; the work stays open and modified. */
  buntan_project_set_title (project, "Not saved");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", nowhere));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpuint (gui_test_count_message_dialogs (NULL), ==, 1);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "x.buntan"));
  adw_message_dialog_response (dialog, "close");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (gui_title_marked (window));
  g_assert_true (buntan_window_get_project (window) == project);

  /* Closing then asks, and "Save" goes to the project's own file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (buntan_project_get_is_modified (project));
  g_clear_object (&reloaded);
  reloaded = reload (path);
  g_assert_cmpstr (buntan_project_get_title (reloaded), ==, "Not saved");

  /* Open… goes through the chooser too, starting at the project's file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  choose_file (dir, "negotiation.buntan", path);
  GUI_TEST_WAIT (buntan_window_get_project (window) != project);
  g_assert_cmpstr (buntan_project_get_title (buntan_window_get_project (window)), ==, "Not saved");

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* The toplevel of @type now shown, or NULL. */
static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

static void
test_dialogs (void)
{
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = gui_window_open (window, sample_path);
  GtkWidget     *dialog;

  /* Keyboard shortcuts (Ctrl+?), from the resources. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  GUI_TEST_WAIT ((dialog = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)) != NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* About, with the note on the checklist template. */
  g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);
  GUI_TEST_WAIT ((dialog = find_toplevel (ADW_TYPE_ABOUT_WINDOW)) != NULL);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (dialog)), ==,
                   GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Project properties: the title typed there is the window's title. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  GUI_TEST_WAIT ((dialog = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW)) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  buntan_project_set_title (project, "Renamed project");
  g_assert_true (
    g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• Renamed project"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gui_window_destroy (window);
}

static void
test_recent (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = g_build_filename (dir, "recent-one.buntan", NULL);
  BuntanWindow    *window = gui_window_new (application);
  AdwActionRow    *row = NULL;

  gui_window_open (window, sample_path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", path));
  gui_window_destroy (window);

  /* An empty window offers it among the recent projects … */
  window = gui_window_new (application);
  GUI_TEST_WAIT ((row = find_recent_row (window, "recent-one.buntan")) != NULL);

  /* … and a click opens it. */
  gtk_widget_activate (GTK_WIDGET (row));
  GUI_TEST_WAIT (buntan_window_get_project (window) != NULL);
  g_assert_true (
    g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), "recent-one.buntan"));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_application_open (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *copy = copy_sample (dir);
  g_autoptr (GFile) sample = g_file_new_for_path (sample_path);
  g_autoptr (GFile) other = g_file_new_for_path (copy);
  GList *windows;

  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));

  /* `buntan FILE`: a window with that project. */
  g_application_open (G_APPLICATION (application), &sample, 1, "");
  GUI_TEST_WAIT ((windows = gtk_application_get_windows (GTK_APPLICATION (application))) != NULL &&
                 buntan_window_get_project (windows->data) != NULL);
  g_assert_cmpuint (g_list_length (windows), ==, 1);

  /* A second `buntan FILE` in the same instance: a second window … */
  g_application_open (G_APPLICATION (application), &other, 1, "");
  GUI_TEST_WAIT (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))) == 2);

  /* … but a project already open is raised, not opened twice. */
  g_application_open (G_APPLICATION (application), &sample, 1, "");
  gui_test_spin (100);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==,
                    2);

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (application))) != NULL)
    gui_window_destroy (windows->data);
  gui_remove_dir (dir);
}

/* A project far larger than any real one: 10,000 items. */
static char *
write_big_project (const char *dir, guint n_items)
{
  g_autoptr (GString) json = g_string_new (NULL);
  char                    *path = g_build_filename (dir, "big.buntan", NULL);
  static const char *const statuses[] = { "open", "discussing", "agreed", "not-applicable" };
  static const char *const owners[] = { "null", "\"hospital\"", "\"v1\"", "\"v2\"" };

  g_string_append (json, "{ \"format\": \"buntan-project\", \"version\": 1, \"title\": \"Big\",\n"
                         "  \"parties\": [\n"
                         "    { \"id\": \"hospital\", \"kind\": \"hospital\", \"name\": \"H\" },\n"
                         "    { \"id\": \"v1\", \"kind\": \"vendor\", \"name\": \"V1\" },\n"
                         "    { \"id\": \"v2\", \"kind\": \"vendor\", \"name\": \"V2\" } ],\n"
                         "  \"items\": [\n");
  for (guint i = 0; i < n_items; i++)
    {
      guint part = i % 2 + 1;
      char  section = (char) ('A' + (i / 2) % 10);

      g_string_append_printf (json,
                              "%s    { \"id\": \"P%u-%c-%u\", \"part\": %u, \"section\": \"%c\", "
                              "\"section_title\": \"Section %c\", \"number\": \"%u\", "
                              "\"title\": \"Item number %u\", \"status\": \"%s\", "
                              "\"owner\": %s }",
                              i > 0 ? ",\n" : "", part, section, i, part, section, section, i, i,
                              statuses[i % 4], owners[(i / 3) % 4]);
    }
  g_string_append (json, "\n  ]\n}\n");

  g_assert_true (g_file_set_contents (path, json->str, (gssize) json->len, NULL));
  return path;
}

static void
test_big_project (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = write_big_project (dir, 10000);
  BuntanWindow    *window = gui_window_new (application);
  gint64           start = g_get_monotonic_time ();
  BuntanProject   *project = gui_window_open (window, path);
  BuntanPartPage  *page = gui_show_part (window, 2);
  GtkColumnView   *column_view = gui_test_find_visible (page, GTK_TYPE_COLUMN_VIEW);
  GListModel      *shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_autoptr (GPtrArray) cells = NULL;
  BuntanItemCell *status;
  BuntanMatrix   *matrix;
  BuntanItem     *item;

  GUI_TEST_WAIT ((status = gui_row_cell (page, BUNTAN_TYPE_STATUS_CELL, NULL)) != NULL);
  g_test_message ("open 10,000 items and show Part 2: %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);
  /* The first screenful at once, the rest in batches while the window
   * answers (BuntanRowModel). */
  GUI_TEST_WAIT (g_list_model_get_n_items (shown) == 5000);

  /* The list makes rows for what is on screen and a few around it (GTK
   * keeps at most 200), not one for each of the 5,000 items. */
  cells = gui_test_find_all (column_view, BUNTAN_TYPE_STATUS_CELL);
  g_test_message ("status cells made: %u", cells->len);
  g_assert_cmpuint (cells->len, <=, 250);

  /* An edit is checked once the burst is over: the matrix is renewed.
   * (Measured once the window has settled after opening.) */
  item = buntan_item_cell_get_item (status);
  gui_test_spin (1000);
  matrix = buntan_part_page_get_matrix (page);
  start = g_get_monotonic_time ();
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (status),
                              buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_OPEN
                                ? BUNTAN_ITEM_STATUS_DISCUSSING
                                : BUNTAN_ITEM_STATUS_OPEN);
  GUI_TEST_WAIT (buntan_part_page_get_matrix (page) != matrix);
  g_test_message ("change a status and renew the gaps: %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  gtk_toggle_button_set_active (find_toggle (page, "_Gaps Only"), TRUE);
  g_test_message ("filter to the gaps: %.0f ms, %u items",
                  (g_get_monotonic_time () - start) / 1000.0, g_list_model_get_n_items (shown));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);
  gtk_toggle_button_set_active (find_toggle (page, "_Gaps Only"), FALSE);

  start = g_get_monotonic_time ();
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_visible (page, GTK_TYPE_SEARCH_ENTRY)),
                         "item number 9999");
  GUI_TEST_WAIT (g_list_model_get_n_items (shown) == 1);
  g_test_message ("filter by text: %.0f ms (with the entry's own delay)",
                  (g_get_monotonic_time () - start) / 1000.0);

  g_assert_true (buntan_window_get_project (window) == project);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
test_quit (void)
{
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, sample_path);
  AdwMessageDialog *dialog;
  gboolean          destroyed = FALSE;

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-3"), "not saved");
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (gui_set_flag_cb), &destroyed);

  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "cancel");
  gui_test_spin (100);
  g_assert_false (destroyed);

  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "discard");
  GUI_TEST_WAIT (destroyed);
}

int
main (int argc, char *argv[])
{
  int status;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = buntan_test_sample_path ();

  g_test_add_func ("/buntan/window/empty-then-new", test_empty_then_new);
  g_test_add_func ("/buntan/window/edit-and-save", test_edit_and_save);
  g_test_add_func ("/buntan/window/open-broken", test_open_broken);
  g_test_add_func ("/buntan/window/close-unsaved", test_close_unsaved);
  g_test_add_func ("/buntan/window/open-asks-first", test_open_asks_first);
  g_test_add_func ("/buntan/window/parties", test_parties);
  g_test_add_func ("/buntan/window/custom-item", test_custom_item);
  g_test_add_func ("/buntan/window/gaps-and-show-item", test_gaps_and_show_item);
  g_test_add_func ("/buntan/window/settings", test_settings);
  g_test_add_func ("/buntan/window/export", test_export);
  g_test_add_func ("/buntan/window/save-as", test_save_as);
  g_test_add_func ("/buntan/window/big-project", test_big_project);
  g_test_add_func ("/buntan/window/dialogs", test_dialogs);
  g_test_add_func ("/buntan/window/recent", test_recent);
  g_test_add_func ("/buntan/application/open", test_application_open);
  /* Last: it quits the application. */
  g_test_add_func ("/buntan/window/quit", test_quit);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
