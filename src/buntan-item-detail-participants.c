/* buntan-item-detail-participants.c — the item detail's rows of the parties: who takes part, who leads
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


void
_buntan_item_detail_update_participants (BuntanItemDetail *self)
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

void
_buntan_item_detail_roles_changed_cb (BuntanItemDetail *self)
{
  _buntan_item_detail_update_participants (self);
  _buntan_item_detail_rebuild_checks (self);
}

void
_buntan_item_detail_rebuild_participants (BuntanItemDetail *self)
{
  GListModel *parties;
  guint       n;

  clear_party_rows (self->participants_list, self->participant_checks);
  clear_party_rows (self->informed_list, self->informed_checks);

  if (self->project == NULL)
    {
      _buntan_item_detail_rebuild_checks (self);
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

  _buntan_item_detail_update_participants (self);
  _buntan_item_detail_rebuild_checks (self);
}

void
_buntan_item_detail_parties_items_changed_cb (BuntanItemDetail *self)
{
  _buntan_item_detail_rebuild_participants (self);
}
