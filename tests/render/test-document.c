/* test-document.c — content blocks laid out on pages, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each document is paginated and drawn into a PDF stream that is thrown
 * away: the page counts and cairo's status are the outcomes checked here;
 * tests/render/test-render-pdf.py reads real files back with poppler.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-document.h"

#define A4_LONG 841.89
#define A4_SHORT 595.276

static const BuntanDocumentColumn columns[] = {
  { "項番", 1, FALSE },
  { "項目", 4, FALSE },
  { "備考", 3, FALSE },
};

static cairo_status_t
discard_cb (void *closure, const unsigned char *data, unsigned int length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Paginates @document on A4 landscape and draws every page; returns the page count. */
static guint
draw_document (BuntanDocument *document)
{
  cairo_surface_t *surface =
    cairo_pdf_surface_create_for_stream (discard_cb, NULL, A4_LONG, A4_SHORT);
  cairo_t      *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  guint         n_pages;

  buntan_document_prepare_context (context);
  n_pages = buntan_document_paginate (document, context, A4_LONG, A4_SHORT);
  g_assert_cmpuint (n_pages, ==, buntan_document_get_n_pages (document));
  for (guint page = 0; page < n_pages; page++)
    {
      buntan_document_draw_page (document, cr, page);
      cairo_show_page (cr);
    }

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return n_pages;
}

static BuntanDocument *
table_of_rows (guint n_rows)
{
  BuntanDocument *document = buntan_document_new ("表");

  buntan_document_add_heading (document, "責任分担表");
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *number = g_strdup_printf ("A-%u", i + 1);
      const char      *cells[] = { number, "通信経路と外部接続の管理", "", NULL };

      if (i % 20 == 0)
        buntan_document_add_section_row (document, "A　共通");
      buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
    }

  return document;
}

static void
test_pages_grow_with_rows (void)
{
  g_autoptr (BuntanDocument) few = table_of_rows (5);
  g_autoptr (BuntanDocument) some = table_of_rows (400);
  g_autoptr (BuntanDocument) twice = table_of_rows (800);
  guint n_some, n_twice;

  g_assert_cmpuint (draw_document (few), ==, 1);
  n_some = draw_document (some);
  n_twice = draw_document (twice);
  g_assert_cmpuint (n_some, >, 1);
  /* The same rows on every page: twice the rows, twice the pages (give or take the last). */
  g_assert_cmpuint (n_twice, >=, 2 * n_some - 1);
  g_assert_cmpuint (n_twice, <=, 2 * n_some);
}

static void
test_page_breaks (void)
{
  g_autoptr (BuntanDocument) document = buntan_document_new ("表");

  buntan_document_add_paragraph (document, "一");
  buntan_document_add_page_break (document);
  buntan_document_add_paragraph (document, "二");
  buntan_document_add_page_break (document);
  buntan_document_add_page_break (document); /* at a page's top: no empty page */
  buntan_document_add_paragraph (document, "三");
  g_assert_cmpuint (draw_document (document), ==, 3);
}

/* A cell longer than a page ends in "…" within one page rather than running off it. */
static void
test_tall_cell_capped (void)
{
  g_autoptr (BuntanDocument) document = buntan_document_new ("表");
  g_autoptr (GString) note = g_string_new (NULL);
  const char *cells[] = { "A-1", "項目", NULL, NULL };

  for (guint i = 0; i < 5000; i++)
    g_string_append (note, "長い備考。");
  cells[2] = note->str;

  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
  g_assert_cmpuint (draw_document (document), ==, 1);
}

/* Cairo stops drawing a whole document at a noncharacter: they are cleaned first. */
static void
test_hostile_text (void)
{
  g_autoptr (BuntanDocument) document = buntan_document_new ("題\ufffe名\x07");
  const char *cells[] = { "\x1b[31m", "\xef\xbf\xbf\xef\xb7\x90", "\xff\xfe invalid UTF-8", NULL };

  buntan_document_set_footer (document, "足\x01");
  buntan_document_add_title (document, "題\ufffe名\x07", "\r\n副題\r");
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_GREYED);
  buntan_document_add_key_value (document, NULL, NULL);
  g_assert_cmpuint (draw_document (document), ==, 1);
  g_assert_true (g_utf8_validate (buntan_document_get_title (document), -1, NULL));
  g_assert_null (strchr (buntan_document_get_title (document), '\x07'));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/render/document/pages-grow-with-rows", test_pages_grow_with_rows);
  g_test_add_func ("/buntan/render/document/page-breaks", test_page_breaks);
  g_test_add_func ("/buntan/render/document/tall-cell-capped", test_tall_cell_capped);
  g_test_add_func ("/buntan/render/document/hostile-text", test_hostile_text);

  return g_test_run ();
}
