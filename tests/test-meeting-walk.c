/* test-meeting-walk.c — which items a meeting goes through, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

/* The walk's item ids joined by spaces: one string to compare. */
static char *
walk_ids (BuntanProject *project, const char *walk, BuntanMatrix *gaps)
{
  g_autoptr (GPtrArray) items = buntan_meeting_walk_items (project, walk, gaps);
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            buntan_item_get_id (g_ptr_array_index (items, i)));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_walk (BuntanProject *project, const char *walk, BuntanMatrix *gaps, const char *expected)
{
  g_autofree char *ids = walk_ids (project, walk, gaps);

  g_assert_cmpstr (ids, ==, expected);
}

static void
test_items (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) gaps = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);

  assert_walk (project, BUNTAN_MEETING_WALK_PART2, NULL,
               "P2-A-1 P2-A-2 P2-A-3 P2-A-4 P2-A-5 P2-A-6 P2-A-7");
  assert_walk (project, BUNTAN_MEETING_WALK_ALL, NULL,
               "P1-A-1 P1-A-2 P2-A-1 P2-A-2 P2-A-3 P2-A-4 P2-A-5 P2-A-6 P2-A-7");
  /* The gaps test-matrix.c knows, Part 1 first. */
  assert_walk (project, BUNTAN_MEETING_WALK_GAPS, gaps, "P1-A-1 P2-A-3 P2-A-4 P2-A-6 P2-A-7");
  /* Led (P2-A-1) or supported (the joint P2-A-2 and P2-A-3) by v1. */
  assert_walk (project, "vendor:v1", NULL, "P2-A-1 P2-A-2 P2-A-3");
  assert_walk (project, "vendor:v2", NULL, "P2-A-2 P2-A-6");
  /* A matrix given to a walk that is not about gaps changes nothing. */
  assert_walk (project, "vendor:v1", gaps, "P2-A-1 P2-A-2 P2-A-3");
  /* Not a walk: the default one. */
  assert_walk (project, "vendor:hospital", NULL,
               "P2-A-1 P2-A-2 P2-A-3 P2-A-4 P2-A-5 P2-A-6 P2-A-7");
}

/* The gaps walk reads the matrix it is given, and nothing newer: its items
 * stay while the meeting settles them. */
static void
test_gaps_given (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) before = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  g_autoptr (BuntanMatrix) after = NULL;

  buntan_item_set_owner (buntan_project_find_item (project, "P2-A-4"), "v2");
  after = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);

  assert_walk (project, BUNTAN_MEETING_WALK_GAPS, before, "P1-A-1 P2-A-3 P2-A-4 P2-A-6 P2-A-7");
  assert_walk (project, BUNTAN_MEETING_WALK_GAPS, after, "P1-A-1 P2-A-3 P2-A-6 P2-A-7");
}

static void
test_valid (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");

  g_assert_true (buntan_meeting_walk_is_valid (project, "part2"));
  g_assert_true (buntan_meeting_walk_is_valid (project, "all"));
  g_assert_true (buntan_meeting_walk_is_valid (project, "gaps"));
  g_assert_true (buntan_meeting_walk_is_valid (project, "vendor:v3"));
  g_assert_false (buntan_meeting_walk_is_valid (project, "vendor:hospital"));
  g_assert_false (buntan_meeting_walk_is_valid (project, "vendor:nobody"));
  g_assert_false (buntan_meeting_walk_is_valid (project, "Part2"));
  g_assert_false (buntan_meeting_walk_is_valid (project, NULL));
}

static void
test_list_and_next (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_auto (GStrv) walks = buntan_meeting_walk_list (project);
  const char *const expected[] = {
    "part2", "all", "gaps", "vendor:v1", "vendor:v2", "vendor:v3", NULL,
  };
  g_autofree char *after_gaps = buntan_meeting_walk_next (project, "gaps");
  g_autofree char *after_last = buntan_meeting_walk_next (project, "vendor:v3");
  g_autofree char *after_none = buntan_meeting_walk_next (project, NULL);

  g_assert_true (g_strv_equal ((const char *const *) walks, expected));
  g_assert_cmpstr (after_gaps, ==, "vendor:v1");
  g_assert_cmpstr (after_last, ==, "part2");
  g_assert_cmpstr (after_none, ==, "part2");
}

static void
test_labels (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autofree char *part2 = buntan_meeting_walk_dup_label (project, "part2");
  g_autofree char *gaps = buntan_meeting_walk_dup_label (project, "gaps");
  g_autofree char *vendor = buntan_meeting_walk_dup_label (project, "vendor:v2");

  g_assert_cmpstr (part2, ==, "Part 2");
  g_assert_cmpstr (gaps, ==, "Only the gaps");
  g_assert_cmpstr (vendor, ==, "Items of ベンダー二");
}

static void
assert_next_gap (GPtrArray     *items,
                 BuntanMatrix  *gaps,
                 BuntanProject *project,
                 const char    *from_id,
                 const char    *expected_id)
{
  BuntanItem *from = from_id != NULL ? buntan_project_find_item (project, from_id) : NULL;
  BuntanItem *gap = buntan_meeting_walk_find_gap (items, from, gaps);

  g_assert_cmpstr (gap != NULL ? buntan_item_get_id (gap) : NULL, ==, expected_id);
}

static void
test_find_gap (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) gaps = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  g_autoptr (GPtrArray) all = buntan_meeting_walk_items (project, BUNTAN_MEETING_WALK_ALL, NULL);
  g_autoptr (GPtrArray) vendor = buntan_meeting_walk_items (project, "vendor:v2", NULL);
  g_autoptr (GPtrArray) none = g_ptr_array_new ();

  /* From nothing or from outside the walk: the walk's first gap. */
  assert_next_gap (all, gaps, project, NULL, "P1-A-1");
  assert_next_gap (vendor, gaps, project, "P2-A-1", "P2-A-6");
  /* Forward, skipping items without gaps. */
  assert_next_gap (all, gaps, project, "P1-A-1", "P2-A-3");
  assert_next_gap (all, gaps, project, "P2-A-4", "P2-A-6");
  /* Round past the end. */
  assert_next_gap (all, gaps, project, "P2-A-7", "P1-A-1");
  /* The only gap of the walk is found again from itself. */
  assert_next_gap (vendor, gaps, project, "P2-A-6", "P2-A-6");
  assert_next_gap (none, gaps, project, NULL, NULL);
}

/* Once every gap is settled there is none to go to. */
static void
test_find_gap_settled (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (GPtrArray) all = buntan_meeting_walk_items (project, BUNTAN_MEETING_WALK_ALL, NULL);
  g_autoptr (BuntanMatrix) gaps = NULL;

  buntan_test_settle_matrix_gaps (project);
  gaps = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);

  assert_next_gap (all, gaps, project, "P2-A-1", NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/meeting-walk/items", test_items);
  g_test_add_func ("/buntan/meeting-walk/gaps-given", test_gaps_given);
  g_test_add_func ("/buntan/meeting-walk/valid", test_valid);
  g_test_add_func ("/buntan/meeting-walk/list-and-next", test_list_and_next);
  g_test_add_func ("/buntan/meeting-walk/labels", test_labels);
  g_test_add_func ("/buntan/meeting-walk/find-gap", test_find_gap);
  g_test_add_func ("/buntan/meeting-walk/find-gap-settled", test_find_gap_settled);

  return g_test_run ();
}
