/* buntan-file-changed-banner.h — the bar that says someone else saved the open file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-notice-bar.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_FILE_CHANGED_BANNER (buntan_file_changed_banner_get_type ())

G_DECLARE_FINAL_TYPE (BuntanFileChangedBanner,
                      buntan_file_changed_banner,
                      BUNTAN,
                      FILE_CHANGED_BANNER,
                      BuntanNoticeBar)

GtkWidget *
buntan_file_changed_banner_new (void);
void
buntan_file_changed_banner_set_file_name (BuntanFileChangedBanner *self, const char *name);
void
buntan_file_changed_banner_set_can_reload (BuntanFileChangedBanner *self, gboolean can_reload);
GtkWidget *
buntan_file_changed_banner_get_merge_button (BuntanFileChangedBanner *self);
GtkWidget *
buntan_file_changed_banner_get_reload_button (BuntanFileChangedBanner *self);
GtkWidget *
buntan_file_changed_banner_get_ignore_button (BuntanFileChangedBanner *self);

G_END_DECLS
