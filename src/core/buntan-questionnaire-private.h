/* buntan-questionnaire-private.h — what the file code does to a questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "buntan-questionnaire.h"

G_BEGIN_DECLS

JsonObject *
_buntan_questionnaire_get_extra (BuntanQuestionnaire *self);
void
_buntan_questionnaire_set_extra (BuntanQuestionnaire *self, JsonObject *extra);

/* buntan-project-questionnaires.c: the list the file code fills. */
GListStore *
_buntan_project_get_questionnaire_store (BuntanProject *self);
void
_buntan_project_watch_questionnaires (BuntanProject *self);

G_END_DECLS
