/* buntan-project-parties.c — the project's parties: the hospital and the vendors, added and removed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-meeting-private.h"
#include "buntan-project-instance-private.h"

/**
 * buntan_project_get_parties:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of #BuntanParty, the hospital first
 */
GListModel *
buntan_project_get_parties (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->parties);
}

/**
 * buntan_project_get_hospital:
 * @self: a project
 *
 * Returns: (transfer none): the hospital party
 */
BuntanParty *
buntan_project_get_hospital (BuntanProject *self)
{
  guint n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n; i++)
    {
      BuntanParty *party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      g_object_unref (party); /* the store keeps it alive */
      if (buntan_party_is_hospital (party))
        return party;
    }

  g_return_val_if_reached (NULL);
}

/**
 * buntan_project_dup_vendors:
 * @self: a project
 *
 * The vendors, for the many places that do one thing per vendor (an
 * appendix, a questionnaire, a check box each).
 *
 * Returns: (transfer full) (element-type BuntanParty): every party but
 *   the hospital, in the project's order; empty when there is none
 */
GPtrArray *
buntan_project_dup_vendors (BuntanProject *self)
{
  GListModel *parties;
  GPtrArray  *vendors;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  parties = G_LIST_MODEL (self->parties);
  vendors = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      BuntanParty *party = g_list_model_get_item (parties, i);

      if (buntan_party_is_hospital (party))
        g_object_unref (party);
      else
        g_ptr_array_add (vendors, party);
    }

  return vendors;
}

/**
 * buntan_project_find_party:
 * @self: a project
 * @id: a party id
 *
 * Returns: (transfer none) (nullable): the party with that id
 */
BuntanParty *
buntan_project_find_party (BuntanProject *self, const char *id)
{
  guint        position;
  BuntanParty *party;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  if (id == NULL || !_buntan_project_find_by_id (G_LIST_MODEL (self->parties), id,
                                                 _buntan_project_party_id, &position))
    return NULL;

  party = g_list_model_get_item (G_LIST_MODEL (self->parties), position);
  g_object_unref (party);
  return party;
}

/**
 * buntan_project_get_party_position:
 * @self: a project
 * @id: a party id
 *
 * Returns: the party's position in the parties, or %G_MAXUINT
 */
guint
buntan_project_get_party_position (BuntanProject *self, const char *id)
{
  guint position;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), G_MAXUINT);

  if (id == NULL || !_buntan_project_find_by_id (G_LIST_MODEL (self->parties), id,
                                                 _buntan_project_party_id, &position))
    return G_MAXUINT;

  return position;
}

/**
 * buntan_project_add_vendor:
 * @self: a project
 * @name: the vendor's name
 *
 * Returns: (transfer none): the new vendor, with a fresh id
 */
BuntanParty *
buntan_project_add_vendor (BuntanProject *self, const char *name)
{
  g_autoptr (BuntanParty) party = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  for (guint n = 1; id == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("v%u", n);

      if (buntan_project_find_party (self, candidate) == NULL)
        id = g_steal_pointer (&candidate);
    }

  party = buntan_party_new (id, BUNTAN_PARTY_KIND_VENDOR, name);
  _buntan_project_append_party (self, party);
  _buntan_history_record_insert (self->history, G_OBJECT (party),
                                 g_list_model_get_n_items (G_LIST_MODEL (self->parties)) - 1, 0);
  _buntan_project_mark_changed (self);

  return party;
}

/**
 * buntan_project_count_party_items:
 * @self: a project
 * @id: a party id
 *
 * Returns: how many items the party owns or takes part in
 */
guint
buntan_project_count_party_items (BuntanProject *self, const char *id)
{
  guint n, count = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (buntan_item_involves (item, id))
        count++;
    }

  return count;
}

/**
 * buntan_project_remove_vendor:
 * @self: a project
 * @id: the vendor's id
 * @reassign_to: (nullable): the party that takes over the items the vendor
 *   owned, or %NULL to leave them undecided (未定)
 * @error: return location for a #GError
 *
 * Removes a vendor. Items it owned go to @reassign_to; where it only took
 * part, it is taken off the participants. The hospital cannot be removed.
 *
 * Returns: %TRUE if the vendor was removed
 */
gboolean
buntan_project_remove_vendor (BuntanProject *self,
                              const char    *id,
                              const char    *reassign_to,
                              GError       **error)
{
  BuntanParty *party;
  guint        position, n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  party = buntan_project_find_party (self, id);
  if (party == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
                   _ ("There is no party with the id “%s”"), id);
      return FALSE;
    }

  if (buntan_party_is_hospital (party))
    {
      g_set_error_literal (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT,
                           _ ("The hospital cannot be removed from the project"));
      return FALSE;
    }

  if (reassign_to != NULL && g_strcmp0 (reassign_to, BUNTAN_OWNER_JOINT) != 0 &&
      (g_strcmp0 (reassign_to, id) == 0 || buntan_project_find_party (self, reassign_to) == NULL))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
                   _ ("The items cannot be handed to “%s”: there is no such other party"),
                   reassign_to);
      return FALSE;
    }

  /* One step for the history: undoing brings the vendor and its items back. */
  buntan_history_begin_group (self->history);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_strcmp0 (buntan_item_get_owner (item), id) == 0)
        {
          buntan_item_set_owner (item, reassign_to);
          /* The new owner leads: it no longer merely supports. */
          if (reassign_to != NULL && !buntan_item_is_joint (item))
            buntan_item_set_participant (item, reassign_to, FALSE);
        }
      buntan_item_set_participant (item, id, FALSE);
      /* A removed vendor's △ and check would name no party in the file. */
      buntan_item_set_informed_party (item, id, FALSE);
      if (buntan_item_find_check (item, id) != NULL)
        buntan_check_clear (buntan_item_find_check (item, id));
    }

  g_object_ref (party);
  if (_buntan_project_find_by_id (G_LIST_MODEL (self->parties), id, _buntan_project_party_id,
                                  &position))
    {
      g_list_store_remove (self->parties, position);
      _buntan_history_record_remove (self->history, G_OBJECT (party), position, 0);
    }
  _buntan_project_disconnect_party_contracts (self, party);
  g_object_unref (party);

  buntan_history_end_group (self->history);
  _buntan_project_mark_changed (self);
  return TRUE;
}
