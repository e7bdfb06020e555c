/* buntan-meeting-view-display.c — the meeting view showing an item, and its footer of keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-meeting-view-private.h"

/* The first nine parties have a key each (1–9, Shift+1–9). */
#define N_PARTY_KEYS 9

static const char *
party_label (BuntanParty *party)
{
  return buntan_view_party_label (buntan_party_get_name (party), buntan_party_get_kind (party));
}

static const char *
party_label_for_id (BuntanMeetingView *self, const char *id)
{
  BuntanParty *party = buntan_project_find_party (self->project, id);

  return party != NULL ? party_label (party) : id;
}

static char *
text_or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "—");
}


static void
update_progress (BuntanMeetingView *self)
{
  g_autofree char *progress = buntan_meeting_view_dup_progress (self);

  gtk_label_set_text (self->progress_label, progress);
}

static void
update_gap (BuntanMeetingView *self)
{
  GPtrArray *gaps = self->overview != NULL ? buntan_overview_get_gaps (self->overview) : NULL;
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; gaps != NULL && self->item != NULL && i < gaps->len; i++)
    {
      BuntanGap       *gap = g_ptr_array_index (gaps, i);
      g_autofree char *sentence = NULL;

      if (g_strcmp0 (buntan_gap_get_item_id (gap), buntan_item_get_id (self->item)) != 0)
        continue;

      /* In a few words: the item's number and title are on screen already. */
      sentence = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_SHORT);
      g_string_append_printf (text, "%s⚠ %s", text->len > 0 ? "\n" : "", sentence);
    }

  gtk_label_set_text (self->gap_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->gap_label), text->len > 0);
}

static GtkWidget *
party_row_new (BuntanMeetingView *self, BuntanParty *party, guint key)
{
  BuntanMark       mark = buntan_item_get_mark (self->item, buntan_party_get_id (party));
  g_autofree char *key_text = key <= N_PARTY_KEYS ? g_strdup_printf ("%u", key) : g_strdup ("");
  GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *key_label = gtk_label_new (key_text);
  GtkWidget       *name = gtk_label_new (party_label (party));
  GtkWidget       *mark_label = gtk_label_new (mark == BUNTAN_MARK_LEAD      ? "◎"
                                               : mark == BUNTAN_MARK_SUPPORT ? "○"
                                                                             : "");
  const char      *role = mark == BUNTAN_MARK_LEAD      ? _ ("Lead")
                          : mark == BUNTAN_MARK_SUPPORT ? _ ("Supporting")
                                                        : NULL;

  gtk_widget_add_css_class (row, "meeting-party");
  if (mark == BUNTAN_MARK_LEAD)
    gtk_widget_add_css_class (row, "lead");
  else if (mark == BUNTAN_MARK_SUPPORT)
    gtk_widget_add_css_class (row, "support");

  gtk_widget_add_css_class (key_label, "meeting-party-key");
  gtk_widget_add_css_class (key_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (key_label), 0);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (mark_label, "meeting-party-mark");

  gtk_box_append (GTK_BOX (row), key_label);
  gtk_box_append (GTK_BOX (row), mark_label);
  gtk_box_append (GTK_BOX (row), name);

  /* A screen reader hears the key, the name and the role, not the marks. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  role != NULL ? role : "", -1);
  return row;
}

static void
update_parties (BuntanMeetingView *self)
{
  GtkWidget  *child;
  GListModel *parties;
  guint       n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->parties_box))) != NULL)
    gtk_box_remove (self->parties_box, child);

  if (self->project == NULL || self->item == NULL)
    return;

  parties = buntan_project_get_parties (self->project);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      gtk_box_append (self->parties_box, party_row_new (self, party, i + 1));
    }
}

/* A line of a vendor's check that never wraps: an answer and its date, or a
 * date and what it is, read as one. */
static GtkWidget *
check_line_new (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "meeting-vendor-line");
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One confirming vendor's check, a row of its own: the name may wrap, the
 * answer with its date, 目標日 and 完了日 are lines that never break. */
static GtkWidget *
vendor_check_row_new (BuntanMeetingView *self, const char *party_id, gboolean answering)
{
  BuntanParty      *party = buntan_project_find_party (self->project, party_id);
  BuntanCheck      *check = buntan_item_find_check (self->item, party_id);
  BuntanCheckResult result =
    check != NULL ? buntan_check_get_result (check) : BUNTAN_CHECK_RESULT_UNSET;
  const char *date = check != NULL ? buntan_check_get_date (check) : NULL;
  const char *target = check != NULL ? buntan_check_get_target (check) : NULL;
  const char *completed = check != NULL ? buntan_check_get_completed (check) : NULL;
  const char *short_name = party != NULL ? buntan_party_get_short_name (party) : party_id;
  g_autoptr (GString) spoken = g_string_new (NULL);
  g_autofree char *answer = NULL;
  GtkWidget       *row;
  GtkWidget       *name;

  /* A group, so that a screen reader reads the vendor's check as one. */
  row = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_VERTICAL, "accessible-role",
                      GTK_ACCESSIBLE_ROLE_GROUP, NULL);
  gtk_widget_add_css_class (row, "meeting-vendor-check");
  if (answering)
    gtk_widget_add_css_class (row, "answering");

  name = gtk_label_new (short_name);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (name, "meeting-vendor-name");
  /* The short name is what fits; the full name is a hover away. */
  if (party != NULL)
    gtk_widget_set_tooltip_text (name, buntan_party_get_name (party));
  gtk_box_append (GTK_BOX (row), name);

  if (date != NULL)
    answer = g_strdup_printf (_ ("%s · %s"), buntan_check_result_get_label (result), date);
  else
    answer = g_strdup (buntan_check_result_get_label (result));
  gtk_box_append (GTK_BOX (row), check_line_new (answer, "meeting-vendor-answer"));

  g_string_append_printf (spoken, _ ("%s: %s"), short_name, buntan_check_result_get_label (result));
  if (date != NULL)
    g_string_append_printf (spoken, _ (", checked %s"), date);

  /* A target date only means something while the answer is “No”. */
  if (result == BUNTAN_CHECK_RESULT_NO && target != NULL)
    {
      /* TRANSLATORS: a vendor's target date in meeting mode: "Target 2027-01-31" */
      g_autofree char *line = g_strdup_printf (_ ("Target %s"), target);

      gtk_box_append (GTK_BOX (row), check_line_new (line, "meeting-vendor-date"));
      /* TRANSLATORS: appended to a vendor's answer: when it means to complete the item */
      g_string_append_printf (spoken, _ (", target %s"), target);
    }
  if (completed != NULL)
    {
      /* TRANSLATORS: a vendor's completion date in meeting mode: "Completed 2026-11-12" */
      g_autofree char *line = g_strdup_printf (_ ("Completed %s"), completed);

      gtk_box_append (GTK_BOX (row), check_line_new (line, "meeting-vendor-date"));
      g_string_append_printf (spoken, _ (", completed %s"), completed);
    }
  /* Next year's check: last year's answer, one line below this year's, in
   * the detail pane's words, so the room compares the two at a glance. */
  if (check != NULL && buntan_check_get_previous (check) != NULL)
    {
      g_autofree char *previous =
        buntan_previous_answer_dup_description (buntan_check_get_previous (check));
      GtkWidget *line = check_line_new (previous, "meeting-vendor-previous");

      /* Longer than an answer: it may break, but only between its words. */
      gtk_label_set_wrap (GTK_LABEL (line), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (line), PANGO_WRAP_WORD);
      gtk_widget_set_name (line, "meeting-vendor-previous");
      gtk_box_append (GTK_BOX (row), line);
      /* TRANSLATORS: appended to a vendor's answer: last year's answer, worded as in the detail pane */
      g_string_append_printf (spoken, _ ("; %s"), previous);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str,
                                  -1);
  /* The highlight, in words. */
  if (answering)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _ ("Y and N record this vendor’s answer"), -1);
  return row;
}

/* An item that vendors confirm shows each vendor's check as a row; the rows
 * of the vendors a Y/N answers for (those the meeting is with) stand out. */
static gboolean
update_vendor_checks (BuntanMeetingView *self)
{
  g_auto (GStrv) vendors = NULL;
  g_auto (GStrv) answering = NULL;
  GtkWidget *child;
  gboolean   narrowed;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->vendor_checks_box))) != NULL)
    gtk_box_remove (self->vendor_checks_box, child);

  vendors = self->project != NULL && self->item != NULL
              ? buntan_check_summary_dup_vendors (self->item, self->project)
              : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->vendor_checks_box),
                          vendors != NULL && vendors[0] != NULL);
  if (vendors == NULL || vendors[0] == NULL)
    return FALSE;

  answering = _buntan_meeting_view_dup_answering_vendors (self);
  /* Marked only when the meeting leaves some vendors out: otherwise Y/N
   * answer for every row alike. */
  narrowed = g_strv_length (answering) < g_strv_length (vendors);
  for (guint i = 0; vendors[i] != NULL; i++)
    gtk_box_append (self->vendor_checks_box,
                    vendor_check_row_new (self, vendors[i],
                                          narrowed &&
                                            g_strv_contains ((const char *const *) answering,
                                                             vendors[i])));
  return TRUE;
}

static char *
dup_owner_text (BuntanMeetingView *self)
{
  const char        *owner = buntan_item_get_owner (self->item);
  const char *const *participants;
  g_autoptr (GString) names = NULL;

  if (owner == NULL)
    return g_strdup (_ ("Undecided"));

  if (!buntan_item_is_joint (self->item) && !buntan_item_is_each (self->item))
    return g_strdup (party_label_for_id (self, owner));

  participants = buntan_item_get_participants (self->item);
  if (participants == NULL || participants[0] == NULL)
    return g_strdup (buntan_item_is_each (self->item) ? _ ("Each Vendor for Its Own System")
                                                      : _ ("Joint"));

  names = g_string_new (NULL);
  for (guint i = 0; participants[i] != NULL; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the names of the parties sharing an item */
        g_string_append (names, _ (", "));
      g_string_append (names, party_label_for_id (self, participants[i]));
    }

  if (buntan_item_is_each (self->item))
    /* TRANSLATORS: an item each party carries out for its own system, and those parties */
    return g_strdup_printf (_ ("Each Vendor for Its Own System (%s)"), names->str);

  /* TRANSLATORS: a joint item and the parties sharing it */
  return g_strdup_printf (_ ("Joint (%s)"), names->str);
}

void
_buntan_meeting_view_update_item (BuntanMeetingView *self)
{
  BuntanItem       *item = self->item;
  g_autofree char  *number = NULL;
  g_autofree char  *owner = NULL;
  g_autofree char  *check = NULL;
  g_autofree char  *clause = NULL;
  g_autofree char  *note = NULL;
  g_autofree char  *content = NULL;
  g_autofree char  *risk = NULL;
  g_autofree char  *recommended = NULL;
  g_autofree char  *previous = NULL;
  BuntanCheckResult result;
  const char       *check_date;
  gboolean          vendors_confirm;

  gtk_stack_set_visible_child_name (self->content_stack, item != NULL ? "item" : "empty");
  update_progress (self);
  update_gap (self);

  if (item == NULL)
    {
      gtk_label_set_text (self->number_label, "");
      gtk_label_set_text (self->title_label, "");
      update_parties (self);
      update_vendor_checks (self);
      return;
    }

  /* TRANSLATORS: the item's place: "Part 2 · A-3 Common measures" */
  number = g_strdup_printf (_ ("Part %u · %s-%s  %s"), buntan_item_get_part (item),
                            buntan_item_get_section (item), buntan_item_get_number (item),
                            buntan_item_get_section_title (item) != NULL
                              ? buntan_item_get_section_title (item)
                              : "");
  gtk_label_set_text (self->number_label, g_strchomp (number));
  gtk_label_set_text (self->title_label, buntan_item_get_title (item));

  content = text_or_dash (buntan_item_get_content (item));
  risk = text_or_dash (buntan_item_get_risk (item));
  recommended = text_or_dash (buntan_item_get_recommended (item));
  gtk_label_set_text (self->content_label, content);
  gtk_label_set_text (self->risk_label, risk);
  gtk_label_set_text (self->recommended_label, recommended);

  owner = dup_owner_text (self);
  gtk_label_set_text (self->owner_label, owner);
  if (buntan_item_get_owner (item) == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->owner_label), "undecided");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->owner_label), "undecided");
  update_parties (self);

  gtk_label_set_text (self->status_label,
                      buntan_item_status_get_label (buntan_item_get_status (item)));
  if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "agreed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "agreed");

  result = buntan_item_get_first_check (item);
  check_date = buntan_item_get_first_check_date (item);
  /* An item that vendors confirm sums their answers up here ("Yes 2/3")
   * and shows each vendor's check in a row of its own below. */
  vendors_confirm = update_vendor_checks (self);
  if (vendors_confirm)
    check = buntan_check_summary_dup_result (item, self->project);
  else if (check_date != NULL)
    /* TRANSLATORS: the answer at the first check and its date: "Yes · 2026-11-03" */
    check = g_strdup_printf (_ ("%s · %s"), buntan_check_result_get_label (result), check_date);
  else
    check = g_strdup (buntan_check_result_get_label (result));
  gtk_label_set_text (self->first_check_label, check);
  /* The hospital's own check of next year's project: last year's answer
   * under it (the vendors' are in their rows). */
  previous = !vendors_confirm && buntan_item_get_previous (item) != NULL
               ? buntan_previous_answer_dup_description (buntan_item_get_previous (item))
               : NULL;
  gtk_label_set_text (self->first_check_previous_label, previous != NULL ? previous : "");
  gtk_widget_set_visible (GTK_WIDGET (self->first_check_previous_label), previous != NULL);

  clause = text_or_dash (buntan_item_get_clause (item));
  note = text_or_dash (buntan_item_get_note (item));
  gtk_label_set_text (self->clause_label, clause);
  gtk_label_set_text (self->note_label, note);
}

/* Each hint is one label that never wraps; the flow box wraps between them,
 * so a narrow screen breaks the footer between hints, never inside a word. */
static void
set_legend (BuntanMeetingView *self, const char *const *hints)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))) != NULL)
    gtk_flow_box_remove (self->legend_box, child);

  for (guint i = 0; hints[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (_ (hints[i]));

      gtk_widget_add_css_class (label, "meeting-hint");
      gtk_flow_box_append (self->legend_box, label);
      /* The keys are read, not visited: Tab stays with the item. */
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
}

void
_buntan_meeting_view_update_legend (BuntanMeetingView *self)
{
  static const char *const follow_hints[] = {
    N_ ("F11 Full screen"),
    N_ ("R Risk and recommended practice"),
    N_ ("+ − Zoom"),
    N_ ("Esc Leave full screen"),
    NULL,
  };
  static const char *const meeting_hints[] = {
    N_ ("← → Previous, next"),
    N_ ("1–9 Owner"),
    N_ ("0 Undecided"),
    N_ ("J Joint"),
    N_ ("Shift+1–9 Participants"),
    N_ ("S Status"),
    N_ ("A Agreed"),
    N_ ("Y N First check"),
    N_ ("C Clause"),
    N_ ("M Note"),
    N_ ("G Next gap"),
    N_ ("R Risk and recommended practice"),
    N_ ("W Walk"),
    N_ ("+ − Zoom"),
    N_ ("Esc Leave"),
    NULL,
  };

  if (self->follow)
    {
      set_legend (self, follow_hints);
      adw_status_page_set_title (self->empty_page, _ ("No Item Selected"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("The item chosen in the main window shows here."));
    }
  else
    set_legend (self, meeting_hints);
}
