/* buntan-item-cell.c — a dropdown bound to one property of an item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-item-cell.h"

typedef struct
{
  GtkWidget  *drop_down;
  BuntanItem *item;
  GBinding   *binding;
} BuntanItemCellPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BuntanItemCell, buntan_item_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible_label (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);
  const char *what = BUNTAN_ITEM_CELL_GET_CLASS (self)->get_label (self);
  g_autofree char *label = NULL;

  /* A screen reader moving down the column hears which row it is in. */
  if (priv->item != NULL)
    label = g_strdup_printf ("%s: %s %s", what,
                             buntan_item_get_id (priv->item), buntan_item_get_title (priv->item));

  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : what,
                                  -1);
}

static void
buntan_item_cell_dispose (GObject *object)
{
  BuntanItemCell *self = (BuntanItemCell *) object;
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  buntan_item_cell_unbind (self);
  g_clear_object (&priv->item);
  g_clear_pointer (&priv->drop_down, gtk_widget_unparent);

  G_OBJECT_CLASS (buntan_item_cell_parent_class)->dispose (object);
}

static void
buntan_item_cell_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BuntanItemCell *self = BUNTAN_ITEM_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, buntan_item_cell_get_item (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_cell_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BuntanItemCell *self = BUNTAN_ITEM_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      buntan_item_cell_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_cell_class_init (BuntanItemCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_item_cell_dispose;
  object_class->get_property = buntan_item_cell_get_property;
  object_class->set_property = buntan_item_cell_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
buntan_item_cell_init (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  priv->drop_down = gtk_drop_down_new (NULL, NULL);
  gtk_widget_set_parent (priv->drop_down, GTK_WIDGET (self));
}

BuntanItem *
buntan_item_cell_get_item (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_val_if_fail (BUNTAN_IS_ITEM_CELL (self), NULL);

  return priv->item;
}

void
buntan_item_cell_set_item (BuntanItemCell *self,
                           BuntanItem     *item)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_if_fail (BUNTAN_IS_ITEM_CELL (self));
  g_return_if_fail (item == NULL || BUNTAN_IS_ITEM (item));

  if (priv->item == item)
    return;

  /* Drop the old binding first: a recycled row must never write into the
   * item it showed before. */
  buntan_item_cell_unbind (self);
  g_set_object (&priv->item, item);
  buntan_item_cell_rebind (self);
  gtk_widget_set_sensitive (priv->drop_down, item != NULL);
  update_accessible_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * buntan_item_cell_get_drop_down:
 * @self: a cell
 *
 * Returns: (transfer none): the dropdown (subclasses give it its model)
 */
GtkDropDown *
buntan_item_cell_get_drop_down (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_val_if_fail (BUNTAN_IS_ITEM_CELL (self), NULL);

  return GTK_DROP_DOWN (priv->drop_down);
}

/* Cuts the tie between the item and the dropdown, e.g. while the dropdown's
 * choices change under it. */
void
buntan_item_cell_unbind (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_if_fail (BUNTAN_IS_ITEM_CELL (self));

  if (priv->binding != NULL)
    {
      g_binding_unbind (priv->binding);
      g_clear_object (&priv->binding);
    }
}

/* Binds the item again, taking the dropdown's position from the item: the
 * model is the truth. */
void
buntan_item_cell_rebind (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_if_fail (BUNTAN_IS_ITEM_CELL (self));

  buntan_item_cell_unbind (self);
  if (priv->item != NULL)
    {
      BuntanItemCellClass *klass = BUNTAN_ITEM_CELL_GET_CLASS (self);
      GBinding *binding = klass->bind (self, priv->item, GTK_DROP_DOWN (priv->drop_down));

      /* The binding lives as long as both ends; keep our own reference so
       * unbinding later is safe even after one end went away. */
      priv->binding = binding != NULL ? g_object_ref (binding) : NULL;
    }
}

gboolean
buntan_enum_to_selected (GBinding     *binding,
                         const GValue *from_value,
                         GValue       *to_value,
                         gpointer      user_data)
{
  g_value_set_uint (to_value, (guint) g_value_get_enum (from_value));
  return TRUE;
}

gboolean
buntan_selected_to_enum (GBinding     *binding,
                         const GValue *from_value,
                         GValue       *to_value,
                         gpointer      user_data)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (to_value));
  guint selected = g_value_get_uint (from_value);

  /* Nothing chosen (GTK_INVALID_LIST_POSITION) is no value: keep the item's. */
  if (selected > G_MAXINT || g_enum_get_value (klass, (int) selected) == NULL)
    return FALSE;

  g_value_set_enum (to_value, (int) selected);
  return TRUE;
}

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 BuntanChoiceLabelFunc     make_label)
{
  gboolean compact = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "compact"));
  GtkExpression *choice = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_expression_bind (make_label (choice), label, "label", list_item);

  if (compact)
    {
      /* On the button of a narrow column, "Under disc…", not a clipped word. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      gtk_list_item_set_child (list_item, label);
    }
  else
    {
      /* In the open list: the whole words, and a check on the current one. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_hexpand (label, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Chosen"), -1);
      gtk_expression_bind (gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "selected"),
                           check, "visible", list_item);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), check);
      gtk_list_item_set_child (list_item, box);
    }
}

/**
 * buntan_choice_factory_new:
 * @make_label: builds the words of a choice
 * @compact: for a dropdown's button (long words are shortened) rather than
 *   its open list
 *
 * Returns: (transfer full): a factory of dropdown choices whose words follow
 *   the model (a renamed party shows at once)
 */
GtkListItemFactory *
buntan_choice_factory_new (BuntanChoiceLabelFunc make_label,
                           gboolean              compact)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "compact", GINT_TO_POINTER (compact));
  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), make_label);

  return factory;
}

/* Shows @drop_down's choices with @make_label: shortened on its button,
 * whole and with a check on the chosen one in its list. */
void
buntan_drop_down_set_choice_label (GtkDropDown           *drop_down,
                                   BuntanChoiceLabelFunc  make_label)
{
  g_autoptr(GtkListItemFactory) factory = buntan_choice_factory_new (make_label, TRUE);
  g_autoptr(GtkListItemFactory) list_factory = buntan_choice_factory_new (make_label, FALSE);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_factory (drop_down, factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
}
