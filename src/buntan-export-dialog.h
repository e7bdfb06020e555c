/* buntan-export-dialog.h — what to export: the internal workbook or appendices, draft or final
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-core.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_EXPORT_DIALOG (buntan_export_dialog_get_type ())

/* Where the chosen document goes: the same contents in each. */
typedef enum
{
  BUNTAN_EXPORT_OUTPUT_WORKBOOK,
  BUNTAN_EXPORT_OUTPUT_PDF,
  BUNTAN_EXPORT_OUTPUT_PRINT,
} BuntanExportOutput;

G_DECLARE_FINAL_TYPE (BuntanExportDialog, buntan_export_dialog, BUNTAN, EXPORT_DIALOG, AdwWindow)

/* A modal window over @parent. It emits "chosen" when the user has chosen
 * and pressed Export (or Export as Draft); the caller reads the choice with
 * buntan_export_dialog_get_options() and closes it. */
GtkWidget *
buntan_export_dialog_new (GtkWindow *parent, BuntanProject *project);
void
buntan_export_dialog_get_options (BuntanExportDialog *self, BuntanExportOptions *options);
gboolean
buntan_export_dialog_get_all_vendors (BuntanExportDialog *self);
void
buntan_export_dialog_select (BuntanExportDialog *self,
                             const char         *vendor_id,
                             gboolean            all_vendors,
                             gboolean            final);
BuntanExportOutput
buntan_export_dialog_get_output (BuntanExportDialog *self);
void
buntan_export_dialog_set_output (BuntanExportDialog *self, BuntanExportOutput output);
gboolean
buntan_export_dialog_select_contract (BuntanExportDialog *self, const char *contract_id);
gboolean
buntan_export_dialog_can_export (BuntanExportDialog *self);
const char *
buntan_export_dialog_get_gaps_text (BuntanExportDialog *self);

G_END_DECLS
