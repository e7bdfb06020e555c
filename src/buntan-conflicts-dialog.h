/* buntan-conflicts-dialog.h — deciding a merge's conflicts, one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CONFLICTS_DIALOG (buntan_conflicts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanConflictsDialog,
                      buntan_conflicts_dialog,
                      BUNTAN,
                      CONFLICTS_DIALOG,
                      AdwWindow)

BuntanConflictsDialog *
buntan_conflicts_dialog_new (GtkWindow *parent, BuntanProject *project);

G_END_DECLS
