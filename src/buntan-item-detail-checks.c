/* buntan-item-detail-checks.c — the item detail's rows of the first checks and their dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-date-entry.h"
#include "buntan-item-detail-private.h"
#include "buntan-owner-cell.h"
#include "buntan-status-cell.h"
#include "buntan-view-util.h"


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

void
_buntan_item_detail_rebuild_checks (BuntanItemDetail *self)
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
