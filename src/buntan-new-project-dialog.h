/* buntan-new-project-dialog.h — a new project's title, hospital, checklist and first vendors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_NEW_PROJECT_DIALOG (buntan_new_project_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanNewProjectDialog,
                      buntan_new_project_dialog,
                      BUNTAN,
                      NEW_PROJECT_DIALOG,
                      AdwWindow)

BuntanNewProjectDialog *
buntan_new_project_dialog_new (GtkWindow *parent);
char **
buntan_new_project_dialog_dup_vendors (BuntanNewProjectDialog *self);
BuntanTemplate *
buntan_new_project_dialog_get_checklist (BuntanNewProjectDialog *self);
gboolean
buntan_new_project_dialog_import (BuntanNewProjectDialog *self, GFile *file, GError **error);

G_END_DECLS
