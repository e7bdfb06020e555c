/* buntan-document.h — a document of content blocks, laid out on pages and drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define BUNTAN_TYPE_DOCUMENT (buntan_document_get_type ())
#define BUNTAN_DOCUMENT_ERROR (buntan_document_error_quark ())

G_DECLARE_FINAL_TYPE (BuntanDocument, buntan_document, BUNTAN, DOCUMENT, GObject)

typedef enum
{
  BUNTAN_DOCUMENT_ERROR_NO_JAPANESE_FONT,
  BUNTAN_DOCUMENT_ERROR_FAILED,
} BuntanDocumentError;

/* One column of a table: its head, its share of the width, how its cells sit. */
typedef struct
{
  const char *title;
  double      weight;
  gboolean    centered;
} BuntanDocumentColumn;

typedef enum
{
  BUNTAN_DOCUMENT_ROW_NONE = 0,
  BUNTAN_DOCUMENT_ROW_GREYED = 1 << 0, /* an item that does not apply */
  BUNTAN_DOCUMENT_ROW_BOX = 1 << 1,    /* room to sign or seal: a tall row */
} BuntanDocumentRowFlags;

GQuark
buntan_document_error_quark (void);

BuntanDocument *
buntan_document_new (const char *title);
const char *
buntan_document_get_title (BuntanDocument *self);
void
buntan_document_set_footer (BuntanDocument *self, const char *footer);

void
buntan_document_set_page_mark (BuntanDocument *self, const char *mark);

void
buntan_document_add_title (BuntanDocument *self, const char *title, const char *subtitle);
void
buntan_document_add_heading (BuntanDocument *self, const char *text);
void
buntan_document_add_paragraph (BuntanDocument *self, const char *text);
void
buntan_document_add_page_break (BuntanDocument *self);
void
buntan_document_begin_table (BuntanDocument             *self,
                             const BuntanDocumentColumn *columns,
                             guint                       n_columns,
                             gboolean                    with_head);
void
buntan_document_begin_key_values (BuntanDocument *self);
void
buntan_document_add_row (BuntanDocument        *self,
                         const char *const     *cells,
                         BuntanDocumentRowFlags flags);
void
buntan_document_add_key_value (BuntanDocument *self, const char *key, const char *value);
void
buntan_document_add_section_row (BuntanDocument *self, const char *text);
void
buntan_document_begin_signature_table (BuntanDocument             *self,
                                       const BuntanDocumentColumn *columns,
                                       guint                       n_columns);
void
buntan_document_add_signatures (BuntanDocument *self, const char *const *names);

void
buntan_document_prepare_context (PangoContext *context);
gboolean
buntan_document_check_fonts (PangoContext *context, GError **error);
guint
buntan_document_paginate (BuntanDocument *self, PangoContext *context, double width, double height);
guint
buntan_document_get_n_pages (BuntanDocument *self);
void
buntan_document_draw_page (BuntanDocument *self, cairo_t *cr, guint page);

G_END_DECLS
