/* buntan-questionnaire.h — a questionnaire sent to a vendor, and the project's list of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_QUESTIONNAIRE (buntan_questionnaire_get_type ())

G_DECLARE_FINAL_TYPE (BuntanQuestionnaire, buntan_questionnaire, BUNTAN, QUESTIONNAIRE, GObject)

BuntanQuestionnaire *
buntan_questionnaire_new (const char        *id,
                          const char        *party,
                          const char        *sent,
                          const char        *fingerprint,
                          const char *const *items);
const char *
buntan_questionnaire_get_id (BuntanQuestionnaire *self);
const char *
buntan_questionnaire_get_party (BuntanQuestionnaire *self);
const char *
buntan_questionnaire_get_sent (BuntanQuestionnaire *self);
const char *
buntan_questionnaire_get_fingerprint (BuntanQuestionnaire *self);
const char *const *
buntan_questionnaire_get_items (BuntanQuestionnaire *self);
const char *
buntan_questionnaire_get_received (BuntanQuestionnaire *self);
const char *
buntan_questionnaire_get_file (BuntanQuestionnaire *self);
void
buntan_questionnaire_set_received (BuntanQuestionnaire *self,
                                   const char          *received,
                                   const char          *file);

/* The project's questionnaires (buntan-project-questionnaires.c). */
GListModel *
buntan_project_get_questionnaires (BuntanProject *self);
BuntanQuestionnaire *
buntan_project_find_questionnaire (BuntanProject *self, const char *id);
void
buntan_project_add_questionnaire (BuntanProject *self, BuntanQuestionnaire *questionnaire);

G_END_DECLS
