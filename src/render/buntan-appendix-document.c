/* buntan-appendix-document.c — one vendor's bilateral appendix: what its workbook shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document the hospital (甲) and one vendor (乙) sign and stamp: a
 * cover with the two of them, the vendor's contracts, the appendix's
 * fingerprint and the seal block, then the vendor's rows. Which rows and
 * parties it shows is asked of buntan-printed.c, as the appendix workbook
 * asks it, so the PDF and the workbook can never disagree; other vendors
 * are named only on the rows they share, and never with their contacts or
 * anything else of theirs.
 */

#include "config.h"

#include "buntan-appendix-document.h"
#include "buntan-export-private.h"

#define MM(x) ((x) *72.0 / 25.4)

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static char *
dup_short_name (const BuntanPrintedScope *scope, BuntanParty *party)
{
  return buntan_party_dup_unique_short_name (party, buntan_project_get_parties (scope->project));
}

/* A party on a row: 甲 and 乙 by name; another vendor by name and short
 * name, as the cover that defines short names is not its own — the same
 * words the appendix workbook prints. */
static char *
dup_row_party_name (const BuntanPrintedScope *scope, BuntanParty *party)
{
  g_autofree char *short_name = NULL;

  if (buntan_printed_scope_shows_party (scope, party))
    return g_strdup (_buntan_export_party_name (party));

  short_name = dup_short_name (scope, party);
  if (g_strcmp0 (short_name, _buntan_export_party_name (party)) == 0)
    return g_steal_pointer (&short_name);
  return g_strdup_printf ("%s（%s）", _buntan_export_party_name (party), short_name);
}

/* 「事務長　高橋 誠（2026-04-01 設置）」, or a dash when none is recorded. */
static char *
dup_safety_manager (BuntanProject *project)
{
  BuntanParty *hospital = buntan_project_get_hospital (project);
  const char  *name = buntan_party_get_safety_manager_name (hospital);
  const char  *title = buntan_party_get_safety_manager_title (hospital);
  const char  *appointed = buntan_party_get_safety_manager_appointed (hospital);
  g_autoptr (GString) text = g_string_new (NULL);

  if (*name == '\0')
    return g_strdup (BUNTAN_EXPORT_NO_VALUE);

  if (*title != '\0')
    g_string_append_printf (text, "%s　", title);
  g_string_append (text, name);
  if (appointed != NULL)
    g_string_append_printf (text, "（%s 設置）", appointed);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
count_rows (const BuntanPrintedScope *scope, BuntanMatrix *matrix)
{
  guint shown = 0;

  for (guint row = 0; row < buntan_matrix_get_n_rows (matrix); row++)
    if (buntan_printed_scope_shows_item (scope, buntan_matrix_get_item (matrix, row)))
      shown++;
  return shown;
}

static void
add_facts (BuntanDocument           *document,
           const BuntanPrintedScope *scope,
           BuntanMatrix             *matrix,
           gboolean                  draft,
           guint                     n_gaps,
           const char               *fingerprint)
{
  BuntanProject   *project = scope->project;
  g_autofree char *manager = dup_safety_manager (project);
  g_autofree char *date = buntan_date_dup_export_date ();
  g_autofree char *template_text = NULL;
  g_autofree char *items = NULL;
  g_autofree char *gaps = NULL;

  template_text =
    g_strdup_printf ("%s（版 %s）",
                     _buntan_export_or_dash (buntan_project_get_template_id (project)),
                     _buntan_export_or_dash (buntan_project_get_template_version (project)));
  items = g_strdup_printf ("%u（乙が主担当（◎）・協力（○）・情報提供（△）の項目）",
                           count_rows (scope, matrix));
  gaps = g_strdup_printf ("%u（本別紙の項目に残る、主担当が未定の項目など）", n_gaps);

  buntan_document_begin_key_values (document);
  buntan_document_add_key_value (document, "案件名",
                                 _buntan_export_or_dash (buntan_project_get_title (project)));
  buntan_document_add_key_value (document, "甲（医療機関）",
                                 _buntan_export_or_dash (
                                   buntan_project_get_hospital_name (project)));
  buntan_document_add_key_value (document, "乙（事業者）",
                                 _buntan_export_party_name (scope->vendor));
  buntan_document_add_key_value (document, "医療情報システム安全管理責任者", manager);
  buntan_document_add_key_value (document, "区分",
                                 draft ? BUNTAN_EXPORT_DRAFT_MARK "（協議用。確定版ではありません）"
                                       : "確定版");
  buntan_document_add_key_value (document, "出力日", date);
  buntan_document_add_key_value (document, "チェックリスト", template_text);
  buntan_document_add_key_value (document, "項目数", items);
  buntan_document_add_key_value (document, "抜け漏れ", gaps);
  buntan_document_add_key_value (document, "照合用ハッシュ", fingerprint);
  buntan_document_add_paragraph (document,
                                 "照合用ハッシュは SHA-256 です。本別紙に印刷される内容（甲・乙・"
                                 "項目・協議の状態）が同じなら同じ値になり、甲乙の保持する別紙が"
                                 "同一であることの確認に使います。");
}

/* 甲 and 乙 with their contacts: no other party's. */
static void
add_parties (BuntanDocument *document, const BuntanPrintedScope *scope)
{
  static const BuntanDocumentColumn columns[] = {
    { "区分", 1.2, FALSE },   { "名称", 3, FALSE },
    { "略称", 1.6, FALSE },   { "提供サービス・システム", 3, FALSE },
    { "連絡先", 2.6, FALSE }, { "緊急連絡先", 2.6, FALSE },
  };
  GListModel *parties = buntan_project_get_parties (scope->project);

  buntan_document_add_heading (document, "当事者");
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *short_name = NULL;

      if (!buntan_printed_scope_shows_party (scope, party))
        continue;

      short_name = dup_short_name (scope, party);
      {
        const char *cells[] = {
          buntan_party_is_hospital (party) ? "甲（医療機関）" : "乙（事業者）",
          _buntan_export_party_name (party),
          short_name,
          or_empty (buntan_party_get_service (party)),
          or_empty (buntan_party_get_contact (party)),
          or_empty (buntan_party_get_emergency_contact (party)),
          NULL,
        };

        buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
      }
    }
}

static void
add_contracts (BuntanDocument *document, const BuntanPrintedScope *scope)
{
  static const BuntanDocumentColumn columns[] = {
    { "契約名", 3, FALSE },   { "契約種別", 1.6, FALSE }, { "契約番号", 2, FALSE },
    { "締結日", 1.4, FALSE }, { "契約期間", 2.6, FALSE }, { "更新日", 1.4, FALSE },
  };
  GListModel *contracts = buntan_party_get_contracts (scope->vendor);
  guint       listed = 0;

  buntan_document_add_heading (document, "契約");
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);
      const char      *start = buntan_contract_get_start (contract);
      const char      *end = buntan_contract_get_end (contract);
      g_autofree char *period = NULL;

      if (!buntan_printed_scope_shows_contract (scope, contract))
        continue;

      period = start == NULL && end == NULL
                 ? g_strdup (BUNTAN_EXPORT_NO_VALUE)
                 : g_strdup_printf ("%s〜%s", or_empty (start), or_empty (end));
      {
        const char *cells[] = {
          _buntan_export_or_dash (buntan_contract_get_title (contract)),
          BUNTAN_EXPORT_WORD (buntan_export_contract_words, buntan_contract_get_kind (contract)),
          _buntan_export_or_dash (buntan_contract_get_number (contract)),
          _buntan_export_or_dash (buntan_contract_get_signed (contract)),
          period,
          _buntan_export_or_dash (buntan_contract_get_renewal (contract)),
          NULL,
        };

        buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_NONE);
        listed++;
      }
    }
  if (listed == 0)
    buntan_document_add_section_row (document, "契約の記録なし");
}

/* 甲 and 乙 as a contract names them: name, address and representative,
 * a box for the seal (印) and one for the date. */
static void
add_seal_block (BuntanDocument *document, const BuntanPrintedScope *scope)
{
  static const BuntanDocumentColumn columns[] = {
    { "区分", 1.4, FALSE }, { "名称", 3, FALSE },   { "住所・代表者", 4, FALSE },
    { "印", 1.4, TRUE },    { "日付", 1.6, FALSE },
  };
  BuntanParty *signers[] = { buntan_project_get_hospital (scope->project), scope->vendor };
  const char  *roles[] = { "甲（医療機関）", "乙（事業者）" };

  buntan_document_add_heading (document, "記名押印");
  buntan_document_begin_signature_table (document, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < G_N_ELEMENTS (signers); i++)
    {
      const char      *address = or_empty (buntan_party_get_address (signers[i]));
      const char      *representative = or_empty (buntan_party_get_representative (signers[i]));
      g_autofree char *signer =
        g_strdup_printf ("%s%s%s", address, *address != '\0' && *representative != '\0' ? "\n" : "",
                         representative);
      const char *cells[] = {
        roles[i], _buntan_export_party_name (signers[i]), signer, "印", "", NULL,
      };

      buntan_document_add_row (document, cells, BUNTAN_DOCUMENT_ROW_BOX);
    }
}

/* The 担当 column: the owner's name, 共同 or 各事業者（個別） with the names
 * of those leading, or 未定. */
static char *
dup_lead_text (const BuntanPrintedScope *scope, BuntanMatrix *matrix, guint row)
{
  BuntanItem  *item = buntan_matrix_get_item (matrix, row);
  const char  *owner = buntan_item_get_owner (item);
  BuntanParty *party;

  if (!_buntan_export_item_has_lead (item))
    return g_strdup (_buntan_export_item_is_greyed (item) ? BUNTAN_EXPORT_NO_VALUE
                                                          : BUNTAN_EXPORT_UNDECIDED);

  if (buntan_item_is_joint (item) || buntan_item_is_each (item))
    {
      const char *word = buntan_item_is_joint (item) ? BUNTAN_EXPORT_JOINT : BUNTAN_EXPORT_EACH;
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
        {
          if (buntan_matrix_get_mark (matrix, row, col) != BUNTAN_MARK_LEAD)
            continue;
          if (names->len > 0)
            g_string_append (names, "、");
          g_string_append (names,
                           _buntan_export_party_name (buntan_matrix_get_party (matrix, col)));
        }
      if (names->len == 0)
        return g_strdup (word);
      return g_strdup_printf ("%s（%s）", word, names->str);
    }

  party = buntan_project_find_party (scope->project, owner);
  return party != NULL ? dup_row_party_name (scope, party) : g_strdup (owner);
}

static const char *
mark_symbol (BuntanMark mark)
{
  return mark == BUNTAN_MARK_LEAD      ? BUNTAN_EXPORT_MARK_LEAD
         : mark == BUNTAN_MARK_SUPPORT ? BUNTAN_EXPORT_MARK_SUPPORT
                                       : BUNTAN_EXPORT_MARK_INFORMED;
}

/* The other parties of a shared row with their marks: the only place
 * another vendor is named. */
static char *
dup_other_parties (const BuntanPrintedScope *scope, BuntanMatrix *matrix, guint row)
{
  g_autoptr (GString) others = g_string_new (NULL);

  for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
    {
      BuntanParty     *party = buntan_matrix_get_party (matrix, col);
      BuntanMark       mark = buntan_matrix_get_mark (matrix, row, col);
      g_autofree char *name = NULL;

      if (party == scope->vendor || mark == BUNTAN_MARK_NONE)
        continue;

      name = dup_row_party_name (scope, party);
      if (others->len > 0)
        g_string_append_c (others, '\n');
      g_string_append_printf (others, "%s %s", mark_symbol (mark), name);
    }

  return g_string_free (g_steal_pointer (&others), FALSE);
}

static char *
dup_first_check (BuntanItem *item)
{
  const char *word =
    BUNTAN_EXPORT_WORD (buntan_export_check_words, buntan_item_get_first_check (item));
  const char *date = buntan_item_get_first_check_date (item);

  if (date == NULL || *date == '\0')
    return g_strdup (word);
  return g_strdup_printf ("%s%s%s", word, *word != '\0' ? "\n" : "", date);
}

static void
add_rows (BuntanDocument *document, const BuntanPrintedScope *scope, BuntanMatrix *matrix)
{
  static const BuntanDocumentColumn columns[] = {
    { "項番", 1, FALSE },       { "項目", 2.2, FALSE },  { "内容", 3.1, FALSE },
    { "役割", 1.5, TRUE },      { "主担当", 2, FALSE },  { "状態", 0.9, TRUE },
    { "契約条項", 1.5, FALSE }, { "備考", 2.2, FALSE },  { "他の当事者", 3, FALSE },
    { "初回確認", 1.6, TRUE },  { "完了日", 1.6, TRUE },
  };
  guint            vendor_col = 0;
  g_autofree char *heading = NULL;
  g_autofree char *about = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *last_section = NULL;
  guint            leads = 0, supports = 0, informed = 0;

  for (guint col = 0; col < buntan_matrix_get_n_columns (matrix); col++)
    if (buntan_matrix_get_party (matrix, col) == scope->vendor)
      vendor_col = col;

  heading = g_strdup_printf ("別紙　責任分担表（%s）", _buntan_export_party_name (scope->vendor));
  about = g_strdup_printf ("提供サービス：%s　　契約種別：%s",
                           _buntan_export_or_dash (buntan_party_get_service (scope->vendor)),
                           BUNTAN_EXPORT_WORD (buntan_export_contract_words,
                                               buntan_party_get_contract (scope->vendor)));

  buntan_document_add_page_break (document);
  buntan_document_add_heading (document, heading);
  buntan_document_add_paragraph (document, about);
  buntan_document_begin_table (document, columns, G_N_ELEMENTS (columns), TRUE);

  for (guint row = 0; row < buntan_matrix_get_n_rows (matrix); row++)
    {
      BuntanItem      *item = buntan_matrix_get_item (matrix, row);
      BuntanMark       mark = buntan_matrix_get_mark (matrix, row, vendor_col);
      g_autofree char *number = NULL;
      g_autofree char *lead = NULL;
      g_autofree char *others = NULL;
      g_autofree char *first_check = NULL;
      const char      *role;

      if (!buntan_printed_scope_shows_item (scope, item))
        continue;

      if (mark == BUNTAN_MARK_LEAD)
        {
          leads++;
          role = buntan_item_is_joint (item) ? BUNTAN_EXPORT_MARK_LEAD
                   " 主担当\n（" BUNTAN_EXPORT_JOINT "）"
                 : buntan_item_is_each (item) ? BUNTAN_EXPORT_MARK_LEAD
                   " 主担当\n（" BUNTAN_EXPORT_EACH "）"
                                              : BUNTAN_EXPORT_MARK_LEAD " 主担当";
        }
      else if (mark == BUNTAN_MARK_INFORMED)
        {
          informed++;
          role = BUNTAN_EXPORT_MARK_INFORMED " 情報提供";
        }
      else
        {
          supports++;
          role = BUNTAN_EXPORT_MARK_SUPPORT " 協力";
        }

      number = _buntan_export_dup_item_number (item, scope->include_part1);
      lead = dup_lead_text (scope, matrix, row);
      others = dup_other_parties (scope, matrix, row);
      first_check = dup_first_check (item);
      {
        g_autofree char *section = _buntan_export_dup_section_text (item, scope->include_part1);

        /* An item outside any section gets no row, and a section after it gets one again. */
        if (section == NULL)
          g_clear_pointer (&last_section, g_free);
        else if (g_strcmp0 (section, last_section) != 0)
          {
            buntan_document_add_section_row (document, section);
            g_free (last_section);
            last_section = g_steal_pointer (&section);
          }
      }
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
          others,
          first_check,
          or_empty (buntan_item_get_completed (item)),
          NULL,
        };

        buntan_document_add_row (document, cells,
                                 _buntan_export_item_is_greyed (item) ? BUNTAN_DOCUMENT_ROW_GREYED
                                                                      : BUNTAN_DOCUMENT_ROW_NONE);
      }
    }

  if (leads + supports + informed == 0)
    buntan_document_add_section_row (document,
                                     "この事業者が主担当・協力となっている項目はありません。");

  if (informed > 0)
    totals = g_strdup_printf ("計 %u 項目（" BUNTAN_EXPORT_MARK_LEAD
                              " 主担当 %u、" BUNTAN_EXPORT_MARK_SUPPORT
                              " 協力 %u、" BUNTAN_EXPORT_MARK_INFORMED " 情報提供 %u）",
                              leads + supports + informed, leads, supports, informed);
  else
    totals = g_strdup_printf ("計 %u 項目（" BUNTAN_EXPORT_MARK_LEAD
                              " 主担当 %u、" BUNTAN_EXPORT_MARK_SUPPORT " 協力 %u）",
                              leads + supports, leads, supports);
  buntan_document_add_paragraph (document, totals);
  buntan_document_add_paragraph (
    document, "凡例　" BUNTAN_EXPORT_MARK_LEAD
              " 主担当：その項目の実施に責任を持つ当事者　" BUNTAN_EXPORT_MARK_SUPPORT
              " 協力：主担当に協力する当事者　" BUNTAN_EXPORT_MARK_INFORMED
              " 情報提供：結果の連絡を受ける当事者　"
              "灰色の行：本契約では対象外とした項目");
  /* Said at the end, as the cover is full with the seal block. */
  buntan_document_add_paragraph (
    document,
    "本書は、甲乙の契約の対象となる各項目について、主担当（◎）、協力（○）、"
    "情報提供（△）を定めたものです。他の事業者は、乙と分担する項目に限り名称を示します。");
}

/**
 * buntan_appendix_document_new:
 * @scope: an appendix's scope (its vendor set), from buntan_printed_scope_init()
 * @overview: the project's overview
 * @draft: whether the document is a draft: 案 on every page and on the cover
 * @n_gaps: the gaps on its rows (buntan_export_dup_gaps()), for the cover
 *
 * Returns: (transfer full): the vendor's bilateral appendix, ready to paginate
 */
BuntanDocument *
buntan_appendix_document_new (const BuntanPrintedScope *scope,
                              BuntanOverview           *overview,
                              gboolean                  draft,
                              guint                     n_gaps)
{
  BuntanMatrix *matrix;
  g_autoptr (BuntanDocument) document = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (scope != NULL && BUNTAN_IS_PARTY (scope->vendor), NULL);
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (overview), NULL);

  matrix = buntan_overview_get_matrix (overview);
  fingerprint = buntan_printed_dup_fingerprint (scope);
  title = g_strdup_printf ("別紙　責任分担表（%s）　%s", _buntan_export_party_name (scope->vendor),
                           _buntan_export_or_dash (buntan_project_get_title (scope->project)));
  /* The workbook's footer shortens the fingerprint the same way. */
  footer = g_strdup_printf ("照合用ハッシュ %.16s…", fingerprint);
  subtitle =
    g_strdup_printf ("甲（%s）と乙（%s）との契約の別紙として、両者の役割分担を定めるもの",
                     _buntan_export_or_dash (buntan_project_get_hospital_name (scope->project)),
                     _buntan_export_party_name (scope->vendor));

  document = buntan_document_new (title);
  buntan_document_set_footer (document, footer);
  if (draft)
    buntan_document_set_page_mark (document, BUNTAN_EXPORT_DRAFT_MARK);

  buntan_document_add_title (document,
                             draft ? "別紙　責任分担表（" BUNTAN_EXPORT_DRAFT_MARK "）"
                                   : "別紙　責任分担表",
                             subtitle);
  add_facts (document, scope, matrix, draft, n_gaps, fingerprint);
  add_parties (document, scope);
  add_contracts (document, scope);
  add_seal_block (document, scope);
  add_rows (document, scope, matrix);

  return g_steal_pointer (&document);
}

/**
 * buntan_appendix_document_get_paper:
 * @width: (out): the page's width in points
 * @height: (out): the page's height in points
 *
 * An appendix has one vendor's columns whatever the number of parties: A4
 * landscape.
 */
void
buntan_appendix_document_get_paper (double *width, double *height)
{
  *width = MM (297);
  *height = MM (210);
}
