/* buntan-row-model.c — a list of rows that stay while the items under them change
 *
 * GTK 4.8's list views keep a row's widgets only while the row's item stays
 * in the model: when a filter changes, every row that now shows another item
 * is destroyed and built again, cell by cell. With 200 rows of two dropdowns
 * each that took the best part of a second. This model puts a BuntanRow at
 * each position instead, which stays, and moves the items through the rows:
 * a filter change only tells each row its new item, and the cells follow
 * through their bindings. Only a change in the number of rows is an
 * "items-changed" (at the end of the list).
 *
 * New rows cost their widgets: the Part pages give this model a
 * BuntanBatchedList, so that a list growing a long way (a search cleared
 * after it found one item) gains its rows in batches.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-row-model.h"
#include "buntan-row-private.h"

struct _BuntanRowModel
{
  GObject parent_instance;

  GListModel *model;
  GPtrArray  *rows;
};

static void
buntan_row_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BuntanRowModel,
                               buntan_row_model,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      buntan_row_model_list_model_init))

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

enum
{
  ROWS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static GType
buntan_row_model_get_item_type (GListModel *list)
{
  return BUNTAN_TYPE_ROW;
}

static guint
buntan_row_model_get_n_items (GListModel *list)
{
  return BUNTAN_ROW_MODEL (list)->rows->len;
}

static gpointer
buntan_row_model_get_item (GListModel *list, guint position)
{
  BuntanRowModel *self = BUNTAN_ROW_MODEL (list);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
buntan_row_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = buntan_row_model_get_item_type;
  iface->get_n_items = buntan_row_model_get_n_items;
  iface->get_item = buntan_row_model_get_item;
}

/* Fills the rows from @position on with the model's items, and adds or
 * drops rows at the end to match its length. */
static void
update_rows (BuntanRowModel *self, guint position)
{
  guint old_n = self->rows->len;
  guint new_n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;

  for (guint i = position; i < MIN (old_n, new_n); i++)
    _buntan_row_take_item (g_ptr_array_index (self->rows, i),
                           g_list_model_get_item (self->model, i));

  if (new_n > old_n)
    {
      for (guint i = old_n; i < new_n; i++)
        {
          BuntanRow *row = _buntan_row_new (i);

          _buntan_row_take_item (row, g_list_model_get_item (self->model, i));
          g_ptr_array_add (self->rows, row);
        }
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
  else if (new_n < old_n)
    {
      g_ptr_array_set_size (self->rows, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }

  if (position < MAX (old_n, new_n))
    g_signal_emit (self, signals[ROWS_CHANGED], 0, position);
}

static void
model_items_changed_cb (BuntanRowModel *self, guint position, guint removed, guint added)
{
  /* The rows after a change in the number of items all move. */
  update_rows (self, position);
}

static void
buntan_row_model_dispose (GObject *object)
{
  BuntanRowModel *self = (BuntanRowModel *) object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (buntan_row_model_parent_class)->dispose (object);
}

static void
buntan_row_model_finalize (GObject *object)
{
  BuntanRowModel *self = (BuntanRowModel *) object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_row_model_parent_class)->finalize (object);
}

static void
buntan_row_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanRowModel *self = BUNTAN_ROW_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_row_model_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BuntanRowModel *self = BUNTAN_ROW_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      buntan_row_model_set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_row_model_class_init (BuntanRowModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_row_model_dispose;
  object_class->finalize = buntan_row_model_finalize;
  object_class->get_property = buntan_row_model_get_property;
  object_class->set_property = buntan_row_model_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanRowModel::rows-changed:
   * @self: the model
   * @position: the first row that may show another item now
   *
   * Emitted after the rows have their new items (and after "items-changed",
   * if their number changed): the moment to look where an item went.
   */
  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
buntan_row_model_init (BuntanRowModel *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

BuntanRowModel *
buntan_row_model_new (GListModel *model)
{
  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);

  return g_object_new (BUNTAN_TYPE_ROW_MODEL, "model", model, NULL);
}

/**
 * buntan_row_model_get_model:
 * @self: a row model
 *
 * Returns: (transfer none) (nullable): the items shown in the rows
 */
GListModel *
buntan_row_model_get_model (BuntanRowModel *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROW_MODEL (self), NULL);

  return self->model;
}

void
buntan_row_model_set_model (BuntanRowModel *self, GListModel *model)
{
  g_return_if_fail (BUNTAN_IS_ROW_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  update_rows (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
