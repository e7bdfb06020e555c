/* test-export-dialog.c — the export dialog: internal workbook or appendices, draft or final
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-dialog.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;
static char              *sample_path;

static BuntanExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (BUNTAN_IS_EXPORT_DIALOG (window) && gtk_widget_get_visible (window))
        return BUNTAN_EXPORT_DIALOG (window);
    }

  return NULL;
}

static BuntanExportDialog *
open_export_dialog (BuntanWindow *window)
{
  BuntanExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  GUI_TEST_WAIT ((dialog = find_export_dialog ()) != NULL);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  return dialog;
}

static void
close_export_dialog (BuntanExportDialog *dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  GUI_TEST_WAIT (find_export_dialog () == NULL);
}

/* Every control can be reached and named: the rows carry their titles, the
 * switches names of their own. */
static void
test_fits_and_named (void)
{
  BuntanWindow       *window = gui_window_new (application);
  BuntanExportDialog *dialog;
  g_autoptr (GPtrArray) switches = NULL;
  int width, height;

  gui_window_open (window, sample_path);
  dialog = open_export_dialog (window);

  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL,
                      NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL,
                      NULL);
  g_assert_cmpint (width, <=, 1024);
  g_assert_cmpint (height, <=, 768);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  switches = gui_test_find_all (dialog, GTK_TYPE_SWITCH);
  g_assert_cmpuint (switches->len, ==, 4);
  for (guint i = 0; i < switches->len; i++)
    {
      GtkWidget *row =
        gtk_widget_get_ancestor (g_ptr_array_index (switches, i), ADW_TYPE_ACTION_ROW);

      g_assert_nonnull (row);
      g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) ==
                     g_ptr_array_index (switches, i));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), !=, "");
    }

  /* The internal workbook as a draft is always possible. */
  g_assert_true (buntan_export_dialog_can_export (dialog));
  g_assert_cmpstr (buntan_export_dialog_get_gaps_text (dialog), ==, "");

  close_export_dialog (dialog);
  gui_window_destroy (window);
}

/* Final with gaps: the gaps are listed, Export (and Enter) cannot export,
 * and the draft is offered instead. */
static void
test_final_with_gaps (void)
{
  BuntanWindow       *window = gui_window_new (application);
  BuntanProject      *project;
  BuntanExportDialog *dialog;
  BuntanExportOptions options;
  g_autoptr (GPtrArray) gaps = NULL;
  GtkWidget  *draft_button;
  const char *listed;

  project = gui_window_open (window, sample_path);
  dialog = open_export_dialog (window);

  buntan_export_dialog_select (dialog, "v1", FALSE, TRUE);
  buntan_export_dialog_get_options (dialog, &options);
  g_assert_cmpstr (options.vendor_id, ==, "v1");
  g_assert_true (options.flags & BUNTAN_EXPORT_FLAGS_FINAL);
  gaps = buntan_export_dup_gaps (project, &options);
  g_assert_cmpuint (gaps->len, >, 0);

  listed = buntan_export_dialog_get_gaps_text (dialog);
  for (guint i = 0; i < gaps->len; i++)
    g_assert_nonnull (strstr (listed, buntan_gap_get_message (g_ptr_array_index (gaps, i))));
  g_assert_false (buntan_export_dialog_can_export (dialog));

  /* Enter: nothing is asked for or written. */
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  gui_test_spin (100);
  g_assert_null (gui_test_find_file_chooser ());
  g_assert_false (window->exporting);

  /* Every vendor's appendices as final: each vendor's gaps, by vendor. */
  buntan_export_dialog_select (dialog, NULL, TRUE, TRUE);
  g_assert_true (buntan_export_dialog_get_all_vendors (dialog));
  g_assert_nonnull (strstr (buntan_export_dialog_get_gaps_text (dialog), "株式会社"));
  g_assert_false (buntan_export_dialog_can_export (dialog));

  /* Export as Draft: final is off, the dialog closes and a folder is asked for. */
  {
    g_autoptr (GPtrArray) buttons = gui_test_find_all (dialog, GTK_TYPE_BUTTON);

    draft_button = NULL;
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Export as _Draft…") ==
          0)
        draft_button = g_ptr_array_index (buttons, i);
  }
  g_assert_nonnull (draft_button);
  g_assert_true (gtk_widget_get_mapped (draft_button));
  g_signal_emit_by_name (draft_button, "clicked");
  GUI_TEST_WAIT (find_export_dialog () == NULL);
  GUI_TEST_WAIT (gui_test_find_file_chooser () != NULL);
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (gui_test_find_file_chooser ())),
                   ==, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  gtk_window_close (GTK_WINDOW (gui_test_find_file_chooser ()));
  GUI_TEST_WAIT (gui_test_find_file_chooser () == NULL);
  gui_test_spin (50);
  g_assert_false (window->exporting);

  gui_window_destroy (window);
}

/* What the dialog chose is what the window writes, on its worker thread:
 * every vendor's appendix into the folder, named after the short names. */
static void
test_export_every_vendor (void)
{
  g_autofree char *dir = gui_make_dir ();
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  BuntanWindow       *window = gui_window_new (application);
  BuntanProject      *project = gui_window_open (window, sample_path);
  GListModel         *parties = buntan_project_get_parties (project);
  BuntanExportDialog *dialog = open_export_dialog (window);
  BuntanExportOptions options;
  guint               n_vendors = 0;

  buntan_export_dialog_select (dialog, NULL, TRUE, FALSE);
  g_assert_true (buntan_export_dialog_can_export (dialog));
  buntan_export_dialog_get_options (dialog, &options);
  g_assert_false (options.flags & BUNTAN_EXPORT_FLAGS_FINAL);
  _buntan_window_export_with_options (window, folder, &options,
                                      buntan_export_dialog_get_all_vendors (dialog));
  close_export_dialog (dialog);
  EXPORT_WAIT (!window->exporting);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (buntan_party_is_hospital (party))
        continue;
      name = buntan_export_dup_appendix_file_name (project, party);
      path = g_build_filename (dir, name, NULL);
      g_assert_true (buntan_test_is_workbook (path));
      n_vendors++;
    }
  g_assert_cmpuint (n_vendors, ==, 3);

  gui_window_destroy (window);
  gui_remove_dir (dir);
}

/* A vendor with two contracts: the dialog offers each, the options carry
 * the one chosen, and the gaps listed are those of its rows only; the 和暦
 * switch sets its flag. */
static void
test_contract_and_wareki (void)
{
  BuntanWindow       *window = gui_window_new (application);
  BuntanProject      *project = gui_window_open (window, sample_path);
  BuntanParty        *vendor = buntan_project_find_party (project, "v1");
  BuntanContract     *added = buntan_party_add_contract (vendor, BUNTAN_CONTRACT_KIND_CLOUD);
  BuntanExportDialog *dialog;
  BuntanExportOptions options;
  GtkWidget          *contract_row;
  g_autoptr (GPtrArray) combos = NULL;

  buntan_contract_set_title (added, "クラウド利用契約");
  dialog = open_export_dialog (window);
  combos = gui_test_find_all (dialog, ADW_TYPE_COMBO_ROW);
  contract_row = NULL;
  for (guint i = 0; i < combos->len; i++)
    if (g_str_equal (adw_preferences_row_get_title (g_ptr_array_index (combos, i)), "Con_tract"))
      contract_row = g_ptr_array_index (combos, i);
  g_assert_nonnull (contract_row);

  /* The internal workbook, and a vendor with one contract, have no choice. */
  g_assert_false (gtk_widget_get_visible (contract_row));
  buntan_export_dialog_select (dialog, "v3", FALSE, FALSE);
  g_assert_false (gtk_widget_get_visible (contract_row));
  g_assert_false (buntan_export_dialog_select_contract (dialog, "c1"));

  buntan_export_dialog_select (dialog, "v1", FALSE, TRUE);
  g_assert_true (gtk_widget_get_visible (contract_row));
  g_assert_cmpuint (g_list_model_get_n_items (
                      adw_combo_row_get_model (ADW_COMBO_ROW (contract_row))),
                    ==, 3);
  buntan_export_dialog_get_options (dialog, &options);
  g_assert_null (options.contract_id);

  g_assert_true (buntan_export_dialog_select_contract (dialog, buntan_contract_get_id (added)));
  buntan_export_dialog_get_options (dialog, &options);
  g_assert_cmpstr (options.vendor_id, ==, "v1");
  g_assert_cmpstr (options.contract_id, ==, buntan_contract_get_id (added));
  g_assert_false (options.flags & BUNTAN_EXPORT_FLAGS_WAREKI);
  {
    g_autoptr (GPtrArray) gaps = buntan_export_dup_gaps (project, &options);
    const char *listed = buntan_export_dialog_get_gaps_text (dialog);

    for (guint i = 0; i < gaps->len && i < 8; i++)
      g_assert_nonnull (strstr (listed, buntan_gap_get_message (g_ptr_array_index (gaps, i))));
    if (gaps->len == 0)
      g_assert_cmpstr (listed, ==, "");
  }

  {
    g_autoptr (GPtrArray) switches = gui_test_find_all (dialog, GTK_TYPE_SWITCH);
    GtkSwitch *wareki = NULL;

    for (guint i = 0; i < switches->len; i++)
      {
        GtkWidget *row =
          gtk_widget_get_ancestor (g_ptr_array_index (switches, i), ADW_TYPE_ACTION_ROW);

        if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "era") != NULL)
          wareki = g_ptr_array_index (switches, i);
      }
    g_assert_nonnull (wareki);
    gtk_switch_set_active (wareki, TRUE);
  }
  buntan_export_dialog_get_options (dialog, &options);
  g_assert_true (options.flags & BUNTAN_EXPORT_FLAGS_WAREKI);

  /* Back to the internal workbook: no contract is carried over. */
  buntan_export_dialog_select (dialog, NULL, FALSE, FALSE);
  buntan_export_dialog_get_options (dialog, &options);
  g_assert_null (options.contract_id);
  g_assert_false (gtk_widget_get_visible (contract_row));

  close_export_dialog (dialog);
  gui_window_destroy (window);
}

int
main (int argc, char *argv[])
{
  int status;

  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  sample_path = buntan_test_sample_path ();

  g_test_add_func ("/buntan/window/export-dialog/fits-and-named", test_fits_and_named);
  g_test_add_func ("/buntan/window/export-dialog/final-with-gaps", test_final_with_gaps);
  g_test_add_func ("/buntan/window/export-dialog/every-vendor", test_export_every_vendor);
  g_test_add_func ("/buntan/window/export-dialog/contract-and-wareki", test_contract_and_wareki);

  status = g_test_run ();

  g_clear_pointer (&sample_path, g_free);
  g_clear_object (&application);
  return status;
}
