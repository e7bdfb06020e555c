/* test-keyboard.c — the Part pages from the keyboard alone (issue 12): one Tab stop per row,
 * keys on the row, the focus ring after every choice
 *
 * Real keys only, through xdotool under Xvfb (GTK 4 has no synthetic key
 * events): no pointer event at all. The saved file is read back with
 * json-glib, not through the project's own reader.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <json-glib/json-glib.h>

#include "buntan-item-detail.h"
#include "buntan-owner-cell.h"
#include "buntan-owner-choices.h"
#include "buntan-status-cell.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;

/* Helpers ------------------------------------------------------------------ */

static gboolean
keys_possible (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

static void
focus_window (BuntanWindow *window)
{
  GdkSurface      *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *command = g_strdup_printf ("xdotool windowfocus --sync %lu",
                                              (unsigned long) gdk_x11_surface_get_xid (surface));

  g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL);
  GUI_TEST_WAIT (gtk_window_is_active (GTK_WINDOW (window)));
}

static void
send_keys (const char *keys)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --delay 30 %s", keys);
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_command_line_sync (command, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* The keys reach the window through the X server: let them in. */
  gui_test_spin (100);
}

static GtkWidget *
focus_of (BuntanWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The row of the list that has the keyboard focus itself, or NULL. */
static GtkWidget *
focused_row (BuntanWindow *window)
{
  GtkWidget *focus = focus_of (window);
  GtkWidget *parent = focus != NULL ? gtk_widget_get_parent (focus) : NULL;

  if (parent == NULL || !GTK_IS_LIST_VIEW (parent) ||
      gtk_widget_get_ancestor (parent, GTK_TYPE_COLUMN_VIEW) == NULL)
    return NULL;
  return focus;
}

/* The item shown in the focused row, or NULL. */
static BuntanItem *
focused_item (BuntanWindow *window)
{
  GtkWidget *row = focused_row (window);
  g_autoptr (GPtrArray) cells = NULL;

  if (row == NULL)
    return NULL;
  cells = gui_test_find_all (row, BUNTAN_TYPE_STATUS_CELL);
  return cells->len > 0 ? buntan_item_cell_get_item (g_ptr_array_index (cells, 0)) : NULL;
}

static BuntanOwnerCell *
focused_owner_cell (BuntanWindow *window)
{
  g_autoptr (GPtrArray) cells = gui_test_find_all (focused_row (window), BUNTAN_TYPE_OWNER_CELL);

  g_assert_cmpuint (cells->len, ==, 1);
  return g_ptr_array_index (cells, 0);
}

static gboolean
popup_open (BuntanWindow *window)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL;
}

/* The keyboard on the first row of Part 2's list, from the keys alone:
 * Ctrl+F to the filter, Enter from it to the list. */
static BuntanPartPage *
start_on_list (BuntanWindow *window)
{
  BuntanPartPage *page = gui_show_part (window, 2);

  GUI_TEST_WAIT (gui_row_cell (page, BUNTAN_TYPE_STATUS_CELL, NULL) != NULL);
  focus_window (window);
  send_keys ("ctrl+f Return");
  GUI_TEST_WAIT (focused_row (window) != NULL);
  return page;
}

static const char *
saved_status (BuntanItemStatus status)
{
  static const char *const words[] = { "open", "discussing", "agreed", "not-applicable" };

  return words[status];
}

/* Tests -------------------------------------------------------------------- */

/* Open the sample, set five owners and five statuses, save: keys only. */
static void
test_walkthrough (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  BuntanWindow       *window;
  BuntanProject      *project;
  GListModel         *parties;
  GListModel         *items;
  BuntanItem         *rows[5];
  BuntanItemStatus    statuses[5];
  const char         *owners[5];
  g_autofree char    *party1 = NULL;
  g_autofree char    *party3 = NULL;
  g_autofree char    *next_owner = NULL;
  BuntanOwnerChoices *choices;
  JsonArray          *saved_items;
  guint               checked = 0;

  if (!keys_possible ())
    {
      g_test_skip ("needs xdotool on an X display");
      return;
    }

  dir = gui_make_dir ();
  path = gui_copy_file (sample_path, dir, "keyboard.buntan");
  window = gui_window_new (application);
  project = gui_window_open (window, path);
  parties = buntan_project_get_parties (project);
  items = buntan_project_get_part_items (project, 2);
  g_assert_cmpuint (g_list_model_get_n_items (parties), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (items), >=, 5);
  for (guint i = 0; i < 5; i++)
    {
      rows[i] = g_list_model_get_item (items, i);
      g_object_unref (rows[i]); /* the project keeps it */
      statuses[i] = buntan_item_get_status (rows[i]);
    }
  {
    g_autoptr (BuntanParty) first = g_list_model_get_item (parties, 0);
    g_autoptr (BuntanParty) third = g_list_model_get_item (parties, 2);

    party1 = g_strdup (buntan_party_get_id (first));
    party3 = g_strdup (buntan_party_get_id (third));
  }

  start_on_list (window);
  g_assert_true (focused_item (window) == rows[0]);

  /* Row 1: 1 makes the first party the owner, S moves the status on. */
  send_keys ("1 s");
  owners[0] = party1;
  statuses[0] = (statuses[0] + 1) % BUNTAN_N_ITEM_STATUSES;
  GUI_TEST_WAIT (buntan_item_get_status (rows[0]) == statuses[0]);
  g_assert_cmpstr (buntan_item_get_owner (rows[0]), ==, party1);

  /* Row 2: ↓, then 3 and S twice. */
  send_keys ("Down");
  GUI_TEST_WAIT (focused_item (window) == rows[1]);
  g_assert_true (buntan_part_page_get_selected_item (gui_show_part (window, 2)) == rows[1]);
  send_keys ("3 s s");
  owners[1] = party3;
  statuses[1] = (statuses[1] + 2) % BUNTAN_N_ITEM_STATUSES;
  GUI_TEST_WAIT (buntan_item_get_status (rows[1]) == statuses[1]);
  g_assert_cmpstr (buntan_item_get_owner (rows[1]), ==, party3);

  /* Row 3: 0 for undecided; F4 opens the status list, ↑ Enter picks the
   * status before, and the keyboard is back on the row, showing it. */
  send_keys ("Down");
  GUI_TEST_WAIT (focused_item (window) == rows[2]);
  send_keys ("0");
  owners[2] = NULL;
  GUI_TEST_WAIT (buntan_item_get_owner (rows[2]) == NULL);
  g_assert_cmpint (statuses[2], >, BUNTAN_ITEM_STATUS_OPEN);
  send_keys ("F4");
  GUI_TEST_WAIT (popup_open (window));
  send_keys ("Up Return");
  statuses[2] = statuses[2] - 1;
  GUI_TEST_WAIT (buntan_item_get_status (rows[2]) == statuses[2]);
  GUI_TEST_WAIT (focused_item (window) == rows[2]);
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));

  /* Row 4: J makes it joint, one step to undo; A marks it agreed. */
  send_keys ("Down");
  GUI_TEST_WAIT (focused_item (window) == rows[3]);
  {
    g_autofree char *before = g_strdup (buntan_item_get_owner (rows[3]));

    g_assert_cmpstr (before, !=, BUNTAN_OWNER_JOINT);
    send_keys ("j");
    GUI_TEST_WAIT (g_strcmp0 (buntan_item_get_owner (rows[3]), BUNTAN_OWNER_JOINT) == 0);
    if (before != NULL)
      g_assert_true (buntan_item_has_participant (rows[3], before));
    send_keys ("ctrl+z");
    GUI_TEST_WAIT (g_strcmp0 (buntan_item_get_owner (rows[3]), before) == 0);
    if (before != NULL)
      g_assert_false (buntan_item_has_participant (rows[3], before));
    GUI_TEST_WAIT (focused_item (window) == rows[3]);
    send_keys ("j a");
  }
  owners[3] = BUNTAN_OWNER_JOINT;
  statuses[3] = BUNTAN_ITEM_STATUS_AGREED;
  GUI_TEST_WAIT (buntan_item_get_status (rows[3]) == statuses[3]);
  g_assert_cmpstr (buntan_item_get_owner (rows[3]), ==, BUNTAN_OWNER_JOINT);

  /* Row 5: Shift+F4 opens the owner list, ↓ Enter picks the next choice;
   * S moves the status on. */
  send_keys ("Down");
  GUI_TEST_WAIT (focused_item (window) == rows[4]);
  choices = buntan_owner_cell_get_choices (focused_owner_cell (window));
  {
    const char *owner = NULL;

    g_assert_true (
      buntan_owner_choices_get_owner (choices,
                                      buntan_owner_choices_find (choices,
                                                                 buntan_item_get_owner (rows[4])) +
                                        1,
                                      &owner));
    next_owner = g_strdup (owner);
  }
  send_keys ("shift+F4");
  GUI_TEST_WAIT (popup_open (window));
  send_keys ("Down Return");
  owners[4] = next_owner;
  GUI_TEST_WAIT (g_strcmp0 (buntan_item_get_owner (rows[4]), next_owner) == 0);
  GUI_TEST_WAIT (focused_item (window) == rows[4]);
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  send_keys ("s");
  statuses[4] = (statuses[4] + 1) % BUNTAN_N_ITEM_STATUSES;
  GUI_TEST_WAIT (buntan_item_get_status (rows[4]) == statuses[4]);

  send_keys ("ctrl+s");
  GUI_TEST_WAIT (!buntan_project_get_is_modified (project));

  /* What the file says. */
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  saved_items =
    json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "items");
  for (guint i = 0; i < json_array_get_length (saved_items); i++)
    {
      JsonObject *saved = json_array_get_object_element (saved_items, i);

      for (guint row = 0; row < 5; row++)
        {
          JsonNode *owner = json_object_get_member (saved, "owner");

          if (g_strcmp0 (json_object_get_string_member (saved, "id"),
                         buntan_item_get_id (rows[row])) != 0)
            continue;

          g_test_message ("%s: %s, %s", buntan_item_get_id (rows[row]),
                          json_object_get_string_member (saved, "status"),
                          JSON_NODE_HOLDS_NULL (owner) ? "null" : json_node_get_string (owner));
          g_assert_cmpstr (json_object_get_string_member (saved, "status"), ==,
                           saved_status (statuses[row]));
          if (owners[row] == NULL)
            g_assert_true (JSON_NODE_HOLDS_NULL (owner));
          else
            g_assert_cmpstr (json_node_get_string (owner), ==, owners[row]);
          checked++;
        }
    }
  g_assert_cmpuint (checked, ==, 5);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* Tab from a row leaves the list in one step, Shift+Tab comes back to the
 * row in one step. */
static void
test_tab_leaves_list (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  BuntanWindow    *window;
  BuntanItem      *item;
  GtkWidget       *focus;

  if (!keys_possible ())
    {
      g_test_skip ("needs xdotool on an X display");
      return;
    }

  dir = gui_make_dir ();
  path = gui_copy_file (sample_path, dir, "tab.buntan");
  window = gui_window_new (application);
  gui_window_open (window, path);
  start_on_list (window);
  send_keys ("Down");
  GUI_TEST_WAIT ((item = focused_item (window)) != NULL);

  send_keys ("Tab");
  GUI_TEST_WAIT (focused_row (window) == NULL);
  focus = focus_of (window);
  g_assert_nonnull (focus);
  g_assert_null (gtk_widget_get_ancestor (focus, GTK_TYPE_COLUMN_VIEW));
  g_test_message ("Tab went from the row to a %s", G_OBJECT_TYPE_NAME (focus));
  /* The next control after the list: the detail pane. */
  g_assert_nonnull (gtk_widget_get_ancestor (focus, BUNTAN_TYPE_ITEM_DETAIL));

  send_keys ("shift+Tab");
  GUI_TEST_WAIT (focused_row (window) != NULL);
  g_assert_true (focused_item (window) == item);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  int status;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path =
    g_build_filename (g_getenv ("BUNTAN_SOURCE_ROOT"), "data", "examples", "sample.buntan", NULL);

  g_test_add_func ("/buntan/keyboard/walkthrough", test_walkthrough);
  g_test_add_func ("/buntan/keyboard/tab-leaves-list", test_tab_leaves_list);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
