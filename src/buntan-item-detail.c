/* buntan-item-detail.c — the selected item: its guidance and what was agreed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-date-entry.h"
#include "buntan-item-detail.h"
#include "buntan-owner-cell.h"
#include "buntan-status-cell.h"
#include "buntan-view-util.h"

struct _BuntanItemDetail
{
  GtkWidget parent_instance;

  BuntanProject      *project;
  BuntanOwnerChoices *choices;
  BuntanItem         *item;
  char               *gap_message;
  char               *warning_message;
  /* GBinding: the ties to the item shown, cut when another is shown. */
  GPtrArray *bindings;
  /* GtkCheckButton, one per party, in the parties' order. */
  GPtrArray *participant_checks;
  /* GtkCheckButton, one per party: the △ parties. */
  GPtrArray *informed_checks;
  gboolean   updating_participants;
  /* GBinding: the ties of the vendors' check rows, cut when they are rebuilt. */
  GPtrArray *check_bindings;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkLabel          *place_label;
  GtkLabel          *title_label;
  GtkEntry          *title_entry;
  GtkWidget         *custom_label;
  GtkWidget         *gap_box;
  GtkLabel          *gap_label;
  GtkWidget         *warning_box;
  GtkLabel          *warning_label;
  GtkWidget         *content_label;
  GtkWidget         *content_frame;
  GtkWidget         *content_view;
  GtkWidget         *risk_label;
  GtkWidget         *risk_frame;
  GtkWidget         *risk_view;
  GtkWidget         *recommended_label;
  GtkWidget         *recommended_frame;
  GtkWidget         *recommended_view;
  GtkWidget         *references_label;
  GtkWidget         *references_frame;
  GtkWidget         *references_view;
  BuntanItemCell    *status_cell;
  BuntanOwnerCell   *owner_cell;
  AdwPreferencesRow *first_check_row;
  GtkLabel          *previous_label;
  GtkDropDown       *first_check_drop_down;
  AdwPreferencesRow *first_check_date_row;
  BuntanDateEntry   *first_check_date_entry;
  AdwPreferencesRow *completed_row;
  BuntanDateEntry   *completed_entry;
  AdwEntryRow       *clause_row;
  AdwEntryRow       *agreed_terms_row;
  AdwEntryRow       *official_ref_row;
  GtkListBox        *informed_list;
  GtkWidget         *checks_group;
  GtkListBox        *checks_list;
  GtkTextView       *note_view;
  GtkListBox        *participants_list;
  GtkWidget         *joint_hint;
};

G_DEFINE_FINAL_TYPE (BuntanItemDetail, buntan_item_detail, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  PROP_PROJECT,
  PROP_CHOICES,
  PROP_GAP_MESSAGE,
  PROP_WARNING_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The guidance: read-only labels for checklist items, text views for the
 * user's own items. */
typedef struct
{
  const char           *property;
  gsize                 label;
  gsize                 frame;
  gsize                 view;
  GBindingTransformFunc to_label;
  GBindingTransformFunc to_view;
  GBindingTransformFunc from_view;
} GuidanceText;

#define WIDGET_AT(self, offset) (*(GtkWidget **) G_STRUCT_MEMBER_P (self, offset))

static gboolean
text_or_dash (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL && *text != '\0' ? text : "—");
  return TRUE;
}

static gboolean
lines_from_strv (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  const char *const *strv = g_value_get_boxed (from_value);

  g_value_take_string (to_value, g_strjoinv ("\n", (char **) strv));
  return TRUE;
}

static gboolean
lines_or_dash_from_strv (GBinding     *binding,
                         const GValue *from_value,
                         GValue       *to_value,
                         gpointer      user_data)
{
  const char *const *strv = g_value_get_boxed (from_value);

  if (strv == NULL || strv[0] == NULL)
    g_value_set_string (to_value, "—");
  else
    g_value_take_string (to_value, g_strjoinv ("\n", (char **) strv));
  return TRUE;
}

static gboolean
strv_from_lines (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) lines = g_strsplit (g_value_get_string (from_value), "\n", -1);

  /* Blank lines are the user making room, not references. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  g_value_take_boxed (to_value, g_strv_builder_end (builder));
  return TRUE;
}

static const GuidanceText guidance_texts[] = {
  { "content", G_STRUCT_OFFSET (BuntanItemDetail, content_label),
    G_STRUCT_OFFSET (BuntanItemDetail, content_frame),
    G_STRUCT_OFFSET (BuntanItemDetail, content_view), text_or_dash, NULL, NULL },
  { "risk", G_STRUCT_OFFSET (BuntanItemDetail, risk_label),
    G_STRUCT_OFFSET (BuntanItemDetail, risk_frame), G_STRUCT_OFFSET (BuntanItemDetail, risk_view),
    text_or_dash, NULL, NULL },
  { "recommended", G_STRUCT_OFFSET (BuntanItemDetail, recommended_label),
    G_STRUCT_OFFSET (BuntanItemDetail, recommended_frame),
    G_STRUCT_OFFSET (BuntanItemDetail, recommended_view), text_or_dash, NULL, NULL },
  { "references", G_STRUCT_OFFSET (BuntanItemDetail, references_label),
    G_STRUCT_OFFSET (BuntanItemDetail, references_frame),
    G_STRUCT_OFFSET (BuntanItemDetail, references_view), lines_or_dash_from_strv, lines_from_strv,
    strv_from_lines },
};

static void
keep_binding (BuntanItemDetail *self, GBinding *binding)
{
  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
bind_both_ways (BuntanItemDetail *self,
                const char       *property,
                gpointer          target,
                const char       *target_property)
{
  keep_binding (self, g_object_bind_property (self->item, property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
}

static void
unbind_item (BuntanItemDetail *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
}

static void
update_participants (BuntanItemDetail *self)
{
  const char *owner = self->item != NULL ? buntan_item_get_owner (self->item) : NULL;
  /* 共同 and 各事業者（個別） both name their parties here, all of them leading. */
  gboolean joint =
    self->item != NULL && (buntan_item_is_joint (self->item) || buntan_item_is_each (self->item));
  guint sharing = 0;

  self->updating_participants = TRUE;
  for (guint i = 0; i < self->participant_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->participant_checks, i);
      const char     *id = g_object_get_data (G_OBJECT (check), "party-id");
      GtkWidget      *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
      gboolean        leads = !joint && g_strcmp0 (owner, id) == 0;
      gboolean        active = self->item != NULL && buntan_item_has_participant (self->item, id);

      gtk_check_button_set_active (check, active);
      /* The owner leads the item; it cannot also merely support it. */
      gtk_widget_set_sensitive (row, self->item != NULL && (!leads || active));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), leads ? _ ("Lead") : NULL);
      if (active)
        sharing++;
    }

  for (guint i = 0; i < self->informed_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->informed_checks, i);
      const char     *id = g_object_get_data (G_OBJECT (check), "party-id");
      GtkWidget      *row = gtk_widget_get_ancestor (GTK_WIDGET (check), ADW_TYPE_ACTION_ROW);
      gboolean        active =
        self->item != NULL && g_strv_contains (buntan_item_get_informed (self->item), id);
      /* A party that leads or supports is more than informed. */
      gboolean involved = self->item != NULL && buntan_item_involves (self->item, id);

      gtk_check_button_set_active (check, active);
      gtk_widget_set_sensitive (row, self->item != NULL && (active || !involved));
    }
  self->updating_participants = FALSE;

  gtk_widget_set_visible (self->joint_hint, joint && sharing < 2);
}

static void
participant_toggled_cb (BuntanItemDetail *self, GtkCheckButton *check)
{
  if (self->updating_participants || self->item == NULL)
    return;

  buntan_item_set_participant (self->item, g_object_get_data (G_OBJECT (check), "party-id"),
                               gtk_check_button_get_active (check));
}

static void
informed_toggled_cb (BuntanItemDetail *self, GtkCheckButton *check)
{
  if (self->updating_participants || self->item == NULL)
    return;

  buntan_item_set_informed_party (self->item, g_object_get_data (G_OBJECT (check), "party-id"),
                                  gtk_check_button_get_active (check));
}

static void
clear_party_rows (GtkListBox *list, GPtrArray *checks)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  g_ptr_array_set_size (checks, 0);
}

/* A row with a check button that names @party, following renames. */
static void
append_party_row (BuntanItemDetail *self,
                  GtkListBox       *list,
                  GPtrArray        *checks,
                  BuntanParty      *party,
                  GCallback         toggled)
{
  GtkWidget     *row = adw_action_row_new ();
  GtkWidget     *check = gtk_check_button_new ();
  GtkExpression *label =
    buntan_owner_choices_label_expression (gtk_constant_expression_new (BUNTAN_TYPE_PARTY, party));

  g_object_set_data_full (G_OBJECT (check), "party-id", g_strdup (buntan_party_get_id (party)),
                          g_free);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* The row's title follows renames; the check is named by the row. A
   * party's name is text, not markup: 「Cloud & Co.」. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_expression_bind (gtk_expression_ref (label), row, "title", NULL);
  gtk_expression_bind (label, check, "tooltip-text", NULL);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row,
                                  NULL, -1);
  g_signal_connect_object (check, "toggled", toggled, self, G_CONNECT_SWAPPED);
  gtk_list_box_append (list, row);
  g_ptr_array_add (checks, check);
}

static gboolean
result_to_subtitle (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer data)
{
  BuntanCheckResult result = g_value_get_enum (from_value);

  g_value_set_string (to_value, result != BUNTAN_CHECK_RESULT_UNSET
                                  ? buntan_check_result_get_label (result)
                                  : NULL);
  return TRUE;
}

static void
keep_check_binding (BuntanItemDetail *self, GBinding *binding)
{
  g_ptr_array_add (self->check_bindings, g_object_ref (binding));
}

/* Last year's answer, small and dim beside this year's (read-only: a label,
 * not a control). */
static GtkWidget *
new_previous_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Squeezed beside a vendor's name, it would break inside 「はい」: wide
   * enough for a date and 「目標日」 on one line. */
  gtk_label_set_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* The item-level 初回確認, its date and 完了日 are the hospital's own check:
 * a Part 2 item that vendors confirm is checked by each of them instead (the
 * rows below), and the item-level ones are neither used nor exported. */
static void
update_item_level_check (BuntanItemDetail *self, gboolean vendors_confirm)
{
  BuntanPreviousAnswer *previous =
    self->item != NULL ? buntan_item_get_previous (self->item) : NULL;
  gboolean shown =
    !(vendors_confirm && self->item != NULL && buntan_item_get_part (self->item) == 2);
  g_autofree char *text =
    previous != NULL ? buntan_previous_answer_dup_description (previous) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->first_check_row), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->first_check_date_row), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->completed_row), shown);

  gtk_label_set_label (self->previous_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->previous_label), text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->first_check_drop_down),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->first_check_drop_down),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Rows per vendor that confirms the item: a heading row with its 初回確認,
 * then the date, 目標日, 完了日 and the date it agreed. Plain rows rather
 * than an expander, so that a screen reader finds every control named. The
 * check is made on demand (an empty one is not written, buntan-check.c), so
 * the rows can bind to it. */
static void
append_check_rows (BuntanItemDetail *self, BuntanParty *party, BuntanCheck *check)
{
  static const struct
  {
    const char *property;
    const char *title;
  } dates[] = {
    { "date", N_ ("Date of the First Check") },
    { "target", N_ ("Target Date") },
    { "completed", N_ ("Completed On") },
    { "agreed", N_ ("Agreed On") },
  };
  g_autoptr (GtkStringList) results = gtk_string_list_new (NULL);
  const char *id = buntan_party_get_id (party);
  const char *name =
    buntan_view_party_label (buntan_party_get_name (party), buntan_party_get_kind (party));
  GtkWidget       *heading = adw_action_row_new ();
  GtkWidget       *drop_down;
  g_autofree char *drop_down_label = NULL;

  gtk_widget_set_name (heading, id);
  /* A party's name is text, not markup: 「Cloud & Co.」. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (heading), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), name);
  keep_check_binding (self, g_object_bind_property_full (check, "result", heading, "subtitle",
                                                         G_BINDING_SYNC_CREATE, result_to_subtitle,
                                                         NULL, NULL, NULL));

  /* Listed in the enum's order, so a position is a result. */
  for (BuntanCheckResult result = BUNTAN_CHECK_RESULT_UNSET; result <= BUNTAN_CHECK_RESULT_NO;
       result++)
    gtk_string_list_append (results, buntan_check_result_get_label (result));
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&results)), NULL);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  /* TRANSLATORS: the name of a vendor's first-check dropdown, "First check of A社" */
  drop_down_label = g_strdup_printf (_ ("First check of %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  drop_down_label, -1);
  if (buntan_check_get_previous (check) != NULL)
    {
      g_autofree char *previous =
        buntan_previous_answer_dup_description (buntan_check_get_previous (check));
      GtkWidget       *previous_label = new_previous_label (previous);
      g_autofree char *previous_name = g_strdup_printf ("%s:previous", id);

      gtk_widget_set_name (previous_label, previous_name);
      adw_action_row_add_suffix (ADW_ACTION_ROW (heading), previous_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, previous, -1);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (heading), drop_down);
  gtk_list_box_append (self->checks_list, heading);
  keep_check_binding (self,
                      g_object_bind_property_full (check, "result", drop_down, "selected",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   buntan_enum_to_selected, buntan_selected_to_enum,
                                                   NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *entry = buntan_date_entry_new ();
      g_autofree char *entry_name = g_strdup_printf ("%s:%s", id, dates[i].property);
      /* TRANSLATORS: a vendor and one of the dates of its check, "A社: Target Date" */
      g_autofree char *label = g_strdup_printf (_ ("%s: %s"), name, _ (dates[i].title));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ (dates[i].title));
      gtk_widget_set_name (entry, entry_name);
      buntan_date_entry_set_label (BUNTAN_DATE_ENTRY (entry), label);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      gtk_list_box_append (self->checks_list, row);
      keep_check_binding (self,
                          g_object_bind_property (check, dates[i].property, entry, "date",
                                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
    }
}

static void
rebuild_checks (BuntanItemDetail *self)
{
  g_auto (GStrv) vendors = NULL;
  GtkWidget *child;

  for (guint i = 0; i < self->check_bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->check_bindings, i));
  g_ptr_array_set_size (self->check_bindings, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);

  if (self->item != NULL && self->project != NULL)
    vendors = buntan_item_dup_confirming_parties (self->item, self->project);
  gtk_widget_set_visible (self->checks_group, vendors != NULL && vendors[0] != NULL);
  update_item_level_check (self, vendors != NULL && vendors[0] != NULL);

  for (guint v = 0; vendors != NULL && vendors[v] != NULL; v++)
    append_check_rows (self, buntan_project_find_party (self->project, vendors[v]),
                       buntan_item_ensure_check (self->item, vendors[v]));
}

static void
roles_changed_cb (BuntanItemDetail *self)
{
  update_participants (self);
  rebuild_checks (self);
}

static void
rebuild_participants (BuntanItemDetail *self)
{
  GListModel *parties;
  guint       n;

  clear_party_rows (self->participants_list, self->participant_checks);
  clear_party_rows (self->informed_list, self->informed_checks);

  if (self->project == NULL)
    {
      rebuild_checks (self);
      return;
    }

  parties = buntan_project_get_parties (self->project);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      append_party_row (self, self->participants_list, self->participant_checks, party,
                        G_CALLBACK (participant_toggled_cb));
      append_party_row (self, self->informed_list, self->informed_checks, party,
                        G_CALLBACK (informed_toggled_cb));
    }

  update_participants (self);
  rebuild_checks (self);
}

static void
parties_items_changed_cb (BuntanItemDetail *self)
{
  rebuild_participants (self);
}

static void
bind_guidance (BuntanItemDetail *self, const GuidanceText *text, gboolean custom)
{
  GtkWidget *label = WIDGET_AT (self, text->label);
  GtkWidget *frame = WIDGET_AT (self, text->frame);
  GtkWidget *view = WIDGET_AT (self, text->view);

  gtk_widget_set_visible (label, !custom);
  gtk_widget_set_visible (frame, custom);

  if (custom)
    keep_binding (self,
                  g_object_bind_property_full (self->item, text->property,
                                               gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                                               "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               text->to_view, text->from_view, NULL, NULL));
  else
    keep_binding (self, g_object_bind_property_full (self->item, text->property, label, "label",
                                                     G_BINDING_SYNC_CREATE, text->to_label, NULL,
                                                     NULL, NULL));
}

static void
bind_item (BuntanItemDetail *self)
{
  BuntanItem      *item = self->item;
  gboolean         custom;
  g_autofree char *place = NULL;

  buntan_item_cell_set_item (self->status_cell, item);
  buntan_item_cell_set_item (BUNTAN_ITEM_CELL (self->owner_cell), item);

  if (item == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_participants (self);
      rebuild_checks (self);
      return;
    }

  custom = buntan_item_get_custom (item);
  /* TRANSLATORS: where an item sits: its id, then its section's code and title */
  place = g_strdup_printf (_ ("%s · Section %s %s"), buntan_item_get_id (item),
                           buntan_item_get_section (item), buntan_item_get_section_title (item));
  gtk_label_set_label (self->place_label, place);

  gtk_widget_set_visible (GTK_WIDGET (self->title_label), !custom);
  gtk_widget_set_visible (GTK_WIDGET (self->title_entry), custom);
  gtk_widget_set_visible (self->custom_label, custom);
  if (custom)
    bind_both_ways (self, "title", self->title_entry, "text");
  else
    keep_binding (self, g_object_bind_property (item, "title", self->title_label, "label",
                                                G_BINDING_SYNC_CREATE));

  for (guint i = 0; i < G_N_ELEMENTS (guidance_texts); i++)
    bind_guidance (self, &guidance_texts[i], custom);

  keep_binding (self, g_object_bind_property_full (item, "first-check", self->first_check_drop_down,
                                                   "selected",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   buntan_enum_to_selected, buntan_selected_to_enum,
                                                   NULL, NULL));
  bind_both_ways (self, "first-check-date", self->first_check_date_entry, "date");
  bind_both_ways (self, "completed", self->completed_entry, "date");
  bind_both_ways (self, "clause", self->clause_row, "text");
  bind_both_ways (self, "agreed-terms", self->agreed_terms_row, "text");
  bind_both_ways (self, "official-ref", self->official_ref_row, "text");
  bind_both_ways (self, "note", gtk_text_view_get_buffer (self->note_view), "text");

  g_signal_connect_object (item, "notify::participants", G_CALLBACK (roles_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::owner", G_CALLBACK (roles_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::informed", G_CALLBACK (roles_changed_cb), self,
                           G_CONNECT_SWAPPED);
  roles_changed_cb (self);

  gtk_stack_set_visible_child_name (self->stack, "item");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* The pane beside the list asks for a readable width, not for the width of
 * its longest text on one line: the list gets the rest of the window. */
#define NATURAL_WIDTH 360

static void
buntan_item_detail_measure (GtkWidget     *widget,
                            GtkOrientation orientation,
                            int            for_size,
                            int           *minimum,
                            int           *natural,
                            int           *minimum_baseline,
                            int           *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
buntan_item_detail_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
buntan_item_detail_dispose (GObject *object)
{
  BuntanItemDetail *self = (BuntanItemDetail *) object;

  unbind_item (self);
  buntan_item_detail_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_ITEM_DETAIL);
  g_clear_object (&self->item);
  g_clear_object (&self->choices);

  G_OBJECT_CLASS (buntan_item_detail_parent_class)->dispose (object);
}

static void
buntan_item_detail_finalize (GObject *object)
{
  BuntanItemDetail *self = (BuntanItemDetail *) object;

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->participant_checks, g_ptr_array_unref);
  g_clear_pointer (&self->informed_checks, g_ptr_array_unref);
  g_clear_pointer (&self->check_bindings, g_ptr_array_unref);
  g_clear_pointer (&self->gap_message, g_free);
  g_clear_pointer (&self->warning_message, g_free);

  G_OBJECT_CLASS (buntan_item_detail_parent_class)->finalize (object);
}

static void
buntan_item_detail_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanItemDetail *self = BUNTAN_ITEM_DETAIL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_CHOICES:
      g_value_set_object (value, self->choices);
      break;

    case PROP_GAP_MESSAGE:
      g_value_set_string (value, self->gap_message);
      break;

    case PROP_WARNING_MESSAGE:
      g_value_set_string (value, self->warning_message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_detail_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BuntanItemDetail *self = BUNTAN_ITEM_DETAIL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      buntan_item_detail_set_item (self, g_value_get_object (value));
      break;

    case PROP_PROJECT:
      buntan_item_detail_set_project (self, g_value_get_object (value));
      break;

    case PROP_CHOICES:
      buntan_item_detail_set_choices (self, g_value_get_object (value));
      break;

    case PROP_GAP_MESSAGE:
      buntan_item_detail_set_gap_message (self, g_value_get_string (value));
      break;

    case PROP_WARNING_MESSAGE:
      buntan_item_detail_set_warning_message (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_detail_class_init (BuntanItemDetailClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_item_detail_dispose;
  object_class->finalize = buntan_item_detail_finalize;
  object_class->get_property = buntan_item_detail_get_property;
  object_class->set_property = buntan_item_detail_set_property;

  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM, flags);
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT, flags);
  properties[PROP_CHOICES] =
    g_param_spec_object ("choices", NULL, NULL, BUNTAN_TYPE_OWNER_CHOICES, flags);
  properties[PROP_GAP_MESSAGE] = g_param_spec_string ("gap-message", NULL, NULL, NULL, flags);
  /* The overview's warnings about the item shown, or NULL. */
  properties[PROP_WARNING_MESSAGE] =
    g_param_spec_string ("warning-message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUNTAN_TYPE_STATUS_CELL);
  g_type_ensure (BUNTAN_TYPE_OWNER_CELL);
  g_type_ensure (BUNTAN_TYPE_DATE_ENTRY);

  widget_class->measure = buntan_item_detail_measure;
  widget_class->size_allocate = buntan_item_detail_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "itemdetail");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-item-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, place_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, title_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, custom_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, gap_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, gap_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, warning_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, warning_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, content_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, content_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, content_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, risk_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, risk_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, risk_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, recommended_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, recommended_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, recommended_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, references_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, references_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, references_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, status_cell);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, owner_cell);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, previous_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_date_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_date_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, completed_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, completed_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, clause_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, agreed_terms_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, official_ref_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, informed_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, checks_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, checks_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, note_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, participants_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, joint_hint);
}

static void
buntan_item_detail_init (BuntanItemDetail *self)
{
  g_autoptr (GtkStringList) results = gtk_string_list_new (NULL);

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->participant_checks = g_ptr_array_new ();
  self->informed_checks = g_ptr_array_new ();
  self->check_bindings = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Listed in the enum's order, so a position is a result. */
  for (BuntanCheckResult result = BUNTAN_CHECK_RESULT_UNSET; result <= BUNTAN_CHECK_RESULT_NO;
       result++)
    gtk_string_list_append (results, buntan_check_result_get_label (result));
  gtk_drop_down_set_model (self->first_check_drop_down, G_LIST_MODEL (results));

  /* The date entries are named by their rows. */
  buntan_date_entry_set_label (self->first_check_date_entry,
                               adw_preferences_row_get_title (self->first_check_date_row));
  buntan_date_entry_set_label (self->completed_entry,
                               adw_preferences_row_get_title (self->completed_row));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * buntan_item_detail_get_item:
 * @self: a detail pane
 *
 * Returns: (transfer none) (nullable): the item shown
 */
BuntanItem *
buntan_item_detail_get_item (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->item;
}

void
buntan_item_detail_set_item (BuntanItemDetail *self, BuntanItem *item)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));
  g_return_if_fail (item == NULL || BUNTAN_IS_ITEM (item));

  if (self->item == item)
    return;

  unbind_item (self);
  g_set_object (&self->item, item);
  bind_item (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * buntan_item_detail_get_project:
 * @self: a detail pane
 *
 * Returns: (transfer none) (nullable): the project whose parties can take part
 */
BuntanProject *
buntan_item_detail_get_project (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->project;
}

void
buntan_item_detail_set_project (BuntanItemDetail *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (buntan_project_get_parties (self->project), self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (buntan_project_get_parties (project), "items-changed",
                             G_CALLBACK (parties_items_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_participants (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_item_detail_get_choices:
 * @self: a detail pane
 *
 * Returns: (transfer none) (nullable): the owner choices
 */
BuntanOwnerChoices *
buntan_item_detail_get_choices (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->choices;
}

void
buntan_item_detail_set_choices (BuntanItemDetail *self, BuntanOwnerChoices *choices)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));
  g_return_if_fail (choices == NULL || BUNTAN_IS_OWNER_CHOICES (choices));

  if (!g_set_object (&self->choices, choices))
    return;

  buntan_owner_cell_set_choices (self->owner_cell, choices);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICES]);
}

const char *
buntan_item_detail_get_gap_message (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->gap_message;
}

/* What the checks find still open about the item shown, or %NULL. */
void
buntan_item_detail_set_gap_message (BuntanItemDetail *self, const char *message)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));

  if (g_strcmp0 (self->gap_message, message) == 0)
    return;

  g_free (self->gap_message);
  self->gap_message = g_strdup (message);
  gtk_label_set_label (self->gap_label, message);
  gtk_widget_set_visible (self->gap_box, message != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAP_MESSAGE]);
}

const char *
buntan_item_detail_get_warning_message (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->warning_message;
}

/* What is worth a look about the item shown without being a gap, or %NULL. */
void
buntan_item_detail_set_warning_message (BuntanItemDetail *self, const char *message)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));

  if (g_strcmp0 (self->warning_message, message) == 0)
    return;

  g_free (self->warning_message);
  self->warning_message = g_strdup (message);
  gtk_label_set_label (self->warning_label, message);
  gtk_widget_set_visible (self->warning_box, message != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_MESSAGE]);
}

/* Puts the keyboard where the user most likely edits next: the title of an
 * item of their own, else its status. */
void
buntan_item_detail_focus_editor (BuntanItemDetail *self)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));

  if (self->item == NULL)
    return;

  if (buntan_item_get_custom (self->item))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (buntan_item_cell_get_drop_down (self->status_cell)));
}
