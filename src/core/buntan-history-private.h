/* buntan-history-private.h — how a project feeds its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-history.h"

G_BEGIN_DECLS

BuntanHistory *
_buntan_history_new (BuntanProject *project);
void
_buntan_history_track (BuntanHistory *self, GObject *object);
void
_buntan_history_record_property (BuntanHistory *self, GObject *object, GParamSpec *pspec);
void
_buntan_history_record_insert (BuntanHistory *self,
                               GObject       *object,
                               guint          position,
                               guint          part_position);
void
_buntan_history_record_remove (BuntanHistory *self,
                               GObject       *object,
                               guint          position,
                               guint          part_position);
gboolean
_buntan_history_is_replaying (BuntanHistory *self);
void
_buntan_history_set_replaying (BuntanHistory *self, gboolean replaying);
void
_buntan_history_mark_saved (BuntanHistory *self);
void
_buntan_history_forget_saved (BuntanHistory *self);
gboolean
_buntan_history_is_at_saved (BuntanHistory *self);
gint
_buntan_history_get_saved_position (BuntanHistory *self);
guint
_buntan_history_get_position (BuntanHistory *self);
void
_buntan_history_restore_saved (BuntanHistory *self, gint saved_position);

/* Told of every change of a tracked property, also while undoing and
 * redoing: the value before and after (the project's meeting log). */
typedef void (*BuntanHistoryChangeHook) (GObject      *object,
                                         GParamSpec   *pspec,
                                         const GValue *old_value,
                                         const GValue *new_value,
                                         gpointer      user_data);
void
_buntan_history_set_change_hook (BuntanHistory          *self,
                                 BuntanHistoryChangeHook hook,
                                 gpointer                user_data);

/* buntan-project.c: what undoing an insertion or a removal needs. */
void
_buntan_project_insert_object (BuntanProject *project,
                               GObject       *object,
                               guint          position,
                               guint          part_position);
void
_buntan_project_remove_object (BuntanProject *project, GObject *object);

G_END_DECLS
