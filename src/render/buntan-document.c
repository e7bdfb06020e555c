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

#include "buntan-document-private.h"

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
