/* buntan-batched-list.c — a list model that shows another one growing in batches
 *
 * Whenever a list view's model grows, GTK 4.8 makes the widgets of every
 * new row up to about 200 rows around the top at once, in one frame: a
 * filter lifted after it found one item (the Part pages), or 200 rows of
 * 20 parties' cells (the matrix), took 150 to 200 ms during which the window
 * did not answer. This model shows a prefix of the model it wraps: a change
 * to the items it shows passes at once, and so does a shrinking, but a list
 * that grows a long way gains GROW_BATCH items at once and the rest in idle
 * batches, each a frame of its own. Past GROW_ALL_AFTER items the rest come
 * all together: GTK makes no widgets for rows that far down until they are
 * scrolled to.
 *
 * A list no longer than "short-length" grows at once: where rows cost
 * little (the Part pages' rows stay and keep their widgets), one frame is
 * better than several.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-batched-list.h"

#define GROW_BATCH 25
#define GROW_ALL_AFTER BUNTAN_BATCHED_LIST_ALL_AFTER

struct _BuntanBatchedList
{
  GObject parent_instance;

  GListModel *model;
  guint       short_length;
  guint       n_shown; /* the first items of the model shown */
  guint       grow_id; /* adds the next batch of a list growing */
  gboolean    growing;
};

static void
buntan_batched_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BuntanBatchedList,
                               buntan_batched_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      buntan_batched_list_list_model_init))

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_SHORT_LENGTH,
  PROP_GROWING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
grow_cb (gpointer data);

static GType
buntan_batched_list_get_item_type (GListModel *list)
{
  BuntanBatchedList *self = BUNTAN_BATCHED_LIST (list);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
buntan_batched_list_get_n_items (GListModel *list)
{
  return BUNTAN_BATCHED_LIST (list)->n_shown;
}

static gpointer
buntan_batched_list_get_item (GListModel *list, guint position)
{
  BuntanBatchedList *self = BUNTAN_BATCHED_LIST (list);

  if (position >= self->n_shown)
    return NULL;

  return g_list_model_get_item (self->model, position);
}

static void
buntan_batched_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = buntan_batched_list_get_item_type;
  iface->get_n_items = buntan_batched_list_get_n_items;
  iface->get_item = buntan_batched_list_get_item;
}

static guint
count_model (BuntanBatchedList *self)
{
  return self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
}

static void
set_growing (BuntanBatchedList *self, gboolean growing)
{
  if (growing && self->grow_id == 0)
    self->grow_id = g_idle_add_full (G_PRIORITY_LOW, grow_cb, self, NULL);
  else if (!growing)
    g_clear_handle_id (&self->grow_id, g_source_remove);

  if (self->growing != growing)
    {
      self->growing = growing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROWING]);
    }
}

/* How many items to show when @n_kept are shown and the model holds
 * @n_items; schedules the next batch when that is not all. */
static guint
next_length (BuntanBatchedList *self, guint n_kept, guint n_items)
{
  guint length = n_items;

  if (n_items > self->short_length && n_kept < GROW_ALL_AFTER && n_items > n_kept + GROW_BATCH)
    length = n_kept + GROW_BATCH;

  set_growing (self, length < n_items);
  return length;
}

/* Shows the model's items up to @length, from @position on anew. */
static void
show (BuntanBatchedList *self, guint position, guint removed, guint length)
{
  guint old_n = self->n_shown;

  self->n_shown = length;
  if (removed > 0 || length != old_n)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, length - (old_n - removed));
}

static gboolean
grow_cb (gpointer data)
{
  BuntanBatchedList *self = data;
  guint              old_n = self->n_shown;
  guint              length;

  self->grow_id = 0;
  /* Sets grow_id again if there is more to come. */
  length = next_length (self, old_n, count_model (self));
  show (self, old_n, 0, length);

  return G_SOURCE_REMOVE;
}

static void
model_items_changed_cb (BuntanBatchedList *self, guint position, guint removed, guint added)
{
  guint old_n = self->n_shown;
  guint n_items = count_model (self);
  guint length = next_length (self, MIN (old_n, n_items), n_items);

  if (position >= old_n)
    {
      /* Past what is shown: only the list can grow. */
      show (self, old_n, 0, MAX (length, old_n));
    }
  else if (removed == added && length == old_n)
    {
      /* Items replaced in place: only they change. */
      guint changed = MIN (removed, old_n - position);

      if (changed > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), position, changed, changed);
    }
  else
    {
      /* Everything from @position on moved. */
      show (self, position, old_n - position, length);
    }
}

static void
buntan_batched_list_dispose (GObject *object)
{
  BuntanBatchedList *self = (BuntanBatchedList *) object;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  g_clear_handle_id (&self->grow_id, g_source_remove);

  G_OBJECT_CLASS (buntan_batched_list_parent_class)->dispose (object);
}

static void
buntan_batched_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanBatchedList *self = BUNTAN_BATCHED_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_SHORT_LENGTH:
      g_value_set_uint (value, self->short_length);
      break;

    case PROP_GROWING:
      g_value_set_boolean (value, self->growing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_batched_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuntanBatchedList *self = BUNTAN_BATCHED_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      buntan_batched_list_set_model (self, g_value_get_object (value));
      break;

    case PROP_SHORT_LENGTH:
      self->short_length = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_batched_list_class_init (BuntanBatchedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_batched_list_dispose;
  object_class->get_property = buntan_batched_list_get_property;
  object_class->set_property = buntan_batched_list_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A list no longer than this grows at once. */
  properties[PROP_SHORT_LENGTH] =
    g_param_spec_uint ("short-length", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Whether more of the model is yet to be shown. */
  properties[PROP_GROWING] =
    g_param_spec_boolean ("growing", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_batched_list_init (BuntanBatchedList *self)
{
}

/**
 * buntan_batched_list_new:
 * @model: (nullable): the list to show
 * @short_length: a list no longer than this grows at once
 *
 * Returns: (transfer full): a list showing @model, growing in batches
 */
BuntanBatchedList *
buntan_batched_list_new (GListModel *model, guint short_length)
{
  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);

  return g_object_new (BUNTAN_TYPE_BATCHED_LIST, "short-length", short_length, "model", model,
                       NULL);
}

/**
 * buntan_batched_list_get_model:
 * @self: a batched list
 *
 * Returns: (transfer none) (nullable): the list shown
 */
GListModel *
buntan_batched_list_get_model (BuntanBatchedList *self)
{
  g_return_val_if_fail (BUNTAN_IS_BATCHED_LIST (self), NULL);

  return self->model;
}

void
buntan_batched_list_set_model (BuntanBatchedList *self, GListModel *model)
{
  g_return_if_fail (BUNTAN_IS_BATCHED_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  /* Another list starts again, in batches. */
  show (self, 0, self->n_shown, next_length (self, 0, count_model (self)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

guint
buntan_batched_list_get_short_length (BuntanBatchedList *self)
{
  g_return_val_if_fail (BUNTAN_IS_BATCHED_LIST (self), 0);

  return self->short_length;
}

gboolean
buntan_batched_list_get_growing (BuntanBatchedList *self)
{
  g_return_val_if_fail (BUNTAN_IS_BATCHED_LIST (self), FALSE);

  return self->growing;
}

/**
 * buntan_batched_list_flush:
 * @self: a batched list
 *
 * Shows all of a list still growing in batches now: before an item is
 * looked for by its position.
 */
void
buntan_batched_list_flush (BuntanBatchedList *self)
{
  g_return_if_fail (BUNTAN_IS_BATCHED_LIST (self));

  if (!self->growing)
    return;

  set_growing (self, FALSE);
  show (self, self->n_shown, 0, count_model (self));
}
