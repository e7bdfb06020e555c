/* buntan-item-filter.c — which checklist items a Part page shows
 *
 * The shape of GTK's GtkStringFilter: every criterion is a property (the
 * Part page binds them to its filter bar), the predicate reads only those,
 * and a change says how the result changed, so that GtkFilterListModel
 * looks again only at the items that can change sides: a criterion added
 * or narrowed is MORE_STRICT (only the items shown are checked), one lifted
 * or widened LESS_STRICT (only the items hidden), anything else DIFFERENT.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-core.h"
#include "buntan-item-filter.h"
#include "buntan-item-search.h"

struct _BuntanItemFilter
{
  GtkFilter parent_instance;

  char       *search;
  char       *needle; /* the folded search, or NULL when it finds everything */
  char       *section;
  int         status;
  char       *owner;
  char       *vendor;
  int         contract_kind;
  gboolean    gaps_only;
  GHashTable *gap_items; /* item id → anything: the items with a gap */
  guint       changed_since;
  GHashTable *changed_items; /* item id → anything: changed since that version */
  BuntanItem *kept_item;
};

G_DEFINE_FINAL_TYPE (BuntanItemFilter, buntan_item_filter, GTK_TYPE_FILTER)

enum
{
  PROP_0,
  PROP_SEARCH,
  PROP_SECTION,
  PROP_STATUS,
  PROP_OWNER,
  PROP_GAPS_ONLY,
  PROP_GAP_ITEMS,
  PROP_VENDOR,
  PROP_CONTRACT_KIND,
  PROP_CHANGED_SINCE,
  PROP_CHANGED_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How the items matching @new_value compare to those matching @old_value,
 * for a criterion where NULL matches everything and any other value only
 * what equals it. */
static GtkFilterChange
compare_exact (const char *old_value, const char *new_value)
{
  if (old_value == NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_value == NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static char *
fold_search (const char *search)
{
  g_autofree char *stripped = g_strstrip (g_strdup (search != NULL ? search : ""));

  return *stripped != '\0' ? buntan_search_fold (stripped) : NULL;
}

static gboolean
buntan_item_filter_match (GtkFilter *filter, gpointer object)
{
  BuntanItemFilter *self = BUNTAN_ITEM_FILTER (filter);
  BuntanItem       *item = object;

  if (item == self->kept_item)
    return TRUE;

  if (self->section != NULL && g_strcmp0 (buntan_item_get_section (item), self->section) != 0)
    return FALSE;

  if (self->status >= 0 && (int) buntan_item_get_status (item) != self->status)
    return FALSE;

  if (self->owner != NULL)
    {
      const char *owner = buntan_item_get_owner (item);

      if (g_str_equal (self->owner, BUNTAN_ITEM_FILTER_UNDECIDED)
            ? owner != NULL
            : g_strcmp0 (owner, self->owner) != 0)
        return FALSE;
    }

  /* ◎, ○ or △, and 各事業者（個別） makes every participant ◎. */
  if (self->vendor != NULL && buntan_item_get_mark (item, self->vendor) == BUNTAN_MARK_NONE)
    return FALSE;

  if (self->contract_kind >= 0 && !buntan_item_applies_to_kind (item, self->contract_kind))
    return FALSE;

  if (self->gaps_only && (self->gap_items == NULL ||
                          !g_hash_table_contains (self->gap_items, buntan_item_get_id (item))))
    return FALSE;

  if (self->changed_since > 0 &&
      (self->changed_items == NULL ||
       !g_hash_table_contains (self->changed_items, buntan_item_get_id (item))))
    return FALSE;

  return self->needle == NULL || buntan_item_search_matches (item, self->needle);
}

static GtkFilterMatch
buntan_item_filter_get_strictness (GtkFilter *filter)
{
  BuntanItemFilter *self = BUNTAN_ITEM_FILTER (filter);

  return buntan_item_filter_get_active (self) ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_ALL;
}

static void
buntan_item_filter_dispose (GObject *object)
{
  BuntanItemFilter *self = (BuntanItemFilter *) object;

  g_clear_object (&self->kept_item);

  G_OBJECT_CLASS (buntan_item_filter_parent_class)->dispose (object);
}

static void
buntan_item_filter_finalize (GObject *object)
{
  BuntanItemFilter *self = (BuntanItemFilter *) object;

  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->section, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->vendor, g_free);
  g_clear_pointer (&self->gap_items, g_hash_table_unref);
  g_clear_pointer (&self->changed_items, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_item_filter_parent_class)->finalize (object);
}

static void
buntan_item_filter_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanItemFilter *self = BUNTAN_ITEM_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_SECTION:
      g_value_set_string (value, self->section);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_GAPS_ONLY:
      g_value_set_boolean (value, self->gaps_only);
      break;

    case PROP_GAP_ITEMS:
      g_value_set_boxed (value, self->gap_items);
      break;

    case PROP_VENDOR:
      g_value_set_string (value, self->vendor);
      break;

    case PROP_CONTRACT_KIND:
      g_value_set_int (value, self->contract_kind);
      break;

    case PROP_CHANGED_SINCE:
      g_value_set_uint (value, self->changed_since);
      break;

    case PROP_CHANGED_ITEMS:
      g_value_set_boxed (value, self->changed_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_filter_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BuntanItemFilter *self = BUNTAN_ITEM_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      buntan_item_filter_set_search (self, g_value_get_string (value));
      break;

    case PROP_SECTION:
      buntan_item_filter_set_section (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      buntan_item_filter_set_status (self, g_value_get_int (value));
      break;

    case PROP_OWNER:
      buntan_item_filter_set_owner (self, g_value_get_string (value));
      break;

    case PROP_GAPS_ONLY:
      buntan_item_filter_set_gaps_only (self, g_value_get_boolean (value));
      break;

    case PROP_GAP_ITEMS:
      buntan_item_filter_set_gap_items (self, g_value_get_boxed (value));
      break;

    case PROP_VENDOR:
      buntan_item_filter_set_vendor (self, g_value_get_string (value));
      break;

    case PROP_CONTRACT_KIND:
      buntan_item_filter_set_contract_kind (self, g_value_get_int (value));
      break;

    case PROP_CHANGED_SINCE:
      buntan_item_filter_set_changed_since (self, g_value_get_uint (value));
      break;

    case PROP_CHANGED_ITEMS:
      buntan_item_filter_set_changed_items (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_filter_class_init (BuntanItemFilterClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass   *filter_class = GTK_FILTER_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_item_filter_dispose;
  object_class->finalize = buntan_item_filter_finalize;
  object_class->get_property = buntan_item_filter_get_property;
  object_class->set_property = buntan_item_filter_set_property;

  filter_class->match = buntan_item_filter_match;
  filter_class->get_strictness = buntan_item_filter_get_strictness;

  /* The words typed: an item matches when they occur in its texts. */
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, flags);
  /* A section's code, or NULL for every section. */
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL, flags);
  /* A BuntanItemStatus, or -1 for every status. */
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, -1, BUNTAN_ITEM_STATUS_NOT_APPLICABLE, -1, flags);
  /* A party's id, "joint", BUNTAN_ITEM_FILTER_UNDECIDED, or NULL for every owner. */
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);
  properties[PROP_GAPS_ONLY] = g_param_spec_boolean ("gaps-only", NULL, NULL, FALSE, flags);
  /* The ids of the items with a gap (the keys), found by whoever owns the
   * matrix: the filter only reads them. */
  properties[PROP_GAP_ITEMS] =
    g_param_spec_boxed ("gap-items", NULL, NULL, G_TYPE_HASH_TABLE, flags);
  /* A vendor's id: the items it is ◎, ○ or △ on; NULL for every item. */
  properties[PROP_VENDOR] = g_param_spec_string ("vendor", NULL, NULL, NULL, flags);
  /* A BuntanContractKind: the items whose applies_to matches it; -1 for
   * every item. */
  properties[PROP_CONTRACT_KIND] =
    g_param_spec_int ("contract-kind", NULL, NULL, -1, BUNTAN_CONTRACT_KIND_OTHER, -1, flags);
  /* N of 第N版: the items changed since that version; 0 for every item. */
  properties[PROP_CHANGED_SINCE] =
    g_param_spec_uint ("changed-since", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* The ids of the items changed since that version (the keys), from the
   * project's BuntanChangedSince: the filter only reads them. */
  properties[PROP_CHANGED_ITEMS] =
    g_param_spec_boxed ("changed-items", NULL, NULL, G_TYPE_HASH_TABLE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_item_filter_init (BuntanItemFilter *self)
{
  self->status = -1;
  self->contract_kind = -1;
}

BuntanItemFilter *
buntan_item_filter_new (void)
{
  return g_object_new (BUNTAN_TYPE_ITEM_FILTER, NULL);
}

const char *
buntan_item_filter_get_search (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->search;
}

void
buntan_item_filter_set_search (BuntanItemFilter *self, const char *search)
{
  g_autofree char *old_needle = NULL;
  GtkFilterChange  change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  old_needle = g_steal_pointer (&self->needle);
  self->needle = fold_search (search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);

  /* Matching is finding the words in the item's texts: longer words are
   * found in fewer items. */
  if (g_strcmp0 (old_needle, self->needle) == 0)
    return;
  if (old_needle == NULL || (self->needle != NULL && strstr (self->needle, old_needle) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->needle == NULL || strstr (old_needle, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  gtk_filter_changed (GTK_FILTER (self), change);
}

const char *
buntan_item_filter_get_section (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->section;
}

void
buntan_item_filter_set_section (BuntanItemFilter *self, const char *section)
{
  GtkFilterChange change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (g_strcmp0 (self->section, section) == 0)
    return;

  change = compare_exact (self->section, section);
  g_free (self->section);
  self->section = g_strdup (section);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

int
buntan_item_filter_get_status (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), -1);

  return self->status;
}

void
buntan_item_filter_set_status (BuntanItemFilter *self, int status)
{
  GtkFilterChange change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));
  g_return_if_fail (status >= -1 && status <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  if (self->status == status)
    return;

  if (self->status < 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (status < 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

const char *
buntan_item_filter_get_owner (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->owner;
}

void
buntan_item_filter_set_owner (BuntanItemFilter *self, const char *owner)
{
  GtkFilterChange change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  change = compare_exact (self->owner, owner);
  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

gboolean
buntan_item_filter_get_gaps_only (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), FALSE);

  return self->gaps_only;
}

void
buntan_item_filter_set_gaps_only (BuntanItemFilter *self, gboolean gaps_only)
{
  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  gaps_only = !!gaps_only;
  if (self->gaps_only == gaps_only)
    return;

  self->gaps_only = gaps_only;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAPS_ONLY]);
  gtk_filter_changed (GTK_FILTER (self),
                      gaps_only ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT);
}

/**
 * buntan_item_filter_get_gap_items:
 * @self: an item filter
 *
 * Returns: (transfer none) (nullable): the ids of the items with a gap
 */
GHashTable *
buntan_item_filter_get_gap_items (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->gap_items;
}

/* @gap_items is not to change afterwards: set another table instead. */
void
buntan_item_filter_set_gap_items (BuntanItemFilter *self, GHashTable *gap_items)
{
  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (self->gap_items == gap_items)
    return;

  g_clear_pointer (&self->gap_items, g_hash_table_unref);
  self->gap_items = gap_items != NULL ? g_hash_table_ref (gap_items) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAP_ITEMS]);
  if (self->gaps_only)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
buntan_item_filter_get_vendor (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->vendor;
}

void
buntan_item_filter_set_vendor (BuntanItemFilter *self, const char *vendor)
{
  GtkFilterChange change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (g_strcmp0 (self->vendor, vendor) == 0)
    return;

  change = compare_exact (self->vendor, vendor);
  g_free (self->vendor);
  self->vendor = g_strdup (vendor);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

int
buntan_item_filter_get_contract_kind (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), -1);

  return self->contract_kind;
}

void
buntan_item_filter_set_contract_kind (BuntanItemFilter *self, int contract_kind)
{
  GtkFilterChange change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));
  g_return_if_fail (contract_kind >= -1 && contract_kind <= BUNTAN_CONTRACT_KIND_OTHER);

  if (self->contract_kind == contract_kind)
    return;

  /* "other" matches every item, so it is wider than any other kind. */
  if (self->contract_kind < 0 || self->contract_kind == BUNTAN_CONTRACT_KIND_OTHER)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (contract_kind < 0 || contract_kind == BUNTAN_CONTRACT_KIND_OTHER)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  self->contract_kind = contract_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRACT_KIND]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

guint
buntan_item_filter_get_changed_since (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), 0);

  return self->changed_since;
}

/* Whoever sets the version sets the items changed since it too
 * (buntan_item_filter_set_changed_items()). */
void
buntan_item_filter_set_changed_since (BuntanItemFilter *self, guint version)
{
  GtkFilterChange change;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (self->changed_since == version)
    return;

  if (self->changed_since == 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (version == 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  self->changed_since = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_SINCE]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

/**
 * buntan_item_filter_get_changed_items:
 * @self: an item filter
 *
 * Returns: (transfer none) (nullable): the ids of the items changed since
 *   the version chosen
 */
GHashTable *
buntan_item_filter_get_changed_items (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->changed_items;
}

/* @changed_items is not to change afterwards: set another table instead
 * (BuntanChangedSince gives a new one after each change). */
void
buntan_item_filter_set_changed_items (BuntanItemFilter *self, GHashTable *changed_items)
{
  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  if (self->changed_items == changed_items)
    return;

  g_clear_pointer (&self->changed_items, g_hash_table_unref);
  self->changed_items = changed_items != NULL ? g_hash_table_ref (changed_items) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ITEMS]);
  if (self->changed_since > 0)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * buntan_item_filter_get_kept_item:
 * @self: an item filter
 *
 * Returns: (transfer none) (nullable): the item that matches whatever the criteria
 */
BuntanItem *
buntan_item_filter_get_kept_item (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), NULL);

  return self->kept_item;
}

/* An item being edited must not vanish from under the user's hands when
 * the edit takes it out of the filters: it matches whatever the criteria
 * while set. Setting it changes nothing by itself: it counts at the next
 * change (set it, change, unset it). */
void
buntan_item_filter_set_kept_item (BuntanItemFilter *self, BuntanItem *item)
{
  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));
  g_return_if_fail (item == NULL || BUNTAN_IS_ITEM (item));

  g_set_object (&self->kept_item, item);
}

/* Whether any criterion hides items. */
gboolean
buntan_item_filter_get_active (BuntanItemFilter *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_FILTER (self), FALSE);

  return self->needle != NULL || self->section != NULL || self->status >= 0 ||
         self->owner != NULL || self->vendor != NULL || self->contract_kind >= 0 ||
         self->gaps_only || self->changed_since > 0;
}

/* Lifts every criterion at once: one change, not one per criterion. */
void
buntan_item_filter_reset (BuntanItemFilter *self)
{
  gboolean was_active;

  g_return_if_fail (BUNTAN_IS_ITEM_FILTER (self));

  was_active = buntan_item_filter_get_active (self);
  g_object_freeze_notify (G_OBJECT (self));

  if (self->search != NULL)
    {
      g_clear_pointer (&self->search, g_free);
      g_clear_pointer (&self->needle, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
    }
  if (self->section != NULL)
    {
      g_clear_pointer (&self->section, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
    }
  if (self->status >= 0)
    {
      self->status = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (self->owner != NULL)
    {
      g_clear_pointer (&self->owner, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
    }
  if (self->vendor != NULL)
    {
      g_clear_pointer (&self->vendor, g_free);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENDOR]);
    }
  if (self->contract_kind >= 0)
    {
      self->contract_kind = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRACT_KIND]);
    }
  if (self->gaps_only)
    {
      self->gaps_only = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAPS_ONLY]);
    }
  if (self->changed_since > 0)
    {
      self->changed_since = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_SINCE]);
    }

  if (was_active)
    gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_LESS_STRICT);
  g_object_thaw_notify (G_OBJECT (self));
}
