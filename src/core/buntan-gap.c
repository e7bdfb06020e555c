/* buntan-gap.c — one thing the responsibility matrix still leaves open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-gap.h"

struct _BuntanGap
{
  gatomicrefcount ref_count;
  BuntanGapRule   rule;
  char           *item_id;
  char           *party_id;
  char           *message;
};

G_DEFINE_BOXED_TYPE (BuntanGap, buntan_gap, buntan_gap_ref, buntan_gap_unref)

/**
 * buntan_gap_new:
 * @rule: the check that found it
 * @item_id: (nullable): the item concerned
 * @party_id: (nullable): the vendor concerned
 * @message: a sentence for people, in the user's language
 *
 * Returns: (transfer full): a new gap
 */
BuntanGap *
buntan_gap_new (BuntanGapRule rule, const char *item_id, const char *party_id, const char *message)
{
  BuntanGap *self = g_new0 (BuntanGap, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->rule = rule;
  self->item_id = g_strdup (item_id);
  self->party_id = g_strdup (party_id);
  self->message = g_strdup (message);

  return self;
}

BuntanGap *
buntan_gap_ref (BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
buntan_gap_unref (BuntanGap *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->item_id);
  g_free (self->party_id);
  g_free (self->message);
  g_free (self);
}

BuntanGapRule
buntan_gap_get_rule (const BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rule;
}

const char *
buntan_gap_get_item_id (const BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->item_id;
}

const char *
buntan_gap_get_party_id (const BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->party_id;
}

const char *
buntan_gap_get_message (const BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->message;
}

/**
 * buntan_gap_rule_to_string:
 * @rule: a rule
 *
 * Returns: the rule's stable name, for machine-readable output
 */
const char *
buntan_gap_rule_to_string (BuntanGapRule rule)
{
  switch (rule)
    {
    case BUNTAN_GAP_RULE_NO_OWNER:
      return "no-owner";
    case BUNTAN_GAP_RULE_JOINT_TOO_FEW:
      return "joint-too-few";
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER:
      return "agreed-without-owner";
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION:
      return "agreed-without-completion";
    case BUNTAN_GAP_RULE_IDLE_VENDOR:
      return "idle-vendor";
    default:
      g_return_val_if_reached (NULL);
    }
}
