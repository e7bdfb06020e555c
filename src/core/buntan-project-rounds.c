/* buntan-project-rounds.c — starting a renewal round for some vendors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A renewal round reopens the negotiation with the vendors whose contracts
 * renew. It keeps who does what (owners, roles, clauses, 合意内容, notes) and
 * sends back to be confirmed what each of those vendors confirmed: their
 * checks lose their result, its date and the date they were agreed, and
 * their items that are not 対象外 go back to 協議中. The completion and
 * target dates stay: they are facts about the work, not the agreement. The
 * agreed state itself is never lost: it stays in the snapshot of the version
 * the round renews, which must exist.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-project-instance-private.h"
#include "buntan-project-private.h"
#include "buntan-round-private.h"

GListStore *
_buntan_project_get_round_store (BuntanProject *self)
{
  if (self->rounds == NULL)
    self->rounds = g_list_store_new (BUNTAN_TYPE_ROUND);

  return self->rounds;
}

static gboolean
check_parties (BuntanProject *self, const char *const *parties, GError **error)
{
  if (parties == NULL || parties[0] == NULL)
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_A_VENDOR,
                   _ ("A renewal round needs at least one vendor whose contract renews"));
      return FALSE;
    }

  for (guint i = 0; parties[i] != NULL; i++)
    {
      BuntanParty *party = buntan_project_find_party (self, parties[i]);

      if (party == NULL || buntan_party_is_hospital (party))
        {
          g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_A_VENDOR,
                       _ ("“%s” is not one of the project's vendors"), parties[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (parties[i], parties[j]) == 0)
          {
            g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_A_VENDOR,
                         _ ("The vendor “%s” is named twice"), parties[i]);
            return FALSE;
          }
    }

  return TRUE;
}

static BuntanVersion *
find_renewed_version (BuntanProject *self, guint from_version, GError **error)
{
  BuntanVersion *version;

  if (from_version == 0)
    {
      version = buntan_project_get_latest_version (self);
      if (version == NULL)
        g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NO_VERSION,
                     _ ("No agreed version to renew: agree a version first, so that what was "
                        "agreed is kept"));
      return version;
    }

  version = buntan_project_find_version (self, from_version);
  if (version == NULL)
    g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_FOUND,
                 _ ("There is no version %u"), from_version);
  else if (buntan_version_get_withdrawn (version))
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_WITHDRAWN,
                   _ ("Version %u was withdrawn and cannot be renewed"), from_version);
      return NULL;
    }

  return version;
}

static gboolean
item_concerns (BuntanItem *item, const char *const *parties)
{
  for (guint i = 0; parties[i] != NULL; i++)
    if (buntan_item_involves (item, parties[i]) ||
        buntan_item_find_check (item, parties[i]) != NULL)
      return TRUE;

  return FALSE;
}

static void
reopen_item (BuntanItem *item, const char *const *parties)
{
  for (guint i = 0; parties[i] != NULL; i++)
    {
      BuntanCheck *check = buntan_item_find_check (item, parties[i]);

      if (check == NULL)
        continue;
      buntan_check_set_result (check, BUNTAN_CHECK_RESULT_UNSET);
      buntan_check_set_date (check, NULL);
      buntan_check_set_agreed (check, NULL);
    }

  if (buntan_item_get_status (item) != BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    buntan_item_set_status (item, BUNTAN_ITEM_STATUS_DISCUSSING);
}

static gboolean
check_is_confirmed (BuntanCheck *check)
{
  return buntan_check_get_result (check) != BUNTAN_CHECK_RESULT_UNSET ||
         buntan_check_get_date (check) != NULL || buntan_check_get_agreed (check) != NULL;
}

/* Whether starting a round for @parties changes @item. */
static gboolean
round_changes_item (BuntanItem *item, const char *const *parties)
{
  BuntanItemStatus status = buntan_item_get_status (item);

  if (!item_concerns (item, parties))
    return FALSE;
  if (status != BUNTAN_ITEM_STATUS_NOT_APPLICABLE && status != BUNTAN_ITEM_STATUS_DISCUSSING)
    return TRUE;

  for (guint i = 0; parties[i] != NULL; i++)
    {
      BuntanCheck *check = buntan_item_find_check (item, parties[i]);

      if (check != NULL && check_is_confirmed (check))
        return TRUE;
    }

  return FALSE;
}

/**
 * buntan_project_count_round_items:
 * @self: a project
 * @parties: the ids of the vendors whose contracts would renew
 *
 * What a renewal round for @parties would change, for the question before
 * one is started.
 *
 * Returns: the number of items whose status or checks the round changes
 */
guint
buntan_project_count_round_items (BuntanProject *self, const char *const *parties)
{
  GListModel *items;
  guint       n = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), 0);
  g_return_val_if_fail (parties != NULL, 0);

  items = buntan_project_get_items (self);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (round_changes_item (item, parties))
        n++;
    }

  return n;
}

/* After the highest: a merge may leave gaps in the numbers. */
static guint
find_next_number (GListModel *rounds)
{
  guint highest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr (BuntanRound) round = g_list_model_get_item (rounds, i);

      highest = MAX (highest, buntan_round_get_number (round));
    }

  return highest + 1;
}

/**
 * buntan_project_start_round:
 * @self: a project
 * @started: (nullable): the day the round starts, YYYY-MM-DD; %NULL for today
 * @parties: the ids of the vendors whose contracts renew
 * @from_version: N of the 第N版 renewed, or 0 for the latest not withdrawn
 * @error: return location for a #BUNTAN_VERSION_ERROR
 *
 * Records the next renewal round and reopens the items of @parties: their
 * checks go back to unconfirmed and the items (but those 対象外) to 協議中,
 * as one undo step. Owners, roles, clauses and 合意内容 stay. Refused when
 * no version to renew exists, so that the agreed state stays in its
 * snapshot.
 *
 * Returns: (transfer none) (nullable): the round
 */
BuntanRound *
buntan_project_start_round (BuntanProject     *self,
                            const char        *started,
                            const char *const *parties,
                            guint              from_version,
                            GError           **error)
{
  g_autoptr (BuntanRound) round = NULL;
  g_autofree char *today = NULL;
  GListStore      *rounds;
  GListModel      *items;
  BuntanVersion   *version;
  BuntanHistory   *history;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (started == NULL || buntan_date_is_valid (started), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_parties (self, parties, error))
    return NULL;
  version = find_renewed_version (self, from_version, error);
  if (version == NULL)
    return NULL;

  if (started == NULL)
    started = today = buntan_date_today ();

  history = buntan_project_get_history (self);
  items = buntan_project_get_items (self);
  buntan_history_begin_group (history);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (item_concerns (item, parties))
        reopen_item (item, parties);
    }
  buntan_history_end_group (history);

  rounds = _buntan_project_get_round_store (self);
  round = _buntan_round_new (find_next_number (G_LIST_MODEL (rounds)), started, parties,
                             buntan_version_get_number (version));
  g_list_store_append (rounds, round);
  buntan_project_set_is_modified (self, TRUE);

  return round;
}

/**
 * buntan_project_get_rounds:
 * @self: a project
 *
 * Returns: (transfer none): the renewal rounds (#BuntanRound), oldest first
 */
GListModel *
buntan_project_get_rounds (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (_buntan_project_get_round_store (self));
}
