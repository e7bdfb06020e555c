/* buntan-item-roles.c — who does what on an item (◎ ○ △) and the vendors' checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"
#include "buntan-item-instance-private.h"

static void
check_notify_cb (BuntanItem *self, GParamSpec *pspec, BuntanCheck *check)
{
  g_signal_emit (self, signals[CHECK_NOTIFY], 0, check, pspec);
}

void
_buntan_item_append_check (BuntanItem *self, BuntanCheck *check)
{
  _buntan_check_set_item_id (check, buntan_item_get_id (self));
  g_list_store_append (self->checks, check);
  g_signal_connect_object (check, "notify", G_CALLBACK (check_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_emit (self, signals[CHECK_ADDED], 0, check);
}

gboolean
buntan_item_is_joint (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), FALSE);

  return g_strcmp0 (self->texts[PROP_OWNER], BUNTAN_OWNER_JOINT) == 0;
}

gboolean
buntan_item_is_each (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), FALSE);

  return g_strcmp0 (self->texts[PROP_OWNER], BUNTAN_OWNER_EACH) == 0;
}

/* 共同 and 各事業者（個別） both name their parties in participants, and
 * every one of them leads. */
static gboolean
owner_is_group (BuntanItem *self)
{
  return buntan_item_is_joint (self) || buntan_item_is_each (self);
}

const char *const *
buntan_item_get_participants (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return (const char *const *) self->participants;
}

void
buntan_item_set_participants (BuntanItem *self, const char *const *participants)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  if (_buntan_replace_strv (&self->participants, participants))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANTS]);
}

gboolean
buntan_item_has_participant (BuntanItem *self, const char *party_id)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), FALSE);

  return party_id != NULL && g_strv_contains ((const char *const *) self->participants, party_id);
}

/* Adds or removes one participant, keeping the order of the others. */
void
buntan_item_set_participant (BuntanItem *self, const char *party_id, gboolean taking_part)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) participants = NULL;

  g_return_if_fail (BUNTAN_IS_ITEM (self));
  g_return_if_fail (party_id != NULL);

  if (buntan_item_has_participant (self, party_id) == !!taking_part)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; self->participants[i] != NULL; i++)
    if (g_strcmp0 (self->participants[i], party_id) != 0)
      g_strv_builder_add (builder, self->participants[i]);
  if (taking_part)
    g_strv_builder_add (builder, party_id);

  participants = g_strv_builder_end (builder);
  buntan_item_set_participants (self, (const char *const *) participants);
}

BuntanCheckResult
buntan_item_get_first_check (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), BUNTAN_CHECK_RESULT_UNSET);

  return self->first_check;
}

void
buntan_item_set_first_check (BuntanItem *self, BuntanCheckResult result)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));
  g_return_if_fail (result <= BUNTAN_CHECK_RESULT_NO);

  if (self->first_check == result)
    return;

  self->first_check = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_CHECK]);
}

/**
 * buntan_item_get_mark:
 * @self: an item
 * @party_id: a party's id
 *
 * Returns: what the party's cell of the responsibility matrix holds for this
 *   item: the owner leads, and so does every participant of a 共同 or
 *   各事業者（個別） item; the other participants support; the informed
 *   parties (△) come last.
 */
BuntanMark
buntan_item_get_mark (BuntanItem *self, const char *party_id)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), BUNTAN_MARK_NONE);

  if (party_id == NULL)
    return BUNTAN_MARK_NONE;

  if (g_strcmp0 (self->texts[PROP_OWNER], party_id) == 0)
    return BUNTAN_MARK_LEAD;

  if (buntan_item_has_participant (self, party_id))
    return owner_is_group (self) ? BUNTAN_MARK_LEAD : BUNTAN_MARK_SUPPORT;

  if (g_strv_contains ((const char *const *) self->informed, party_id))
    return BUNTAN_MARK_INFORMED;

  return BUNTAN_MARK_NONE;
}

/* ◎ or ○: a party that is only informed (△) is not involved in the sense of
 * the counts and the idle-vendor check. */
gboolean
buntan_item_involves (BuntanItem *self, const char *party_id)
{
  BuntanMark mark = buntan_item_get_mark (self, party_id);

  return mark == BUNTAN_MARK_LEAD || mark == BUNTAN_MARK_SUPPORT;
}

/* Adds or removes one informed (△) party, keeping the order of the others. */
void
buntan_item_set_informed_party (BuntanItem *self, const char *party_id, gboolean informed)
{
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) parties = NULL;

  g_return_if_fail (BUNTAN_IS_ITEM (self));
  g_return_if_fail (party_id != NULL);

  if (g_strv_contains ((const char *const *) self->informed, party_id) == !!informed)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; self->informed[i] != NULL; i++)
    if (g_strcmp0 (self->informed[i], party_id) != 0)
      g_strv_builder_add (builder, self->informed[i]);
  if (informed)
    g_strv_builder_add (builder, party_id);

  parties = g_strv_builder_end (builder);
  buntan_item_set_informed (self, (const char *const *) parties);
}

const char *const *
buntan_item_get_informed (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return (const char *const *) self->informed;
}

void
buntan_item_set_informed (BuntanItem *self, const char *const *informed)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  if (_buntan_replace_strv (&self->informed, informed))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INFORMED]);
}

/**
 * buntan_item_get_checks:
 * @self: an item
 *
 * Returns: (transfer none): the vendors' checks (#BuntanCheck), stale and
 *   empty ones included
 */
GListModel *
buntan_item_get_checks (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return G_LIST_MODEL (self->checks);
}

/**
 * buntan_item_find_check:
 * @self: an item
 * @party_id: a vendor's id
 *
 * Returns: (transfer none) (nullable): the vendor's check, if one was made
 */
BuntanCheck *
buntan_item_find_check (BuntanItem *self, const char *party_id)
{
  guint n;

  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->checks));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanCheck) check = g_list_model_get_item (G_LIST_MODEL (self->checks), i);

      if (g_strcmp0 (buntan_check_get_party (check), party_id) == 0)
        return check; /* the list keeps it */
    }

  return NULL;
}

/**
 * buntan_item_ensure_check:
 * @self: an item
 * @party_id: a vendor's id
 *
 * The way to record something for a vendor: returns its check, making an
 * empty one the first time. Making it is not a step of the history (an
 * empty check is not written); setting its values is.
 *
 * Returns: (transfer none): the vendor's check
 */
BuntanCheck *
buntan_item_ensure_check (BuntanItem *self, const char *party_id)
{
  BuntanCheck *check;

  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);
  g_return_val_if_fail (party_id != NULL && *party_id != '\0', NULL);

  check = buntan_item_find_check (self, party_id);
  if (check == NULL)
    {
      g_autoptr (BuntanCheck) new_check = buntan_check_new (party_id);

      _buntan_item_append_check (self, new_check);
      check = new_check;
    }

  return check;
}

/**
 * buntan_item_dup_confirming_parties:
 * @self: an item
 * @project: the project that holds its parties
 *
 * Returns: (transfer full): the ids of the vendors that confirm the item
 *   (◎ or ○ on a Part 2 item), in the project's party order; empty for a
 *   Part 1 item and for one that involves no vendor, which keep the
 *   item-level first check
 */
GStrv
buntan_item_dup_confirming_parties (BuntanItem *self, BuntanProject *project)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *parties;
  guint       n;

  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  parties = buntan_project_get_parties (project);
  n = self->part == 2 ? g_list_model_get_n_items (parties) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (!buntan_party_is_hospital (party) &&
          buntan_item_involves (self, buntan_party_get_id (party)))
        g_strv_builder_add (builder, buntan_party_get_id (party));
    }

  return g_strv_builder_end (builder);
}
