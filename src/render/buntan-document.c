/* buntan-document.c — a document of content blocks, laid out on pages and drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is a list of units — a title, a heading, a paragraph, one row
 * of a table, a section row, a page break — each as tall as its text needs.
 * Pagination places them top to bottom and starts a new page when the next
 * unit does not fit; a table's head is drawn again above its first row on
 * every page. The same units are measured and drawn through one
 * PangoContext, so a PDF page and a printed page break at the same rows for
 * the same paper.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-document.h"

#define MARGIN 28.0        /* points: about 10 mm */
#define FOOTER_HEIGHT 20.0 /* the line of the fingerprint and the page number */
#define CELL_PADDING 3.0
#define BLOCK_SPACE 10.0
#define BOX_MIN_HEIGHT 42.0 /* a row to sign or seal in: three lines of body text */
#define KEY_WEIGHT 1.0
#define VALUE_WEIGHT 4.0

#define FONT_BODY "Sans 9"
#define FONT_BOLD "Sans Bold 9"
#define FONT_HEADING "Sans Bold 12"
#define FONT_TITLE "Sans Bold 16"
#define FONT_SUBTITLE "Sans 10"
#define FONT_MARK "Sans Bold 11"
#define MARK_PADDING 2.0

typedef enum
{
  UNIT_TITLE,
  UNIT_HEADING,
  UNIT_PARAGRAPH,
  UNIT_ROW,
  UNIT_SECTION,
  UNIT_PAGE_BREAK,
} UnitKind;

typedef struct
{
  char    *title;
  double   weight;
  gboolean centered;
  double   width; /* after pagination */
} Column;

typedef struct
{
  GArray       *columns; /* of Column */
  gboolean      with_head;
  gboolean      key_values;    /* the first column holds labels */
  gboolean      keep_together; /* on one page where it fits: signatures */
  struct _Unit *last_section;  /* while rows are added */
  double        head_height;
} Table;

typedef struct _Unit
{
  UnitKind               kind;
  char                 **texts; /* title and subtitle, the text, or a row's cells */
  Table                 *table; /* rows and section rows */
  BuntanDocumentRowFlags flags;
  gboolean               space_before;
  double                 height;
  /* Where pagination put it. */
  double   y;
  gboolean head_before;
  /* A row's section, named again above it where a page starts with it. */
  const struct _Unit *section;
  gboolean            section_before;
} Unit;

typedef struct
{
  guint first_unit;
  guint end_unit;
} Page;

struct _BuntanDocument
{
  GObject parent_instance;

  char         *title;
  char         *footer;
  char         *page_mark; /* 案 on every page of a draft */
  GPtrArray    *units;     /* of Unit */
  GPtrArray    *tables;    /* of Table */
  Table        *current;
  gboolean      table_started;
  GArray       *pages; /* of Page */
  PangoContext *context;
  double        width;
  double        height;
  double        max_cell_height;
  double        max_head_height;
};

G_DEFINE_FINAL_TYPE (BuntanDocument, buntan_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (buntan - document - error - quark, buntan_document_error)

static void
free_unit (gpointer data)
{
  Unit *unit = data;

  g_strfreev (unit->texts);
  g_free (unit);
}

static void
clear_column (gpointer data)
{
  Column *column = data;

  g_free (column->title);
}

static void
free_table (gpointer data)
{
  Table *table = data;

  g_array_unref (table->columns);
  g_free (table);
}

static Unit *
add_unit (BuntanDocument *self, UnitKind kind, char **texts)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->kind = kind;
  unit->texts = texts;
  g_ptr_array_add (self->units, unit);
  return unit;
}

/* Every text of a document passes here, as every string of the workbook
 * passes its writer's cleaning: cairo stops drawing the whole document at a
 * noncharacter, so control characters other than tab and newline become the
 * symbols of Unicode's Control Pictures block (␇ for BEL), C1 controls and
 * noncharacters U+FFFD, and Windows line ends plain ones. */
static char *
dup_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr (GString) out = NULL;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else if (c < 0x20 && c != '\t' && c != '\n')
        g_string_append_unichar (out, 0x2400 + c);
      else if (c == 0x7F)
        g_string_append_unichar (out, 0x2421);
      else if ((c >= 0x80 && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char **
dup_texts (const char *first, const char *second)
{
  char **texts = g_new0 (char *, 3);

  texts[0] = dup_clean_text (first);
  texts[1] = second != NULL ? dup_clean_text (second) : NULL;
  return texts;
}

static Table *
new_table (BuntanDocument *self, gboolean with_head, gboolean key_values)
{
  Table *table = g_new0 (Table, 1);

  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (table->columns, clear_column);
  table->with_head = with_head;
  table->key_values = key_values;
  g_ptr_array_add (self->tables, table);
  self->current = table;
  self->table_started = FALSE;
  return table;
}

static void
add_column (Table *table, const char *title, double weight, gboolean centered)
{
  Column column = { dup_clean_text (title), weight, centered, 0 };

  g_array_append_val (table->columns, column);
}

/* A cell taller than @max_height (when positive) ends in "…": no row is
 * taller than a page, so every row is drawn whole on one page. */
static PangoLayout *
make_cell_layout (PangoContext *context,
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

static PangoLayout *
make_layout (PangoContext *context,
             const char   *font,
             const char   *text,
             double        width,
             gboolean      centered)
{
  return make_cell_layout (context, font, text, width, 0, centered);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
measure (PangoContext *context, const char *font, const char *text, double width)
{
  g_autoptr (PangoLayout) layout = make_layout (context, font, text, width, FALSE);

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
        make_cell_layout (self->context, head ? FONT_BOLD : cell_font (table, i), cells[i],
                          column->width - 2 * CELL_PADDING, cap, FALSE);

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
      return measure (self->context, FONT_TITLE, unit->texts[0], width) +
             (unit->texts[1] != NULL
                ? 4 + measure (self->context, FONT_SUBTITLE, unit->texts[1], width)
                : 0);
    case UNIT_HEADING:
      return measure (self->context, FONT_HEADING, unit->texts[0], width) + 4;
    case UNIT_PARAGRAPH:
      return measure (self->context, FONT_BODY, unit->texts[0], width);
    case UNIT_ROW:
      {
        double height = measure_cells (self, unit->table, unit->texts, FALSE);

        if (unit->flags & BUNTAN_DOCUMENT_ROW_BOX)
          height = MAX (height, BOX_MIN_HEIGHT);
        return height;
      }
    case UNIT_SECTION:
      return measure (self->context, FONT_BOLD, unit->texts[0], width - 2 * CELL_PADDING) +
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
  g_autoptr (PangoLayout) layout = make_layout (self->context, font, text, width, centered);

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
          make_cell_layout (self->context, head || label ? FONT_BOLD : FONT_BODY, text,
                            column->width - 2 * CELL_PADDING,
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
                   y + 4 + measure (self->context, FONT_TITLE, unit->texts[0], width), width,
                   FALSE);
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
    make_layout (self->context, FONT_MARK, self->page_mark, 0, FALSE);
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

static void
buntan_document_finalize (GObject *object)
{
  BuntanDocument *self = (BuntanDocument *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->footer, g_free);
  g_clear_pointer (&self->page_mark, g_free);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (buntan_document_parent_class)->finalize (object);
}

static void
buntan_document_class_init (BuntanDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_document_finalize;
}

static void
buntan_document_init (BuntanDocument *self)
{
  self->units = g_ptr_array_new_with_free_func (free_unit);
  self->tables = g_ptr_array_new_with_free_func (free_table);
  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
}

/**
 * buntan_document_new:
 * @title: the document's title, for the PDF's metadata and the print queue
 *
 * Returns: (transfer full): an empty document
 */
BuntanDocument *
buntan_document_new (const char *title)
{
  BuntanDocument *self = g_object_new (BUNTAN_TYPE_DOCUMENT, NULL);

  self->title = dup_clean_text (title);
  return self;
}

const char *
buntan_document_get_title (BuntanDocument *self)
{
  g_return_val_if_fail (BUNTAN_IS_DOCUMENT (self), NULL);

  return self->title;
}

/* The text at the foot of every page, left of the page number. */
void
buntan_document_set_footer (BuntanDocument *self, const char *footer)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  g_free (self->footer);
  self->footer = footer != NULL ? dup_clean_text (footer) : NULL;
}

/* A mark in a box at the top right corner of every page, in the margin so
 * that it never covers the content: 案 on a draft, which a reader of any
 * single page must not take for the agreed document. */
void
buntan_document_set_page_mark (BuntanDocument *self, const char *mark)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  g_free (self->page_mark);
  self->page_mark = mark != NULL && *mark != '\0' ? dup_clean_text (mark) : NULL;
}

void
buntan_document_add_title (BuntanDocument *self, const char *title, const char *subtitle)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  add_unit (self, UNIT_TITLE, dup_texts (title, subtitle));
}

/* A heading stays on the page of what follows it. */
void
buntan_document_add_heading (BuntanDocument *self, const char *text)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  add_unit (self, UNIT_HEADING, dup_texts (text, NULL))->space_before = TRUE;
}

void
buntan_document_add_paragraph (BuntanDocument *self, const char *text)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  add_unit (self, UNIT_PARAGRAPH, dup_texts (text, NULL))->space_before = TRUE;
}

void
buntan_document_add_page_break (BuntanDocument *self)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  add_unit (self, UNIT_PAGE_BREAK, dup_texts (NULL, NULL));
}

/**
 * buntan_document_begin_table:
 * @self: a document
 * @columns: (array length=n_columns): the columns
 * @n_columns: how many
 * @with_head: whether the heads of @columns show above the rows (on every page)
 *
 * Starts a table: the rows and section rows added next belong to it.
 */
void
buntan_document_begin_table (BuntanDocument             *self,
                             const BuntanDocumentColumn *columns,
                             guint                       n_columns,
                             gboolean                    with_head)
{
  Table *table;

  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));
  g_return_if_fail (n_columns > 0);

  table = new_table (self, with_head, FALSE);
  for (guint i = 0; i < n_columns; i++)
    add_column (table, columns[i].title, columns[i].weight, columns[i].centered);
}

/* A table of labels and their values, without a head. */
void
buntan_document_begin_key_values (BuntanDocument *self)
{
  Table *table;

  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  table = new_table (self, FALSE, TRUE);
  add_column (table, NULL, KEY_WEIGHT, FALSE);
  add_column (table, NULL, VALUE_WEIGHT, FALSE);
}

/* @cells holds one text per column (NULL-terminated; missing ones are empty). */
void
buntan_document_add_row (BuntanDocument        *self,
                         const char *const     *cells,
                         BuntanDocumentRowFlags flags)
{
  Unit  *unit;
  char **texts;
  guint  n_columns;
  guint  n_cells;

  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));
  g_return_if_fail (self->current != NULL);

  n_columns = self->current->columns->len;
  n_cells = cells != NULL ? g_strv_length ((char **) cells) : 0;
  texts = g_new0 (char *, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    {
      const char *cell = i < n_cells ? cells[i] : NULL;

      texts[i] = dup_clean_text (cell);
    }

  unit = add_unit (self, UNIT_ROW, texts);
  unit->table = self->current;
  unit->section = self->current->last_section;
  unit->flags = flags;
  unit->space_before = !self->table_started;
  self->table_started = TRUE;
}

void
buntan_document_add_key_value (BuntanDocument *self, const char *key, const char *value)
{
  const char *cells[] = { key, value != NULL ? value : "", NULL };

  buntan_document_add_row (self, cells, BUNTAN_DOCUMENT_ROW_NONE);
}

/* A row across the whole table that names the section of the rows below it. */
void
buntan_document_add_section_row (BuntanDocument *self, const char *text)
{
  Unit *unit;

  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));
  g_return_if_fail (self->current != NULL);

  unit = add_unit (self, UNIT_SECTION, dup_texts (text, NULL));
  unit->table = self->current;
  self->current->last_section = unit;
  unit->space_before = !self->table_started;
  self->table_started = TRUE;
}

/* A table whose rows are boxes to sign or seal in (add them with
 * %BUNTAN_DOCUMENT_ROW_BOX), kept on one page where it fits: a signature
 * never stands apart from what it signs for. */
void
buntan_document_begin_signature_table (BuntanDocument             *self,
                                       const BuntanDocumentColumn *columns,
                                       guint                       n_columns)
{
  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  buntan_document_begin_table (self, columns, n_columns, TRUE);
  self->current->keep_together = TRUE;
}

/* One row per name, with room to sign or seal and to date it. */
void
buntan_document_add_signatures (BuntanDocument *self, const char *const *names)
{
  static const BuntanDocumentColumn columns[] = {
    { "当事者", 2, FALSE },
    { "署名・記名押印", 3, FALSE },
    { "日付", 1.2, FALSE },
  };

  g_return_if_fail (BUNTAN_IS_DOCUMENT (self));

  buntan_document_begin_signature_table (self, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      const char *cells[] = { names[i], "", "", NULL };

      buntan_document_add_row (self, cells, BUNTAN_DOCUMENT_ROW_BOX);
    }
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

  layout =
    make_layout (context, FONT_BODY, "医療機関と事業者の責任分担表　主担当◎　協力○", 0, FALSE);
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
  number_layout = make_layout (self->context, FONT_BODY, numbers, 0, FALSE);
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
        make_layout (self->context, FONT_BODY, label, 0, FALSE);
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
