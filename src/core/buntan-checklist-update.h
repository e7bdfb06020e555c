/* buntan-checklist-update.h — bringing a project up to a newer version of its checklist
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_CHECKLIST_UPDATE (buntan_checklist_update_get_type ())
#define BUNTAN_CHECKLIST_UPDATE_ERROR (buntan_checklist_update_error_quark ())

G_DECLARE_FINAL_TYPE (BuntanChecklistUpdate,
                      buntan_checklist_update,
                      BUNTAN,
                      CHECKLIST_UPDATE,
                      GObject)

typedef enum
{
  BUNTAN_CHECKLIST_UPDATE_ERROR_NO_CHECKLIST,
  BUNTAN_CHECKLIST_UPDATE_ERROR_OTHER_CHECKLIST,
} BuntanChecklistUpdateError;

GQuark
buntan_checklist_update_error_quark (void);
BuntanChecklistUpdate *
buntan_checklist_update_new (BuntanProject *project, BuntanTemplate *checklist, GError **error);
BuntanChecklistUpdate *
buntan_checklist_update_find (BuntanProject *project);
BuntanProject *
buntan_checklist_update_get_project (BuntanChecklistUpdate *self);
BuntanTemplate *
buntan_checklist_update_get_checklist (BuntanChecklistUpdate *self);
gboolean
buntan_checklist_update_get_is_newer (BuntanChecklistUpdate *self);
GListModel *
buntan_checklist_update_get_differences (BuntanChecklistUpdate *self);
const char *
buntan_checklist_update_get_retired_reason (BuntanChecklistUpdate *self, const char *id);
gboolean
buntan_checklist_update_apply (BuntanChecklistUpdate *self, GPtrArray *chosen);
gboolean
buntan_checklist_update_apply_all (BuntanChecklistUpdate *self);
char *
buntan_checklist_update_to_json (BuntanChecklistUpdate *self, gsize *length);

G_END_DECLS
