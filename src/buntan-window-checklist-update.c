/* buntan-window-checklist-update.c — the window's offer to bring a project up to a newer checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "win.checklist-update" is enabled, and its item shows in the primary menu,
 * only while the open project's checklist has a newer version than the one
 * it records; it opens the review (buntan-checklist-update-dialog.c).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-checklist-update-dialog.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

#define WATCHED_KEY "buntan-checklist-update-watched"

/* The newest version of each checklist id, read when a project opens (a
 * checklist may have been installed since), not at every change of the
 * selection. */
static GHashTable *versions;

static void
forget_newest_versions (void)
{
  g_clear_pointer (&versions, g_hash_table_unref);
}

static const char *
lookup_newest_version (const char *id)
{
  g_autoptr (BuntanTemplate) checklist = NULL;

  if (versions == NULL)
    versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!g_hash_table_contains (versions, id))
    {
      checklist = buntan_template_lookup (id, NULL);
      g_hash_table_insert (versions, g_strdup (id),
                           checklist != NULL ? g_strdup (buntan_template_get_version (checklist))
                                             : NULL);
    }

  return g_hash_table_lookup (versions, id);
}

static gboolean
has_newer_checklist (BuntanProject *project)
{
  const char *id = buntan_project_get_template_id (project);

  if (id == NULL || *id == '\0')
    return FALSE;

  return buntan_template_compare_versions (lookup_newest_version (id),
                                           buntan_project_get_template_version (project)) > 0;
}

static void
template_version_notify_cb (BuntanWindow *self)
{
  _buntan_window_update_checklist_update (self);
}

static void
applied_cb (BuntanWindow *self, guint n_applied, gboolean up_to_date)
{
  g_autofree char *title = NULL;

  if (up_to_date)
    title = g_strdup_printf (_ ("The project now follows checklist version %s"),
                             buntan_project_get_template_version (self->project));
  else
    title =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "%u difference applied; the rest stay for later",
                                    "%u differences applied; the rest stay for later", n_applied),
                       n_applied);
  _buntan_window_toast (self, buntan_view_toast_new_plain (title));
}

static void
checklist_update_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (BuntanChecklistUpdate) update = NULL;
  GtkWidget *dialog;

  if (self->project == NULL)
    return;

  update = buntan_checklist_update_find (self->project);
  if (update == NULL)
    return;

  dialog = buntan_checklist_update_dialog_new (GTK_WINDOW (self), update);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (applied_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_buntan_window_class_init_checklist_update (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.checklist-update", NULL,
                                   checklist_update_action);
}

/* Said once, when a project opens: a toast that takes no focus from the
 * work and asks nothing; the review stays in the menu for later. */
static void
offer_review (BuntanWindow *self)
{
  g_autofree char *title =
    g_strdup_printf (_ ("A newer version of this project's checklist is available: %s"),
                     lookup_newest_version (buntan_project_get_template_id (self->project)));
  AdwToast *toast = buntan_view_toast_new_plain (title);

  adw_toast_set_button_label (toast, _ ("_Review…"));
  adw_toast_set_action_name (toast, "win.checklist-update");
  adw_toast_set_timeout (toast, 10);
  _buntan_window_toast (self, toast);
}

/* Called with the window's other actions; an apply or its undo changes the
 * recorded version, so the project is watched for that too. */
void
_buntan_window_update_checklist_update (BuntanWindow *self)
{
  gboolean first_seen =
    self->project != NULL && g_object_get_data (G_OBJECT (self->project), WATCHED_KEY) == NULL;
  gboolean newer;

  if (first_seen)
    {
      forget_newest_versions ();
      g_signal_connect_object (self->project, "notify::template-version",
                               G_CALLBACK (template_version_notify_cb), self, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (self->project), WATCHED_KEY, GINT_TO_POINTER (TRUE));
    }

  newer = self->project != NULL && has_newer_checklist (self->project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.checklist-update", newer);

  /* Once per project opened (the sample included); a new project started
   * from an older version on purpose hears of the newer one once too. */
  if (first_seen && newer)
    offer_review (self);
}
