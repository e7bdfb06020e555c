/* test-matrix-view-owner.c — the matrix says 未定 and 共同 where its marks cannot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 12, defect 6: an item set to 共同 with fewer than two sharing
 * parties showed 共同 in the list, 未定 in the workbook and nothing in the
 * matrix. The matrix's status cell now names it 共同 (and the row carries a
 * gap), as the list, the counts and the workbook do.
 */

#include "config.h"

#include "buntan-matrix-view.h"
#include "views-test-util.h"

#define STATUS_COLUMN 6 /* 項番, 項目, four parties, 状態 */

/* The status cell of the visible row whose 項番 reads @number. */
static GtkWidget *
find_status_cell (GtkWidget *widget, const char *number)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0 &&
      gtk_widget_get_first_child (widget) != NULL)
    {
      GtkWidget *cell = gtk_widget_get_first_child (widget);
      GtkWidget *label = gtk_widget_get_first_child (cell);

      if (!GTK_IS_LABEL (label) || g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), number) != 0)
        return NULL;
      for (guint i = 0; i < STATUS_COLUMN && cell != NULL; i++)
        cell = gtk_widget_get_next_sibling (cell);
      return cell != NULL ? gtk_widget_get_first_child (cell) : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_status_cell (child, number);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *view;
  const char *number;
} Row;

static gboolean
row_shown (gpointer data)
{
  Row *row = data;

  return find_status_cell (row->view, row->number) != NULL;
}

/* The note beside the status ("No owner yet", "Joint"), or NULL when hidden. */
static const char *
owner_note (GtkWidget *view, const char *number)
{
  Row        row = { view, number };
  GtkWidget *box, *note;

  g_assert_true (views_test_wait_for (row_shown, &row));
  box = find_status_cell (view, number);
  note = gtk_widget_get_last_child (box);
  g_assert_true (GTK_IS_LABEL (note));

  return gtk_widget_get_visible (note) ? gtk_label_get_label (GTK_LABEL (note)) : NULL;
}

static gboolean
a3_note_gone (gpointer view)
{
  return owner_note (view, "A-3") == NULL;
}

static void
test_owner_notes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "counts-agree.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = buntan_matrix_view_new ();

  g_assert_no_error (error);
  gtk_window_set_default_size (window, 1200, 800);
  gtk_window_set_child (window, view);
  buntan_matrix_view_set_project (BUNTAN_MATRIX_VIEW (view), project);
  gtk_window_present (window);

  /* 共同 shared by nobody and by one party: no or one mark, so the note. */
  g_assert_cmpstr (owner_note (view, "A-2"), ==, "Joint");
  g_assert_cmpstr (owner_note (view, "A-3"), ==, "Joint");
  /* Nobody owns it: 未定, but not for 対象外, as the counts say. */
  g_assert_cmpstr (owner_note (view, "A-6"), ==, "No owner yet");
  g_assert_null (owner_note (view, "A-4"));
  /* Owned: the marks say it all. */
  g_assert_null (owner_note (view, "A-1"));

  /* A second sharing party: a proper 共同, two marks, no note. */
  buntan_item_set_participant (buntan_project_find_item (project, "P2-A-3"), "v2", TRUE);
  g_assert_true (views_test_wait_for (a3_note_gone, view));

  gtk_window_destroy (window);
  views_test_spin (20);
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/buntan/matrix-view/owner-notes", test_owner_notes);

  return g_test_run ();
}
