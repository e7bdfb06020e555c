/* buntan-history.c — undo and redo of every change to a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-core-private.h"
#include "buntan-history-private.h"

/* GObject's notify does not say what a property was before, so the history
 * keeps a shadow copy of every tracked object's editable properties and
 * compares against it when a notification arrives. */

/* Typing into an entry notifies once per key: changes to the same text
 * within this time become one step. */
#define COALESCE_USEC (2 * G_USEC_PER_SEC)

typedef enum
{
  CHANGE_PROPERTY,
  CHANGE_INSERT,
  CHANGE_REMOVE,
} ChangeKind;

typedef struct
{
  ChangeKind kind;
  /* Referenced, except the project itself, which owns the history. */
  GObject    *object;
  gboolean    owns_object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
  guint       position;
  guint       part_position;
} Change;

typedef struct
{
  GPtrArray *changes;
  gint64     time;
} Step;

/* The properties a class's shadows copy, in the order of their values. */
typedef struct
{
  guint        n_pspecs;
  GParamSpec **pspecs;
} RecordedProperties;

/* One block per tracked object: tens of thousands of items and checks are
 * tracked while a large project loads, and a hash table of separately
 * allocated values per object made freeing the project a third of loading
 * and closing it. */
typedef struct
{
  const RecordedProperties *recorded;
  GValue                    values[];
} Shadow;

static void
shadow_free (gpointer data)
{
  Shadow *shadow = data;

  for (guint i = 0; i < shadow->recorded->n_pspecs; i++)
    g_value_unset (&shadow->values[i]);
  g_free (shadow);
}

struct _BuntanHistory
{
  GObject parent_instance;

  BuntanProject          *project; /* owns us: not a reference */
  GPtrArray              *steps;
  guint                   position;       /* steps before it are applied */
  gint                    saved_position; /* -1: the saved state cannot be reached */
  Step                   *group;
  guint                   group_depth;
  gboolean                replaying;
  GHashTable             *shadows; /* GObject → Shadow */
  GPtrArray              *tracked; /* keeps the shadows' objects alive, but the project */
  BuntanHistoryChangeHook change_hook;
  gpointer                change_hook_data;
};

G_DEFINE_FINAL_TYPE (BuntanHistory, buntan_history, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change->owns_object)
    g_clear_object (&change->object);
  if (G_IS_VALUE (&change->old_value))
    g_value_unset (&change->old_value);
  if (G_IS_VALUE (&change->new_value))
    g_value_unset (&change->new_value);
  g_free (change);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func (change_free);
  step->time = g_get_monotonic_time ();
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

static gboolean
is_recorded (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_WRITABLE) != 0 && (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0 &&
         g_strcmp0 (pspec->name, "is-modified") != 0;
}

static gboolean
values_equal (const GValue *a, const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_STRV)
    {
      const char *const *x = g_value_get_boxed (a);
      const char *const *y = g_value_get_boxed (b);

      if (x == NULL || y == NULL)
        return x == y;
      return g_strv_equal (x, y);
    }

  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (type == G_TYPE_UINT)
    return g_value_get_uint (a) == g_value_get_uint (b);

  /* No other type is editable; record it rather than lose a change. */
  return FALSE;
}

static void
notify_can_undo_redo (BuntanHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* A new step ends any chance to redo, and if the saved state was among the
 * steps thrown away, no undo can bring it back. */
static void
push_step (BuntanHistory *self, Step *step)
{
  if (self->position < self->steps->len)
    {
      if (self->saved_position > (gint) self->position)
        self->saved_position = -1;
      g_ptr_array_set_size (self->steps, self->position);
    }

  g_ptr_array_add (self->steps, step);
  self->position = self->steps->len;
  notify_can_undo_redo (self);
}

static void
add_change (BuntanHistory *self, Change *change)
{
  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->changes, change);
      return;
    }

  {
    Step *step = step_new ();

    g_ptr_array_add (step->changes, change);
    push_step (self, step);
  }
}

static gboolean
try_coalesce (BuntanHistory *self, GObject *object, GParamSpec *pspec, const GValue *new_value)
{
  Step   *last;
  Change *change;
  gint64  now = g_get_monotonic_time ();

  if (self->group != NULL || self->position == 0 || self->position != self->steps->len ||
      self->saved_position == (gint) self->position ||
      G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING)
    return FALSE;

  last = g_ptr_array_index (self->steps, self->position - 1);
  if (last->changes->len != 1 || now - last->time > COALESCE_USEC)
    return FALSE;

  change = g_ptr_array_index (last->changes, 0);
  if (change->kind != CHANGE_PROPERTY || change->object != object || change->pspec != pspec)
    return FALSE;

  g_value_copy (new_value, g_value_reset (&change->new_value));
  last->time = now;
  return TRUE;
}

static void
buntan_history_finalize (GObject *object)
{
  BuntanHistory *self = (BuntanHistory *) object;

  g_clear_pointer (&self->group, step_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->shadows, g_hash_table_unref);
  g_clear_pointer (&self->tracked, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_history_parent_class)->finalize (object);
}

static void
buntan_history_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanHistory *self = BUNTAN_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, buntan_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, buntan_history_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_history_class_init (BuntanHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_history_finalize;
  object_class->get_property = buntan_history_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_history_init (BuntanHistory *self)
{
  self->steps = g_ptr_array_new_with_free_func (step_free);
  self->shadows = g_hash_table_new_full (NULL, NULL, NULL, shadow_free);
  self->tracked = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
hold_object (BuntanHistory *self, Change *change, GObject *object)
{
  change->owns_object = object != G_OBJECT (self->project);
  change->object = change->owns_object ? g_object_ref (object) : object;
}

BuntanHistory *
_buntan_history_new (BuntanProject *project)
{
  BuntanHistory *self = g_object_new (BUNTAN_TYPE_HISTORY, NULL);

  self->project = project;
  return self;
}

/* Returns: (nullable): the shadow's copy of @pspec, %NULL if not recorded */
static GValue *
shadow_lookup (Shadow *shadow, GParamSpec *pspec)
{
  /* A handful of properties per class: a scan beats hashing. */
  for (guint i = 0; i < shadow->recorded->n_pspecs; i++)
    if (shadow->recorded->pspecs[i] == pspec)
      return &shadow->values[i];
  return NULL;
}

/* Listing a class's properties costs more than copying their values, and
 * projects load on worker threads: listed once per class, under a lock.
 * Returns: (transfer none): the class's recorded properties */
static const RecordedProperties *
list_recorded_once (GObjectClass *klass)
{
  G_LOCK_DEFINE_STATIC (listed);
  static GQuark       quark;
  RecordedProperties *recorded;

  G_LOCK (listed);
  if (quark == 0)
    quark = g_quark_from_static_string ("buntan-history-properties");
  recorded = g_type_get_qdata (G_OBJECT_CLASS_TYPE (klass), quark);
  if (recorded == NULL)
    {
      guint                   n;
      g_autofree GParamSpec **list = g_object_class_list_properties (klass, &n);

      recorded = g_new0 (RecordedProperties, 1);
      recorded->pspecs = g_new0 (GParamSpec *, n + 1);
      for (guint i = 0; i < n; i++)
        if (is_recorded (list[i]))
          recorded->pspecs[recorded->n_pspecs++] = list[i];
      g_type_set_qdata (G_OBJECT_CLASS_TYPE (klass), quark, recorded);
    }
  G_UNLOCK (listed);

  return recorded;
}

/* What g_object_get_property() does once it has found the property: that
 * search by name takes a global lock, once per property of every object. */
static void
read_property (GObject *object, GParamSpec *pspec, GValue *value)
{
  GObjectClass *klass = g_type_class_peek (pspec->owner_type);
  GParamSpec   *redirect = g_param_spec_get_redirect_target (pspec);

  klass->get_property (object, pspec->param_id, value, redirect != NULL ? redirect : pspec);
}

/* Takes a copy of what the object's properties are now. */
void
_buntan_history_track (BuntanHistory *self, GObject *object)
{
  const RecordedProperties *recorded;
  Shadow                   *shadow;

  if (g_hash_table_contains (self->shadows, object))
    return;

  recorded = list_recorded_once (G_OBJECT_GET_CLASS (object));
  shadow = g_malloc0 (sizeof *shadow + recorded->n_pspecs * sizeof (GValue));
  shadow->recorded = recorded;
  for (guint i = 0; i < recorded->n_pspecs; i++)
    {
      g_value_init (&shadow->values[i], G_PARAM_SPEC_VALUE_TYPE (recorded->pspecs[i]));
      read_property (object, recorded->pspecs[i], &shadow->values[i]);
    }

  g_hash_table_insert (self->shadows, object, shadow);
  if (object != G_OBJECT (self->project))
    g_ptr_array_add (self->tracked, g_object_ref (object));
}

void
_buntan_history_record_property (BuntanHistory *self, GObject *object, GParamSpec *pspec)
{
  Shadow *shadow = g_hash_table_lookup (self->shadows, object);
  GValue *shadow_value;
  GValue  new_value = G_VALUE_INIT;
  Change *change;

  if (shadow == NULL || (shadow_value = shadow_lookup (shadow, pspec)) == NULL)
    return;

  g_value_init (&new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &new_value);

  if (values_equal (shadow_value, &new_value))
    {
      g_value_unset (&new_value);
      return;
    }

  /* The shadow is the only place that knows the value before. */
  if (self->change_hook != NULL)
    self->change_hook (object, pspec, shadow_value, &new_value, self->change_hook_data);

  if (!self->replaying && !try_coalesce (self, object, pspec, &new_value))
    {
      change = g_new0 (Change, 1);
      change->kind = CHANGE_PROPERTY;
      hold_object (self, change, object);
      change->pspec = pspec;
      g_value_init (&change->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_copy (shadow_value, &change->old_value);
      g_value_init (&change->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_copy (&new_value, &change->new_value);
      add_change (self, change);
    }

  g_value_copy (&new_value, g_value_reset (shadow_value));
  g_value_unset (&new_value);
}

static void
record_structure (BuntanHistory *self,
                  ChangeKind     kind,
                  GObject       *object,
                  guint          position,
                  guint          part_position)
{
  Change *change;

  _buntan_history_track (self, object);
  if (self->replaying)
    return;

  change = g_new0 (Change, 1);
  change->kind = kind;
  hold_object (self, change, object);
  change->position = position;
  change->part_position = part_position;
  add_change (self, change);
}

void
_buntan_history_record_insert (BuntanHistory *self,
                               GObject       *object,
                               guint          position,
                               guint          part_position)
{
  record_structure (self, CHANGE_INSERT, object, position, part_position);
}

void
_buntan_history_record_remove (BuntanHistory *self,
                               GObject       *object,
                               guint          position,
                               guint          part_position)
{
  record_structure (self, CHANGE_REMOVE, object, position, part_position);
}

/* The reader's own changes (an older file's migration) are no steps to
 * undo: recording them only to clear them made a fifth of loading such a
 * file. The shadows still follow, so later changes compare with the result. */
void
_buntan_history_set_replaying (BuntanHistory *self, gboolean replaying)
{
  self->replaying = replaying;
}

gboolean
_buntan_history_is_replaying (BuntanHistory *self)
{
  return self->replaying;
}

void
_buntan_history_mark_saved (BuntanHistory *self)
{
  self->saved_position = (gint) self->position;
}

void
_buntan_history_forget_saved (BuntanHistory *self)
{
  self->saved_position = -1;
}

/* Where the saved state is, -1 for nowhere: a caller that forgot it for a
 * while (an empty meeting) puts it back with _buntan_history_restore_saved(). */
gint
_buntan_history_get_saved_position (BuntanHistory *self)
{
  return self->saved_position;
}

guint
_buntan_history_get_position (BuntanHistory *self)
{
  return self->position;
}

void
_buntan_history_restore_saved (BuntanHistory *self, gint saved_position)
{
  self->saved_position = saved_position;
}

gboolean
_buntan_history_is_at_saved (BuntanHistory *self)
{
  return self->saved_position == (gint) self->position;
}

static void
apply (BuntanHistory *self, Change *change, gboolean forward)
{
  gboolean insert;

  switch (change->kind)
    {
    case CHANGE_PROPERTY:
      g_object_set_property (change->object, change->pspec->name,
                             forward ? &change->new_value : &change->old_value);
      break;

    case CHANGE_INSERT:
    case CHANGE_REMOVE:
      insert = (change->kind == CHANGE_INSERT) == forward;
      if (insert)
        _buntan_project_insert_object (self->project, change->object, change->position,
                                       change->part_position);
      else
        _buntan_project_remove_object (self->project, change->object);
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * buntan_history_undo:
 * @self: a history
 *
 * Takes back the last step. When that returns the project to the state it
 * was saved in, the project is no longer modified.
 *
 * Returns: %TRUE if there was something to undo
 */
gboolean
buntan_history_undo (BuntanHistory *self)
{
  Step *step;

  g_return_val_if_fail (BUNTAN_IS_HISTORY (self), FALSE);

  if (!buntan_history_get_can_undo (self))
    return FALSE;

  step = g_ptr_array_index (self->steps, self->position - 1);
  self->replaying = TRUE;
  for (guint i = step->changes->len; i > 0; i--)
    apply (self, g_ptr_array_index (step->changes, i - 1), FALSE);
  self->replaying = FALSE;

  self->position--;
  buntan_project_set_is_modified (self->project, !_buntan_history_is_at_saved (self));
  notify_can_undo_redo (self);
  return TRUE;
}

/**
 * buntan_history_redo:
 * @self: a history
 *
 * Returns: %TRUE if there was something to redo
 */
gboolean
buntan_history_redo (BuntanHistory *self)
{
  Step *step;

  g_return_val_if_fail (BUNTAN_IS_HISTORY (self), FALSE);

  if (!buntan_history_get_can_redo (self))
    return FALSE;

  step = g_ptr_array_index (self->steps, self->position);
  self->replaying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    apply (self, g_ptr_array_index (step->changes, i), TRUE);
  self->replaying = FALSE;

  self->position++;
  buntan_project_set_is_modified (self->project, !_buntan_history_is_at_saved (self));
  notify_can_undo_redo (self);
  return TRUE;
}

gboolean
buntan_history_get_can_undo (BuntanHistory *self)
{
  g_return_val_if_fail (BUNTAN_IS_HISTORY (self), FALSE);

  return self->group_depth == 0 && self->position > 0;
}

gboolean
buntan_history_get_can_redo (BuntanHistory *self)
{
  g_return_val_if_fail (BUNTAN_IS_HISTORY (self), FALSE);

  return self->group_depth == 0 && self->position < self->steps->len;
}

/**
 * buntan_history_begin_group:
 * @self: a history
 *
 * Until the matching buntan_history_end_group(), every change becomes part
 * of one step, undone and redone as one (e.g. removing a vendor and handing
 * its items to another party). Groups nest.
 */
void
buntan_history_begin_group (BuntanHistory *self)
{
  g_return_if_fail (BUNTAN_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->group = step_new ();
}

void
buntan_history_end_group (BuntanHistory *self)
{
  Step *group;

  g_return_if_fail (BUNTAN_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->changes->len == 0)
    step_free (group);
  else
    push_step (self, group);
  notify_can_undo_redo (self);
}

/**
 * buntan_history_clear:
 * @self: a history
 *
 * Forgets every step, keeping the current state as the starting point.
 */
void
buntan_history_clear (BuntanHistory *self)
{
  g_return_if_fail (BUNTAN_IS_HISTORY (self));

  g_ptr_array_set_size (self->steps, 0);
  self->position = 0;
  self->saved_position = 0;
  notify_can_undo_redo (self);
}

/* One listener at a time (the project, while a meeting goes on); %NULL
 * removes it. */
void
_buntan_history_set_change_hook (BuntanHistory          *self,
                                 BuntanHistoryChangeHook hook,
                                 gpointer                user_data)
{
  self->change_hook = hook;
  self->change_hook_data = hook != NULL ? user_data : NULL;
}
