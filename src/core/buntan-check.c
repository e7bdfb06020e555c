/* buntan-check.c — one vendor's confirmation of one Part 2 item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"

/* A check lives in its item's list from the moment something is first
 * recorded for its vendor (buntan_item_ensure_check()). It is never removed
 * by an edit: undoing the first value leaves an empty check, which the file
 * does not write, so an empty check and no check are the same thing. */

enum
{
  PROP_0,
  PROP_PARTY,
  PROP_RESULT,
  PROP_DATE,
  PROP_COMPLETED,
  PROP_TARGET,
  PROP_AGREED,
  N_PROPS
};

struct _BuntanCheck
{
  GObject parent_instance;

  BuntanCheckResult result;
  /* The party and every date, indexed by property id; unset dates are NULL. */
  char *texts[N_PROPS];
  /* The id of the item whose list holds it: the history tells of a change
   * to the check alone, and the meeting's decision log names the item. */
  char *item_id;
  /* Last year's answer, when the project was started from last year's. */
  BuntanPreviousAnswer *previous;
};

G_DEFINE_FINAL_TYPE (BuntanCheck, buntan_check, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
set_date (BuntanCheck *self, guint prop_id, const char *date)
{
  date = _buntan_null_if_empty (date);
  g_return_if_fail (date == NULL || buntan_date_is_valid (date));

  if (_buntan_replace_string (&self->texts[prop_id], date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
buntan_check_finalize (GObject *object)
{
  BuntanCheck *self = (BuntanCheck *) object;

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->texts[i]);
  g_free (self->item_id);
  g_clear_object (&self->previous);

  G_OBJECT_CLASS (buntan_check_parent_class)->finalize (object);
}

static void
buntan_check_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanCheck *self = BUNTAN_CHECK (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_enum (value, self->result);
      break;

    case PROP_PARTY:
    case PROP_DATE:
    case PROP_COMPLETED:
    case PROP_TARGET:
    case PROP_AGREED:
      g_value_set_string (value, self->texts[prop_id]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_check_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BuntanCheck *self = BUNTAN_CHECK (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      self->texts[PROP_PARTY] = g_value_dup_string (value);
      break;

    case PROP_RESULT:
      buntan_check_set_result (self, g_value_get_enum (value));
      break;

    case PROP_DATE:
    case PROP_COMPLETED:
    case PROP_TARGET:
    case PROP_AGREED:
      set_date (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_check_class_init (BuntanCheckClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags editable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = buntan_check_finalize;
  object_class->get_property = buntan_check_get_property;
  object_class->set_property = buntan_check_set_property;

  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESULT] = g_param_spec_enum ("result", NULL, NULL, BUNTAN_TYPE_CHECK_RESULT,
                                               BUNTAN_CHECK_RESULT_UNSET, editable);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, editable);
  properties[PROP_COMPLETED] = g_param_spec_string ("completed", NULL, NULL, NULL, editable);
  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, editable);
  properties[PROP_AGREED] = g_param_spec_string ("agreed", NULL, NULL, NULL, editable);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_check_init (BuntanCheck *self)
{
}

/**
 * buntan_check_new:
 * @party_id: the vendor that confirms
 *
 * Returns: (transfer full): an empty check
 */
BuntanCheck *
buntan_check_new (const char *party_id)
{
  g_return_val_if_fail (party_id != NULL && *party_id != '\0', NULL);

  return g_object_new (BUNTAN_TYPE_CHECK, "party", party_id, NULL);
}

/**
 * buntan_check_copy:
 * @self: a check
 *
 * Returns: (transfer full): a new check with the same party and values
 */
BuntanCheck *
buntan_check_copy (BuntanCheck *self)
{
  BuntanCheck *copy;

  g_return_val_if_fail (BUNTAN_IS_CHECK (self), NULL);

  copy = buntan_check_new (self->texts[PROP_PARTY]);
  copy->result = self->result;
  for (guint i = PROP_DATE; i < N_PROPS; i++)
    copy->texts[i] = g_strdup (self->texts[i]);
  g_set_object (&copy->previous, self->previous);

  return copy;
}

const char *
buntan_check_get_party (BuntanCheck *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECK (self), NULL);

  return self->texts[PROP_PARTY];
}

BuntanCheckResult
buntan_check_get_result (BuntanCheck *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECK (self), BUNTAN_CHECK_RESULT_UNSET);

  return self->result;
}

void
buntan_check_set_result (BuntanCheck *self, BuntanCheckResult result)
{
  g_return_if_fail (BUNTAN_IS_CHECK (self));
  g_return_if_fail (result <= BUNTAN_CHECK_RESULT_NO);

  if (self->result == result)
    return;

  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/**
 * buntan_check_is_empty:
 * @self: a check
 *
 * Returns: %TRUE when nothing is recorded: such a check is not written to
 *   the file and raises no warning
 */
gboolean
buntan_check_is_empty (BuntanCheck *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECK (self), TRUE);

  if (self->result != BUNTAN_CHECK_RESULT_UNSET)
    return FALSE;
  for (guint i = PROP_DATE; i < N_PROPS; i++)
    if (self->texts[i] != NULL)
      return FALSE;

  return TRUE;
}

/* The dates differ only in the property they name. */
#define DATE_ACCESSORS(name, PROP)                                                                 \
  const char *buntan_check_get_##name (BuntanCheck *self)                                          \
  {                                                                                                \
    g_return_val_if_fail (BUNTAN_IS_CHECK (self), NULL);                                           \
    return self->texts[PROP];                                                                      \
  }                                                                                                \
  void buntan_check_set_##name (BuntanCheck *self, const char *date)                               \
  {                                                                                                \
    g_return_if_fail (BUNTAN_IS_CHECK (self));                                                     \
    set_date (self, PROP, date);                                                                   \
  }

DATE_ACCESSORS (date, PROP_DATE)
DATE_ACCESSORS (completed, PROP_COMPLETED)
DATE_ACCESSORS (target, PROP_TARGET)
DATE_ACCESSORS (agreed, PROP_AGREED)

const char *
_buntan_check_get_item_id (BuntanCheck *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECK (self), NULL);

  return self->item_id;
}

void
_buntan_check_set_item_id (BuntanCheck *self, const char *item_id)
{
  g_return_if_fail (BUNTAN_IS_CHECK (self));

  g_free (self->item_id);
  self->item_id = g_strdup (item_id);
}

/**
 * buntan_check_clear:
 * @self: a check
 *
 * Unsets the result and every date, one property at a time, so the
 * history can undo it and a meeting's log records it. An empty check is
 * as good as none (buntan_check_is_empty()).
 */
void
buntan_check_clear (BuntanCheck *self)
{
  g_return_if_fail (BUNTAN_IS_CHECK (self));

  buntan_check_set_result (self, BUNTAN_CHECK_RESULT_UNSET);
  buntan_check_set_date (self, NULL);
  buntan_check_set_completed (self, NULL);
  buntan_check_set_target (self, NULL);
  buntan_check_set_agreed (self, NULL);
}

/**
 * buntan_check_get_previous:
 * @self: a check
 *
 * Returns: (transfer none) (nullable): last year's answer of this vendor,
 *   when the project was started from last year's
 */
BuntanPreviousAnswer *
buntan_check_get_previous (BuntanCheck *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECK (self), NULL);

  return self->previous;
}

/* Only the file reader and the start of next year's project set it: the
 * window shows it and never edits it, so there is no history to tell. */
void
_buntan_check_set_previous (BuntanCheck *self, BuntanPreviousAnswer *previous)
{
  g_return_if_fail (BUNTAN_IS_CHECK (self));

  g_set_object (&self->previous, previous);
}
