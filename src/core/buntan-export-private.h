/* buntan-export-private.h — what the sheets of the workbook share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-printed.h"
#include "buntan-xlsx-writer.h"

G_BEGIN_DECLS

/* The workbook is a contract appendix for Japanese hospitals: every word in
 * it is Japanese whatever the locale of the person exporting, so nothing
 * in the sheets goes through gettext; only the error messages do, which are
 * for the person at the keyboard. */

#define BUNTAN_EXPORT_UNDECIDED "未定"
#define BUNTAN_EXPORT_JOINT "共同"
#define BUNTAN_EXPORT_EACH "各事業者（個別）"
#define BUNTAN_EXPORT_MARK_LEAD "◎"
#define BUNTAN_EXPORT_MARK_SUPPORT "○"
#define BUNTAN_EXPORT_MARK_INFORMED "△"
#define BUNTAN_EXPORT_NO_VALUE "—"
/* A party's role in a vendor's list and in its questionnaire. */
#define BUNTAN_EXPORT_ROLE_LEAD BUNTAN_EXPORT_MARK_LEAD " 主担当"
#define BUNTAN_EXPORT_ROLE_SUPPORT BUNTAN_EXPORT_MARK_SUPPORT " 協力"
#define BUNTAN_EXPORT_ROLE_INFORMED BUNTAN_EXPORT_MARK_INFORMED " 情報提供"

#define BUNTAN_EXPORT_SHEET_COVER "表紙"
#define BUNTAN_EXPORT_SHEET_MATRIX "責任分担表"
#define BUNTAN_EXPORT_SHEET_PART1 "第1部 確認表"
#define BUNTAN_EXPORT_SHEET_PART2 "第2部 確認表"
#define BUNTAN_EXPORT_SHEET_SUMMARY "集計"
#define BUNTAN_EXPORT_SHEET_MEETINGS "協議記録"
#define BUNTAN_EXPORT_SHEET_HISTORY "変更履歴"

/* What every sheet reads: the project, and facts asked of it once. */
typedef struct
{
  BuntanXlsxWriter  *xlsx;
  BuntanProject     *project;
  BuntanExportFlags  flags;
  BuntanOverview    *overview;  /* the counts and gaps, as the window and the CLI have them */
  BuntanMatrix      *all;       /* the overview's: every item, Part 1 first: rows, marks and gaps */
  guint              first_row; /* where the matrix and vendor sheets start */
  guint              n_parties;
  BuntanMark        *marks;       /* [row * n_parties + column], asked once */
  GHashTable        *party_names; /* id → name */
  char              *fingerprint;
  char              *today;
  BuntanPrintedScope scope;      /* the rows and parties this document shows */
  guint              vendor_col; /* an appendix's vendor, in the matrix */
  gboolean           draft;      /* 案 on every page and on the cover */
  guint              n_gaps;     /* on the rows shown, about the parties shown */
  /* The latest agreed version (第N版) the document cites; 0 and %NULL while
   * none exists. Set by find_latest_version() in buntan-export.c, the one
   * hook the agreed versions (issue 15) fill in. */
  guint    version_number;
  char    *version_agreed;
  gboolean version_changed; /* the current state is not what the version agreed */
} BuntanExport;

#define BUNTAN_EXPORT_DRAFT_MARK "案"

extern const char *const buntan_export_status_words[BUNTAN_N_ITEM_STATUSES];
extern const char *const buntan_export_check_words[3];
extern const char *const buntan_export_contract_words[4];

#define BUNTAN_EXPORT_WORD(table, value)                                                           \
  ((guint) (value) < G_N_ELEMENTS (table) && (table)[value] != NULL ? (table)[value] : "")

const char *
_buntan_export_or_dash (const char *text);
const char *
_buntan_export_party_name (BuntanParty *party);
char *
_buntan_export_dup_item_number (BuntanItem *item, gboolean with_part);
BuntanMark
_buntan_export_mark_at (BuntanExport *self, guint index, guint col);
char *
_buntan_export_dup_party_names (BuntanExport *self, guint index, BuntanMark mark);
gboolean
_buntan_export_item_has_lead (BuntanItem *item);
gboolean
_buntan_export_item_is_greyed (BuntanItem *item);
void
_buntan_export_put_lead (BuntanExport  *self,
                         lxw_worksheet *sheet,
                         lxw_row_t      row,
                         lxw_col_t      col,
                         guint          index,
                         gboolean       with_joint_names);
void
_buntan_export_put_lead_short (BuntanExport  *self,
                               lxw_worksheet *sheet,
                               lxw_row_t      row,
                               lxw_col_t      col,
                               guint          index);
void
_buntan_export_put_state_columns (BuntanExport  *self,
                                  lxw_worksheet *sheet,
                                  lxw_row_t      row,
                                  lxw_col_t      col,
                                  BuntanItem    *item);
void
_buntan_export_put_item_title (BuntanExport  *self,
                               lxw_worksheet *sheet,
                               lxw_row_t      row,
                               BuntanItem    *item,
                               gboolean       with_part);
const char *
_buntan_export_role_words (BuntanMark mark);
gboolean
_buntan_export_close_workbook (BuntanXlsxWriter *xlsx, const char *display_name, GError **error);
char *
_buntan_export_dup_vendor_file_name (BuntanProject *project,
                                     BuntanParty   *vendor,
                                     const char    *prefix);
char *
_buntan_export_dup_section_text (BuntanItem *item, gboolean with_part);
lxw_row_t
_buntan_export_put_section_if_new (BuntanExport  *self,
                                   lxw_worksheet *sheet,
                                   lxw_row_t      row,
                                   BuntanItem    *previous,
                                   BuntanItem    *item,
                                   gboolean       with_part);
const char *
_buntan_export_organization (BuntanExport *self);
char *
_buntan_export_dup_date_text (BuntanExport *self, const char *date);
void
_buntan_export_put_cover_date (BuntanExport   *self,
                               lxw_worksheet  *sheet,
                               lxw_row_t       row,
                               lxw_col_t       col,
                               const char     *date,
                               BuntanXlsxStyle style);
char *
_buntan_export_dup_subtitle (BuntanExport *self);
gboolean
_buntan_export_with_part1 (BuntanExport *self);
gboolean
_buntan_export_is_appendix (BuntanExport *self);
gboolean
_buntan_export_shows_row (BuntanExport *self, guint index);
guint
_buntan_export_count_items (BuntanExport    *self,
                            guint            part,
                            BuntanItemStatus status,
                            gboolean         any_status);

/* Tests: called on the worker thread of buntan_export_xlsx_async() before
 * it reads its snapshot (@finished FALSE), so a test can hold the export
 * there, and after it has returned its result (@finished TRUE). */
typedef void (*BuntanExportThreadHook) (gboolean finished, gpointer data);

void
_buntan_export_set_thread_hook (BuntanExportThreadHook hook, gpointer data);

/* The sheets, in the order of the workbook. */
void
_buntan_export_write_cover (BuntanExport *self, lxw_worksheet *sheet);
void
_buntan_export_write_appendix_cover (BuntanExport *self, lxw_worksheet *sheet);
void
_buntan_export_write_matrix (BuntanExport *self);
void
_buntan_export_write_vendor (BuntanExport *self, guint party_col, const char *sheet_name);
void
_buntan_export_write_part (BuntanExport *self, guint part, const char *sheet_name);
void
_buntan_export_write_summary (BuntanExport *self);
void
_buntan_export_write_meetings (BuntanExport *self);
void
_buntan_export_write_history (BuntanExport *self);

G_END_DECLS
