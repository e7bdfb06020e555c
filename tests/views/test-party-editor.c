/* test-party-editor.c — format 2's party members edited through the party editor's widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-contract-row.h"
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
  gtk_window_set_default_size (GTK_WINDOW (fixture->dialog), 1024, 768);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  views_test_spin (50);
  g_assert_finalize_object (fixture->project);
}

static GtkWidget *
find_row (GtkWidget *root, GType type, const char *title)
{
  GtkWidget *row = views_test_find_widget (root, type, title);

  if (row == NULL)
    g_error ("no row “%s”", title);
  return row;
}

/* Types a date as a user does: the model takes it when the entry is activated. */
static void
type_date (GtkWidget *root, const char *title, const char *date)
{
  GtkWidget   *row = find_row (root, ADW_TYPE_ACTION_ROW, title);
  GtkWidget   *entry = views_test_find_widget (row, BUNTAN_TYPE_DATE_ENTRY, NULL);
  GtkEditable *editable = GTK_EDITABLE (buntan_date_entry_get_entry (BUNTAN_DATE_ENTRY (entry)));

  gtk_editable_set_text (editable, date);
  g_signal_emit_by_name (gtk_editable_get_delegate (editable), "activate");
}

static GPtrArray *
contract_rows (Fixture *fixture)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *root = GTK_WIDGET (fixture->dialog);

  /* Depth first, in order: the first contract row, then the ones after it. */
  for (GtkWidget *row = views_test_find_widget (root, BUNTAN_TYPE_CONTRACT_ROW, NULL); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (BUNTAN_IS_CONTRACT_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

static void
test_vendor (Fixture *fixture, gconstpointer data)
{
  GtkWidget   *root = GTK_WIDGET (fixture->dialog);
  BuntanParty *vendor = buntan_project_find_party (fixture->project, "v1");
  GListModel  *contracts = buntan_party_get_contracts (vendor);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "edited.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget      *short_name_row, *short_name_entry, *button, *row;
  BuntanContract *added;
  JsonObject     *saved, *contract;
  const char     *systems[] = { "電子カルテ", "検査システム", "PACS", NULL };

  buntan_parties_dialog_select (fixture->dialog, "v1");

  /* The stored short name shows; emptied, the derived one is the placeholder. */
  buntan_party_set_short_name (vendor, "あおば");
  short_name_row = find_row (root, ADW_TYPE_ACTION_ROW, "Short name");
  short_name_entry = views_test_find_widget (short_name_row, GTK_TYPE_ENTRY, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (short_name_entry)), ==, "あおば");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (short_name_entry)), ==,
                   "あおば医療システム");
  gtk_editable_set_text (GTK_EDITABLE (short_name_entry), "");
  g_assert_cmpstr (buntan_party_get_stored_short_name (vendor), ==, "");
  g_assert_cmpstr (buntan_party_get_short_name (vendor), ==, "あおば医療システム");
  gtk_editable_set_text (GTK_EDITABLE (short_name_entry), "AOBA");
  g_assert_cmpstr (buntan_party_get_short_name (vendor), ==, "AOBA");
  /* A new name derives a new placeholder. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, "_Name")),
                         "あおばシステム株式会社");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (short_name_entry)), ==,
                   "あおばシステム");

  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, "_Address")),
                         "仙台市青葉区1-1");
  gtk_editable_set_text (GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, "_Representative")),
                         "代表取締役 青葉 一郎");
  g_assert_cmpstr (buntan_party_get_address (vendor), ==, "仙台市青葉区1-1");
  g_assert_cmpstr (buntan_party_get_representative (vendor), ==, "代表取締役 青葉 一郎");

  /* A vendor has no safety manager. */
  g_assert_null (views_test_find_widget (root, ADW_TYPE_ENTRY_ROW, "Safety manager’s na_me"));

  /* Adding a contract adds a row, opened to be filled in. */
  rows = contract_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  button = views_test_find_button (root, "Add _Contract");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 2);
  added = g_list_model_get_item (contracts, 1);
  g_object_unref (added); /* the vendor holds it */
  rows = contract_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 1);
  g_assert_true (buntan_contract_row_get_contract (BUNTAN_CONTRACT_ROW (row)) == added);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  adw_combo_row_set_selected (ADW_COMBO_ROW (
                                find_row (row, ADW_TYPE_COMBO_ROW, "Kind of contract")),
                              BUNTAN_CONTRACT_KIND_CLOUD);
  gtk_editable_set_text (GTK_EDITABLE (find_row (row, ADW_TYPE_ENTRY_ROW, "Contract title")),
                         "画像保管サービス利用契約");
  gtk_editable_set_text (GTK_EDITABLE (find_row (row, ADW_TYPE_ENTRY_ROW, "Contract number")),
                         "C-2027-01");
  type_date (row, "Signed on", "2027-03-01");
  type_date (row, "Starts on", "2027-04-01");
  type_date (row, "Ends on", "2030-03-31");
  type_date (row, "Renewal date", "2030-03-31");
  gtk_editable_set_text (GTK_EDITABLE (find_row (row, ADW_TYPE_ENTRY_ROW,
                                                 "Systems covered (separated by commas)")),
                         "電子カルテ、検査システム, PACS");
  g_assert_cmpint (buntan_contract_get_kind (added), ==, BUNTAN_CONTRACT_KIND_CLOUD);
  g_assert_cmpstr (buntan_contract_get_title (added), ==, "画像保管サービス利用契約");
  g_assert_cmpstr (buntan_contract_get_number (added), ==, "C-2027-01");
  g_assert_cmpstr (buntan_contract_get_signed (added), ==, "2027-03-01");
  g_assert_cmpstr (buntan_contract_get_start (added), ==, "2027-04-01");
  g_assert_cmpstr (buntan_contract_get_end (added), ==, "2030-03-31");
  g_assert_cmpstr (buntan_contract_get_renewal (added), ==, "2030-03-31");
  g_assert_true (g_strv_equal (buntan_contract_get_systems (added), systems));
  /* The folded row names the contract. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Cloud or SaaS use: 画像保管サービス利用契約");

  /* The form, a contract open, still fits a 1024×768 screen's width. */
  {
    int minimum = 0;

    gtk_widget_measure (root, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, <=, 1024);
  }

  /* Removing the first contract through its own button. */
  button = views_test_find_button (g_ptr_array_index (rows, 0), "_Remove Contract");
  g_assert_nonnull (button);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (contracts), ==, 1);
  g_assert_null (buntan_party_find_contract (vendor, "c1"));
  rows = contract_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 1);

  /* What the widgets set is what the file says. */
  g_assert_true (buntan_project_save (fixture->project, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  saved =
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (
                                                                   json_parser_get_root (parser)),
                                                                 "parties"),
                                   1);
  g_assert_cmpstr (json_object_get_string_member (saved, "short_name"), ==, "AOBA");
  g_assert_cmpstr (json_object_get_string_member (saved, "address"), ==, "仙台市青葉区1-1");
  g_assert_cmpstr (json_object_get_string_member (saved, "representative"), ==,
                   "代表取締役 青葉 一郎");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (saved, "contracts")), ==,
                    1);
  contract = json_array_get_object_element (json_object_get_array_member (saved, "contracts"), 0);
  g_assert_cmpstr (json_object_get_string_member (contract, "id"), ==, "c2");
  g_assert_cmpstr (json_object_get_string_member (contract, "kind"), ==, "cloud");
  g_assert_cmpstr (json_object_get_string_member (contract, "title"), ==,
                   "画像保管サービス利用契約");
  g_assert_cmpstr (json_object_get_string_member (contract, "end"), ==, "2030-03-31");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (contract,
                                                                                "systems"),
                                                  2),
                   ==, "PACS");

  /* Undo brings the removed contract back, and its row. */
  g_assert_true (buntan_history_undo (buntan_project_get_history (fixture->project)));
  g_assert_nonnull (buntan_party_find_contract (vendor, "c1"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = contract_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 2);

  buntan_test_remove_dir (dir);
}

static void
test_hospital (Fixture *fixture, gconstpointer data)
{
  GtkWidget   *root = GTK_WIDGET (fixture->dialog);
  BuntanParty *hospital = buntan_project_get_hospital (fixture->project);

  buntan_parties_dialog_select (fixture->dialog, buntan_party_get_id (hospital));

  /* The hospital has no contracts; it has the safety manager. */
  g_assert_false (gtk_widget_is_visible (views_test_find_button (root, "Add _Contract")));
  g_assert_cmpstr (gtk_editable_get_text (
                     GTK_EDITABLE (find_row (root, ADW_TYPE_ENTRY_ROW, "Safety manager’s na_me"))),
                   ==, "高橋 誠");
  gtk_editable_set_text (GTK_EDITABLE (
                           find_row (root, ADW_TYPE_ENTRY_ROW, "Safety manager’s na_me")),
                         "田中 実");
  gtk_editable_set_text (GTK_EDITABLE (
                           find_row (root, ADW_TYPE_ENTRY_ROW, "Safety manager’s _position")),
                         "副院長");
  type_date (root, "Safety manager appointed on", "2027-01-15");
  g_assert_cmpstr (buntan_party_get_safety_manager_name (hospital), ==, "田中 実");
  g_assert_cmpstr (buntan_party_get_safety_manager_title (hospital), ==, "副院長");
  g_assert_cmpstr (buntan_party_get_safety_manager_appointed (hospital), ==, "2027-01-15");
  g_assert_true (buntan_project_get_is_modified (fixture->project));
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add ("/buntan/party-editor/vendor", Fixture, NULL, fixture_set_up, test_vendor,
              fixture_tear_down);
  g_test_add ("/buntan/party-editor/hospital", Fixture, NULL, fixture_set_up, test_hospital,
              fixture_tear_down);

  return g_test_run ();
}
