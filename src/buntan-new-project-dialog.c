/* buntan-new-project-dialog.c — a new project's title, hospital, checklist and first vendors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-file-chooser.h"
#include "buntan-new-project-dialog.h"
#include "buntan-view-util.h"

struct _BuntanNewProjectDialog
{
  AdwWindow parent_instance;

  AdwEntryRow *title_row;
  AdwEntryRow *hospital_row;
  AdwComboRow *checklist_row;
  GtkTextView *vendors_view;

  /* The checklists offered, in the order of checklist_row's labels. */
  GPtrArray *checklists;
  GtkButton *create_button;
};

G_DEFINE_FINAL_TYPE (BuntanNewProjectDialog, buntan_new_project_dialog, ADW_TYPE_WINDOW)

enum
{
  CREATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
create_clicked_cb (BuntanNewProjectDialog *self, GtkButton *button)
{
  g_auto (GStrv) vendors = buntan_new_project_dialog_dup_vendors (self);

  g_signal_emit (self, signals[CREATE], 0, gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                 gtk_editable_get_text (GTK_EDITABLE (self->hospital_row)), vendors);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Every checklist and version there is, since a hospital may need to start
 * from the version its contract refers to; the newest version of the
 * bundled default is chosen, as Buntan always started from it. */
static void
fill_checklists (BuntanNewProjectDialog *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint chosen = GTK_INVALID_LIST_POSITION;

  g_clear_pointer (&self->checklists, g_ptr_array_unref);
  self->checklists = buntan_checklist_library_list (NULL);
  for (guint i = 0; i < self->checklists->len; i++)
    {
      BuntanTemplate  *checklist = g_ptr_array_index (self->checklists, i);
      g_autofree char *label = NULL;

      if (buntan_template_get_file (checklist) != NULL)
        /* TRANSLATORS: a checklist installed by the user: its title and version */
        label =
          g_strdup_printf (_ ("%s, version %s (installed)"), buntan_template_get_title (checklist),
                           buntan_template_get_version (checklist));
      else
        /* TRANSLATORS: a checklist that comes with Buntan: its title and version */
        label = g_strdup_printf (_ ("%s, version %s"), buntan_template_get_title (checklist),
                                 buntan_template_get_version (checklist));
      gtk_string_list_append (labels, label);

      if (g_strcmp0 (buntan_template_get_id (checklist), BUNTAN_DEFAULT_TEMPLATE_ID) == 0 &&
          (chosen == GTK_INVALID_LIST_POSITION ||
           buntan_template_compare_versions (buntan_template_get_version (checklist),
                                             buntan_template_get_version (
                                               g_ptr_array_index (self->checklists, chosen))) > 0))
        chosen = i;
    }

  adw_combo_row_set_model (self->checklist_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->checklist_row,
                              chosen != GTK_INVALID_LIST_POSITION ? chosen : 0);
}

static void
show_import_error (BuntanNewProjectDialog *self, const char *message)
{
  GtkWidget *dialog =
    adw_message_dialog_new (GTK_WINDOW (self), _ ("The checklist was not imported"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (BuntanNewProjectDialog) self = user_data;
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);
  g_autoptr (GError) error = NULL;

  if (file == NULL)
    return;
  if (!buntan_new_project_dialog_import (self, file, &error))
    show_import_error (self, error->message);
}

static void
import_checklist_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  buntan_file_chooser_run_async (GTK_WINDOW (widget), BUNTAN_FILE_CHOICE_IMPORT_CHECKLIST, NULL,
                                 NULL, NULL, import_chosen_cb, g_object_ref (widget));
}

static void
buntan_new_project_dialog_dispose (GObject *object)
{
  BuntanNewProjectDialog *self = BUNTAN_NEW_PROJECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), BUNTAN_TYPE_NEW_PROJECT_DIALOG);
  g_clear_pointer (&self->checklists, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_new_project_dialog_parent_class)->dispose (object);
}

static void
buntan_new_project_dialog_class_init (BuntanNewProjectDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_new_project_dialog_dispose;

  /**
   * BuntanNewProjectDialog::create:
   * @self: the dialog
   * @title: the project's title, maybe empty
   * @hospital: the hospital's name, maybe empty
   * @vendors: the vendors' names, without empty ones
   *
   * The user chose Create; the dialog closes after this, and
   * buntan_new_project_dialog_get_checklist() says which checklist was
   * chosen until the handler returns. Cancelling
   * (Cancel, Esc, closing the window) emits nothing.
   */
  signals[CREATE] =
    g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-new-project-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanNewProjectDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanNewProjectDialog, hospital_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanNewProjectDialog, checklist_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanNewProjectDialog, vendors_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanNewProjectDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);

  gtk_widget_class_install_action (widget_class, "new-project.import-checklist", NULL,
                                   import_checklist_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_new_project_dialog_init (BuntanNewProjectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  buntan_view_name_entry_row (self->title_row);
  buntan_view_name_entry_row (self->hospital_row);
  fill_checklists (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));
  /* Else the focus starts on Cancel, and Enter cancels. */
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

BuntanNewProjectDialog *
buntan_new_project_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (BUNTAN_TYPE_NEW_PROJECT_DIALOG, "transient-for", parent, NULL);
}

/**
 * buntan_new_project_dialog_dup_vendors:
 * @self: a new project dialog
 *
 * Returns: (transfer full): the vendors' names typed so far, one a line,
 *   trimmed, the empty lines left out
 */
char **
buntan_new_project_dialog_dup_vendors (BuntanNewProjectDialog *self)
{
  GtkTextBuffer   *buffer;
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GStrvBuilder) vendors = g_strv_builder_new ();

  g_return_val_if_fail (BUNTAN_IS_NEW_PROJECT_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->vendors_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *name = g_strstrip (lines[i]);

      if (*name != '\0')
        g_strv_builder_add (vendors, name);
    }

  return g_strv_builder_end (vendors);
}

/**
 * buntan_new_project_dialog_get_checklist:
 * @self: a new project dialog
 *
 * Returns: (transfer none) (nullable): the checklist chosen, %NULL only when
 *   there is none at all (a broken build)
 */
BuntanTemplate *
buntan_new_project_dialog_get_checklist (BuntanNewProjectDialog *self)
{
  guint selected;

  g_return_val_if_fail (BUNTAN_IS_NEW_PROJECT_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->checklist_row);
  if (self->checklists == NULL || selected >= self->checklists->len)
    return NULL;
  return g_ptr_array_index (self->checklists, selected);
}

/**
 * buntan_new_project_dialog_import:
 * @self: a new project dialog
 * @file: a checklist in CSV or JSON
 * @error: return location for a #GError naming the file and the place
 *
 * Installs @file for this user as `buntan-cli checklist-import` does, with
 * the same refusals, and offers and chooses it. "Import Checklist…" calls
 * this with the file chosen, and shows the refusal.
 *
 * Returns: whether the checklist was installed
 */
gboolean
buntan_new_project_dialog_import (BuntanNewProjectDialog *self, GFile *file, GError **error)
{
  g_autoptr (BuntanTemplate) imported = NULL;
  g_autoptr (GFile) installed = NULL;

  g_return_val_if_fail (BUNTAN_IS_NEW_PROJECT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  imported = buntan_checklist_import_file (file, FALSE, &installed, error);
  if (imported == NULL)
    return FALSE;

  fill_checklists (self);
  for (guint i = 0; i < self->checklists->len; i++)
    {
      GFile *other = buntan_template_get_file (g_ptr_array_index (self->checklists, i));

      if (other != NULL && g_file_equal (other, installed))
        adw_combo_row_set_selected (self->checklist_row, i);
    }
  return TRUE;
}
