/* buntan-document-draw.c — drawing a document's pages with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-document-private.h"

static void
draw_text (cairo_t        *cr,
           BuntanDocument *self,
           const char     *font,
           const char     *text,
           double          x,
           double          y,
           double          width,
           gboolean        centered)
{
  g_autoptr (PangoLayout) layout =
    _buntan_document_make_layout (self->context, font, text, width, centered);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_cells (BuntanDocument *self,
            cairo_t        *cr,
            const Table    *table,
            char          **cells,
            double          y,
            double          height,
            gboolean        head,
            gboolean        greyed)
{
  double x = MARGIN;
  guint  n_cells = cells != NULL ? g_strv_length (cells) : 0;

  for (guint i = 0; i < table->columns->len; i++)
    {
      const Column *column = &g_array_index (table->columns, Column, i);
      const char   *text = i < n_cells ? cells[i] : "";
      gboolean      label = table->key_values && i == 0;

      if (head || label)
        {
          cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
          cairo_rectangle (cr, x, y, column->width, height);
          cairo_fill (cr);
        }

      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x, y, column->width, height);
      cairo_stroke (cr);

      if (greyed)
        cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      {
        g_autoptr (PangoLayout) layout =
          _buntan_document_make_cell_layout (self->context, head || label ? FONT_BOLD : FONT_BODY,
                                             text, column->width - 2 * CELL_PADDING,
                                             head ? self->max_head_height : self->max_cell_height,
                                             column->centered || head);

        cairo_move_to (cr, x + CELL_PADDING, y + CELL_PADDING);
        pango_cairo_show_layout (cr, layout);
      }
      x += column->width;
    }
}

static void
draw_section (BuntanDocument *self,
              cairo_t        *cr,
              const char     *text,
              double          y,
              double          height,
              double          width)
{
  cairo_set_source_rgb (cr, 0.94, 0.94, 0.94);
  cairo_rectangle (cr, MARGIN, y, width, height);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_text (cr, self, FONT_BOLD, text, MARGIN + CELL_PADDING, y + CELL_PADDING,
             width - 2 * CELL_PADDING, FALSE);
}

static void
draw_unit (BuntanDocument *self, cairo_t *cr, const Unit *unit, double width)
{
  double y = unit->y;

  if (unit->head_before)
    {
      g_autofree char **heads = g_new0 (char *, unit->table->columns->len + 1);

      for (guint i = 0; i < unit->table->columns->len; i++)
        heads[i] = g_array_index (unit->table->columns, Column, i).title;
      draw_cells (self, cr, unit->table, heads, y, unit->table->head_height, TRUE, FALSE);
      y += unit->table->head_height;
    }

  if (unit->section_before)
    {
      g_autofree char *continued = g_strconcat (unit->section->texts[0], "（続き）", NULL);

      draw_section (self, cr, continued, y, unit->section->height, width);
      y += unit->section->height;
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  switch (unit->kind)
    {
    case UNIT_TITLE:
      draw_text (cr, self, FONT_TITLE, unit->texts[0], MARGIN, y, width, FALSE);
      if (unit->texts[1] != NULL)
        draw_text (cr, self, FONT_SUBTITLE, unit->texts[1], MARGIN,
                   y + 4 +
                     _buntan_document_measure (self->context, FONT_TITLE, unit->texts[0], width),
                   width, FALSE);
      break;
    case UNIT_HEADING:
      draw_text (cr, self, FONT_HEADING, unit->texts[0], MARGIN, y, width, FALSE);
      break;
    case UNIT_PARAGRAPH:
      draw_text (cr, self, FONT_BODY, unit->texts[0], MARGIN, y, width, FALSE);
      break;
    case UNIT_ROW:
      draw_cells (self, cr, unit->table, unit->texts, y, unit->height, FALSE,
                  (unit->flags & BUNTAN_DOCUMENT_ROW_GREYED) != 0);
      break;
    case UNIT_SECTION:
      draw_section (self, cr, unit->texts[0], y, unit->height, width);
      break;
    case UNIT_PAGE_BREAK:
    default:
      break;
    }
}

/* The page mark in a red box in the top margin, right-aligned. */
static void
draw_page_mark (BuntanDocument *self, cairo_t *cr)
{
  g_autoptr (PangoLayout) layout =
    _buntan_document_make_layout (self->context, FONT_MARK, self->page_mark, 0, FALSE);
  int    width, height;
  double x, y;

  pango_layout_get_size (layout, &width, &height);
  x = self->width - MARGIN - (double) width / PANGO_SCALE - 2 * MARK_PADDING;
  y = (MARGIN - (double) height / PANGO_SCALE - 2 * MARK_PADDING) / 2;
  cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, x, y, (double) width / PANGO_SCALE + 2 * MARK_PADDING,
                   (double) height / PANGO_SCALE + 2 * MARK_PADDING);
  cairo_stroke (cr);
  cairo_move_to (cr, x + MARK_PADDING, y + MARK_PADDING);
  pango_cairo_show_layout (cr, layout);
}

/**
 * buntan_document_draw_page:
 * @self: a paginated document
 * @cr: a cairo context in points, its origin at the page's top left corner
 * @page: the page's index, from 0
 *
 * Draws one page: its units, a table's head where it continues, and the
 * footer with "n / N".
 */
void
buntan_document_draw_page (BuntanDocument *self, cairo_t *cr, guint page)
{
  const Page      *bounds;
  double           text_width;
  double           footer_y;
  g_autofree char *numbers = NULL;
  g_autoptr (PangoLayout) number_layout = NULL;
  int number_width;

  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));
  g_return_if_fail (self->context != NULL);
  g_return_if_fail (page < self->pages->len);

  bounds = &g_array_index (self->pages, Page, page);
  text_width = self->width - 2 * MARGIN;

  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);

  for (guint i = bounds->first_unit; i < bounds->end_unit; i++)
    draw_unit (self, cr, g_ptr_array_index (self->units, i), text_width);

  footer_y = self->height - MARGIN - FOOTER_HEIGHT + 8;
  numbers = g_strdup_printf ("%u / %u", page + 1, self->pages->len);
  number_layout = _buntan_document_make_layout (self->context, FONT_BODY, numbers, 0, FALSE);
  pango_layout_get_size (number_layout, &number_width, NULL);

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  if (self->footer != NULL)
    {
      /* The footer ends in a code (the fingerprint's start). Drawn in one
       * layout after Japanese text, its leading digits join the Japanese run
       * and take another font than its letters, and a PDF reader copies
       * "2 ee4…": the code gets a layout of its own. */
      const char *last_space = strrchr (self->footer, ' ');
      gsize       label_length = last_space != NULL ? (gsize) (last_space + 1 - self->footer) : 0;
      g_autofree char *label = g_strndup (self->footer, label_length);
      g_autoptr (PangoLayout) label_layout =
        _buntan_document_make_layout (self->context, FONT_BODY, label, 0, FALSE);
      int label_width;

      pango_layout_get_size (label_layout, &label_width, NULL);
      cairo_move_to (cr, MARGIN, footer_y);
      pango_cairo_show_layout (cr, label_layout);
      draw_text (cr, self, FONT_BODY, self->footer + label_length,
                 MARGIN + (double) label_width / PANGO_SCALE, footer_y,
                 text_width - (double) (number_width + label_width) / PANGO_SCALE - 12, FALSE);
    }
  cairo_move_to (cr, self->width - MARGIN - (double) number_width / PANGO_SCALE, footer_y);
  pango_cairo_show_layout (cr, number_layout);

  if (self->page_mark != NULL)
    draw_page_mark (self, cr);

  cairo_restore (cr);
}
