/* buntan-versions-dialog.c — the agreed versions: compare, withdraw, renew
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per agreed version (number, date, note, withdrawn); each can be
 * compared with the current state, the changes listed below in words, and
 * withdrawn with a reason. Nothing here is deleted: a withdrawn version
 * stays in the list, marked. A renewal round for the vendors chosen starts
 * from the version in force (buntan_project_start_round()).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-comparison-dialog.h"
#include "buntan-core.h"
#include "buntan-versions-dialog.h"

struct _BuntanVersionsDialog
{
  AdwWindow parent_instance;

  BuntanProject *project;

  GtkLabel   *empty_label;
  GtkButton  *round_button;
  GtkListBox *versions_list;
  GtkLabel   *changes_heading;
  GtkListBox *changes_list;
};

G_DEFINE_FINAL_TYPE (BuntanVersionsDialog, buntan_versions_dialog, ADW_TYPE_WINDOW)

static void
show_comparison (BuntanVersionsDialog *self, guint number)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) agreed = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  g_autofree char *heading = NULL;
  guint            n;

  agreed = buntan_project_load_version (self->project, number, &error);
  if (agreed == NULL)
    {
      gtk_label_set_text (self->changes_heading, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->changes_heading), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->changes_list), FALSE);
      return;
    }

  comparison = buntan_comparison_new (agreed, self->project);
  n = buntan_comparison_dialog_fill_list (self->changes_list, comparison);
  if (n == 0)
    heading = g_strdup_printf (_ ("Nothing has changed since version %u."), number);
  else
    heading =
      g_strdup_printf (ngettext ("%u change since version %u:", "%u changes since version %u:", n),
                       n, number);
  gtk_label_set_text (self->changes_heading, heading);

  gtk_widget_set_visible (GTK_WIDGET (self->changes_heading), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_list), n > 0);
}

static void
compare_clicked_cb (GtkButton *button, BuntanVersionsDialog *self)
{
  show_comparison (self,
                   GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "version-number")));
}

static void
reason_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "withdraw", *reason != '\0');
}

static void
withdraw_response_cb (AdwMessageDialog *dialog, const char *response, BuntanVersionsDialog *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  guint        number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "version-number"));
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "withdraw") != 0)
    return;

  /* The button is enabled only with a reason, and the row only for a
   * version in force: this cannot fail but for a bug. */
  if (!buntan_project_withdraw_version (self->project, number, NULL, gtk_editable_get_text (entry),
                                        &error))
    g_warning ("Withdrawing version %u failed: %s", number, error->message);
}

static void
withdraw_clicked_cb (GtkButton *button, BuntanVersionsDialog *self)
{
  guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "version-number"));
  g_autofree char  *heading = NULL;
  AdwMessageDialog *dialog;
  GtkWidget        *entry = gtk_entry_new ();

  /* TRANSLATORS: the heading of the question before withdrawing 第N版 */
  heading = g_strdup_printf (_ ("Withdraw Version %u?"), number);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (self), heading,
    _ ("The version stays in the list, marked withdrawn with the reason given here.")));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "withdraw", _ ("_Withdraw"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "withdraw", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "withdraw", FALSE);
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("Reason"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Reason"), -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, entry);

  g_object_set_data (G_OBJECT (dialog), "version-number", GUINT_TO_POINTER (number));
  g_signal_connect_object (dialog, "response", G_CALLBACK (withdraw_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The vendors ticked in the round question, by id. */
static GStrv
dup_chosen_parties (GtkWidget *box)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (child), "party-id"));

  return g_strv_builder_end (builder);
}

/* What the ticked vendors' round would change, said before it starts. */
static void
round_party_toggled_cb (GtkCheckButton *button, AdwMessageDialog *dialog)
{
  BuntanVersionsDialog *self = g_object_get_data (G_OBJECT (dialog), "versions-dialog");
  GtkWidget            *box = adw_message_dialog_get_extra_child (dialog);
  GtkLabel             *summary = g_object_get_data (G_OBJECT (dialog), "summary");
  g_auto (GStrv) parties = dup_chosen_parties (box);
  g_autofree char *text = NULL;
  guint            n;

  adw_message_dialog_set_response_enabled (dialog, "start", parties[0] != NULL);
  if (parties[0] == NULL)
    {
      gtk_label_set_text (summary, _ ("Choose the vendors whose contracts renew."));
      return;
    }

  n = buntan_project_count_round_items (self->project, (const char *const *) parties);
  text = g_strdup_printf (ngettext ("%u item goes back to discussion.",
                                    "%u items go back to discussion.", n),
                          n);
  gtk_label_set_text (summary, text);
}

static void
round_response_cb (AdwMessageDialog *dialog, const char *response, BuntanVersionsDialog *self)
{
  g_auto (GStrv) parties = NULL;
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "start") != 0)
    return;

  parties = dup_chosen_parties (adw_message_dialog_get_extra_child (dialog));
  /* The button is enabled only with a vendor ticked and a version in
   * force: this cannot fail but for a bug. */
  if (buntan_project_start_round (self->project, NULL, (const char *const *) parties, 0, &error) ==
      NULL)
    g_warning ("Starting a renewal round failed: %s", error->message);
}

/* @ticked: the vendors ticked to begin with, or NULL for none. */
static void
ask_round (BuntanVersionsDialog *self, const char *const *ticked)
{
  BuntanVersion    *version = buntan_project_get_latest_version (self->project);
  GListModel       *parties = buntan_project_get_parties (self->project);
  g_autofree char  *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget        *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget        *summary = gtk_label_new (NULL);

  g_return_if_fail (version != NULL);

  body = g_strdup_printf (
    _ ("Renews version %u. The checks of the vendors chosen go back to unconfirmed and their "
       "items to under discussion, except those not applicable. Owners, roles, clauses and "
       "agreed terms stay, and version %u keeps what was agreed."),
    buntan_version_get_number (version), buntan_version_get_number (version));
  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_WINDOW (self), _ ("Start a Renewal Round?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "start", _ ("_Start Round"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      GtkWidget *check;

      if (buntan_party_is_hospital (party))
        continue;
      check = gtk_check_button_new_with_label (buntan_party_get_name (party));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   ticked != NULL &&
                                     g_strv_contains (ticked, buntan_party_get_id (party)));
      g_object_set_data_full (G_OBJECT (check), "party-id", g_strdup (buntan_party_get_id (party)),
                              g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (round_party_toggled_cb), dialog, 0);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_box_append (GTK_BOX (box), summary);
  adw_message_dialog_set_extra_child (dialog, box);

  g_object_set_data (G_OBJECT (dialog), "versions-dialog", self);
  g_object_set_data (G_OBJECT (dialog), "summary", summary);
  round_party_toggled_cb (NULL, dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (round_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
row_button_realize_cb (GtkWidget *button)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_object_get_data (G_OBJECT (button), "accessible-label"), -1);
}

static void
round_clicked_cb (GtkButton *button, BuntanVersionsDialog *self)
{
  ask_round (self, NULL);
}

/* Every row has the same buttons: @accessible_label names the version, so
 * that a screen reader's list of buttons says which one each acts on. */
static GtkWidget *
row_button_new (BuntanVersionsDialog *self,
                BuntanVersion        *version,
                const char           *label,
                const char           *accessible_label,
                GCallback             callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  /* Set once the button is realized: under GTK 4.8 a label set here, while
   * the list box builds the row, was found gone by the time the row showed. */
  g_object_set_data_full (G_OBJECT (button), "accessible-label", g_strdup (accessible_label),
                          g_free);
  g_signal_connect (button, "realize", G_CALLBACK (row_button_realize_cb), NULL);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "version-number",
                     GUINT_TO_POINTER (buntan_version_get_number (version)));
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

/* The subtitle says the note, or once withdrawn when and why. */
static void
update_row (AdwActionRow *row, BuntanVersion *version)
{
  g_autofree char *subtitle = NULL;

  if (buntan_version_get_withdrawn (version))
    /* TRANSLATORS: under a withdrawn version: the date and the reason */
    subtitle =
      g_strdup_printf (_ ("Withdrawn on %s: %s"), buntan_version_get_withdrawn_date (version),
                       buntan_version_get_withdrawn_reason (version));
  else
    subtitle =
      g_strdup (buntan_version_get_note (version) != NULL ? buntan_version_get_note (version) : "");

  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "withdraw-button"),
                            !buntan_version_get_withdrawn (version));
}

static void
version_withdrawn_cb (BuntanVersion *version, GParamSpec *pspec, AdwActionRow *row)
{
  update_row (row, version);
}

static void
update_empty (BuntanVersionsDialog *self);

static GtkWidget *
create_row_cb (gpointer item, gpointer user_data)
{
  BuntanVersionsDialog *self = user_data;
  BuntanVersion        *version = item;
  g_autofree char      *title = buntan_version_dup_title (version);
  g_autofree char      *row_title = NULL;
  GtkWidget            *row = adw_action_row_new ();
  GtkWidget            *withdraw;
  g_autofree char      *compare_label = NULL;
  g_autofree char      *withdraw_label = NULL;

  /* TRANSLATORS: a row of the versions list: "Version 2 · 2026-12-07" */
  row_title = g_strdup_printf (_ ("%s · %s"), title, buntan_version_get_agreed (version));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
  /* TRANSLATORS: what a screen reader says for the button of one version: "Compare Version 2 with Current" */
  compare_label = g_strdup_printf (_ ("Compare %s with Current"), title);
  /* TRANSLATORS: what a screen reader says for the button of one version: "Withdraw Version 2" */
  withdraw_label = g_strdup_printf (_ ("Withdraw %s"), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button_new (self, version, _ ("_Compare with Current"),
                                             compare_label, G_CALLBACK (compare_clicked_cb)));
  withdraw = row_button_new (self, version, _ ("_Withdraw…"), withdraw_label,
                             G_CALLBACK (withdraw_clicked_cb));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), withdraw);
  g_object_set_data (G_OBJECT (row), "withdraw-button", withdraw);
  update_row (ADW_ACTION_ROW (row), version);
  g_signal_connect_object (version, "notify::withdrawn", G_CALLBACK (version_withdrawn_cb), row, 0);
  g_signal_connect_object (version, "notify::withdrawn", G_CALLBACK (update_empty), self,
                           G_CONNECT_SWAPPED);

  return row;
}

/* A round renews the version in force: none, no round. */
static void
update_empty (BuntanVersionsDialog *self)
{
  gboolean empty = g_list_model_get_n_items (buntan_project_get_versions (self->project)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->versions_list), !empty);
  gtk_widget_set_sensitive (GTK_WIDGET (self->round_button),
                            buntan_project_get_latest_version (self->project) != NULL);
}

static void
buntan_versions_dialog_dispose (GObject *object)
{
  BuntanVersionsDialog *self = BUNTAN_VERSIONS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_VERSIONS_DIALOG);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_versions_dialog_parent_class)->dispose (object);
}

static void
buntan_versions_dialog_class_init (BuntanVersionsDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_versions_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/buntan/Buntan/buntan-versions-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanVersionsDialog, empty_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanVersionsDialog, round_button);
  gtk_widget_class_bind_template_callback (widget_class, round_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, BuntanVersionsDialog, versions_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanVersionsDialog, changes_heading);
  gtk_widget_class_bind_template_child (widget_class, BuntanVersionsDialog, changes_list);
}

static void
buntan_versions_dialog_init (BuntanVersionsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buntan_versions_dialog_new:
 * @parent: the window the dialog belongs to
 * @project: the project whose versions are listed
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
BuntanVersionsDialog *
buntan_versions_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  BuntanVersionsDialog *self;
  GListModel           *versions;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self = g_object_new (BUNTAN_TYPE_VERSIONS_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  versions = buntan_project_get_versions (project);
  gtk_list_box_bind_model (self->versions_list, versions, create_row_cb, self, NULL);
  g_signal_connect_object (versions, "items-changed", G_CALLBACK (update_empty), self,
                           G_CONNECT_SWAPPED);
  update_empty (self);

  return self;
}

/**
 * buntan_versions_dialog_start_round:
 * @self: a versions dialog
 * @ticked: (nullable): the ids of the vendors ticked to begin with (those
 *   whose contracts renew soon, when the window reminds of them)
 *
 * Asks which vendors' round to start, as the "Start Renewal Round…"
 * button does; nothing starts until the question is answered.
 */
void
buntan_versions_dialog_start_round (BuntanVersionsDialog *self, const char *const *ticked)
{
  g_return_if_fail (BUNTAN_IS_VERSIONS_DIALOG (self));

  ask_round (self, ticked);
}
