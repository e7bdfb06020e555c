/* test-markup-names.c — names are text, never markup, in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 reads the titles of rows, toasts and status pages as Pango
 * markup. A vendor called 「Cloud & Co.」 or a file called “R&D <draft>”
 * would be refused there with a warning (fatal in the tests) and shown as
 * nothing. This opens such a project, from such a folder, shows every item
 * in the detail pane and checks the names are shown as they are.
 */

#include "config.h"

#include <string.h>

#include "buntan-item-detail.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static gboolean
is_item_detail (GtkWidget *widget)
{
  return BUNTAN_IS_ITEM_DETAIL (widget);
}

static gboolean
is_cloud_heading (GtkWidget *widget)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), "Cloud & Co.") !=
           NULL;
}

static void
test_names_with_markup_characters (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *folder = g_build_filename (dir, "R&D <draft>", NULL);
  g_autofree char *source = buntan_test_fixture_path ("cli-rich.buntan");
  g_autofree char *path = NULL;
  BuntanWindow    *window = gui_window_new (application);
  BuntanProject   *project;
  GtkWidget       *detail;
  GtkWidget       *heading = NULL;
  GListModel      *items;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  path = buntan_test_copy_file (source, folder, "A&B <v1>.buntan");
  /* A format 1 file: opening it shows the toast naming the backup file,
   * “A&B <v1>.v1.buntan”. */
  project = gui_window_open (window, path);
  detail = gui_test_find_first (window, BUNTAN_TYPE_ITEM_DETAIL, is_item_detail);
  g_assert_nonnull (detail);

  items = buntan_project_get_items (project);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      buntan_item_detail_set_item (BUNTAN_ITEM_DETAIL (detail), item);
      gui_test_spin (20);
      if (heading == NULL)
        heading = gui_test_find_first (detail, ADW_TYPE_PREFERENCES_ROW, is_cloud_heading);
    }
  /* The vendor's check row names it as it is. */
  g_assert_nonnull (heading);
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (heading)));

  buntan_project_set_is_modified (project, FALSE);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/window/markup-names", test_names_with_markup_characters);

  return g_test_run ();
}
