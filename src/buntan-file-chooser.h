/* buntan-file-chooser.h — every file choice the window asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  BUNTAN_FILE_CHOICE_OPEN_PROJECT,
  BUNTAN_FILE_CHOICE_SAVE_PROJECT,
  BUNTAN_FILE_CHOICE_EXPORT_WORKBOOK,
  BUNTAN_FILE_CHOICE_EXPORT_PDF,
  BUNTAN_FILE_CHOICE_EXPORT_FOLDER, /* one appendix per vendor goes in it */
  BUNTAN_FILE_CHOICE_IMPORT_CHECKLIST,
  BUNTAN_FILE_CHOICE_IMPORT_ANSWERS, /* a vendor's answered questionnaire */
} BuntanFileChoice;

/*
 * All file choosing sits behind these two functions, so moving to
 * GtkFileDialog (GTK 4.10) later touches this file only.
 */
void
buntan_file_chooser_run_async (GtkWindow          *parent,
                               BuntanFileChoice    choice,
                               const char         *suggested_name,
                               GFile              *current,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data);
GFile *
buntan_file_chooser_run_finish (GAsyncResult *result, GError **error);

G_END_DECLS
