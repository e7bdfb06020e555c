/* test-detail-next-year.c — the detail pane of next year's project: last year's answers beside
 * this year's checks, and no item-level check rows on items the vendors confirm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-item-detail.h"
#include "buntan-part-page.h"
#include "views-test-util.h"

static GtkWidget *
find_named (GtkWidget *widget, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label_text (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_text (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A visible row titled @title, as a person sees the pane. */
static gboolean
shows_row (GtkWidget *detail, const char *title)
{
  return views_test_find_widget (detail, ADW_TYPE_ACTION_ROW, title) != NULL;
}

static BuntanPartPage *
show_page (GtkWindow *window, BuntanProject *project, guint part)
{
  BuntanPartPage *page = g_object_new (BUNTAN_TYPE_PART_PAGE, "part", part, NULL);

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (page));
  buntan_part_page_set_project (page, project);
  gtk_window_present (window);
  return page;
}

static void
test_previous_answers (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("nextyear-last.buntan");
  g_autoptr (BuntanProject) project = buntan_project_new_for_next_year (last_year, NULL, NULL);
  GtkWindow      *window = GTK_WINDOW (gtk_window_new ());
  BuntanPartPage *page = show_page (window, project, 2);
  GtkWidget      *detail;
  GtkWidget      *label;

  detail = views_test_find_widget (GTK_WIDGET (page), BUNTAN_TYPE_ITEM_DETAIL, NULL);
  g_assert_nonnull (detail);
  buntan_part_page_select_item (page, buntan_project_find_item (project, "P2-A-1"));

  label = find_named (detail, "v2:previous");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   "Last year: No 2025-11-04, target 2026-03-31");
  label = find_named (detail, "v1:previous");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Last year: Yes 2025-11-02");

  gtk_window_destroy (window);
  views_test_spin (20);

  window = GTK_WINDOW (gtk_window_new ());
  page = show_page (window, project, 1);
  detail = views_test_find_widget (GTK_WIDGET (page), BUNTAN_TYPE_ITEM_DETAIL, NULL);
  buntan_part_page_select_item (page, buntan_project_find_item (project, "P1-A-2"));
  label = find_label_text (detail, "Last year: No 2025-11-03, target 2026-03-31");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_is_visible (label));

  gtk_window_destroy (window);
  views_test_spin (20);
}

/* A Part 2 item its vendors confirm shows their rows, not the item-level
 * 初回確認, 初回確認日 and 完了日; a Part 2 item involving no vendor and a
 * Part 1 item show the item-level rows. */
static void
test_item_level_rows (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("nextyear-last.buntan");
  GtkWindow      *window = GTK_WINDOW (gtk_window_new ());
  BuntanPartPage *page = show_page (window, project, 2);
  GtkWidget *detail = views_test_find_widget (GTK_WIDGET (page), BUNTAN_TYPE_ITEM_DETAIL, NULL);

  buntan_part_page_select_item (page, buntan_project_find_item (project, "P2-A-1"));
  /* Only the item-level row is titled so: the vendors' rows are titled by their names. */
  g_assert_false (shows_row (detail, "First Check"));

  buntan_part_page_select_item (page, buntan_project_find_item (project, "P2-A-3"));
  g_assert_true (shows_row (detail, "First Check"));
  g_assert_true (shows_row (detail, "Date of the First Check"));
  g_assert_true (shows_row (detail, "Completed On"));

  /* Naming a vendor on the item hides them at once. */
  buntan_item_set_owner (buntan_project_find_item (project, "P2-A-3"), "v1");
  g_assert_false (shows_row (detail, "First Check"));

  gtk_window_destroy (window);
  views_test_spin (20);
}

int
main (int argc, char *argv[])
{
  views_test_init (&argc, &argv);

  g_test_add_func ("/buntan/detail-next-year/previous-answers", test_previous_answers);
  g_test_add_func ("/buntan/detail-next-year/item-level-rows", test_item_level_rows);

  return g_test_run ();
}
