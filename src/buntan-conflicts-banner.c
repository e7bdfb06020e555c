/* buntan-conflicts-banner.c — the bar that says a merge left conflicts to decide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A notice bar (buntan-notice-bar.c) that shows while the project holds
 * conflicts, and opens the conflicts dialog.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-conflicts-banner.h"
#include "buntan-conflicts-dialog.h"
#include "buntan-core.h"

struct _BuntanConflictsBanner
{
  BuntanNoticeBar parent_instance;

  BuntanProject *project;
  GtkWidget     *resolve_button;
};

G_DEFINE_FINAL_TYPE (BuntanConflictsBanner, buntan_conflicts_banner, BUNTAN_TYPE_NOTICE_BAR)

static void
update (BuntanConflictsBanner *self)
{
  guint            n = self->project != NULL ? buntan_conflict_count_project (self->project) : 0;
  g_autofree char *text =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  "A merge left %u conflict: the project holds our value "
                                  "until you decide",
                                  "A merge left %u conflicts: the project holds our values "
                                  "until you decide",
                                  n),
                     n);

  buntan_notice_bar_set_text (BUNTAN_NOTICE_BAR (self), text);
  gtk_widget_set_visible (GTK_WIDGET (self), n > 0);
}

static void
resolve_clicked_cb (BuntanConflictsBanner *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->project == NULL)
    return;
  gtk_window_present (GTK_WINDOW (
    buntan_conflicts_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->project)));
}

static void
buntan_conflicts_banner_dispose (GObject *object)
{
  BuntanConflictsBanner *self = BUNTAN_CONFLICTS_BANNER (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_conflicts_banner_parent_class)->dispose (object);
}

static void
buntan_conflicts_banner_class_init (BuntanConflictsBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_conflicts_banner_dispose;
}

static void
buntan_conflicts_banner_init (BuntanConflictsBanner *self)
{
  self->resolve_button = buntan_notice_bar_add_button (BUNTAN_NOTICE_BAR (self), _ ("_Resolve…"),
                                                       _ ("Decide each conflict the merge left"));
  g_signal_connect_swapped (self->resolve_button, "clicked", G_CALLBACK (resolve_clicked_cb), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Merge conflicts"), -1);
}

void
buntan_conflicts_banner_set_project (BuntanConflictsBanner *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_CONFLICTS_BANNER (self));

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (project, "notify::conflicts", G_CALLBACK (update), self,
                             G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
buntan_conflicts_banner_get_resolve_button (BuntanConflictsBanner *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICTS_BANNER (self), NULL);

  return self->resolve_button;
}
