/* buntan-owner-cell.c — the owner of an item as a dropdown (未定, each party, 共同)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-owner-cell.h"

struct _BuntanOwnerCell
{
  BuntanItemCell parent_instance;

  BuntanOwnerChoices *choices;
};

G_DEFINE_FINAL_TYPE (BuntanOwnerCell, buntan_owner_cell, BUNTAN_TYPE_ITEM_CELL)

enum
{
  PROP_0,
  PROP_CHOICES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
owner_to_selected (GBinding     *binding,
                   const GValue *from_value,
                   GValue       *to_value,
                   gpointer      user_data)
{
  BuntanOwnerCell *self = user_data;

  g_value_set_uint (to_value,
                    buntan_owner_choices_find (self->choices, g_value_get_string (from_value)));
  return TRUE;
}

static gboolean
selected_to_owner (GBinding     *binding,
                   const GValue *from_value,
                   GValue       *to_value,
                   gpointer      user_data)
{
  BuntanOwnerCell *self = user_data;
  const char      *owner = NULL;

  if (!buntan_owner_choices_get_owner (self->choices, g_value_get_uint (from_value), &owner))
    return FALSE;

  g_value_set_string (to_value, owner);
  return TRUE;
}

/* While the choices change (a party added, renamed away, a project swapped),
 * the dropdown's selection moves with them; the item must not follow those
 * moves, so the binding is off until the dropdown has settled. */
static void
choices_changing_cb (BuntanOwnerCell *self)
{
  buntan_item_cell_unbind (BUNTAN_ITEM_CELL (self));
}

static void
choices_changed_cb (BuntanOwnerCell *self)
{
  buntan_item_cell_rebind (BUNTAN_ITEM_CELL (self));
}

static const char *
buntan_owner_cell_get_label (BuntanItemCell *cell)
{
  return _ ("Owner");
}

static GBinding *
buntan_owner_cell_bind (BuntanItemCell *cell, BuntanItem *item, GtkDropDown *drop_down)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (cell);

  if (self->choices == NULL)
    return NULL;

  return g_object_bind_property_full (item, "owner", drop_down, "selected",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      owner_to_selected, selected_to_owner, self, NULL);
}

static void
buntan_owner_cell_setup_drop_down (BuntanItemCell *cell, GtkDropDown *drop_down)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (cell);

  buntan_owner_choices_setup_drop_down (drop_down);
  if (self->choices == NULL)
    return;

  /* The dropdown's selection connects to the choices when it gets them: it
   * must come between the two handlers that bracket a change of them. */
  g_signal_handlers_disconnect_by_func (self->choices, choices_changed_cb, self);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (self->choices));
  g_signal_connect_object (self->choices, "items-changed", G_CALLBACK (choices_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static BuntanParty *
owner_party_cb (gpointer this, const char *owner, BuntanOwnerCell *self)
{
  if (self->choices == NULL)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->choices),
                                buntan_owner_choices_find (self->choices, owner));
}

static GtkExpression *
buntan_owner_cell_value_label (BuntanItemCell *cell)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (BUNTAN_TYPE_ITEM, NULL, "owner"),
  };

  /* The party's name, as the dropdown shows it: renames show at once. */
  return buntan_owner_choices_label_expression (
    gtk_cclosure_expression_new (BUNTAN_TYPE_PARTY, NULL, G_N_ELEMENTS (params), params,
                                 G_CALLBACK (owner_party_cb), cell, NULL));
}

static void
buntan_owner_cell_dispose (GObject *object)
{
  BuntanOwnerCell *self = (BuntanOwnerCell *) object;

  buntan_owner_cell_set_choices (self, NULL);

  G_OBJECT_CLASS (buntan_owner_cell_parent_class)->dispose (object);
}

static void
buntan_owner_cell_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (object);

  switch (prop_id)
    {
    case PROP_CHOICES:
      g_value_set_object (value, self->choices);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_owner_cell_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (object);

  switch (prop_id)
    {
    case PROP_CHOICES:
      buntan_owner_cell_set_choices (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_owner_cell_class_init (BuntanOwnerCellClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  BuntanItemCellClass *cell_class = BUNTAN_ITEM_CELL_CLASS (klass);

  object_class->dispose = buntan_owner_cell_dispose;
  object_class->get_property = buntan_owner_cell_get_property;
  object_class->set_property = buntan_owner_cell_set_property;
  cell_class->get_label = buntan_owner_cell_get_label;
  cell_class->bind = buntan_owner_cell_bind;
  cell_class->setup_drop_down = buntan_owner_cell_setup_drop_down;
  cell_class->value_label = buntan_owner_cell_value_label;

  properties[PROP_CHOICES] =
    g_param_spec_object ("choices", NULL, NULL, BUNTAN_TYPE_OWNER_CHOICES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_owner_cell_init (BuntanOwnerCell *self)
{
}

GtkWidget *
buntan_owner_cell_new (BuntanOwnerChoices *choices)
{
  g_return_val_if_fail (choices == NULL || BUNTAN_IS_OWNER_CHOICES (choices), NULL);

  return g_object_new (BUNTAN_TYPE_OWNER_CELL, "choices", choices, NULL);
}

BuntanOwnerChoices *
buntan_owner_cell_get_choices (BuntanOwnerCell *self)
{
  g_return_val_if_fail (BUNTAN_IS_OWNER_CELL (self), NULL);

  return self->choices;
}

void
buntan_owner_cell_set_choices (BuntanOwnerCell *self, BuntanOwnerChoices *choices)
{
  GtkDropDown *drop_down;

  g_return_if_fail (BUNTAN_IS_OWNER_CELL (self));
  g_return_if_fail (choices == NULL || BUNTAN_IS_OWNER_CHOICES (choices));

  if (self->choices == choices)
    return;

  drop_down = buntan_item_cell_peek_drop_down (BUNTAN_ITEM_CELL (self));
  buntan_item_cell_unbind (BUNTAN_ITEM_CELL (self));
  if (self->choices != NULL)
    g_signal_handlers_disconnect_by_data (self->choices, self);
  g_set_object (&self->choices, choices);

  /* The dropdown's selection connects to the model when it gets it: one
   * handler before it and one after bracket every change of the choices. */
  if (choices != NULL)
    g_signal_connect_object (choices, "items-changed", G_CALLBACK (choices_changing_cb), self,
                             G_CONNECT_SWAPPED);
  if (drop_down != NULL)
    gtk_drop_down_set_model (drop_down, G_LIST_MODEL (choices));
  if (choices != NULL)
    g_signal_connect_object (choices, "items-changed", G_CALLBACK (choices_changed_cb), self,
                             G_CONNECT_SWAPPED);

  buntan_item_cell_rebind (BUNTAN_ITEM_CELL (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICES]);
}
