/* buntan-round.h — a renewal round and the project's list of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_ROUND (buntan_round_get_type ())

G_DECLARE_FINAL_TYPE (BuntanRound, buntan_round, BUNTAN, ROUND, GObject)

guint
buntan_round_get_number (BuntanRound *self);
const char *
buntan_round_get_started (BuntanRound *self);
const char *const *
buntan_round_get_parties (BuntanRound *self);
guint
buntan_round_get_from_version (BuntanRound *self);

/* The project's renewal rounds (buntan-project-rounds.c). */
GListModel *
buntan_project_get_rounds (BuntanProject *self);
BuntanRound *
buntan_project_start_round (BuntanProject     *self,
                            const char        *started,
                            const char *const *parties,
                            guint              from_version,
                            GError           **error);
guint
buntan_project_count_round_items (BuntanProject *self, const char *const *parties);

G_END_DECLS
