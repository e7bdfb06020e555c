/* buntan-export-inspector.c — the inspector's workbook of a cyber-security project: the sheets
 *
 * A project made from the cyber-security checklist is not a contract: what
 * leaves the hospital is the ministry's checklist as the prefecture's
 * inspector asks for it on site. The hospital's sheet (医療機関確認用) and
 * one sheet per vendor (事業者確認用) with はい/いいえ, 確認日 and 目標日,
 * after a cover saying which sheet is complete
 * (buntan-export-inspector-cover.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-cyber-checklist.h"
#include "buntan-cyber-summary.h"
#include "buntan-export-inspector-private.h"

/* The table of both sheets; the hospital's adds 備考. */
static const BuntanXlsxColumn answer_columns[] = {
  { "項番", 8 },    { "項目", 28 },   { "内容", 60 }, { "はい／いいえ", 11 },
  { "確認日", 12 }, { "目標日", 12 }, { "備考", 30 },
};

#define VENDOR_COLUMNS (G_N_ELEMENTS (answer_columns) - 1)

/* The checklist's own 項番 (「1-1」, 「A-3」: its numbers carry their
 * section already), with the official form's where the hospital recorded
 * one, as the inspector looks rows up by it. */
char *
_buntan_export_dup_inspector_number (BuntanItem *item)
{
  const char *number = buntan_item_get_number (item);
  const char *official = buntan_item_get_official_ref (item);

  if (official != NULL && *official != '\0' && g_strcmp0 (official, number) != 0)
    return g_strdup_printf ("%s\n（%s）", _buntan_export_or_dash (number), official);
  return g_strdup (_buntan_export_or_dash (number));
}

static void
put_item_title (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row, BuntanItem *item)
{
  g_autofree char *number = _buntan_export_dup_inspector_number (item);
  gboolean         greyed = _buntan_export_item_is_greyed (item);

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, number,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, buntan_item_get_title (item),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
}

/* Whether @index's item is answered by @party: a vendor answers the items
 * it confirms, the hospital every item no vendor confirms — the split the
 * gap rules of buntan-cyber-checklist.c make, so the cover's counts and
 * the sheets' rows agree. */
static gboolean
answers_item (BuntanInspector *inspector, guint index, BuntanParty *party)
{
  GStrv vendors = g_ptr_array_index (inspector->confirming, index);

  if (buntan_party_is_hospital (party))
    return vendors[0] == NULL;
  return g_strv_contains ((const char *const *) vendors, buntan_party_get_id (party));
}

/* はい / いいえ, 対象外 on an item that does not apply, and 未回答 and 未記入
 * where an answer or a target date is missing, so that the hospital sees
 * the holes before the inspector does. */
static void
put_answer (BuntanExport     *self,
            lxw_worksheet    *sheet,
            lxw_row_t         row,
            BuntanItem       *item,
            BuntanCheckResult result,
            const char       *date,
            const char       *target,
            const char       *completed)
{
  gboolean    greyed = _buntan_export_item_is_greyed (item);
  lxw_format *missing = self->xlsx->cell[BUNTAN_XLSX_STYLE_UNDECIDED][FALSE];

  if (greyed)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3,
                                 BUNTAN_EXPORT_WORD (buntan_export_status_words,
                                                     BUNTAN_ITEM_STATUS_NOT_APPLICABLE),
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][TRUE]);
  else if (result == BUNTAN_CHECK_RESULT_UNSET)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3, BUNTAN_INSPECTOR_UNANSWERED, missing);
  else
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3,
                                 BUNTAN_EXPORT_WORD (buntan_export_check_words, result),
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE]);

  buntan_xlsx_writer_put_date (self->xlsx, sheet, row, 4, date, BUNTAN_XLSX_STYLE_DATE, greyed);
  /* An いいえ settled since (完了日) needs no target any more: the gap rule's reading. */
  if (!greyed && result == BUNTAN_CHECK_RESULT_NO && target == NULL && completed == NULL)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, BUNTAN_INSPECTOR_NO_TARGET, missing);
  else
    buntan_xlsx_writer_put_date (self->xlsx, sheet, row, 5, target, BUNTAN_XLSX_STYLE_DATE, greyed);
}

/* One sheet: the items @party answers, with its answers. */
static void
write_answer_sheet (BuntanExport         *self,
                    BuntanInspector      *inspector,
                    BuntanInspectorSheet *answerer,
                    const char           *title,
                    const char           *subtitle)
{
  BuntanParty   *party = answerer->party;
  gboolean       hospital = buntan_party_is_hospital (party);
  guint          n_columns = hospital ? G_N_ELEMENTS (answer_columns) : VENDOR_COLUMNS;
  guint          n_rows = buntan_matrix_get_n_rows (self->all);
  lxw_worksheet *sheet = buntan_xlsx_writer_add_sheet (self->xlsx, answerer->sheet_name);
  lxw_row_t      row = BUNTAN_XLSX_ROW_HEAD + 1;
  BuntanItem    *previous = NULL;

  if (sheet == NULL)
    return;

  buntan_xlsx_writer_begin_table (self->xlsx, sheet, answerer->sheet_name, title, subtitle,
                                  answer_columns, n_columns, 0);

  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);
      gboolean    greyed = _buntan_export_item_is_greyed (item);

      if (!answers_item (inspector, i, party))
        continue;

      /* Both parts may meet on the hospital's sheet (a vendor-sheet item
       * no vendor is on yet): its numbers say which part. */
      row = _buntan_export_put_section_if_new (self, sheet, row, previous, item,
                                               inspector->hospital_has_both_parts && hospital);
      previous = item;

      put_item_title (self, sheet, row, item);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, buntan_item_get_content (item),
                                   self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
      if (hospital)
        {
          put_answer (self, sheet, row, item, buntan_item_get_first_check (item),
                      buntan_item_get_first_check_date (item), buntan_item_get_target (item),
                      buntan_item_get_completed (item));
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 6, buntan_item_get_note (item),
                                       self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
        }
      else
        {
          BuntanCheck *check = buntan_item_find_check (item, buntan_party_get_id (party));

          put_answer (self, sheet, row, item,
                      check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET,
                      check != NULL ? buntan_check_get_date (check) : NULL,
                      check != NULL ? buntan_check_get_target (check) : NULL,
                      check != NULL ? buntan_check_get_completed (check) : NULL);
        }
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
      row++;
    }

  if (previous == NULL)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, n_columns,
                                        hospital ? "医療機関が回答する項目はありません。"
                                                 : "この事業者が回答する項目はありません。");
  else
    {
      buntan_xlsx_writer_end_table (self->xlsx, sheet, row - 1);
      buntan_xlsx_writer_keep_with_next (self->xlsx, sheet, row - 1, 2, 30.0);
    }

  {
    g_autofree char *totals =
      g_strdup_printf ("対象 %u 項目（未回答 %u、目標日のない「いいえ」 %u）", answerer->n_items,
                       answerer->n_unanswered, answerer->n_no_target);

    buntan_xlsx_writer_put_text (self->xlsx, sheet, row + 1, 1, totals, self->xlsx->note);
  }
}

static void
write_hospital_sheet (BuntanExport *self, BuntanInspector *inspector)
{
  g_autofree char *subtitle = _buntan_export_dup_subtitle (self);

  write_answer_sheet (self, inspector, g_ptr_array_index (inspector->sheets, 0),
                      "サイバーセキュリティ対策チェックリスト（医療機関確認用）", subtitle);
}

static void
write_vendor_sheet (BuntanExport *self, BuntanInspector *inspector, BuntanInspectorSheet *answerer)
{
  BuntanParty     *vendor = answerer->party;
  g_autofree char *subtitle =
    g_strdup_printf ("事業者：%s　　提供サービス：%s", _buntan_export_party_name (vendor),
                     _buntan_export_or_dash (buntan_party_get_service (vendor)));

  write_answer_sheet (self, inspector, answerer,
                      "サイバーセキュリティ対策チェックリスト（事業者確認用）", subtitle);
}

/* Counts what each sheet lacks, from the one count the window, `buntan-cli
 * info` and the PDF read (buntan-cyber-summary.c), so that the cover can
 * never say otherwise. */
static void
count_missing (BuntanExport *self, BuntanInspector *inspector)
{
  BuntanCyberSummary *summary = buntan_cyber_summary_new (self->project);

  for (guint s = 0; s < inspector->sheets->len; s++)
    {
      BuntanInspectorSheet *answerer = g_ptr_array_index (inspector->sheets, s);

      for (guint p = 0; p < buntan_cyber_summary_get_n_parties (summary); p++)
        {
          const BuntanCyberCounts *counts;

          if (buntan_cyber_summary_get_party (summary, p) != answerer->party)
            continue;
          counts = buntan_cyber_summary_get_counts (summary, p);
          answerer->n_items = counts->asked;
          answerer->n_unanswered = counts->unanswered;
          answerer->n_no_target = counts->no_without_target;
        }
    }

  buntan_cyber_summary_free (summary);
}

static void
sheet_free (BuntanInspectorSheet *answerer)
{
  g_free (answerer->sheet_name);
  g_free (answerer);
}

static void
add_sheet (BuntanExport *self, BuntanInspector *inspector, BuntanParty *party, const char *name)
{
  BuntanInspectorSheet *answerer = g_new0 (BuntanInspectorSheet, 1);

  answerer->party = party;
  answerer->sheet_name = buntan_xlsx_writer_make_sheet_name (self->xlsx, name);
  g_ptr_array_add (inspector->sheets, answerer);
}

/**
 * _buntan_export_is_inspector:
 * @self: an export
 *
 * A cyber-security project's internal workbook is the inspector's, unless
 * the responsibility matrix is asked for by name; a vendor's appendix is
 * the contract document whatever the checklist.
 *
 * Returns: whether the workbook is the inspector's
 */
gboolean
_buntan_export_is_inspector (BuntanExport *self)
{
  return !_buntan_export_is_appendix (self) &&
         !(self->flags & BUNTAN_EXPORT_FLAGS_CONTRACT_MATRIX) &&
         buntan_cyber_checklist_applies (self->project);
}

/**
 * _buntan_export_write_inspector:
 * @self: an export for which _buntan_export_is_inspector()
 *
 * Writes the cover, the hospital's sheet and one sheet per vendor, in the
 * parties' order.
 */
void
_buntan_export_write_inspector (BuntanExport *self)
{
  BuntanInspector inspector = { 0 };
  guint           n_rows = buntan_matrix_get_n_rows (self->all);
  lxw_worksheet  *cover;

  inspector.confirming = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  inspector.sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  for (guint i = 0; i < n_rows; i++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);
      GStrv       vendors = buntan_item_dup_confirming_parties (item, self->project);

      if (vendors[0] == NULL && buntan_item_get_part (item) == 2)
        inspector.hospital_has_both_parts = TRUE;
      g_ptr_array_add (inspector.confirming, vendors);
    }

  /* The fixed names first, so that a vendor called 表紙 yields. */
  buntan_xlsx_writer_reserve_sheet_name (self->xlsx, BUNTAN_EXPORT_SHEET_COVER);
  buntan_xlsx_writer_reserve_sheet_name (self->xlsx, BUNTAN_INSPECTOR_SHEET_HOSPITAL);
  buntan_xlsx_writer_reserve_sheet_name (self->xlsx, "History");
  for (guint col = 0; col < self->n_parties; col++)
    {
      BuntanParty     *party = buntan_matrix_get_party (self->all, col);
      g_autofree char *short_name = NULL;
      g_autofree char *name = NULL;

      if (buntan_party_is_hospital (party))
        {
          BuntanInspectorSheet *answerer = g_new0 (BuntanInspectorSheet, 1);

          answerer->party = party;
          answerer->sheet_name = g_strdup (BUNTAN_INSPECTOR_SHEET_HOSPITAL);
          g_ptr_array_insert (inspector.sheets, 0, answerer);
          continue;
        }
      short_name =
        buntan_party_dup_unique_short_name (party, buntan_project_get_parties (self->project));
      name = g_strdup_printf (BUNTAN_INSPECTOR_SHEET_VENDOR "（%s）", short_name);
      add_sheet (self, &inspector, party, name);
    }
  count_missing (self, &inspector);

  cover = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_EXPORT_SHEET_COVER);
  if (cover != NULL)
    _buntan_export_write_inspector_cover (self, &inspector, cover);
  write_hospital_sheet (self, &inspector);
  for (guint s = 1; s < inspector.sheets->len; s++)
    write_vendor_sheet (self, &inspector, g_ptr_array_index (inspector.sheets, s));
  if (self->flags & BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS)
    _buntan_export_write_meetings (self);

  g_ptr_array_unref (inspector.sheets);
  g_ptr_array_unref (inspector.confirming);
}
