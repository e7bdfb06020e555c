/* test-row-model.c — the rows of a long list come in batches, and in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-batched-list.h"
#include "buntan-row-model.h"
#include "views-test-util.h"

#define N_ITEMS 1000

typedef struct
{
  BuntanProject     *project;
  GListStore        *store;
  BuntanBatchedList *batched;
  BuntanRowModel    *rows;
  guint              rows_changed;
} Fixture;

static void
rows_changed_cb (BuntanRowModel *rows, guint position, Fixture *fixture)
{
  fixture->rows_changed++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = buntan_test_project_of_items ("rows", N_ITEMS, "open");

  fixture->store = g_list_store_new (BUNTAN_TYPE_ITEM);
  /* As the Part pages have it. */
  fixture->batched =
    buntan_batched_list_new (G_LIST_MODEL (fixture->store), BUNTAN_BATCHED_LIST_ALL_AFTER);
  fixture->rows = buntan_row_model_new (G_LIST_MODEL (fixture->batched));
  g_signal_connect (fixture->rows, "rows-changed", G_CALLBACK (rows_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->rows);
  g_clear_object (&fixture->batched);
  g_clear_object (&fixture->store);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

/* Puts the project's first @n items in the store, instead of what it holds. */
static void
fill_store (Fixture *fixture, guint n)
{
  GListModel *items = buntan_project_get_items (fixture->project);
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (added, g_list_model_get_item (items, i));
  g_list_store_splice (fixture->store, 0, g_list_model_get_n_items (G_LIST_MODEL (fixture->store)),
                       added->pdata, n);
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->rows));
}

static gboolean
all_rows_shown (gpointer data)
{
  Fixture *fixture = data;

  return n_rows (fixture) == g_list_model_get_n_items (G_LIST_MODEL (fixture->store));
}

/* Each row shows the item at its position in the store. */
static void
assert_rows_in_order (Fixture *fixture)
{
  for (guint i = 0; i < n_rows (fixture); i++)
    {
      g_autoptr (BuntanRow) row = g_list_model_get_item (G_LIST_MODEL (fixture->rows), i);
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (fixture->store), i);

      g_assert_true (buntan_row_get_item (row) == item);
      g_assert_cmpuint (buntan_row_get_position (row), ==, i);
    }
}

static void
test_grows_in_batches (Fixture *fixture, gconstpointer data)
{
  fill_store (fixture, N_ITEMS);
  /* A first batch at once, not the whole list. */
  g_assert_cmpuint (n_rows (fixture), >, 0);
  g_assert_cmpuint (n_rows (fixture), <, N_ITEMS);
  g_assert_cmpuint (fixture->rows_changed, ==, 1);
  assert_rows_in_order (fixture);

  g_assert_true (views_test_wait_for (all_rows_shown, fixture));
  g_assert_cmpuint (fixture->rows_changed, >, 2);
  assert_rows_in_order (fixture);
}

static void
test_flush (Fixture *fixture, gconstpointer data)
{
  fill_store (fixture, N_ITEMS);
  g_assert_cmpuint (n_rows (fixture), <, N_ITEMS);
  buntan_batched_list_flush (fixture->batched);
  g_assert_cmpuint (n_rows (fixture), ==, N_ITEMS);
  assert_rows_in_order (fixture);

  /* Nothing more comes later. */
  fixture->rows_changed = 0;
  views_test_spin (50);
  g_assert_cmpuint (fixture->rows_changed, ==, 0);
}

static void
test_short_and_shrinking (Fixture *fixture, gconstpointer data)
{
  /* A list no longer than the rows GTK makes widgets for grows at once. */
  fill_store (fixture, 200);
  g_assert_cmpuint (n_rows (fixture), ==, 200);
  assert_rows_in_order (fixture);

  /* Shrinking is at once, also while the list grows. */
  fill_store (fixture, 0);
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  fill_store (fixture, N_ITEMS);
  g_assert_cmpuint (n_rows (fixture), <, N_ITEMS);
  fill_store (fixture, 10);
  g_assert_cmpuint (n_rows (fixture), ==, 10);
  views_test_spin (50);
  g_assert_cmpuint (n_rows (fixture), ==, 10);
  assert_rows_in_order (fixture);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

#define ADD(name, func)                                                                            \
  g_test_add ("/buntan/row-model/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("grows-in-batches", test_grows_in_batches);
  ADD ("flush", test_flush);
  ADD ("short-and-shrinking", test_short_and_shrinking);
#undef ADD

  return g_test_run ();
}
