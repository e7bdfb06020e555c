/* buntan-previous-answer.c — last year's answer to a check, kept beside this year's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"

/* Made once, when next year's project is started from last year's
 * (buntan_project_new_for_next_year()), and never edited: it is what was
 * answered then, shown beside this year's answer. So it has no setters and
 * no history, and every property is construct-only. */

enum
{
  PROP_0,
  PROP_RESULT,
  PROP_DATE,
  PROP_TARGET,
  PROP_COMPLETED,
  N_PROPS
};

struct _BuntanPreviousAnswer
{
  GObject parent_instance;

  BuntanCheckResult result;
  /* The dates, indexed by property id; unset ones are NULL. */
  char *dates[N_PROPS];
};

G_DEFINE_FINAL_TYPE (BuntanPreviousAnswer, buntan_previous_answer, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
buntan_previous_answer_finalize (GObject *object)
{
  BuntanPreviousAnswer *self = (BuntanPreviousAnswer *) object;

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->dates[i]);

  G_OBJECT_CLASS (buntan_previous_answer_parent_class)->finalize (object);
}

static void
buntan_previous_answer_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BuntanPreviousAnswer *self = BUNTAN_PREVIOUS_ANSWER (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_enum (value, self->result);
      break;

    case PROP_DATE:
    case PROP_TARGET:
    case PROP_COMPLETED:
      g_value_set_string (value, self->dates[prop_id]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_previous_answer_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BuntanPreviousAnswer *self = BUNTAN_PREVIOUS_ANSWER (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      self->result = g_value_get_enum (value);
      break;

    case PROP_DATE:
    case PROP_TARGET:
    case PROP_COMPLETED:
      self->dates[prop_id] = g_strdup (_buntan_null_if_empty (g_value_get_string (value)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_previous_answer_class_init (BuntanPreviousAnswerClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = buntan_previous_answer_finalize;
  object_class->get_property = buntan_previous_answer_get_property;
  object_class->set_property = buntan_previous_answer_set_property;

  properties[PROP_RESULT] = g_param_spec_enum ("result", NULL, NULL, BUNTAN_TYPE_CHECK_RESULT,
                                               BUNTAN_CHECK_RESULT_UNSET, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, flags);
  properties[PROP_COMPLETED] = g_param_spec_string ("completed", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_previous_answer_init (BuntanPreviousAnswer *self)
{
}

/**
 * buntan_previous_answer_new:
 * @result: last year's first check result
 * @date: (nullable): the date it was checked
 * @target: (nullable): the target date given for an いいえ
 * @completed: (nullable): the completion date
 *
 * Returns: (transfer full): a read-only record of last year's answer
 */
BuntanPreviousAnswer *
buntan_previous_answer_new (BuntanCheckResult result,
                            const char       *date,
                            const char       *target,
                            const char       *completed)
{
  g_return_val_if_fail (result <= BUNTAN_CHECK_RESULT_NO, NULL);
  g_return_val_if_fail (date == NULL || *date == '\0' || buntan_date_is_valid (date), NULL);
  g_return_val_if_fail (target == NULL || *target == '\0' || buntan_date_is_valid (target), NULL);
  g_return_val_if_fail (completed == NULL || *completed == '\0' || buntan_date_is_valid (completed),
                        NULL);

  return g_object_new (BUNTAN_TYPE_PREVIOUS_ANSWER, "result", result, "date", date, "target",
                       target, "completed", completed, NULL);
}

BuntanCheckResult
buntan_previous_answer_get_result (BuntanPreviousAnswer *self)
{
  g_return_val_if_fail (BUNTAN_IS_PREVIOUS_ANSWER (self), BUNTAN_CHECK_RESULT_UNSET);

  return self->result;
}

const char *
buntan_previous_answer_get_date (BuntanPreviousAnswer *self)
{
  g_return_val_if_fail (BUNTAN_IS_PREVIOUS_ANSWER (self), NULL);

  return self->dates[PROP_DATE];
}

const char *
buntan_previous_answer_get_target (BuntanPreviousAnswer *self)
{
  g_return_val_if_fail (BUNTAN_IS_PREVIOUS_ANSWER (self), NULL);

  return self->dates[PROP_TARGET];
}

const char *
buntan_previous_answer_get_completed (BuntanPreviousAnswer *self)
{
  g_return_val_if_fail (BUNTAN_IS_PREVIOUS_ANSWER (self), NULL);

  return self->dates[PROP_COMPLETED];
}
