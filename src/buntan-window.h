/* buntan-window.h — a window showing one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-autosave.h"
#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_WINDOW (buntan_window_get_type ())

G_DECLARE_FINAL_TYPE (BuntanWindow, buntan_window, BUNTAN, WINDOW, AdwApplicationWindow)

/* The parameterised twins of the dialog-driven actions ("win.open-file",
 * "win.save-to", "win.export-to") take a path ("s"). */

BuntanWindow *
buntan_window_new (GtkApplication *application);
BuntanProject *
buntan_window_get_project (BuntanWindow *self);
void
buntan_window_open_file (BuntanWindow *self, GFile *file);
void
buntan_window_show_item (BuntanWindow *self, const char *item_id);
void
buntan_window_ask_save_changes_async (BuntanWindow       *self,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);
gboolean
buntan_window_ask_save_changes_finish (BuntanWindow *self, GAsyncResult *result);

/* buntan-window-aids.c */
void
buntan_window_offer_recovery (BuntanWindow *self);
BuntanAutosave *
buntan_window_get_autosave (BuntanWindow *self);

G_END_DECLS
