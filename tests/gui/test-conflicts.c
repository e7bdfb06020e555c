/* test-conflicts.c — a merged project's conflicts decided in the window
 *
 * The banner counts the conflicts and opens the dialog; the dialog's real
 * buttons keep ours or take theirs; the saved file holds what is left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "buntan-conflicts-banner.h"
#include "buntan-conflicts-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static GtkWindow *
find_conflicts_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (BUNTAN_IS_CONFLICTS_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The dialog's button with @label in the row of @item's conflict. */
static GtkWidget *
find_row_button (GtkWindow *dialog, const char *item, const char *label)
{
  g_autoptr (GPtrArray) buttons = gui_test_find_all (dialog, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget      *button = g_ptr_array_index (buttons, i);
      BuntanConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");

      if (conflict != NULL && g_strcmp0 (buntan_conflict_get_item (conflict), item) == 0 &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }

  return NULL;
}

static const char *
banner_text (BuntanWindow *window)
{
  GtkWidget *label = gtk_widget_get_first_child (GTK_WIDGET (window->conflicts_banner));

  return gtk_label_get_text (GTK_LABEL (label));
}

static JsonObject *
find_item (JsonObject *root, const char *id)
{
  JsonArray *items = json_object_get_array_member (root, "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (items, i), "id"),
                   id) == 0)
      return json_array_get_object_element (items, i);

  g_assert_not_reached ();
}

static void
test_resolve_each_way (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *source = buntan_test_fixture_path ("merge-window-conflicts.buntan");
  g_autofree char *path = buntan_test_copy_file (source, dir, "merged.buntan");
  g_autofree char *saved = g_build_filename (dir, "saved.buntan", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  BuntanWindow  *window = gui_window_new (application);
  BuntanProject *project = gui_window_open (window, path);
  GtkWindow     *dialog;
  GtkWidget     *button;
  JsonObject    *root;
  JsonArray     *conflicts;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->conflicts_banner)));
  g_assert_nonnull (strstr (banner_text (window), "3"));

  g_signal_emit_by_name (buntan_conflicts_banner_get_resolve_button (window->conflicts_banner),
                         "clicked");
  gui_test_spin (50);
  dialog = find_conflicts_dialog ();
  g_assert_nonnull (dialog);

  button = find_row_button (dialog, "P1-A-1", _ ("_Take Theirs"));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (project, "P1-A-1")), ==,
                   BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  button = find_row_button (dialog, "P2-A-1", _ ("_Keep Ours"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_null (find_row_button (dialog, "P2-A-1", _ ("_Keep Ours")));
  g_assert_nonnull (strstr (banner_text (window), "1"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-to", "s", saved));
  g_assert_true (json_parser_load_from_file (parser, saved, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  conflicts = json_object_get_array_member (root, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (conflicts, 0),
                                                  "item"),
                   ==, "P2-A-2");
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "P1-A-1"), "status"), ==,
                   "not-applicable");
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "P2-A-1"), "note"), ==,
                   "ours note");

  /* The last one decided: the banner goes. */
  g_signal_emit_by_name (find_row_button (dialog, "P2-A-2", _ ("_Keep Ours")), "clicked");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->conflicts_banner)));
  g_assert_cmpstr (buntan_item_get_clause (buntan_project_find_item (project, "P2-A-2")), ==,
                   "第3条");

  gtk_window_destroy (dialog);
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/conflicts/resolve-each-way", test_resolve_each_way);

  return g_test_run ();
}
