/* buntan-internal-document.c — the hospital's own document: what the internal workbook shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cover (facts, parties, fingerprint, signatures), the responsibility
 * matrix, one list per vendor and the summary, built from content blocks of
 * BuntanDocument. Every count and gap comes from the overview and every
 * word from the workbook's tables (buntan-export-private.h), so the PDF and
 * the workbook say the same thing in the same words.
 */

#include "config.h"

#include "buntan-export-private.h"
#include "buntan-internal-document.h"

/* Up to this many parties the matrix fits A4 landscape at 9 pt; beyond, A3. */
#define A4_MAX_PARTIES 7

#define MM(x) ((x) *72.0 / 25.4)

static const char *
party_label (BuntanParty *party)
{
  return _buntan_export_party_name (party);
}

/* A matrix column is narrow: the party's short name where it has one. */
static const char *
column_label (BuntanParty *party)
{
  const char *short_name = buntan_party_get_short_name (party);

  return short_name != NULL && *short_name != '\0' ? short_name : party_label (party);
}

static void
add_cover (BuntanDocument *document,
           BuntanProject  *project,
           BuntanOverview *overview,
           const char     *fingerprint)
{
  BuntanMatrix                     *matrix = buntan_overview_get_matrix (overview);
  guint                             n_parties = buntan_matrix_get_n_columns (matrix);
  g_autofree char                  *date = buntan_date_dup_export_date ();
  g_autofree char                  *template_text = NULL;
  g_autofree char                  *items = NULL;
  g_autofree char                  *agreed = NULL;
  g_autofree char                  *gaps = NULL;
  g_autofree const char           **names = g_new0 (const char *, n_parties + 1);
  static const BuntanDocumentColumn party_columns[] = {
    { "区分", 1.2, FALSE },     { "名称", 3, FALSE },     { "提供サービス・システム", 3, FALSE },
    { "契約種別", 1.6, FALSE }, { "連絡先", 2.6, FALSE }, { "緊急連絡先", 2.6, FALSE },
  };

  buntan_document_add_title (
    document, "医療情報システムの契約における責任分担表",
    "契約書・SLA・覚書の別紙として、医療機関と各事業者の役割分担を定めるもの");

  template_text =
    g_strdup_printf ("%s（版 %s）",
                     _buntan_export_or_dash (buntan_project_get_template_id (project)),
                     _buntan_export_or_dash (buntan_project_get_template_version (project)));
  items = g_strdup_printf ("%u（第1部 %u 項目、第2部 %u 項目）",
                           buntan_overview_count_items (overview, 0),
                           buntan_overview_count_items (overview, 1),
                           buntan_overview_count_items (overview, 2));
  agreed =
    g_strdup_printf ("%u", buntan_overview_count_status (overview, 0, BUNTAN_ITEM_STATUS_AGREED));
  gaps = g_strdup_printf ("%u", buntan_overview_count_gaps (overview, 0));

  buntan_document_begin_key_values (document);
  buntan_document_add_key_value (document, "案件名",
                                 _buntan_export_or_dash (buntan_project_get_title (project)));
  buntan_document_add_key_value (document, "医療機関",
                                 _buntan_export_or_dash (
                                   buntan_project_get_hospital_name (project)));
  buntan_document_add_key_value (document, "出力日", date);
  buntan_document_add_key_value (document, "チェックリスト", template_text);
  buntan_document_add_key_value (document, "項目数", items);
  buntan_document_add_key_value (document, "合意済", agreed);
  buntan_document_add_key_value (document, "抜け漏れ", gaps);
  buntan_document_add_key_value (document, "照合用ハッシュ", fingerprint);
  buntan_document_add_paragraph (document,
                                 "照合用ハッシュは SHA-256 です。日時を除く内容（当事者・項目・"
                                 "協議の状態）が同じなら同じ値になり、各当事者の保持する版が"
                                 "同一であることの確認に使います。");

  buntan_document_add_heading (document, "当事者");
  buntan_document_begin_table (document, party_columns, G_N_ELEMENTS (party_columns), TRUE);
  for (guint col = 0; col < n_parties; col++)
    {
      BuntanParty *party = buntan_matrix_get_party (matrix, col);
      gboolean     hospital = buntan_party_is_hospital (party);
      const char  *cells[] = {
         hospital ? "医療機関" : "事業者",
        party_label (party),
        buntan_party_get_service (party),
        hospital
          ? BUNTAN_EXPORT_NO_VALUE
          : BUNTAN_EXPORT_WORD (buntan_export_contract_words, buntan_party_get_contract (party)),
        buntan_party_get_contact (party),
        buntan_party_get_emergency_contact (party),
        NULL,
      };

      /* A NULL cell would end the row early. */
      for (guint i = 0; i < G_N_ELEMENTS (cells) - 1; i++)
        if (cells[i] == NULL)
          cells[i] = "";
      buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
      names[col] = party_label (party);
    }

  buntan_document_add_heading (document, "署名欄");
  buntan_document_add_signatures (document, names);
}

/* A section row wherever the part or the section changes. */
static void
add_section_if_new (BuntanDocument *document, BuntanItem *item, char **last, gboolean with_part)
{
  g_autofree char *text = _buntan_export_dup_section_text (item, with_part);

  if (g_strcmp0 (text, *last) == 0)
    return;
  /* An item outside any section gets no row, and a section after it gets one again. */
  if (text == NULL)
    {
      g_clear_pointer (last, g_free);
      return;
    }

  buntan_document_add_section_row (document, text);
  g_free (*last);
  *last = g_steal_pointer (&text);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* The 担当 column: the owner's name, 共同 with the names sharing it, or 未定. */
static char *
dup_lead_text (BuntanProject *project, BuntanMatrix *matrix, guint row, gboolean with_joint_names)
{
  BuntanItem  *item = buntan_matrix_get_item (matrix, row);
  const char  *owner = buntan_item_get_owner (item);
  BuntanParty *party;

  if (!_buntan_export_item_has_lead (item))
    return g_strdup (_buntan_export_item_is_greyed (item) ? BUNTAN_EXPORT_NO_VALUE
                                                          : BUNTAN_EXPORT_UNDECIDED);

  /* 各事業者（個別） names its parties as 共同 does, as the workbook does. */
  if (buntan_item_is_joint (item) || buntan_item_is_each (item))
    {
      const char *word = buntan_item_is_joint (item) ? BUNTAN_EXPORT_JOINT : BUNTAN_EXPORT_EACH;
      g_autoptr (GString) names = g_string_new (NULL);

      if (!with_joint_names)
        return g_strdup (word);
      for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
        {
          if (buntan_matrix_get_mark (matrix, row, col) != BUNTAN_MARK_LEAD)
            continue;
          if (names->len > 0)
            g_string_append (names, "、");
          g_string_append (names, party_label (buntan_matrix_get_party (matrix, col)));
        }
      if (names->len == 0)
        return g_strdup (word);
      return g_strdup_printf ("%s（%s）", word, names->str);
    }

  party = buntan_project_find_party (project, owner);
  return g_strdup (party != NULL ? party_label (party) : owner);
}

static void
add_matrix (BuntanDocument *document,
            BuntanProject  *project,
            BuntanOverview *overview,
            gboolean        include_part1)
{
  BuntanMatrix *matrix = buntan_overview_get_matrix (overview);
  guint         n_parties = buntan_matrix_get_n_columns (matrix);
  guint         n_rows = buntan_matrix_get_n_rows (matrix);
  guint         first = include_part1 ? 0 : buntan_overview_get_first_row (overview, 2);
  guint         n_columns = n_parties + 6;
  g_autofree BuntanDocumentColumn *columns = g_new0 (BuntanDocumentColumn, n_columns);
  g_autofree const char          **cells = g_new0 (const char *, n_columns + 1);
  g_autofree char                 *last_section = NULL;

  columns[0] = (BuntanDocumentColumn){ "項番", include_part1 ? 1.5 : 1, FALSE };
  columns[1] = (BuntanDocumentColumn){ "項目", 4, FALSE };
  for (guint col = 0; col < n_parties; col++)
    columns[2 + col] =
      (BuntanDocumentColumn){ column_label (buntan_matrix_get_party (matrix, col)), 1.3, TRUE };
  columns[n_parties + 2] = (BuntanDocumentColumn){ "主担当", 1.8, FALSE };
  columns[n_parties + 3] = (BuntanDocumentColumn){ "状態", 1, TRUE };
  columns[n_parties + 4] = (BuntanDocumentColumn){ "契約条項", 2, FALSE };
  columns[n_parties + 5] = (BuntanDocumentColumn){ "備考", 3, FALSE };

  buntan_document_add_page_break (document);
  buntan_document_add_heading (document, include_part1 ? "責任分担表（第1部・第2部）"
                                                       : "責任分担表（第2部）");
  buntan_document_begin_table (document, columns, n_columns, TRUE);

  for (guint row = first; row < n_rows; row++)
    {
      BuntanItem      *item = buntan_matrix_get_item (matrix, row);
      g_autofree char *number = _buntan_export_dup_item_number (item, include_part1);
      g_autofree char *lead = dup_lead_text (project, matrix, row, FALSE);

      add_section_if_new (document, item, &last_section, include_part1);
      cells[0] = number;
      cells[1] = or_empty (buntan_item_get_title (item));
      for (guint col = 0; col < n_parties; col++)
        {
          BuntanMark mark = buntan_matrix_get_mark (matrix, row, col);

          cells[2 + col] = mark == BUNTAN_MARK_LEAD      ? BUNTAN_EXPORT_MARK_LEAD
                           : mark == BUNTAN_MARK_SUPPORT ? BUNTAN_EXPORT_MARK_SUPPORT
                                                         : "";
        }
      cells[n_parties + 2] = lead;
      cells[n_parties + 3] =
        BUNTAN_EXPORT_WORD (buntan_export_status_words, buntan_item_get_status (item));
      cells[n_parties + 4] = or_empty (buntan_item_get_clause (item));
      cells[n_parties + 5] = or_empty (buntan_item_get_note (item));
      buntan_document_add_row (document, cells,
                               _buntan_export_item_is_greyed (item) ? BUNTAN_DOCUMENT_ROW_GREYED
                                                                    : BUNTAN_DOCUMENT_ROW_NONE);
    }

  if (first == n_rows)
    buntan_document_add_section_row (document, "項目はありません。");

  buntan_document_add_paragraph (
    document,
    "凡例　" BUNTAN_EXPORT_MARK_LEAD
    " 主担当：その項目の実施に責任を持つ当事者　" BUNTAN_EXPORT_MARK_SUPPORT
    " 協力：主担当に協力する当事者　" BUNTAN_EXPORT_JOINT
    "：複数の当事者が主担当を分担する　" BUNTAN_EXPORT_UNDECIDED "：主担当が決まっていない　"
    "灰色の行：本契約では対象外とした項目");
}

static void
add_vendor (BuntanDocument *document,
            BuntanProject  *project,
            BuntanOverview *overview,
            guint           party_col,
            gboolean        include_part1)
{
  static const BuntanDocumentColumn columns[] = {
    { "項番", 1, FALSE },   { "項目", 3, FALSE }, { "内容", 5, FALSE },     { "役割", 1.3, TRUE },
    { "主担当", 2, FALSE }, { "状態", 1, TRUE },  { "契約条項", 2, FALSE }, { "備考", 3, FALSE },
  };
  BuntanMatrix    *matrix = buntan_overview_get_matrix (overview);
  BuntanParty     *vendor = buntan_matrix_get_party (matrix, party_col);
  guint            n_rows = buntan_matrix_get_n_rows (matrix);
  guint            first = include_part1 ? 0 : buntan_overview_get_first_row (overview, 2);
  g_autofree char *heading = g_strdup_printf ("責任分担表（%s）", party_label (vendor));
  g_autofree char *about = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *last_section = NULL;
  guint            leads = 0, supports = 0;

  about = g_strdup_printf ("提供サービス：%s　　契約種別：%s",
                           _buntan_export_or_dash (buntan_party_get_service (vendor)),
                           BUNTAN_EXPORT_WORD (buntan_export_contract_words,
                                               buntan_party_get_contract (vendor)));

  buntan_document_add_page_break (document);
  buntan_document_add_heading (document, heading);
  buntan_document_add_paragraph (document, about);
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);

  for (guint row = first; row < n_rows; row++)
    {
      BuntanMark       mark = buntan_matrix_get_mark (matrix, row, party_col);
      BuntanItem      *item;
      g_autofree char *number = NULL;
      g_autofree char *lead = NULL;
      const char      *role;

      if (mark == BUNTAN_MARK_NONE)
        continue;

      item = buntan_matrix_get_item (matrix, row);
      if (mark == BUNTAN_MARK_LEAD)
        {
          leads++;
          role = buntan_item_is_joint (item) ? BUNTAN_EXPORT_MARK_LEAD
                   " 主担当（" BUNTAN_EXPORT_JOINT "）"
                                             : BUNTAN_EXPORT_MARK_LEAD " 主担当";
        }
      else
        {
          supports++;
          role = BUNTAN_EXPORT_MARK_SUPPORT " 協力";
        }

      number = _buntan_export_dup_item_number (item, include_part1);
      lead = dup_lead_text (project, matrix, row, TRUE);
      add_section_if_new (document, item, &last_section, include_part1);
      {
        const char *cells[] = {
          number,
          or_empty (buntan_item_get_title (item)),
          or_empty (buntan_item_get_content (item)),
          role,
          lead,
          BUNTAN_EXPORT_WORD (buntan_export_status_words, buntan_item_get_status (item)),
          or_empty (buntan_item_get_clause (item)),
          or_empty (buntan_item_get_note (item)),
          NULL,
        };

        buntan_document_add_row (document, cells,
                                 _buntan_export_item_is_greyed (item) ? BUNTAN_DOCUMENT_ROW_GREYED
                                                                      : BUNTAN_DOCUMENT_ROW_NONE);
      }
    }

  if (leads + supports == 0)
    buntan_document_add_section_row (document,
                                     "この事業者が主担当・協力となっている項目はありません。");

  totals = g_strdup_printf ("計 %u 項目（" BUNTAN_EXPORT_MARK_LEAD
                            " 主担当 %u、" BUNTAN_EXPORT_MARK_SUPPORT " 協力 %u）",
                            leads + supports, leads, supports);
  buntan_document_add_paragraph (document, totals);
}

static void
add_counts (BuntanDocument *document, BuntanOverview *overview)
{
  static const BuntanDocumentColumn status_columns[] = {
    { "部", 2, FALSE },    { "未着手", 1, TRUE }, { "協議中", 1, TRUE },
    { "合意済", 1, TRUE }, { "対象外", 1, TRUE }, { "計", 1, TRUE },
  };
  static const BuntanDocumentColumn party_columns[] = {
    { "当事者", 3, FALSE },
    { "第1部 " BUNTAN_EXPORT_MARK_LEAD " 主担当", 1, TRUE },
    { "第1部 " BUNTAN_EXPORT_MARK_SUPPORT " 協力", 1, TRUE },
    { "第2部 " BUNTAN_EXPORT_MARK_LEAD " 主担当", 1, TRUE },
    { "第2部 " BUNTAN_EXPORT_MARK_SUPPORT " 協力", 1, TRUE },
  };
  static const char *const part_names[] = { "合計", "第1部", "第2部" };
  BuntanMatrix            *matrix = buntan_overview_get_matrix (overview);

  buntan_document_add_page_break (document);
  buntan_document_add_heading (document, "集計");
  buntan_document_add_paragraph (document, "部・状態別の項目数");
  buntan_document_begin_table (document, status_columns, G_N_ELEMENTS (status_columns), TRUE);
  for (guint i = 1; i <= 3; i++)
    {
      guint       part = i % 3; /* 第1部, 第2部, then 合計 */
      char        numbers[BUNTAN_N_ITEM_STATUSES + 1][16];
      const char *cells[BUNTAN_N_ITEM_STATUSES + 3];

      cells[0] = part_names[part];
      for (guint status = 0; status < BUNTAN_N_ITEM_STATUSES; status++)
        {
          g_snprintf (numbers[status], sizeof numbers[status], "%u",
                      buntan_overview_count_status (overview, part, status));
          cells[1 + status] = numbers[status];
        }
      g_snprintf (numbers[BUNTAN_N_ITEM_STATUSES], sizeof numbers[0], "%u",
                  buntan_overview_count_items (overview, part));
      cells[1 + BUNTAN_N_ITEM_STATUSES] = numbers[BUNTAN_N_ITEM_STATUSES];
      cells[2 + BUNTAN_N_ITEM_STATUSES] = NULL;
      buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
    }

  buntan_document_add_paragraph (document, "当事者別の担当項目数（対象外を含む）");
  buntan_document_begin_table (document, party_columns, G_N_ELEMENTS (party_columns), TRUE);
  for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
    {
      char        numbers[4][16];
      const char *cells[6];

      cells[0] = party_label (buntan_matrix_get_party (matrix, col));
      for (guint i = 0; i < 4; i++)
        {
          g_snprintf (numbers[i], sizeof numbers[i], "%u",
                      buntan_overview_count_marks (overview, 1 + i / 2, col,
                                                   i % 2 == 0 ? BUNTAN_MARK_LEAD
                                                              : BUNTAN_MARK_SUPPORT));
          cells[1 + i] = numbers[i];
        }
      cells[5] = NULL;
      buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
    }
}

static void
add_gaps (BuntanDocument *document, BuntanProject *project, BuntanOverview *overview)
{
  static const BuntanDocumentColumn columns[] = {
    { "項番・事業者", 2, FALSE },
    { "抜け漏れ", 5, FALSE },
  };
  GPtrArray       *gaps = buntan_overview_get_gaps (overview);
  g_autofree char *heading = g_strdup_printf ("抜け漏れ（%u 件）", gaps->len);

  buntan_document_add_heading (document, heading);
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap   *gap = g_ptr_array_index (gaps, i);
      const char  *item_id = buntan_gap_get_item_id (gap);
      const char  *party_id = buntan_gap_get_party_id (gap);
      BuntanItem  *item = buntan_project_find_item (project, item_id);
      BuntanParty *party = party_id != NULL ? buntan_project_find_party (project, party_id) : NULL;
      g_autofree char *sentence = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_WORKBOOK);
      g_autofree char *where = NULL;

      if (item != NULL)
        {
          g_autofree char *number = _buntan_export_dup_item_number (item, TRUE);

          where = g_strdup_printf ("%s\n%s", number, or_empty (buntan_item_get_title (item)));
        }
      else if (party != NULL)
        where = g_strdup (party_label (party));
      else
        where = g_strdup (or_empty (party_id));

      {
        const char *cells[] = { where, sentence, NULL };

        buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
      }
    }

  if (gaps->len == 0)
    buntan_document_add_section_row (document, "抜け漏れはありません。");
}

/**
 * buntan_internal_document_new:
 * @project: a project
 * @overview: the project's overview
 * @include_part1: whether the matrix and the vendors' lists show Part 1 items too
 *
 * Returns: (transfer full): the internal document, ready to paginate
 */
BuntanDocument *
buntan_internal_document_new (BuntanProject  *project,
                              BuntanOverview *overview,
                              gboolean        include_part1)
{
  BuntanMatrix *matrix;
  g_autoptr (BuntanDocument) document = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (overview), NULL);

  matrix = buntan_overview_get_matrix (overview);
  /* The internal workbook's fingerprint: the same document content, the
   * same value, whichever of the two the other side holds. */
  {
    BuntanPrintedScope scope = { project, include_part1, NULL, NULL };

    fingerprint = buntan_printed_dup_fingerprint (&scope);
  }
  title =
    g_strdup_printf ("責任分担表　%s", _buntan_export_or_dash (buntan_project_get_title (project)));
  /* The workbook's footer shortens the fingerprint the same way. */
  footer = g_strdup_printf ("照合用ハッシュ %.16s…", fingerprint);

  document = buntan_document_new (title);
  buntan_document_set_footer (document, footer);

  add_cover (document, project, overview, fingerprint);
  add_matrix (document, project, overview, include_part1);
  for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
    if (!buntan_party_is_hospital (buntan_matrix_get_party (matrix, col)))
      add_vendor (document, project, overview, col, include_part1);
  add_counts (document, overview);
  add_gaps (document, project, overview);

  return g_steal_pointer (&document);
}

/**
 * buntan_internal_document_get_paper:
 * @overview: the project's overview
 * @width: (out): the page's width in points
 * @height: (out): the page's height in points
 *
 * The paper of the PDF: A4 landscape, or A3 landscape when the matrix has a
 * column for more parties than A4 holds at a readable size.
 */
void
buntan_internal_document_get_paper (BuntanOverview *overview, double *width, double *height)
{
  guint n_parties = buntan_matrix_get_n_columns (buntan_overview_get_matrix (overview));

  *width = n_parties > A4_MAX_PARTIES ? MM (420) : MM (297);
  *height = n_parties > A4_MAX_PARTIES ? MM (297) : MM (210);
}
