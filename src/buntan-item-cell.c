/* buntan-item-cell.c — a dropdown bound to one property of an item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-item-cell.h"

/* A lazy cell (the list's rows) starts as a plain button showing the value:
 * a GtkDropDown builds its whole popup list when it is made, which cost
 * GTK 4.8 half a millisecond per cell, for every row of the list. The
 * dropdown is made when the button is first used. */
typedef struct
{
  GtkWidget          *drop_down; /* NULL in a lazy cell, until needed */
  GtkWidget          *face;      /* a lazy cell's button, until then */
  GtkExpression      *face_expression;
  GtkExpressionWatch *face_watch;
  BuntanItem         *item;
  GBinding           *binding;
  gboolean            lazy;
} BuntanItemCellPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BuntanItemCell, buntan_item_cell, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  PROP_LAZY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
current_widget (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  return priv->drop_down != NULL ? priv->drop_down : priv->face;
}

static void
update_accessible_label (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);
  const char            *what = BUNTAN_ITEM_CELL_GET_CLASS (self)->get_label (self);
  g_autofree char       *label = NULL;

  /* A screen reader moving down the column hears which row it is in. */
  if (priv->item != NULL)
    label = g_strdup_printf ("%s: %s %s", what, buntan_item_get_id (priv->item),
                             buntan_item_get_title (priv->item));

  gtk_accessible_update_property (GTK_ACCESSIBLE (current_widget (self)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : what, -1);
}

static void
unwatch_face (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_clear_pointer (&priv->face_watch, gtk_expression_watch_unwatch);
}

/* The button shows the item's value through the subclass's expression, so
 * it follows the model as the dropdown would. */
static void
watch_face (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);
  BuntanItemCellClass   *klass = BUNTAN_ITEM_CELL_GET_CLASS (self);
  GtkWidget             *label = gtk_button_get_child (GTK_BUTTON (priv->face));

  label = gtk_widget_get_first_child (label);
  unwatch_face (self);
  if (priv->item == NULL)
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (label), NULL);
      return;
    }

  if (priv->face_expression == NULL)
    priv->face_expression = klass->value_label (self);
  priv->face_watch =
    gtk_expression_bind (gtk_expression_ref (priv->face_expression), label, "text", priv->item);
}

/* The row of the open list that shows the choice at @position. */
static GtkWidget *
find_popup_row (GtkWidget *list, guint position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget   *child = gtk_widget_get_first_child (row);
      GtkListItem *list_item =
        child != NULL ? g_object_get_data (G_OBJECT (child), "list-item") : NULL;

      if (list_item != NULL && gtk_list_item_get_position (list_item) == position)
        return row;
    }

  return NULL;
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* GTK 4.8's dropdown keeps the row its list was left on: after ↓ and Esc the
 * ✓ stayed on the cancelled choice, and the keyboard went on from it. Each
 * time the list opens, it starts from the value the dropdown holds. */
static void
popover_show_cb (GtkWidget *popover, GtkDropDown *drop_down)
{
  guint      selected = gtk_drop_down_get_selected (drop_down);
  GtkWidget *list = find_list_view (popover);
  GtkWidget *row;

  if (list == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  gtk_selection_model_select_item (gtk_list_view_get_model (GTK_LIST_VIEW (list)), selected, TRUE);
  /* GtkPopover's "show" has shown it and given its last focus back. */
  row = find_popup_row (list, selected);
  if (row != NULL && gtk_widget_get_mapped (row))
    gtk_widget_grab_focus (row);
  else if (row != NULL)
    gtk_widget_set_focus_child (list, row);
}

/* The row of a list that holds @widget: the child of the list view. */
static GtkWidget *
find_list_row (GtkWidget *widget)
{
  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL;
       widget = parent, parent = gtk_widget_get_parent (parent))
    if (GTK_IS_LIST_VIEW (parent))
      return widget;

  return NULL;
}

/* A choice made, or the list left with Esc: the keyboard goes back where
 * it came from, the row in a list (a lazy cell's dropdown takes no focus
 * of its own) or the dropdown, and shows where it is, even after a click
 * (issue 12: the focus ring vanished after every choice). */
static void
popover_closed_cb (GtkWidget *popover, BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);
  GtkWidget             *target = priv->lazy ? find_list_row (GTK_WIDGET (self)) : priv->drop_down;
  GtkRoot               *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (target == NULL || root == NULL || !gtk_widget_grab_focus (target))
    return;
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
}

static void
watch_popover (BuntanItemCell *self, GtkDropDown *drop_down)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        {
          g_signal_connect_object (child, "show", G_CALLBACK (popover_show_cb), drop_down, 0);
          g_signal_connect_object (child, "closed", G_CALLBACK (popover_closed_cb), self, 0);
        }
      /* A row of the list is one Tab stop: its keys change the value and
       * open the list (buntan-part-page.c), the mouse still clicks it. */
      else if (priv->lazy)
        gtk_widget_set_focusable (child, FALSE);
    }
}

static void
make_drop_down (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  priv->drop_down = gtk_drop_down_new (NULL, NULL);
  BUNTAN_ITEM_CELL_GET_CLASS (self)->setup_drop_down (self, GTK_DROP_DOWN (priv->drop_down));
  watch_popover (self, GTK_DROP_DOWN (priv->drop_down));
  gtk_widget_set_parent (priv->drop_down, GTK_WIDGET (self));
  gtk_widget_set_sensitive (priv->drop_down, priv->item != NULL);

  if (priv->face != NULL)
    {
      unwatch_face (self);
      g_clear_pointer (&priv->face, gtk_widget_unparent);
    }

  update_accessible_label (self);
}

static void
face_clicked_cb (BuntanItemCell *self)
{
  buntan_item_cell_popup (self);
}

static void
make_face (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);
  GtkWidget             *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget             *label = gtk_inscription_new (NULL);
  GtkWidget             *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");

  /* As a dropdown's button shows its choice: shortened, not clipped. An
   * inscription's size does not follow its text: a row that shows another
   * item is not measured again. */
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), 18);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), arrow);

  priv->face = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (priv->face), box);
  gtk_widget_add_css_class (priv->face, "item-cell-face");
  /* The row takes the focus, not its cells (see watch_popover()). */
  gtk_widget_set_focusable (priv->face, FALSE);
  g_signal_connect_object (priv->face, "clicked", G_CALLBACK (face_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (priv->face, GTK_WIDGET (self));
}

static void
buntan_item_cell_dispose (GObject *object)
{
  BuntanItemCell        *self = (BuntanItemCell *) object;
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  buntan_item_cell_unbind (self);
  g_clear_object (&priv->item);
  g_clear_pointer (&priv->drop_down, gtk_widget_unparent);
  g_clear_pointer (&priv->face, gtk_widget_unparent);
  g_clear_pointer (&priv->face_expression, gtk_expression_unref);

  G_OBJECT_CLASS (buntan_item_cell_parent_class)->dispose (object);
}

static void
buntan_item_cell_constructed (GObject *object)
{
  BuntanItemCell        *self = BUNTAN_ITEM_CELL (object);
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  G_OBJECT_CLASS (buntan_item_cell_parent_class)->constructed (object);

  if (priv->lazy)
    make_face (self);
  else
    make_drop_down (self);
  gtk_widget_set_sensitive (current_widget (self), priv->item != NULL);
  buntan_item_cell_rebind (self);
  update_accessible_label (self);
}

static void
buntan_item_cell_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanItemCell        *self = BUNTAN_ITEM_CELL (object);
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, buntan_item_cell_get_item (self));
      break;

    case PROP_LAZY:
      g_value_set_boolean (value, priv->lazy);
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
  BuntanItemCell        *self = BUNTAN_ITEM_CELL (object);
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ITEM:
      buntan_item_cell_set_item (self, g_value_get_object (value));
      break;

    case PROP_LAZY:
      priv->lazy = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_cell_class_init (BuntanItemCellClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buntan_item_cell_constructed;
  object_class->dispose = buntan_item_cell_dispose;
  object_class->get_property = buntan_item_cell_get_property;
  object_class->set_property = buntan_item_cell_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A lazy cell makes its dropdown when it is first used (the list's rows). */
  properties[PROP_LAZY] =
    g_param_spec_boolean ("lazy", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
buntan_item_cell_init (BuntanItemCell *self)
{
}

BuntanItem *
buntan_item_cell_get_item (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_val_if_fail (BUNTAN_IS_ITEM_CELL (self), NULL);

  return priv->item;
}

void
buntan_item_cell_set_item (BuntanItemCell *self, BuntanItem *item)
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
  if (current_widget (self) != NULL)
    {
      gtk_widget_set_sensitive (current_widget (self), item != NULL);
      update_accessible_label (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * buntan_item_cell_get_drop_down:
 * @self: a cell
 *
 * A lazy cell makes its dropdown now, if it has not yet.
 *
 * Returns: (transfer none): the dropdown
 */
GtkDropDown *
buntan_item_cell_get_drop_down (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_val_if_fail (BUNTAN_IS_ITEM_CELL (self), NULL);

  if (priv->drop_down == NULL)
    {
      make_drop_down (self);
      buntan_item_cell_rebind (self);
    }

  return GTK_DROP_DOWN (priv->drop_down);
}

/**
 * buntan_item_cell_peek_drop_down:
 * @self: a cell
 *
 * Returns: (transfer none) (nullable): the dropdown, or %NULL while a lazy
 *   cell has not made it
 */
GtkDropDown *
buntan_item_cell_peek_drop_down (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_val_if_fail (BUNTAN_IS_ITEM_CELL (self), NULL);

  return priv->drop_down != NULL ? GTK_DROP_DOWN (priv->drop_down) : NULL;
}

/**
 * buntan_item_cell_popup:
 * @self: a cell
 *
 * Opens the dropdown's list of choices, making the dropdown first in a lazy
 * cell: a click on the cell, or its key on the list's row.
 */
void
buntan_item_cell_popup (BuntanItemCell *self)
{
  g_return_if_fail (BUNTAN_IS_ITEM_CELL (self));

  /* GtkDropDown::activate pops its list up. */
  g_signal_emit_by_name (buntan_item_cell_get_drop_down (self), "activate");
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
  unwatch_face (self);
}

/* Binds the item again, taking the dropdown's position from the item: the
 * model is the truth. */
void
buntan_item_cell_rebind (BuntanItemCell *self)
{
  BuntanItemCellPrivate *priv = buntan_item_cell_get_instance_private (self);

  g_return_if_fail (BUNTAN_IS_ITEM_CELL (self));

  buntan_item_cell_unbind (self);
  if (priv->drop_down == NULL)
    {
      /* Not made yet, or being made. */
      if (priv->face != NULL)
        watch_face (self);
      return;
    }
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
  g_autoptr (GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (to_value));
  guint selected = g_value_get_uint (from_value);

  /* Nothing chosen (GTK_INVALID_LIST_POSITION) is no value: keep the item's. */
  if (selected > G_MAXINT || g_enum_get_value (klass, (int) selected) == NULL)
    return FALSE;

  g_value_set_enum (to_value, (int) selected);
  return TRUE;
}

/* The widest a choice in an open list gets, in characters. */
#define CHOICE_MAX_WIDTH_CHARS 40

static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 BuntanChoiceLabelFunc     make_label)
{
  gboolean       compact = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "compact"));
  GtkExpression *choice = gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item");
  GtkWidget     *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_expression_bind (make_label (choice), label, "label", list_item);

  if (compact)
    {
      /* On the button of a narrow column, "Under disc…", not a clipped word. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
      gtk_list_item_set_child (list_item, label);
      g_object_set_data (G_OBJECT (label), "list-item", list_item);
    }
  else
    {
      /* In the open list: the whole words, and a check on the current one. */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      /* A 200-character vendor name wraps: the list stays a list beside
       * its button, not a strip across the whole screen. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), CHOICE_MAX_WIDTH_CHARS);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Chosen"), -1);
      gtk_expression_bind (gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "selected"),
                           check, "visible", list_item);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), check);
      gtk_list_item_set_child (list_item, box);
      /* The popup's rows are found by position (popover_show_cb()). */
      g_object_set_data (G_OBJECT (box), "list-item", list_item);
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
buntan_choice_factory_new (BuntanChoiceLabelFunc make_label, gboolean compact)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "compact", GINT_TO_POINTER (compact));
  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), make_label);

  return factory;
}

/* Shows @drop_down's choices with @make_label: shortened on its button,
 * whole and with a check on the chosen one in its list. */
void
buntan_drop_down_set_choice_label (GtkDropDown *drop_down, BuntanChoiceLabelFunc make_label)
{
  buntan_drop_down_set_choice_labels (drop_down, make_label, make_label);
}

/* The same, with other words on the button (a short name) than in the list. */
void
buntan_drop_down_set_choice_labels (GtkDropDown          *drop_down,
                                    BuntanChoiceLabelFunc make_button_label,
                                    BuntanChoiceLabelFunc make_list_label)
{
  g_autoptr (GtkListItemFactory) factory = buntan_choice_factory_new (make_button_label, TRUE);
  g_autoptr (GtkListItemFactory) list_factory = buntan_choice_factory_new (make_list_label, FALSE);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_factory (drop_down, factory);
  gtk_drop_down_set_list_factory (drop_down, list_factory);
}
