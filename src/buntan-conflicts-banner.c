/* buntan-conflicts-banner.c — the bar that says a merge left conflicts to decide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwBanner needs libadwaita 1.3; this is the same bar built of a label and
 * a button. It shows while the project holds conflicts, and opens the
 * conflicts dialog.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-conflicts-banner.h"
#include "buntan-conflicts-dialog.h"
#include "buntan-core.h"

struct _BuntanConflictsBanner
{
  GtkWidget parent_instance;

  BuntanProject *project;
  GtkWidget     *label;
  GtkWidget     *resolve_button;
};

G_DEFINE_FINAL_TYPE (BuntanConflictsBanner, buntan_conflicts_banner, GTK_TYPE_WIDGET)

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

  gtk_label_set_text (GTK_LABEL (self->label), text);
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
  GtkWidget             *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_conflicts_banner_parent_class)->dispose (object);
}

static void
buntan_conflicts_banner_class_init (BuntanConflictsBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_conflicts_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "infobar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buntan_conflicts_banner_init (BuntanConflictsBanner *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "warning");

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_margin_start (self->label, 12);
  gtk_widget_set_margin_top (self->label, 6);
  gtk_widget_set_margin_bottom (self->label, 6);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  self->resolve_button = gtk_button_new_with_mnemonic (_ ("_Resolve…"));
  gtk_widget_set_valign (self->resolve_button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (self->resolve_button, 12);
  gtk_widget_set_tooltip_text (self->resolve_button, _ ("Decide each conflict the merge left"));
  gtk_widget_set_parent (self->resolve_button, GTK_WIDGET (self));
  g_signal_connect_swapped (self->resolve_button, "clicked", G_CALLBACK (resolve_clicked_cb), self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Merge conflicts"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
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
