/* buntan-a11y.h — accessible names GTK 4.8 gets wrong, set right for every widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void
buntan_a11y_init (void);

G_END_DECLS
