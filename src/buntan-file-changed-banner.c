/* buntan-file-changed-banner.c — the bar that says someone else saved the open file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built like the conflicts banner (AdwBanner needs libadwaita 1.3). It only
 * shows and offers; the window decides (buntan-window-file-monitor.c):
 * merge their changes, reload when nothing is unsaved, or ignore.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-file-changed-banner.h"

struct _BuntanFileChangedBanner
{
  GtkWidget parent_instance;

  GtkWidget *label;
  GtkWidget *merge_button;
  GtkWidget *reload_button;
  GtkWidget *ignore_button;
};

G_DEFINE_FINAL_TYPE (BuntanFileChangedBanner, buntan_file_changed_banner, GTK_TYPE_WIDGET)

static GtkWidget *
add_button (BuntanFileChangedBanner *self, const char *label, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  return button;
}

static void
buntan_file_changed_banner_dispose (GObject *object)
{
  BuntanFileChangedBanner *self = BUNTAN_FILE_CHANGED_BANNER (object);
  GtkWidget               *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (buntan_file_changed_banner_parent_class)->dispose (object);
}

static void
buntan_file_changed_banner_class_init (BuntanFileChangedBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_file_changed_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "infobar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buntan_file_changed_banner_init (BuntanFileChangedBanner *self)
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

  self->merge_button =
    add_button (self, _ ("_Merge Their Changes"),
                _ ("Combine their changes with yours, the last saved state as the base"));
  gtk_widget_add_css_class (self->merge_button, "suggested-action");
  self->reload_button =
    add_button (self, _ ("_Reload"),
                _ ("Show the file as they saved it; nothing of yours is unsaved"));
  self->ignore_button =
    add_button (self, _ ("_Ignore"), _ ("Hide this until the file changes again"));
  gtk_widget_set_margin_end (self->ignore_button, 12);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("File changed on disk"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
buntan_file_changed_banner_new (void)
{
  return g_object_new (BUNTAN_TYPE_FILE_CHANGED_BANNER, NULL);
}

void
buntan_file_changed_banner_set_file_name (BuntanFileChangedBanner *self, const char *name)
{
  g_autofree char *text = NULL;

  g_return_if_fail (BUNTAN_IS_FILE_CHANGED_BANNER (self));
  g_return_if_fail (name != NULL);

  text = g_strdup_printf (_ ("“%s” was changed by someone else"), name);
  gtk_label_set_text (GTK_LABEL (self->label), text);
}

/* Reloading drops the changes in memory: offered only when there are none. */
void
buntan_file_changed_banner_set_can_reload (BuntanFileChangedBanner *self, gboolean can_reload)
{
  g_return_if_fail (BUNTAN_IS_FILE_CHANGED_BANNER (self));

  gtk_widget_set_visible (self->reload_button, can_reload);
}

GtkWidget *
buntan_file_changed_banner_get_merge_button (BuntanFileChangedBanner *self)
{
  g_return_val_if_fail (BUNTAN_IS_FILE_CHANGED_BANNER (self), NULL);

  return self->merge_button;
}

GtkWidget *
buntan_file_changed_banner_get_reload_button (BuntanFileChangedBanner *self)
{
  g_return_val_if_fail (BUNTAN_IS_FILE_CHANGED_BANNER (self), NULL);

  return self->reload_button;
}

GtkWidget *
buntan_file_changed_banner_get_ignore_button (BuntanFileChangedBanner *self)
{
  g_return_val_if_fail (BUNTAN_IS_FILE_CHANGED_BANNER (self), NULL);

  return self->ignore_button;
}
