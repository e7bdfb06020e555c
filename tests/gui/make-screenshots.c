/* make-screenshots.c — renders the window's pages to PNG files for the README
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage (needs a display; Xvfb will do):
 *   xvfb-run -a -s "-screen 0 2000x1200x24" make-screenshots OUTPUT-FOLDER \
 *     [light|dark|high-contrast] [WIDTHxHEIGHT]
 * BUNTAN_SCREENSHOT_PROJECT=FILE takes FILE instead of the sample;
 * BUNTAN_SCREENSHOT_ITEM=ID shows item ID (its detail, even on a small
 * window) on Part 2 and in meeting mode.
 * Writes window-part1.png, window-part2.png, window-matrix.png,
 * window-summary.png and window-meeting.png (meeting mode on item P2-D-2
 * with its risk and recommended practice; 1280×800 unless told) of
 * data/examples/sample.buntan. For the docs, meeting mode is taken at
 * 1920×1080, the size of a projector.
 *
 *   xvfb-run -a -s "-screen 0 4000x2200x24" make-screenshots --meeting \
 *     OUTPUT-FOLDER WIDTHxHEIGHT...
 * Writes only meeting mode (the same item), meeting-WIDTH.png at each size:
 * the screen must be at least as large as the largest size. Run from the
 * source tree with LANG=ja_JP.UTF-8 BUNTAN_LOCALEDIR=build/po for the
 * users' language (README, section "Meeting mode").
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "buntan-meeting-view.h"
#include "buntan-part-page.h"
#include "buntan-split-pane.h"
#include "buntan-test-gui.h"


/* Renders @content (the header bar and the pages, without the window's
 * frame) on the window's background colour. */
static void
save_png (GtkWidget *window, GtkWidget *content, const char *path)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (content);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  graphene_rect_t bounds =
    GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (content), gtk_widget_get_height (content));
  GdkRGBA background;

  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (window), "window_bg_color",
                                       &background))
    g_error ("No window_bg_color in the style");

  gtk_snapshot_append_color (snapshot, &background, &bounds);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), bounds.size.width,
                          bounds.size.height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture =
    gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, &bounds);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Cannot write %s", path);
  g_print ("%s (%d×%d)\n", path, gdk_texture_get_width (texture), gdk_texture_get_height (texture));
}

/* Makes the content of @window (the header bar and the pages, without the
 * window's frame) @width × @height. */
static void
set_content_size (BuntanWindow *window, int width, int height)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  /* The window's frame takes a few pixels: make the content itself the
   * size asked for. */
  GUI_TEST_WAIT (gtk_widget_get_width (content) > 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 2 * width - gtk_widget_get_width (content),
                               2 * height - gtk_widget_get_height (content));
  GUI_TEST_WAIT (gtk_widget_get_width (content) == width &&
                 gtk_widget_get_height (content) == height);
}

static BuntanWindow *
window_new_with_sample (BuntanApplication *application, int width, int height)
{
  BuntanWindow    *window = buntan_window_new (GTK_APPLICATION (application));
  g_autofree char *sample =
    g_build_filename (g_getenv ("BUNTAN_SOURCE_ROOT") != NULL ? g_getenv ("BUNTAN_SOURCE_ROOT")
                                                              : ".",
                      "data", "examples", "sample.buntan", NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Another project for the pictures, e.g. tests/data/cyber-views.buntan. */
  if (g_getenv ("BUNTAN_SCREENSHOT_PROJECT") != NULL)
    {
      g_free (sample);
      sample = g_strdup (g_getenv ("BUNTAN_SCREENSHOT_PROJECT"));
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", sample);
  GUI_TEST_WAIT (buntan_window_get_project (window) != NULL);
  /* The sample's offer of its newer checklist is a toast of 10 s: the
   * pictures show the window, not the toast. */
  gui_test_spin (10500);

  set_content_size (window, width, height);
  return window;
}

/* Meeting mode, as the room sees it, on an item with a long risk and
 * recommended practice. Without a window manager the window does not go
 * full screen: it keeps the size asked for. */
static void
save_meeting_png (BuntanWindow *window, const char *path)
{
  const char    *attendees[] = { NULL };
  BuntanProject *project = buntan_window_get_project (window);
  GtkWidget     *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  GtkWidget     *view;
  const char    *item_id = g_getenv ("BUNTAN_SCREENSHOT_ITEM");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-meeting", "(s^as)", "part2",
                              attendees);
  view = gui_test_find_visible (window, BUNTAN_TYPE_MEETING_VIEW);
  /* BUNTAN_SCREENSHOT_ITEM: another item, one the other project has. */
  buntan_meeting_view_set_item (BUNTAN_MEETING_VIEW (view),
                                buntan_project_find_item (project,
                                                          item_id != NULL ? item_id : "P2-D-2"));
  gtk_widget_activate_action (view, "meeting.toggle-guidance", NULL);
  gui_test_spin (600);
  save_png (GTK_WIDGET (window), content, path);
  gtk_widget_activate_action (view, "meeting.leave", NULL);
  buntan_project_set_is_modified (project, FALSE);
}

/* make-screenshots --meeting OUTPUT-FOLDER WIDTHxHEIGHT... */
static int
save_meeting_sizes (BuntanApplication *application, const char *folder, int n_sizes, char **sizes)
{
  for (int i = 0; i < n_sizes; i++)
    {
      g_autofree char *path = NULL;
      BuntanWindow    *window;
      int              width, height;

      if (sscanf (sizes[i], "%dx%d", &width, &height) != 2)
        g_error ("Not a size: %s", sizes[i]);
      path = g_strdup_printf ("%s/meeting-%d.png", folder, width);
      window = window_new_with_sample (application, width, height);
      save_meeting_png (window, path);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  return 0;
}

int
main (int argc, char *argv[])
{
  static const char *const pages[] = { "part1", "part2", "matrix", "summary" };
  g_autoptr (BuntanApplication) application = NULL;
  const char   *locale_dir = g_getenv ("BUNTAN_LOCALEDIR");
  gboolean      meeting_only = argc > 1 && g_str_equal (argv[1], "--meeting");
  BuntanWindow *window;
  AdwViewStack *stack;
  GtkWidget    *content;
  const char   *item_id;
  int           width = 1280, height = 800;

  if (argc < 2 || (meeting_only && argc < 4))
    {
      g_printerr ("Usage: %s OUTPUT-FOLDER [light|dark|high-contrast] [WIDTHxHEIGHT]\n"
                  "       %s --meeting OUTPUT-FOLDER WIDTHxHEIGHT...\n",
                  argv[0], argv[0]);
      return 2;
    }
  if (!meeting_only && argc > 3 && sscanf (argv[3], "%dx%d", &width, &height) != 2)
    g_error ("Not a size: %s", argv[3]);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    g_error ("No display");
  /* A page as it settles, not in the middle of folding its pane. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  buntan_core_init ();
  buntan_register_resource ();

  application = buntan_application_new ();
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, NULL);

  if (meeting_only)
    return save_meeting_sizes (application, argv[2], argc - 3, argv + 3);

  if (argc > 2 && g_str_equal (argv[2], "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  else if (argc > 2 && g_str_equal (argv[2], "high-contrast"))
    g_object_set (gtk_settings_get_default (), "gtk-theme-name", "Adwaita-hc", NULL);

  window = window_new_with_sample (application, width, height);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);
  item_id = g_getenv ("BUNTAN_SCREENSHOT_ITEM");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/window-%s.png", argv[1], pages[i]);

      adw_view_stack_set_visible_child_name (stack, pages[i]);
      /* An item the checks flag, so its detail shows why. */
      if (g_str_equal (pages[i], "part2"))
        {
          BuntanSplitPane *split;

          buntan_window_show_item (window, item_id != NULL ? item_id : "P2-A-7");
          /* On a small window the pane folds over the list: the picture
           * shows the list, with its owners, as the window opens; an item
           * named is shown for its detail. */
          split = gui_test_find_visible (adw_view_stack_get_visible_child (stack),
                                         BUNTAN_TYPE_SPLIT_PANE);
          if (buntan_split_pane_get_folded (split) && item_id == NULL)
            buntan_split_pane_set_reveal_pane (split, FALSE);
        }
      gui_test_spin (600);
      save_png (GTK_WIDGET (window), content, path);
    }

  {
    g_autofree char *path = g_strdup_printf ("%s/window-meeting.png", argv[1]);

    save_meeting_png (window, path);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
