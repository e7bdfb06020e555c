/* buntan-properties-dialog.h — the project's title, organization and file facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PROPERTIES_DIALOG (buntan_properties_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanPropertiesDialog,
                      buntan_properties_dialog,
                      BUNTAN,
                      PROPERTIES_DIALOG,
                      AdwPreferencesWindow)

/* A modal window over @parent. The title and organization rows are bound to
 * @project: each edit changes the model at once (and marks it modified). */
GtkWidget *
buntan_properties_dialog_new (GtkWindow *parent, BuntanProject *project);

G_END_DECLS
