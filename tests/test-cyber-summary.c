/* test-cyber-summary.c — the answers of a cyber-security checklist project, counted once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-test-util.h"

/* tests/data/cyber-views.buntan, made from the bundled checklist: the
 * hospital answered 15 of its 16 applicable items (P1-C-2 is 対象外, P1-C-3
 * unanswered, P1-B-11 いいえ with a target); ひかり answered all 12 vendor
 * items, いいえ with a target on P2-A-2 and without one on P2-A-3; 東都 has
 * not answered P2-A-11 and said いいえ with a target on P2-A-12. */
static void
assert_counts (const BuntanCyberCounts *counts,
               guint                    asked,
               guint                    answered,
               guint                    unanswered,
               guint                    yes,
               guint                    no_with_target,
               guint                    no_without_target)
{
  g_assert_cmpuint (counts->asked, ==, asked);
  g_assert_cmpuint (counts->answered, ==, answered);
  g_assert_cmpuint (counts->unanswered, ==, unanswered);
  g_assert_cmpuint (counts->yes, ==, yes);
  g_assert_cmpuint (counts->no_with_target, ==, no_with_target);
  g_assert_cmpuint (counts->no_without_target, ==, no_without_target);
  g_assert_cmpuint (counts->no_completed, ==, 0);
}

static void
test_counts (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cyber-views.buntan");
  g_autoptr (BuntanCyberSummary) answers = NULL;

  g_assert_true (buntan_cyber_checklist_applies (project));
  answers = buntan_cyber_summary_new (project);
  g_assert_cmpuint (buntan_cyber_summary_get_n_parties (answers), ==, 3);
  g_assert_true (buntan_party_is_hospital (buntan_cyber_summary_get_party (answers, 0)));
  g_assert_cmpstr (buntan_party_get_id (buntan_cyber_summary_get_party (answers, 1)), ==, "v1");
  g_assert_cmpstr (buntan_party_get_id (buntan_cyber_summary_get_party (answers, 2)), ==, "v2");

  assert_counts (buntan_cyber_summary_get_counts (answers, 0), 16, 15, 1, 14, 1, 0);
  assert_counts (buntan_cyber_summary_get_counts (answers, 1), 12, 12, 0, 10, 1, 1);
  assert_counts (buntan_cyber_summary_get_counts (answers, 2), 12, 11, 1, 10, 1, 0);
}

/* The gaps are the two rules' findings: every vendor's unanswered items and
 * every いいえ without a target date; the hospital's unanswered item is no
 * gap (its sheet is the hospital's own). */
static void
test_counts_agree_with_gaps (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cyber-views.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  g_autoptr (BuntanCyberSummary) answers = buntan_cyber_summary_new (project);
  guint expected = buntan_cyber_summary_get_counts (answers, 0)->no_without_target;

  for (guint i = 1; i < buntan_cyber_summary_get_n_parties (answers); i++)
    expected += buntan_cyber_summary_get_counts (answers, i)->unanswered +
                buntan_cyber_summary_get_counts (answers, i)->no_without_target;

  g_assert_cmpuint (expected, ==, 2);
  g_assert_cmpuint (buntan_overview_count_gaps (overview, 0), ==, expected);
}

/* Edits show at once: a new count is a new summary of the project. */
static void
test_counts_follow_an_answer (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cyber-views.buntan");
  BuntanItem  *item = buntan_project_find_item (project, "P2-A-3");
  BuntanCheck *check = buntan_item_find_check (item, "v1");
  g_autoptr (BuntanCyberSummary) answers = NULL;

  buntan_check_set_target (check, "2027-05-31");
  answers = buntan_cyber_summary_new (project);
  assert_counts (buntan_cyber_summary_get_counts (answers, 1), 12, 12, 0, 10, 2, 0);
}

static void
test_answer_texts (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("cyber-views.buntan");
  BuntanItem      *p2a2 = buntan_project_find_item (project, "P2-A-2");
  BuntanItem      *p2a11 = buntan_project_find_item (project, "P2-A-11");
  BuntanItem      *p1b11 = buntan_project_find_item (project, "P1-B-11");
  BuntanItem      *p1c2 = buntan_project_find_item (project, "P1-C-2");
  const char      *hospital = buntan_party_get_id (buntan_project_get_hospital (project));
  g_autofree char *short_no = NULL;
  g_autofree char *spoken_no = NULL;
  g_autofree char *row = NULL;
  g_autofree char *spoken_row = NULL;
  g_autofree char *own = NULL;
  g_autofree char *not_asked = NULL;
  g_autofree char *not_applicable = NULL;

  short_no = buntan_cyber_item_dup_answer_text (p2a2, project, "v1", BUNTAN_CYBER_TEXT_SHORT);
  g_assert_cmpstr (short_no, ==, "No, target 2027-03-31");
  spoken_no = buntan_cyber_item_dup_answer_text (p2a2, project, "v1", BUNTAN_CYBER_TEXT_SPOKEN);
  g_assert_cmpstr (spoken_no, ==, "ひかり: No, 2026-11-02, target date 2027-03-31");

  row = buntan_cyber_item_dup_answers_text (p2a11, project, BUNTAN_CYBER_TEXT_SHORT);
  g_assert_cmpstr (row, ==, "ひかり Yes / 東都 Not answered");
  spoken_row = buntan_cyber_item_dup_answers_text (p2a11, project, BUNTAN_CYBER_TEXT_SPOKEN);
  g_assert_cmpstr (spoken_row, ==, "ひかり: Yes, 2026-11-02\n東都: Not answered");

  own = buntan_cyber_item_dup_answers_text (p1b11, project, BUNTAN_CYBER_TEXT_SHORT);
  g_assert_cmpstr (own, ==, "No 2026-11-05, target 2027-01-31");

  /* The hospital is not asked a vendor item, nor anyone a 対象外 one. */
  not_asked = buntan_cyber_item_dup_answer_text (p2a2, project, hospital, BUNTAN_CYBER_TEXT_SHORT);
  g_assert_null (not_asked);
  not_applicable = buntan_cyber_item_dup_answers_text (p1c2, project, BUNTAN_CYBER_TEXT_SHORT);
  g_assert_null (not_applicable);
}

static void
test_classify (void)
{
  g_assert_cmpint (buntan_cyber_answer_classify (BUNTAN_CHECK_RESULT_UNSET, NULL, NULL), ==,
                   BUNTAN_CYBER_ANSWER_UNANSWERED);
  g_assert_cmpint (buntan_cyber_answer_classify (BUNTAN_CHECK_RESULT_YES, NULL, NULL), ==,
                   BUNTAN_CYBER_ANSWER_YES);
  g_assert_cmpint (buntan_cyber_answer_classify (BUNTAN_CHECK_RESULT_NO, "2027-01-01", NULL), ==,
                   BUNTAN_CYBER_ANSWER_NO_WITH_TARGET);
  g_assert_cmpint (buntan_cyber_answer_classify (BUNTAN_CHECK_RESULT_NO, NULL, NULL), ==,
                   BUNTAN_CYBER_ANSWER_NO_WITHOUT_TARGET);
  g_assert_cmpint (buntan_cyber_answer_classify (BUNTAN_CHECK_RESULT_NO, NULL, "2026-12-01"), ==,
                   BUNTAN_CYBER_ANSWER_NO_COMPLETED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/cyber-summary/counts", test_counts);
  g_test_add_func ("/buntan/cyber-summary/counts-agree-with-gaps", test_counts_agree_with_gaps);
  g_test_add_func ("/buntan/cyber-summary/counts-follow-an-answer", test_counts_follow_an_answer);
  g_test_add_func ("/buntan/cyber-summary/answer-texts", test_answer_texts);
  g_test_add_func ("/buntan/cyber-summary/classify", test_classify);

  return g_test_run ();
}
