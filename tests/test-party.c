/* test-party.c — a party's short name (略称): stored, or derived from its name, unique
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

static void
test_short_name_drops_legal_forms (void)
{
  static const struct
  {
    const char *name;
    const char *short_name;
  } cases[] = {
    { "株式会社ひかりシステム", "ひかりシステム" },
    { "ひかりシステム株式会社", "ひかりシステム" },
    { "（株）ひかりシステム", "ひかりシステム" },
    { "(株)ひかりシステム", "ひかりシステム" },
    { "ひかりシステム(株)", "ひかりシステム" },
    { "有限会社 さくら電算", "さくら電算" },
    { "合同会社みどりラボ", "みどりラボ" },
    { "医療法人社団 青葉会 青葉病院", "青葉会 青葉病院" },
    { "医療法人財団白樺会", "白樺会" },
    { "医療法人若葉会", "若葉会" },
    { "社会医療法人　清風会", "清風会" },
    { "一般社団法人医療情報協会", "医療情報協会" },
    { "公益財団法人 健康財団", "健康財団" },
    { "独立行政法人国立病院機構", "国立病院機構" },
    { "地方独立行政法人 市立病院機構", "市立病院機構" },
    { "  Hikari Systems  ", "Hikari Systems" },
    { "市立中央病院", "市立中央病院" },
    /* A name that is only a legal form keeps it: better than nothing. */
    { "株式会社", "株式会社" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (BuntanParty) party =
        buntan_party_new ("v1", BUNTAN_PARTY_KIND_VENDOR, cases[i].name);

      g_assert_cmpstr (buntan_party_get_short_name (party), ==, cases[i].short_name);
    }
}

static void
count_notify_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_short_name_follows_renames (void)
{
  g_autoptr (BuntanParty) party =
    buntan_party_new ("v1", BUNTAN_PARTY_KIND_VENDOR, "株式会社ひかり");
  guint notified = 0;

  g_signal_connect (party, "notify::short-name", G_CALLBACK (count_notify_cb), &notified);

  buntan_party_set_name (party, "株式会社さくら");
  g_assert_cmpstr (buntan_party_get_short_name (party), ==, "さくら");
  /* "short-name" is the stored one: a rename is one change, not two, for the
   * history to undo. */
  g_assert_cmpuint (notified, ==, 0);

  /* A stored short name wins over the derived one, and survives renames. */
  buntan_party_set_short_name (party, "さくらSI");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (buntan_party_get_short_name (party), ==, "さくらSI");
  buntan_party_set_name (party, "株式会社もみじ");
  g_assert_cmpstr (buntan_party_get_short_name (party), ==, "さくらSI");
  buntan_party_set_short_name (party, "  ");
  g_assert_cmpstr (buntan_party_get_short_name (party), ==, "もみじ");
}

static GListStore *
make_parties (const char *const *names)
{
  GListStore *parties = g_list_store_new (BUNTAN_TYPE_PARTY);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("v%u", i + 1);
      g_autoptr (BuntanParty) party = buntan_party_new (id, BUNTAN_PARTY_KIND_VENDOR, names[i]);

      g_list_store_append (parties, party);
    }

  return parties;
}

static char *
unique_short_name_at (GListStore *parties, guint position)
{
  g_autoptr (BuntanParty) party = g_list_model_get_item (G_LIST_MODEL (parties), position);

  return buntan_party_dup_unique_short_name (party, G_LIST_MODEL (parties));
}

static void
test_short_name_unique (void)
{
  const char *names[] = { "株式会社ひかり", "ひかり株式会社", "有限会社ひかり",
                          "ひかり2",        "株式会社さくら", NULL };
  g_autoptr (GListStore) parties = make_parties (names);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *first = unique_short_name_at (parties, 0);
  g_autofree char *last = unique_short_name_at (parties, 4);
  g_autofree char *own_number = unique_short_name_at (parties, 3);

  /* The first keeps the plain short name; a short name alone stays as it is. */
  g_assert_cmpstr (first, ==, "ひかり");
  g_assert_cmpstr (last, ==, "さくら");
  g_assert_cmpstr (own_number, ==, "ひかり2");

  /* No two parties of the project read the same, even where a number is
   * some party's own name. */
  for (guint i = 0; names[i] != NULL; i++)
    {
      char *short_name = unique_short_name_at (parties, i);

      g_assert_cmpstr (short_name, !=, "");
      g_assert_true (g_str_has_prefix (short_name, "ひかり") || g_str_equal (short_name, "さくら"));
      g_assert_false (g_hash_table_contains (seen, short_name));
      g_hash_table_add (seen, short_name);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 5);
}

static void
test_short_name_unique_in_project (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  BuntanParty     *first = buntan_project_add_vendor (project, "株式会社ひかり");
  BuntanParty     *second = buntan_project_add_vendor (project, "ひかり株式会社");
  g_autofree char *first_short = NULL;
  g_autofree char *second_short = NULL;

  first_short = buntan_party_dup_unique_short_name (first, buntan_project_get_parties (project));
  second_short = buntan_party_dup_unique_short_name (second, buntan_project_get_parties (project));

  g_assert_cmpstr (first_short, ==, "ひかり");
  g_assert_cmpstr (second_short, ==, "ひかり2");
}

/* The vendors, in order, never the hospital; none in a new project. */
static void
test_dup_vendors (void)
{
  g_autoptr (BuntanProject) project = buntan_project_new ();
  g_autoptr (GPtrArray) none = buntan_project_dup_vendors (project);
  g_autoptr (GPtrArray) vendors = NULL;
  BuntanParty *first;
  BuntanParty *second;

  g_assert_cmpuint (none->len, ==, 0);
  first = buntan_project_add_vendor (project, "株式会社ひかり");
  second = buntan_project_add_vendor (project, "みなとネット");
  vendors = buntan_project_dup_vendors (project);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_parties (project)), ==, 3);
  g_assert_cmpuint (vendors->len, ==, 2);
  g_assert_true (g_ptr_array_index (vendors, 0) == first);
  g_assert_true (g_ptr_array_index (vendors, 1) == second);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/party/short-name/legal-forms", test_short_name_drops_legal_forms);
  g_test_add_func ("/buntan/party/short-name/renames", test_short_name_follows_renames);
  g_test_add_func ("/buntan/party/short-name/unique", test_short_name_unique);
  g_test_add_func ("/buntan/party/short-name/unique-in-project", test_short_name_unique_in_project);
  g_test_add_func ("/buntan/party/dup-vendors", test_dup_vendors);

  return g_test_run ();
}
