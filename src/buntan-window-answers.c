/* buntan-window-answers.c — the window brings a vendor's answers in, after a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "win.import-answers" asks for the answered workbook; "win.import-answers-from"
 * (a path) reads it through the core, as buntan-cli import-answers does, and
 * opens the review (buntan-answers-dialog.c): the scripts' and tests' way
 * past the file chooser. A 1,000-row file reads in well under a second, so
 * it is read on the main thread. A refused file leaves the project as it
 * was and says why, naming the file, in a dialog.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-answers-dialog.h"
#include "buntan-core.h"
#include "buntan-file-chooser.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

static void
applied_cb (BuntanWindow *self, guint n_applied)
{
  g_autofree char *title = NULL;

  if (n_applied == 0)
    title = g_strdup (_ ("No answer was accepted; the project is unchanged"));
  else
    title =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer applied; Undo takes it back",
                                    "%u answers applied; Undo takes them all back", n_applied),
                       n_applied);
  _buntan_window_toast (self, buntan_view_toast_new_plain (title));
}

static void
import_answers (BuntanWindow *self, GFile *file)
{
  g_autoptr (BuntanAnswers) answers = NULL;
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  answers = buntan_answers_read (self->project, file, &error);
  if (answers == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading =
        g_strdup_printf (_ ("The answers in “%s” could not be imported"), name);
      g_autofree char *body =
        g_strdup_printf (_ ("%s\n\nNothing in the project was changed."), error->message);

      _buntan_window_show_error (self, heading, body);
      return;
    }

  dialog = buntan_answers_dialog_new (GTK_WINDOW (self), answers);
  g_signal_connect_object (dialog, "applied", G_CALLBACK (applied_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
answers_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);

  if (file != NULL && self->project != NULL)
    import_answers (self, file);
}

static void
import_answers_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  if (self->project == NULL)
    return;

  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_IMPORT_ANSWERS, NULL,
                                 buntan_project_get_file (self->project), NULL, answers_chosen_cb,
                                 NULL);
}

static void
import_answers_from_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (GFile) file = NULL;

  if (self->project == NULL)
    return;

  file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  import_answers (self, file);
}

void
_buntan_window_class_init_answers (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-answers", NULL, import_answers_action);
  gtk_widget_class_install_action (widget_class, "win.import-answers-from", "s",
                                   import_answers_from_action);
}

void
_buntan_window_update_answers (BuntanWindow *self)
{
  gboolean has_project = self->project != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-answers", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-answers-from", has_project);
}
