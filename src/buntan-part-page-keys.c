/* buntan-part-page-keys.c — the keyboard on a Part page's list: a row's keys, Tab out, Esc back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of BuntanPartPage (see buntan-part-page-private.h): the keys act on
 * the page's column view, selection and detail pane and keep no state of
 * their own, so they are a file of the page, as GNOME Text Editor keeps
 * its window's actions in editor-window-actions.c.
 */

#include "config.h"

#include "buntan-owner-cell.h"
#include "buntan-part-page-private.h"
#include "buntan-status-cell.h"

GtkWidget *
_buntan_part_page_find_list_view (BuntanPartPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/* The row of the list that has the keyboard focus itself (not a widget in
 * it, such as an open list of choices), or NULL. */
static GtkWidget *
find_focused_row (BuntanPartPage *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *list = _buntan_part_page_find_list_view (self);

  if (focus == NULL || list == NULL || gtk_widget_get_parent (focus) != list)
    return NULL;

  return focus;
}

static BuntanItemCell *
find_row_cell (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return BUNTAN_ITEM_CELL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      BuntanItemCell *found = find_row_cell (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Tab on a row leaves the list, as from any other control: the list is one
 * stop, not one per row (GTK 4.8's list moves on to the next row). With
 * the list out of the focus chain for a moment, the window moves the focus
 * as Tab does, to the control after the list (the detail pane) or before
 * it (the filters). */
static gboolean
leave_list (BuntanPartPage *self, GtkDirectionType direction)
{
  GtkWidget *list = _buntan_part_page_find_list_view (self);
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_can_focus (list, FALSE);
  if (!gtk_widget_child_focus (GTK_WIDGET (root), direction))
    gtk_root_set_focus (root, NULL);
  gtk_widget_set_can_focus (list, TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
  return TRUE;
}

/* The key's digit (also on the keypad), or -1. */
static int
key_digit (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return -1;
}

/* 0 undecided, 1–9 the n-th party, as in meeting mode. */
static gboolean
set_nth_owner (BuntanPartPage *self, BuntanItem *item, guint n)
{
  GListModel *parties = buntan_project_get_parties (self->project);
  g_autoptr (BuntanParty) party = NULL;

  if (n > g_list_model_get_n_items (parties))
    return FALSE;

  if (n > 0)
    party = g_list_model_get_item (parties, n - 1);
  buntan_project_set_item_owner (self->project, item,
                                 party != NULL ? buntan_party_get_id (party) : NULL);
  return TRUE;
}

/* The keys of the focused row (the help overlay lists them): S and A for
 * the status, 0–9 and J for the owner as in meeting mode, F4 or Alt+↓ to
 * choose the status from its list, with Shift the owner. */
static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     BuntanPartPage        *self)
{
  GtkWidget      *row = find_focused_row (self);
  gboolean        shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean        alt = (state & GDK_ALT_MASK) != 0;
  BuntanItemCell *status_cell;
  BuntanItemCell *owner_cell;
  BuntanItem     *item;
  int             digit;

  /* Ctrl+S and the like belong to the window. */
  if (row == NULL || (state & (GDK_CONTROL_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    return !alt && leave_list (self, shift ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);

  status_cell = find_row_cell (row, BUNTAN_TYPE_STATUS_CELL);
  owner_cell = find_row_cell (row, BUNTAN_TYPE_OWNER_CELL);
  item = status_cell != NULL ? buntan_item_cell_get_item (status_cell) : NULL;
  if (item == NULL || owner_cell == NULL || self->project == NULL)
    return FALSE;

  /* The detail pane shows the item the keys change. */
  _buntan_part_page_select_list_item (self,
                                      g_object_get_data (G_OBJECT (status_cell), "list-item"));

  if (keyval == GDK_KEY_F4 || (alt && (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)))
    {
      buntan_item_cell_popup (shift ? owner_cell : status_cell);
      return TRUE;
    }
  if (alt)
    return FALSE;

  digit = key_digit (keyval);
  if (digit >= 0)
    {
      if (!set_nth_owner (self, item, (guint) digit))
        gtk_widget_error_bell (row);
      return TRUE;
    }

  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_s:
      buntan_item_set_status (item, (buntan_item_get_status (item) + 1) % BUNTAN_N_ITEM_STATUSES);
      return TRUE;
    case GDK_KEY_a:
      buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
      return TRUE;
    case GDK_KEY_j:
      buntan_project_make_item_joint (self->project, item);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Tab into the list lands on the row the keyboard last left, which a
 * search or the matrix may have moved the selection away from: the detail
 * pane follows the keyboard. (The window tells once the focus has moved;
 * a focus controller's "enter" comes before.) */
void
_buntan_part_page_window_focus_changed_cb (BuntanPartPage *self)
{
  GtkWidget      *row = find_focused_row (self);
  BuntanItemCell *cell = row != NULL ? find_row_cell (row, BUNTAN_TYPE_STATUS_CELL) : NULL;

  if (cell != NULL)
    _buntan_part_page_select_list_item (self, g_object_get_data (G_OBJECT (cell), "list-item"));
}

static void
list_keys_add (BuntanPartPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Capture: before the row's own keys (Space selects it) and the
   * window's Tab, which the list would take to its next row. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);
}

/* Esc in the detail goes back to the item's row, as the pane came from it. */
static gboolean
detail_escape_cb (GtkWidget *widget, GVariant *arguments, gpointer user_data)
{
  BuntanPartPage *self = user_data;
  guint           position = gtk_single_selection_get_selected (self->selection);
  GtkWidget      *list;

  if (buntan_split_pane_get_folded (self->split_pane))
    buntan_split_pane_set_reveal_pane (self->split_pane, FALSE);

  if (position != GTK_INVALID_LIST_POSITION)
    _buntan_part_page_scroll_to (self, position);
  /* The list view gives the focus to the row it scrolled to. */
  list = _buntan_part_page_find_list_view (self);

  return gtk_widget_grab_focus (list != NULL ? list : GTK_WIDGET (self->column_view));
}

static void
escape_controller_add (BuntanPartPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_callback_action_new (detail_escape_cb,
                                                                                   self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->detail), controller);
}

void
_buntan_part_page_add_keys (BuntanPartPage *self)
{
  escape_controller_add (self);
  list_keys_add (self);
}
