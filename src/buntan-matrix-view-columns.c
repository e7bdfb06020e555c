/* buntan-matrix-view-columns.c — the matrix preview's columns: fixed and per party, and their widths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buntan-batched-list.h"
#include "buntan-core.h"
#include "buntan-matrix-header.h"
#include "buntan-matrix-view-private.h"
#include "buntan-view-util.h"


static GtkColumnViewColumn *
create_column (BuntanMatrixView *self, CellKind kind, const char *title, const char *party_id)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "cell-kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (factory), "party-id", g_strdup (party_id), g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (_buntan_matrix_view_cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (_buntan_matrix_view_cell_bind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (_buntan_matrix_view_cell_teardown_cb), self);

  return gtk_column_view_column_new (title, g_steal_pointer (&factory));
}

void
_buntan_matrix_view_add_fixed_columns (BuntanMatrixView *self)
{
  /* Translators: the column headers of the matrix: 項番, 項目, 状態. */
  g_autoptr (GtkColumnViewColumn) number = create_column (self, CELL_NUMBER, _ ("No."), NULL);
  g_autoptr (GtkColumnViewColumn) title = create_column (self, CELL_TITLE, _ ("Item"), NULL);
  g_autoptr (GtkColumnViewColumn) status = create_column (self, CELL_STATUS, _ ("Status"), NULL);

  gtk_column_view_column_set_expand (title, TRUE);
  gtk_column_view_column_set_resizable (title, TRUE);
  gtk_column_view_append_column (self->column_view, number);
  gtk_column_view_append_column (self->column_view, title);
  gtk_column_view_append_column (self->column_view, status);
}

static gboolean
party_columns_match (BuntanMatrixView *self)
{
  guint n = buntan_matrix_get_n_columns (self->matrix);

  if (n != self->party_columns->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (self->party_columns, i);
      GtkListItemFactory  *factory = gtk_column_view_column_get_factory (column);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (factory), "party-id"),
                     buntan_party_get_id (buntan_matrix_get_party (self->matrix, i))) != 0)
        return FALSE;
    }

  return TRUE;
}

void
_buntan_matrix_view_remove_party_columns (BuntanMatrixView *self)
{
  for (guint i = 0; i < self->party_columns->len; i++)
    gtk_column_view_remove_column (self->column_view, g_ptr_array_index (self->party_columns, i));
  g_ptr_array_set_size (self->party_columns, 0);
}

void
_buntan_matrix_view_update_party_columns (BuntanMatrixView *self)
{
  guint n = buntan_matrix_get_n_columns (self->matrix);

  if (!party_columns_match (self))
    {
      _buntan_matrix_view_remove_party_columns (self);

      for (guint i = 0; i < n; i++)
        {
          BuntanParty         *party = buntan_matrix_get_party (self->matrix, i);
          GtkColumnViewColumn *column =
            create_column (self, CELL_PARTY, NULL, buntan_party_get_id (party));

          /* After 項番 and 項目; its width follows its header (_buntan_matrix_view_update_header ()). */
          gtk_column_view_insert_column (self->column_view, 2 + i, column);
          g_ptr_array_add (self->party_columns, column);
        }
    }

  /* Names change without the columns changing. */
  for (guint i = 0; i < n; i++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->matrix, i);

      gtk_column_view_column_set_title (g_ptr_array_index (self->party_columns, i),
                                        buntan_view_party_label (buntan_party_get_name (party),
                                                                 buntan_party_get_kind (party)));
    }
}

/* The widest of the row numbers shown, as a header would need it. */
static int
measure_number_width (BuntanMatrixView *self)
{
  guint            n = self->matrix != NULL ? buntan_matrix_get_n_rows (self->matrix) : 0;
  g_autofree char *widest = NULL;
  glong            widest_length = 0;

  /* The digits are as wide as each other: the longest number is the widest. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number =
        _buntan_matrix_view_dup_item_number (self, buntan_matrix_get_item (self->matrix, i));
      glong length = g_utf8_strlen (number, -1);

      if (length > widest_length)
        {
          g_free (widest);
          widest = g_steal_pointer (&number);
          widest_length = length;
        }
    }

  return widest != NULL ? buntan_matrix_header_measure_text (self->header, widest) : 0;
}

/* A status cell shows the warning icon, the status and 担当未定 or 共同
 * (create_status_cell ()). */
static int
measure_status_width (BuntanMatrixView *self)
{
  int widest = 0;
  int undecided = MAX (buntan_matrix_header_measure_text (self->header, _ ("No owner yet")),
                       buntan_matrix_header_measure_text (self->header, _ ("Joint")));
  int padding = buntan_matrix_header_measure_text (self->header, "");

  for (guint status = 0; status < BUNTAN_N_ITEM_STATUSES; status++)
    widest =
      MAX (widest,
           buntan_matrix_header_measure_text (self->header, buntan_item_status_get_label (status)));

  /* Both texts were measured with a cell's padding: count it once. */
  return widest + undecided - padding + STATUS_ICON_SIZE + 2 * STATUS_CELL_SPACING;
}

static void
set_column_width (BuntanMatrixView *self, guint position, int width)
{
  g_autoptr (GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (self->column_view), position);

  if (gtk_column_view_column_get_fixed_width (column) != width)
    gtk_column_view_column_set_fixed_width (column, width);
}

/* The header row shows the parties' short names, the full names in
 * tooltips and to screen readers; every column but 項目 is as wide as its
 * content, and the header's labels as wide as their columns. */
void
_buntan_matrix_view_update_header (BuntanMatrixView *self)
{
  guint n_parties = self->party_columns->len;
  int   width;

  buntan_matrix_header_set_n_columns (self->header, 2 + n_parties + 1);

  width = MAX (buntan_matrix_header_measure_text (self->header, _ ("No.")),
               measure_number_width (self) + CELL_EXTRA_WIDTH);
  set_column_width (self, 0, width);
  buntan_matrix_header_set_column (self->header, 0, _ ("No."), NULL, width);
  buntan_matrix_header_set_column (self->header, 1, _ ("Item"), NULL, BUNTAN_MATRIX_HEADER_REST);

  for (guint i = 0; i < n_parties; i++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->matrix, i);
      const char  *full_name =
        buntan_view_party_label (buntan_party_get_name (party), buntan_party_get_kind (party));
      g_autofree char *short_name =
        buntan_party_dup_unique_short_name (party, buntan_project_get_parties (
                                                     buntan_overview_get_project (
                                                       buntan_overview_view_get_overview (
                                                         BUNTAN_OVERVIEW_VIEW (self)))));
      const char *shown = short_name != NULL && *short_name != '\0' ? short_name : full_name;

      width = buntan_matrix_header_measure_text (self->header, shown);
      /* An answer with its target date wraps at most once. */
      if (_buntan_matrix_view_is_cyber_checklist (self))
        width = MAX (width, buntan_matrix_header_measure_text (self->header, "2027-03-31") +
                              buntan_matrix_header_measure_text (self->header, _ ("No")));
      width = CLAMP (width, MIN_PARTY_COLUMN_WIDTH, MAX_PARTY_COLUMN_WIDTH);
      set_column_width (self, 2 + i, width);
      /* Over the marks, which sit in the middle. */
      gtk_label_set_xalign (buntan_matrix_header_set_column (self->header, 2 + i, shown, full_name,
                                                             width),
                            0.5);
    }

  width = MAX (buntan_matrix_header_measure_text (self->header, _ ("Status")),
               measure_status_width (self) + CELL_EXTRA_WIDTH);
  set_column_width (self, 2 + n_parties, width);
  gtk_label_set_xalign (buntan_matrix_header_set_column (self->header, 2 + n_parties, _ ("Status"),
                                                         NULL, width),
                        0);
}
