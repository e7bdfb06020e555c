/* buntan-answers-dialog.c — the review of a vendor's answers, change by change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Nothing a vendor answers reaches the project unseen: each change the
 * answers imply is a row whose check is bound to the change's `accepted`
 * (the core decides what starts accepted), and only Apply changes the
 * project, through buntan_answers_apply(), as one undo step. A row whose
 * item changed in the project since the questionnaire was sent says so, in
 * words and in its check's accessible description.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-answers-dialog.h"
#include "buntan-core.h"
#include "buntan-view-util.h"

struct _BuntanAnswersDialog
{
  AdwWindow parent_instance;

  BuntanAnswers *answers;

  GtkLabel   *vendor_label;
  GtkLabel   *source_label;
  GtkLabel   *intro_label;
  GtkLabel   *warnings_label;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (BuntanAnswersDialog, buntan_answers_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_ANSWERS,
  N_PROPS
};

enum
{
  APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* What the vendor answered, in the words of the questionnaire's 回答
 * column where there is one. */
static const char *
get_answer_label (BuntanAnswerChange *change)
{
  switch (buntan_answer_change_get_kind (change))
    {
    case BUNTAN_ANSWER_CHANGE_AGREED:
      return _ ("Agrees");
    case BUNTAN_ANSWER_CHANGE_PROPOSAL:
      return _ ("Proposes a change");
    case BUNTAN_ANSWER_CHANGE_NOT_APPLICABLE:
      return _ ("Proposes not applicable");
    case BUNTAN_ANSWER_CHANGE_CHECK:
      return _ ("First check");
    case BUNTAN_ANSWER_CHANGE_COMMENT:
      return _ ("Comment");
    case BUNTAN_ANSWER_CHANGE_SET_AGREED_STATUS:
      return _ ("Every responsible vendor agrees");
    default:
      g_return_val_if_reached ("");
    }
}

static GtkWidget *
new_stale_warning (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label =
    gtk_label_new (_ ("Changed in the project since the questionnaire was sent: check it before "
                      "accepting"));

  gtk_widget_set_margin_start (box, 28);
  gtk_widget_add_css_class (icon, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Warning"), -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "warning");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
new_row (BuntanAnswersDialog *self, BuntanAnswerChange *change)
{
  const char *id = buntan_answer_change_get_item_id (change);
  BuntanItem *item = buntan_project_find_item (buntan_answers_get_project (self->answers), id);
  const char *description = buntan_answer_change_get_description (change);
  const char *comment = buntan_answer_change_get_comment (change);
  gboolean    stale = buntan_answer_change_get_stale (change);
  g_autoptr (GString) accessible = g_string_new (NULL);
  g_autofree char *heading = NULL;
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget       *check;

  /* TRANSLATORS: "P2-A-1 “Keeping logs”: Agrees" (the item, the vendor's answer) */
  heading =
    g_strdup_printf (_ ("%s “%s”: %s"), id, item != NULL ? buntan_item_get_title (item) : "",
                     get_answer_label (change));
  check = gtk_check_button_new_with_label (heading);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_box_append (GTK_BOX (box), check);

  if (description != NULL && *description != '\0')
    {
      /* TRANSLATORS: what accepting the answer does to the project */
      g_autofree char *text = g_strdup_printf (_ ("Change: %s"), description);

      gtk_box_append (GTK_BOX (box), buntan_view_row_text_new (text, FALSE));
      g_string_append (accessible, text);
    }
  if (comment != NULL && *comment != '\0')
    {
      /* TRANSLATORS: the vendor's own comment, as written in the answers file */
      g_autofree char *text = g_strdup_printf (_ ("Vendor’s comment: %s"), comment);

      gtk_box_append (GTK_BOX (box), buntan_view_row_text_new (text, TRUE));
      g_string_append_printf (accessible, "%s%s", accessible->len > 0 ? "\n" : "", text);
    }
  if (stale)
    {
      gtk_box_append (GTK_BOX (box), new_stale_warning ());
      gtk_widget_add_css_class (row, "stale");
      g_string_append_printf (accessible, "%s%s", accessible->len > 0 ? "\n" : "",
                              _ ("Changed in the project since the questionnaire was sent"));
    }
  if (accessible->len > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    accessible->str, -1);

  /* The change holds the choice: Accept all and the core's defaults show
   * in the check, and the check's click reaches the change. */
  g_object_bind_property (change, "accepted", check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return row;
}

static void
fill (BuntanAnswersDialog *self)
{
  BuntanQuestionnaire *questionnaire = buntan_answers_get_questionnaire (self->answers);
  BuntanParty         *vendor = buntan_answers_get_party (self->answers);
  GListModel          *changes = buntan_answers_get_changes (self->answers);
  const char *const   *warnings = buntan_answers_get_warnings (self->answers);
  g_autofree char     *heading = NULL;
  g_autofree char     *source = NULL;
  guint                n_changes = g_list_model_get_n_items (changes);

  heading = g_strdup_printf (_ ("Answers from %s"), buntan_party_get_name (vendor));
  gtk_label_set_text (self->vendor_label, heading);
  /* TRANSLATORS: "To the questionnaire sent on 2026-11-02, in 回答_v1.xlsx" */
  source = g_strdup_printf (_ ("To the questionnaire sent on %s, in the file “%s”"),
                            buntan_questionnaire_get_sent (questionnaire),
                            buntan_answers_get_file_name (self->answers));
  gtk_label_set_text (self->source_label, source);

  /* Rows skipped and cells ignored are said, not dropped silently: the
   * hospital may want to ask the vendor about them. */
  if (warnings != NULL && warnings[0] != NULL)
    {
      g_autofree char *lines = g_strjoinv ("\n", (char **) warnings);
      g_autofree char *text =
        g_strdup_printf (_ ("Not read from the file, ask the vendor if it matters:\n%s"), lines);

      gtk_label_set_text (self->warnings_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), TRUE);
    }

  if (n_changes == 0)
    gtk_label_set_text (self->intro_label,
                        _ ("These answers change nothing in the project: they agree with it as "
                           "it is."));
  else
    gtk_label_set_text (self->intro_label,
                        _ ("Nothing changes until you apply. Uncheck the answers you do not "
                           "accept; the accepted ones are applied together, and one undo takes "
                           "them all back."));

  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);

      gtk_list_box_append (self->list_box, new_row (self, change));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), n_changes > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "answers.accept-all", n_changes > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "answers.reject-all", n_changes > 0);
}

static void
error_response_cb (AdwMessageDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
show_error (BuntanAnswersDialog *self, const char *message)
{
  GtkWidget *dialog =
    adw_message_dialog_new (GTK_WINDOW (self), _ ("The answers could not be applied"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
apply_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanAnswersDialog *self = BUNTAN_ANSWERS_DIALOG (widget);
  g_autoptr (GError) error = NULL;
  guint n_applied;

  /* Nothing accepted is a choice too: the core then changes nothing and
   * makes no empty undo step. */
  n_applied = buntan_answers_apply (self->answers, &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[APPLIED], 0, n_applied);
  gtk_window_close (GTK_WINDOW (self));
}

static void
accept_all_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanAnswersDialog *self = BUNTAN_ANSWERS_DIALOG (widget);
  GListModel          *changes = buntan_answers_get_changes (self->answers);
  gboolean             accepted = g_str_equal (action_name, "answers.accept-all");

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr (BuntanAnswerChange) change = g_list_model_get_item (changes, i);

      buntan_answer_change_set_accepted (change, accepted);
    }
}

static void
buntan_answers_dialog_constructed (GObject *object)
{
  BuntanAnswersDialog *self = BUNTAN_ANSWERS_DIALOG (object);

  G_OBJECT_CLASS (buntan_answers_dialog_parent_class)->constructed (object);

  fill (self);
}

static void
buntan_answers_dialog_dispose (GObject *object)
{
  BuntanAnswersDialog *self = BUNTAN_ANSWERS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_ANSWERS_DIALOG);
  g_clear_object (&self->answers);

  G_OBJECT_CLASS (buntan_answers_dialog_parent_class)->dispose (object);
}

static void
buntan_answers_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BuntanAnswersDialog *self = BUNTAN_ANSWERS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      self->answers = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_answers_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BuntanAnswersDialog *self = BUNTAN_ANSWERS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_ANSWERS:
      g_value_set_object (value, self->answers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_answers_dialog_class_init (BuntanAnswersDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buntan_answers_dialog_constructed;
  object_class->dispose = buntan_answers_dialog_dispose;
  object_class->get_property = buntan_answers_dialog_get_property;
  object_class->set_property = buntan_answers_dialog_set_property;

  properties[PROP_ANSWERS] =
    g_param_spec_object ("answers", NULL, NULL, BUNTAN_TYPE_ANSWERS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanAnswersDialog::applied:
   * @n_applied: how many changes were applied (0 when none was accepted)
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-answers-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanAnswersDialog, vendor_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanAnswersDialog, source_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanAnswersDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanAnswersDialog, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanAnswersDialog, list_box);

  gtk_widget_class_install_action (widget_class, "answers.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "answers.accept-all", NULL, accept_all_action);
  gtk_widget_class_install_action (widget_class, "answers.reject-all", NULL, accept_all_action);
  /* Ctrl+Return applies wherever the focus is (a check button takes plain
   * Return for itself); Esc cancels. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "answers.apply", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "answers.apply", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_answers_dialog_init (BuntanAnswersDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
buntan_answers_dialog_new (GtkWindow *parent, BuntanAnswers *answers)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BUNTAN_IS_ANSWERS (answers), NULL);

  return g_object_new (BUNTAN_TYPE_ANSWERS_DIALOG, "transient-for", parent, "answers", answers,
                       NULL);
}
