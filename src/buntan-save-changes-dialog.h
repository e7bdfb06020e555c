/* buntan-save-changes-dialog.h — asks whether to save a modified project first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

typedef enum
{
  BUNTAN_SAVE_CHANGES_CANCEL,
  BUNTAN_SAVE_CHANGES_DISCARD,
  BUNTAN_SAVE_CHANGES_SAVE,
} BuntanSaveChangesResponse;

void
buntan_save_changes_dialog_run_async (GtkWindow          *parent,
                                      BuntanProject      *project,
                                      GCancellable       *cancellable,
                                      GAsyncReadyCallback callback,
                                      gpointer            user_data);
BuntanSaveChangesResponse
buntan_save_changes_dialog_run_finish (GAsyncResult *result);

G_END_DECLS
