/* buntan-window-questionnaire.c — the window sends a vendor its questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "win.send-questionnaire" asks for the vendor and the file;
 * "win.send-questionnaire-to" (vendor id, path) writes the workbook through
 * the core, as buntan-cli does, and records what was sent in the project:
 * the scripts' and tests' way past the dialogs. The workbook is small (one
 * vendor's rows), so it is written on the main thread.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-questionnaire-dialog.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

static void
send_questionnaire_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  if (self->project == NULL)
    return;

  gtk_window_present (
    GTK_WINDOW (buntan_questionnaire_dialog_new (GTK_WINDOW (self), self->project)));
}

static void
send_questionnaire_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (BuntanQuestionnaire) questionnaire = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (AdwToast) toast = NULL;
  g_autofree char           *title = NULL;
  BuntanQuestionnaireOptions options = { 0 };
  const char                *path;
  BuntanParty               *vendor;

  if (self->project == NULL)
    return;

  g_variant_get (parameter, "(&s&s)", &options.vendor_id, &path);
  file = g_file_new_for_path (path);
  questionnaire = buntan_export_questionnaire (self->project, file, &options, &error);
  if (questionnaire == NULL)
    {
      _buntan_window_show_error (self, _ ("The questionnaire could not be written"),
                                 error->message);
      return;
    }

  /* Undo does not unsend a workbook: a record, not an edit. */
  buntan_project_add_questionnaire (self->project, questionnaire);
  vendor = buntan_project_find_party (self->project, options.vendor_id);
  title = g_strdup_printf (_ ("Questionnaire for %s written; save the project to keep the record"),
                           buntan_party_get_name (vendor));
  toast = buntan_view_toast_new_plain (title);
  _buntan_window_toast (self, g_steal_pointer (&toast));
}

void
_buntan_window_class_init_questionnaire (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.send-questionnaire", NULL,
                                   send_questionnaire_action);
  gtk_widget_class_install_action (widget_class, "win.send-questionnaire-to", "(ss)",
                                   send_questionnaire_to_action);
}

void
_buntan_window_update_questionnaire (BuntanWindow *self)
{
  gboolean has_project = self->project != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-questionnaire", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-questionnaire-to", has_project);
}
