/* buntan-cyber-checklist.c — the rules of a project made from the cyber-security checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-core.h"
#include "buntan-cyber-checklist-private.h"

/* The ministry's checklist is answered はい / いいえ, by the hospital on its
 * own sheet and by each vendor on the vendor sheet; an いいえ needs a 目標日.
 * What the inspector finds missing is exactly two things: a vendor that has
 * not answered an item it is asked, and an いいえ with no target date. Those
 * replace the negotiation's rules (nobody responsible, 共同 or 各事業者 with
 * one party, an idle vendor), which say nothing about a filled-in sheet. */

/**
 * buntan_cyber_checklist_applies:
 * @project: a project
 *
 * A project knows the checklist it was made from by the template id it
 * keeps, so a copy of the bundled checklist installed under another id
 * follows the ordinary rules.
 *
 * Returns: whether @project was made from the cyber-security checklist
 */
gboolean
buntan_cyber_checklist_applies (BuntanProject *project)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);

  return g_strcmp0 (buntan_project_get_template_id (project), BUNTAN_CYBER_TEMPLATE_ID) == 0;
}

/* An いいえ that has been settled (完了日) no longer needs a target: the
 * summary's counts classify the answer the same way. */
static gboolean
lacks_target (BuntanCheckResult result, const char *target, const char *completed)
{
  return buntan_cyber_answer_classify (result, target, completed) ==
         BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET;
}

static void
add_vendor_gap (GPtrArray     *gaps,
                BuntanGapRule  rule,
                BuntanItem    *item,
                BuntanProject *project,
                const char    *party_id)
{
  BuntanParty *vendor = buntan_project_find_party (project, party_id);

  g_ptr_array_add (gaps, buntan_gap_new_for_vendor (rule, buntan_item_get_id (item), party_id,
                                                    buntan_item_get_title (item),
                                                    buntan_party_get_name (vendor)));
}

/*
 * _buntan_cyber_checklist_find_gaps:
 * @project: a project for which buntan_cyber_checklist_applies()
 * @item: one of its items
 *
 * Vendor-sheet items are answered by every vendor ◎ or ○ on them, each with
 * its own check; hospital-sheet items (and Part 2 items no vendor is on)
 * by the item's own first check. An item marked 対象外 asks nobody.
 *
 * Returns: (transfer full) (element-type BuntanGap): the item's gaps, in
 *   the project's party order
 */
GPtrArray *
_buntan_cyber_checklist_find_gaps (BuntanProject *project, BuntanItem *item)
{
  g_autoptr (GPtrArray) gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) buntan_gap_unref);
  g_auto (GStrv) vendors = NULL;

  if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    return g_steal_pointer (&gaps);

  vendors = buntan_item_dup_confirming_parties (item, project);
  if (vendors[0] == NULL)
    {
      if (lacks_target (buntan_item_get_first_check (item), buntan_item_get_target (item),
                        buntan_item_get_completed (item)))
        g_ptr_array_add (gaps, buntan_gap_new (BUNTAN_GAP_RULE_NO_WITHOUT_TARGET,
                                               buntan_item_get_id (item), NULL,
                                               buntan_item_get_title (item)));
      return g_steal_pointer (&gaps);
    }

  for (guint v = 0; vendors[v] != NULL; v++)
    {
      BuntanCheck      *check = buntan_item_find_check (item, vendors[v]);
      BuntanCheckResult result =
        check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET;

      if (result == BUNTAN_CHECK_RESULT_UNSET)
        add_vendor_gap (gaps, BUNTAN_GAP_RULE_VENDOR_UNANSWERED, item, project, vendors[v]);
      else if (lacks_target (result, buntan_check_get_target (check),
                             buntan_check_get_completed (check)))
        add_vendor_gap (gaps, BUNTAN_GAP_RULE_NO_WITHOUT_TARGET, item, project, vendors[v]);
    }

  return g_steal_pointer (&gaps);
}

gboolean
_buntan_cyber_checklist_has_rule (BuntanGapRule rule)
{
  return rule == BUNTAN_GAP_RULE_VENDOR_UNANSWERED || rule == BUNTAN_GAP_RULE_NO_WITHOUT_TARGET;
}

static const char *
describe_in_japanese (BuntanGapRule rule, gboolean of_vendor)
{
  if (rule == BUNTAN_GAP_RULE_VENDOR_UNANSWERED)
    return "事業者の回答（はい・いいえ）がまだありません。";

  return of_vendor ? "事業者の回答が「いいえ」ですが、目標日が記入されていません。"
                   : "「いいえ」ですが、目標日が記入されていません。";
}

/*
 * _buntan_cyber_checklist_describe_gap:
 *
 * The sentences of the two rules, in the forms of buntan_gap_describe(),
 * which hands them here so that the window, the CLI and the workbook still
 * word every gap through that one function.
 *
 * Returns: (transfer full): the sentence
 */
char *
_buntan_cyber_checklist_describe_gap (BuntanGapRule rule,
                                      BuntanGapText form,
                                      const char   *item_id,
                                      const char   *subject,
                                      const char   *party_name)
{
  g_return_val_if_fail (_buntan_cyber_checklist_has_rule (rule), NULL);

  if (form == BUNTAN_GAP_TEXT_WORKBOOK && party_name != NULL)
    return g_strdup_printf ("%s（%s）", describe_in_japanese (rule, TRUE), party_name);
  if (form == BUNTAN_GAP_TEXT_WORKBOOK)
    return g_strdup (describe_in_japanese (rule, FALSE));

  /* buntan_gap_new() words a gap once before a vendor's name is set. */
  if (rule == BUNTAN_GAP_RULE_VENDOR_UNANSWERED && party_name == NULL)
    party_name = "";

  if (form == BUNTAN_GAP_TEXT_SHORT && rule == BUNTAN_GAP_RULE_VENDOR_UNANSWERED)
    return g_strdup_printf (_ ("%s has not answered yet"), party_name);
  if (form == BUNTAN_GAP_TEXT_SHORT && party_name != NULL)
    return g_strdup_printf (_ ("%s answered “No” but gave no target date"), party_name);
  if (form == BUNTAN_GAP_TEXT_SHORT)
    return g_strdup (_ ("“No”, but no target date"));

  if (rule == BUNTAN_GAP_RULE_VENDOR_UNANSWERED)
    return g_strdup_printf (_ ("%s %s: %s has not answered yet (Yes or No)"), item_id, subject,
                            party_name);
  if (party_name != NULL)
    return g_strdup_printf (_ ("%s %s: %s answered “No” but gave no target date"), item_id, subject,
                            party_name);
  return g_strdup_printf (_ ("%s %s: answered “No”, but no target date is set"), item_id, subject);
}

const char *
_buntan_cyber_checklist_rule_to_string (BuntanGapRule rule)
{
  return rule == BUNTAN_GAP_RULE_VENDOR_UNANSWERED ? "vendor-unanswered" : "no-without-target";
}
