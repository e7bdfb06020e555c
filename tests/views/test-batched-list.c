/* test-batched-list.c — a list shown growing in batches: what it shows, and what it says changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-batched-list.h"
#include "views-test-util.h"

#define N_ITEMS 1000

typedef struct
{
  GtkStringList     *strings;
  BuntanBatchedList *batched;
  GPtrArray         *mirror; /* the strings as told by "items-changed" alone */
  guint              n_changes;
} Fixture;

/* Follows the list through its "items-changed" alone, as a list view does. */
static void
items_changed_cb (GListModel *list, guint position, guint removed, guint added, Fixture *fixture)
{
  g_assert_cmpuint (position + removed, <=, fixture->mirror->len);
  g_ptr_array_remove_range (fixture->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (fixture->mirror, (int) (position + i),
                        g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (
                                                                buntan_batched_list_get_model (
                                                                  fixture->batched)),
                                                              position + i)));
  g_assert_cmpuint (fixture->mirror->len, ==, g_list_model_get_n_items (list));
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->strings = gtk_string_list_new (NULL);
  fixture->mirror = g_ptr_array_new_with_free_func (g_free);
  fixture->batched =
    buntan_batched_list_new (G_LIST_MODEL (fixture->strings), GPOINTER_TO_UINT (data));
  g_signal_connect (fixture->batched, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->batched);
  g_assert_finalize_object (fixture->strings);
  g_ptr_array_unref (fixture->mirror);
}

/* Puts @n strings made from @prefix in the list, instead of what it holds. */
static void
fill (Fixture *fixture, const char *prefix, guint n)
{
  g_autoptr (GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (strings, g_strdup_printf ("%s %u", prefix, i));
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (fixture->strings, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (fixture->strings)),
                          (const char *const *) strings->pdata);
}

static guint
n_shown (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->batched));
}

/* What the list shows is the start of the model, and what a view told of
 * its changes holds the same. */
static void
assert_prefix (Fixture *fixture)
{
  g_assert_cmpuint (n_shown (fixture), <=,
                    g_list_model_get_n_items (G_LIST_MODEL (fixture->strings)));
  for (guint i = 0; i < n_shown (fixture); i++)
    {
      g_autoptr (GtkStringObject) shown =
        g_list_model_get_item (G_LIST_MODEL (fixture->batched), i);

      g_assert_cmpstr (gtk_string_object_get_string (shown), ==,
                       gtk_string_list_get_string (fixture->strings, i));
      g_assert_cmpstr (g_ptr_array_index (fixture->mirror, i), ==,
                       gtk_string_list_get_string (fixture->strings, i));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (fixture->batched), n_shown (fixture)));
}

static gboolean
all_shown (gpointer data)
{
  Fixture *fixture = data;

  return n_shown (fixture) == g_list_model_get_n_items (G_LIST_MODEL (fixture->strings));
}

static void
test_grows_in_batches (Fixture *fixture, gconstpointer data)
{
  fill (fixture, "a", N_ITEMS);
  /* A first batch at once, not the whole list. */
  g_assert_cmpuint (n_shown (fixture), >, 0);
  g_assert_cmpuint (n_shown (fixture), <, 200);
  g_assert_true (buntan_batched_list_get_growing (fixture->batched));
  assert_prefix (fixture);

  g_assert_true (views_test_wait_for (all_shown, fixture));
  g_assert_false (buntan_batched_list_get_growing (fixture->batched));
  g_assert_cmpuint (fixture->n_changes, >, 2);
  assert_prefix (fixture);
}

static void
test_short_list (Fixture *fixture, gconstpointer data)
{
  guint short_length = GPOINTER_TO_UINT (data);

  fill (fixture, "a", 200);
  if (short_length >= 200)
    {
      g_assert_cmpuint (n_shown (fixture), ==, 200);
      g_assert_false (buntan_batched_list_get_growing (fixture->batched));
    }
  else
    {
      /* Even 200 rows are too many at once where rows cost. */
      g_assert_cmpuint (n_shown (fixture), <, 200);
      g_assert_true (views_test_wait_for (all_shown, fixture));
    }
  assert_prefix (fixture);
}

static void
test_changes_pass (Fixture *fixture, gconstpointer data)
{
  fill (fixture, "a", N_ITEMS);
  buntan_batched_list_flush (fixture->batched);
  g_assert_cmpuint (n_shown (fixture), ==, N_ITEMS);
  assert_prefix (fixture);

  /* Another list of the same length: at once, all of it (no new rows). */
  fixture->n_changes = 0;
  fill (fixture, "b", N_ITEMS);
  g_assert_cmpuint (n_shown (fixture), ==, N_ITEMS);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  assert_prefix (fixture);

  /* Shrinking is at once, also while the list grows. */
  fill (fixture, "c", 10);
  g_assert_cmpuint (n_shown (fixture), ==, 10);
  fill (fixture, "d", N_ITEMS);
  g_assert_cmpuint (n_shown (fixture), <, N_ITEMS);
  assert_prefix (fixture);
  fill (fixture, "e", 5);
  g_assert_cmpuint (n_shown (fixture), ==, 5);
  g_assert_false (buntan_batched_list_get_growing (fixture->batched));
  views_test_spin (50);
  g_assert_cmpuint (n_shown (fixture), ==, 5);
  assert_prefix (fixture);

  /* A change past what is shown waits for its batch; one in it shows at once. */
  fill (fixture, "f", N_ITEMS);
  gtk_string_list_splice (fixture->strings, N_ITEMS - 1, 1, (const char *const[]){ "last", NULL });
  gtk_string_list_splice (fixture->strings, 0, 1, (const char *const[]){ "first", NULL });
  assert_prefix (fixture);
  g_assert_true (views_test_wait_for (all_shown, fixture));
  assert_prefix (fixture);
  g_assert_cmpstr (g_ptr_array_index (fixture->mirror, N_ITEMS - 1), ==, "last");
}

static void
test_flush_and_model (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GtkStringList) other = gtk_string_list_new ((const char *const[]){ "x", "y", NULL });

  fill (fixture, "a", N_ITEMS);
  buntan_batched_list_flush (fixture->batched);
  g_assert_cmpuint (n_shown (fixture), ==, N_ITEMS);
  g_assert_false (buntan_batched_list_get_growing (fixture->batched));
  /* Nothing more comes later. */
  fixture->n_changes = 0;
  views_test_spin (50);
  g_assert_cmpuint (fixture->n_changes, ==, 0);
  assert_prefix (fixture);

  /* Another model replaces all that was shown. */
  buntan_batched_list_set_model (fixture->batched, G_LIST_MODEL (other));
  g_assert_cmpuint (n_shown (fixture), ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->mirror, 1), ==, "y");
  buntan_batched_list_set_model (fixture->batched, NULL);
  g_assert_cmpuint (n_shown (fixture), ==, 0);
  g_assert_cmpuint (fixture->mirror->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

    /* As the matrix has it (every list in batches) and as the Part pages do
   * (a list of up to 250 at once). */
#define ADD(name, short_length, func)                                                              \
  g_test_add ("/buntan/batched-list/" name, Fixture, GUINT_TO_POINTER (short_length),              \
              fixture_set_up, func, fixture_tear_down)

  ADD ("grows-in-batches", 0, test_grows_in_batches);
  ADD ("grows-in-batches/short-250", BUNTAN_BATCHED_LIST_ALL_AFTER, test_grows_in_batches);
  ADD ("short-list", 0, test_short_list);
  ADD ("short-list/short-250", BUNTAN_BATCHED_LIST_ALL_AFTER, test_short_list);
  ADD ("changes-pass", 0, test_changes_pass);
  ADD ("flush-and-model", 0, test_flush_and_model);

  return g_test_run ();
}
