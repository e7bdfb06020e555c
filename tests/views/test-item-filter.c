/* test-item-filter.c — the Part page's filter: its criteria, how it says what changed, its widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-item-filter.h"
#include "buntan-part-page.h"
#include "buntan-row.h"
#include "views-test-util.h"

typedef struct
{
  BuntanProject      *project;
  BuntanItemFilter   *filter;
  GtkFilterListModel *shown;
  GtkFilterChange     change;
  guint               n_changes;
} Fixture;

static void
filter_changed_cb (GtkFilter *filter, GtkFilterChange change, Fixture *fixture)
{
  fixture->change = change;
  fixture->n_changes++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  static const char json[] =
    "{\"format\": \"buntan-project\", \"version\": 1, \"title\": \"Filter\", \"parties\": ["
    "{\"id\": \"hospital\", \"kind\": \"hospital\", \"name\": \"H\"},"
    "{\"id\": \"v1\", \"kind\": \"vendor\", \"name\": \"V\"}], \"items\": ["
    "{\"id\": \"P2-A-1\", \"part\": 2, \"section\": \"A\", \"number\": \"1\", "
    "\"title\": \"Backup plan\", \"status\": \"open\", \"owner\": null, \"participants\": []},"
    "{\"id\": \"P2-A-2\", \"part\": 2, \"section\": \"A\", \"number\": \"2\", "
    "\"title\": \"Backup test\", \"status\": \"agreed\", \"owner\": \"v1\", \"participants\": []},"
    "{\"id\": \"P2-B-1\", \"part\": 2, \"section\": \"B\", \"number\": \"1\", "
    "\"title\": \"Network map\", \"status\": \"discussing\", \"owner\": \"hospital\", "
    "\"participants\": []},"
    "{\"id\": \"P2-B-2\", \"part\": 2, \"section\": \"B\", \"number\": \"2\", "
    "\"title\": \"Network backup\", \"status\": \"open\", \"owner\": \"v1\", "
    "\"participants\": []},"
    "{\"id\": \"P2-C-1\", \"part\": 2, \"section\": \"C\", \"number\": \"1\", "
    "\"title\": \"Joint review\", \"status\": \"not-applicable\", \"owner\": \"joint\", "
    "\"participants\": []}]}";
  g_autoptr (GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr (GError) error = NULL;

  fixture->project = buntan_project_new_from_bytes (bytes, "filter", &error);
  g_assert_no_error (error);

  fixture->filter = buntan_item_filter_new ();
  g_signal_connect (fixture->filter, "changed", G_CALLBACK (filter_changed_cb), fixture);
  fixture->shown =
    gtk_filter_list_model_new (g_object_ref (buntan_project_get_part_items (fixture->project, 2)),
                               g_object_ref (GTK_FILTER (fixture->filter)));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->shown);
  g_assert_finalize_object (fixture->filter);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

/* The ids of the items @model holds, in order, joined by spaces. */
static char *
dup_ids (GListModel *model)
{
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) object = g_list_model_get_item (model, i);
      BuntanItem *item =
        BUNTAN_IS_ROW (object) ? buntan_row_get_item (BUNTAN_ROW (object)) : BUNTAN_ITEM (object);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", buntan_item_get_id (item));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

#define assert_shown(fixture, expected)                                                            \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_autofree char *ids_ = dup_ids (G_LIST_MODEL ((fixture)->shown));                             \
    g_assert_cmpstr (ids_, ==, (expected));                                                        \
  }                                                                                                \
  G_STMT_END

static void
test_criteria (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GHashTable) gap_items = g_hash_table_new (g_str_hash, g_str_equal);
  BuntanItem *kept;

  assert_shown (fixture, "P2-A-1 P2-A-2 P2-B-1 P2-B-2 P2-C-1");
  g_assert_false (buntan_item_filter_get_active (fixture->filter));

  /* Found in the titles, whatever the case, with the spaces around dropped. */
  g_object_set (fixture->filter, "search", "  BACKUP ", NULL);
  assert_shown (fixture, "P2-A-1 P2-A-2 P2-B-2");
  g_object_set (fixture->filter, "section", "A", NULL);
  assert_shown (fixture, "P2-A-1 P2-A-2");
  g_object_set (fixture->filter, "section", NULL, "search", NULL, "status", BUNTAN_ITEM_STATUS_OPEN,
                NULL);
  assert_shown (fixture, "P2-A-1 P2-B-2");

  g_object_set (fixture->filter, "status", -1, "owner", BUNTAN_ITEM_FILTER_UNDECIDED, NULL);
  assert_shown (fixture, "P2-A-1");
  g_object_set (fixture->filter, "owner", "v1", NULL);
  assert_shown (fixture, "P2-A-2 P2-B-2");
  g_object_set (fixture->filter, "owner", "joint", NULL);
  assert_shown (fixture, "P2-C-1");

  /* Gaps only: the items the page says have a gap, and none before it says. */
  g_object_set (fixture->filter, "owner", NULL, "gaps-only", TRUE, NULL);
  assert_shown (fixture, "");
  g_hash_table_add (gap_items, "P2-B-1");
  g_hash_table_add (gap_items, "P2-C-1");
  g_object_set (fixture->filter, "gap-items", gap_items, NULL);
  assert_shown (fixture, "P2-B-1 P2-C-1");

  /* The item kept through a change stays whatever the criteria. */
  kept = g_list_model_get_item (buntan_project_get_part_items (fixture->project, 2), 0);
  buntan_item_filter_set_kept_item (fixture->filter, kept);
  gtk_filter_changed (GTK_FILTER (fixture->filter), GTK_FILTER_CHANGE_DIFFERENT);
  buntan_item_filter_set_kept_item (fixture->filter, NULL);
  g_object_unref (kept);
  assert_shown (fixture, "P2-A-1 P2-B-1 P2-C-1");

  buntan_item_filter_reset (fixture->filter);
  assert_shown (fixture, "P2-A-1 P2-A-2 P2-B-1 P2-B-2 P2-C-1");
  g_assert_false (buntan_item_filter_get_active (fixture->filter));
  g_assert_null (buntan_item_filter_get_search (fixture->filter));
  g_assert_false (buntan_item_filter_get_gaps_only (fixture->filter));
}

/* Sets @property to @value and checks the one "changed" it causes. */
static void
assert_change (Fixture        *fixture,
               const char     *property,
               const GValue   *value,
               GtkFilterChange expected)
{
  fixture->n_changes = 0;
  g_object_set_property (G_OBJECT (fixture->filter), property, value);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  g_assert_cmpint (fixture->change, ==, expected);
}

static void
assert_string_change (Fixture        *fixture,
                      const char     *property,
                      const char     *value,
                      GtkFilterChange expected)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  assert_change (fixture, property, &gvalue, expected);
}

static void
assert_int_change (Fixture *fixture, const char *property, int value, GtkFilterChange expected)
{
  g_auto (GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  assert_change (fixture, property, &gvalue, expected);
}

static void
assert_no_change (Fixture *fixture, const char *property, const char *value)
{
  fixture->n_changes = 0;
  g_object_set (fixture->filter, property, value, NULL);
  g_assert_cmpuint (fixture->n_changes, ==, 0);
}

static void
test_strictness (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GHashTable) gap_items = g_hash_table_new (g_str_hash, g_str_equal);

  /* Typing narrows, deleting widens, anything else is another search. */
  assert_string_change (fixture, "search", "net", GTK_FILTER_CHANGE_MORE_STRICT);
  assert_string_change (fixture, "search", "netw", GTK_FILTER_CHANGE_MORE_STRICT);
  assert_string_change (fixture, "search", "net", GTK_FILTER_CHANGE_LESS_STRICT);
  assert_string_change (fixture, "search", "map", GTK_FILTER_CHANGE_DIFFERENT);
  /* Spaces and case change no result. */
  assert_no_change (fixture, "search", " MAP ");
  assert_string_change (fixture, "search", "", GTK_FILTER_CHANGE_LESS_STRICT);
  assert_no_change (fixture, "search", NULL);

  assert_string_change (fixture, "section", "A", GTK_FILTER_CHANGE_MORE_STRICT);
  assert_string_change (fixture, "section", "B", GTK_FILTER_CHANGE_DIFFERENT);
  assert_string_change (fixture, "section", NULL, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_no_change (fixture, "section", NULL);

  assert_int_change (fixture, "status", BUNTAN_ITEM_STATUS_AGREED, GTK_FILTER_CHANGE_MORE_STRICT);
  assert_int_change (fixture, "status", BUNTAN_ITEM_STATUS_OPEN, GTK_FILTER_CHANGE_DIFFERENT);
  assert_int_change (fixture, "status", -1, GTK_FILTER_CHANGE_LESS_STRICT);

  assert_string_change (fixture, "owner", BUNTAN_ITEM_FILTER_UNDECIDED,
                        GTK_FILTER_CHANGE_MORE_STRICT);
  assert_string_change (fixture, "owner", "v1", GTK_FILTER_CHANGE_DIFFERENT);
  assert_string_change (fixture, "owner", NULL, GTK_FILTER_CHANGE_LESS_STRICT);

  fixture->n_changes = 0;
  g_object_set (fixture->filter, "gaps-only", TRUE, NULL);
  g_assert_cmpint (fixture->change, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  /* Other gaps while only gaps are shown: another result. */
  g_object_set (fixture->filter, "gap-items", gap_items, NULL);
  g_assert_cmpint (fixture->change, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_object_set (fixture->filter, "gaps-only", FALSE, NULL);
  g_assert_cmpint (fixture->change, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (fixture->n_changes, ==, 3);
  /* …and no change while they are not. */
  g_object_set (fixture->filter, "gap-items", NULL, NULL);
  g_assert_cmpuint (fixture->n_changes, ==, 3);

  /* Lifting three criteria at once is one change. */
  g_object_set (fixture->filter, "search", "b", "section", "A", "owner", "v1", NULL);
  fixture->n_changes = 0;
  buntan_item_filter_reset (fixture->filter);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
  g_assert_cmpint (fixture->change, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  buntan_item_filter_reset (fixture->filter);
  g_assert_cmpuint (fixture->n_changes, ==, 1);
}

/* A widget of the filter bar, by the tooltip that says what it does. */
static GtkWidget *
find_by_tooltip (GtkWidget *widget, const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GListModel *
page_rows (BuntanPartPage *page)
{
  GtkWidget *column_view = views_test_find_widget (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW, NULL);

  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
}

#define assert_page_shows(page, expected)                                                          \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_autofree char *ids_ = dup_ids (page_rows (page));                                            \
    g_assert_cmpstr (ids_, ==, (expected));                                                        \
  }                                                                                                \
  G_STMT_END

static void
test_page_widgets (Fixture *fixture, gconstpointer data)
{
  BuntanPartPage *page = g_object_ref_sink (g_object_new (BUNTAN_TYPE_PART_PAGE, "part", 2, NULL));
  g_autoptr (BuntanMatrix) matrix = NULL;
  g_autoptr (GString) gap_ids = g_string_new (NULL);
  g_autoptr (BuntanItem) last = NULL;
  GtkDropDown     *section, *status, *owner;
  GtkToggleButton *gaps;

  buntan_part_page_set_project (page, fixture->project);
  section = GTK_DROP_DOWN (find_by_tooltip (GTK_WIDGET (page), "Show one section"));
  status = GTK_DROP_DOWN (find_by_tooltip (GTK_WIDGET (page), "Show one status"));
  owner = GTK_DROP_DOWN (find_by_tooltip (GTK_WIDGET (page), "Show the items of one owner"));
  gaps = GTK_TOGGLE_BUTTON (views_test_find_button (GTK_WIDGET (page), "_Gaps Only"));
  assert_page_shows (page, "P2-A-1 P2-A-2 P2-B-1 P2-B-2 P2-C-1");

  /* "All sections", A, B, C. */
  gtk_drop_down_set_selected (section, 2);
  assert_page_shows (page, "P2-B-1 P2-B-2");
  /* "All statuses", then the statuses in their order. */
  gtk_drop_down_set_selected (status, 1 + BUNTAN_ITEM_STATUS_OPEN);
  assert_page_shows (page, "P2-B-2");
  gtk_drop_down_set_selected (section, 0);
  assert_page_shows (page, "P2-A-1 P2-B-2");
  gtk_drop_down_set_selected (status, 0);

  /* "All owners", 未定, the parties in their order, 共同. */
  gtk_drop_down_set_selected (owner, 1);
  assert_page_shows (page, "P2-A-1");
  gtk_drop_down_set_selected (owner, 3);
  assert_page_shows (page, "P2-A-2 P2-B-2");
  gtk_drop_down_set_selected (owner, 4);
  assert_page_shows (page, "P2-C-1");
  gtk_drop_down_set_selected (owner, 0);

  /* Gaps only: the matrix's gaps, whatever they are. */
  matrix = buntan_matrix_new (fixture->project, BUNTAN_MATRIX_FLAGS_NONE);
  buntan_part_page_set_matrix (page, matrix);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr (BuntanItem) item =
        g_list_model_get_item (buntan_project_get_part_items (fixture->project, 2), i);

      if (buntan_matrix_item_has_gap (matrix, buntan_item_get_id (item)))
        g_string_append_printf (gap_ids, "%s%s", gap_ids->len > 0 ? " " : "",
                                buntan_item_get_id (item));
    }
  g_assert_cmpuint (gap_ids->len, >, 0);
  gtk_toggle_button_set_active (gaps, TRUE);
  assert_page_shows (page, gap_ids->str);

  /* Selecting a hidden item lifts the filters, in the widgets too. */
  gtk_toggle_button_set_active (gaps, FALSE);
  gtk_drop_down_set_selected (section, 1);
  gtk_drop_down_set_selected (owner, 2);
  last = g_list_model_get_item (buntan_project_get_part_items (fixture->project, 2), 4);
  buntan_part_page_select_item (page, last);
  assert_page_shows (page, "P2-A-1 P2-A-2 P2-B-1 P2-B-2 P2-C-1");
  g_assert_cmpuint (gtk_drop_down_get_selected (section), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (owner), ==, 0);
  g_assert_false (gtk_toggle_button_get_active (gaps));
  g_assert_true (buntan_part_page_get_selected_item (page) == last);

  buntan_part_page_set_project (page, NULL);
  g_clear_object (&last);
  g_clear_object (&matrix);
  g_assert_finalize_object (page);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

#define ADD(name, func)                                                                            \
  g_test_add ("/buntan/item-filter/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("criteria", test_criteria);
  ADD ("strictness", test_strictness);
  ADD ("page-widgets", test_page_widgets);

  return g_test_run ();
}
