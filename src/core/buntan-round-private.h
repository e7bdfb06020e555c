/* buntan-round-private.h — what the file code and the project do to a round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "buntan-round.h"

G_BEGIN_DECLS

BuntanRound *
_buntan_round_new (guint              number,
                   const char        *started,
                   const char *const *parties,
                   guint              from_version);
JsonObject *
_buntan_round_get_extra (BuntanRound *self);
void
_buntan_round_set_extra (BuntanRound *self, JsonObject *extra);

/* buntan-project-rounds.c: the project keeps the list, the file code fills it. */
GListStore *
_buntan_project_get_round_store (BuntanProject *self);

G_END_DECLS
