/* buntan-export-common.c — words about items, shared by the sheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-export-file.h"
#include "buntan-export-private.h"

const char *const buntan_export_status_words[BUNTAN_N_ITEM_STATUSES] = {
  [BUNTAN_ITEM_STATUS_OPEN] = "未着手",
  [BUNTAN_ITEM_STATUS_DISCUSSING] = "協議中",
  [BUNTAN_ITEM_STATUS_AGREED] = "合意済",
  [BUNTAN_ITEM_STATUS_NOT_APPLICABLE] = "対象外",
};

const char *const buntan_export_check_words[3] = {
  [BUNTAN_CHECK_RESULT_UNSET] = "",
  [BUNTAN_CHECK_RESULT_YES] = "はい",
  [BUNTAN_CHECK_RESULT_NO] = "いいえ",
};

const char *const buntan_export_contract_words[4] = {
  [BUNTAN_CONTRACT_KIND_DEVELOPMENT] = "開発・導入",
  [BUNTAN_CONTRACT_KIND_MAINTENANCE] = "運用・保守",
  [BUNTAN_CONTRACT_KIND_CLOUD] = "SaaS・クラウド利用",
  [BUNTAN_CONTRACT_KIND_OTHER] = "その他",
};

const char *
_buntan_export_or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : BUNTAN_EXPORT_NO_VALUE;
}

const char *
_buntan_export_party_name (BuntanParty *party)
{
  const char *name = buntan_party_get_name (party);

  return name != NULL && *name != '\0' ? name : buntan_party_get_id (party);
}

/* "A-4", or "第2部 A-4" where both parts share a table. */
char *
_buntan_export_dup_item_number (BuntanItem *item, gboolean with_part)
{
  const char      *section = buntan_item_get_section (item);
  const char      *number = buntan_item_get_number (item);
  g_autofree char *local = NULL;

  if (section != NULL && *section != '\0')
    local = g_strdup_printf ("%s-%s", section, number != NULL ? number : "");
  else
    local = g_strdup (number != NULL ? number : "");

  if (!with_part)
    return g_steal_pointer (&local);

  return g_strdup_printf ("第%u部 %s", buntan_item_get_part (item), local);
}

const char *
_buntan_export_role_words (BuntanMark mark)
{
  switch (mark)
    {
    case BUNTAN_MARK_LEAD:
      return BUNTAN_EXPORT_ROLE_LEAD;
    case BUNTAN_MARK_SUPPORT:
      return BUNTAN_EXPORT_ROLE_SUPPORT;
    case BUNTAN_MARK_INFORMED:
      return BUNTAN_EXPORT_ROLE_INFORMED;
    case BUNTAN_MARK_NONE:
    default:
      return BUNTAN_EXPORT_NO_VALUE;
    }
}

/* Closes (and so writes and frees) a workbook the atomic writer's callback
 * filled, exactly once, and says why it failed in the words of the system
 * where they say more. */
gboolean
_buntan_export_close_workbook (BuntanXlsxWriter *xlsx, const char *display_name, GError **error)
{
  int       close_errno;
  lxw_error status = buntan_xlsx_writer_close (xlsx, &close_errno);

  if (status == LXW_NO_ERROR)
    return TRUE;

  /* "File too large" or "No space left on device" says more than
   * libxlsxwriter's "Zip generic error". */
  if (close_errno != 0 &&
      (status == LXW_ERROR_CREATING_XLSX_FILE || status == LXW_ERROR_CREATING_TMPFILE ||
       status == LXW_ERROR_ZIP_FILE_OPERATION))
    _buntan_export_set_write_error (error, display_name, g_strerror (close_errno));
  else
    _buntan_export_set_write_error (error, display_name, lxw_strerror (status));

  return FALSE;
}

/* The heading of a section's rows, "A　共通", or "第2部 A　共通" where both
 * parts share a table (worded as the item numbers are): the workbook and the
 * PDFs print the same one. %NULL for an item outside any section, which gets
 * no heading. */
char *
_buntan_export_dup_section_text (BuntanItem *item, gboolean with_part)
{
  const char      *section = buntan_item_get_section (item);
  const char      *title = buntan_item_get_section_title (item);
  gboolean         titled = title != NULL && *title != '\0';
  g_autofree char *part = NULL;

  if (section == NULL || *section == '\0')
    return NULL;

  if (with_part)
    part = g_strdup_printf ("第%u部 ", buntan_item_get_part (item));

  return g_strconcat (part != NULL ? part : "", section, titled ? "　" : "", titled ? title : "",
                      NULL);
}

BuntanMark
_buntan_export_mark_at (BuntanExport *self, guint index, guint col)
{
  return self->marks[index * self->n_parties + col];
}

/* The names of the parties with @mark on the item of row @index, hospital
 * first, as rows print them (short names, see dup_row_party_name()). */
char *
_buntan_export_dup_party_names (BuntanExport *self, guint index, BuntanMark mark)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint col = 0; col < self->n_parties; col++)
    {
      if (_buntan_export_mark_at (self, index, col) != mark)
        continue;

      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append (names, g_hash_table_lookup (self->party_names,
                                                   buntan_party_get_id (
                                                     buntan_matrix_get_party (self->all, col))));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* 共同 is a lead however few share it, as in the window and the CLI: the
 * summary's gap list says when fewer than two do. */
gboolean
_buntan_export_item_has_lead (BuntanItem *item)
{
  return buntan_item_get_owner (item) != NULL;
}

gboolean
_buntan_export_item_is_greyed (BuntanItem *item)
{
  return buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_NOT_APPLICABLE;
}

/* The 担当 column: the owner's name, 共同 with the names sharing it, or 未定. */
static char *
dup_lead_text (BuntanExport *self, guint index, gboolean with_joint_names)
{
  BuntanItem *item = buntan_matrix_get_item (self->all, index);
  const char *owner = buntan_item_get_owner (item);
  const char *name;

  if (!_buntan_export_item_has_lead (item))
    return g_strdup (_buntan_export_item_is_greyed (item) ? BUNTAN_EXPORT_NO_VALUE
                                                          : BUNTAN_EXPORT_UNDECIDED);

  /* 各事業者（個別） names its parties as 共同 does: every one of them leads. */
  if (buntan_item_is_joint (item) || buntan_item_is_each (item))
    {
      const char *word = buntan_item_is_joint (item) ? BUNTAN_EXPORT_JOINT : BUNTAN_EXPORT_EACH;
      g_autofree char *names = NULL;

      if (!with_joint_names)
        return g_strdup (word);

      names = _buntan_export_dup_party_names (self, index, BUNTAN_MARK_LEAD);
      if (*names == '\0')
        return g_strdup (word);
      return g_strdup_printf ("%s（%s）", word, names);
    }

  name = g_hash_table_lookup (self->party_names, owner);
  return g_strdup (name != NULL ? name : owner);
}

/* The matrix's 担当 column: its party columns are headed by short names, so
 * is the owner, in the same words. */
void
_buntan_export_put_lead_short (BuntanExport  *self,
                               lxw_worksheet *sheet,
                               lxw_row_t      row,
                               lxw_col_t      col,
                               guint          index)
{
  BuntanItem  *item = buntan_matrix_get_item (self->all, index);
  const char  *owner = buntan_item_get_owner (item);
  BuntanParty *party = NULL;
  gboolean     greyed = _buntan_export_item_is_greyed (item);

  if (owner != NULL && !buntan_item_is_joint (item) && !buntan_item_is_each (item))
    party = buntan_project_find_party (self->project, owner);
  if (party == NULL)
    {
      _buntan_export_put_lead (self, sheet, row, col, index, FALSE);
      return;
    }

  {
    g_autofree char *short_name =
      buntan_party_dup_unique_short_name (party, buntan_project_get_parties (self->project));

    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col, short_name,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
  }
}

void
_buntan_export_put_lead (BuntanExport  *self,
                         lxw_worksheet *sheet,
                         lxw_row_t      row,
                         lxw_col_t      col,
                         guint          index,
                         gboolean       with_joint_names)
{
  BuntanItem      *item = buntan_matrix_get_item (self->all, index);
  g_autofree char *text = dup_lead_text (self, index, with_joint_names);
  gboolean         greyed = _buntan_export_item_is_greyed (item);
  BuntanXlsxStyle  style = !greyed && !_buntan_export_item_has_lead (item)
                             ? BUNTAN_XLSX_STYLE_UNDECIDED
                             : BUNTAN_XLSX_STYLE_TEXT;

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col, text, self->xlsx->cell[style][greyed]);
}

/* 状態, 契約条項, 備考: the last three columns of most tables. */
void
_buntan_export_put_state_columns (BuntanExport  *self,
                                  lxw_worksheet *sheet,
                                  lxw_row_t      row,
                                  lxw_col_t      col,
                                  BuntanItem    *item)
{
  gboolean greyed = _buntan_export_item_is_greyed (item);

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col,
                               BUNTAN_EXPORT_WORD (buntan_export_status_words,
                                                   buntan_item_get_status (item)),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 1, buntan_item_get_clause (item),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col + 2, buntan_item_get_note (item),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
}

void
_buntan_export_put_item_title (BuntanExport  *self,
                               lxw_worksheet *sheet,
                               lxw_row_t      row,
                               BuntanItem    *item,
                               gboolean       with_part)
{
  g_autofree char *number = _buntan_export_dup_item_number (item, with_part);
  const char      *official = buntan_item_get_official_ref (item);
  gboolean         greyed = _buntan_export_item_is_greyed (item);

  g_autofree char *own_local =
    g_strdup_printf ("%s-%s", buntan_item_get_section (item), buntan_item_get_number (item));

  /* The official form's number, where the hospital recorded it, is what an
   * inspector looks the row up by; one equal to ours says nothing more. */
  if (official != NULL && *official != '\0' && g_strcmp0 (official, own_local) != 0)
    {
      g_autofree char *own = g_steal_pointer (&number);

      number = g_strdup_printf ("%s\n（%s）", own, official);
    }

  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, number,
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][greyed]);
  buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, buntan_item_get_title (item),
                               self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][greyed]);
}

/* The hospital's name as the workbook shows it (issue 12, defect 5). */
const char *
_buntan_export_organization (BuntanExport *self)
{
  return buntan_project_get_hospital_name (self->project);
}

char *
_buntan_export_dup_subtitle (BuntanExport *self)
{
  const char *organization = _buntan_export_organization (self);
  const char *title = buntan_project_get_title (self->project);

  if (organization == NULL || *organization == '\0')
    return g_strdup (title);

  return g_strdup_printf ("%s　%s", organization, title);
}

gboolean
_buntan_export_with_part1 (BuntanExport *self)
{
  return (self->flags & BUNTAN_EXPORT_FLAGS_INCLUDE_PART1) != 0;
}


gboolean
_buntan_export_is_appendix (BuntanExport *self)
{
  return self->scope.vendor != NULL;
}

/* Whether the matrix's row @index is printed: buntan-printed.c decides. */
gboolean
_buntan_export_shows_row (BuntanExport *self, guint index)
{
  return buntan_printed_scope_shows_item (&self->scope, buntan_matrix_get_item (self->all, index));
}

guint
_buntan_export_count_items (BuntanExport    *self,
                            guint            part,
                            BuntanItemStatus status,
                            gboolean         any_status)
{
  return any_status ? buntan_overview_count_items (self->overview, part)
                    : buntan_overview_count_status (self->overview, part, status);
}

/* A date written inside a sentence: 和暦 when the document asks for it. */
char *
_buntan_export_dup_date_text (BuntanExport *self, const char *date)
{
  char *wareki = NULL;

  if (date == NULL)
    return NULL;
  if (self->flags & BUNTAN_EXPORT_FLAGS_WAREKI)
    wareki = buntan_date_dup_wareki (date);
  return wareki != NULL ? wareki : g_strdup (date);
}

/* A date in a cell of its own: a real date, or 和暦 text, which no
 * spreadsheet formats as an era date by itself. */
void
_buntan_export_put_cover_date (BuntanExport   *self,
                               lxw_worksheet  *sheet,
                               lxw_row_t       row,
                               lxw_col_t       col,
                               const char     *date,
                               BuntanXlsxStyle style)
{
  g_autofree char *wareki = NULL;

  if (date != NULL && (self->flags & BUNTAN_EXPORT_FLAGS_WAREKI))
    wareki = buntan_date_dup_wareki (date);
  if (wareki != NULL)
    buntan_xlsx_writer_put_text (self->xlsx, sheet, row, col, wareki,
                                 self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE]);
  else
    buntan_xlsx_writer_put_date (self->xlsx, sheet, row, col, date, style, FALSE);
}

/* Before the first item of each section (大項目) of a table, a section row
 * 「A　共通」 (「第2部 A　共通」 where both parts share the table).
 * Returns the row the item goes into. */
lxw_row_t
_buntan_export_put_section_if_new (BuntanExport  *self,
                                   lxw_worksheet *sheet,
                                   lxw_row_t      row,
                                   BuntanItem    *previous,
                                   BuntanItem    *item,
                                   gboolean       with_part)
{
  g_autofree char *text = NULL;

  if (previous != NULL && buntan_item_get_part (previous) == buntan_item_get_part (item) &&
      g_strcmp0 (buntan_item_get_section (previous), buntan_item_get_section (item)) == 0)
    return row;

  text = _buntan_export_dup_section_text (item, with_part);
  if (text == NULL)
    return row;
  buntan_xlsx_writer_put_section (self->xlsx, sheet, row, text);
  return row + 1;
}
