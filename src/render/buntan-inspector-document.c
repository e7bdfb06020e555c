/* buntan-inspector-document.c — a cyber-security project's sheets for the inspector, as a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the inspector's workbook holds (buntan-export-inspector*.c), for the
 * PDF and the printer: the cover saying which sheet is complete and what is
 * missing, the hospital's sheet (医療機関確認用) and one sheet per vendor
 * (事業者確認用), each on pages of its own. The counts are the core's
 * (BuntanCyberSummary, as the window and `buntan-cli info` show them), the
 * missing answers the overview's gaps worded as in the workbook, and the
 * fingerprint the workbook's (buntan-printed.c), so the PDF and the
 * workbook can be told to hold the same answers.
 */

#include "config.h"

#include "buntan-export-inspector-private.h"
#include "buntan-inspector-document.h"

#define MM(x) ((x) *72.0 / 25.4)

static const BuntanDocumentColumn answer_columns[] = {
  { "項番", 1, TRUE },           { "項目", 3, FALSE },    { "内容", 6, FALSE },
  { "はい／いいえ", 1.7, TRUE }, { "確認日", 1.4, TRUE }, { "目標日", 1.4, TRUE },
  { "備考", 3, FALSE },
};

/* The vendors' sheets have no 備考 column, as in the workbook. */
#define VENDOR_COLUMNS (G_N_ELEMENTS (answer_columns) - 1)

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* 「完了」, or 「未完了（不足 3 項目）」, as the workbook's cover says it. */
static char *
dup_completeness (const BuntanCyberCounts *counts)
{
  guint missing = counts->unanswered + counts->no_without_target;

  if (missing == 0)
    return g_strdup ("完了");
  return g_strdup_printf ("未完了（不足 %u 項目）", missing);
}

/* The checklist's own name; its id where the checklist is not at hand. */
static char *
dup_checklist_name (BuntanProject *project)
{
  const char *id = buntan_project_get_template_id (project);
  char *title = buntan_template_dup_title_for (id, buntan_project_get_template_version (project));

  return title != NULL ? title : g_strdup (_buntan_export_or_dash (id));
}

static void
add_missing (BuntanDocument *document, BuntanProject *project, BuntanOverview *overview)
{
  static const BuntanDocumentColumn columns[] = {
    { "項番", 1, TRUE },
    { "項目", 3, FALSE },
    { "回答者", 2, FALSE },
    { "不足の内容", 6, FALSE },
  };
  BuntanMatrix    *matrix = buntan_overview_get_matrix (overview);
  GPtrArray       *gaps = buntan_matrix_get_gaps (matrix);
  BuntanParty     *hospital = buntan_project_get_hospital (project);
  g_autofree char *hospital_name =
    buntan_party_dup_unique_short_name (hospital, buntan_project_get_parties (project));
  guint listed = 0;

  buntan_document_add_heading (document, "記入が不足している回答");
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  for (guint i = 0; i < buntan_matrix_get_n_rows (matrix); i++)
    {
      BuntanItem *item = buntan_matrix_get_item (matrix, i);
      g_auto (GStrv) vendors = buntan_item_dup_confirming_parties (item, project);
      g_autofree char *number = _buntan_export_dup_inspector_number (item);

      if (vendors[0] == NULL && !_buntan_export_item_is_greyed (item) &&
          buntan_item_get_first_check (item) == BUNTAN_CHECK_RESULT_UNSET)
        {
          const char *cells[] = { number, or_empty (buntan_item_get_title (item)), hospital_name,
                                  "医療機関の回答（はい・いいえ）がまだありません。", NULL };

          buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
          listed++;
        }
      for (guint g = 0; g < gaps->len; g++)
        {
          BuntanGap   *gap = g_ptr_array_index (gaps, g);
          const char  *party_id = buntan_gap_get_party_id (gap);
          BuntanParty *party =
            party_id != NULL ? buntan_project_find_party (project, party_id) : NULL;
          g_autofree char *who = NULL;
          g_autofree char *sentence = NULL;

          if (g_strcmp0 (buntan_gap_get_item_id (gap), buntan_item_get_id (item)) != 0)
            continue;
          who = party != NULL
                  ? buntan_party_dup_unique_short_name (party, buntan_project_get_parties (project))
                  : g_strdup (hospital_name);
          sentence = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_WORKBOOK);
          {
            const char *cells[] = { number, or_empty (buntan_item_get_title (item)), who, sentence,
                                    NULL };

            buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
          }
          listed++;
        }
    }
  if (listed == 0)
    buntan_document_add_section_row (document, "不足している回答はありません。");
}

static void
add_cover (BuntanDocument *document,
           BuntanProject  *project,
           BuntanOverview *overview,
           const char     *fingerprint)
{
  static const BuntanDocumentColumn columns[] = {
    { "区分", 1.2, FALSE },
    { "名称", 3, FALSE },
    { "対象項目", 1.2, TRUE },
    { "未回答", 1.2, TRUE },
    { "目標日のない「いいえ」", 2, TRUE },
    { "記入状況", 2.2, FALSE },
  };
  g_autoptr (BuntanCyberSummary) summary = buntan_cyber_summary_new (project);
  g_autofree char *date = buntan_date_dup_export_date ();
  g_autofree char *checklist = dup_checklist_name (project);

  buntan_document_add_title (
    document, "サイバーセキュリティ対策チェックリスト　回答一覧",
    "立入検査に備え、医療機関確認用と事業者ごとの事業者確認用の回答をまとめたもの");
  buntan_document_begin_key_values (document);
  buntan_document_add_key_value (document, "医療機関",
                                 _buntan_export_or_dash (
                                   buntan_project_get_hospital_name (project)));
  buntan_document_add_key_value (document, "チェックリスト", checklist);
  buntan_document_add_key_value (document, "チェックリストの版",
                                 _buntan_export_or_dash (
                                   buntan_project_get_template_version (project)));
  buntan_document_add_key_value (document, "出力日", date);
  buntan_document_add_key_value (document, "照合用ハッシュ", fingerprint);

  buntan_document_add_heading (document, "回答の状況");
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  for (guint i = 0; i < buntan_cyber_summary_get_n_parties (summary); i++)
    {
      BuntanParty             *party = buntan_cyber_summary_get_party (summary, i);
      const BuntanCyberCounts *counts = buntan_cyber_summary_get_counts (summary, i);
      g_autofree char         *asked = g_strdup_printf ("%u", counts->asked);
      g_autofree char         *unanswered = g_strdup_printf ("%u", counts->unanswered);
      g_autofree char         *no_target = g_strdup_printf ("%u", counts->no_without_target);
      g_autofree char         *completeness = dup_completeness (counts);
      const char              *cells[] = {
                     buntan_party_is_hospital (party) ? "医療機関" : "事業者",
        _buntan_export_party_name (party),
        asked,
        unanswered,
        no_target,
        completeness,
        NULL,
      };

      buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
    }

  add_missing (document, project, overview);
  buntan_document_add_paragraph (
    document, "各シートは「はい」「いいえ」で回答し、確認日を記入します。「いいえ」の項目には、"
              "対策を終える目標日を記入します。すべての項目に回答があり、目標日のない「いいえ」が"
              "ないシートを「完了」としています。");
}

/* はい / いいえ, 対象外, or 未回答; the target date, or 未記入 where an
 * いいえ lacks one, as the workbook's cells say. */
static void
fill_answer (const char      **cells,
             BuntanItem       *item,
             BuntanCheckResult result,
             const char       *date,
             const char       *target,
             const char       *completed)
{
  gboolean greyed = _buntan_export_item_is_greyed (item);

  if (greyed)
    cells[3] = BUNTAN_EXPORT_WORD (buntan_export_status_words, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
  else if (result == BUNTAN_CHECK_RESULT_UNSET)
    cells[3] = BUNTAN_INSPECTOR_UNANSWERED;
  else
    cells[3] = BUNTAN_EXPORT_WORD (buntan_export_check_words, result);
  cells[4] = or_empty (date);
  if (!greyed && result == BUNTAN_CHECK_RESULT_NO && target == NULL && completed == NULL)
    cells[5] = BUNTAN_INSPECTOR_NO_TARGET;
  else
    cells[5] = or_empty (target);
}

/* One answering party's sheet: the items it answers (a vendor the items it
 * confirms, the hospital every item no vendor confirms) with its answers. */
static void
add_sheet (BuntanDocument *document,
           BuntanProject  *project,
           BuntanMatrix   *matrix,
           BuntanParty    *party)
{
  gboolean         hospital = buntan_party_is_hospital (party);
  g_autofree char *last_section = NULL;
  gboolean         any = FALSE;

  buntan_document_add_page_break (document);
  if (hospital)
    buntan_document_add_title (document, "サイバーセキュリティ対策チェックリスト（医療機関確認用）",
                               _buntan_export_party_name (party));
  else
    {
      g_autofree char *subtitle =
        g_strdup_printf ("事業者：%s　　提供サービス：%s", _buntan_export_party_name (party),
                         _buntan_export_or_dash (buntan_party_get_service (party)));

      buntan_document_add_title (document, "サイバーセキュリティ対策チェックリスト（事業者確認用）",
                                 subtitle);
    }
  buntan_document_begin_table (document, answer_columns,
                               hospital ? G_N_ELEMENTS (answer_columns) : VENDOR_COLUMNS, TRUE);

  for (guint i = 0; i < buntan_matrix_get_n_rows (matrix); i++)
    {
      BuntanItem *item = buntan_matrix_get_item (matrix, i);
      g_auto (GStrv) vendors = buntan_item_dup_confirming_parties (item, project);
      g_autofree char *number = NULL;
      g_autofree char *section = NULL;
      const char      *cells[G_N_ELEMENTS (answer_columns) + 1] = { NULL };

      if (hospital ? vendors[0] != NULL
                   : !g_strv_contains ((const char *const *) vendors, buntan_party_get_id (party)))
        continue;

      section = _buntan_export_dup_section_text (item, hospital);
      if (section != NULL && g_strcmp0 (section, last_section) != 0)
        {
          buntan_document_add_section_row (document, section);
          g_free (last_section);
          last_section = g_steal_pointer (&section);
        }

      number = _buntan_export_dup_inspector_number (item);
      cells[0] = number;
      cells[1] = or_empty (buntan_item_get_title (item));
      cells[2] = or_empty (buntan_item_get_content (item));
      if (hospital)
        {
          fill_answer (cells, item, buntan_item_get_first_check (item),
                       buntan_item_get_first_check_date (item), buntan_item_get_target (item),
                       buntan_item_get_completed (item));
          cells[6] = or_empty (buntan_item_get_note (item));
        }
      else
        {
          BuntanCheck *check = buntan_item_find_check (item, buntan_party_get_id (party));

          fill_answer (cells, item,
                       check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET,
                       check != NULL ? buntan_check_get_date (check) : NULL,
                       check != NULL ? buntan_check_get_target (check) : NULL,
                       check != NULL ? buntan_check_get_completed (check) : NULL);
        }
      buntan_document_add_row (document, cells,
                               _buntan_export_item_is_greyed (item) ? BUNTAN_DOCUMENT_ROW_GREYED
                                                                    : BUNTAN_DOCUMENT_ROW_NONE);
      any = TRUE;
    }

  if (!any)
    buntan_document_add_section_row (document, hospital ? "医療機関が回答する項目はありません。"
                                                        : "この事業者が回答する項目はありません。");
}

/**
 * buntan_inspector_document_new:
 * @project: a project made from the cyber-security checklist
 * @overview: the project's overview
 *
 * Returns: (transfer full): the cover and the answer sheets, ready to paginate
 */
BuntanDocument *
buntan_inspector_document_new (BuntanProject *project, BuntanOverview *overview)
{
  BuntanExportOptions options = { 0 };
  BuntanMatrix       *matrix;
  g_autoptr (BuntanDocument) document = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (overview), NULL);

  matrix = buntan_overview_get_matrix (overview);
  fingerprint = buntan_printed_dup_fingerprint_for (project, &options, NULL);
  title = g_strdup_printf ("サイバーセキュリティ対策チェックリスト　%s",
                           _buntan_export_or_dash (buntan_project_get_title (project)));
  footer = g_strdup_printf ("照合用ハッシュ %.16s…", fingerprint);

  document = buntan_document_new (title);
  buntan_document_set_footer (document, footer);
  add_cover (document, project, overview, fingerprint);
  for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
    if (buntan_party_is_hospital (buntan_matrix_get_party (matrix, col)))
      add_sheet (document, project, matrix, buntan_matrix_get_party (matrix, col));
  for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
    if (!buntan_party_is_hospital (buntan_matrix_get_party (matrix, col)))
      add_sheet (document, project, matrix, buntan_matrix_get_party (matrix, col));

  return g_steal_pointer (&document);
}

/**
 * buntan_inspector_document_get_paper:
 * @width: (out): the page's width in points
 * @height: (out): the page's height in points
 *
 * A4 landscape, as the workbook's sheets print.
 */
void
buntan_inspector_document_get_paper (double *width, double *height)
{
  *width = MM (297);
  *height = MM (210);
}
