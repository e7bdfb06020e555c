/* counts-window.c — prints the figures the summary page shows, as a user reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: counts-window FILE. Loads FILE, shows its summary page as the
 * window does (through a BuntanOverview), waits until the page is up to
 * date, and prints the text of its labels as JSON for test-counts-agree.py:
 * { "cards": [items, agreed, gaps], "status": [[row of labels], …],
 *   "parties": [[name, lead, support], …] }.
 */

#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-resources.h"
#include "buntan-summary-view.h"

static void
collect_cards (GtkWidget *widget, JsonBuilder *builder)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "summary-number"))
        json_builder_add_string_value (builder, gtk_label_get_label (GTK_LABEL (child)));
      collect_cards (child, builder);
    }
}

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

/* Every row of a grid, as the texts of its labels from column 0 on. */
static void
add_grid (JsonBuilder *builder, GtkWidget *view, const char *name)
{
  GtkGrid *grid = GTK_GRID (find_named (view, name));

  g_assert_nonnull (grid);
  json_builder_begin_array (builder);
  for (int row = 0; gtk_grid_get_child_at (grid, 0, row) != NULL; row++)
    {
      json_builder_begin_array (builder);
      for (int column = 0; gtk_grid_get_child_at (grid, column, row) != NULL; column++)
        json_builder_add_string_value (builder, gtk_label_get_label (GTK_LABEL (
                                                  gtk_grid_get_child_at (grid, column, row))));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanOverview) overview = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *text = NULL;
  GtkWidget       *window, *view;

  if (argc != 2 || !gtk_init_check ())
    {
      g_printerr ("usage: counts-window FILE (with a display)\n");
      return 2;
    }
  adw_init ();
  buntan_core_init ();
  buntan_register_resource ();

  file = g_file_new_for_commandline_arg (argv[1]);
  project = buntan_project_new_from_file (file, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  overview = buntan_overview_new (project);
  window = gtk_window_new ();
  view = buntan_summary_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  buntan_summary_view_set_overview (BUNTAN_SUMMARY_VIEW (view), overview);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cards");
  json_builder_begin_array (builder);
  collect_cards (view, builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "status");
  add_grid (builder, view, "status-grid");
  json_builder_set_member_name (builder, "parties");
  add_grid (builder, view, "party-grid");
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
