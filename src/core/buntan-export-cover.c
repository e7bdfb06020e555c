/* buntan-export-cover.c — the cover: the facts, the parties and the signatures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

#define COVER_COLUMNS 6
#define SIGNATURE_LINES 3

/* The short name (略称) stands beside the name: the cover defines the short
 * names every other sheet uses. */
static const BuntanXlsxColumn cover_columns[COVER_COLUMNS] = {
  { "区分", 16 },   { "名称", 34 },       { "略称", 18 }, { "提供サービス・システム", 34 },
  { "連絡先", 30 }, { "緊急連絡先", 30 },
};

/* The contracts' table shares the columns, under headings of its own. */
static const char *const contract_headings[COVER_COLUMNS] = {
  "事業者（略称）", "契約名", "契約種別", "契約番号・締結日", "契約期間", "更新日",
};

static lxw_row_t
put_cover_field (BuntanExport  *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 const char    *label,
                 const char    *value)
{
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, label, self->xlsx->label);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, COVER_COLUMNS - 1, value,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

/* Counts are numbers, so that they stay numbers when someone sums them. */
static lxw_row_t
put_cover_count (BuntanExport  *self,
                 lxw_worksheet *sheet,
                 lxw_row_t      row,
                 const char    *label,
                 guint          count,
                 const char    *remark)
{
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, label, self->xlsx->label);
  buntan_xlsx_writer_put_number (self->xlsx, sheet, row, 1, count,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, COVER_COLUMNS - 1, remark,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

static lxw_row_t
put_cover_remark (BuntanExport  *self,
                  lxw_worksheet *sheet,
                  lxw_row_t      row,
                  lxw_col_t      first_col,
                  const char    *remark)
{
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, first_col, COVER_COLUMNS - 1, remark,
                                 self->xlsx->remark);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

/* 「事務長　高橋 誠（2026-04-01 設置）」, or a dash when none is recorded. */
static char *
dup_safety_manager (BuntanExport *self)
{
  BuntanParty *hospital = buntan_project_get_hospital (self->project);
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
    {
      g_autofree char *when = _buntan_export_dup_date_text (self, appointed);

      g_string_append_printf (text, "（%s 設置）", when);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* 版数 and 合意日 from the latest agreed version; a document no version
 * stands behind says so (案 / 未合意), and its export date follows. */
static lxw_row_t
put_cover_version (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "版数", self->xlsx->label);
  if (self->version_number > 0)
    {
      g_autofree char *number = g_strdup_printf ("第%u版", self->version_number);

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, number, text);
    }
  else
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, BUNTAN_EXPORT_DRAFT_MARK, text);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, "合意日", self->xlsx->label);
  if (self->version_agreed != NULL)
    _buntan_export_put_cover_date (self, sheet, row, 3, self->version_agreed,
                                   BUNTAN_XLSX_STYLE_DATE_LEFT);
  else
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3, "未合意", text);
  if (self->version_changed)
    {
      g_autofree char *changed =
        g_strdup_printf ("第%u版の合意後に変更があります", self->version_number);

      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 4, COVER_COLUMNS - 1, changed,
                                     self->xlsx->remark);
    }
  else
    buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 4, COVER_COLUMNS - 1, "", text);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "出力日", self->xlsx->label);
  _buntan_export_put_cover_date (self, sheet, row, 1, self->today, BUNTAN_XLSX_STYLE_DATE_LEFT);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, COVER_COLUMNS - 1, "", text);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
  return row + 1;
}

static lxw_row_t
put_cover_facts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  g_autofree char *template_text = NULL;
  g_autofree char *part_counts = NULL;

  row = put_cover_field (self, sheet, row, "案件名", buntan_project_get_title (self->project));
  row = put_cover_field (self, sheet, row, "医療機関", _buntan_export_organization (self));
  {
    g_autofree char *manager = dup_safety_manager (self);

    row = put_cover_field (self, sheet, row, "医療情報システム安全管理責任者", manager);
  }

  row = put_cover_version (self, sheet, row);

  template_text =
    g_strdup_printf ("%s（版 %s）",
                     _buntan_export_or_dash (buntan_project_get_template_id (self->project)),
                     _buntan_export_or_dash (buntan_project_get_template_version (self->project)));
  row = put_cover_field (self, sheet, row, "チェックリスト", template_text);

  part_counts =
    g_strdup_printf ("第1部 %u 項目、第2部 %u 項目", _buntan_export_count_items (self, 1, 0, TRUE),
                     _buntan_export_count_items (self, 2, 0, TRUE));
  row = put_cover_count (self, sheet, row, "項目数", _buntan_export_count_items (self, 0, 0, TRUE),
                         part_counts);
  row = put_cover_count (self, sheet, row, "合意済",
                         _buntan_export_count_items (self, 0, BUNTAN_ITEM_STATUS_AGREED, FALSE),
                         "状態が「合意済」の項目");
  row = put_cover_count (self, sheet, row, "抜け漏れ", buntan_matrix_get_gaps (self->all)->len,
                         "主担当が未定の項目など。一覧は「" BUNTAN_EXPORT_SHEET_SUMMARY "」シート");
  row = put_cover_field (self, sheet, row, "照合用ハッシュ", self->fingerprint);

  return put_cover_remark (self, sheet, row, 1,
                           "SHA-256。日時を除く内容（当事者・項目・協議の状態）が同じなら"
                           "同じ値になります。各当事者の保持する版が同一であることの確認に"
                           "使います。");
}

static lxw_row_t
put_cover_parties (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint       n_parties = self->n_parties;
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "当事者", self->xlsx->heading);
  buntan_xlsx_writer_put_head_row (self->xlsx, sheet, row++);

  for (guint col = 0; col < n_parties; col++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);
      gboolean     hospital = buntan_party_is_hospital (party);

      /* An appendix shows the hospital's and its vendor's contacts only. */
      if (!buntan_printed_scope_shows_party (&self->scope, party))
        continue;

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, hospital ? "医療機関" : "事業者",
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, _buntan_export_party_name (party),
                                   text);
      {
        g_autofree char *short_name =
          buntan_party_dup_unique_short_name (party, buntan_project_get_parties (self->project));

        buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2, short_name, text);
      }
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3, buntan_party_get_service (party),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, buntan_party_get_contact (party),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5,
                                   buntan_party_get_emergency_contact (party), text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  return row;
}

/* "2024-04-01〜2027-03-31", an open side left blank; a dash for neither. */
static char *
dup_period (BuntanExport *self, BuntanContract *contract)
{
  g_autofree char *start =
    _buntan_export_dup_date_text (self, buntan_contract_get_start (contract));
  g_autofree char *end = _buntan_export_dup_date_text (self, buntan_contract_get_end (contract));

  if (start == NULL && end == NULL)
    return g_strdup (BUNTAN_EXPORT_NO_VALUE);

  return g_strdup_printf ("%s〜%s", start != NULL ? start : "", end != NULL ? end : "");
}

static char *
dup_number_and_signed (BuntanExport *self, BuntanContract *contract)
{
  const char      *number = buntan_contract_get_number (contract);
  g_autofree char *signed_on =
    _buntan_export_dup_date_text (self, buntan_contract_get_signed (contract));

  if (signed_on == NULL)
    return g_strdup (*number != '\0' ? number : BUNTAN_EXPORT_NO_VALUE);

  return g_strdup_printf ("%s%s%s 締結", number, *number != '\0' ? "\n" : "", signed_on);
}

static void
put_contract_row (BuntanExport   *self,
                  lxw_worksheet  *sheet,
                  lxw_row_t       row,
                  const char     *vendor,
                  BuntanContract *contract)
{
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  g_autofree char *period = dup_period (self, contract);
  g_autofree char *number = dup_number_and_signed (self, contract);
  const char      *title = buntan_contract_get_title (contract);

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, vendor, text);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1,
                               *title != '\0' ? title : BUNTAN_EXPORT_NO_VALUE, text);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2,
                               BUNTAN_EXPORT_WORD (buntan_export_contract_words,
                                                   buntan_contract_get_kind (contract)),
                               text);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3, number, text);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, period, text);
  if (buntan_contract_get_renewal (contract) != NULL)
    _buntan_export_put_cover_date (self, sheet, row, 5, buntan_contract_get_renewal (contract),
                                   BUNTAN_XLSX_STYLE_DATE);
  else
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, BUNTAN_EXPORT_NO_VALUE, text);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
}

/* Each vendor's contracts, so that the matrix reads against them; a vendor
 * without one says so rather than vanish from the table. */
static lxw_row_t
put_cover_contracts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "契約", self->xlsx->heading);
  for (guint col = 0; col < COVER_COLUMNS; col++)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, (lxw_col_t) col, contract_headings[col],
                                 self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint col = 0; col < self->n_parties; col++)
    {
      BuntanParty     *party = buntan_matrix_get_party (self->all, col);
      GListModel      *contracts = buntan_party_get_contracts (party);
      guint            n_contracts = g_list_model_get_n_items (contracts);
      g_autofree char *short_name = NULL;

      if (buntan_party_is_hospital (party) ||
          !buntan_printed_scope_shows_party (&self->scope, party))
        continue;

      short_name =
        buntan_party_dup_unique_short_name (party, buntan_project_get_parties (self->project));
      if (n_contracts == 0)
        {
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, short_name, text);
          buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 1, COVER_COLUMNS - 1,
                                         "契約の記録なし", text);
          buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
        }
      for (guint i = 0; i < n_contracts; i++)
        {
          g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);

          if (!buntan_printed_scope_shows_contract (&self->scope, contract))
            continue;
          put_contract_row (self, sheet, row++, short_name, contract);
        }
    }

  return row;
}

/* The documents each vendor discloses to the hospital (the evidence the
 * ministry's checklist asks it to keep), with the dates they arrived. */
static lxw_row_t
put_cover_disclosures (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  static const char *const headings[] = {
    "事業者（略称）",
    "サービス仕様適合開示書",
    "MDS/SDS",
    "サイバーセキュリティ対策チェックリスト（事業者確認用）",
  };
  lxw_format *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "開示資料の受領日",
                               self->xlsx->heading);
  for (guint col = 0; col < G_N_ELEMENTS (headings); col++)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, (lxw_col_t) col, headings[col],
                                 self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, G_N_ELEMENTS (headings), COVER_COLUMNS - 1,
                                 "", self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint col = 0; col < self->n_parties; col++)
    {
      BuntanParty     *party = buntan_matrix_get_party (self->all, col);
      const char      *dates[G_N_ELEMENTS (headings) - 1];
      g_autofree char *short_name = NULL;

      if (buntan_party_is_hospital (party) ||
          !buntan_printed_scope_shows_party (&self->scope, party))
        continue;

      dates[0] = buntan_party_get_service_spec_received (party);
      dates[1] = buntan_party_get_mds_sds_received (party);
      dates[2] = buntan_party_get_cyber_checklist_received (party);
      short_name =
        buntan_party_dup_unique_short_name (party, buntan_project_get_parties (self->project));
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, short_name, text);
      for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
        if (dates[i] != NULL && *dates[i] != '\0')
          _buntan_export_put_cover_date (self, sheet, row, (lxw_col_t) (i + 1), dates[i],
                                         BUNTAN_XLSX_STYLE_DATE_LEFT);
        else
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, (lxw_col_t) (i + 1), "未受領", text);
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, G_N_ELEMENTS (headings),
                                     COVER_COLUMNS - 1, "", text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  return row;
}

/* "東京都…\n代表取締役 山本 直樹": what the signature block prints above the seal. */
static char *
dup_address_and_representative (BuntanParty *party)
{
  const char *address = buntan_party_get_address (party);
  const char *representative = buntan_party_get_representative (party);

  return g_strdup_printf ("%s%s%s", address,
                          *address != '\0' && *representative != '\0' ? "\n" : "", representative);
}

/* One row per party: its address and representative, room to sign or seal
 * and to date it. */
static lxw_row_t
put_cover_signatures (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint n_parties = self->n_parties;

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "署名欄", self->xlsx->heading);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, 1, "当事者", self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, 3, "住所・代表者", self->xlsx->head);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, "記名押印", self->xlsx->head);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, "日付", self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint col = 0; col < n_parties; col++, row++)
    {
      BuntanParty     *party = buntan_matrix_get_party (self->all, col);
      g_autofree char *signer = dup_address_and_representative (party);

      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, 1,
                                     _buntan_export_party_name (party), self->xlsx->box);
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, 3, signer, self->xlsx->box);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, "", self->xlsx->box);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, "", self->xlsx->box);
      buntan_xlsx_writer_reserve_lines (self->xlsx, SIGNATURE_LINES);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  return row;
}

void
_buntan_export_write_cover (BuntanExport *self, lxw_worksheet *sheet)
{
  lxw_row_t row;

  /* The cover's place is first, its text comes last (it shows the fingerprint). */
  buntan_xlsx_writer_begin_sheet (self->xlsx);
  buntan_xlsx_writer_put_titles (
    self->xlsx, sheet,
    self->draft ? "医療情報システムの契約における責任分担表（" BUNTAN_EXPORT_DRAFT_MARK "）"
                : "医療情報システムの契約における責任分担表",
    "契約書・SLA・覚書の別紙として、医療機関と各事業者の役割分担を定めるもの");
  buntan_xlsx_writer_set_columns (self->xlsx, sheet, cover_columns, COVER_COLUMNS);

  row = put_cover_facts (self, sheet, BUNTAN_XLSX_ROW_SUBTITLE + 2);
  row = put_cover_parties (self, sheet, row + 1);
  row = put_cover_contracts (self, sheet, row + 1);
  row = put_cover_disclosures (self, sheet, row + 1);
  /* The closing sentence stands before the signatures, as in a contract,
   * so that it never ends up alone on a page of its own. */
  row = put_cover_remark (
    self, sheet, row + 1, 0,
    _buntan_export_with_part1 (self)
      ? "本書は、各項目について主担当（◎）、協力（○）、情報提供（△）の当事者を定めたものです。"
        "詳細は「" BUNTAN_EXPORT_SHEET_MATRIX "」シート、各事業者の別紙シート、"
        "第1部・第2部の確認表を参照してください。"
      : "本書は、各項目について主担当（◎）、協力（○）、情報提供（△）の当事者を定めたものです。"
        "詳細は「" BUNTAN_EXPORT_SHEET_MATRIX "」シート、各事業者の別紙シート、"
        "第2部の確認表を参照してください。");
  put_cover_signatures (self, sheet, row + 1);

  buntan_xlsx_writer_set_up_page (self->xlsx, sheet, "表紙", BUNTAN_XLSX_ROW_TITLE,
                                  BUNTAN_XLSX_ROW_SUBTITLE, BUNTAN_XLSX_ROW_SUBTITLE + 1, 0);
  /* The cover is one page: signatures never part from what they sign. */
  worksheet_fit_to_pages (sheet, 1, 1);
}

/* 甲 and 乙 as a contract names them: name, address and representative,
 * and a box for the seal (印) and one for the date. */
static lxw_row_t
put_appendix_signatures (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  BuntanParty *signers[] = { buntan_project_get_hospital (self->project), self->scope.vendor };
  const char  *roles[] = { "甲（医療機関）", "乙（事業者）" };

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row++, 0, "記名押印", self->xlsx->heading);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, "区分", self->xlsx->head);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, "名称", self->xlsx->head);
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, 3, "住所・代表者", self->xlsx->head);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, "印", self->xlsx->head);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, "日付", self->xlsx->head);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  for (guint i = 0; i < G_N_ELEMENTS (signers); i++, row++)
    {
      g_autofree char *signer = dup_address_and_representative (signers[i]);

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, roles[i], self->xlsx->box);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1,
                                   _buntan_export_party_name (signers[i]), self->xlsx->box);
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 2, 3, signer, self->xlsx->box);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, "印", self->xlsx->box);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, "", self->xlsx->box);
      buntan_xlsx_writer_reserve_lines (self->xlsx, SIGNATURE_LINES);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row);
    }

  return row;
}

static lxw_row_t
put_appendix_facts (BuntanExport *self, lxw_worksheet *sheet, lxw_row_t row)
{
  guint            n_rows = buntan_matrix_get_n_rows (self->all);
  guint            shown = 0;
  g_autofree char *manager = dup_safety_manager (self);
  g_autofree char *template_text = NULL;

  for (guint i = 0; i < n_rows; i++)
    if (_buntan_export_shows_row (self, i))
      shown++;

  row = put_cover_field (self, sheet, row, "案件名", buntan_project_get_title (self->project));
  row = put_cover_field (self, sheet, row, "甲（医療機関）", _buntan_export_organization (self));
  row = put_cover_field (self, sheet, row, "乙（事業者）",
                         _buntan_export_party_name (self->scope.vendor));
  row = put_cover_field (self, sheet, row, "医療情報システム安全管理責任者", manager);
  row = put_cover_field (self, sheet, row, "区分",
                         self->draft ? BUNTAN_EXPORT_DRAFT_MARK "（協議用。確定版ではありません）"
                                     : "確定版");

  row = put_cover_version (self, sheet, row);

  template_text =
    g_strdup_printf ("%s（版 %s）",
                     _buntan_export_or_dash (buntan_project_get_template_id (self->project)),
                     _buntan_export_or_dash (buntan_project_get_template_version (self->project)));
  row = put_cover_field (self, sheet, row, "チェックリスト", template_text);
  row = put_cover_count (self, sheet, row, "項目数", shown,
                         "乙が主担当（◎）・協力（○）・情報提供（△）の項目");
  row = put_cover_count (self, sheet, row, "抜け漏れ", self->n_gaps,
                         "本別紙の項目に残る、主担当が未定の項目など");
  row = put_cover_field (self, sheet, row, "照合用ハッシュ", self->fingerprint);

  return put_cover_remark (self, sheet, row, 1,
                           "SHA-256。本別紙に印刷される内容（甲・乙・項目・協議の状態）が"
                           "同じなら同じ値になります。甲乙の保持する別紙が同一であることの"
                           "確認に使います。");
}

/* The cover of one vendor's bilateral appendix: 甲 and 乙 only. */
void
_buntan_export_write_appendix_cover (BuntanExport *self, lxw_worksheet *sheet)
{
  g_autofree char *subtitle =
    g_strdup_printf ("甲（%s）と乙（%s）との契約の別紙として、両者の役割分担を定めるもの",
                     _buntan_export_organization (self),
                     _buntan_export_party_name (self->scope.vendor));
  lxw_row_t row;

  buntan_xlsx_writer_begin_sheet (self->xlsx);
  buntan_xlsx_writer_put_titles (self->xlsx, sheet,
                                 self->draft ? "別紙　責任分担表（" BUNTAN_EXPORT_DRAFT_MARK "）"
                                             : "別紙　責任分担表",
                                 subtitle);
  buntan_xlsx_writer_set_columns (self->xlsx, sheet, cover_columns, COVER_COLUMNS);

  row = put_appendix_facts (self, sheet, BUNTAN_XLSX_ROW_SUBTITLE + 2);
  row = put_cover_parties (self, sheet, row + 1);
  row = put_cover_contracts (self, sheet, row + 1);
  row = put_cover_disclosures (self, sheet, row + 1);
  row = put_cover_remark (
    self, sheet, row + 1, 0,
    "本書は、甲乙の契約の対象となる各項目について、主担当（◎）、協力（○）、情報提供（△）を"
    "定めたものです。他の事業者は、乙と分担する項目に限り名称を示します。");
  put_appendix_signatures (self, sheet, row + 1);

  buntan_xlsx_writer_set_up_page (self->xlsx, sheet, "表紙", BUNTAN_XLSX_ROW_TITLE,
                                  BUNTAN_XLSX_ROW_SUBTITLE, BUNTAN_XLSX_ROW_SUBTITLE + 1, 0);
  /* The cover is one page: signatures never part from what they sign. */
  worksheet_fit_to_pages (sheet, 1, 1);
}
