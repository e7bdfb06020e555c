/* test-parties-dialog.c — editing, adding and removing parties through the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-date-entry.h"
#include "buntan-parties-dialog.h"
#include "views-test-util.h"

typedef struct
{
  BuntanProject       *project;
  BuntanPartiesDialog *dialog;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = views_test_load_sample ();
  fixture->dialog = BUNTAN_PARTIES_DIALOG (buntan_parties_dialog_new (NULL, fixture->project));
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  g_assert_false (buntan_project_get_is_modified (fixture->project));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  views_test_spin (50);
  g_assert_finalize_object (fixture->project);
}

static GListModel *
items_of (Fixture *fixture)
{
  return buntan_project_get_items (fixture->project);
}

static guint
count_owned (Fixture *fixture, const char *id)
{
  guint n = g_list_model_get_n_items (items_of (fixture)), owned = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items_of (fixture), i);

      if (g_strcmp0 (buntan_item_get_owner (item), id) == 0)
        owned++;
    }

  return owned;
}

static void
test_edit_name (Fixture *fixture, gconstpointer data)
{
  BuntanParty *v2 = buntan_project_find_party (fixture->project, "v2");
  GtkWidget   *name_row, *contract_row;

  buntan_parties_dialog_select (fixture->dialog, "v2");
  g_assert_true (buntan_parties_dialog_get_selected (fixture->dialog) == v2);

  name_row = views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_ENTRY_ROW, "_Name");
  g_assert_nonnull (name_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, buntan_party_get_name (v2));

  gtk_editable_set_text (GTK_EDITABLE (name_row), "株式会社ひかり");
  g_assert_cmpstr (buntan_party_get_name (v2), ==, "株式会社ひかり");
  g_assert_true (buntan_project_get_is_modified (fixture->project));

  /* The contract kind is bound too. */
  contract_row = views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_COMBO_ROW, NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (contract_row)), ==,
                    BUNTAN_CONTRACT_KIND_DEVELOPMENT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (contract_row), BUNTAN_CONTRACT_KIND_CLOUD);
  g_assert_cmpint (buntan_party_get_contract (v2), ==, BUNTAN_CONTRACT_KIND_CLOUD);

  /* Another party: the form follows it, and v2 keeps what was typed. */
  buntan_parties_dialog_select (fixture->dialog, "v3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==,
                   buntan_party_get_name (buntan_project_find_party (fixture->project, "v3")));
  g_assert_cmpstr (buntan_party_get_name (v2), ==, "株式会社ひかり");
}

static void
test_edit_dates (Fixture *fixture, gconstpointer data)
{
  BuntanParty *v3 = buntan_project_find_party (fixture->project, "v3");
  GtkWidget   *row, *date_entry, *entry;

  buntan_parties_dialog_select (fixture->dialog, "v3");
  row =
    views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_ACTION_ROW, "MDS/SDS received");
  g_assert_nonnull (row);
  date_entry = views_test_find_widget (row, BUNTAN_TYPE_DATE_ENTRY, NULL);
  g_assert_nonnull (date_entry);
  g_assert_null (buntan_date_entry_get_date (BUNTAN_DATE_ENTRY (date_entry)));

  entry = buntan_date_entry_get_entry (BUNTAN_DATE_ENTRY (date_entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-11-31");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  g_assert_null (buntan_party_get_mds_sds_received (v3));
  g_assert_false (buntan_project_get_is_modified (fixture->project));

  gtk_editable_set_text (GTK_EDITABLE (entry), "2026-11-30");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
  g_assert_cmpstr (buntan_party_get_mds_sds_received (v3), ==, "2026-11-30");
  g_assert_true (buntan_project_get_is_modified (fixture->project));
}

static void
test_hospital (Fixture *fixture, gconstpointer data)
{
  BuntanParty *hospital = buntan_project_get_hospital (fixture->project);
  GtkWidget   *contact_row;

  buntan_parties_dialog_select (fixture->dialog, buntan_party_get_id (hospital));
  g_assert_true (buntan_parties_dialog_get_selected (fixture->dialog) == hospital);

  /* No remove button, no vendor documents or contracts: only the safety
   * manager's date. */
  g_assert_null (
    views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_ACTION_ROW, "MDS/SDS received"));
  g_assert_null (views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_nonnull (views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_ACTION_ROW,
                                            "Safety manager appointed on"));

  contact_row =
    views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_ENTRY_ROW, "_Contact");
  gtk_editable_set_text (GTK_EDITABLE (contact_row), "内線 999");
  g_assert_cmpstr (buntan_party_get_contact (hospital), ==, "内線 999");

  /* Asking to remove it changes nothing (an error dialog says why). */
  g_assert_null (
    buntan_parties_dialog_ask_remove_vendor (fixture->dialog, buntan_party_get_id (hospital)));
  g_assert_true (buntan_project_get_hospital (fixture->project) == hospital);
}

static void
test_add_vendor (Fixture *fixture, gconstpointer data)
{
  GListModel  *parties = buntan_project_get_parties (fixture->project);
  guint        before = g_list_model_get_n_items (parties);
  BuntanParty *vendor;
  GtkWidget   *name_row;

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "parties.add-vendor", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, before + 1);
  g_assert_true (buntan_project_get_is_modified (fixture->project));

  vendor = buntan_parties_dialog_get_selected (fixture->dialog);
  g_assert_nonnull (vendor);
  g_assert_false (buntan_party_is_hospital (vendor));
  g_assert_cmpstr (buntan_party_get_id (vendor), ==, "v4");

  name_row = views_test_find_widget (GTK_WIDGET (fixture->dialog), ADW_TYPE_ENTRY_ROW, "_Name");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "新しい保守業者");
  g_assert_cmpstr (buntan_party_get_name (buntan_project_find_party (fixture->project, "v4")), ==,
                   "新しい保守業者");

  /* Named by no item: removed without a question. */
  g_assert_null (buntan_parties_dialog_ask_remove_vendor (fixture->dialog, "v4"));
  g_assert_null (buntan_project_find_party (fixture->project, "v4"));
  g_assert_cmpuint (g_list_model_get_n_items (parties), ==, before);
  g_assert_true (buntan_parties_dialog_get_selected (fixture->dialog) ==
                 buntan_project_get_hospital (fixture->project));
}

/* Finds the question buntan_parties_dialog_remove_vendor() presented. */
static AdwMessageDialog *
find_question (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (fixture->dialog) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_remove_undecided (Fixture *fixture, gconstpointer data)
{
  AdwMessageDialog *question;
  guint             v1_owned = count_owned (fixture, "v1");
  guint             undecided = count_owned (fixture, NULL);

  g_assert_cmpuint (v1_owned, >, 0);

  /* Through the form's button, as a user does. */
  buntan_parties_dialog_select (fixture->dialog, "v1");
  g_signal_emit_by_name (views_test_find_button (GTK_WIDGET (fixture->dialog), "_Remove Vendor…"),
                         "clicked");
  question = find_question (fixture);
  g_assert_nonnull (question);
  g_assert_true (adw_message_dialog_has_response (question, BUNTAN_PARTIES_RESPONSE_HAND_OVER));
  /* Nothing happens before the answer. */
  g_assert_nonnull (buntan_project_find_party (fixture->project, "v1"));

  adw_message_dialog_response (question, BUNTAN_PARTIES_RESPONSE_UNDECIDED);
  g_assert_null (buntan_project_find_party (fixture->project, "v1"));
  g_assert_cmpuint (count_owned (fixture, NULL), ==, undecided + v1_owned);
  g_assert_null (buntan_item_get_owner (buntan_project_find_item (fixture->project, "P2-C-2")));
  g_assert_cmpuint (buntan_project_count_party_items (fixture->project, "v1"), ==, 0);
  g_assert_true (buntan_project_get_is_modified (fixture->project));
}

static void
test_remove_hand_over (Fixture *fixture, gconstpointer data)
{
  AdwMessageDialog *question;
  GtkDropDown      *successor;
  GListModel       *names;
  guint             v1_owned = count_owned (fixture, "v1");
  guint             v3_owned = count_owned (fixture, "v3");
  guint             v3_position = G_MAXUINT;

  question = buntan_parties_dialog_ask_remove_vendor (fixture->dialog, "v1");
  g_assert_nonnull (question);
  successor = GTK_DROP_DOWN (adw_message_dialog_get_extra_child (question));
  g_assert_true (GTK_IS_DROP_DOWN (successor));

  /* Hospital first; the vendor being removed is not offered. */
  names = gtk_drop_down_get_model (successor);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==,
                   buntan_party_get_name (buntan_project_get_hospital (fixture->project)));
  for (guint i = 0; i < 3; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i),
                   buntan_party_get_name (buntan_project_find_party (fixture->project, "v3"))) == 0)
      v3_position = i;
  g_assert_cmpuint (v3_position, <, 3);

  gtk_drop_down_set_selected (successor, v3_position);
  adw_message_dialog_response (question, BUNTAN_PARTIES_RESPONSE_HAND_OVER);

  g_assert_null (buntan_project_find_party (fixture->project, "v1"));
  g_assert_cmpuint (count_owned (fixture, "v3"), ==, v3_owned + v1_owned);
  g_assert_cmpstr (buntan_item_get_owner (buntan_project_find_item (fixture->project, "P2-C-2")),
                   ==, "v3");
  g_assert_cmpstr (buntan_item_get_owner (buntan_project_find_item (fixture->project, "P2-A-11")),
                   ==, "v3");
}

static void
test_remove_cancel (Fixture *fixture, gconstpointer data)
{
  AdwMessageDialog *question;
  g_autofree char  *before =
    buntan_project_to_data (fixture->project, BUNTAN_SAVE_FLAGS_WITHOUT_TIMES, NULL);
  g_autofree char *after = NULL;

  question = buntan_parties_dialog_ask_remove_vendor (fixture->dialog, "v2");
  g_assert_nonnull (question);
  adw_message_dialog_response (question, BUNTAN_PARTIES_RESPONSE_CANCEL);
  views_test_spin (50);

  after = buntan_project_to_data (fixture->project, BUNTAN_SAVE_FLAGS_WITHOUT_TIMES, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (buntan_project_find_party (fixture->project, "v2"));
  g_assert_false (buntan_project_get_is_modified (fixture->project));
}

static void
test_remove_supporter (Fixture *fixture, gconstpointer data)
{
  AdwMessageDialog *question;
  BuntanItem       *item = buntan_project_find_item (fixture->project, "P2-A-2");
  BuntanParty      *vendor = buntan_project_add_vendor (fixture->project, "Supporter");
  g_autofree char  *id = g_strdup (buntan_party_get_id (vendor));

  /* Only supporting: nothing to hand over, but still asked. */
  buntan_item_set_participant (item, id, TRUE);
  question = buntan_parties_dialog_ask_remove_vendor (fixture->dialog, id);
  g_assert_nonnull (question);
  g_assert_false (adw_message_dialog_has_response (question, BUNTAN_PARTIES_RESPONSE_HAND_OVER));
  g_assert_null (adw_message_dialog_get_extra_child (question));

  adw_message_dialog_response (question, BUNTAN_PARTIES_RESPONSE_UNDECIDED);
  g_assert_null (buntan_project_find_party (fixture->project, id));
  g_assert_false (buntan_item_has_participant (item, id));
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "hospital");
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

#define ADD(path, func)                                                                            \
  g_test_add ("/buntan/parties-dialog/" path, Fixture, NULL, fixture_set_up, func,                 \
              fixture_tear_down)
  ADD ("edit-name", test_edit_name);
  ADD ("edit-dates", test_edit_dates);
  ADD ("hospital", test_hospital);
  ADD ("add-vendor", test_add_vendor);
  ADD ("remove/undecided", test_remove_undecided);
  ADD ("remove/hand-over", test_remove_hand_over);
  ADD ("remove/cancel", test_remove_cancel);
  ADD ("remove/supporter", test_remove_supporter);
#undef ADD

  return g_test_run ();
}
