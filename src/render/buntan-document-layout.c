/* buntan-document-layout.c — measuring a document's units and laying them out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-document-private.h"

/* A cell taller than @max_height (when positive) ends in "…": no row is
 * taller than a page, so every row is drawn whole on one page. */
PangoLayout *
_buntan_document_make_cell_layout (PangoContext *context,
                                   const char   *font,
                                   const char   *text,
                                   double        width,
                                   double        max_height,
                                   gboolean      centered)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (width > 0 && max_height > 0)
    {
      pango_layout_set_height (layout, (int) (max_height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_alignment (layout, centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

PangoLayout *
_buntan_document_make_layout (PangoContext *context,
                              const char   *font,
                              const char   *text,
                              double        width,
                              gboolean      centered)
{
  return _buntan_document_make_cell_layout (context, font, text, width, 0, centered);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
_buntan_document_measure (PangoContext *context, const char *font, const char *text, double width)
{
  g_autoptr (PangoLayout) layout = _buntan_document_make_layout (context, font, text, width, FALSE);

  return layout_height (layout);
}

static const char *
cell_font (const Table *table, guint column)
{
  return table->key_values && column == 0 ? FONT_BOLD : FONT_BODY;
}

static double
measure_cells (BuntanDocument *self, const Table *table, char **cells, gboolean head)
{
  double height = 0;
  double cap = head ? self->max_head_height : self->max_cell_height;

  for (guint i = 0; i < table->columns->len && cells[i] != NULL; i++)
    {
      const Column *column = &g_array_index (table->columns, Column, i);
      g_autoptr (PangoLayout) layout =
        _buntan_document_make_cell_layout (self->context, head ? FONT_BOLD : cell_font (table, i),
                                           cells[i], column->width - 2 * CELL_PADDING, cap, FALSE);

      /* Pango 1.50 gives an ellipsized layout's full height: what shows is at most the limit. */
      height = MAX (height, MIN (layout_height (layout), cap));
    }

  return height + 2 * CELL_PADDING;
}

static void
size_table (BuntanDocument *self, Table *table, double width)
{
  double total = 0;

  for (guint i = 0; i < table->columns->len; i++)
    total += g_array_index (table->columns, Column, i).weight;

  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = &g_array_index (table->columns, Column, i);

      column->width = total > 0 ? width * column->weight / total : 0;
    }

  table->head_height = 0;
  if (table->with_head)
    {
      g_autofree char **heads = g_new0 (char *, table->columns->len + 1);

      for (guint i = 0; i < table->columns->len; i++)
        heads[i] = g_array_index (table->columns, Column, i).title;
      table->head_height = measure_cells (self, table, heads, TRUE);
    }
}

static double
measure_unit (BuntanDocument *self, Unit *unit, double width)
{
  switch (unit->kind)
    {
    case UNIT_TITLE:
      return _buntan_document_measure (self->context, FONT_TITLE, unit->texts[0], width) +
             (unit->texts[1] != NULL
                ? 4 + _buntan_document_measure (self->context, FONT_SUBTITLE, unit->texts[1], width)
                : 0);
    case UNIT_HEADING:
      return _buntan_document_measure (self->context, FONT_HEADING, unit->texts[0], width) + 4;
    case UNIT_PARAGRAPH:
      return _buntan_document_measure (self->context, FONT_BODY, unit->texts[0], width);
    case UNIT_ROW:
      {
        double height = measure_cells (self, unit->table, unit->texts, FALSE);

        if (unit->flags & BUNTAN_DOCUMENT_ROW_BOX)
          height = MAX (height, BOX_MIN_HEIGHT);
        return height;
      }
    case UNIT_SECTION:
      return _buntan_document_measure (self->context, FONT_BOLD, unit->texts[0],
                                       width - 2 * CELL_PADDING) +
             2 * CELL_PADDING;
    case UNIT_PAGE_BREAK:
    default:
      return 0;
    }
}

static double
unit_extent (const Unit *unit, const Unit *previous, gboolean page_top);

static gboolean
unit_is_in_table (const Unit *unit)
{
  return unit->kind == UNIT_ROW || unit->kind == UNIT_SECTION;
}

/* How far a unit reaches down: with the rest of its table when the table
 * keeps together and this is its first row. */
static double
group_extent (BuntanDocument *self, guint index, const Unit *previous, gboolean page_top)
{
  const Unit *unit = g_ptr_array_index (self->units, index);
  double      extent = unit_extent (unit, previous, page_top);

  if (!unit_is_in_table (unit) || !unit->table->keep_together ||
      (previous != NULL && unit_is_in_table (previous) && previous->table == unit->table))
    return extent;

  for (guint i = index + 1; i < self->units->len; i++)
    {
      const Unit *next = g_ptr_array_index (self->units, i);

      if (!unit_is_in_table (next) || next->table != unit->table)
        break;
      extent += next->height;
    }

  return extent;
}

/* A head goes above a table's first row and above its first row on every later page. */
static gboolean
needs_head (const Unit *unit, const Unit *previous, gboolean page_top)
{
  if (!unit_is_in_table (unit) || !unit->table->with_head)
    return FALSE;

  return page_top || previous == NULL || !unit_is_in_table (previous) ||
         previous->table != unit->table;
}

static double
unit_extent (const Unit *unit, const Unit *previous, gboolean page_top)
{
  double extent = unit->height;

  if (needs_head (unit, previous, page_top))
    extent += unit->table->head_height;
  if (page_top && unit->kind == UNIT_ROW && unit->section != NULL)
    extent += unit->section->height;
  if (unit->space_before && !page_top)
    extent += BLOCK_SPACE;
  return extent;
}

/**
 * buntan_document_prepare_context:
 * @context: a PangoContext made for the cairo context drawn on
 *
 * Sets what every document needs: Japanese, so that a CJK font draws
 * Japanese glyph shapes and not Chinese ones, and 72 dots per inch, so that
 * font sizes are points in a cairo context whose unit is the point.
 */
void
buntan_document_prepare_context (PangoContext *context)
{
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  pango_context_set_language (context, pango_language_from_string ("ja"));
  pango_cairo_context_set_resolution (context, 72.0);
}

/**
 * buntan_document_check_fonts:
 * @context: a prepared PangoContext
 * @error: return location for a #BUNTAN_DOCUMENT_ERROR_NO_JAPANESE_FONT
 *
 * Returns: whether the installed fonts draw Japanese text: without them
 *   every kanji would come out as a box
 */
/* Whether the font drawing kanji for Japanese text says it covers Japanese:
 * a system with only a Chinese font draws kanji, but in Chinese shapes. */
static gboolean
kanji_font_is_japanese (PangoContext *context)
{
  g_autoptr (PangoFontDescription) description = pango_font_description_from_string (FONT_BODY);
  PangoFontset *fontset =
    pango_context_load_fontset (context, description, pango_language_from_string ("ja"));
  PangoFont      *font;
  PangoLanguage **languages;
  gboolean        japanese = FALSE;

  if (fontset == NULL)
    return FALSE;

  font = pango_fontset_get_font (fontset, g_utf8_get_char ("責"));
  languages = font != NULL ? pango_font_get_languages (font) : NULL;
  /* A font that does not tell is taken at its word of drawing the glyph. */
  if (languages == NULL)
    japanese = TRUE;
  for (guint i = 0; languages != NULL && languages[i] != NULL && !japanese; i++)
    japanese = pango_language_matches (languages[i], "ja");

  g_clear_object (&font);
  g_object_unref (fontset);
  return japanese;
}

gboolean
buntan_document_check_fonts (PangoContext *context, GError **error)
{
  g_autoptr (PangoLayout) layout = NULL;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), FALSE);

  layout = _buntan_document_make_layout (context, FONT_BODY,
                                         "医療機関と事業者の責任分担表　主担当◎　協力○", 0, FALSE);
  if (pango_layout_get_unknown_glyphs_count (layout) > 0 || !kanji_font_is_japanese (context))
    {
      g_set_error_literal (error, BUNTAN_DOCUMENT_ERROR, BUNTAN_DOCUMENT_ERROR_NO_JAPANESE_FONT,
                           _ ("no installed font has Japanese characters; install one, such as "
                              "the IPA Gothic font (fonts-ipafont-gothic) or Noto Sans CJK"));
      return FALSE;
    }

  return TRUE;
}

/**
 * buntan_document_paginate:
 * @self: a document
 * @context: a PangoContext prepared with buntan_document_prepare_context()
 * @width: the page's width, in points
 * @height: the page's height, in points
 *
 * Lays the document out on pages of @width × @height (margins included);
 * buntan_document_draw_page() then draws them with @context.
 *
 * Returns: the number of pages
 */
guint
buntan_document_paginate (BuntanDocument *self, PangoContext *context, double width, double height)
{
  double      text_width = width - 2 * MARGIN;
  double      bottom = height - MARGIN - FOOTER_HEIGHT;
  double      y = MARGIN;
  Page        page = { 0, 0 };
  const Unit *previous = NULL;

  g_return_val_if_fail (BUNTAN_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  g_set_object (&self->context, context);
  self->width = width;
  self->height = height;
  /* A row is at most half a page and a head a quarter, so a head, a
   * section row and any row fit on one page together. */
  self->max_cell_height = (bottom - MARGIN) / 2;
  self->max_head_height = (bottom - MARGIN) / 4;
  g_array_set_size (self->pages, 0);

  for (guint i = 0; i < self->tables->len; i++)
    size_table (self, g_ptr_array_index (self->tables, i), text_width);
  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);

      unit->height = measure_unit (self, unit, text_width);
    }

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit    *unit = g_ptr_array_index (self->units, i);
      gboolean page_top = y == MARGIN;
      double   extent = group_extent (self, i, previous, page_top);

      /* A heading or a section row goes with the first unit under it. */
      if ((unit->kind == UNIT_HEADING || unit->kind == UNIT_SECTION) && i + 1 < self->units->len)
        extent += group_extent (self, i + 1, unit, FALSE);

      /* What cannot fit on any page starts where it is. */
      if (extent > bottom - MARGIN)
        extent = unit_extent (unit, previous, page_top);

      if (!page_top && (unit->kind == UNIT_PAGE_BREAK || y + extent > bottom))
        {
          page.end_unit = i;
          g_array_append_val (self->pages, page);
          page.first_unit = i;
          y = MARGIN;
          page_top = TRUE;
        }

      if (unit->space_before && !page_top)
        y += BLOCK_SPACE;
      unit->head_before = needs_head (unit, previous, page_top);
      unit->section_before = page_top && unit->kind == UNIT_ROW && unit->section != NULL;
      unit->y = y;
      y += unit->height + (unit->head_before ? unit->table->head_height : 0) +
           (unit->section_before ? unit->section->height : 0);
      previous = unit;
    }

  page.end_unit = self->units->len;
  g_array_append_val (self->pages, page);

  return self->pages->len;
}

guint
buntan_document_get_n_pages (BuntanDocument *self)
{
  g_return_val_if_fail (BUNTAN_IS_DOCUMENT (self), 0);

  return self->pages->len;
}
