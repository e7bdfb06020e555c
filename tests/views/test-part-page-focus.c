/* test-part-page-focus.c — the detail pane follows the keyboard into the list's rows (issue 12, 2)
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

static void
test_focus_selects_row (Fixture *fixture, gconstpointer data)
{
  GType       types[] = { BUNTAN_TYPE_STATUS_CELL, BUNTAN_TYPE_OWNER_CELL };
  GListModel *items = buntan_project_get_part_items (fixture->project, 2);

  /* The list starts on its first row. */
  g_assert_true (detail_shows_item (fixture, 1));

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, 2 + i);
      GtkWidget *cell = wait_for_cell (fixture, types[i], item);

      /* As Tab does: the keyboard moves into the cell's dropdown. */
      g_assert_true (gtk_widget_child_focus (cell, GTK_DIR_TAB_FORWARD));
      g_assert_true (
        gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), cell));
      views_test_spin (20);

      g_assert_true (buntan_part_page_get_selected_item (fixture->page) == item);
      g_assert_true (detail_shows_item (fixture, 3 + i));
    }
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add ("/buntan/part-page/focus-selects-row", Fixture, NULL, fixture_set_up,
              test_focus_selects_row, fixture_tear_down);

  return g_test_run ();
}
