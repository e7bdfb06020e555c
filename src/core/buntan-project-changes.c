/* buntan-project-changes.c — how the project hears of every edit: history, modified flag, signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-meeting-private.h"
#include "buntan-project-instance-private.h"

/* While undoing, the history decides afterwards whether the project is back
 * to its saved state. */
void
_buntan_project_mark_changed (BuntanProject *self)
{
  if (!_buntan_history_is_replaying (self->history))
    buntan_project_set_is_modified (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
child_notify_cb (BuntanProject *self, GParamSpec *pspec, GObject *child)
{
  _buntan_history_record_property (self->history, child, pspec);
  _buntan_project_mark_changed (self);
}

/* An item's checks reach the project through their item (buntan-item.c),
 * so the item's ties are the only ones to cut. */
static void
item_check_notify_cb (BuntanProject *self, BuntanCheck *check, GParamSpec *pspec)
{
  child_notify_cb (self, pspec, G_OBJECT (check));
}

static void
item_check_added_cb (BuntanProject *self, BuntanCheck *check)
{
  _buntan_history_track (self->history, G_OBJECT (check));
}

static void
watch_checks (BuntanProject *self, BuntanItem *item)
{
  GListModel *checks = buntan_item_get_checks (item);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr (GObject) check = g_list_model_get_item (checks, i);

      _buntan_history_track (self->history, check);
    }
  g_signal_connect_swapped (item, "check-added", G_CALLBACK (item_check_added_cb), self);
  g_signal_connect_swapped (item, "check-notify", G_CALLBACK (item_check_notify_cb), self);
}

/* A vendor's contracts are children of the project too: their edits, and
 * their coming and going, are steps of the history. */
static void
party_contract_added_cb (BuntanParty    *party,
                         BuntanContract *contract,
                         guint           position,
                         gpointer        data)
{
  BuntanProject *self = data;

  _buntan_project_watch_child (self, G_OBJECT (contract));
  _buntan_history_record_insert (self->history, G_OBJECT (contract), position, 0);
  _buntan_project_mark_changed (self);
}

static void
party_contract_removed_cb (BuntanParty    *party,
                           BuntanContract *contract,
                           guint           position,
                           gpointer        data)
{
  BuntanProject *self = data;

  g_signal_handlers_disconnect_by_data (contract, self);
  _buntan_history_record_remove (self->history, G_OBJECT (contract), position, 0);
  _buntan_project_mark_changed (self);
}

void
_buntan_project_watch_child (BuntanProject *self, GObject *child)
{
  if (BUNTAN_IS_PARTY (child))
    {
      GListModel *contracts = buntan_party_get_contracts (BUNTAN_PARTY (child));

      for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
        {
          g_autoptr (GObject) contract = g_list_model_get_item (contracts, i);

          /* A vendor put back by undo brings its contracts, still watched. */
          g_signal_handlers_disconnect_by_data (contract, self);
          _buntan_project_watch_child (self, contract);
        }
      g_signal_connect (child, "contract-added", G_CALLBACK (party_contract_added_cb), self);
      g_signal_connect (child, "contract-removed", G_CALLBACK (party_contract_removed_cb), self);
    }

  _buntan_history_track (self->history, child);
  if (BUNTAN_IS_ITEM (child))
    watch_checks (self, BUNTAN_ITEM (child));
  /* Not g_signal_connect_object(): that keeps a list of every child's
   * closure on the project, searched on each disconnection, which makes
   * closing a large project quadratic. Every path that lets a child go
   * (removing it, dispose) disconnects it. */
  g_signal_connect_swapped (child, "notify", G_CALLBACK (child_notify_cb), self);
}

/* Few parties with few contracts: matching by data alone is cheap here. */
void
_buntan_project_disconnect_party_contracts (BuntanProject *self, BuntanParty *party)
{
  GListModel *contracts = buntan_party_get_contracts (party);

  g_signal_handlers_disconnect_by_data (party, self);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (GObject) contract = g_list_model_get_item (contracts, i);

      g_signal_handlers_disconnect_by_data (contract, self);
    }
}
