/* buntan-changed-since.c — which items changed since an agreed version (第N版)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Changed since 第N版" filters the Part pages, marks the matrix and narrows
 * a meeting's walk. All of them ask the project's one BuntanChangedSince,
 * which compares the project with the version's snapshot (the comparison
 * engine, buntan-comparison.c) at most once per burst of changes: a change
 * only forgets the sets, and the first reader after the burst computes the
 * set again. Snapshots never change, so each is read once.
 */

#include "config.h"

#include "buntan-core.h"

struct _BuntanChangedSince
{
  GObject parent_instance;

  BuntanProject *project;   /* not owned: the project owns this object */
  GHashTable    *snapshots; /* version number → BuntanProject as agreed */
  GHashTable    *sets;      /* version number → item id set, until the next change */
};

G_DEFINE_FINAL_TYPE (BuntanChangedSince, buntan_changed_since, G_TYPE_OBJECT)

#define PROJECT_KEY "buntan-changed-since"

static GHashTable *
compute_items (BuntanChangedSince *self, guint version, GError **error)
{
  BuntanProject *snapshot = g_hash_table_lookup (self->snapshots, GUINT_TO_POINTER (version));
  g_autoptr (BuntanComparison) comparison = NULL;
  GHashTable *items;
  GListModel *changes;
  guint       n;

  if (snapshot == NULL)
    {
      snapshot = buntan_project_load_version (self->project, version, error);
      if (snapshot == NULL)
        return NULL;
      g_hash_table_insert (self->snapshots, GUINT_TO_POINTER (version), snapshot);
    }

  comparison = buntan_comparison_new (snapshot, self->project);
  items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  changes = buntan_comparison_get_changes (comparison);
  n = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanChange) change = g_list_model_get_item (changes, i);
      BuntanChangeKind kind = buntan_change_get_kind (change);

      /* A new item is a change too; a retired one has no row to show. */
      if (kind == BUNTAN_CHANGE_KIND_ITEM_CHANGED || kind == BUNTAN_CHANGE_KIND_ITEM_ADDED)
        g_hash_table_add (items, g_strdup (buntan_change_get_subject (change)));
    }

  return items;
}

static void
project_changed_cb (BuntanChangedSince *self)
{
  g_hash_table_remove_all (self->sets);
}

/* A version agreed, withdrawn or undone: its number may stand for
 * another snapshot now. */
static void
versions_changed_cb (BuntanChangedSince *self)
{
  g_hash_table_remove_all (self->sets);
  g_hash_table_remove_all (self->snapshots);
}

static void
buntan_changed_since_finalize (GObject *object)
{
  BuntanChangedSince *self = (BuntanChangedSince *) object;

  g_clear_pointer (&self->snapshots, g_hash_table_unref);
  g_clear_pointer (&self->sets, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_changed_since_parent_class)->finalize (object);
}

static void
buntan_changed_since_class_init (BuntanChangedSinceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_changed_since_finalize;
}

static void
buntan_changed_since_init (BuntanChangedSince *self)
{
  self->snapshots = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->sets = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
}

/**
 * buntan_project_get_changed_since:
 * @project: a project
 *
 * Every view of a project shares one, so that a burst of changes is
 * compared once however many views read it.
 *
 * Returns: (transfer none): the project's changed items, made on first use
 *   and kept as long as the project
 */
BuntanChangedSince *
buntan_project_get_changed_since (BuntanProject *project)
{
  BuntanChangedSince *self;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self = g_object_get_data (G_OBJECT (project), PROJECT_KEY);
  if (self != NULL)
    return self;

  self = g_object_new (BUNTAN_TYPE_CHANGED_SINCE, NULL);
  self->project = project;
  /* The lists may outlive the project in someone's hands. */
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buntan_project_get_parties (project), "items-changed",
                           G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buntan_project_get_versions (project), "items-changed",
                           G_CALLBACK (versions_changed_cb), self, G_CONNECT_SWAPPED);
  g_object_set_data_full (G_OBJECT (project), PROJECT_KEY, self, g_object_unref);

  return self;
}

/**
 * buntan_changed_since_get_default_version:
 * @project: a project
 *
 * Returns: N of the version in force (the latest not withdrawn), or 0 when
 *   no version is in force
 */
guint
buntan_changed_since_get_default_version (BuntanProject *project)
{
  BuntanVersion *latest;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), 0);

  latest = buntan_project_get_latest_version (project);
  return latest != NULL ? buntan_version_get_number (latest) : 0;
}

/**
 * buntan_changed_since_dup_items:
 * @self: the project's changed items
 * @version: N of 第N版
 * @error: return location for a #BUNTAN_VERSION_ERROR (no such version) or
 *   a #BUNTAN_PROJECT_ERROR (its snapshot unreadable)
 *
 * The items whose negotiated state or texts differ from @version's
 * snapshot in any field (owner, roles, status, checks, clause, 合意内容,
 * note, texts), and the items added since.
 *
 * Returns: (transfer full) (nullable): a set of item ids; the same table
 *   until the project changes, so comparing pointers tells whether it did
 */
GHashTable *
buntan_changed_since_dup_items (BuntanChangedSince *self, guint version, GError **error)
{
  GHashTable *items;

  g_return_val_if_fail (BUNTAN_IS_CHANGED_SINCE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  items = g_hash_table_lookup (self->sets, GUINT_TO_POINTER (version));
  if (items == NULL)
    {
      items = compute_items (self, version, error);
      if (items == NULL)
        return NULL;
      g_hash_table_insert (self->sets, GUINT_TO_POINTER (version), items);
    }

  return g_hash_table_ref (items);
}

/**
 * buntan_changed_since_contains:
 * @self: the project's changed items
 * @version: N of 第N版
 * @item_id: an item's id
 *
 * Returns: whether the item changed since @version; %FALSE when @version
 *   cannot be read
 */
gboolean
buntan_changed_since_contains (BuntanChangedSince *self, guint version, const char *item_id)
{
  g_autoptr (GHashTable) items = NULL;

  g_return_val_if_fail (BUNTAN_IS_CHANGED_SINCE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  items = buntan_changed_since_dup_items (self, version, NULL);
  return items != NULL && g_hash_table_contains (items, item_id);
}
