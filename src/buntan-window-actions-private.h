/* buntan-window-actions-private.h — what the window's file actions share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions are installed in buntan-window-actions.c; opening and creating
 * projects live in buntan-window-open.c, exporting workbooks in
 * buntan-window-export.c.
 */

#pragma once

#include "buntan-window-private.h"

G_BEGIN_DECLS

/* buntan-window-actions.c */
char *
_buntan_window_suggest_name (BuntanWindow *self, const char *suffix);

/* buntan-window-open.c */
void
_buntan_window_older_format_details_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter);
void
_buntan_window_open_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
void
_buntan_window_open_sample_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
void
_buntan_window_new_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
void
_buntan_window_new_project_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

/* buntan-window-export.c */
void
_buntan_window_export_to_file (BuntanWindow *self, GFile *file);
void
_buntan_window_export_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

G_END_DECLS
