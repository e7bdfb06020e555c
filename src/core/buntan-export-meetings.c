/* buntan-export-meetings.c — the decision log of every meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-export-private.h"

static const BuntanXlsxColumn meeting_columns[] = {
  { "時刻", 9 },      { "項番", 11 },   { "項目", 28 },
  { "変更箇所", 11 }, { "変更前", 28 }, { "変更後", 28 },
};

static const struct
{
  const char *field;
  const char *word;
} decision_words[] = {
  { BUNTAN_DECISION_STATUS, "状態" },
  { BUNTAN_DECISION_OWNER, "主担当" },
  { BUNTAN_DECISION_PARTICIPANTS, "協力" },
  { BUNTAN_DECISION_FIRST_CHECK, "初回確認" },
  { BUNTAN_DECISION_FIRST_CHECK_DATE, "初回確認日" },
  { BUNTAN_DECISION_COMPLETED, "完了日" },
  { BUNTAN_DECISION_CLAUSE, "契約条項" },
  { BUNTAN_DECISION_NOTE, "備考" },
  { BUNTAN_DECISION_COMMENT, "コメント" },
  { BUNTAN_DECISION_AGREED_TERMS, "合意内容" },
  { BUNTAN_DECISION_TARGET, "目標日" },
  { BUNTAN_DECISION_AGREED, "同意日" },
};

static const char *
decision_field_word (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (decision_words); i++)
    if (g_strcmp0 (decision_words[i].field, field) == 0)
      return decision_words[i].word;

  return field;
}

static const char *
party_word (BuntanExport *self, const char *id)
{
  BuntanParty *party = buntan_project_find_party (self->project, id);

  /* The log keeps full names, as it was kept: short names are for the
   * narrow columns of the tables. A vendor removed since the meeting is
   * still named by its id. */
  return party != NULL ? _buntan_export_party_name (party) : id;
}

/* A value of the log in the workbook's words: names for parties, 未定 and
 * 共同 for owners, the Japanese status and check words. */
static char *
dup_decision_value (BuntanExport *self, const char *field, const char *value)
{
  if (g_strcmp0 (field, BUNTAN_DECISION_OWNER) == 0)
    {
      if (value == NULL)
        return g_strdup (BUNTAN_EXPORT_UNDECIDED);
      if (g_str_equal (value, BUNTAN_OWNER_JOINT))
        return g_strdup (BUNTAN_EXPORT_JOINT);
      return g_strdup (party_word (self, value));
    }

  if (value == NULL)
    return g_strdup (BUNTAN_EXPORT_NO_VALUE);

  if (g_str_equal (field, BUNTAN_DECISION_PARTICIPANTS))
    {
      g_auto (GStrv) ids = g_strsplit (value, ",", -1);
      g_autoptr (GString) names = g_string_new (NULL);

      for (guint i = 0; ids[i] != NULL; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? "、" : "", party_word (self, ids[i]));
      return g_string_free (g_steal_pointer (&names), FALSE);
    }

  if (g_str_equal (field, BUNTAN_DECISION_STATUS))
    {
      for (guint i = 0; i < BUNTAN_N_ITEM_STATUSES; i++)
        if (g_str_equal (value, buntan_item_status_to_string (i)))
          return g_strdup (buntan_export_status_words[i]);
    }

  if (g_str_equal (field, BUNTAN_DECISION_FIRST_CHECK))
    {
      for (guint i = 0; i < G_N_ELEMENTS (buntan_export_check_words); i++)
        if (g_str_equal (value, buntan_check_result_to_string (i)))
          return g_strdup (_buntan_export_or_dash (buntan_export_check_words[i]));
    }

  return g_strdup (value);
}

/* "2026-11-03 10:00", in the time zone the meeting was held in. */
static char *
dup_local_time (const char *iso, const char *format)
{
  g_autoptr (GDateTime) time = iso != NULL ? g_date_time_new_from_iso8601 (iso, NULL) : NULL;

  return time != NULL ? g_date_time_format (time, format) : g_strdup (_buntan_export_or_dash (iso));
}

static char *
dup_meeting_heading (BuntanMeeting *meeting)
{
  const char *const *attendees = buntan_meeting_get_attendees (meeting);
  g_autofree char   *started =
    dup_local_time (buntan_meeting_get_started (meeting), "%Y-%m-%d %H:%M");
  g_autofree char *ended = buntan_meeting_get_ended (meeting) != NULL
                             ? dup_local_time (buntan_meeting_get_ended (meeting), "%H:%M")
                             : g_strdup ("（終了時刻の記録なし）");
  g_autofree char *names =
    attendees[0] != NULL ? g_strjoinv ("、", (char **) attendees) : g_strdup ("記録なし");

  return g_strdup_printf ("協議 %s〜%s　出席者：%s", started, ended, names);
}

/* An appendix gives only the meetings held with its vendor: whoever else
 * attended another meeting, and what was changed there, is not its business. */
static gboolean
meeting_is_printed (BuntanExport *self, BuntanMeeting *meeting)
{
  const char *const *parties = buntan_meeting_get_parties (meeting);

  if (!_buntan_export_is_appendix (self))
    return TRUE;

  return parties != NULL && g_strv_contains (parties, buntan_party_get_id (self->scope.vendor));
}

void
_buntan_export_write_meetings (BuntanExport *self)
{
  GListModel *meetings = buntan_project_get_meetings (self->project);
  guint       n_meetings = g_list_model_get_n_items (meetings);
  g_autoptr (GHashTable) items = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *subtitle = NULL;
  guint            n_columns = G_N_ELEMENTS (meeting_columns);
  lxw_format      *text = self->xlsx->cell[BUNTAN_XLSX_STYLE_TEXT][FALSE];
  lxw_format      *center = self->xlsx->cell[BUNTAN_XLSX_STYLE_CENTER][FALSE];
  lxw_worksheet   *sheet;
  lxw_row_t        row = BUNTAN_XLSX_ROW_HEAD + 1;

  if (n_meetings == 0 ||
      (sheet = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_EXPORT_SHEET_MEETINGS)) == NULL)
    return;

  for (guint i = 0; i < buntan_matrix_get_n_rows (self->all); i++)
    {
      BuntanItem *item = buntan_matrix_get_item (self->all, i);

      if (_buntan_export_is_appendix (self) && !_buntan_export_shows_row (self, i))
        continue;
      g_hash_table_insert (items, (gpointer) buntan_item_get_id (item), item);
    }

  subtitle = _buntan_export_dup_subtitle (self);
  buntan_xlsx_writer_begin_table (self->xlsx, sheet, "別紙 協議記録", "協議記録", subtitle,
                                  meeting_columns, n_columns, 0);

  for (guint m = 0; m < n_meetings; m++)
    {
      g_autoptr (BuntanMeeting) meeting = g_list_model_get_item (meetings, m);
      g_autofree char *heading = dup_meeting_heading (meeting);
      g_autofree char *day = dup_local_time (buntan_meeting_get_started (meeting), "%Y-%m-%d");
      guint            n_decisions = buntan_meeting_get_n_decisions (meeting);
      guint            n_written = 0;

      if (!meeting_is_printed (self, meeting))
        continue;

      buntan_xlsx_writer_put_merged (self->xlsx, sheet, row, 0, (lxw_col_t) (n_columns - 1),
                                     heading, self->xlsx->label);
      buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);

      for (guint d = 0; d < n_decisions; d++)
        {
          const BuntanDecision *decision = buntan_meeting_get_decision (meeting, d);
          BuntanItem           *item = g_hash_table_lookup (items, decision->item_id);
          g_autofree char      *decision_day = dup_local_time (decision->time, "%Y-%m-%d");
          /* The day is in the meeting's heading; only a meeting past midnight repeats it. */
          g_autofree char *time =
            dup_local_time (decision->time,
                            g_strcmp0 (day, decision_day) == 0 ? "%H:%M" : "%m-%d %H:%M");
          g_autofree char *number = item != NULL ? _buntan_export_dup_item_number (item, TRUE)
                                                 : g_strdup (decision->item_id);
          g_autofree char *from = dup_decision_value (self, decision->field, decision->from);
          g_autofree char *to = NULL;
          /* A vendor's check: the field says whose, 「初回確認（A社）」. */
          g_autofree char *field =
            decision->party != NULL
              ? g_strdup_printf ("%s（%s）", decision_field_word (decision->field),
                                 party_word (self, decision->party))
              : g_strdup (decision_field_word (decision->field));

          /* An appendix's log keeps to its own rows. */
          if (item == NULL && _buntan_export_is_appendix (self))
            continue;

          to = dup_decision_value (self, decision->field, decision->to);

          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 0, time, center);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 1, number, center);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 2,
                                       item != NULL ? buntan_item_get_title (item)
                                                    : "（削除された項目）",
                                       text);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 3, field, center);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 4, from, text);
          buntan_xlsx_writer_put_text (self->xlsx, sheet, row, 5, to, text);
          buntan_xlsx_writer_end_row (self->xlsx, sheet, row++);
          n_written++;
        }

      if (n_written == 0)
        buntan_xlsx_writer_put_empty_table (self->xlsx, sheet, row++, n_columns,
                                            "変更はありません。");
    }
}
