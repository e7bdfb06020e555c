/* buntan-comparison-dialog.c — the changes from another project file, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15: "Compare with File…" shows what changed from another project
 * file (a colleague's copy, last year's file) to the state in the window:
 * one row per item and field, party and item added, removed or renamed, as
 * the core's comparison words them. The list's rows are built here alone:
 * the versions dialog fills its comparison with an agreed version through
 * buntan_comparison_dialog_fill_list() too, so both say a change alike.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-comparison-dialog.h"
#include "buntan-core.h"

struct _BuntanComparisonDialog
{
  AdwWindow parent_instance;

  GtkLabel   *heading;
  GtkListBox *changes_list;
};

G_DEFINE_FINAL_TYPE (BuntanComparisonDialog, buntan_comparison_dialog, ADW_TYPE_WINDOW)

static void
buntan_comparison_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUNTAN_TYPE_COMPARISON_DIALOG);

  G_OBJECT_CLASS (buntan_comparison_dialog_parent_class)->dispose (object);
}

static void
buntan_comparison_dialog_class_init (BuntanComparisonDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_comparison_dialog_dispose;

  gtk_widget_class_set_template_from_resource (
    widget_class, "/io/github/buntan/Buntan/buntan-comparison-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanComparisonDialog, heading);
  gtk_widget_class_bind_template_child (widget_class, BuntanComparisonDialog, changes_list);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_comparison_dialog_init (BuntanComparisonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * buntan_comparison_dialog_fill_list:
 * @list: a list box
 * @comparison: what changed
 *
 * Replaces the rows of @list with one row per change of @comparison, each
 * saying the change in words; the text can be selected and copied.
 *
 * Returns: the number of changes
 */
guint
buntan_comparison_dialog_fill_list (GtkListBox *list, BuntanComparison *comparison)
{
  GListModel *changes;
  GtkWidget  *child;
  guint       n;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list), 0);
  g_return_val_if_fail (BUNTAN_IS_COMPARISON (comparison), 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  changes = buntan_comparison_get_changes (comparison);
  n = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (changes, i);
      g_autofree char *sentence = buntan_change_describe (change);
      GtkWidget       *label = gtk_label_new (sentence);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_append (list, label);
    }

  return n;
}

/**
 * buntan_comparison_dialog_new:
 * @parent: the window the dialog belongs to
 * @comparison: the changes from the other file to the current state
 * @other_name: the other file's name, as the heading says it
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
BuntanComparisonDialog *
buntan_comparison_dialog_new (GtkWindow        *parent,
                              BuntanComparison *comparison,
                              const char       *other_name)
{
  BuntanComparisonDialog *self;
  g_autofree char        *heading = NULL;
  guint                   n;

  g_return_val_if_fail (BUNTAN_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (other_name != NULL, NULL);

  self = g_object_new (BUNTAN_TYPE_COMPARISON_DIALOG, "transient-for", parent, NULL);
  n = buntan_comparison_dialog_fill_list (self->changes_list, comparison);
  if (n == 0)
    /* TRANSLATORS: the heading when the other project file holds what the window shows */
    heading = g_strdup_printf (_ ("No differences from “%s”"), other_name);
  else
    /* TRANSLATORS: the heading above the changes from another project file to the current state */
    heading = g_strdup_printf (ngettext ("%u change since “%s”", "%u changes since “%s”", n), n,
                               other_name);
  gtk_label_set_text (self->heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_list), n > 0);

  return self;
}
