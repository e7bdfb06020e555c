/* buntan-checklist-update-dialog.c — the review of a newer checklist, difference by difference
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-checklist-update-dialog.h"
#include "buntan-core.h"
#include "buntan-view-util.h"

struct _BuntanChecklistUpdateDialog
{
  AdwWindow parent_instance;

  BuntanChecklistUpdate *update;
  GPtrArray             *checks; /* one GtkCheckButton per difference, in their order */

  GtkLabel   *intro_label;
  GtkListBox *list_box;
};

G_DEFINE_FINAL_TYPE (BuntanChecklistUpdateDialog, buntan_checklist_update_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_UPDATE,
  N_PROPS
};

enum
{
  APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static BuntanItem *
find_checklist_item (BuntanChecklistUpdateDialog *self, const char *id)
{
  GListModel *items =
    buntan_template_get_items (buntan_checklist_update_get_checklist (self->update));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (buntan_item_get_id (item), id) == 0)
        return item;
    }

  return NULL;
}

/* Contract kinds as the detail pane names them, not as the file codes them. */
static char *
dup_kinds_label (BuntanItem *item)
{
  const char *const *codes = item != NULL ? buntan_item_get_applies_to (item) : NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      const char *label = codes[i];

      for (BuntanContractKind kind = BUNTAN_CONTRACT_KIND_DEVELOPMENT;
           kind <= BUNTAN_CONTRACT_KIND_OTHER; kind++)
        if (g_strcmp0 (buntan_contract_kind_to_string (kind), codes[i]) == 0)
          label = buntan_contract_kind_get_label (kind);
      g_ptr_array_add (labels, (gpointer) label);
    }
  /* An item that names no kind concerns them all (the file's empty list). */
  if (labels->len == 0)
    return g_strdup (_ ("All contract kinds"));
  g_ptr_array_add (labels, NULL);
  return g_strjoinv (_ (", "), (char **) labels->pdata);
}

/* The texts before and after as a person reads them. */
static void
dup_texts (BuntanChecklistUpdateDialog *self, BuntanChange *change, char **before, char **after)
{
  const char *id = buntan_change_get_subject (change);

  if (g_strcmp0 (buntan_change_get_field (change), "applies_to") == 0)
    {
      *before = dup_kinds_label (
        buntan_project_find_item (buntan_checklist_update_get_project (self->update), id));
      *after = dup_kinds_label (find_checklist_item (self, id));
      return;
    }
  *before = g_strdup (buntan_change_get_before (change));
  *after = g_strdup (buntan_change_get_after (change));
}

static char *
dup_heading (BuntanChecklistUpdateDialog *self, BuntanChange *change)
{
  const char *id = buntan_change_get_subject (change);
  BuntanItem *item =
    buntan_project_find_item (buntan_checklist_update_get_project (self->update), id);

  switch (buntan_change_get_kind (change))
    {
    case BUNTAN_CHANGE_KIND_ITEM_ADDED:
      /* TRANSLATORS: "New item P2-A-3: Accepting audits" */
      return g_strdup_printf (_ ("New item %s: %s"), id, buntan_change_get_after (change));
    case BUNTAN_CHANGE_KIND_ITEM_RETIRED:
      return g_strdup_printf (_ ("Mark item %s, no longer in the checklist, not applicable: %s"),
                              id, buntan_change_get_before (change));
    case BUNTAN_CHANGE_KIND_ITEM_CHANGED:
    default:
      /* TRANSLATORS: "Item P2-A-1 “Keeping logs”: title" (the item as the project words it) */
      return g_strdup_printf (_ ("Item %s “%s”: %s"), id,
                              item != NULL ? buntan_item_get_title (item) : "",
                              buntan_field_get_label (buntan_change_get_field (change)));
    }
}

static GtkWidget *
new_row (BuntanChecklistUpdateDialog *self, BuntanChange *change)
{
  g_autofree char *heading = dup_heading (self, change);
  BuntanChangeKind kind = buntan_change_get_kind (change);
  GtkWidget       *row = gtk_list_box_row_new ();
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget       *check = gtk_check_button_new_with_label (heading);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_box_append (GTK_BOX (box), check);

  /* Keeping a retired item is the safe choice: marking it 対象外 changes
   * the status of what may have been agreed, so that waits for a click. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), kind != BUNTAN_CHANGE_KIND_ITEM_RETIRED);

  if (kind == BUNTAN_CHANGE_KIND_ITEM_CHANGED)
    {
      g_autofree char *before_text = NULL;
      g_autofree char *after_text = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      dup_texts (self, change, &before_text, &after_text);
      before = g_strdup_printf (_ ("Now: %s"), before_text != NULL ? before_text : _ ("(empty)"));
      after = g_strdup_printf (_ ("Newer: %s"), after_text != NULL ? after_text : _ ("(empty)"));

      gtk_box_append (GTK_BOX (box), buntan_view_row_text_new (before, TRUE));
      gtk_box_append (GTK_BOX (box), buntan_view_row_text_new (after, FALSE));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      after, -1);
    }
  else if (kind == BUNTAN_CHANGE_KIND_ITEM_ADDED)
    gtk_box_append (
      GTK_BOX (box),
      buntan_view_row_text_new (_ ("Added as not started, with nobody responsible yet."), TRUE));
  else
    {
      const char *reason =
        buntan_checklist_update_get_retired_reason (self->update,
                                                    buntan_change_get_subject (change));

      if (reason != NULL)
        {
          /* TRANSLATORS: why the newer checklist no longer has the item, as it says */
          g_autofree char *why = g_strdup_printf (_ ("Why: %s"), reason);

          gtk_box_append (GTK_BOX (box), buntan_view_row_text_new (why, FALSE));
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, why, -1);
        }
      gtk_box_append (GTK_BOX (box), buntan_view_row_text_new (
                                       _ ("Unchecked, the item stays as it is. Either way it is "
                                          "never removed and what was agreed on it is kept."),
                                       TRUE));
    }

  g_ptr_array_add (self->checks, check);
  return row;
}

static void
fill (BuntanChecklistUpdateDialog *self)
{
  GListModel      *differences = buntan_checklist_update_get_differences (self->update);
  BuntanProject   *project = buntan_checklist_update_get_project (self->update);
  BuntanTemplate  *checklist = buntan_checklist_update_get_checklist (self->update);
  g_autofree char *intro = NULL;

  intro = g_strdup_printf (
    _ ("The checklist “%s” has a newer version, %s; this project was made with version %s and "
       "keeps its own wording until you apply the differences below. Status, parties, checks, "
       "agreed terms, notes and clauses are never changed by an update."),
    buntan_template_get_title (checklist), buntan_template_get_version (checklist),
    buntan_project_get_template_version (project) != NULL
      ? buntan_project_get_template_version (project)
      : "—");
  gtk_label_set_text (self->intro_label, intro);

  for (guint i = 0; i < g_list_model_get_n_items (differences); i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (differences, i);

      gtk_list_box_append (self->list_box, new_row (self, change));
    }
}

static void
apply_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanChecklistUpdateDialog *self = BUNTAN_CHECKLIST_UPDATE_DIALOG (widget);
  GListModel                  *differences = buntan_checklist_update_get_differences (self->update);
  g_autoptr (GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean up_to_date;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (chosen, g_list_model_get_item (differences, i));

  up_to_date = buntan_checklist_update_apply (self->update, chosen);
  g_signal_emit (self, signals[APPLIED], 0, chosen->len, up_to_date);
  gtk_window_close (GTK_WINDOW (self));
}

static void
select_all_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanChecklistUpdateDialog *self = BUNTAN_CHECKLIST_UPDATE_DIALOG (widget);
  gboolean                     active = g_str_equal (action_name, "update.select-all");

  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i), active);
}

static void
buntan_checklist_update_dialog_constructed (GObject *object)
{
  BuntanChecklistUpdateDialog *self = BUNTAN_CHECKLIST_UPDATE_DIALOG (object);

  G_OBJECT_CLASS (buntan_checklist_update_dialog_parent_class)->constructed (object);

  fill (self);
}

static void
buntan_checklist_update_dialog_dispose (GObject *object)
{
  BuntanChecklistUpdateDialog *self = BUNTAN_CHECKLIST_UPDATE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_CHECKLIST_UPDATE_DIALOG);
  g_clear_object (&self->update);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_checklist_update_dialog_parent_class)->dispose (object);
}

static void
buntan_checklist_update_dialog_set_property (GObject      *object,
                                             guint         prop_id,
                                             const GValue *value,
                                             GParamSpec   *pspec)
{
  BuntanChecklistUpdateDialog *self = BUNTAN_CHECKLIST_UPDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_UPDATE:
      self->update = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_checklist_update_dialog_get_property (GObject    *object,
                                             guint       prop_id,
                                             GValue     *value,
                                             GParamSpec *pspec)
{
  BuntanChecklistUpdateDialog *self = BUNTAN_CHECKLIST_UPDATE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_UPDATE:
      g_value_set_object (value, self->update);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_checklist_update_dialog_class_init (BuntanChecklistUpdateDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buntan_checklist_update_dialog_constructed;
  object_class->dispose = buntan_checklist_update_dialog_dispose;
  object_class->get_property = buntan_checklist_update_dialog_get_property;
  object_class->set_property = buntan_checklist_update_dialog_set_property;

  properties[PROP_UPDATE] =
    g_param_spec_object ("update", NULL, NULL, BUNTAN_TYPE_CHECKLIST_UPDATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanChecklistUpdateDialog::applied:
   * @n_applied: how many differences were applied
   * @up_to_date: whether the project now records the newer version
   */
  signals[APPLIED] = g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX
                                               "/buntan-checklist-update-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanChecklistUpdateDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanChecklistUpdateDialog, list_box);

  gtk_widget_class_install_action (widget_class, "update.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "update.select-all", NULL, select_all_action);
  gtk_widget_class_install_action (widget_class, "update.select-none", NULL, select_all_action);
  /* The dialog's own keys: Ctrl+Return applies wherever the focus is (a
   * check button takes plain Return for itself). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "update.apply", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "update.apply", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_checklist_update_dialog_init (BuntanChecklistUpdateDialog *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
buntan_checklist_update_dialog_new (GtkWindow *parent, BuntanChecklistUpdate *update)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BUNTAN_IS_CHECKLIST_UPDATE (update), NULL);

  return g_object_new (BUNTAN_TYPE_CHECKLIST_UPDATE_DIALOG, "transient-for", parent, "update",
                       update, NULL);
}
