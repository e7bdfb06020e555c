/* buntan-item-detail-private.h — what the parts of the item detail share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget's instance struct and the functions one part calls in another:
 * the parties' rows (buntan-item-detail-participants.c), the first checks'
 * rows (buntan-item-detail-checks.c); binding an item, the guidance and the
 * widget's life stay in buntan-item-detail.c.
 */

#pragma once

#include <adwaita.h>

#include "buntan-core.h"
#include "buntan-date-entry.h"
#include "buntan-item-detail.h"
#include "buntan-owner-cell.h"
#include "buntan-status-cell.h"

G_BEGIN_DECLS


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

void
_buntan_item_detail_update_participants (BuntanItemDetail *self);

void
_buntan_item_detail_rebuild_checks (BuntanItemDetail *self);

void
_buntan_item_detail_roles_changed_cb (BuntanItemDetail *self);

void
_buntan_item_detail_rebuild_participants (BuntanItemDetail *self);

void
_buntan_item_detail_parties_items_changed_cb (BuntanItemDetail *self);

G_END_DECLS
