/* buntan-document-private.h — what the parts of the document share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document's units, tables and pages, and the functions one part calls
 * in another: building the document (buntan-document.c), measuring and
 * paginating it (buntan-document-layout.c), drawing its pages
 * (buntan-document-draw.c).
 */

#pragma once

#include <pango/pangocairo.h>

#include "buntan-document.h"

G_BEGIN_DECLS

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

/* buntan-document-layout.c */
PangoLayout *
_buntan_document_make_cell_layout (PangoContext *context,
                                   const char   *font,
                                   const char   *text,
                                   double        width,
                                   double        max_height,
                                   gboolean      centered);
PangoLayout *
_buntan_document_make_layout (PangoContext *context,
                              const char   *font,
                              const char   *text,
                              double        width,
                              gboolean      centered);
double
_buntan_document_measure (PangoContext *context, const char *font, const char *text, double width);

G_END_DECLS
