/* test-detail-warnings.c — the item's detail shows the overview's warnings about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-item-detail.h"
#include "buntan-part-page.h"
#include "views-test-util.h"

static GtkWidget *
find_label_with (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_detail_warnings (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  GtkWindow        *window = GTK_WINDOW (gtk_window_new ());
  BuntanPartPage   *page = g_object_new (BUNTAN_TYPE_PART_PAGE, "part", 2, NULL);
  BuntanItem       *item = buntan_project_find_item (project, "P2-A-1");
  const char       *cloud[] = { "cloud", NULL };
  GPtrArray        *warnings;
  BuntanItemDetail *detail;
  g_autofree char  *stale = NULL;
  g_autofree char  *outside = NULL;
  g_autofree char  *expected = NULL;

  /* v2's stale check, and v1 (maintenance) leading a cloud-only item. */
  buntan_item_set_applies_to (item, cloud);
  warnings = buntan_overview_get_warnings (overview);
  g_assert_cmpuint (warnings->len, ==, 2);
  stale = buntan_warning_describe (g_ptr_array_index (warnings, 0), BUNTAN_GAP_TEXT_SHORT);
  outside = buntan_warning_describe (g_ptr_array_index (warnings, 1), BUNTAN_GAP_TEXT_SHORT);
  expected = g_strconcat (stale, "\n", outside, NULL);

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, GTK_WIDGET (page));
  buntan_part_page_set_project (page, project);
  buntan_part_page_set_matrix (page, buntan_overview_get_matrix (overview));
  buntan_part_page_set_warnings (page, warnings);
  gtk_window_present (window);

  detail =
    BUNTAN_ITEM_DETAIL (views_test_find_widget (GTK_WIDGET (page), BUNTAN_TYPE_ITEM_DETAIL, NULL));
  g_assert_nonnull (detail);
  buntan_part_page_select_item (page, item);
  g_assert_cmpstr (buntan_item_detail_get_warning_message (detail), ==, expected);
  g_assert_nonnull (find_label_with (GTK_WIDGET (detail), expected));

  buntan_part_page_select_item (page, buntan_project_find_item (project, "P2-A-2"));
  g_assert_null (buntan_item_detail_get_warning_message (detail));
  g_assert_null (find_label_with (GTK_WIDGET (detail), expected));

  gtk_window_destroy (window);
  views_test_spin (20);
}

int
main (int argc, char *argv[])
{
  views_test_init (&argc, &argv);

  g_test_add_func ("/buntan/detail-warnings/shown", test_detail_warnings);

  return g_test_run ();
}
