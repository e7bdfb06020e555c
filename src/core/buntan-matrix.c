/* buntan-matrix.c — who leads and who supports each item, and what is still open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-cyber-checklist-private.h"

/* A snapshot: the window makes a new one when the project changes. The
 * window, the CLI and the export all read gaps from here, so they agree. */
struct _BuntanMatrix
{
  GObject parent_instance;

  GPtrArray  *items;   /* BuntanItem, the rows */
  GPtrArray  *parties; /* BuntanParty, the columns: hospital first */
  GPtrArray  *gaps;    /* BuntanGap */
  GHashTable *gap_items;
};

G_DEFINE_FINAL_TYPE (BuntanMatrix, buntan_matrix, G_TYPE_OBJECT)

static void
buntan_matrix_finalize (GObject *object)
{
  BuntanMatrix *self = (BuntanMatrix *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->parties, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->gap_items, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_matrix_parent_class)->finalize (object);
}

static void
buntan_matrix_class_init (BuntanMatrixClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buntan_matrix_finalize;
}

static void
buntan_matrix_init (BuntanMatrix *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) buntan_gap_unref);
  self->gap_items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
add_item_gap (BuntanMatrix *self, BuntanGapRule rule, BuntanItem *item)
{
  const char *id = buntan_item_get_id (item);

  g_ptr_array_add (self->gaps, buntan_gap_new (rule, id, NULL, buntan_item_get_title (item)));
  g_hash_table_add (self->gap_items, g_strdup (id));
}

/* The first-check rule, per vendor: each vendor that said いいえ needs its
 * own 完了日 before the item can be agreed. */
static void
check_vendor_checks (BuntanMatrix *self, BuntanProject *project, BuntanItem *item)
{
  g_auto (GStrv) vendors = buntan_item_dup_confirming_parties (item, project);

  for (guint v = 0; vendors[v] != NULL; v++)
    {
      BuntanCheck *check = buntan_item_find_check (item, vendors[v]);
      BuntanParty *vendor;
      const char  *id = buntan_item_get_id (item);

      if (check == NULL || buntan_check_get_result (check) != BUNTAN_CHECK_RESULT_NO ||
          buntan_check_get_completed (check) != NULL)
        continue;

      vendor = buntan_project_find_party (project, vendors[v]);
      g_ptr_array_add (self->gaps,
                       buntan_gap_new_for_vendor (BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION,
                                                  id, vendors[v], buntan_item_get_title (item),
                                                  buntan_party_get_name (vendor)));
      g_hash_table_add (self->gap_items, g_strdup (id));
    }
}

static void
check_item (BuntanMatrix *self, BuntanProject *project, BuntanItem *item)
{
  BuntanItemStatus status = buntan_item_get_status (item);
  gboolean         has_owner = buntan_item_get_owner (item) != NULL;

  if (status == BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    return;

  if (status == BUNTAN_ITEM_STATUS_AGREED && !has_owner)
    add_item_gap (self, BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER, item);
  else if (buntan_item_get_part (item) == 2 && !has_owner)
    add_item_gap (self, BUNTAN_GAP_RULE_NO_OWNER, item);

  if (buntan_item_is_joint (item) &&
      g_strv_length ((char **) buntan_item_get_participants (item)) < 2)
    add_item_gap (self, BUNTAN_GAP_RULE_JOINT_TOO_FEW, item);

  if (buntan_item_is_each (item) &&
      g_strv_length ((char **) buntan_item_get_participants (item)) < 2)
    add_item_gap (self, BUNTAN_GAP_RULE_EACH_TOO_FEW, item);

  if (status == BUNTAN_ITEM_STATUS_AGREED &&
      buntan_item_get_first_check (item) == BUNTAN_CHECK_RESULT_NO &&
      buntan_item_get_completed (item) == NULL)
    add_item_gap (self, BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION, item);

  if (status == BUNTAN_ITEM_STATUS_AGREED)
    check_vendor_checks (self, project, item);
}

static void
check_cyber_item (BuntanMatrix *self, BuntanProject *project, BuntanItem *item)
{
  g_autoptr (GPtrArray) gaps = _buntan_cyber_checklist_find_gaps (project, item);

  if (gaps->len > 0)
    g_hash_table_add (self->gap_items, g_strdup (buntan_item_get_id (item)));
  g_ptr_array_extend_and_steal (self->gaps, g_steal_pointer (&gaps));
}

static gboolean
vendor_is_idle (BuntanParty *vendor, GListModel *items)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (buntan_item_get_status (item) != BUNTAN_ITEM_STATUS_NOT_APPLICABLE &&
          buntan_item_involves (item, buntan_party_get_id (vendor)))
        return FALSE;
    }

  return TRUE;
}

/**
 * buntan_matrix_new:
 * @project: a project
 * @flags: whether Part 1 gets rows too
 *
 * Computes the responsibility matrix and runs every check over all items,
 * whatever @flags says: a gap in Part 1 is a gap all the same.
 *
 * Returns: (transfer full): the matrix as the project is now
 */
BuntanMatrix *
buntan_matrix_new (BuntanProject *project, BuntanMatrixFlags flags)
{
  BuntanMatrix *self;
  GListModel   *items, *parties;
  guint         n;
  gboolean      cyber;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  cyber = buntan_cyber_checklist_applies (project);

  self = g_object_new (BUNTAN_TYPE_MATRIX, NULL);
  items = buntan_project_get_items (project);
  parties = buntan_project_get_parties (project);

  g_ptr_array_add (self->parties, g_object_ref (buntan_project_get_hospital (project)));
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      BuntanParty *party = g_list_model_get_item (parties, i);

      if (buntan_party_is_hospital (party))
        g_object_unref (party);
      else
        g_ptr_array_add (self->parties, party);
    }

  for (guint part = 1; part <= 2; part++)
    {
      GListModel *part_items = buntan_project_get_part_items (project, part);

      if (part == 1 && !(flags & BUNTAN_MATRIX_FLAGS_INCLUDE_PART1))
        continue;

      n = g_list_model_get_n_items (part_items);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->items, g_list_model_get_item (part_items, i));
    }

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (cyber)
        check_cyber_item (self, project, item);
      else
        check_item (self, project, item);
    }

  /* On the cyber-security checklist a vendor answers the sheet; being on no
   * item is no gap there. */
  for (guint i = 1; i < self->parties->len && !cyber; i++)
    {
      BuntanParty *vendor = g_ptr_array_index (self->parties, i);

      if (vendor_is_idle (vendor, items))
        g_ptr_array_add (self->gaps, buntan_gap_new (BUNTAN_GAP_RULE_IDLE_VENDOR, NULL,
                                                     buntan_party_get_id (vendor),
                                                     buntan_party_get_name (vendor)));
    }

  return self;
}

guint
buntan_matrix_get_n_rows (BuntanMatrix *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), 0);

  return self->items->len;
}

/**
 * buntan_matrix_get_item:
 * @self: a matrix
 * @row: a row
 *
 * Returns: (transfer none): the row's item
 */
BuntanItem *
buntan_matrix_get_item (BuntanMatrix *self, guint row)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), NULL);
  g_return_val_if_fail (row < self->items->len, NULL);

  return g_ptr_array_index (self->items, row);
}

guint
buntan_matrix_get_n_columns (BuntanMatrix *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), 0);

  return self->parties->len;
}

/**
 * buntan_matrix_get_party:
 * @self: a matrix
 * @column: a column; 0 is the hospital
 *
 * Returns: (transfer none): the column's party
 */
BuntanParty *
buntan_matrix_get_party (BuntanMatrix *self, guint column)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), NULL);
  g_return_val_if_fail (column < self->parties->len, NULL);

  return g_ptr_array_index (self->parties, column);
}

BuntanMark
buntan_matrix_get_mark (BuntanMatrix *self, guint row, guint column)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), BUNTAN_MARK_NONE);
  g_return_val_if_fail (row < self->items->len, BUNTAN_MARK_NONE);
  g_return_val_if_fail (column < self->parties->len, BUNTAN_MARK_NONE);

  return buntan_item_get_mark (g_ptr_array_index (self->items, row),
                               buntan_party_get_id (g_ptr_array_index (self->parties, column)));
}

/**
 * buntan_matrix_get_gaps:
 * @self: a matrix
 *
 * Returns: (transfer none) (element-type BuntanGap): the gaps, item gaps in
 *   item order, then vendors responsible for nothing
 */
GPtrArray *
buntan_matrix_get_gaps (BuntanMatrix *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), NULL);

  return self->gaps;
}

gboolean
buntan_matrix_item_has_gap (BuntanMatrix *self, const char *item_id)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX (self), FALSE);

  return item_id != NULL && g_hash_table_contains (self->gap_items, item_id);
}
