/* buntan-recovery-dialog.h — asks whether to restore work a crash left behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  BUNTAN_RECOVERY_LATER,
  BUNTAN_RECOVERY_DISCARD,
  BUNTAN_RECOVERY_RESTORE,
} BuntanRecoveryResponse;

void
buntan_recovery_dialog_run_async (GtkWindow          *parent,
                                  GFile              *copy,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data);
BuntanRecoveryResponse
buntan_recovery_dialog_run_finish (GAsyncResult *result);

G_END_DECLS
