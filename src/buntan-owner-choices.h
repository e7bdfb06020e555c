/* buntan-owner-choices.h — the choices of an owner dropdown: 未定, every party, 共同
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_OWNER_CHOICES (buntan_owner_choices_get_type ())

G_DECLARE_FINAL_TYPE (BuntanOwnerChoices, buntan_owner_choices, BUNTAN, OWNER_CHOICES, GObject)

/*
 * A GListModel of BuntanParty: a stand-in party for "undecided" first, then
 * the project's parties (live: added, renamed and removed parties show at
 * once), then a stand-in for "joint". An owner dropdown's selected position
 * maps to an item's owner through buntan_owner_choices_find() and
 * buntan_owner_choices_get_owner().
 */

BuntanOwnerChoices *
buntan_owner_choices_new (void);
BuntanProject *
buntan_owner_choices_get_project (BuntanOwnerChoices *self);
void
buntan_owner_choices_set_project (BuntanOwnerChoices *self, BuntanProject *project);
guint
buntan_owner_choices_find (BuntanOwnerChoices *self, const char *owner);
gboolean
buntan_owner_choices_get_owner (BuntanOwnerChoices *self, guint position, const char **owner);
GtkExpression *
buntan_owner_choices_label_expression (GtkExpression *party);
GtkExpression *
buntan_owner_choices_short_label_expression (GtkExpression *party);
void
buntan_owner_choices_setup_drop_down (GtkDropDown *drop_down);

G_END_DECLS
