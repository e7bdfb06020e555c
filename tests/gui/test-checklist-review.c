/* test-checklist-review.c — the review offered when a project opens, read as a person reads it,
 * and a checklist imported from New Project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample project was made with the default checklist 2024.06-1 and
 * Buntan bundles 2026.12-1 (P2-A-2 and P2-C-5 retired, with reasons).
 * gui_test_init() points XDG_DATA_HOME at a throw-away folder.
 */

#include "config.h"

#include <string.h>

#include "buntan-checklist-update-dialog.h"
#include "buntan-new-project-dialog.h"
#include "gui-window-util.h"

static BuntanApplication *application;

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* The labels under @root whose text starts with @prefix. */
static GPtrArray *
find_labels (gpointer root, const char *prefix)
{
  g_autoptr (GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_str_has_prefix (gtk_label_get_text (label), prefix) &&
          gtk_widget_get_mapped (GTK_WIDGET (label)))
        g_ptr_array_add (found, label);
    }

  return found;
}

static guint
count_active (GPtrArray *checks)
{
  guint n = 0;

  for (guint i = 0; i < checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (checks, i));
  return n;
}

static gboolean
has_toast (BuntanWindow *window)
{
  g_autoptr (GPtrArray) toasts =
    find_labels (window, "A newer version of this project's checklist is available: ");

  return toasts->len > 0;
}

static void
test_sample_review (void)
{
  BuntanWindow *window = gui_window_new_sized (application, 1024, 768);
  g_autoptr (BuntanTemplate) bundled = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autoptr (GPtrArray) checks = NULL;
  g_autoptr (GPtrArray) reasons = NULL;
  g_autoptr (GPtrArray) newer = NULL;
  g_autoptr (GPtrArray) raw = NULL;
  g_autoptr (GPtrArray) labelled = NULL;
  BuntanProject *project;
  GtkWindow     *dialog;

  /* Opening it offers the review in a toast, not a dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  GUI_TEST_WAIT ((project = buntan_window_get_project (window)) != NULL);
  GUI_TEST_WAIT (has_toast (window));
  g_assert_null (find_toplevel (BUNTAN_TYPE_CHECKLIST_UPDATE_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.checklist-update", NULL));
  GUI_TEST_WAIT ((dialog = find_toplevel (BUNTAN_TYPE_CHECKLIST_UPDATE_DIALOG)) != NULL);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  GUI_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, 768);

  /* The retired items say why, in the checklist's words. */
  reasons = find_labels (dialog, "Why: ");
  g_assert_cmpuint (reasons->len, ==, 2);
  for (guint i = 0; i < reasons->len; i++)
    {
      const char      *id = i == 0 ? "P2-A-2" : "P2-C-5";
      g_autofree char *expected =
        g_strdup_printf ("Why: %s", buntan_template_get_retired_reason (bundled, id));

      g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (reasons, i)), ==, expected);
    }

  /* Contract kinds as labels, never as the file's codes. */
  newer = find_labels (dialog, "Newer: ");
  raw = g_ptr_array_new ();
  labelled = g_ptr_array_new ();
  for (guint i = 0; i < newer->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (newer, i));

      if (strstr (text, "development") != NULL || strstr (text, "cloud") != NULL ||
          (strstr (text, "maintenance") != NULL &&
           strstr (text, "Operation and maintenance") == NULL))
        g_ptr_array_add (raw, (gpointer) text);
      if (strstr (text, "Operation and maintenance") != NULL ||
          strstr (text, "Development and installation") != NULL)
        g_ptr_array_add (labelled, (gpointer) text);
    }
  g_assert_cmpuint (labelled->len, >, 0);
  g_assert_cmpuint (raw->len, ==, 0);
  /* 2024.06-1 named no kinds: its items concerned every kind, not none. */
  g_ptr_array_unref (newer);
  newer = find_labels (dialog, "Now: All contract kinds");
  g_assert_cmpuint (newer->len, >, 0);

  /* Select none, then all. */
  checks = gui_test_find_all (dialog, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, >, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.select-none", NULL));
  g_assert_cmpuint (count_active (checks), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.select-all", NULL));
  g_assert_cmpuint (count_active (checks), ==, checks->len);

  /* Ctrl+Return applies them, wherever the focus is. */
  if (gui_test_keys_possible ())
    {
      gui_test_focus_window (dialog);
      gtk_widget_grab_focus (g_ptr_array_index (checks, 1));
      gui_test_send_keys ("ctrl+Return");
    }
  else
    {
      g_test_message ("no xdotool: Ctrl+Return not sent, the action applies");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.apply", NULL));
    }
  GUI_TEST_WAIT (dialog == NULL);
  g_assert_cmpstr (buntan_project_get_template_version (project), ==,
                   buntan_template_get_version (bundled));
  g_assert_cmpint (buntan_item_get_status (buntan_project_find_item (project, "P2-A-2")), ==,
                   BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  gui_window_destroy (window);
}

static AdwComboRow *
open_new_project (BuntanWindow *window, BuntanNewProjectDialog **dialog)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL));
  GUI_TEST_WAIT (
    (*dialog = (BuntanNewProjectDialog *) find_toplevel (BUNTAN_TYPE_NEW_PROJECT_DIALOG)) != NULL);
  return gui_test_find_visible (*dialog, ADW_TYPE_COMBO_ROW);
}

static void
test_import_from_new_project (void)
{
  BuntanWindow    *window = gui_window_new (application);
  g_autofree char *dir = gui_make_dir ();
  g_autofree char *csv_source = buntan_test_fixture_path ("checklist-own-utf8-bom.csv");
  g_autofree char *bad_source = buntan_test_fixture_path ("checklist-bad-part.csv");
  g_autofree char *csv_path = buntan_test_copy_file (csv_source, dir, "clinic-list.csv");
  g_autofree char *bad_path = buntan_test_copy_file (bad_source, dir, "clinic-bad.csv");
  g_autoptr (GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr (GError) error = NULL;
  BuntanNewProjectDialog *dialog;
  AdwComboRow            *row = open_new_project (window, &dialog);
  GListModel             *labels = adw_combo_row_get_model (row);
  guint                   n_before = g_list_model_get_n_items (labels);
  GtkWidget              *chooser;
  BuntanTemplate         *chosen;

  /* The button asks for a file. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (dialog), "new-project.import-checklist", NULL));
  GUI_TEST_WAIT ((chooser = gui_test_find_file_chooser ()) != NULL);
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  GUI_TEST_WAIT (chooser == NULL);

  /* A bad file: refused with its name and place, nothing offered. */
  g_assert_false (buntan_new_project_dialog_import (dialog, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "clinic-bad.csv"));
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_clear_error (&error);
  labels = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, n_before);

  /* A good one is offered and chosen. */
  g_assert_true (buntan_new_project_dialog_import (dialog, csv, &error));
  g_assert_no_error (error);
  labels = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, n_before + 1);
  chosen = buntan_new_project_dialog_get_checklist (dialog);
  g_assert_cmpstr (buntan_template_get_id (chosen), ==, "clinic-list");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels),
                                               adw_combo_row_get_selected (row)),
                   ==, "clinic-list, version 1 (installed)");

  /* Importing it again is refused: it is installed already. */
  g_assert_false (buntan_new_project_dialog_import (dialog, csv, &error));
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_EXISTS);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_window_destroy (window);
  gui_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

  g_test_add_func ("/buntan/checklist-review/sample", test_sample_review);
  g_test_add_func ("/buntan/checklist-review/import-from-new-project",
                   test_import_from_new_project);

  return g_test_run ();
}
