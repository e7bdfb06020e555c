/* buntan-matrix-header.c — the matrix's column headers, as widgets of our own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GTK 4.8's column headers take neither a tooltip nor an accessible label,
 * so the matrix hides them and shows this row instead: one label a column,
 * each as wide as its column, moved with the list when it scrolls sideways.
 * Every column but one has a fixed width; that one (the item titles) takes
 * the rest of the list's width, as GtkColumnView gives it. */

#include "config.h"

#include "buntan-view-util.h"
#include "buntan-matrix-header.h"

struct _BuntanMatrixHeader
{
  GtkWidget parent_instance;

  GtkAdjustment *hadjustment;
  GPtrArray     *labels;  /* GtkLabel, one a column */
  GArray        *widths;  /* int, one a column: pixels or BUNTAN_MATRIX_HEADER_REST */
  GtkWidget     *scratch; /* a label never shown, to measure texts with */
  guint          follow_tick;
};

G_DEFINE_FINAL_TYPE (BuntanMatrixHeader, buntan_matrix_header, GTK_TYPE_WIDGET)

static GtkWidget *
create_label (const char *text)
{
  /* A label to assistive technologies: GTK 4.8 gives the column header
   * role no AT-SPI role (it reads as a filler). */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "xalign", 0.0f, "ellipsize",
                                   PANGO_ELLIPSIZE_END, "single-line-mode", TRUE, NULL);

  gtk_widget_add_css_class (label, "matrix-heading");
  return label;
}

static gboolean
follow_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  BuntanMatrixHeader *self = BUNTAN_MATRIX_HEADER (widget);

  self->follow_tick = 0;
  gtk_widget_queue_allocate (widget);
  return G_SOURCE_REMOVE;
}

/* The list sets its adjustment while it is being allocated, after this row
 * (which comes first): a new allocation asked for then would come too late
 * for this frame, so it is asked for at the start of the next. A scroll by
 * the user comes between frames and shows in the next one as well. */
static void
hadjustment_changed_cb (BuntanMatrixHeader *self, GtkAdjustment *adjustment)
{
  if (self->follow_tick == 0)
    self->follow_tick =
      gtk_widget_add_tick_callback (GTK_WIDGET (self), follow_tick_cb, NULL, NULL);
}

static void
buntan_matrix_header_measure (GtkWidget     *widget,
                              GtkOrientation orientation,
                              int            for_size,
                              int           *minimum,
                              int           *natural,
                              int           *minimum_baseline,
                              int           *natural_baseline)
{
  BuntanMatrixHeader *self = BUNTAN_MATRIX_HEADER (widget);

  *minimum = *natural = 0;
  for (guint i = 0; i < self->labels->len; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (g_ptr_array_index (self->labels, i), orientation, -1, &child_min,
                          &child_nat, NULL, NULL);
      /* Never wider than the list: the row is cut where the list is. */
      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
}

static void
buntan_matrix_header_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanMatrixHeader *self = BUNTAN_MATRIX_HEADER (widget);
  double upper = self->hadjustment != NULL ? gtk_adjustment_get_upper (self->hadjustment) : 0;
  int    x = self->hadjustment != NULL ? -(int) gtk_adjustment_get_value (self->hadjustment) : 0;
  int    content_width = upper > 0 ? (int) upper : width;
  int    fixed = 0;

  for (guint i = 0; i < self->widths->len; i++)
    if (g_array_index (self->widths, int, i) != BUNTAN_MATRIX_HEADER_REST)
      fixed += g_array_index (self->widths, int, i);

  for (guint i = 0; i < self->labels->len; i++)
    {
      int column_width = g_array_index (self->widths, int, i);

      if (column_width == BUNTAN_MATRIX_HEADER_REST)
        column_width = MAX (content_width - fixed, 0);
      gtk_widget_size_allocate (g_ptr_array_index (self->labels, i),
                                &(GtkAllocation){ x, 0, column_width, height }, -1);
      x += column_width;
    }
}

static void
buntan_matrix_header_dispose (GObject *object)
{
  BuntanMatrixHeader *self = (BuntanMatrixHeader *) object;

  buntan_matrix_header_set_hadjustment (self, NULL);
  if (self->follow_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->follow_tick);
      self->follow_tick = 0;
    }
  buntan_matrix_header_set_n_columns (self, 0);
  g_clear_object (&self->scratch);

  G_OBJECT_CLASS (buntan_matrix_header_parent_class)->dispose (object);
}

static void
buntan_matrix_header_finalize (GObject *object)
{
  BuntanMatrixHeader *self = (BuntanMatrixHeader *) object;

  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->widths, g_array_unref);

  G_OBJECT_CLASS (buntan_matrix_header_parent_class)->finalize (object);
}

static void
buntan_matrix_header_class_init (BuntanMatrixHeaderClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_matrix_header_dispose;
  object_class->finalize = buntan_matrix_header_finalize;
  widget_class->measure = buntan_matrix_header_measure;
  widget_class->size_allocate = buntan_matrix_header_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "matrixheader");
}

static void
buntan_matrix_header_init (BuntanMatrixHeader *self)
{
  self->labels = g_ptr_array_new ();
  self->widths = g_array_new (FALSE, FALSE, sizeof (int));
  self->scratch = g_object_ref_sink (create_label (NULL));
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
buntan_matrix_header_new (void)
{
  return g_object_new (BUNTAN_TYPE_MATRIX_HEADER, NULL);
}

/**
 * buntan_matrix_header_set_hadjustment:
 * @self: a matrix header
 * @hadjustment: (nullable): the list's horizontal adjustment
 *
 * The row moves with @hadjustment's value, and its columns span its upper
 * bound: the width of the list.
 */
void
buntan_matrix_header_set_hadjustment (BuntanMatrixHeader *self, GtkAdjustment *hadjustment)
{
  g_return_if_fail (BUNTAN_IS_MATRIX_HEADER (self));
  g_return_if_fail (hadjustment == NULL || GTK_IS_ADJUSTMENT (hadjustment));

  if (self->hadjustment == hadjustment)
    return;

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, hadjustment_changed_cb, self);
  g_set_object (&self->hadjustment, hadjustment);
  if (hadjustment != NULL)
    {
      g_signal_connect_swapped (hadjustment, "value-changed", G_CALLBACK (hadjustment_changed_cb),
                                self);
      g_signal_connect_swapped (hadjustment, "changed", G_CALLBACK (hadjustment_changed_cb), self);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * buntan_matrix_header_set_n_columns:
 * @self: a matrix header
 * @n_columns: how many columns the list has
 *
 * Adds or removes headers at the end; the ones kept stay the same widgets
 * (a screen reader keeps its place).
 */
void
buntan_matrix_header_set_n_columns (BuntanMatrixHeader *self, guint n_columns)
{
  const int unset = 0;

  g_return_if_fail (BUNTAN_IS_MATRIX_HEADER (self));

  while (self->labels->len > n_columns)
    {
      gtk_widget_unparent (g_ptr_array_steal_index (self->labels, self->labels->len - 1));
      g_array_set_size (self->widths, self->labels->len);
    }

  while (self->labels->len < n_columns)
    {
      GtkWidget *label = create_label (NULL);

      gtk_widget_set_parent (label, GTK_WIDGET (self));
      g_ptr_array_add (self->labels, label);
      g_array_append_val (self->widths, unset);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * buntan_matrix_header_set_column:
 * @self: a matrix header
 * @column: a column's position
 * @text: what the header shows, cut with “…” when it does not fit
 * @full_text: (nullable): the whole name, for the tooltip and screen readers
 * @width: the column's width in pixels, or %BUNTAN_MATRIX_HEADER_REST
 *
 * Returns: (transfer none): the header's label
 */
GtkLabel *
buntan_matrix_header_set_column (BuntanMatrixHeader *self,
                                 guint               column,
                                 const char         *text,
                                 const char         *full_text,
                                 int                 width)
{
  GtkWidget *label;

  g_return_val_if_fail (BUNTAN_IS_MATRIX_HEADER (self), NULL);
  g_return_val_if_fail (column < self->labels->len, NULL);

  label = g_ptr_array_index (self->labels, column);
  gtk_label_set_label (GTK_LABEL (label), text);
  buntan_view_set_tooltip (label, full_text);
  if (full_text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    full_text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (g_array_index (self->widths, int, column) != width)
    {
      g_array_index (self->widths, int, column) = width;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }

  return GTK_LABEL (label);
}

guint
buntan_matrix_header_get_n_columns (BuntanMatrixHeader *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX_HEADER (self), 0);

  return self->labels->len;
}

/**
 * buntan_matrix_header_get_label:
 * @self: a matrix header
 * @column: a column's position
 *
 * Returns: (transfer none): the column's header
 */
GtkLabel *
buntan_matrix_header_get_label (BuntanMatrixHeader *self, guint column)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX_HEADER (self), NULL);
  g_return_val_if_fail (column < self->labels->len, NULL);

  return g_ptr_array_index (self->labels, column);
}

/**
 * buntan_matrix_header_measure_text:
 * @self: a matrix header
 * @text: a text
 *
 * Returns: the width a header needs to show @text whole, in pixels: what
 *   a column sized by its content takes
 */
int
buntan_matrix_header_measure_text (BuntanMatrixHeader *self, const char *text)
{
  int natural;

  g_return_val_if_fail (BUNTAN_IS_MATRIX_HEADER (self), 0);

  gtk_label_set_label (GTK_LABEL (self->scratch), text);
  gtk_widget_measure (self->scratch, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}
