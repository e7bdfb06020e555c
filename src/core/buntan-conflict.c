/* buntan-conflict.c — a field a merge could not decide, with ours applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project file keeps a merge's conflicts in its top-level `conflicts`
 * list ({item, field, base, ours, theirs}); they travel with the project
 * like any member (read, kept and written back by the file code), and this
 * file lists them for whoever resolves them.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "buntan-comparison-private.h"
#include "buntan-history.h"
#include "buntan-project-file-conflicts.h"
#include "buntan-project-private.h"

struct _BuntanConflict
{
  GObject parent_instance;

  char *text; /* the record as the project holds it */
  char *item; /* an item id, "party:ID" or "project" (README, "Merging") */
  char *field;
  char *base;
  char *ours;
  char *theirs;
};

G_DEFINE_FINAL_TYPE (BuntanConflict, buntan_conflict, G_TYPE_OBJECT)

static void
buntan_conflict_finalize (GObject *object)
{
  BuntanConflict *self = BUNTAN_CONFLICT (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->item, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->base, g_free);
  g_clear_pointer (&self->ours, g_free);
  g_clear_pointer (&self->theirs, g_free);

  G_OBJECT_CLASS (buntan_conflict_parent_class)->finalize (object);
}

static void
buntan_conflict_class_init (BuntanConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buntan_conflict_finalize;
}

static void
buntan_conflict_init (BuntanConflict *self)
{
}

static char *
dup_member_text (JsonObject *object, const char *member)
{
  return _buntan_json_value_dup_text (json_object_get_member (object, member));
}

BuntanConflict *
_buntan_conflict_new_from_object (JsonObject *object)
{
  BuntanConflict *self = g_object_new (BUNTAN_TYPE_CONFLICT, NULL);

  self->item = dup_member_text (object, "item");
  self->field = dup_member_text (object, "field");
  self->base = dup_member_text (object, "base");
  self->ours = dup_member_text (object, "ours");
  self->theirs = dup_member_text (object, "theirs");

  return self;
}

const char *
buntan_conflict_get_item (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->item;
}

const char *
buntan_conflict_get_field (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->field;
}

/**
 * buntan_conflict_get_base:
 * @self: a conflict
 *
 * Returns: (nullable): the value both sides started from, as readable text
 */
const char *
buntan_conflict_get_base (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->base;
}

/**
 * buntan_conflict_get_ours:
 * @self: a conflict
 *
 * Returns: (nullable): our value, the one the merged project holds
 */
const char *
buntan_conflict_get_ours (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->ours;
}

const char *
buntan_conflict_get_theirs (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  return self->theirs;
}

/**
 * buntan_conflict_describe:
 * @self: a conflict
 *
 * Returns: (transfer full): one sentence naming the item, the field and
 *   both values
 */
char *
buntan_conflict_describe (BuntanConflict *self)
{
  const char *field;

  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), NULL);

  if (g_strcmp0 (self->field, "deleted") == 0)
    return g_strdup_printf (g_strcmp0 (self->ours, "deleted") == 0
                              ? _ ("%s: deleted by us, changed by them; kept with their changes")
                              : _ ("%s: deleted by them, changed by us; kept with our changes"),
                            self->item != NULL ? self->item : "");

  field = self->field != NULL ? buntan_field_get_label (self->field) : "";
  if (self->base == NULL || *self->base == '\0')
    /* TRANSLATORS: "P2-A-4, note: ours “a” (kept), theirs “b”" */
    return g_strdup_printf (_ ("%s, %s: ours “%s” (kept), theirs “%s”"),
                            self->item != NULL ? self->item : "", field,
                            self->ours != NULL ? self->ours : "",
                            self->theirs != NULL ? self->theirs : "");
  /* TRANSLATORS: "P2-A-4, owner: ours “v1” (kept), theirs “v2”, before “hospital”" */
  return g_strdup_printf (_ ("%s, %s: ours “%s” (kept), theirs “%s”, before “%s”"),
                          self->item != NULL ? self->item : "", field,
                          self->ours != NULL ? self->ours : "",
                          self->theirs != NULL ? self->theirs : "",
                          self->base != NULL ? self->base : "");
}

/**
 * buntan_conflict_list_project:
 * @project: a project
 *
 * Lists the conflicts a merge left in the project, in the file's order.
 *
 * Returns: (transfer full): a list model of #BuntanConflict
 */
GListModel *
buntan_conflict_list_project (BuntanProject *project)
{
  GListStore        *conflicts = g_list_store_new (BUNTAN_TYPE_CONFLICT);
  const char *const *texts;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  texts = _buntan_project_get_conflicts (project);
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_autoptr (JsonNode) node = json_from_string (texts[i], NULL);
      g_autoptr (BuntanConflict) conflict = NULL;

      /* The reader made every text (buntan-project-file-conflicts.c). */
      g_assert (node != NULL && JSON_NODE_HOLDS_OBJECT (node));
      conflict = _buntan_conflict_new_from_object (json_node_get_object (node));
      conflict->text = g_strdup (texts[i]);
      g_list_store_append (conflicts, conflict);
    }

  return G_LIST_MODEL (conflicts);
}

/**
 * buntan_conflict_count_project:
 * @project: a project
 *
 * Returns: how many conflicts a merge left in the project, still undecided
 */
guint
buntan_conflict_count_project (BuntanProject *project)
{
  const char *const *texts;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), 0);

  texts = _buntan_project_get_conflicts (project);
  return texts != NULL ? g_strv_length ((char **) texts) : 0;
}

/**
 * buntan_conflict_can_take_theirs:
 * @self: a conflict
 *
 * Their value can be taken for a field of an item. A party's, the
 * project's or a version's conflict, and an item deleted on one side, are
 * decided by hand: ours is kept, and the user edits what should change.
 *
 * Returns: whether buntan_conflict_resolve() can take their value
 */
gboolean
buntan_conflict_can_take_theirs (BuntanConflict *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (self), FALSE);

  return self->item != NULL && strchr (self->item, ':') == NULL &&
         strcmp (self->item, "project") != 0 && g_strcmp0 (self->field, "deleted") != 0;
}

/**
 * buntan_conflict_resolve:
 * @project: the project holding @conflict
 * @conflict: one of buntan_conflict_list_project()'s conflicts
 * @take_theirs: %TRUE to give the item their value, %FALSE to keep ours
 *   (the value the project already holds)
 * @error: return location for a #BUNTAN_PROJECT_ERROR
 *
 * Decides one conflict: takes it out of the project's conflicts and, for
 * theirs, sets the item's field to their value through the item's setters.
 * Both are one step of the project's history: undo brings the conflict and
 * the value back.
 *
 * Returns: %FALSE with @error set when the project no longer holds the
 *   conflict, or their value cannot be given to the item (it is then left
 *   as it was)
 */
gboolean
buntan_conflict_resolve (BuntanProject  *project,
                         BuntanConflict *conflict,
                         gboolean        take_theirs,
                         GError        **error)
{
  const char *const *texts;
  /* Copies: the project frees its list when it takes the new one. */
  g_autoptr (GPtrArray) left = g_ptr_array_new_with_free_func (g_free);
  BuntanHistory *history;
  gboolean       found = FALSE;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (BUNTAN_IS_CONFLICT (conflict), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  texts = _buntan_project_get_conflicts (project);
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      if (!found && g_strcmp0 (texts[i], conflict->text) == 0)
        found = TRUE;
      else
        g_ptr_array_add (left, g_strdup (texts[i]));
    }
  g_ptr_array_add (left, NULL);

  if (!found)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("The conflict about “%s” is no longer in the project"),
                   conflict->item != NULL ? conflict->item : "");
      return FALSE;
    }
  if (take_theirs && !buntan_conflict_can_take_theirs (conflict))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("Their value for “%s” cannot be taken here; keep ours and edit it by hand"),
                   conflict->item);
      return FALSE;
    }

  history = buntan_project_get_history (project);
  buntan_history_begin_group (history);
  if (take_theirs && !_buntan_conflict_apply_theirs (project, conflict->text, error))
    {
      buntan_history_end_group (history);
      return FALSE;
    }
  _buntan_project_set_conflicts (project, (const char *const *) left->pdata);
  buntan_project_set_is_modified (project, TRUE);
  buntan_history_end_group (history);

  return TRUE;
}
