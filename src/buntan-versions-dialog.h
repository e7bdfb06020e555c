/* buntan-versions-dialog.h — the agreed versions: compare, withdraw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_VERSIONS_DIALOG (buntan_versions_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanVersionsDialog,
                      buntan_versions_dialog,
                      BUNTAN,
                      VERSIONS_DIALOG,
                      AdwWindow)

BuntanVersionsDialog *
buntan_versions_dialog_new (GtkWindow *parent, BuntanProject *project);
void
buntan_versions_dialog_start_round (BuntanVersionsDialog *self, const char *const *ticked);

G_END_DECLS
