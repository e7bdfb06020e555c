/* buntan-cyber-summary.c — who has answered what, in a project made from the cyber-security checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ministry's checklist is read as sheets: the hospital's own, and one
 * per vendor. Before the inspection the hospital wants to see, per sheet,
 * what has been answered, what not, and which いいえ still lack a target
 * date. Those counts and the words of each answer live here, once: the
 * window's Part lists, matrix preview and summary page and `buntan-cli
 * info` read them, and the gap rules (buntan-cyber-checklist.c) classify
 * an answer with the same function, so a gap and a count never disagree.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-core.h"
#include "buntan-cyber-summary.h"

struct _BuntanCyberSummary
{
  GPtrArray *parties; /* BuntanParty: the hospital, then the vendors in the project's order */
  GArray    *counts;  /* BuntanCyberCounts, one per party */
};

/**
 * buntan_cyber_answer_classify:
 * @result: the はい / いいえ given, if any
 * @target: (nullable): the 目標日 given with an いいえ
 * @completed: (nullable): the 完了日, once the measure is in place
 *
 * An いいえ that has been settled (完了日) no longer needs a target date;
 * one that has neither is what the inspector finds missing.
 *
 * Returns: what the answer is, as the checklist reads it
 */
BuntanCyberAnswer
buntan_cyber_answer_classify (BuntanCheckResult result, const char *target, const char *completed)
{
  switch (result)
    {
    case BUNTAN_CHECK_RESULT_YES:
      return BUNTAN_CYBER_ANSWER_YES;
    case BUNTAN_CHECK_RESULT_NO:
      if (target != NULL)
        return BUNTAN_CYBER_ANSWER_NO_WITH_TARGET;
      return completed != NULL ? BUNTAN_CYBER_ANSWER_NO_COMPLETED
                               : BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET;
    case BUNTAN_CHECK_RESULT_UNSET:
    default:
      return BUNTAN_CYBER_ANSWER_UNANSWERED;
    }
}

/* The hospital answers an item itself where no vendor is ◎ or ○ on it:
 * the hospital sheet's items, and a vendor item nobody was asked. */
static gboolean
is_hospital_item (BuntanItem *item, BuntanProject *project)
{
  g_auto (GStrv) vendors = buntan_item_dup_confirming_parties (item, project);

  return vendors[0] == NULL;
}

/**
 * buntan_cyber_item_asks:
 * @item: an item of @project
 * @project: a project
 * @party_id: a party of @project
 *
 * An item marked 対象外 asks nobody.
 *
 * Returns: whether @item is on @party_id's sheet
 */
gboolean
buntan_cyber_item_asks (BuntanItem *item, BuntanProject *project, const char *party_id)
{
  BuntanParty *party;
  g_auto (GStrv) vendors = NULL;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);

  party = party_id != NULL ? buntan_project_find_party (project, party_id) : NULL;
  if (party == NULL || buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    return FALSE;

  vendors = buntan_item_dup_confirming_parties (item, project);
  if (buntan_party_is_hospital (party))
    return vendors[0] == NULL;
  return g_strv_contains ((const char *const *) vendors, party_id);
}

/* The answer's result and dates: the vendor's own check, or the item's. */
static void
get_answer (BuntanItem        *item,
            BuntanProject     *project,
            const char        *party_id,
            BuntanCheckResult *result,
            const char       **date,
            const char       **target,
            const char       **completed)
{
  BuntanParty *party = buntan_project_find_party (project, party_id);
  BuntanCheck *check;

  if (party != NULL && buntan_party_is_hospital (party))
    {
      *result = buntan_item_get_first_check (item);
      *date = buntan_item_get_first_check_date (item);
      *target = buntan_item_get_target (item);
      *completed = buntan_item_get_completed (item);
      return;
    }

  check = buntan_item_find_check (item, party_id);
  *result = check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET;
  *date = check != NULL ? buntan_check_get_date (check) : NULL;
  *target = check != NULL ? buntan_check_get_target (check) : NULL;
  *completed = check != NULL ? buntan_check_get_completed (check) : NULL;
}

/**
 * buntan_cyber_item_get_answer:
 * @item: an item of @project
 * @project: a project
 * @party_id: the hospital, or a vendor the item asks
 *
 * Returns: @party_id's answer on @item
 */
BuntanCyberAnswer
buntan_cyber_item_get_answer (BuntanItem *item, BuntanProject *project, const char *party_id)
{
  BuntanCheckResult result;
  const char       *date;
  const char       *target;
  const char       *completed;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), BUNTAN_CYBER_ANSWER_UNANSWERED);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), BUNTAN_CYBER_ANSWER_UNANSWERED);

  get_answer (item, project, party_id, &result, &date, &target, &completed);
  return buntan_cyber_answer_classify (result, target, completed);
}

/* The answer alone, or with its date (@date): the hospital's own items
 * show when they were checked. */
static char *
dup_short_answer (BuntanCyberAnswer answer,
                  BuntanCheckResult result,
                  const char       *date,
                  const char       *target,
                  const char       *completed)
{
  g_autofree char *head = NULL;

  if (answer == BUNTAN_CYBER_ANSWER_UNANSWERED)
    /* Translators: 未回答: the party has not answered the item yet. */
    return g_strdup (_ ("Not answered"));

  head = date != NULL ? g_strdup_printf ("%s %s", buntan_check_result_get_label (result), date)
                      : g_strdup (buntan_check_result_get_label (result));
  switch (answer)
    {
    case BUNTAN_CYBER_ANSWER_NO_WITH_TARGET:
      /* Translators: an answer いいえ (with its date, where shown) and its
       * 目標日 (target date): "No, target 2027-03-31". */
      return g_strdup_printf (_ ("%s, target %s"), head, target);
    case BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET:
      /* Translators: an answer いいえ (with its date, where shown) and no 目標日. */
      return g_strdup_printf (_ ("%s, no target date"), head);
    case BUNTAN_CYBER_ANSWER_NO_COMPLETED:
      /* Translators: an answer いいえ whose measure has since been completed (完了日). */
      return g_strdup_printf (_ ("%s, completed %s"), head, completed);
    case BUNTAN_CYBER_ANSWER_YES:
    case BUNTAN_CYBER_ANSWER_UNANSWERED:
    default:
      return g_steal_pointer (&head);
    }
}

static char *
dup_short_name (BuntanProject *project, const char *party_id)
{
  BuntanParty *party = buntan_project_find_party (project, party_id);
  char        *name = party != NULL
                        ? buntan_party_dup_unique_short_name (party, buntan_project_get_parties (project))
                        : NULL;

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup (party != NULL ? buntan_party_get_name (party) : party_id);
    }
  return name;
}

/**
 * buntan_cyber_item_dup_answer_text:
 * @item: an item of @project
 * @project: a project
 * @party_id: the hospital, or a vendor
 * @form: how to word it
 *
 * The short form is the answer alone (はい, いいえ（目標日 2027-03-31）,
 * 未回答) with the date checked on the hospital's own items; the spoken
 * form names the party and every date: "ひかり: はい, 2026-11-02".
 *
 * Returns: (transfer full) (nullable): the words, or %NULL when @item does
 *   not ask @party_id
 */
char *
buntan_cyber_item_dup_answer_text (BuntanItem     *item,
                                   BuntanProject  *project,
                                   const char     *party_id,
                                   BuntanCyberText form)
{
  BuntanCheckResult result;
  const char       *date;
  const char       *target;
  const char       *completed;
  BuntanCyberAnswer answer;
  g_autofree char  *name = NULL;
  GString          *text;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  if (!buntan_cyber_item_asks (item, project, party_id))
    return NULL;

  get_answer (item, project, party_id, &result, &date, &target, &completed);
  answer = buntan_cyber_answer_classify (result, target, completed);

  if (form == BUNTAN_CYBER_TEXT_SHORT)
    {
      gboolean dated = is_hospital_item (item, project);

      return dup_short_answer (answer, result, dated ? date : NULL, target, completed);
    }

  name = dup_short_name (project, party_id);
  text = g_string_new (name);
  g_string_append (text, ": ");
  g_string_append (text, answer == BUNTAN_CYBER_ANSWER_UNANSWERED
                           ? _ ("Not answered")
                           : buntan_check_result_get_label (result));
  if (answer != BUNTAN_CYBER_ANSWER_UNANSWERED && date != NULL)
    g_string_append_printf (text, ", %s", date);
  if (answer != BUNTAN_CYBER_ANSWER_UNANSWERED && target != NULL)
    {
      /* Translators: appended to an answer いいえ: its 目標日. */
      g_autofree char *target_words = g_strdup_printf (_ ("target date %s"), target);

      g_string_append_printf (text, ", %s", target_words);
    }
  else if (answer == BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET)
    g_string_append_printf (text, ", %s", _ ("no target date"));
  if (answer != BUNTAN_CYBER_ANSWER_UNANSWERED && completed != NULL)
    {
      /* Translators: appended to an answer: its 完了日. */
      g_autofree char *completed_words = g_strdup_printf (_ ("completed on %s"), completed);

      g_string_append_printf (text, ", %s", completed_words);
    }

  return g_string_free (text, FALSE);
}

/**
 * buntan_cyber_item_dup_answers_text:
 * @item: an item of @project
 * @project: a project
 * @form: how to word it
 *
 * Every answer the item asks for: the vendors' in the project's order
 * ("ひかり はい / 東都 未回答" in the short form, one line each in the
 * spoken one), or the hospital's own.
 *
 * Returns: (transfer full) (nullable): the words, or %NULL for an item
 *   that asks nobody (対象外)
 */
char *
buntan_cyber_item_dup_answers_text (BuntanItem *item, BuntanProject *project, BuntanCyberText form)
{
  GListModel *parties;
  g_autoptr (GString) text = NULL;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  parties = buntan_project_get_parties (project);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      const char      *party_id = buntan_party_get_id (party);
      g_autofree char *answer = buntan_cyber_item_dup_answer_text (item, project, party_id, form);
      g_autofree char *name = NULL;

      if (answer == NULL)
        continue;

      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append (text, form == BUNTAN_CYBER_TEXT_SHORT ? " / " : "\n");

      /* The hospital's own item needs no name: it is the only answer. */
      if (form == BUNTAN_CYBER_TEXT_SHORT && !buntan_party_is_hospital (party))
        {
          name = dup_short_name (project, party_id);
          g_string_append_printf (text, "%s %s", name, answer);
        }
      else
        g_string_append (text, answer);
    }

  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
add_answer (BuntanCyberCounts *counts, BuntanCyberAnswer answer)
{
  counts->asked++;
  switch (answer)
    {
    case BUNTAN_CYBER_ANSWER_UNANSWERED:
      counts->unanswered++;
      return;
    case BUNTAN_CYBER_ANSWER_YES:
      counts->yes++;
      break;
    case BUNTAN_CYBER_ANSWER_NO_WITH_TARGET:
      counts->no_with_target++;
      break;
    case BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET:
      counts->no_without_target++;
      break;
    case BUNTAN_CYBER_ANSWER_NO_COMPLETED:
    default:
      counts->no_completed++;
      break;
    }
  counts->answered++;
}

/**
 * buntan_cyber_summary_new:
 * @project: a project (made from the cyber-security checklist, or any)
 *
 * Counts every party's sheet: the hospital's (the items it answers itself,
 * whatever their Part) and each vendor's (the items it is ◎ or ○ on). An
 * item marked 対象外 is on nobody's sheet. Unanswered items and いいえ
 * without a target date are exactly the two gap rules' findings.
 *
 * Returns: (transfer full): the counts, the hospital first
 */
BuntanCyberSummary *
buntan_cyber_summary_new (BuntanProject *project)
{
  BuntanCyberSummary *self;
  GListModel         *parties;
  GListModel         *items;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self = g_new0 (BuntanCyberSummary, 1);
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->counts = g_array_new (FALSE, TRUE, sizeof (BuntanCyberCounts));

  parties = buntan_project_get_parties (project);
  if (buntan_project_get_hospital (project) != NULL)
    g_ptr_array_add (self->parties, g_object_ref (buntan_project_get_hospital (project)));
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      BuntanParty *party = g_list_model_get_item (parties, i);

      if (buntan_party_is_hospital (party))
        g_object_unref (party);
      else
        g_ptr_array_add (self->parties, party);
    }
  g_array_set_size (self->counts, self->parties->len);

  items = buntan_project_get_items (project);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      for (guint p = 0; p < self->parties->len; p++)
        {
          const char *party_id = buntan_party_get_id (g_ptr_array_index (self->parties, p));

          if (buntan_cyber_item_asks (item, project, party_id))
            add_answer (&g_array_index (self->counts, BuntanCyberCounts, p),
                        buntan_cyber_item_get_answer (item, project, party_id));
        }
    }

  return self;
}

void
buntan_cyber_summary_free (BuntanCyberSummary *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->parties);
  g_array_unref (self->counts);
  g_free (self);
}

guint
buntan_cyber_summary_get_n_parties (BuntanCyberSummary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->parties->len;
}

/**
 * buntan_cyber_summary_get_party:
 * @self: the counts
 * @position: 0 for the hospital, then the vendors
 *
 * Returns: (transfer none): the party whose sheet is counted at @position
 */
BuntanParty *
buntan_cyber_summary_get_party (BuntanCyberSummary *self, guint position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->parties->len, NULL);

  return g_ptr_array_index (self->parties, position);
}

const BuntanCyberCounts *
buntan_cyber_summary_get_counts (BuntanCyberSummary *self, guint position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->counts->len, NULL);

  return &g_array_index (self->counts, BuntanCyberCounts, position);
}

/* The answer's stable name, for the CLI's JSON. */
const char *
buntan_cyber_answer_to_string (BuntanCyberAnswer answer)
{
  switch (answer)
    {
    case BUNTAN_CYBER_ANSWER_YES:
      return "yes";
    case BUNTAN_CYBER_ANSWER_NO_WITH_TARGET:
      return "no-with-target";
    case BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET:
      return "no-without-target";
    case BUNTAN_CYBER_ANSWER_NO_COMPLETED:
      return "no-completed";
    case BUNTAN_CYBER_ANSWER_UNANSWERED:
    default:
      return "unanswered";
    }
}
