/* buntan-questionnaire-dialog.c — choosing the vendor a questionnaire goes to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small question: which vendor. On "send" the file is chosen and the
 * window's "win.send-questionnaire-to" writes and records it, the same
 * action the tests call with a path.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-file-chooser.h"
#include "buntan-questionnaire-dialog.h"

struct _BuntanQuestionnaireDialog
{
  AdwMessageDialog parent_instance;

  BuntanProject *project;
  GPtrArray     *vendor_ids; /* of char*, in the order of the dropdown */
  GtkDropDown   *vendor_drop_down;
};

G_DEFINE_FINAL_TYPE (BuntanQuestionnaireDialog,
                     buntan_questionnaire_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

/* What the file chooser's answer needs once the dialog is gone. */
typedef struct
{
  GtkWidget *window;
  char      *vendor_id;
} Sending;

static void
sending_free (Sending *sending)
{
  g_clear_object (&sending->window);
  g_clear_pointer (&sending->vendor_id, g_free);
  g_free (sending);
}

static void
file_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Sending *sending = user_data;
  g_autoptr (GFile) file = buntan_file_chooser_run_finish (result, NULL);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  if (path != NULL)
    gtk_widget_activate_action (sending->window, "win.send-questionnaire-to", "(ss)",
                                sending->vendor_id, path);
  sending_free (sending);
}

/* Names as text, never markup: 「Cloud & Co.」 is a name, not an entity. */
static void
setup_name_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item)
{
  GtkStringObject *name = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (name));
}

static void
questionnaire_dialog_response_cb (BuntanQuestionnaireDialog *self, const char *response)
{
  GtkWindow       *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char      *vendor_id = buntan_questionnaire_dialog_get_vendor_id (self);
  g_autofree char *file_name = NULL;
  Sending         *sending;

  if (g_strcmp0 (response, "send") != 0 || vendor_id == NULL || parent == NULL)
    return;

  file_name = buntan_export_dup_questionnaire_file_name (self->project,
                                                         buntan_project_find_party (self->project,
                                                                                    vendor_id));
  sending = g_new0 (Sending, 1);
  sending->window = g_object_ref (GTK_WIDGET (parent));
  sending->vendor_id = g_strdup (vendor_id);
  buntan_file_chooser_run_async (parent, BUNTAN_FILE_CHOICE_EXPORT_WORKBOOK, file_name, NULL, NULL,
                                 file_chosen_cb, sending);
}

static void
buntan_questionnaire_dialog_dispose (GObject *object)
{
  BuntanQuestionnaireDialog *self = BUNTAN_QUESTIONNAIRE_DIALOG (object);

  g_clear_object (&self->project);
  g_clear_pointer (&self->vendor_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_questionnaire_dialog_parent_class)->dispose (object);
}

static void
buntan_questionnaire_dialog_class_init (BuntanQuestionnaireDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = buntan_questionnaire_dialog_dispose;
}

static void
buntan_questionnaire_dialog_init (BuntanQuestionnaireDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "send", _ ("_Send…"), NULL);
  adw_message_dialog_set_default_response (dialog, "send");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_response_appearance (dialog, "send", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_heading (dialog, _ ("Send Questionnaire"));
  adw_message_dialog_set_body (
    dialog, _ ("The vendor receives a workbook with its rows and answers them in Excel. The "
               "project records what was sent, so the answers can be matched to it later."));

  self->vendor_ids = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (self, "response", G_CALLBACK (questionnaire_dialog_response_cb), NULL);
}

/**
 * buntan_questionnaire_dialog_new:
 * @parent: the window the dialog belongs to; its "win.send-questionnaire-to"
 *   writes the workbook
 * @project: the project whose vendors are offered
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
BuntanQuestionnaireDialog *
buntan_questionnaire_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  BuntanQuestionnaireDialog *self;
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GtkListItemFactory) factory = NULL;
  g_autoptr (GPtrArray) vendors = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self =
    g_object_new (BUNTAN_TYPE_QUESTIONNAIRE_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->project = g_object_ref (project);

  vendors = buntan_project_dup_vendors (project);
  for (guint i = 0; i < vendors->len; i++)
    {
      BuntanParty *party = g_ptr_array_index (vendors, i);

      g_ptr_array_add (self->vendor_ids, g_strdup (buntan_party_get_id (party)));
      gtk_string_list_append (names, buntan_party_get_name (party));
    }

  self->vendor_drop_down =
    GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), NULL);
  gtk_drop_down_set_factory (self->vendor_drop_down, factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->vendor_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Vendor"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self),
                                      GTK_WIDGET (self->vendor_drop_down));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "send",
                                           self->vendor_ids->len > 0);

  return self;
}

/**
 * buntan_questionnaire_dialog_get_vendor_id:
 * @self: a dialog
 *
 * Returns: (nullable): the id of the vendor chosen
 */
const char *
buntan_questionnaire_dialog_get_vendor_id (BuntanQuestionnaireDialog *self)
{
  guint selected;

  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE_DIALOG (self), NULL);

  selected = gtk_drop_down_get_selected (self->vendor_drop_down);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->vendor_ids->len)
    return NULL;
  return g_ptr_array_index (self->vendor_ids, selected);
}
