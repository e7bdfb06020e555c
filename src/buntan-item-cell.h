/* buntan-item-cell.h — a dropdown bound to one property of an item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ITEM_CELL (buntan_item_cell_get_type ())

G_DECLARE_DERIVABLE_TYPE (BuntanItemCell, buntan_item_cell, BUNTAN, ITEM_CELL, GtkWidget)

/*
 * The base of the editing cells (status, owner). It holds a GtkDropDown and
 * an "item" property; on a new item it drops the old item's binding and asks
 * the subclass to bind the new item's property to the dropdown's "selected",
 * so a choice changes the model at once and a model change shows at once.
 * A "lazy" cell (the list's rows) shows a plain button with the value until
 * it is used, and only then makes its dropdown.
 */
struct _BuntanItemCellClass
{
  GtkWidgetClass parent_class;

  /* What the dropdown chooses ("Status"), already translated: it starts the
   * dropdown's accessible name. */
  const char *(*get_label) (BuntanItemCell *self);
  GBinding *(*bind) (BuntanItemCell *self, BuntanItem *item, GtkDropDown *drop_down);
  /* Gives a new dropdown its model and its factories. */
  void (*setup_drop_down) (BuntanItemCell *self, GtkDropDown *drop_down);
  /* (transfer full): an expression of the item (its "this") for the words
   * of its value, as the dropdown shows them: a lazy cell's button. */
  GtkExpression *(*value_label) (BuntanItemCell *self);
};

BuntanItem *
buntan_item_cell_get_item (BuntanItemCell *self);
void
buntan_item_cell_set_item (BuntanItemCell *self, BuntanItem *item);
GtkDropDown *
buntan_item_cell_get_drop_down (BuntanItemCell *self);
GtkDropDown *
buntan_item_cell_peek_drop_down (BuntanItemCell *self);
void
buntan_item_cell_popup (BuntanItemCell *self);
void
buntan_item_cell_unbind (BuntanItemCell *self);
void
buntan_item_cell_rebind (BuntanItemCell *self);

/* Builds the words of a dropdown choice from an expression for the choice. */
typedef GtkExpression *(*BuntanChoiceLabelFunc) (GtkExpression *choice);

GtkListItemFactory *
buntan_choice_factory_new (BuntanChoiceLabelFunc make_label, gboolean compact);
void
buntan_drop_down_set_choice_label (GtkDropDown *drop_down, BuntanChoiceLabelFunc make_label);
void
buntan_drop_down_set_choice_labels (GtkDropDown          *drop_down,
                                    BuntanChoiceLabelFunc make_button_label,
                                    BuntanChoiceLabelFunc make_list_label);

/* Transforms between an enum property and a dropdown's "selected", for
 * dropdowns that list an enum's values in order. */
gboolean
buntan_enum_to_selected (GBinding     *binding,
                         const GValue *from_value,
                         GValue       *to_value,
                         gpointer      user_data);
gboolean
buntan_selected_to_enum (GBinding     *binding,
                         const GValue *from_value,
                         GValue       *to_value,
                         gpointer      user_data);

G_END_DECLS
