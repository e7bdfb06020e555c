/* buntan-file-changed-banner.c — the bar that says someone else saved the open file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A notice bar (buntan-notice-bar.c), like the conflicts banner. It only
 * shows and offers; the window decides (buntan-window-file-monitor.c):
 * merge their changes, reload when nothing is unsaved, or ignore.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-file-changed-banner.h"

struct _BuntanFileChangedBanner
{
  BuntanNoticeBar parent_instance;

  GtkWidget *merge_button;
  GtkWidget *reload_button;
  GtkWidget *ignore_button;
};

G_DEFINE_FINAL_TYPE (BuntanFileChangedBanner, buntan_file_changed_banner, BUNTAN_TYPE_NOTICE_BAR)

static void
buntan_file_changed_banner_class_init (BuntanFileChangedBannerClass *klass)
{
}

static void
buntan_file_changed_banner_init (BuntanFileChangedBanner *self)
{
  BuntanNoticeBar *bar = BUNTAN_NOTICE_BAR (self);

  self->merge_button = buntan_notice_bar_add_button (
    bar, _ ("_Merge Their Changes"),
    _ ("Combine their changes with yours, the last saved state as the base"));
  gtk_widget_add_css_class (self->merge_button, "suggested-action");
  self->reload_button =
    buntan_notice_bar_add_button (bar, _ ("_Reload"),
                                  _ (
                                    "Show the file as they saved it; nothing of yours is unsaved"));
  self->ignore_button =
    buntan_notice_bar_add_button (bar, _ ("_Ignore"), _ ("Hide this until the file changes again"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("File changed on disk"), -1);
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
  buntan_notice_bar_set_text (BUNTAN_NOTICE_BAR (self), text);
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
