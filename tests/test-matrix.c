/* test-matrix.c — the responsibility matrix and its gap checks, on known answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static guint
row_of (BuntanMatrix *matrix, const char *item_id)
{
  for (guint row = 0; row < buntan_matrix_get_n_rows (matrix); row++)
    if (g_strcmp0 (buntan_item_get_id (buntan_matrix_get_item (matrix, row)), item_id) == 0)
      return row;

  g_assert_not_reached ();
}

static guint
count_occurrences (const char *text, const char *word)
{
  guint n = 0;

  for (const char *at = strstr (text, word); at != NULL; at = strstr (at + strlen (word), word))
    n++;
  return n;
}

static void
test_marks (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_NONE);
  /* Columns: hospital, v1, v2, v3. */
  static const struct
  {
    const char *item;
    BuntanMark  marks[4];
  } expected[] = {
    { "P2-A-1", { BUNTAN_MARK_SUPPORT, BUNTAN_MARK_LEAD, BUNTAN_MARK_NONE, BUNTAN_MARK_NONE } },
    { "P2-A-2", { BUNTAN_MARK_NONE, BUNTAN_MARK_LEAD, BUNTAN_MARK_LEAD, BUNTAN_MARK_NONE } },
    { "P2-A-4", { BUNTAN_MARK_NONE, BUNTAN_MARK_NONE, BUNTAN_MARK_NONE, BUNTAN_MARK_NONE } },
    { "P2-A-6", { BUNTAN_MARK_NONE, BUNTAN_MARK_NONE, BUNTAN_MARK_LEAD, BUNTAN_MARK_NONE } },
  };

  g_assert_cmpuint (buntan_matrix_get_n_rows (matrix), ==, 7);
  g_assert_cmpuint (buntan_matrix_get_n_columns (matrix), ==, 4);
  g_assert_cmpstr (buntan_party_get_id (buntan_matrix_get_party (matrix, 0)), ==, "hospital");
  g_assert_cmpstr (buntan_party_get_id (buntan_matrix_get_party (matrix, 3)), ==, "v3");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    for (guint column = 0; column < 4; column++)
      g_assert_cmpint (buntan_matrix_get_mark (matrix, row_of (matrix, expected[i].item), column),
                       ==, expected[i].marks[column]);
}

static void
test_include_part1 (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);

  g_assert_cmpuint (buntan_matrix_get_n_rows (matrix), ==, 9);
  g_assert_cmpstr (buntan_item_get_id (buntan_matrix_get_item (matrix, 0)), ==, "P1-A-1");
}

static void
test_gaps (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_NONE);
  GPtrArray *gaps = buntan_matrix_get_gaps (matrix);
  static const struct
  {
    BuntanGapRule rule;
    const char   *item;
    const char   *party;
    const char   *words;
  } expected[] = {
    { BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER, "P1-A-1", NULL, "nobody is responsible" },
    { BUNTAN_GAP_RULE_JOINT_TOO_FEW, "P2-A-3", NULL, "fewer than two" },
    { BUNTAN_GAP_RULE_NO_OWNER, "P2-A-4", NULL, "nobody is responsible for it yet" },
    /* The version 1 file's item-level “No” became the owner's own. */
    { BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION, "P2-A-6", "v2",
      "ベンダー二 said “No” at the first check and the item is agreed, but that vendor has no "
      "completion date" },
    { BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER, "P2-A-7", NULL, "marked agreed" },
    { BUNTAN_GAP_RULE_IDLE_VENDOR, NULL, "v3", "ベンダー三 is responsible for nothing" },
  };

  g_assert_cmpuint (gaps->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap *gap = g_ptr_array_index (gaps, i);

      g_test_message ("%s", buntan_gap_get_message (gap));
      g_assert_cmpint (buntan_gap_get_rule (gap), ==, expected[i].rule);
      g_assert_cmpstr (buntan_gap_get_item_id (gap), ==, expected[i].item);
      g_assert_cmpstr (buntan_gap_get_party_id (gap), ==, expected[i].party);
      g_assert_nonnull (strstr (buntan_gap_get_message (gap), expected[i].words));
      if (expected[i].item != NULL)
        {
          g_assert_true (g_str_has_prefix (buntan_gap_get_message (gap), expected[i].item));
          g_assert_true (buntan_matrix_item_has_gap (matrix, expected[i].item));
        }
    }

  /* Each sentence names the vendor once, the short one too (the meeting's). */
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap       *gap = g_ptr_array_index (gaps, i);
      g_autofree char *brief = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_SHORT);
      g_autofree char *workbook = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_WORKBOOK);

      if (buntan_gap_get_rule (gap) != BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION)
        continue;
      g_assert_cmpuint (count_occurrences (buntan_gap_get_message (gap), "ベンダー二"), ==, 1);
      g_assert_cmpuint (count_occurrences (brief, "ベンダー二"), ==, 1);
      g_assert_nonnull (strstr (brief, "said “No” at the first check"));
      g_assert_cmpuint (count_occurrences (workbook, "ベンダー二"), ==, 1);
    }

  g_assert_false (buntan_matrix_item_has_gap (matrix, "P2-A-1"));
  g_assert_false (buntan_matrix_item_has_gap (matrix, "P2-A-5"));
  g_assert_cmpstr (buntan_gap_rule_to_string (BUNTAN_GAP_RULE_IDLE_VENDOR), ==, "idle-vendor");
}

/* Settling each gap makes it go away. */
static void
test_gaps_settled (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("matrix-gaps.buntan");
  g_autoptr (BuntanMatrix) matrix = NULL;

  buntan_test_settle_matrix_gaps (project);

  matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_NONE);
  g_assert_cmpuint (buntan_matrix_get_gaps (matrix)->len, ==, 0);
}

static void
test_sample_has_gaps (void)
{
  g_autofree char *path = buntan_test_sample_path ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, NULL);
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_NONE);

  /* The sample is a negotiation in progress: it shows what a gap looks like. */
  g_assert_cmpuint (buntan_matrix_get_gaps (matrix)->len, >, 0);
  g_assert_cmpuint (buntan_matrix_get_n_columns (matrix), ==, 4);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/matrix/marks", test_marks);
  g_test_add_func ("/buntan/matrix/include-part1", test_include_part1);
  g_test_add_func ("/buntan/matrix/gaps", test_gaps);
  g_test_add_func ("/buntan/matrix/gaps-settled", test_gaps_settled);
  g_test_add_func ("/buntan/matrix/sample-has-gaps", test_sample_has_gaps);

  return g_test_run ();
}
