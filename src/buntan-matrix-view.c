/* buntan-matrix-view.c — a read-only preview of the responsibility matrix
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
#include "buntan-matrix-view.h"
#include "buntan-view-util.h"

G_DEFINE_FINAL_TYPE (BuntanMatrixView, buntan_matrix_view, BUNTAN_TYPE_OVERVIEW_VIEW)

enum
{
  PROP_0,
  PROP_INCLUDE_PART1,
  N_PROPS
};

enum
{
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The item of the list's row @row. */
static BuntanItem *
row_item (BuntanMatrixView *self, guint row)
{
  return buntan_matrix_get_item (self->matrix, self->first_row + row);
}

static void
update_rows (BuntanMatrixView *self)
{
  guint                n = self->n_rows;
  guint                old_n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint                prefix = 0;
  g_autofree gpointer *items = NULL;

  while (prefix < MIN (n, old_n))
    {
      g_autoptr (BuntanItem) shown = g_list_model_get_item (G_LIST_MODEL (self->rows), prefix);

      if (shown != row_item (self, prefix))
        break;
      prefix++;
    }

  /* Keep the rows (and the scroll position) when only their state changed. */
  if (prefix == n && prefix == old_n)
    return;

  /* Other rows from the first on (another project, Part 1 in or out): the
   * list starts again, emptied first so that it fills in batches
   * (buntan-batched-list.c), as 200 rows of 20 parties' cells took 200 ms
   * at once. */
  if (prefix == 0 && old_n > 0)
    {
      g_list_store_remove_all (self->rows);
      old_n = 0;
    }

  items = g_new (gpointer, n - prefix + 1);
  for (guint i = prefix; i < n; i++)
    items[i - prefix] = row_item (self, i);
  g_list_store_splice (self->rows, prefix, old_n - prefix, items, n - prefix);
}

static void
update_count (BuntanMatrixView *self)
{
  guint            n = self->n_rows;
  guint            gaps = 0;
  g_autofree char *items = NULL;
  g_autofree char *text = NULL;

  if (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)) != NULL)
    gaps =
      buntan_overview_count_gaps (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)),
                                  2) +
      (self->include_part1 ? buntan_overview_count_gaps (buntan_overview_view_get_overview (
                                                           BUNTAN_OVERVIEW_VIEW (self)),
                                                         1)
                           : 0);

  items = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
  /* Translators: the first %s is "N items"; %u counts the rows with a gap. */
  text = g_strdup_printf (ngettext ("%s, %u with a gap", "%s, %u with gaps", gaps), items, gaps);
  gtk_label_set_label (self->count_label, text);
}

static void
collect_gap_messages (BuntanMatrixView *self)
{
  GPtrArray *gaps = buntan_matrix_get_gaps (self->matrix);

  g_hash_table_remove_all (self->gap_messages);
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap  *gap = g_ptr_array_index (gaps, i);
      const char *item_id = buntan_gap_get_item_id (gap);

      if (item_id != NULL && !g_hash_table_contains (self->gap_messages, item_id))
        g_hash_table_insert (self->gap_messages, g_strdup (item_id),
                             g_strdup (buntan_gap_get_message (gap)));
    }
}

/* ◎, ○ and △ mean nothing where the columns show answers. */
static void
update_legend (BuntanMatrixView *self)
{
  if (self->marks_legend == NULL)
    self->marks_legend = g_strdup (gtk_label_get_label (self->legend_label));

  if (_buntan_matrix_view_is_cyber_checklist (self))
    gtk_label_set_label (self->legend_label,
                         _ ("Each vendor's column shows its answer: Yes, No with its target date, "
                            "or Not answered; the hospital's column its own answers on Part 1. "
                            "Highlighted rows still have a gap."));
  else
    gtk_label_set_label (self->legend_label, self->marks_legend);
}

static void
rebuild (BuntanMatrixView *self)
{
  GHashTableIter iter;
  gpointer       list_item;

  g_clear_object (&self->matrix);
  g_hash_table_remove_all (self->gap_messages);
  self->first_row = self->n_rows = 0;

  if (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)) != NULL)
    {
      guint first_part = self->include_part1 ? 1 : 2;

      self->matrix = g_object_ref (buntan_overview_get_matrix (
        buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self))));
      self->first_row = buntan_overview_get_first_row (buntan_overview_view_get_overview (
                                                         BUNTAN_OVERVIEW_VIEW (self)),
                                                       first_part);
      self->n_rows = buntan_matrix_get_n_rows (self->matrix) - self->first_row;
      collect_gap_messages (self);
      _buntan_matrix_view_update_party_columns (self);
    }
  else
    {
      _buntan_matrix_view_remove_party_columns (self);
    }
  _buntan_matrix_view_update_header (self);
  update_legend (self);

  update_rows (self);
  update_count (self);

  /* Rows that stayed are shown by cells already bound: bring them up to date. */
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    _buntan_matrix_view_update_cell (self, list_item);
}

/* Our header row goes above the list, in place of GTK's own. */
static void
add_header (BuntanMatrixView *self)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (self->column_view));
  GtkWidget *own_header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));

  g_assert (GTK_IS_SCROLLED_WINDOW (scroller));
  g_assert (own_header != NULL && g_str_equal (gtk_widget_get_css_name (own_header), "header"));
  gtk_widget_set_visible (own_header, FALSE);

  self->header = BUNTAN_MATRIX_HEADER (buntan_matrix_header_new ());
  buntan_matrix_header_set_hadjustment (self->header, gtk_scrolled_window_get_hadjustment (
                                                        GTK_SCROLLED_WINDOW (scroller)));
  gtk_widget_insert_before (GTK_WIDGET (self->header), gtk_widget_get_parent (scroller), scroller);
  _buntan_matrix_view_update_header (self);
}

static void
column_view_activate_cb (BuntanMatrixView *self, guint position, GtkColumnView *column_view)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_autoptr (BuntanItem) item = g_list_model_get_item (model, position);

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, buntan_item_get_id (item));
}

/* The rows changed since the version in force are marked while the check
 * is on; the set comes from the project's BuntanChangedSince, compared
 * once per burst of changes for every view. */
static void
update_changes (BuntanMatrixView *self)
{
  BuntanProject *project = buntan_overview_view_get_project (BUNTAN_OVERVIEW_VIEW (self));
  guint          version = project != NULL ? buntan_changed_since_get_default_version (project) : 0;
  g_autofree char *label = NULL;

  g_clear_pointer (&self->changed_items, g_hash_table_unref);
  self->changed_version = version;
  if (version > 0 && gtk_check_button_get_active (self->changes_check))
    self->changed_items =
      buntan_changed_since_dup_items (buntan_project_get_changed_since (project), version, NULL);

  label = version > 0 ? g_strdup_printf (_ ("Mark Changes Since Version %u"), version)
                      : g_strdup (_ ("Mark Changes"));
  gtk_check_button_set_label (self->changes_check, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->changes_check), version > 0);
  gtk_widget_set_tooltip_text (
    GTK_WIDGET (self->changes_check),
    version > 0 ? _ ("Mark the rows changed since the version in force")
                : _ ("No version is agreed yet: once one is, this marks what changed since"));
}

static void
changes_toggled_cb (BuntanMatrixView *self)
{
  update_changes (self);
  rebuild (self);
}

static void
buntan_matrix_view_update (BuntanOverviewView *view)
{
  update_changes (BUNTAN_MATRIX_VIEW (view));
  rebuild (BUNTAN_MATRIX_VIEW (view));
}

static void
buntan_matrix_view_dispose (GObject *object)
{
  BuntanMatrixView *self = (BuntanMatrixView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_MATRIX_VIEW);
  buntan_view_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->matrix);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (buntan_matrix_view_parent_class)->dispose (object);
}

static void
buntan_matrix_view_finalize (GObject *object)
{
  BuntanMatrixView *self = (BuntanMatrixView *) object;

  g_clear_pointer (&self->party_columns, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->gap_messages, g_hash_table_unref);
  g_clear_pointer (&self->marks_legend, g_free);
  g_clear_pointer (&self->changed_items, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_matrix_view_parent_class)->finalize (object);
}

static void
buntan_matrix_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanMatrixView *self = BUNTAN_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_PART1:
      g_value_set_boolean (value, self->include_part1);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_matrix_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BuntanMatrixView *self = BUNTAN_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_PART1:
      buntan_matrix_view_set_include_part1 (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_matrix_view_class_init (BuntanMatrixViewClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  BuntanOverviewViewClass *view_class = BUNTAN_OVERVIEW_VIEW_CLASS (klass);

  object_class->dispose = buntan_matrix_view_dispose;
  view_class->update = buntan_matrix_view_update;
  object_class->finalize = buntan_matrix_view_finalize;
  object_class->get_property = buntan_matrix_view_get_property;
  object_class->set_property = buntan_matrix_view_set_property;

  properties[PROP_INCLUDE_PART1] =
    g_param_spec_boolean ("include-part1", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-matrix-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, part1_check);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, count_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, legend_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, changes_check);
  gtk_widget_class_bind_template_callback (widget_class, changes_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "matrixview");
}

static void
buntan_matrix_view_init (BuntanMatrixView *self)
{
  g_autoptr (GtkSingleSelection) selection = NULL;
  g_autoptr (BuntanBatchedList) batched = NULL;

  self->rows = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->party_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_hash_table_new (NULL, NULL);
  self->gap_messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  buntan_view_ensure_style ();

  /* Every row's cells cost: even a short list grows in batches. */
  batched = buntan_batched_list_new (G_LIST_MODEL (self->rows), 0);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (batched)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  _buntan_matrix_view_add_fixed_columns (self);
  add_header (self);

  g_object_bind_property (self, "include-part1", self->part1_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_count (self);
  update_changes (self);
}

GtkWidget *
buntan_matrix_view_new (void)
{
  return g_object_new (BUNTAN_TYPE_MATRIX_VIEW, NULL);
}

/* The project and its overview are the base class's
 * (buntan-overview-view.c); these keep the names the window and the tests
 * know. */
BuntanProject *
buntan_matrix_view_get_project (BuntanMatrixView *self)
{
  return buntan_overview_view_get_project (BUNTAN_OVERVIEW_VIEW (self));
}

void
buntan_matrix_view_set_project (BuntanMatrixView *self, BuntanProject *project)
{
  buntan_overview_view_set_project (BUNTAN_OVERVIEW_VIEW (self), project);
}

void
buntan_matrix_view_set_overview (BuntanMatrixView *self, BuntanOverview *overview)
{
  buntan_overview_view_set_overview (BUNTAN_OVERVIEW_VIEW (self), overview);
}

gboolean
buntan_matrix_view_get_include_part1 (BuntanMatrixView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX_VIEW (self), FALSE);

  return self->include_part1;
}

void
buntan_matrix_view_set_include_part1 (BuntanMatrixView *self, gboolean include_part1)
{
  g_return_if_fail (BUNTAN_IS_MATRIX_VIEW (self));

  include_part1 = !!include_part1;
  if (self->include_part1 == include_part1)
    return;

  self->include_part1 = include_part1;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_PART1]);
}

/**
 * buntan_matrix_view_get_matrix:
 * @self: a matrix view
 *
 * Returns: (transfer none) (nullable): the matrix shown now
 */
BuntanMatrix *
buntan_matrix_view_get_matrix (BuntanMatrixView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX_VIEW (self), NULL);

  return self->matrix;
}
