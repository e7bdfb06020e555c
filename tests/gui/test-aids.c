/* test-aids.c — the work aids of the window: search and filters, undo and redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-date-entry.h"
#include "buntan-item-detail.h"
#include "buntan-owner-cell.h"
#include "buntan-row.h"
#include "buntan-status-cell.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;
static char              *counts_path;

/* Filters ------------------------------------------------------------------ */

typedef struct
{
  GtkEditable     *search;
  GtkDropDown     *section;
  GtkDropDown     *status;
  GtkDropDown     *owner;
  GtkToggleButton *gaps;
  GtkLabel        *count;
  GListModel      *shown;
} Filters;

static Filters
find_filters (BuntanPartPage *page)
{
  g_autoptr (GPtrArray) drop_downs = gui_test_find_all (page, GTK_TYPE_DROP_DOWN);
  g_autoptr (GPtrArray) labels = gui_test_find_all (page, GTK_TYPE_LABEL);
  g_autoptr (GPtrArray) toggles = gui_test_find_all (page, GTK_TYPE_TOGGLE_BUTTON);
  GtkColumnView *column_view = gui_test_find_visible (page, GTK_TYPE_COLUMN_VIEW);
  Filters        filters = { 0 };

  filters.search = gui_test_find_visible (page, GTK_TYPE_SEARCH_ENTRY);
  /* The filter bar comes first: section, status, owner. */
  g_assert_cmpuint (drop_downs->len, >=, 3);
  filters.section = g_ptr_array_index (drop_downs, 0);
  filters.status = g_ptr_array_index (drop_downs, 1);
  filters.owner = g_ptr_array_index (drop_downs, 2);
  for (guint i = 0; i < toggles->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (toggles, i)), "_Gaps Only") == 0)
      filters.gaps = g_ptr_array_index (toggles, i);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "numeric"))
      filters.count = g_ptr_array_index (labels, i);
  filters.shown = G_LIST_MODEL (gtk_column_view_get_model (column_view));

  g_assert_nonnull (filters.search);
  g_assert_nonnull (filters.gaps);
  g_assert_nonnull (filters.count);
  return filters;
}

/* Both what the list holds and what the count says. */
static void
assert_count (Filters *filters, guint shown, guint total)
{
  g_autofree char *text = g_strdup_printf ("%u of %u items", shown, total);

  g_assert_cmpuint (g_list_model_get_n_items (filters->shown), ==, shown);
  g_assert_cmpstr (gtk_label_get_label (filters->count), ==, text);
}

/* The entry filters once typing pauses: waits for it. */
static void
search_for (Filters *filters, const char *text, guint expected)
{
  gtk_editable_set_text (filters->search, text);
  GUI_TEST_WAIT (g_list_model_get_n_items (filters->shown) == expected);
  /* Still so once the entry is done. */
  gui_test_spin (300);
}

static gboolean
shows_item (Filters *filters, const char *id)
{
  guint n = g_list_model_get_n_items (filters->shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanRow) row = g_list_model_get_item (filters->shown, i);

      if (g_strcmp0 (buntan_item_get_id (buntan_row_get_item (row)), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* tests/data/filter-counts.buntan has answers known by hand: Part 2 has 8
 * items; see the file. */
static void
test_filter_counts (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanPartPage *page;
  Filters         filters;

  gui_window_open (window, counts_path);
  page = gui_show_part (window, 2);
  filters = find_filters (page);
  assert_count (&filters, 8, 8);

  /* Status: 0 all, then open, discussing, agreed, not applicable. */
  gtk_drop_down_set_selected (filters.status, 3);
  assert_count (&filters, 3, 8);
  gtk_drop_down_set_selected (filters.status, 1);
  assert_count (&filters, 2, 8);
  g_assert_true (shows_item (&filters, "P2-A-2"));
  g_assert_true (shows_item (&filters, "P2-B-3"));
  gtk_drop_down_set_selected (filters.status, 0);
  assert_count (&filters, 8, 8);

  /* Owner: 0 all, 1 未定, then the parties, then 共同. */
  gtk_drop_down_set_selected (filters.owner, 1);
  assert_count (&filters, 3, 8);
  gtk_drop_down_set_selected (filters.owner, 4);
  assert_count (&filters, 2, 8);
  gtk_drop_down_set_selected (filters.owner, 5);
  assert_count (&filters, 1, 8);
  g_assert_true (shows_item (&filters, "P2-A-3"));
  gtk_drop_down_set_selected (filters.owner, 0);

  /* Section: 0 all, then A, B, C. */
  gtk_drop_down_set_selected (filters.section, 2);
  assert_count (&filters, 3, 8);
  /* Filters add up: agreed in section C. */
  gtk_drop_down_set_selected (filters.section, 3);
  gtk_drop_down_set_selected (filters.status, 3);
  assert_count (&filters, 1, 8);
  g_assert_true (shows_item (&filters, "P2-C-1"));
  gtk_drop_down_set_selected (filters.section, 0);
  gtk_drop_down_set_selected (filters.status, 0);

  /* Gaps: open without owner, agreed without owner. */
  gtk_toggle_button_set_active (filters.gaps, TRUE);
  assert_count (&filters, 2, 8);
  g_assert_true (shows_item (&filters, "P2-A-2"));
  g_assert_true (shows_item (&filters, "P2-C-1"));
  gtk_toggle_button_set_active (filters.gaps, FALSE);
  assert_count (&filters, 8, 8);

  /* Text: title "SLAの締結", note "ＳＬＡ値…" (full width), risk "sla未達…". */
  search_for (&filters, "SLA", 3);
  assert_count (&filters, 3, 8);
  search_for (&filters, "ｓｌａ", 3);
  search_for (&filters, "  sla ", 3);
  /* 項番, with or without its Part, in any case. */
  search_for (&filters, "A-2", 1);
  g_assert_true (shows_item (&filters, "P2-A-2"));
  search_for (&filters, "p2-b-3", 1);
  g_assert_true (shows_item (&filters, "P2-B-3"));
  /* Half-width katakana in the recommended practice; digits in the clause. */
  search_for (&filters, "カタカナ", 1);
  g_assert_true (shows_item (&filters, "P2-C-2"));
  search_for (&filters, "第１２条", 1);
  g_assert_true (shows_item (&filters, "P2-B-1"));
  search_for (&filters, "毎日", 1);
  search_for (&filters, "nothing like this", 0);
  assert_count (&filters, 0, 8);
  search_for (&filters, "", 8);

  /* Part 1 counts its own items. */
  page = gui_show_part (window, 1);
  filters = find_filters (page);
  assert_count (&filters, 2, 2);
  search_for (&filters, "sla", 1);
  assert_count (&filters, 1, 2);

  gui_window_destroy (window);
}

/* An item edited away from the filter stays in view while it is edited. */
static void
test_filter_keeps_selection (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanProject  *project = gui_window_open (window, counts_path);
  BuntanPartPage *page = gui_show_part (window, 2);
  Filters         filters = find_filters (page);
  BuntanItem     *item = buntan_project_find_item (project, "P2-B-3");

  gtk_drop_down_set_selected (filters.status, 1);
  assert_count (&filters, 2, 8);
  buntan_part_page_select_item (page, item);
  g_assert_true (buntan_part_page_get_selected_item (page) == item);

  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  gui_test_spin (200);
  g_assert_true (buntan_part_page_get_selected_item (page) == item);
  g_assert_true (shows_item (&filters, "P2-B-3"));

  /* The next change of the filters applies them to it too. */
  gtk_drop_down_set_selected (filters.status, 0);
  gtk_drop_down_set_selected (filters.status, 1);
  assert_count (&filters, 1, 8);
  g_assert_false (shows_item (&filters, "P2-B-3"));
  /* The detail shows an item the list shows. */
  g_assert_true (
    shows_item (&filters, buntan_item_get_id (buntan_part_page_get_selected_item (page))));

  gui_window_destroy (window);
}

static gboolean
has_accel (const char *action, const char *accel)
{
  g_auto (GStrv) accels =
    gtk_application_get_accels_for_action (GTK_APPLICATION (application), action);
  guint           key, wanted_key;
  GdkModifierType mods, wanted_mods;

  gtk_accelerator_parse (accel, &wanted_key, &wanted_mods);
  for (guint i = 0; accels[i] != NULL; i++)
    {
      gtk_accelerator_parse (accels[i], &key, &mods);
      if (key == wanted_key && mods == wanted_mods)
        return TRUE;
    }

  return FALSE;
}

static void
test_shortcuts (void)
{
  BuntanWindow   *window = gui_window_new (application);
  BuntanPartPage *page;
  GtkWidget      *focus;
  Filters         filters;

  g_assert_true (has_accel ("win.find", "<Control>f"));
  g_assert_true (has_accel ("win.undo", "<Control>z"));
  g_assert_true (has_accel ("win.redo", "<Control><Shift>z"));
  g_assert_true (has_accel ("win.redo", "<Control>y"));

  gui_window_open (window, counts_path);
  page = gui_show_part (window, 1);
  filters = find_filters (page);
  /* Ctrl+F from the matrix searches Part 2. */
  adw_view_stack_set_visible_child_name (gui_test_find_visible (window, ADW_TYPE_VIEW_STACK),
                                         "matrix");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  page = gui_show_part (window, 2);
  filters = find_filters (page);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (filters.search) ||
                 gtk_widget_is_ancestor (focus, GTK_WIDGET (filters.search)));

  gui_window_destroy (window);
}

/* Undo and redo --------------------------------------------------------------- */

static void
undo (BuntanWindow *window)
{
  g_assert_true (gui_action_enabled (window, "win.undo"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

static void
redo (BuntanWindow *window)
{
  g_assert_true (gui_action_enabled (window, "win.redo"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
}

/* A dropdown change is one step; undoing it back to the saved state makes
 * the project clean again, and the cells show each value at once. */
static void
test_undo_dropdowns (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *path = gui_copy_file (counts_path, dir, "project.buntan");
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, path);
  BuntanPartPage  *page = gui_show_part (window, 2);
  BuntanItem      *item = buntan_project_find_item (project, "P2-A-2");
  BuntanItemCell  *status, *owner;
  GtkDropDown     *status_drop_down, *owner_drop_down;
  guint            v2 = buntan_project_get_party_position (project, "v2");

  g_assert_false (gui_action_enabled (window, "win.undo"));
  g_assert_false (gui_action_enabled (window, "win.redo"));
  g_assert_false (gui_title_marked (window));

  GUI_TEST_WAIT ((status = gui_row_cell (page, BUNTAN_TYPE_STATUS_CELL, item)) != NULL);
  owner = gui_row_cell (page, BUNTAN_TYPE_OWNER_CELL, item);
  status_drop_down = buntan_item_cell_get_drop_down (status);
  owner_drop_down = buntan_item_cell_get_drop_down (owner);

  gtk_drop_down_set_selected (status_drop_down, BUNTAN_ITEM_STATUS_AGREED);
  gtk_drop_down_set_selected (owner_drop_down, v2 + 1);
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v2");
  g_assert_true (gui_title_marked (window));
  g_assert_true (gui_action_enabled (window, "win.undo"));
  g_assert_false (gui_action_enabled (window, "win.redo"));

  undo (window);
  g_assert_null (buntan_item_get_owner (item));
  g_assert_cmpuint (gtk_drop_down_get_selected (owner_drop_down), ==, 0);
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_true (buntan_project_get_is_modified (project));
  g_assert_true (gui_title_marked (window));

  undo (window);
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_OPEN);
  g_assert_cmpuint (gtk_drop_down_get_selected (status_drop_down), ==, BUNTAN_ITEM_STATUS_OPEN);
  /* Back where the file is: clean, no dot, nothing more to undo. */
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (gui_title_marked (window));
  g_assert_false (gui_action_enabled (window, "win.undo"));
  g_assert_true (gui_action_enabled (window, "win.redo"));

  redo (window);
  redo (window);
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v2");
  g_assert_cmpuint (gtk_drop_down_get_selected (owner_drop_down), ==, v2 + 1);
  g_assert_true (gui_title_marked (window));
  g_assert_false (gui_action_enabled (window, "win.redo"));

  /* Saved, the saved state moves: undoing from it makes it modified. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (gui_title_marked (window));
  undo (window);
  g_assert_true (gui_title_marked (window));
  redo (window);
  g_assert_false (gui_title_marked (window));
  g_assert_false (buntan_project_get_is_modified (project));

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

static void
type_into_buffer (GtkTextBuffer *buffer, const char *text)
{
  char piece[8];

  /* One character at a time, as a person types. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize length = (gsize) (g_utf8_next_char (p) - p);

      memcpy (piece, p, length);
      piece[length] = '\0';
      gtk_text_buffer_insert_at_cursor (buffer, piece, -1);
    }
}

static void
type_into_editable (GtkEditable *editable, const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = gtk_editable_get_position (editable);

      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &position);
      gtk_editable_set_position (editable, position);
    }
}

/* The detail pane: typing is one step per field; owner and participants,
 * dates, each a step of its own. */
static void
test_undo_detail (void)
{
  BuntanWindow     *window = gui_window_new (application);
  BuntanProject    *project = gui_window_open (window, counts_path);
  BuntanPartPage   *page = gui_show_part (window, 2);
  BuntanItem       *item = buntan_project_find_item (project, "P2-B-3");
  BuntanItemDetail *detail = gui_test_find_visible (page, BUNTAN_TYPE_ITEM_DETAIL);
  g_autoptr (GPtrArray) checks = NULL;
  g_autoptr (GPtrArray) dates = NULL;
  g_autoptr (GPtrArray) cells = NULL;
  GtkWidget *note_view = NULL;
  g_autoptr (GPtrArray) views = NULL;
  GtkEditable    *clause_row;
  GtkTextBuffer  *note;
  BuntanItemCell *owner_cell = NULL;
  guint           n_parties = g_list_model_get_n_items (buntan_project_get_parties (project));

  buntan_part_page_select_item (page, item);
  g_assert_true (buntan_item_detail_get_item (detail) == item);

  /* The note: the last text view of the detail, the one that is editable. */
  views = gui_test_find_all (detail, GTK_TYPE_TEXT_VIEW);
  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_is_visible (g_ptr_array_index (views, i)) &&
        gtk_text_view_get_editable (g_ptr_array_index (views, i)))
      note_view = g_ptr_array_index (views, i);
  g_assert_nonnull (note_view);
  note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (note_view));
  type_into_buffer (note, "要確認：月次報告");
  g_assert_cmpstr (buntan_item_get_note (item), ==, "要確認：月次報告");

  clause_row = GTK_EDITABLE (gui_test_find_visible (detail, ADW_TYPE_ENTRY_ROW));
  type_into_editable (clause_row, "SLA 第4条");
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "SLA 第4条");

  /* The item's own two dates come first, then four per vendor's check. */
  dates = gui_test_find_all (detail, BUNTAN_TYPE_DATE_ENTRY);
  {
    g_auto (GStrv) vendors = buntan_item_dup_confirming_parties (item, project);

    g_assert_cmpuint (dates->len, ==, 2 + 4 * g_strv_length (vendors));
  }
  buntan_date_entry_set_date (g_ptr_array_index (dates, 1), "2026-12-24");
  g_assert_cmpstr (buntan_item_get_completed (item), ==, "2026-12-24");

  /* Joint, then a party ticked: two gestures, two steps. */
  cells = gui_test_find_all (detail, BUNTAN_TYPE_OWNER_CELL);
  owner_cell = g_ptr_array_index (cells, 0);
  gtk_drop_down_set_selected (buntan_item_cell_get_drop_down (owner_cell), n_parties + 1);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, BUNTAN_OWNER_JOINT);
  checks = gui_test_find_all (detail, GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  g_assert_true (buntan_item_has_participant (item, BUNTAN_HOSPITAL_ID));

  undo (window);
  g_assert_false (buntan_item_has_participant (item, BUNTAN_HOSPITAL_ID));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));
  g_assert_cmpstr (buntan_item_get_owner (item), ==, BUNTAN_OWNER_JOINT);

  undo (window);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v2");
  g_assert_cmpuint (gtk_drop_down_get_selected (buntan_item_cell_get_drop_down (owner_cell)), ==,
                    buntan_project_get_party_position (project, "v2") + 1);

  undo (window);
  g_assert_null (buntan_item_get_completed (item));
  g_assert_null (buntan_date_entry_get_date (g_ptr_array_index (dates, 1)));

  /* Typing into one field is one step, back to what was there. */
  undo (window);
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (clause_row), ==, "");

  undo (window);
  g_assert_cmpstr (buntan_item_get_note (item), ==, "");
  {
    GtkTextIter      start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (note, &start, &end);
    shown = gtk_text_buffer_get_text (note, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "");
  }
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (gui_action_enabled (window, "win.undo"));

  /* And forward again, the note whole. */
  redo (window);
  g_assert_cmpstr (buntan_item_get_note (item), ==, "要確認：月次報告");

  gui_window_destroy (window);
}

/* The project's parts: parties and items of the user's own. */
static void
test_undo_structure (void)
{
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project = gui_window_open (window, sample_path);
  BuntanPartPage  *page = gui_show_part (window, 2);
  GListModel      *parties = buntan_project_get_parties (project);
  GListModel      *items = buntan_project_get_part_items (project, 2);
  guint            n_parties = g_list_model_get_n_items (parties);
  guint            n_items = g_list_model_get_n_items (items);
  guint            v3_items = buntan_project_count_party_items (project, "v3");
  g_autofree char *fingerprint = buntan_project_dup_fingerprint (project);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;
  BuntanParty      *vendor;
  BuntanItem       *item;
  char             *id;

  g_assert_cmpuint (v3_items, >, 0);

  /* A new item comes with its title: one step takes both back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-item", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_items + 1);
  item = buntan_part_page_get_selected_item (page);
  id = g_strdup (buntan_item_get_id (item));
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_items);
  g_assert_null (buntan_project_find_item (project, id));
  redo (window);
  g_assert_nonnull (buntan_project_find_item (project, id));
  g_assert_cmpstr (buntan_item_get_title (buntan_project_find_item (project, id)), ==, "New item");

  /* Deleting it, through its dialog, is a step too. */
  buntan_part_page_select_item (page, buntan_project_find_item (project, id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-item", NULL));
  GUI_TEST_WAIT ((dialog = gui_test_find_message_dialog ()) != NULL);
  adw_message_dialog_response (dialog, "delete");
  GUI_TEST_WAIT (buntan_project_find_item (project, id) == NULL);
  undo (window);
  g_assert_nonnull (buntan_project_find_item (project, id));
  undo (window);
  g_assert_null (buntan_project_find_item (project, id));
  g_free (id);

  /* A vendor added, renamed: */
  vendor = buntan_project_add_vendor (project, "New vendor");
  buntan_party_set_name (vendor, "株式会社ことり");
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, n_parties + 1);
  undo (window);
  g_assert_cmpstr (buntan_party_get_name (vendor), ==, "New vendor");
  undo (window);
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, n_parties);

  /* Removing a vendor and handing its items to another is one step. */
  g_assert_true (buntan_project_remove_vendor (project, "v3", "v1", &error));
  g_assert_no_error (error);
  g_assert_null (buntan_project_find_party (project, "v3"));
  undo (window);
  g_assert_nonnull (buntan_project_find_party (project, "v3"));
  g_assert_cmpuint (buntan_project_count_party_items (project, "v3"), ==, v3_items);

  /* All of it undone: the project as it was opened. */
  after = buntan_project_dup_fingerprint (project);
  g_assert_cmpstr (after, ==, fingerprint);
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_false (gui_title_marked (window));

  gui_window_destroy (window);
}

/* Another project, another history: nothing to undo in the new one. */
static void
test_undo_follows_project (void)
{
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = gui_window_open (window, counts_path);

  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "x");
  g_assert_true (gui_action_enabled (window, "win.undo"));
  buntan_project_set_is_modified (project, FALSE);

  project = gui_window_open (window, sample_path);
  g_assert_false (gui_action_enabled (window, "win.undo"));
  buntan_item_set_note (buntan_project_find_item (project, "P2-A-1"), "y");
  g_assert_true (gui_action_enabled (window, "win.undo"));
  undo (window);
  g_assert_false (gui_action_enabled (window, "win.undo"));

  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  int status;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = gui_source_path ("data", "examples", "sample.buntan", NULL);
  counts_path = gui_source_path ("tests", "data", "filter-counts.buntan", NULL);

  g_test_add_func ("/buntan/aids/filter-counts", test_filter_counts);
  g_test_add_func ("/buntan/aids/filter-keeps-selection", test_filter_keeps_selection);
  g_test_add_func ("/buntan/aids/shortcuts", test_shortcuts);
  g_test_add_func ("/buntan/aids/undo-dropdowns", test_undo_dropdowns);
  g_test_add_func ("/buntan/aids/undo-detail", test_undo_detail);
  g_test_add_func ("/buntan/aids/undo-structure", test_undo_structure);
  g_test_add_func ("/buntan/aids/undo-follows-project", test_undo_follows_project);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_pointer (&counts_path, g_free);
  g_clear_object (&application);
  return status;
}
