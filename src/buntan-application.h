/* buntan-application.h — the application: windows, app-wide actions, accelerators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BUNTAN_TYPE_APPLICATION (buntan_application_get_type ())

G_DECLARE_FINAL_TYPE (BuntanApplication, buntan_application, BUNTAN, APPLICATION, AdwApplication)

BuntanApplication *
buntan_application_new (void);

G_END_DECLS
