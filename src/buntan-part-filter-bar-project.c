/* buntan-part-filter-bar-project.c — the project's versions and vendors offered in the filter bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-part-filter-bar-private.h"
#include "buntan-view-util.h"


/* "All items", then "Changed since" each version in force or before it,
 * the latest first, so that the first choice is the version in force.
 * Without any version the dropdown stays, insensitive, saying why. */
void
_buntan_part_filter_bar_set_versions (BuntanPartFilterBar *self)
{
  guint       chosen = buntan_item_filter_get_changed_since (self->filter);
  GListModel *versions = self->project != NULL ? buntan_project_get_versions (self->project) : NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint reselect = 0;
  guint n = versions != NULL ? g_list_model_get_n_items (versions) : 0;

  g_array_set_size (self->versions, 0);
  g_ptr_array_add (labels, g_strdup (_ ("All items")));
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i - 1);
      guint number = buntan_version_get_number (version);

      if (buntan_version_get_withdrawn (version))
        continue;
      g_array_append_val (self->versions, number);
      /* TRANSLATORS: a choice of the Part pages' filter: 第N版以降の変更 */
      g_ptr_array_add (labels, g_strdup_printf (_ ("Changed since version %u"), number));
      if (number == chosen)
        reselect = self->versions->len;
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->version_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->version_labels)),
                          (const char *const *) labels->pdata);
  gtk_drop_down_set_selected (self->changed_drop_down, reselect);
  gtk_widget_set_sensitive (GTK_WIDGET (self->changed_drop_down), self->versions->len > 0);
  gtk_widget_set_tooltip_text (
    GTK_WIDGET (self->changed_drop_down),
    self->versions->len > 0
      ? _ ("Show only the items changed since an agreed version")
      : _ ("No version is agreed yet: once one is, this shows what changed since"));
}

static void
version_withdrawn_cb (BuntanPartFilterBar *self)
{
  _buntan_part_filter_bar_set_versions (self);
  buntan_part_filter_bar_update_changes (self);
}

/* A withdrawn version leaves the choices: each version is watched. */
static void
watch_versions (BuntanPartFilterBar *self, GListModel *versions, guint position, guint added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);

      g_signal_connect_object (version, "notify::withdrawn", G_CALLBACK (version_withdrawn_cb),
                               self, G_CONNECT_SWAPPED);
    }
}

static void
versions_changed_cb (BuntanPartFilterBar *self,
                     guint                position,
                     guint                removed,
                     guint                added,
                     GListModel          *versions)
{
  watch_versions (self, versions, position, added);
  _buntan_part_filter_bar_set_versions (self);
  buntan_part_filter_bar_update_changes (self);
}

void
_buntan_part_filter_bar_changed_since_notify_cb (BuntanPartFilterBar *self)
{
  buntan_part_filter_bar_update_changes (self);
}

void
_buntan_part_filter_bar_set_project (BuntanPartFilterBar *self, BuntanProject *project)
{
  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (buntan_project_get_versions (self->project), self);
  g_set_object (&self->project, project);
  if (project != NULL)
    {
      GListModel *versions = buntan_project_get_versions (project);

      g_signal_connect_object (versions, "items-changed", G_CALLBACK (versions_changed_cb), self,
                               G_CONNECT_SWAPPED);
      watch_versions (self, versions, 0, g_list_model_get_n_items (versions));
    }
  buntan_item_filter_set_changed_since (self->filter, 0);
  _buntan_part_filter_bar_set_versions (self);
  buntan_part_filter_bar_update_changes (self);
}

static gboolean
party_is_vendor (gpointer party, gpointer user_data)
{
  return !buntan_party_is_hospital (party);
}

/* "All vendors", then @project's vendors as they come and go. */
void
_buntan_part_filter_bar_set_vendors (BuntanPartFilterBar *self, BuntanProject *project)
{
  g_autoptr (GListStore) any_store = g_list_store_new (BUNTAN_TYPE_PARTY);
  g_autoptr (GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr (BuntanParty) any =
    buntan_party_new ("any", BUNTAN_PARTY_KIND_VENDOR, _ ("All vendors"));
  g_autoptr (GtkFlattenListModel) vendors = NULL;

  g_list_store_append (any_store, any);
  g_list_store_append (parts, any_store);
  if (project != NULL)
    {
      GListModel *parties = g_object_ref (buntan_project_get_parties (project));
      g_autoptr (GtkFilterListModel) filtered =
        gtk_filter_list_model_new (parties, GTK_FILTER (
                                              gtk_custom_filter_new (party_is_vendor, NULL, NULL)));

      g_list_store_append (parts, filtered);
    }
  vendors = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  buntan_item_filter_set_vendor (self->filter, NULL);
  gtk_drop_down_set_model (self->vendor_drop_down, G_LIST_MODEL (vendors));
}
