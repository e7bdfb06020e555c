/* test-part-page-focus.c — the detail pane follows the keyboard into the list's rows (issue 12)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-item-cell.h"
#include "buntan-item-detail.h"
#include "buntan-owner-cell.h"
#include "buntan-part-page.h"
#include "buntan-status-cell.h"
#include "views-test-util.h"

#define N_ITEMS 5

typedef struct
{
  BuntanProject  *project;
  GtkWindow      *window;
  BuntanPartPage *page;
} Fixture;

typedef struct
{
  GtkWidget  *root;
  GType       type;
  BuntanItem *item;
  GtkWidget  *found;
} CellSearch;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = buntan_test_project_of_items ("focus", N_ITEMS, "open");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->page = g_object_new (BUNTAN_TYPE_PART_PAGE, "part", 2, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  buntan_part_page_set_project (fixture->page, fixture->project);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

static void
find_cell (CellSearch *search, GtkWidget *widget)
{
  if (search->found != NULL)
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, search->type) && gtk_widget_get_mapped (widget) &&
      buntan_item_cell_get_item (BUNTAN_ITEM_CELL (widget)) == search->item)
    {
      search->found = widget;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_cell (search, child);
}

static gboolean
cell_shown (gpointer data)
{
  CellSearch *search = data;

  search->found = NULL;
  find_cell (search, search->root);
  return search->found != NULL;
}

/* The cell of @type on screen in @item's row. */
static GtkWidget *
wait_for_cell (Fixture *fixture, GType type, BuntanItem *item)
{
  CellSearch search = { GTK_WIDGET (fixture->page), type, item, NULL };

  g_assert_true (views_test_wait_for (cell_shown, &search));
  return search.found;
}

static GtkWidget *
find_label (GtkWidget *widget, const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether the detail pane shows item @number's title, and no other's. */
static gboolean
detail_shows_item (Fixture *fixture, guint number)
{
  GtkWidget *detail =
    views_test_find_widget (GTK_WIDGET (fixture->page), BUNTAN_TYPE_ITEM_DETAIL, NULL);

  for (guint i = 1; i <= N_ITEMS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Item number %u", i);

      if ((find_label (detail, title) != NULL) != (i == number))
        return FALSE;
    }

  return TRUE;
}

/* The row of the list that holds @cell. */
static GtkWidget *
row_of (GtkWidget *cell)
{
  GtkWidget *row = cell;

  while (gtk_widget_get_parent (row) != NULL && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (row)))
    row = gtk_widget_get_parent (row);
  g_assert_nonnull (gtk_widget_get_parent (row));
  return row;
}

static void
test_focus_selects_row (Fixture *fixture, gconstpointer data)
{
  GType       types[] = { BUNTAN_TYPE_STATUS_CELL, BUNTAN_TYPE_OWNER_CELL };
  GListModel *items = buntan_project_get_part_items (fixture->project, 2);
  GtkWidget  *search =
    views_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, NULL);

  /* The list starts on its first row. */
  g_assert_true (detail_shows_item (fixture, 1));

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, 2 + i);
      GtkWidget *cell = wait_for_cell (fixture, types[i], item);
      GtkWidget *row = row_of (cell);

      /* One Tab stop per row: the row, not its cells' dropdowns. */
      g_assert_false (gtk_widget_child_focus (cell, GTK_DIR_TAB_FORWARD));

      /* As Tab into the list does: the keyboard lands on the row from
       * outside the list. */
      g_assert_true (gtk_widget_grab_focus (search));
      g_assert_true (gtk_widget_grab_focus (row));
      g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == row);
      views_test_spin (20);

      g_assert_true (buntan_part_page_get_selected_item (fixture->page) == item);
      g_assert_true (detail_shows_item (fixture, 3 + i));
    }
}

static gboolean
popover_mapped (gpointer data)
{
  GtkWidget *popover = views_test_find_widget (data, GTK_TYPE_POPOVER, NULL);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

/* A click on a cell opens its list and selects its row; after the choice
 * the keyboard is back on the row, and shows it (issue 12). */
static void
test_choice_returns_to_row (Fixture *fixture, gconstpointer data)
{
  GListModel *items = buntan_project_get_part_items (fixture->project, 2);
  g_autoptr (BuntanItem) item = g_list_model_get_item (items, 3);
  GtkWidget   *cell = wait_for_cell (fixture, BUNTAN_TYPE_STATUS_CELL, item);
  GtkDropDown *drop_down;

  gtk_window_set_focus_visible (fixture->window, FALSE);
  buntan_item_cell_popup (BUNTAN_ITEM_CELL (cell));
  drop_down = buntan_item_cell_peek_drop_down (BUNTAN_ITEM_CELL (cell));
  g_assert_nonnull (drop_down);
  g_assert_true (views_test_wait_for (popover_mapped, drop_down));
  views_test_spin (20);
  g_assert_true (buntan_part_page_get_selected_item (fixture->page) == item);

  /* What a click on 合意済 in the list does. */
  gtk_drop_down_set_selected (drop_down, BUNTAN_ITEM_STATUS_AGREED);
  gtk_popover_popdown (
    GTK_POPOVER (views_test_find_widget (GTK_WIDGET (drop_down), GTK_TYPE_POPOVER, NULL)));
  views_test_spin (20);

  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) == row_of (cell));
  g_assert_true (gtk_window_get_focus_visible (fixture->window));
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add ("/buntan/part-page/focus-selects-row", Fixture, NULL, fixture_set_up,
              test_focus_selects_row, fixture_tear_down);
  g_test_add ("/buntan/part-page/choice-returns-to-row", Fixture, NULL, fixture_set_up,
              test_choice_returns_to_row, fixture_tear_down);

  return g_test_run ();
}
