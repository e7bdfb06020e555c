/* buntan-file-chooser.c — every file choice the window asks for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-file-chooser.h"

static GtkFileFilter *
filter_new (const char *name, const char *mime_type, ...) G_GNUC_NULL_TERMINATED;

static GtkFileFilter *
filter_new (const char *name, const char *mime_type, ...)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  const char    *pattern;
  va_list        args;

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);

  va_start (args, mime_type);
  while ((pattern = va_arg (args, const char *)) != NULL)
    gtk_file_filter_add_suffix (filter, pattern);
  va_end (args);

  return filter;
}

static void
add_filter (GtkFileChooser *chooser, GtkFileFilter *filter)
{
  gtk_file_chooser_add_filter (chooser, filter);
  g_object_unref (filter);
}

static void
response_cb (GtkNativeDialog *native, int response, GTask *task)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  if (file != NULL)
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No file was chosen");

  g_object_unref (task);
}

/* Where a choice starts without a project file: the user's documents, not
 * the folder the program happened to be started from. */
static GFile *
dup_start_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);

  return g_file_new_for_path (g_get_home_dir ());
}

/**
 * buntan_file_chooser_run_async:
 * @parent: the window asking
 * @choice: what the file is for
 * @suggested_name: (nullable): the name to offer when saving
 * @current: (nullable): the project's file: the chooser starts in its folder
 *   (without one, in the Documents folder, or the home folder)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the choice
 * @user_data: data for @callback
 *
 * Lets the user choose a project to open, where to save a project, or where
 * to write an Excel workbook. Choosing an existing file to save over asks
 * first.
 */
void
buntan_file_chooser_run_async (GtkWindow          *parent,
                               BuntanFileChoice    choice,
                               const char         *suggested_name,
                               GFile              *current,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  GtkFileChooserNative *native;
  GtkFileChooser       *chooser;
  GTask                *task;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  switch (choice)
    {
    case BUNTAN_FILE_CHOICE_OPEN_PROJECT:
      native = gtk_file_chooser_native_new (_ ("Open Project"), parent,
                                            GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"), NULL);
      chooser = GTK_FILE_CHOOSER (native);
      add_filter (chooser, filter_new (_ ("Buntan projects"), "application/x-buntan", "buntan",
                                       "json", NULL));
      add_filter (chooser, filter_new (_ ("JSON files"), "application/json", "json", NULL));
      break;

    case BUNTAN_FILE_CHOICE_SAVE_PROJECT:
      native = gtk_file_chooser_native_new (_ ("Save Project"), parent,
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), NULL);
      chooser = GTK_FILE_CHOOSER (native);
      add_filter (chooser,
                  filter_new (_ ("Buntan projects"), "application/x-buntan", "buntan", NULL));
      break;

    case BUNTAN_FILE_CHOICE_EXPORT_WORKBOOK:
      native = gtk_file_chooser_native_new (_ ("Export to Excel"), parent,
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), NULL);
      chooser = GTK_FILE_CHOOSER (native);
      add_filter (chooser,
                  filter_new (_ ("Excel workbooks"),
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                              "xlsx", NULL));
      break;

    case BUNTAN_FILE_CHOICE_EXPORT_PDF:
      native = gtk_file_chooser_native_new (_ ("Export as PDF"), parent,
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), NULL);
      chooser = GTK_FILE_CHOOSER (native);
      add_filter (chooser, filter_new (_ ("PDF documents"), "application/pdf", "pdf", NULL));
      break;

    case BUNTAN_FILE_CHOICE_EXPORT_FOLDER:
      native =
        gtk_file_chooser_native_new (_ ("Export Appendices Into"), parent,
                                     GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _ ("_Export"), NULL);
      chooser = GTK_FILE_CHOOSER (native);
      /* A folder has no name to suggest; the project's folder is a start. */
      suggested_name = NULL;
      break;

    case BUNTAN_FILE_CHOICE_IMPORT_CHECKLIST:
      native = gtk_file_chooser_native_new (_ ("Import Checklist"), parent,
                                            GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Import"), NULL);
      chooser = GTK_FILE_CHOOSER (native);
      add_filter (chooser, filter_new (_ ("Checklists (CSV or JSON)"), NULL, "csv", "json", NULL));
      break;

    case BUNTAN_FILE_CHOICE_IMPORT_ANSWERS:
      {
        GtkFileFilter *all_files;

        native = gtk_file_chooser_native_new (_ ("Import Answers from Excel"), parent,
                                              GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Import"), NULL);
        chooser = GTK_FILE_CHOOSER (native);
        add_filter (chooser,
                    filter_new (_ ("Excel workbooks"),
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "xlsx", NULL));
        /* A vendor may send back an .xls, .ods or CSV: the core then says
       * what it is and what to ask for, which beats a file nobody can pick. */
        all_files = filter_new (_ ("All files"), NULL, NULL);
        gtk_file_filter_add_pattern (all_files, "*");
        add_filter (chooser, all_files);
        break;
      }

    default:
      g_return_if_reached ();
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  /* GTK 4.8's fallback dialog takes a folder set before it is shown as a
   * file to select, and opens its parent: so name a file, not a folder. */
  if (current == NULL)
    {
      g_autoptr (GFile) start = dup_start_folder ();

      gtk_file_chooser_set_current_folder (chooser, start, NULL);
      if (suggested_name != NULL)
        gtk_file_chooser_set_current_name (chooser, suggested_name);
    }
  else if (choice == BUNTAN_FILE_CHOICE_OPEN_PROJECT)
    {
      if (current != NULL)
        gtk_file_chooser_set_file (chooser, current, NULL);
    }
  else
    {
      g_autoptr (GFile) folder = current != NULL ? g_file_get_parent (current) : NULL;

      if (folder != NULL && suggested_name != NULL)
        {
          g_autoptr (GFile) file = g_file_get_child (folder, suggested_name);

          /* A file that does not exist yet brings its folder, not its name. */
          gtk_file_chooser_set_file (chooser, file, NULL);
        }
      if (suggested_name != NULL)
        gtk_file_chooser_set_current_name (chooser, suggested_name);
    }

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, buntan_file_chooser_run_async);
  /* The task keeps the dialog alive until it answers. */
  g_task_set_task_data (task, native, g_object_unref);
  g_signal_connect (native, "response", G_CALLBACK (response_cb), task);

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * buntan_file_chooser_run_finish:
 * @result: the result
 * @error: return location for %G_IO_ERROR_CANCELLED when nothing was chosen
 *
 * Returns: (transfer full) (nullable): the chosen file
 */
GFile *
buntan_file_chooser_run_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
