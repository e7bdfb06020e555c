/* test-overview.c — the project's derived state: one signal per burst, the counts, the gaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

static BuntanProject *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  return project;
}

static void
count_signal_cb (BuntanOverview *overview, guint *n_signals)
{
  (*n_signals)++;
}

static void
run_main_loop_until_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Four edits in a row are one burst: one "changed", and the figures are
 * right even before it, without a main loop (as the CLI reads them). */
static void
test_one_signal_per_burst (void)
{
  g_autoptr (BuntanProject) project = load_fixture ("counts-agree.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  BuntanItem *undecided = buntan_project_find_item (project, "P2-A-6");
  BuntanItem *open = buntan_project_find_item (project, "P1-A-2");
  guint       n_signals = 0;

  g_signal_connect (overview, "changed", G_CALLBACK (count_signal_cb), &n_signals);
  g_assert_cmpuint (buntan_overview_count_undecided (overview, 0), ==, 2);

  buntan_item_set_owner (undecided, "v1");
  buntan_item_set_status (undecided, BUNTAN_ITEM_STATUS_AGREED);
  buntan_item_set_owner (open, "v2");
  buntan_project_set_title (project, "新しい題");

  /* Synchronous reads bring it up to date... */
  g_assert_cmpuint (buntan_overview_count_undecided (overview, 0), ==, 0);
  g_assert_cmpuint (buntan_overview_count_status (overview, 2, BUNTAN_ITEM_STATUS_AGREED), ==, 3);
  g_assert_cmpuint (n_signals, ==, 0);

  /* ...and the signal comes once, after the burst. */
  run_main_loop_until_idle ();
  g_assert_cmpuint (n_signals, ==, 1);

  run_main_loop_until_idle ();
  g_assert_cmpuint (n_signals, ==, 1);

  buntan_item_set_owner (open, NULL);
  run_main_loop_until_idle ();
  g_assert_cmpuint (n_signals, ==, 2);
  g_assert_cmpuint (buntan_overview_count_undecided (overview, 1), ==, 1);

  g_signal_handlers_disconnect_by_data (overview, &n_signals);
}

/* The fixture, counted by hand (HACKING.md, "Counting rules"): an unnamed
 * hospital, 共同 with two, one and no sharing parties, 対象外 items with and
 * without an owner, and Part 1 items. */
static void
test_counts (void)
{
  g_autoptr (BuntanProject) project = load_fixture ("counts-agree.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  static const guint statuses[3][BUNTAN_N_ITEM_STATUSES] = {
    { 2, 3, 3, 2 }, /* both Parts: open, discussing, agreed, 対象外 */
    { 1, 1, 1, 0 },
    { 1, 2, 2, 2 },
  };
  /* [part][column][lead, support]; columns: hospital, v1, v2, v3 */
  static const guint marks[3][4][2] = {
    { { 2, 1 }, { 4, 1 }, { 1, 1 }, { 0, 0 } },
    { { 2, 0 }, { 1, 0 }, { 0, 0 }, { 0, 0 } },
    { { 0, 1 }, { 3, 1 }, { 1, 1 }, { 0, 0 } },
  };

  for (guint part = 0; part <= 2; part++)
    {
      guint total = 0;

      for (guint s = 0; s < BUNTAN_N_ITEM_STATUSES; s++)
        {
          g_assert_cmpuint (buntan_overview_count_status (overview, part, s), ==,
                            statuses[part][s]);
          total += statuses[part][s];
        }
      g_assert_cmpuint (buntan_overview_count_items (overview, part), ==, total);

      for (guint column = 0; column < 4; column++)
        {
          g_assert_cmpuint (buntan_overview_count_marks (overview, part, column, BUNTAN_MARK_LEAD),
                            ==, marks[part][column][0]);
          g_assert_cmpuint (buntan_overview_count_marks (overview, part, column,
                                                         BUNTAN_MARK_SUPPORT),
                            ==, marks[part][column][1]);
        }
    }

  /* 共同 with fewer than two parties is joint (and a gap), not undecided;
   * P2-A-4 (対象外, no owner) is not undecided either. */
  g_assert_cmpuint (buntan_overview_count_joint (overview, 0), ==, 3);
  g_assert_cmpuint (buntan_overview_count_joint (overview, 2), ==, 2);
  g_assert_cmpuint (buntan_overview_count_undecided (overview, 0), ==, 2);
  g_assert_cmpuint (buntan_overview_count_undecided (overview, 1), ==, 1);
  g_assert_cmpuint (buntan_overview_count_undecided (overview, 2), ==, 1);

  g_assert_cmpuint (buntan_overview_get_first_row (overview, 2), ==, 3);
  g_assert_cmpstr (buntan_item_get_id (
                     buntan_matrix_get_item (buntan_overview_get_matrix (overview),
                                             buntan_overview_get_first_row (overview, 2))),
                   ==, "P2-A-1");
}

static void
test_gaps (void)
{
  g_autoptr (BuntanProject) project = load_fixture ("counts-agree.buntan");
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  GPtrArray *gaps = buntan_overview_get_gaps (overview);
  static const struct
  {
    BuntanGapRule rule;
    const char   *subject;
  } expected[] = {
    { BUNTAN_GAP_RULE_JOINT_TOO_FEW, "P2-A-2" },
    { BUNTAN_GAP_RULE_JOINT_TOO_FEW, "P2-A-3" },
    { BUNTAN_GAP_RULE_NO_OWNER, "P2-A-6" },
    { BUNTAN_GAP_RULE_IDLE_VENDOR, "v3" },
  };

  g_assert_cmpuint (gaps->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (buntan_overview_count_gaps (overview, 0), ==, 4);
  g_assert_cmpuint (buntan_overview_count_gaps (overview, 1), ==, 0);
  g_assert_cmpuint (buntan_overview_count_gaps (overview, 2), ==, 3);
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap  *gap = g_ptr_array_index (gaps, i);
      const char *id = expected[i].rule == BUNTAN_GAP_RULE_IDLE_VENDOR
                         ? buntan_gap_get_party_id (gap)
                         : buntan_gap_get_item_id (gap);

      g_assert_cmpint (buntan_gap_get_rule (gap), ==, expected[i].rule);
      g_assert_cmpstr (id, ==, expected[i].subject);
    }
  g_assert_true (buntan_overview_item_has_gap (overview, "P2-A-2"));
  g_assert_false (buntan_overview_item_has_gap (overview, "P2-A-4"));
}

/* One function words every gap: the long form names the item, the short form
 * does not, the workbook's is Japanese whatever the locale (C here). */
static void
test_gap_wording (void)
{
  g_autoptr (BuntanGap) joint =
    buntan_gap_new (BUNTAN_GAP_RULE_JOINT_TOO_FEW, "P2-A-3", NULL, "項目 P2-A-3");
  g_autoptr (BuntanGap) idle =
    buntan_gap_new (BUNTAN_GAP_RULE_IDLE_VENDOR, NULL, "v3", "ベンダー三");
  g_autofree char *joint_long = buntan_gap_describe (joint, BUNTAN_GAP_TEXT_LONG);
  g_autofree char *joint_short = buntan_gap_describe (joint, BUNTAN_GAP_TEXT_SHORT);
  g_autofree char *joint_book = buntan_gap_describe (joint, BUNTAN_GAP_TEXT_WORKBOOK);
  g_autofree char *idle_short = buntan_gap_describe (idle, BUNTAN_GAP_TEXT_SHORT);

  g_assert_cmpstr (joint_long, ==,
                   "P2-A-3 項目 P2-A-3: shared (joint), but fewer than two parties share it");
  g_assert_cmpstr (buntan_gap_get_message (joint), ==, joint_long);
  g_assert_cmpstr (joint_short, ==, "Joint, but fewer than two parties share it");
  g_assert_cmpstr (joint_book, ==, "共同とされていますが、分担する当事者が2者未満です。");
  g_assert_nonnull (strstr (idle_short, "ベンダー三"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/overview/one-signal-per-burst", test_one_signal_per_burst);
  g_test_add_func ("/buntan/overview/counts", test_counts);
  g_test_add_func ("/buntan/overview/gaps", test_gaps);
  g_test_add_func ("/buntan/overview/gap-wording", test_gap_wording);

  return g_test_run ();
}
