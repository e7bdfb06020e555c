/* buntan-window-recent.c — the start page's list of recent projects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-matrix-view.h"
#include "buntan-summary-view.h"
#include "buntan-window-private.h"

/* How many recent projects the empty window offers. */
#define MAX_RECENT 6

static gint
compare_recent (gconstpointer a, gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return -g_date_time_compare (gtk_recent_info_get_modified (info_a),
                               gtk_recent_info_get_modified (info_b));
}

static gboolean
is_recent_project (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  return gtk_recent_info_is_local (info) && gtk_recent_info_exists (info) &&
         (g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-buntan") == 0 ||
          g_str_has_suffix (uri, ".buntan"));
}

static GtkWidget *
recent_row_new (GtkRecentInfo *info)
{
  g_autoptr (GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *path = g_file_get_path (file);
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* File names may contain markup characters: plain text before the
   * title is set, or the title is parsed as markup once and refused. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-file");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

void
_buntan_window_update_recent_list (BuntanWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr (GPtrArray) projects =
    g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList     *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_recent_project (l->data))
        g_ptr_array_add (projects, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (projects, compare_recent);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; i < projects->len && i < MAX_RECENT; i++)
    gtk_list_box_append (self->recent_list, recent_row_new (g_ptr_array_index (projects, i)));

  gtk_widget_set_visible (self->recent_group, projects->len > 0);
}

void
_buntan_window_add_recent (BuntanWindow *self, GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  const char      *name = g_get_application_name ();
  GtkRecentData    data = {
       .mime_type = (char *) "application/x-buntan",
       .app_name = (char *) (name != NULL ? name : "Buntan"),
       .app_exec = (char *) "buntan %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}
