/* test-window-ja.c — the main window under ja_JP.UTF-8 speaks Japanese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real window in Japanese with the translations meson built in
 * BUNTAN_BUILD_ROOT/po, opens the sample and reads back what the user sees:
 * the page titles, the columns, the status dropdown, buttons, the count.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "buntan-test-gui.h"

static BuntanApplication *application;
static BuntanWindow      *window;

/* Makes ja_JP.UTF-8 the locale of the environment (gtk_init sets the
 * process locale from it), compiling it into a private LOCPATH folder when
 * the system lacks it. FALSE when it cannot be had. */
static gboolean
use_japanese (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *target = NULL;
  int              status = 0;

  /* LANGUAGE outranks the locale for gettext. */
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "ja_JP.UTF-8", TRUE);
  g_setenv ("LANG", "ja_JP.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") != NULL)
    return TRUE;

  folder = g_dir_make_tmp ("buntan-locale-XXXXXX", NULL);
  if (folder == NULL)
    return FALSE;
  target = g_build_filename (folder, "ja_JP.UTF-8", NULL);
  {
    const char *argv[] = { "localedef", "-i", "ja_JP", "-f", "UTF-8", target, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                         G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) ||
        !g_spawn_check_wait_status (status, NULL))
      return FALSE;
  }
  g_setenv ("LOCPATH", folder, TRUE);
  return setlocale (LC_ALL, "") != NULL;
}

static gboolean
is_save_button (GtkWidget *widget)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.save") == 0;
}

static gboolean
is_status_drop_down (GtkWidget *widget)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

  return GTK_IS_STRING_LIST (model) && g_list_model_get_n_items (model) == 4;
}

static gboolean
has_underline (GtkWidget *widget)
{
  return gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
         gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
         strstr (gtk_button_get_label (GTK_BUTTON (widget)), "のみ") != NULL;
}

static void
test_locale_is_japanese (void)
{
  g_assert_true (g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "ja_JP"));
  /* A message of the core and one of the window's templates. */
  g_assert_cmpstr (_ ("Agreed"), ==, "合意済");
  g_assert_cmpstr (_ ("Responsibility matrix"), ==, "責任分担表");
}

static void
test_page_titles (void)
{
  static const char *const expected[][2] = {
    { "part1", "第1部" },
    { "part2", "第2部" },
    { "matrix", "責任分担表" },
    { "summary", "集計" },
  };
  AdwViewStack *stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);

  g_assert_nonnull (stack);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, expected[i][0]);

      g_assert_nonnull (child);
      g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child)), ==,
                       expected[i][1]);
    }
}

static void
test_column_titles (void)
{
  static const char *const expected[] = {
    "区分", "項番", "項目", "状態", "担当", "初回確認", "完了日", "契約条項",
  };
  GtkColumnView *column_view;
  GListModel    *columns;

  adw_view_stack_set_visible_child_name (gui_test_find_visible (window, ADW_TYPE_VIEW_STACK),
                                         "part2");
  gui_test_spin (200);
  column_view = gui_test_find_visible (window, GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  columns = gtk_column_view_get_columns (column_view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, expected[i]);
    }
}

static void
test_status_choices (void)
{
  static const char *const expected[] = { "未着手", "協議中", "合意済", "対象外" };
  GtkDropDown *drop_down = gui_test_find_first (window, GTK_TYPE_DROP_DOWN, is_status_drop_down);
  GListModel  *model;

  g_assert_nonnull (drop_down);
  model = gtk_drop_down_get_model (drop_down);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), i), ==, expected[i]);
}

static void
test_buttons (void)
{
  GtkButton *save = gui_test_find_first (window, GTK_TYPE_BUTTON, is_save_button);
  GtkButton *gaps = gui_test_find_first (window, GTK_TYPE_TOGGLE_BUTTON, has_underline);

  g_assert_nonnull (save);
  g_assert_cmpstr (gtk_button_get_label (save), ==, "保存(_S)");
  g_assert_nonnull (gaps);
  g_assert_cmpstr (gtk_button_get_label (gaps), ==, "抜け漏れのみ(_G)");
}

/* A plural message filled in with the project's numbers: Part 2 has 31 items. */
static void
test_item_count (void)
{
  AdwViewStack *stack = gui_test_find_visible (window, ADW_TYPE_VIEW_STACK);
  g_autoptr (GPtrArray) labels = NULL;

  adw_view_stack_set_visible_child_name (stack, "part2");
  labels = gui_test_find_all (adw_view_stack_get_visible_child (stack), GTK_TYPE_LABEL);
  gboolean found = FALSE;

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), "31 / 31 件") == 0)
      found = TRUE;
  g_assert_true (found);
}

int
main (int argc, char *argv[])
{
  g_autofree char *sample = NULL;
  g_autofree char *locale_dir = NULL;
  int              status;

  if (!use_japanese ())
    {
      g_print (
        "1..0 # SKIP the ja_JP.UTF-8 locale is not available and localedef cannot make it\n");
      return 0;
    }
  locale_dir = g_build_filename (g_getenv ("BUNTAN_BUILD_ROOT"), "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  window = buntan_window_new (GTK_APPLICATION (application));
  gtk_window_present (GTK_WINDOW (window));
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (window)));
  sample = buntan_test_sample_path ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-file", "s", sample));
  GUI_TEST_WAIT (buntan_window_get_project (window) != NULL);

  g_test_add_func ("/buntan/i18n/ja/locale", test_locale_is_japanese);
  g_test_add_func ("/buntan/i18n/ja/page-titles", test_page_titles);
  g_test_add_func ("/buntan/i18n/ja/column-titles", test_column_titles);
  g_test_add_func ("/buntan/i18n/ja/status-choices", test_status_choices);
  g_test_add_func ("/buntan/i18n/ja/buttons", test_buttons);
  g_test_add_func ("/buntan/i18n/ja/item-count", test_item_count);
  status = g_test_run ();

  buntan_project_set_is_modified (buntan_window_get_project (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&application);
  return status;
}
