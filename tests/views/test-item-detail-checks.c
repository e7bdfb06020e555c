/* test-item-detail-checks.c — format 2 in the detail pane: 各事業者（個別）, △, the vendors' checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-date-entry.h"
#include "buntan-item-detail.h"
#include "views-test-util.h"

/* The choices end with 共同 and 各事業者（個別）, after every party. */
static void
test_owner_choices (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOwnerChoices) choices = buntan_owner_choices_new ();
  guint       n_parties = g_list_model_get_n_items (buntan_project_get_parties (project));
  const char *owner = NULL;

  buntan_owner_choices_set_project (choices, project);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (choices)), ==, n_parties + 3);
  g_assert_true (buntan_owner_choices_get_owner (choices, n_parties + 2, &owner));
  g_assert_cmpstr (owner, ==, BUNTAN_OWNER_EACH);
  g_assert_cmpuint (buntan_owner_choices_find (choices, BUNTAN_OWNER_EACH), ==, n_parties + 2);
  g_assert_true (buntan_owner_choices_get_owner (choices, n_parties + 1, &owner));
  g_assert_cmpstr (owner, ==, BUNTAN_OWNER_JOINT);
}

/* A vendor's heading row: its name, its 初回確認 as subtitle and dropdown. */
static GtkWidget *
find_expander (GtkWidget *detail, const char *party_id)
{
  GtkWidget *named = views_test_find_named (detail, party_id);

  return named != NULL && ADW_IS_ACTION_ROW (named) ? named : NULL;
}

static gboolean
expander_shown (gpointer data)
{
  GtkWidget **args = data;

  return find_expander (args[0], (const char *) args[1]) != NULL;
}

static void
test_checks (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("f2-items-valid.buntan");
  g_autoptr (BuntanOwnerChoices) choices = buntan_owner_choices_new ();
  BuntanHistory *history = buntan_project_get_history (project);
  BuntanItem    *item = buntan_project_find_item (project, "P2-A-1");
  GtkWindow     *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget     *detail = g_object_new (BUNTAN_TYPE_ITEM_DETAIL, NULL);
  GtkWidget     *v1, *drop_down, *row;
  gpointer       args[2];

  buntan_owner_choices_set_project (choices, project);
  buntan_item_detail_set_choices (BUNTAN_ITEM_DETAIL (detail), choices);
  buntan_item_detail_set_project (BUNTAN_ITEM_DETAIL (detail), project);
  buntan_item_detail_set_item (BUNTAN_ITEM_DETAIL (detail), item);
  gtk_window_set_child (window, detail);
  gtk_window_present (window);

  /* v1 leads and confirms; v2 is only △, so it has no row here. */
  v1 = find_expander (detail, "v1");
  g_assert_nonnull (v1);
  g_assert_null (find_expander (detail, "v2"));
  g_assert_null (find_expander (detail, "hospital"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (v1)), ==,
                   buntan_check_result_get_label (BUNTAN_CHECK_RESULT_NO));

  /* The dropdown edits v1's own check, as one step to undo. */
  drop_down = views_test_find_widget (v1, GTK_TYPE_DROP_DOWN, NULL);
  g_assert_nonnull (drop_down);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==,
                    BUNTAN_CHECK_RESULT_NO);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), BUNTAN_CHECK_RESULT_YES);
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (item, "v1")), ==,
                   BUNTAN_CHECK_RESULT_YES);
  g_assert_true (buntan_history_undo (history));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)), ==,
                    BUNTAN_CHECK_RESULT_NO);

  /* Its dates show in its date entries: the first is the date of the check. */
  row = views_test_find_named (detail, "v1:date");
  g_assert_nonnull (row);
  g_assert_cmpstr (buntan_date_entry_get_date (BUNTAN_DATE_ENTRY (row)), ==, "2026-11-01");
  row = views_test_find_named (detail, "v1:completed");
  g_assert_nonnull (row);
  g_assert_cmpstr (buntan_date_entry_get_date (BUNTAN_DATE_ENTRY (row)), ==, "2026-11-20");
  /* Typed into, the entry sets v1's own 目標日. */
  row = views_test_find_named (detail, "v1:target");
  buntan_date_entry_set_date (BUNTAN_DATE_ENTRY (row), "2027-02-01");
  g_assert_cmpstr (buntan_check_get_target (buntan_item_find_check (item, "v1")), ==, "2027-02-01");

  /* The texts of format 2 are rows of the agreement. */
  row = views_test_find_widget (detail, ADW_TYPE_ENTRY_ROW, "Official Item Number");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "(2)-A-1");
  gtk_editable_set_text (GTK_EDITABLE (row), "(2)-A-9");
  g_assert_cmpstr (buntan_item_get_official_ref (item), ==, "(2)-A-9");
  row = views_test_find_widget (detail, ADW_TYPE_ENTRY_ROW, "Agreed Terms");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "ログを1年間保管する");

  /* v2 made ○: it now confirms, and its kept check shows (はい). */
  buntan_item_set_participant (item, "v2", TRUE);
  args[0] = detail;
  args[1] = (gpointer) "v2";
  g_assert_true (views_test_wait_for (expander_shown, args));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_expander (detail, "v2"))), ==,
                   buntan_check_result_get_label (BUNTAN_CHECK_RESULT_YES));

  /* A Part 1 item has no vendors' checks. */
  buntan_item_detail_set_item (BUNTAN_ITEM_DETAIL (detail),
                               buntan_project_find_item (project, "P1-A-1"));
  g_assert_null (find_expander (detail, "v1"));

  gtk_window_destroy (window);
  views_test_spin (20);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/buntan/item-detail/owner-choices", test_owner_choices);
  g_test_add_func ("/buntan/item-detail/checks", test_checks);

  return g_test_run ();
}
