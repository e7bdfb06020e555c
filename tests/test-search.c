/* test-search.c — finding items by their words, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

/* Whether @item holds @typed, as the Part page's filter asks it. */
static gboolean
item_matches (BuntanItem *item, const char *typed)
{
  g_autofree char *needle = buntan_search_fold (typed);

  return buntan_item_search_matches (item, needle);
}

static BuntanItem *
new_backup_item (void)
{
  BuntanItem *item = buntan_item_new ("P2-B-3", 2, "B", "3");

  buntan_item_set_title (item, "バックアップの取得");
  buntan_item_set_content (item, "SLA に復旧時間を定める");
  buntan_item_set_risk (item, "Ransomware");
  buntan_item_set_clause (item, "第12条");
  return item;
}

static void
test_fold (void)
{
  g_autofree char *full_width = buntan_search_fold ("ＳＬＡ");
  g_autofree char *half_width_kana = buntan_search_fold ("ﾊﾞｯｸｱｯﾌﾟ");
  g_autofree char *unset = buntan_search_fold (NULL);
  g_autofree char *not_utf8 = buntan_search_fold ("\xff\xfe");

  g_assert_cmpstr (full_width, ==, "sla");
  g_assert_cmpstr (half_width_kana, ==, "バックアップ");
  g_assert_cmpstr (unset, ==, "");
  g_assert_cmpstr (not_utf8, ==, "");
}

static void
test_every_text (void)
{
  g_autoptr (BuntanItem) item = new_backup_item ();

  buntan_item_set_recommended (item, "世代管理");
  buntan_item_set_note (item, "次回確認");

  g_assert_true (item_matches (item, "P2-B-3"));
  g_assert_true (item_matches (item, "b-3"));
  g_assert_true (item_matches (item, "バックアップ"));
  g_assert_true (item_matches (item, "復旧時間"));
  g_assert_true (item_matches (item, "ransom"));
  g_assert_true (item_matches (item, "世代"));
  g_assert_true (item_matches (item, "第１２条"));
  g_assert_true (item_matches (item, "次回"));
  g_assert_true (item_matches (item, ""));
  g_assert_false (item_matches (item, "ウイルス"));
  g_assert_false (item_matches (item, "B-4"));
}

/* What a person types matches what the item shows, whatever the width or
 * the case on either side. */
static void
test_width_and_case (void)
{
  g_autoptr (BuntanItem) item = new_backup_item ();

  g_assert_true (item_matches (item, "sla"));
  g_assert_true (item_matches (item, "ｓｌａ"));
  g_assert_true (item_matches (item, "ﾊﾞｯｸｱｯﾌﾟ"));
  g_assert_true (item_matches (item, "RANSOMWARE"));
  g_assert_true (item_matches (item, "12条"));
}

/* A search never runs from the end of one text into the next. */
static void
test_texts_apart (void)
{
  g_autoptr (BuntanItem) item = buntan_item_new ("P2-A-1", 2, "A", "1");

  buntan_item_set_title (item, "abc");
  buntan_item_set_content (item, "def");

  g_assert_true (item_matches (item, "abc"));
  g_assert_false (item_matches (item, "cd"));
  g_assert_false (item_matches (item, "abcdef"));
}

/* The folded words kept for speed follow every edit of a text. */
static void
test_follows_edits (void)
{
  BuntanItem *item = new_backup_item ();

  g_assert_true (item_matches (item, "バックアップ"));

  buntan_item_set_title (item, "ログの保存");
  g_assert_false (item_matches (item, "バックアップ"));
  g_assert_true (item_matches (item, "ログ"));

  buntan_item_set_note (item, "Firewall");
  g_assert_true (item_matches (item, "firewall"));
  buntan_item_set_note (item, NULL);
  g_assert_false (item_matches (item, "firewall"));

  /* Nothing outlives the item: no handler, no object data left behind. */
  g_assert_finalize_object (item);
}

/* A copy is searched by its own words. */
static void
test_copy (void)
{
  g_autoptr (BuntanItem) item = new_backup_item ();
  g_autoptr (BuntanItem) copy = NULL;

  g_assert_true (item_matches (item, "ransomware"));
  copy = buntan_item_copy (item);
  buntan_item_set_risk (copy, "停電");

  g_assert_true (item_matches (item, "ransomware"));
  g_assert_false (item_matches (copy, "ransomware"));
  g_assert_true (item_matches (copy, "停電"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/search/fold", test_fold);
  g_test_add_func ("/buntan/search/every-text", test_every_text);
  g_test_add_func ("/buntan/search/width-and-case", test_width_and_case);
  g_test_add_func ("/buntan/search/texts-apart", test_texts_apart);
  g_test_add_func ("/buntan/search/follows-edits", test_follows_edits);
  g_test_add_func ("/buntan/search/copy", test_copy);

  return g_test_run ();
}
