/* buntan-gap.c — one thing the responsibility matrix still leaves open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-cyber-checklist-private.h"
#include "buntan-finding-private.h"
#include "buntan-gap.h"

struct _BuntanGap
{
  gatomicrefcount ref_count;
  BuntanGapRule   rule;
  char           *item_id;
  char           *party_id;
  char           *subject;
  char           *party_name; /* for a gap of one vendor on one item */
  char           *message;    /* the long form, made once: lists show it for every gap */
};

static void
buntan_gap_free_fields (BuntanGap *self)
{
  g_free (self->item_id);
  g_free (self->party_id);
  g_free (self->subject);
  g_free (self->party_name);
  g_free (self->message);
}

_BUNTAN_DEFINE_FINDING_TYPE (BuntanGap, buntan_gap, buntan_gap_free_fields)

/**
 * buntan_gap_new:
 * @rule: the check that found it
 * @item_id: (nullable): the item concerned
 * @party_id: (nullable): the vendor concerned
 * @subject: what the long sentence names after @item_id: the item's
 *   title, or the vendor's name
 *
 * Returns: (transfer full): a new gap
 */
BuntanGap *
buntan_gap_new (BuntanGapRule rule, const char *item_id, const char *party_id, const char *subject)
{
  BuntanGap *self = g_new0 (BuntanGap, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->rule = rule;
  self->item_id = g_strdup (item_id);
  self->party_id = g_strdup (party_id);
  self->subject = g_strdup (subject != NULL ? subject : "");
  self->message = buntan_gap_describe (self, BUNTAN_GAP_TEXT_LONG);

  return self;
}

/**
 * buntan_gap_new_for_vendor:
 * @rule: the check that found it
 * @item_id: the item concerned
 * @party_id: the vendor concerned
 * @subject: the item's title
 * @party_name: the vendor's name, as the sentences name it
 *
 * A gap of one vendor's check on one item (the first-check rule applied per
 * vendor).
 *
 * Returns: (transfer full): a new gap
 */
BuntanGap *
buntan_gap_new_for_vendor (BuntanGapRule rule,
                           const char   *item_id,
                           const char   *party_id,
                           const char   *subject,
                           const char   *party_name)
{
  BuntanGap *self = buntan_gap_new (rule, item_id, party_id, subject);

  self->party_name = g_strdup (party_name != NULL && *party_name != '\0' ? party_name : party_id);
  g_free (self->message);
  self->message = buntan_gap_describe (self, BUNTAN_GAP_TEXT_LONG);
  return self;
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

/**
 * buntan_gap_get_message:
 * @self: a gap
 *
 * Returns: the long sentence, as buntan_gap_describe() with
 *   %BUNTAN_GAP_TEXT_LONG words it
 */
const char *
buntan_gap_get_message (const BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->message;
}

const char *
buntan_gap_get_subject (const BuntanGap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->subject;
}

static const char *
describe_in_japanese (BuntanGapRule rule)
{
  switch (rule)
    {
    case BUNTAN_GAP_RULE_NO_OWNER:
      return "主担当が決まっていません（未定）。";
    case BUNTAN_GAP_RULE_JOINT_TOO_FEW:
      return "共同とされていますが、分担する当事者が2者未満です。";
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER:
      return "合意済とされていますが、主担当が決まっていません。";
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION:
      return "初回確認が「いいえ」で合意済とされていますが、完了日が記入されていません。";
    case BUNTAN_GAP_RULE_IDLE_VENDOR:
      return "この事業者が主担当・協力となっている項目がありません（対象外の項目を除く）。";
    case BUNTAN_GAP_RULE_EACH_TOO_FEW:
      return "各事業者（個別）とされていますが、対象の当事者が2者未満です。";
    case BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION:
      return "事業者の初回確認が「いいえ」で合意済とされていますが、その事業者の完了日が記入されていません。";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * buntan_gap_describe:
 * @self: a gap
 * @form: how much to say
 *
 * Words the gap: the one place the sentences live, so that the lists, the
 * meeting, the CLI and the workbook say the same. The workbook is written in
 * Japanese whatever the user's language, so it has a form of its own.
 *
 * Returns: (transfer full): the sentence
 */
char *
buntan_gap_describe (const BuntanGap *self, BuntanGapText form)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (_buntan_cyber_checklist_has_rule (self->rule))
    return _buntan_cyber_checklist_describe_gap (self->rule, form, self->item_id, self->subject,
                                                 self->party_name);

  if (form == BUNTAN_GAP_TEXT_WORKBOOK && self->party_name != NULL)
    return g_strdup_printf ("%s（%s）", describe_in_japanese (self->rule), self->party_name);
  if (form == BUNTAN_GAP_TEXT_WORKBOOK)
    return g_strdup (describe_in_japanese (self->rule));

  if (form == BUNTAN_GAP_TEXT_SHORT)
    {
      switch (self->rule)
        {
        case BUNTAN_GAP_RULE_NO_OWNER:
          return g_strdup (_ ("Nobody is responsible for it yet"));
        case BUNTAN_GAP_RULE_JOINT_TOO_FEW:
          return g_strdup (_ ("Joint, but fewer than two parties share it"));
        case BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER:
          return g_strdup (_ ("Agreed, but nobody is responsible for it"));
        case BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION:
          return g_strdup (_ ("“No” at the first check and agreed, but not completed on a date"));
        case BUNTAN_GAP_RULE_EACH_TOO_FEW:
          return g_strdup (_ ("Each vendor for its own system, but fewer than two parties named"));
        case BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION:
          /* Each sentence names the vendor once: the second mention
           * only made the line longer in the meeting's type. */
          return g_strdup_printf (
            _ ("%s said “No” at the first check; agreed without a completion date"),
            self->party_name);
        case BUNTAN_GAP_RULE_IDLE_VENDOR:
          /* The vendor is not on screen beside it: name it even here. */
          break;
        default:
          g_return_val_if_reached (NULL);
        }
    }

  switch (self->rule)
    {
    case BUNTAN_GAP_RULE_NO_OWNER:
      return g_strdup_printf (_ ("%s %s: nobody is responsible for it yet"), self->item_id,
                              self->subject);
    case BUNTAN_GAP_RULE_JOINT_TOO_FEW:
      return g_strdup_printf (_ ("%s %s: shared (joint), but fewer than two parties share it"),
                              self->item_id, self->subject);
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER:
      return g_strdup_printf (_ ("%s %s: marked agreed, but nobody is responsible for it"),
                              self->item_id, self->subject);
    case BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION:
      return g_strdup_printf (_ ("%s %s: was “No” at the first check and is agreed, "
                                 "but has no completion date"),
                              self->item_id, self->subject);
    case BUNTAN_GAP_RULE_IDLE_VENDOR:
      return g_strdup_printf (_ ("%s is responsible for nothing: no item names this vendor"),
                              self->subject);
    case BUNTAN_GAP_RULE_EACH_TOO_FEW:
      return g_strdup_printf (
        _ ("%s %s: each vendor for its own system, but fewer than two parties are named"),
        self->item_id, self->subject);
    case BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION:
      return g_strdup_printf (_ ("%s %s: %s said “No” at the first check and the item is agreed, "
                                 "but that vendor has no completion date"),
                              self->item_id, self->subject, self->party_name);
    default:
      g_return_val_if_reached (NULL);
    }
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
  if (_buntan_cyber_checklist_has_rule (rule))
    return _buntan_cyber_checklist_rule_to_string (rule);

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
    case BUNTAN_GAP_RULE_EACH_TOO_FEW:
      return "each-too-few";
    case BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION:
      return "vendor-agreed-without-completion";
    default:
      g_return_val_if_reached (NULL);
    }
}
