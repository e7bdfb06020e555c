/* buntan-answer-change.c — one change a vendor's answer implies, to review before it is applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change is made by BuntanAnswers as it reads an answers workbook, and
 * only its `accepted` flag changes afterwards: the review (the window's
 * dialog, or the CLI's --accept-proposals) decides which are applied.
 */

#include "config.h"

#include "buntan-answer-change-private.h"

struct _BuntanAnswerChange
{
  GObject parent_instance;

  BuntanAnswerChangeKind kind;
  char                  *item_id;
  char                  *party;
  char                  *description;
  char                  *comment;
  gboolean               stale;
  gboolean               accepted;

  BuntanCheckResult check_result;
  char             *check_date;
  char             *target;
  char             *terms;
};

G_DEFINE_FINAL_TYPE (BuntanAnswerChange, buntan_answer_change, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ITEM_ID,
  PROP_PARTY,
  PROP_DESCRIPTION,
  PROP_COMMENT,
  PROP_STALE,
  PROP_ACCEPTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buntan_answer_change_finalize (GObject *object)
{
  BuntanAnswerChange *self = BUNTAN_ANSWER_CHANGE (object);

  g_clear_pointer (&self->item_id, g_free);
  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->check_date, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->terms, g_free);

  G_OBJECT_CLASS (buntan_answer_change_parent_class)->finalize (object);
}

static void
buntan_answer_change_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanAnswerChange *self = BUNTAN_ANSWER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale);
      break;
    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_answer_change_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BuntanAnswerChange *self = BUNTAN_ANSWER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      buntan_answer_change_set_accepted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_answer_change_class_init (BuntanAnswerChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_answer_change_finalize;
  object_class->get_property = buntan_answer_change_get_property;
  object_class->set_property = buntan_answer_change_set_property;

  properties[PROP_ITEM_ID] =
    g_param_spec_string ("item-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STALE] =
    g_param_spec_boolean ("stale", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_answer_change_init (BuntanAnswerChange *self)
{
}

BuntanAnswerChange *
_buntan_answer_change_new (BuntanAnswerChangeKind kind,
                           const char            *item_id,
                           const char            *party,
                           const char            *description,
                           const char            *comment,
                           gboolean               stale)
{
  BuntanAnswerChange *self = g_object_new (BUNTAN_TYPE_ANSWER_CHANGE, NULL);

  self->kind = kind;
  self->item_id = g_strdup (item_id);
  self->party = g_strdup (party);
  self->description = g_strdup (description);
  self->comment = comment != NULL && *comment != '\0' ? g_strdup (comment) : NULL;
  self->stale = stale;
  /* Nothing is applied unseen: what the vendor only reports is taken by
   * default, what it proposes, and anything asked on a row that has
   * changed since, waits for someone to accept it. */
  self->accepted = !stale && !buntan_answer_change_is_proposal (self);

  return self;
}

void
_buntan_answer_change_set_check (BuntanAnswerChange *self,
                                 BuntanCheckResult   result,
                                 const char         *date,
                                 const char         *target)
{
  self->check_result = result;
  g_free (self->check_date);
  self->check_date = g_strdup (date);
  g_free (self->target);
  self->target = g_strdup (target);
}

BuntanCheckResult
_buntan_answer_change_get_check_result (BuntanAnswerChange *self)
{
  return self->check_result;
}

const char *
_buntan_answer_change_get_check_date (BuntanAnswerChange *self)
{
  return self->check_date;
}

const char *
_buntan_answer_change_get_target (BuntanAnswerChange *self)
{
  return self->target;
}

void
_buntan_answer_change_set_terms (BuntanAnswerChange *self, const char *terms)
{
  g_free (self->terms);
  self->terms = terms != NULL && *terms != '\0' ? g_strdup (terms) : NULL;
}

const char *
_buntan_answer_change_get_terms (BuntanAnswerChange *self)
{
  return self->terms;
}

/**
 * buntan_answer_change_get_item_id:
 * @self: a change
 *
 * Returns: the id of the item the answer row is about
 */
const char *
buntan_answer_change_get_item_id (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), NULL);
  return self->item_id;
}

/**
 * buntan_answer_change_get_party:
 * @self: a change
 *
 * Returns: the id of the vendor who answered
 */
const char *
buntan_answer_change_get_party (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), NULL);
  return self->party;
}

/**
 * buntan_answer_change_get_kind:
 * @self: a change
 *
 * Returns: what the answer asks for
 */
BuntanAnswerChangeKind
buntan_answer_change_get_kind (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), BUNTAN_ANSWER_CHANGE_COMMENT);
  return self->kind;
}

/**
 * buntan_answer_change_get_description:
 * @self: a change
 *
 * Returns: what applying the change would do, in one translated line
 *   (the value before → after)
 */
const char *
buntan_answer_change_get_description (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), NULL);
  return self->description;
}

/**
 * buntan_answer_change_get_comment:
 * @self: a change
 *
 * Returns: (nullable): the vendor's comment on the row
 */
const char *
buntan_answer_change_get_comment (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), NULL);
  return self->comment;
}

/**
 * buntan_answer_change_get_stale:
 * @self: a change
 *
 * Returns: whether the row's proposal (主担当, the vendor's role, 合意内容)
 *   changed in the project since the questionnaire was sent, so the vendor
 *   answered something the project no longer proposes
 */
gboolean
buntan_answer_change_get_stale (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), FALSE);
  return self->stale;
}

/**
 * buntan_answer_change_get_accepted:
 * @self: a change
 *
 * Returns: whether buntan_answers_apply() applies the change
 */
gboolean
buntan_answer_change_get_accepted (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), FALSE);
  return self->accepted;
}

void
buntan_answer_change_set_accepted (BuntanAnswerChange *self, gboolean accepted)
{
  g_return_if_fail (BUNTAN_IS_ANSWER_CHANGE (self));

  accepted = !!accepted;
  if (self->accepted == accepted)
    return;

  self->accepted = accepted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
}

/**
 * buntan_answer_change_is_proposal:
 * @self: a change
 *
 * Returns: whether the change is a decision the hospital takes rather than
 *   a fact the vendor reports (a proposal, 対象外, 合意済), so it is not
 *   accepted by default
 */
gboolean
buntan_answer_change_is_proposal (BuntanAnswerChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_ANSWER_CHANGE (self), FALSE);

  return self->kind == BUNTAN_ANSWER_CHANGE_PROPOSAL ||
         self->kind == BUNTAN_ANSWER_CHANGE_NOT_APPLICABLE ||
         self->kind == BUNTAN_ANSWER_CHANGE_SET_AGREED_STATUS;
}
