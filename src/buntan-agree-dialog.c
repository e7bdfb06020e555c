/* buntan-agree-dialog.c — agreeing the current state as the next version (第N版)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what the agreement records — the number, the fingerprint the
 * documents carry, the gaps still open, named — and asks for a note. With
 * gaps open the button says so, and the agreement records their number.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-agree-dialog.h"
#include "buntan-core.h"

/* Enough to see what is open without scrolling through a whole list. */
#define MAX_GAPS_NAMED 5

struct _BuntanAgreeDialog
{
  AdwMessageDialog parent_instance;

  BuntanProject *project;
  guint          n_gaps;
  GtkEntry      *note_entry;
};

G_DEFINE_FINAL_TYPE (BuntanAgreeDialog, buntan_agree_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
dup_gaps_text (BuntanProject *project, guint *n_gaps)
{
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  GPtrArray *gaps = buntan_overview_get_gaps (overview);
  g_autoptr (GString) text = g_string_new (NULL);

  *n_gaps = gaps->len;
  if (gaps->len == 0)
    return g_strdup (_ ("No gaps remain."));

  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u gap is still open. Agreeing now records it:",
                                       "%u gaps are still open. Agreeing now records them:",
                                       gaps->len),
                          gaps->len);
  for (guint i = 0; i < gaps->len && i < MAX_GAPS_NAMED; i++)
    {
      g_autofree char *sentence =
        buntan_gap_describe (g_ptr_array_index (gaps, i), BUNTAN_GAP_TEXT_LONG);

      g_string_append_printf (text, "\n• %s", sentence);
    }
  if (gaps->len > MAX_GAPS_NAMED)
    {
      guint more = gaps->len - MAX_GAPS_NAMED;

      g_string_append (text, "\n• ");
      g_string_append_printf (text, ngettext ("And %u more gap", "And %u more gaps", more), more);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
agree_dialog_response_cb (BuntanAgreeDialog *self, const char *response)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "agree") != 0)
    return;

  /* The dialog named the open gaps; choosing to agree is the confirmation. */
  if (buntan_project_agree_version (self->project, NULL,
                                    gtk_editable_get_text (GTK_EDITABLE (self->note_entry)), TRUE,
                                    &error) == NULL)
    g_warning ("Agreeing a version failed: %s", error->message);
}

static void
buntan_agree_dialog_dispose (GObject *object)
{
  BuntanAgreeDialog *self = BUNTAN_AGREE_DIALOG (object);

  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_agree_dialog_parent_class)->dispose (object);
}

static void
buntan_agree_dialog_class_init (BuntanAgreeDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = buntan_agree_dialog_dispose;
}

static void
buntan_agree_dialog_init (BuntanAgreeDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "agree", _ ("_Agree"), NULL);
  adw_message_dialog_set_default_response (dialog, "agree");
  adw_message_dialog_set_close_response (dialog, "cancel");

  self->note_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->note_entry, _ ("Note (optional)"));
  gtk_entry_set_activates_default (self->note_entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Note"), -1);
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (self->note_entry));

  g_signal_connect (self, "response", G_CALLBACK (agree_dialog_response_cb), NULL);
}

/**
 * buntan_agree_dialog_new:
 * @parent: the window the dialog belongs to
 * @project: the project to agree
 *
 * The dialog records the version itself when "agree" is chosen.
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
BuntanAgreeDialog *
buntan_agree_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  BuntanAgreeDialog  *self;
  g_autofree char    *gaps = NULL;
  g_autofree char    *fingerprint = NULL;
  g_autofree char    *heading = NULL;
  g_autofree char    *body = NULL;
  BuntanExportOptions options = { 0 };

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self = g_object_new (BUNTAN_TYPE_AGREE_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->project = g_object_ref (project);

  gaps = dup_gaps_text (project, &self->n_gaps);
  fingerprint = buntan_printed_dup_fingerprint_for (project, &options, NULL);
  /* TRANSLATORS: the heading of the dialog that agrees 第N版 */
  heading =
    g_strdup_printf (_ ("Agree Version %u?"), buntan_project_get_next_version_number (project));
  /* TRANSLATORS: %s: the gaps' sentence; then the fingerprint, 64 hex digits */
  body = g_strdup_printf (_ ("The current state is recorded as agreed today, with a copy from "
                             "which it can be printed again.\n\n%s\n\nFingerprint: %s"),
                          gaps, fingerprint);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  if (self->n_gaps > 0)
    {
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "agree",
                                             _ ("_Agree Despite Gaps"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "agree",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "cancel");
    }
  else
    {
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "agree",
                                                  ADW_RESPONSE_SUGGESTED);
    }

  return self;
}
