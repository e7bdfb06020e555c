/* buntan-row.c — one row of a BuntanRowModel: whatever checklist item is at its position now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-row-private.h"

struct _BuntanRow
{
  GObject parent_instance;

  BuntanItem *item;
  guint       position;
};

G_DEFINE_FINAL_TYPE (BuntanRow, buntan_row, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buntan_row_dispose (GObject *object)
{
  BuntanRow *self = (BuntanRow *) object;

  g_clear_object (&self->item);

  G_OBJECT_CLASS (buntan_row_parent_class)->dispose (object);
}

static void
buntan_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanRow *self = BUNTAN_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_row_class_init (BuntanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_row_dispose;
  object_class->get_property = buntan_row_get_property;

  /* Read-only: only the model moves items between rows. Typed, so an
   * expression for the row's item binds to a cell's "item". */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_row_init (BuntanRow *self)
{
}

BuntanRow *
_buntan_row_new (guint position)
{
  BuntanRow *self = g_object_new (BUNTAN_TYPE_ROW, NULL);

  self->position = position;
  return self;
}

/* Takes @item (transfer full). */
void
_buntan_row_take_item (BuntanRow *self, BuntanItem *item)
{
  if (self->item == item)
    {
      g_clear_object (&item);
      return;
    }

  g_clear_object (&self->item);
  self->item = item;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * buntan_row_get_item:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the item in this row now
 */
BuntanItem *
buntan_row_get_item (BuntanRow *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROW (self), NULL);

  return self->item;
}

guint
buntan_row_get_position (BuntanRow *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROW (self), 0);

  return self->position;
}
