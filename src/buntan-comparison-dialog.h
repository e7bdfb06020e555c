/* buntan-comparison-dialog.h — the changes from another project file, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_COMPARISON_DIALOG (buntan_comparison_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BuntanComparisonDialog,
                      buntan_comparison_dialog,
                      BUNTAN,
                      COMPARISON_DIALOG,
                      AdwWindow)

BuntanComparisonDialog *
buntan_comparison_dialog_new (GtkWindow        *parent,
                              BuntanComparison *comparison,
                              const char       *other_name);
guint
buntan_comparison_dialog_fill_list (GtkListBox *list, BuntanComparison *comparison);

G_END_DECLS
