/* buntan-meeting-walk.c — which items a meeting goes through, and in what order
 *
 * No GTK here: meeting mode asks, and the core tests check, which items a
 * walk holds and which comes next. The gaps are the caller's: a walk reads
 * the matrix it is given and never builds one (derived state has one home).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "buntan-core.h"

/* The vendor a "vendor:ID" walk names, or NULL. */
static BuntanParty *
walk_vendor (BuntanProject *project, const char *walk)
{
  BuntanParty *party;

  if (walk == NULL || !g_str_has_prefix (walk, BUNTAN_MEETING_WALK_VENDOR))
    return NULL;

  party = buntan_project_find_party (project, walk + strlen (BUNTAN_MEETING_WALK_VENDOR));
  return party != NULL && !buntan_party_is_hospital (party) ? party : NULL;
}

/* N of a "changed:N" walk whose version exists, or 0. */
static guint
walk_version (BuntanProject *project, const char *walk)
{
  guint64 number;

  if (walk == NULL || !g_str_has_prefix (walk, BUNTAN_MEETING_WALK_CHANGED) ||
      !g_ascii_string_to_unsigned (walk + strlen (BUNTAN_MEETING_WALK_CHANGED), 10, 1, G_MAXUINT,
                                   &number, NULL))
    return 0;

  return buntan_project_find_version (project, (guint) number) != NULL ? (guint) number : 0;
}

gboolean
buntan_meeting_walk_is_valid (BuntanProject *project, const char *walk)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);

  return g_strcmp0 (walk, BUNTAN_MEETING_WALK_PART2) == 0 ||
         g_strcmp0 (walk, BUNTAN_MEETING_WALK_ALL) == 0 ||
         g_strcmp0 (walk, BUNTAN_MEETING_WALK_GAPS) == 0 || walk_vendor (project, walk) != NULL ||
         walk_version (project, walk) != 0;
}

static void
add_part (GPtrArray     *items,
          BuntanProject *project,
          guint          part,
          BuntanMatrix  *gaps,
          BuntanParty   *vendor,
          GHashTable    *changed)
{
  GListModel *model = buntan_project_get_part_items (project, part);
  guint       n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (model, i);

      if (gaps != NULL && !buntan_matrix_item_has_gap (gaps, buntan_item_get_id (item)))
        continue;
      if (vendor != NULL && !buntan_item_involves (item, buntan_party_get_id (vendor)))
        continue;
      if (changed != NULL && !g_hash_table_contains (changed, buntan_item_get_id (item)))
        continue;

      g_ptr_array_add (items, g_steal_pointer (&item));
    }
}

/**
 * buntan_meeting_walk_items:
 * @project: a project
 * @walk: a walk's word
 * @gaps: (nullable): the project's matrix with Part 1 (the "gaps" walk goes
 *   through its gaps; other walks ignore it and may pass %NULL)
 *
 * The gaps are those of @gaps: a walk through the gaps keeps the items it
 * started with, also once they are settled; so does a walk through the
 * items changed since a version (buntan_project_get_changed_since()), and
 * one whose version's snapshot cannot be read has no items.
 *
 * Returns: (transfer full) (element-type BuntanItem): the items in order
 */
GPtrArray *
buntan_meeting_walk_items (BuntanProject *project, const char *walk, BuntanMatrix *gaps)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GHashTable) changed = NULL;
  BuntanParty *vendor;
  guint        version;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), items);
  g_return_val_if_fail (gaps == NULL || BUNTAN_IS_MATRIX (gaps), items);
  g_return_val_if_fail (gaps != NULL || g_strcmp0 (walk, BUNTAN_MEETING_WALK_GAPS) != 0, items);

  vendor = walk_vendor (project, walk);
  if (g_strcmp0 (walk, BUNTAN_MEETING_WALK_GAPS) != 0)
    gaps = NULL;
  if ((version = walk_version (project, walk)) != 0)
    {
      changed =
        buntan_changed_since_dup_items (buntan_project_get_changed_since (project), version, NULL);
      if (changed == NULL)
        return items;
    }

  if (g_strcmp0 (walk, BUNTAN_MEETING_WALK_PART2) != 0 &&
      buntan_meeting_walk_is_valid (project, walk))
    add_part (items, project, 1, gaps, vendor, changed);
  add_part (items, project, 2, gaps, vendor, changed);

  return items;
}

/**
 * buntan_meeting_walk_find_gap:
 * @items: (element-type BuntanItem): a walk's items
 * @from: (nullable): the item shown now
 * @gaps: the project's matrix with Part 1
 *
 * Looks forward from @from, round past the end and back to @from itself; from
 * an item outside the walk (or none), from the walk's beginning.
 *
 * Returns: (transfer none) (nullable): the next item of @items with a gap,
 *   or %NULL when none has one
 */
BuntanItem *
buntan_meeting_walk_find_gap (GPtrArray *items, BuntanItem *from, BuntanMatrix *gaps)
{
  guint position;
  int   start = -1;
  int   n;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (BUNTAN_IS_MATRIX (gaps), NULL);

  n = (int) items->len;
  if (from != NULL && g_ptr_array_find (items, from, &position))
    start = (int) position;

  for (int step = 1; step <= n; step++)
    {
      BuntanItem *item = g_ptr_array_index (items, (start + step) % n);

      if (buntan_matrix_item_has_gap (gaps, buntan_item_get_id (item)))
        return item;
    }

  return NULL;
}

static const char *
vendor_name (BuntanParty *vendor)
{
  const char *name = buntan_party_get_name (vendor);

  return *name != '\0' ? name : buntan_party_get_id (vendor);
}

/**
 * buntan_meeting_walk_dup_label:
 * @project: a project
 * @walk: a walk's word
 *
 * Returns: (transfer full): what the walk is called in the user's language
 */
char *
buntan_meeting_walk_dup_label (BuntanProject *project, const char *walk)
{
  BuntanParty *vendor;
  guint        version;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  if ((version = walk_version (project, walk)) != 0)
    /* TRANSLATORS: a walk through the items changed since 第N版 */
    return g_strdup_printf (_ ("Only items changed since version %u"), version);
  if (g_strcmp0 (walk, BUNTAN_MEETING_WALK_ALL) == 0)
    return g_strdup (_ ("Parts 1 and 2"));
  if (g_strcmp0 (walk, BUNTAN_MEETING_WALK_GAPS) == 0)
    return g_strdup (_ ("Only the gaps"));
  if ((vendor = walk_vendor (project, walk)) != NULL)
    /* TRANSLATORS: a walk through the items one vendor leads or supports */
    return g_strdup_printf (_ ("Items of %s"), vendor_name (vendor));

  return g_strdup (_ ("Part 2"));
}

/**
 * buntan_meeting_walk_list:
 * @project: a project
 *
 * Returns: (transfer full): every walk of the project, the default first,
 *   then the items changed since the version in force (if one is) and a
 *   walk for each vendor last
 */
char **
buntan_meeting_walk_list (BuntanProject *project)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *parties;
  guint       n;
  guint       version;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  g_strv_builder_add_many (builder, BUNTAN_MEETING_WALK_PART2, BUNTAN_MEETING_WALK_ALL,
                           BUNTAN_MEETING_WALK_GAPS, NULL);
  if ((version = buntan_changed_since_get_default_version (project)) != 0)
    {
      g_autofree char *changed = g_strdup_printf (BUNTAN_MEETING_WALK_CHANGED "%u", version);

      g_strv_builder_add (builder, changed);
    }
  parties = buntan_project_get_parties (project);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      g_autofree char *walk = NULL;

      if (buntan_party_is_hospital (party))
        continue;

      walk = g_strconcat (BUNTAN_MEETING_WALK_VENDOR, buntan_party_get_id (party), NULL);
      g_strv_builder_add (builder, walk);
    }

  return g_strv_builder_end (builder);
}

/**
 * buntan_meeting_walk_next:
 * @project: a project
 * @walk: (nullable): a walk's word
 *
 * Returns: (transfer full): the walk after @walk in buntan_meeting_walk_list(),
 *   the first after the last
 */
char *
buntan_meeting_walk_next (BuntanProject *project, const char *walk)
{
  g_auto (GStrv) walks = buntan_meeting_walk_list (project);
  guint n = g_strv_length (walks);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (walks[i], walk) == 0)
      return g_strdup (walks[(i + 1) % n]);

  return g_strdup (walks[0]);
}
