/* buntan-notice-bar.c — a bar under the header that says something and offers buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwBanner needs libadwaita 1.3: this is the same bar, built of a wrapping
 * label and buttons after it, styled as GTK's info bar in its warning
 * colours. The conflicts and the file-changed bars are made of it; each
 * decides when it shows and what its buttons do.
 */

#include "config.h"

#include "buntan-notice-bar.h"

typedef struct
{
  GtkWidget *label;
  GtkWidget *last_button;
} BuntanNoticeBarPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (BuntanNoticeBar, buntan_notice_bar, GTK_TYPE_WIDGET)

void
buntan_notice_bar_set_text (BuntanNoticeBar *self, const char *text)
{
  BuntanNoticeBarPrivate *priv = buntan_notice_bar_get_instance_private (self);

  g_return_if_fail (BUNTAN_IS_NOTICE_BAR (self));

  gtk_label_set_text (GTK_LABEL (priv->label), text);
}

const char *
buntan_notice_bar_get_text (BuntanNoticeBar *self)
{
  BuntanNoticeBarPrivate *priv = buntan_notice_bar_get_instance_private (self);

  g_return_val_if_fail (BUNTAN_IS_NOTICE_BAR (self), NULL);

  return gtk_label_get_text (GTK_LABEL (priv->label));
}

/**
 * buntan_notice_bar_add_button:
 * @self: a notice bar
 * @label: the button's label, with a mnemonic
 * @tooltip: what pressing it does
 *
 * Adds a button after the text and the buttons added before.
 *
 * Returns: (transfer none): the button, for its "clicked" signal
 */
GtkWidget *
buntan_notice_bar_add_button (BuntanNoticeBar *self, const char *label, const char *tooltip)
{
  BuntanNoticeBarPrivate *priv = buntan_notice_bar_get_instance_private (self);
  GtkWidget              *button;

  g_return_val_if_fail (BUNTAN_IS_NOTICE_BAR (self), NULL);

  button = gtk_button_new_with_mnemonic (label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_parent (button, GTK_WIDGET (self));
  /* Only the last button keeps the bar's end margin. */
  if (priv->last_button != NULL)
    gtk_widget_set_margin_end (priv->last_button, 0);
  gtk_widget_set_margin_end (button, 12);
  priv->last_button = button;
  return button;
}

static void
buntan_notice_bar_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (buntan_notice_bar_parent_class)->dispose (object);
}

static void
buntan_notice_bar_class_init (BuntanNoticeBarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_notice_bar_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "infobar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buntan_notice_bar_init (BuntanNoticeBar *self)
{
  BuntanNoticeBarPrivate *priv = buntan_notice_bar_get_instance_private (self);
  GtkLayoutManager       *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "warning");

  priv->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (priv->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (priv->label), 0);
  gtk_widget_set_hexpand (priv->label, TRUE);
  gtk_widget_set_margin_start (priv->label, 12);
  gtk_widget_set_margin_top (priv->label, 6);
  gtk_widget_set_margin_bottom (priv->label, 6);
  gtk_widget_set_parent (priv->label, GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
