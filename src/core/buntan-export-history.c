/* buntan-export-history.c — 変更履歴: the agreed versions and what the latest changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per agreed version (第N版, 合意日, 備考, 照合用ハッシュ, 取消), then
 * the changes of the version in force since the one before it, compared
 * from their snapshots (so edits made since the agreement are not in it:
 * they are not agreed yet).
 */

#include "config.h"

#include "buntan-export-private.h"

static const BuntanXlsxColumn version_columns[] = {
  { "版", 8 },    { "合意日", 12 }, { "備考", 30 }, { "照合用ハッシュ（SHA-256）", 40 },
  { "取消", 24 },
};

/* The compared fields in the workbook's words; any other is named by its key. */
static const struct
{
  const char *member;
  const char *word;
} field_words[] = {
  { "title", "項目" },
  { "content", "内容" },
  { "risk", "リスク" },
  { "recommended", "推奨される対策" },
  { "status", "状態" },
  { "owner", "主担当" },
  { "participants", "協力" },
  { "informed", "情報提供" },
  { "checks", "事業者確認" },
  { "first_check", "初回確認" },
  { "completed", "完了日" },
  { "target", "目標日" },
  { "clause", "契約条項" },
  { "agreed_terms", "合意内容" },
  { "note", "備考" },
  { "applies_to", "対象の契約種別" },
  { "name", "名称" },
  { "short_name", "略称" },
  { "contracts", "契約" },
  { "address", "所在地" },
  { "representative", "代表者" },
};

static const char *
field_word (const char *member)
{
  for (guint i = 0; member != NULL && i < G_N_ELEMENTS (field_words); i++)
    if (g_str_equal (field_words[i].member, member))
      return field_words[i].word;

  return member != NULL ? member : "";
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* A change in one sentence of the contract's language (buntan_change_describe()
 * says the same in the reader's language for the window and the CLI). */
static char *
dup_change_words (BuntanChange *change)
{
  const char      *subject = buntan_change_get_subject (change);
  const char      *before = buntan_change_get_before (change);
  const char      *after = buntan_change_get_after (change);
  g_autofree char *who = NULL;

  switch (buntan_change_get_kind (change))
    {
    case BUNTAN_CHANGE_KIND_ITEM_ADDED:
      return g_strdup_printf ("項目 %s を追加：%s", subject, or_empty (after));
    case BUNTAN_CHANGE_KIND_ITEM_RETIRED:
      return g_strdup_printf ("項目 %s を廃止：%s", subject, or_empty (before));
    case BUNTAN_CHANGE_KIND_PARTY_ADDED:
      return g_strdup_printf ("当事者 %s を追加：%s", subject, or_empty (after));
    case BUNTAN_CHANGE_KIND_PARTY_REMOVED:
      return g_strdup_printf ("当事者 %s を削除：%s", subject, or_empty (before));
    case BUNTAN_CHANGE_KIND_PARTY_RENAMED:
      return g_strdup_printf ("当事者 %s の名称を「%s」から「%s」に変更", subject,
                              or_empty (before), or_empty (after));
    case BUNTAN_CHANGE_KIND_ITEM_CHANGED:
      who = g_strdup_printf ("項目 %s", subject);
      break;
    case BUNTAN_CHANGE_KIND_PARTY_CHANGED:
      who = g_strdup_printf ("当事者 %s", subject);
      break;
    case BUNTAN_CHANGE_KIND_PROJECT_CHANGED:
    default:
      who = g_strdup ("案件");
      break;
    }

  if (before == NULL || *before == '\0')
    return g_strdup_printf ("%s：%sを「%s」に設定", who,
                            field_word (buntan_change_get_field (change)), or_empty (after));
  if (after == NULL || *after == '\0')
    return g_strdup_printf ("%s：%sを削除（変更前「%s」）", who,
                            field_word (buntan_change_get_field (change)), before);
  return g_strdup_printf ("%s：%sを「%s」から「%s」に変更", who,
                          field_word (buntan_change_get_field (change)), before, after);
}

static BuntanVersion *
find_previous (GListModel *versions, BuntanVersion *latest)
{
  BuntanVersion *previous = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);
      guint number = buntan_version_get_number (version);

      if (buntan_version_get_withdrawn (version) || number >= buntan_version_get_number (latest))
        continue;
      if (previous == NULL || number > buntan_version_get_number (previous))
        previous = version;
    }

  return previous;
}

static lxw_row_t
write_changes (BuntanExport  *self,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               BuntanVersion *latest,
               BuntanVersion *previous)
{
  guint            n_columns = G_N_ELEMENTS (version_columns);
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  g_autofree char *heading = NULL;
  g_autoptr (BuntanProject) old_project = NULL;
  g_autoptr (BuntanProject) new_project = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  GListModel *changes;
  guint       n_changes;

  if (previous == NULL)
    {
      heading = g_strdup_printf ("第%u版の変更点", buntan_version_get_number (latest));
      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, (lxw_col_t) (n_columns - 1),
                                     heading, self->xlsx->label);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
      buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, n_columns,
                                          "最初の合意版のため、変更点はありません。");
      return row;
    }

  heading = g_strdup_printf ("第%u版の変更点（第%u版から）", buntan_version_get_number (latest),
                             buntan_version_get_number (previous));
  buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, (lxw_col_t) (n_columns - 1), heading,
                                 self->xlsx->label);
  buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

  /* A snapshot that cannot be read was refused nowhere else: the sheet says
   * so rather than failing the whole workbook. */
  old_project = buntan_version_load_snapshot (previous, NULL, NULL);
  new_project = buntan_version_load_snapshot (latest, NULL, NULL);
  if (old_project == NULL || new_project == NULL)
    {
      buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, n_columns,
                                          "合意版の記録を読めないため、変更点を示せません。");
      return row;
    }

  comparison = buntan_comparison_new (old_project, new_project);
  changes = buntan_comparison_get_changes (comparison);
  n_changes = g_list_model_get_n_items (changes);
  if (n_changes == 0)
    buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, n_columns, "変更はありません。");

  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (changes, i);
      g_autofree char *words = dup_change_words (change);

      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, (lxw_col_t) (n_columns - 1), words,
                                     text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  return row;
}

void
_buntan_export_write_history (BuntanExport *self)
{
  GListModel      *versions = buntan_project_get_versions (self->project);
  guint            n_versions = g_list_model_get_n_items (versions);
  guint            n_columns = G_N_ELEMENTS (version_columns);
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  lxw_format      *center = self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE];
  g_autofree char *subtitle = NULL;
  BuntanVersion   *latest;
  lxw_worksheet   *sheet;
  lxw_row_t        row = BUNTAN_XLSX_ROW_HEAD + 1;

  if (n_versions == 0 ||
      (sheet = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_EXPORT_SHEET_HISTORY)) == NULL)
    return;

  subtitle = _buntan_export_dup_subtitle (self);
  buntan_xlsx_writer_begin_table (self->xlsx, sheet, "別紙 変更履歴", "変更履歴", subtitle,
                                  version_columns, n_columns, 0);

  for (guint i = 0; i < n_versions; i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);
      g_autofree char *number = g_strdup_printf ("第%u版", buntan_version_get_number (version));
      g_autofree char *withdrawn = NULL;

      if (buntan_version_get_withdrawn (version))
        withdrawn = g_strdup_printf ("%s 取消：%s", buntan_version_get_withdrawn_date (version),
                                     buntan_version_get_withdrawn_reason (version));

      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, number, center);
      buntan_xlsx_writer_put_date (self->xlsx, sheet, row, 1, buntan_version_get_agreed (version),
                                   BUNTAN_XLSX_STYLE_DATE, FALSE);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2,
                                   _buntan_export_or_dash (buntan_version_get_note (version)),
                                   text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3,
                                   buntan_version_get_fingerprint (version, NULL), text);
      buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, _buntan_export_or_dash (withdrawn),
                                   text);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
    }

  latest = buntan_project_get_latest_version (self->project);
  if (latest != NULL)
    write_changes (self, sheet, row + 1, latest, find_previous (versions, latest));
}
