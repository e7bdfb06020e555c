/* buntan-summary-view.c — counts by Part, status and party, and the list of gaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-status-chart.h"
#include "buntan-summary-view.h"
#include "buntan-view-util.h"

struct _BuntanSummaryView
{
  BuntanOverviewView parent_instance;


  GtkBox            *content_box;
  GtkWidget         *agreed_card;
  GtkWidget         *progress_group;
  GtkWidget         *status_group;
  GtkLabel          *items_number;
  GtkLabel          *agreed_number;
  GtkLabel          *agreed_caption;
  GtkLabel          *gaps_number;
  GtkWidget         *gaps_group;
  GtkGrid           *status_grid;
  GtkWidget         *party_group;
  GtkGrid           *party_grid;
  GtkListBox        *gap_list;
  GtkWidget         *warnings_group;
  GtkListBox        *warning_list;
  BuntanStatusChart *status_chart;

  BuntanMatrix
       *gap_matrix; /* whose gaps are still being added: a new matrix replaces it on change */
  guint gaps_added;
  guint gaps_tick_id; /* adds a batch each frame while on screen */
};

/* Gap rows added at once; the rest follow in batches this size, one a
 * frame while the view is on screen: measuring, mapping and drawing a full
 * list at once made the first switch to the summary slow. */
#define GAP_ROWS_BATCH 10

G_DEFINE_FINAL_TYPE (BuntanSummaryView, buntan_summary_view, BUNTAN_TYPE_OVERVIEW_VIEW)

enum
{
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_container (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_grid_remove (GTK_GRID (container), child);
    }
}

static GtkWidget *
attach_text (GtkGrid *grid, const char *text, int column, int row, gboolean heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);

  return label;
}

static void
attach_count (GtkGrid *grid, guint count, int column, int row, gboolean total)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  GtkWidget       *label = attach_text (grid, text, column, row, total);

  gtk_widget_add_css_class (label, "numeric");
}

/* The totals are the overview's too, not sums made here. */
static void
fill_status_grid (BuntanSummaryView *self, BuntanOverview *overview)
{
  clear_container (GTK_WIDGET (self->status_grid));

  attach_text (self->status_grid, "", 0, 0, TRUE);
  for (guint s = 0; s < BUNTAN_N_ITEM_STATUSES; s++)
    attach_text (self->status_grid, buntan_item_status_get_label (s), 1 + s, 0, TRUE);
  attach_text (self->status_grid, _ ("Total"), 1 + BUNTAN_N_ITEM_STATUSES, 0, TRUE);

  for (guint part = 1; part <= 2; part++)
    {
      g_autofree char *name = g_strdup_printf (_ ("Part %u"), part);

      attach_text (self->status_grid, name, 0, part, TRUE);
    }
  attach_text (self->status_grid, _ ("Total"), 0, 3, TRUE);

  /* Rows 1 and 2 are the Parts, row 3 both (the overview's part 0). */
  for (guint row = 1; row <= 3; row++)
    {
      guint part = row % 3;

      for (guint s = 0; s < BUNTAN_N_ITEM_STATUSES; s++)
        attach_count (self->status_grid,
                      overview != NULL ? buntan_overview_count_status (overview, part, s) : 0,
                      1 + s, row, part == 0);
      attach_count (self->status_grid,
                    overview != NULL ? buntan_overview_count_items (overview, part) : 0,
                    1 + BUNTAN_N_ITEM_STATUSES, row, TRUE);
    }
}

/* A cyber-security checklist is answered, not split: per sheet (the
 * hospital's, each vendor's) what is answered and what the inspector would
 * find missing, counted by the core once for the window and the CLI. */
static void
fill_answer_grid (BuntanSummaryView *self, BuntanProject *project)
{
  g_autoptr (BuntanCyberSummary) answers = buntan_cyber_summary_new (project);
  const char *headings[] = {
    _ ("Party"),
    _ ("Answered"),
    _ ("Not answered"),
    /* Translators: answers いいえ with a 目標日 (target date). */
    _ ("No, with target"),
    /* Translators: answers いいえ with no 目標日: a gap. */
    _ ("No, no target date"),
  };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->party_group),
                                   _ ("Answers by Party"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (self->party_group),
    _ ("How many items on each party's sheet are answered, and how many “No” answers have a "
       "target date. The hospital answers its own items."));
  clear_container (GTK_WIDGET (self->party_grid));
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    gtk_widget_set_hexpand (attach_text (self->party_grid, headings[c], c, 0, TRUE), c == 0);

  for (guint i = 0; i < buntan_cyber_summary_get_n_parties (answers); i++)
    {
      BuntanParty             *party = buntan_cyber_summary_get_party (answers, i);
      const BuntanCyberCounts *counts = buntan_cyber_summary_get_counts (answers, i);

      attach_text (self->party_grid,
                   buntan_view_party_label (buntan_party_get_name (party),
                                            buntan_party_get_kind (party)),
                   0, 1 + i, FALSE);
      attach_count (self->party_grid, counts->answered, 1, 1 + i, FALSE);
      attach_count (self->party_grid, counts->unanswered, 2, 1 + i, FALSE);
      attach_count (self->party_grid, counts->no_with_target, 3, 1 + i, FALSE);
      attach_count (self->party_grid, counts->no_without_target, 4, 1 + i, FALSE);
    }
}

static void
fill_party_grid (BuntanSummaryView *self, BuntanOverview *overview)
{
  BuntanMatrix *matrix = buntan_overview_get_matrix (overview);
  guint         n_columns = buntan_matrix_get_n_columns (matrix);

  if (buntan_cyber_checklist_applies (buntan_overview_get_project (overview)))
    {
      fill_answer_grid (self, buntan_overview_get_project (overview));
      return;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->party_group),
                                   _ ("Responsibility by Party"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (self->party_group),
    _ ("How many items each party leads (◎) and supports (○), in both Parts."));
  clear_container (GTK_WIDGET (self->party_grid));

  gtk_widget_set_hexpand (attach_text (self->party_grid, _ ("Party"), 0, 0, TRUE), TRUE);
  attach_text (self->party_grid, _ ("Lead ◎"), 1, 0, TRUE);
  attach_text (self->party_grid, _ ("Supporting ○"), 2, 0, TRUE);

  for (guint c = 0; c < n_columns; c++)
    {
      BuntanParty *party = buntan_matrix_get_party (matrix, c);
      guint        lead = buntan_overview_count_marks (overview, 0, c, BUNTAN_MARK_LEAD);
      guint        support = buntan_overview_count_marks (overview, 0, c, BUNTAN_MARK_SUPPORT);

      attach_text (self->party_grid,
                   buntan_view_party_label (buntan_party_get_name (party),
                                            buntan_party_get_kind (party)),
                   0, 1 + c, FALSE);
      attach_count (self->party_grid, lead, 1, 1 + c, FALSE);
      attach_count (self->party_grid, support, 2, 1 + c, FALSE);
    }

  /* As the CLI and the workbook list them after the parties. */
  attach_text (self->party_grid, _ ("Joint"), 0, 1 + n_columns, FALSE);
  attach_count (self->party_grid, buntan_overview_count_joint (overview, 0), 1, 1 + n_columns,
                FALSE);
  attach_text (self->party_grid, _ ("Undecided"), 0, 2 + n_columns, FALSE);
  attach_count (self->party_grid, buntan_overview_count_undecided (overview, 0), 1, 2 + n_columns,
                FALSE);
}

static GtkWidget *
create_gap_row (BuntanGap *gap)
{
  const char *item_id = buntan_gap_get_item_id (gap);
  GtkWidget  *row = adw_action_row_new ();
  GtkWidget  *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "gap-icon");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Gap"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), buntan_gap_get_message (gap));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), item_id != NULL);
  if (item_id != NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (item_id), g_free);
    }

  return row;
}

/* Adds the next batch of gap rows, then the "and N more" row after the last. */
static gboolean
add_gap_rows (BuntanSummaryView *self)
{
  GPtrArray *gaps = buntan_matrix_get_gaps (self->gap_matrix);
  guint      shown = MIN (gaps->len, BUNTAN_SUMMARY_VIEW_MAX_GAPS);
  guint      end = MIN (shown, self->gaps_added + GAP_ROWS_BATCH);

  for (; self->gaps_added < end; self->gaps_added++)
    gtk_list_box_append (self->gap_list,
                         create_gap_row (g_ptr_array_index (gaps, self->gaps_added)));

  if (self->gaps_added < shown)
    return G_SOURCE_CONTINUE;

  if (gaps->len > shown)
    {
      GtkWidget       *row = adw_action_row_new ();
      g_autofree char *more =
        g_strdup_printf (ngettext ("And %u more gap", "And %u more gaps", gaps->len - shown),
                         gaps->len - shown);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _ ("Choose “Gaps Only” on the Part 1 and Part 2 pages to see "
                                      "every gap."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->gap_list, row);
    }

  g_clear_object (&self->gap_matrix);
  return G_SOURCE_REMOVE;
}

static gboolean
add_gap_rows_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  BuntanSummaryView *self = BUNTAN_SUMMARY_VIEW (widget);

  /* Off screen (but realized): the rest waits for the view to be shown. */
  if (gtk_widget_get_mapped (widget) && add_gap_rows (self) == G_SOURCE_CONTINUE)
    return G_SOURCE_CONTINUE;

  self->gaps_tick_id = 0;
  return G_SOURCE_REMOVE;
}

/* Resumes on map. */
static void
add_gap_rows_later (BuntanSummaryView *self)
{
  if (self->gap_matrix != NULL && self->gaps_tick_id == 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->gaps_tick_id =
      gtk_widget_add_tick_callback (GTK_WIDGET (self), add_gap_rows_tick_cb, NULL, NULL);
}

static void
stop_adding_gap_rows (BuntanSummaryView *self)
{
  if (self->gaps_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->gaps_tick_id);
  self->gaps_tick_id = 0;
  g_clear_object (&self->gap_matrix);
}

static void
fill_gap_list (BuntanSummaryView *self, BuntanMatrix *matrix)
{
  stop_adding_gap_rows (self);
  clear_container (GTK_WIDGET (self->gap_list));

  gtk_widget_set_visible (self->gaps_group,
                          matrix != NULL && buntan_matrix_get_gaps (matrix)->len > 0);
  if (matrix == NULL)
    return;

  self->gap_matrix = g_object_ref (matrix);
  self->gaps_added = 0;
  if (add_gap_rows (self) == G_SOURCE_CONTINUE)
    add_gap_rows_later (self);
}

static void
fill_cards (BuntanSummaryView *self, BuntanOverview *overview)
{
  guint            items = 0, agreed = 0, applicable = 0, n_gaps = 0;
  g_autofree char *items_text = NULL;
  g_autofree char *agreed_text = NULL;
  g_autofree char *agreed_caption = NULL;
  g_autofree char *gaps_text = NULL;

  if (overview != NULL)
    {
      items = buntan_overview_count_items (overview, 0);
      applicable =
        items - buntan_overview_count_status (overview, 0, BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
      agreed = buntan_overview_count_status (overview, 0, BUNTAN_ITEM_STATUS_AGREED);
      n_gaps = buntan_overview_count_gaps (overview, 0);
    }

  gaps_text = g_strdup_printf ("%u", n_gaps);
  items_text = g_strdup_printf ("%u", items);
  agreed_text = g_strdup_printf ("%u", agreed);
  /* Translators: under the number of agreed items; %u counts the items
   * that are not "not applicable". */
  agreed_caption = g_strdup_printf (ngettext ("Agreed, of %u applicable item",
                                              "Agreed, of %u applicable items", applicable),
                                    applicable);

  gtk_label_set_label (self->items_number, items_text);
  gtk_label_set_label (self->agreed_number, agreed_text);
  gtk_label_set_label (self->agreed_caption, agreed_caption);
  gtk_label_set_label (self->gaps_number, gaps_text);
}

/* Beside the gaps but apart from them: warnings are not counted as gaps.
 * They are few (a vendor, a check, an item outside its contracts), so they
 * are not added in batches. */
static void
fill_warning_list (BuntanSummaryView *self, BuntanOverview *overview)
{
  GPtrArray *warnings = overview != NULL ? buntan_overview_get_warnings (overview) : NULL;

  clear_container (GTK_WIDGET (self->warning_list));
  gtk_widget_set_visible (self->warnings_group, warnings != NULL && warnings->len > 0);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      BuntanWarning   *warning = g_ptr_array_index (warnings, i);
      const char      *item_id = buntan_warning_get_item_id (warning);
      g_autofree char *sentence = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_LONG);
      GtkWidget       *row = adw_action_row_new ();

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-information-symbolic"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sentence);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), item_id != NULL);
      if (item_id != NULL)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
          g_object_set_data_full (G_OBJECT (row), "item-id", g_strdup (item_id), g_free);
        }
      gtk_list_box_append (self->warning_list, row);
    }
}

/* A cyber-security checklist is answered, not negotiated: nothing is ever
 * 合意済 and every item stays 未着手, so the agreed card and the status
 * chart and table would only say "0". Who has answered what is what the
 * hospital checks before the inspection, so it comes first, visible
 * without scrolling on a 1024×768 screen. */
static void
arrange_for_checklist (BuntanSummaryView *self, BuntanOverview *overview)
{
  gboolean answered =
    overview != NULL && buntan_cyber_checklist_applies (buntan_overview_get_project (overview));

  gtk_widget_set_visible (self->agreed_card, !answered);
  gtk_widget_set_visible (self->progress_group, !answered);
  gtk_widget_set_visible (self->status_group, !answered);
  gtk_box_reorder_child_after (self->content_box, self->party_group,
                               answered ? NULL : self->status_group);
}

static void
rebuild (BuntanSummaryView *self)
{
  arrange_for_checklist (self, buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)));
  fill_cards (self, buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)));
  fill_status_grid (self, buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)));
  fill_warning_list (self, buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)));
  if (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)) == NULL)
    {
      clear_container (GTK_WIDGET (self->party_grid));
      fill_gap_list (self, NULL);
      return;
    }

  fill_party_grid (self, buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)));
  fill_gap_list (self, buntan_overview_get_matrix (
                         buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self))));
}

static void
gap_list_row_activated_cb (BuntanSummaryView *self, GtkListBoxRow *row, GtkListBox *list)
{
  const char *item_id = g_object_get_data (G_OBJECT (row), "item-id");

  if (item_id != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item_id);
}

static void
buntan_summary_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (buntan_summary_view_parent_class)->map (widget);
  add_gap_rows_later (BUNTAN_SUMMARY_VIEW (widget));
}

static void
buntan_summary_view_update (BuntanOverviewView *view)
{
  rebuild (BUNTAN_SUMMARY_VIEW (view));
}

static void
buntan_summary_view_dispose (GObject *object)
{
  BuntanSummaryView *self = (BuntanSummaryView *) object;

  stop_adding_gap_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_SUMMARY_VIEW);
  buntan_view_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (buntan_summary_view_parent_class)->dispose (object);
}

static void
buntan_summary_view_class_init (BuntanSummaryViewClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  BuntanOverviewViewClass *view_class = BUNTAN_OVERVIEW_VIEW_CLASS (klass);

  object_class->dispose = buntan_summary_view_dispose;
  view_class->update = buntan_summary_view_update;
  widget_class->map = buntan_summary_view_map;


  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BUNTAN_TYPE_STATUS_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, content_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, agreed_card);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, progress_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, status_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, items_number);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, agreed_number);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, agreed_caption);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, gaps_number);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, status_grid);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, party_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, party_grid);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, gap_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, warning_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanSummaryView, status_chart);
  gtk_widget_class_bind_template_callback (widget_class, gap_list_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "summaryview");
}

static void
buntan_summary_view_init (BuntanSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  buntan_view_ensure_style ();
  rebuild (self);
}

GtkWidget *
buntan_summary_view_new (void)
{
  return g_object_new (BUNTAN_TYPE_SUMMARY_VIEW, NULL);
}

/* The project and its overview are the base class's
 * (buntan-overview-view.c); these keep the names the window and the tests
 * know. */
BuntanProject *
buntan_summary_view_get_project (BuntanSummaryView *self)
{
  return buntan_overview_view_get_project (BUNTAN_OVERVIEW_VIEW (self));
}

void
buntan_summary_view_set_project (BuntanSummaryView *self, BuntanProject *project)
{
  buntan_overview_view_set_project (BUNTAN_OVERVIEW_VIEW (self), project);
}

void
buntan_summary_view_set_overview (BuntanSummaryView *self, BuntanOverview *overview)
{
  buntan_overview_view_set_overview (BUNTAN_OVERVIEW_VIEW (self), overview);
}
