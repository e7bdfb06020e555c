/* buntan-conflicts-dialog.c — deciding a merge's conflicts, one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each conflict is a row: the item and its title, the field in words, the
 * values before, ours (what the project holds) and theirs, with "Keep Ours"
 * and "Take Theirs". A decision is applied at once, as one step of the
 * project's history (buntan_conflict_resolve()), so Ctrl+Z in the window
 * brings it back; the list follows the project's conflicts.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-conflicts-dialog.h"
#include "buntan-core.h"

struct _BuntanConflictsDialog
{
  AdwWindow parent_instance;

  BuntanProject *project;
  GListModel    *conflicts;

  GtkListBox    *conflicts_list;
  AdwStatusPage *done_page;
};

G_DEFINE_FINAL_TYPE (BuntanConflictsDialog, buntan_conflicts_dialog, ADW_TYPE_WINDOW)

static char *
dup_value_words (const char *value)
{
  return g_strdup (value != NULL && *value != '\0' ? value : _ ("(empty)"));
}

static char *
dup_subject_words (BuntanConflictsDialog *self, BuntanConflict *conflict)
{
  const char *subject = buntan_conflict_get_item (conflict);
  BuntanItem *item = buntan_project_find_item (self->project, subject);
  const char *field = buntan_conflict_get_field (conflict);

  if (g_strcmp0 (field, "deleted") == 0)
    return buntan_conflict_describe (conflict);
  if (item != NULL)
    /* TRANSLATORS: "P2-A-4 アクセス管理 — note" */
    return g_strdup_printf (_ ("%s %s — %s"), subject, buntan_item_get_title (item),
                            buntan_field_get_label (field));
  return g_strdup_printf (_ ("%s — %s"), subject, buntan_field_get_label (field));
}

static void
resolve (BuntanConflictsDialog *self, GtkWidget *button, gboolean take_theirs)
{
  BuntanConflict *conflict = g_object_get_data (G_OBJECT (button), "conflict");
  g_autoptr (GError) error = NULL;

  if (!buntan_conflict_resolve (self->project, conflict, take_theirs, &error))
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Decide the Conflict"),
                                error->message));

      adw_message_dialog_add_response (dialog, "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
keep_ours_clicked_cb (GtkButton *button, BuntanConflictsDialog *self)
{
  resolve (self, GTK_WIDGET (button), FALSE);
}

static void
take_theirs_clicked_cb (GtkButton *button, BuntanConflictsDialog *self)
{
  resolve (self, GTK_WIDGET (button), TRUE);
}

static GtkWidget *
new_button (BuntanConflict        *conflict,
            const char            *label,
            const char            *accessible,
            GCallback              cb,
            BuntanConflictsDialog *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "conflict", g_object_ref (conflict), g_object_unref);
  g_signal_connect (button, "clicked", cb, self);
  return button;
}

static GtkWidget *
new_row (BuntanConflictsDialog *self, BuntanConflict *conflict)
{
  g_autofree char *subject = dup_subject_words (self, conflict);
  g_autofree char *base = dup_value_words (buntan_conflict_get_base (conflict));
  g_autofree char *ours = dup_value_words (buntan_conflict_get_ours (conflict));
  g_autofree char *theirs = dup_value_words (buntan_conflict_get_theirs (conflict));
  g_autofree char *values =
    g_strdup_printf (_ ("Before: %s\nOurs (in the project now): %s\nTheirs: %s"), base, ours,
                     theirs);
  g_autofree char *keep_name = g_strdup_printf (_ ("Keep ours: %s"), subject);
  g_autofree char *take_name = g_strdup_printf (_ ("Take theirs: %s"), subject);
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *take;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), subject);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), values);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_button (conflict, _ ("_Keep Ours"), keep_name,
                                         G_CALLBACK (keep_ours_clicked_cb), self));
  take =
    new_button (conflict, _ ("_Take Theirs"), take_name, G_CALLBACK (take_theirs_clicked_cb), self);
  gtk_widget_set_sensitive (take, buntan_conflict_can_take_theirs (conflict));
  if (!buntan_conflict_can_take_theirs (conflict))
    gtk_widget_set_tooltip_text (take, _ ("Keep ours and change it by hand"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), take);

  return row;
}

static void
update (BuntanConflictsDialog *self)
{
  GtkWidget *child;
  guint      n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflicts_list))) != NULL)
    gtk_list_box_remove (self->conflicts_list, child);

  g_clear_object (&self->conflicts);
  self->conflicts = buntan_conflict_list_project (self->project);
  n = g_list_model_get_n_items (self->conflicts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanConflict) conflict = g_list_model_get_item (self->conflicts, i);

      gtk_list_box_append (self->conflicts_list, new_row (self, conflict));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->done_page), n == 0);
}

static void
project_conflicts_notify_cb (BuntanConflictsDialog *self)
{
  update (self);
}

static void
buntan_conflicts_dialog_dispose (GObject *object)
{
  BuntanConflictsDialog *self = BUNTAN_CONFLICTS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_CONFLICTS_DIALOG);
  g_clear_object (&self->conflicts);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_conflicts_dialog_parent_class)->dispose (object);
}

static void
buntan_conflicts_dialog_class_init (BuntanConflictsDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_conflicts_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/buntan/Buntan/buntan-conflicts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanConflictsDialog, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanConflictsDialog, done_page);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_conflicts_dialog_init (BuntanConflictsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buntan_conflicts_dialog_new:
 * @parent: the window the dialog belongs to
 * @project: the project whose conflicts are decided
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
BuntanConflictsDialog *
buntan_conflicts_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  BuntanConflictsDialog *self;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self = g_object_new (BUNTAN_TYPE_CONFLICTS_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (project);
  g_signal_connect_object (project, "notify::conflicts", G_CALLBACK (project_conflicts_notify_cb),
                           self, G_CONNECT_SWAPPED);
  update (self);

  return self;
}
