/* buntan-xlsx-writer.h — the layer that writes cells, formats and page set-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* Rows of 対象外 items are grey: every cell style comes in two shades. */
typedef enum
{
  BUNTAN_XLSX_STYLE_TEXT,   /* wrapped, top left */
  BUNTAN_XLSX_STYLE_CENTER, /* short words: 項番, 状態, はい/いいえ */
  BUNTAN_XLSX_STYLE_DATE,
  BUNTAN_XLSX_STYLE_DATE_LEFT, /* the export date on the cover */
  BUNTAN_XLSX_STYLE_NUMBER,
  BUNTAN_XLSX_STYLE_MARK,      /* ◎ ○ */
  BUNTAN_XLSX_STYLE_UNDECIDED, /* 未定 must catch the eye */
  BUNTAN_XLSX_N_STYLES
} BuntanXlsxStyle;

typedef struct
{
  const char *heading;
  double      width;
} BuntanXlsxColumn;

/* Every sheet: title in row 0, a line about the project in row 1, the table
 * header in row 2. */
#define BUNTAN_XLSX_ROW_TITLE 0
#define BUNTAN_XLSX_ROW_SUBTITLE 1
#define BUNTAN_XLSX_ROW_HEAD 2

/* The sheets choose among these formats; only the writer makes them, and
 * only the writer puts text into the workbook. */
typedef struct
{
  lxw_workbook *workbook;
  lxw_error     status;      /* the first libxlsxwriter error */
  GHashTable   *sheet_names; /* case-folded names already taken */
  char         *page_title;  /* on the left of every page header */
  char         *header_mark; /* in the middle of every page header: 案 on a draft */

  /* The table being written, to fit each row's height to its texts. */
  const BuntanXlsxColumn *columns;
  guint                   n_columns;
  guint                   lines;
  double                  min_height;  /* points: the row holds larger text (◎ ○ △) */
  GArray                 *row_heights; /* points, 0 for the default, of the current sheet */
  gboolean                a3;          /* the current sheet prints on A3 */
  GArray   *section_rows; /* lxw_row_t: the current sheet's rows that never end a page */
  lxw_row_t repeat_first; /* the rows printed on every page of the current sheet */
  lxw_row_t repeat_last;

  lxw_format *cell[BUNTAN_XLSX_N_STYLES][2]; /* [style][greyed] */
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *heading;
  lxw_format *head;
  lxw_format *label;
  lxw_format *note;
  lxw_format *remark;
  lxw_format *box;
  lxw_format *section; /* 大項目 rows inside a table */
} BuntanXlsxWriter;

BuntanXlsxWriter *
buntan_xlsx_writer_new (const char *path, const char *page_title);
lxw_error
buntan_xlsx_writer_close (BuntanXlsxWriter *self, int *close_errno);

void
buntan_xlsx_writer_check (BuntanXlsxWriter *self, lxw_error error);
char *
buntan_xlsx_writer_make_sheet_name (BuntanXlsxWriter *self, const char *wanted);
void
buntan_xlsx_writer_reserve_sheet_name (BuntanXlsxWriter *self, const char *name);
lxw_worksheet *
buntan_xlsx_writer_add_sheet (BuntanXlsxWriter *self, const char *name);
void
buntan_xlsx_writer_begin_sheet (BuntanXlsxWriter *self);
void
buntan_xlsx_writer_set_columns (BuntanXlsxWriter       *self,
                                lxw_worksheet          *sheet,
                                const BuntanXlsxColumn *columns,
                                guint                   n_columns);
void
buntan_xlsx_writer_set_up_page (BuntanXlsxWriter *self,
                                lxw_worksheet    *sheet,
                                const char       *label,
                                lxw_row_t         repeat_first,
                                lxw_row_t         repeat_last,
                                lxw_row_t         freeze_row,
                                lxw_col_t         freeze_col);
void
buntan_xlsx_writer_put_titles (BuntanXlsxWriter *self,
                               lxw_worksheet    *sheet,
                               const char       *title,
                               const char       *subtitle);
void
buntan_xlsx_writer_begin_table (BuntanXlsxWriter       *self,
                                lxw_worksheet          *sheet,
                                const char             *label,
                                const char             *title,
                                const char             *subtitle,
                                const BuntanXlsxColumn *columns,
                                guint                   n_columns,
                                lxw_col_t               freeze_col);
void
buntan_xlsx_writer_put_head_row (BuntanXlsxWriter *self, lxw_worksheet *sheet, lxw_row_t row);
void
buntan_xlsx_writer_put_empty_table (BuntanXlsxWriter *self,
                                    lxw_worksheet    *sheet,
                                    lxw_row_t         row,
                                    guint             n_columns,
                                    const char       *text);
void
buntan_xlsx_writer_put_text (BuntanXlsxWriter *self,
                             lxw_worksheet    *sheet,
                             lxw_row_t         row,
                             lxw_col_t         col,
                             const char       *text,
                             lxw_format       *format);
void
buntan_xlsx_writer_put_number (BuntanXlsxWriter *self,
                               lxw_worksheet    *sheet,
                               lxw_row_t         row,
                               lxw_col_t         col,
                               double            number,
                               lxw_format       *format);
void
buntan_xlsx_writer_put_date (BuntanXlsxWriter *self,
                             lxw_worksheet    *sheet,
                             lxw_row_t         row,
                             lxw_col_t         col,
                             const char       *text,
                             BuntanXlsxStyle   style,
                             gboolean          greyed);
void
buntan_xlsx_writer_put_merged (BuntanXlsxWriter *self,
                               lxw_worksheet    *sheet,
                               lxw_row_t         row,
                               lxw_col_t         first_col,
                               lxw_col_t         last_col,
                               const char       *text,
                               lxw_format       *format);
void
buntan_xlsx_writer_put_section (BuntanXlsxWriter *self,
                                lxw_worksheet    *sheet,
                                lxw_row_t         row,
                                const char       *text);
void
buntan_xlsx_writer_end_table (BuntanXlsxWriter *self, lxw_worksheet *sheet, lxw_row_t last_row);
void
buntan_xlsx_writer_set_a3 (BuntanXlsxWriter *self, lxw_worksheet *sheet);
void
buntan_xlsx_writer_keep_with_next (BuntanXlsxWriter *self,
                                   lxw_worksheet    *sheet,
                                   lxw_row_t         last_row,
                                   guint             n_kept,
                                   double            next_height);
void
buntan_xlsx_writer_keep_row_with_next (BuntanXlsxWriter *self, lxw_row_t row);
void
buntan_xlsx_writer_reserve_lines (BuntanXlsxWriter *self, guint lines);
void
buntan_xlsx_writer_end_row (BuntanXlsxWriter *self, lxw_worksheet *sheet, lxw_row_t row);
void
buntan_xlsx_writer_set_header_mark (BuntanXlsxWriter *self, const char *mark);
void
buntan_xlsx_writer_set_footers (BuntanXlsxWriter *self, const char *left, const char *right);
void
buntan_xlsx_writer_set_properties (BuntanXlsxWriter *self,
                                   const char       *title,
                                   const char       *subject,
                                   const char       *company,
                                   const char       *comments,
                                   time_t            created,
                                   const char       *fingerprint);

lxw_format *
buntan_xlsx_writer_add_answer_format (BuntanXlsxWriter *self, BuntanXlsxStyle style);

G_END_DECLS
