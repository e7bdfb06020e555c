/* buntan-xlsx-writer-private.h — what the parts of the workbook writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Excel's limits, the fonts and colours, and the functions one part calls in
 * another: the strings made safe for the file (buntan-xlsx-writer-text.c),
 * the cell formats (buntan-xlsx-writer-formats.c), the page set-up and page
 * breaks (buntan-xlsx-writer-pages.c).
 */

#pragma once

#include "buntan-xlsx-writer.h"

G_BEGIN_DECLS

/* Excel's limits, in UTF-16 code units (Excel counts those, libxlsxwriter
 * counts code points: staying under both keeps either happy). */
#define CELL_TEXT_MAX 32767
#define SHEET_NAME_MAX 31
/* libxlsxwriter 1.1.4 rejects header and footer strings of 255 bytes or more. */
#define HEADER_FOOTER_MAX 254

#define FONT_NAME "Yu Gothic"
#define FONT_SIZE 10
/* Points per line of 10-point text, and the cell's padding. A kanji takes
 * about 1.4 column-width units in LibreOffice and 1.9 in Excel: the estimate
 * errs on the side of a little white space over clipped text. */
#define WIDE_WIDTH 1.8
#define ASCII_WIDTH 1.0
#define LINE_HEIGHT 14.0
#define LINE_PADDING 4.0
/* Size first: a size code right before text would swallow a leading digit. */
#define HEADER_FONT "&9&\"" FONT_NAME ",Regular\""

#define COLOR_HEAD 0xD9E1F2
#define COLOR_LABEL 0xEDEDED
#define COLOR_GREY_FILL 0xD9D9D9
#define COLOR_GREY_TEXT 0x595959
#define COLOR_UNDECIDED 0xFFF2CC
#define COLOR_ALERT 0xC00000

#define NO_TITLE "—"
#define DEFAULT_SHEET_NAME "事業者"

/* Where a string goes decides what it may hold. */
typedef enum
{
  DESTINATION_CELL,
  /* Page headers and footers: one line, "&" is the code character. */
  DESTINATION_HEADER,
  DESTINATION_SHEET_NAME,
  DESTINATION_PROPERTY,
} Destination;

/* buntan-xlsx-writer-text.c */
gsize
_buntan_xlsx_writer_prefix_within (const char *text, gsize max_units);
const char *
_buntan_xlsx_writer_clean_text (const char *text, Destination destination, char **owned);
const char *
_buntan_xlsx_writer_clean_string (const char *text, char **owned);

/* buntan-xlsx-writer-formats.c */
void
_buntan_xlsx_writer_add_formats (BuntanXlsxWriter *self);

G_END_DECLS
