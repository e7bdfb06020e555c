/* buntan-version.h — an agreed version (第N版) and the project's list of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_VERSION_ERROR (buntan_version_error_quark ())

typedef enum
{
  BUNTAN_VERSION_ERROR_GAPS,         /* agreeing while gaps remain, not allowed */
  BUNTAN_VERSION_ERROR_NOT_FOUND,    /* no version of that number */
  BUNTAN_VERSION_ERROR_WITHDRAWN,    /* withdrawing a version twice */
  BUNTAN_VERSION_ERROR_NO_REASON,    /* withdrawing without saying why */
  BUNTAN_VERSION_ERROR_NO_VERSION,   /* a renewal round with no agreed version to renew */
  BUNTAN_VERSION_ERROR_NOT_A_VENDOR, /* a renewal round for the hospital or an unknown party */
} BuntanVersionError;

#define BUNTAN_TYPE_VERSION (buntan_version_get_type ())

G_DECLARE_FINAL_TYPE (BuntanVersion, buntan_version, BUNTAN, VERSION, GObject)

GQuark
buntan_version_error_quark (void);

guint
buntan_version_get_number (BuntanVersion *self);
const char *
buntan_version_get_agreed (BuntanVersion *self);
const char *
buntan_version_get_note (BuntanVersion *self);
const char *
buntan_version_get_fingerprint (BuntanVersion *self, const char *party_id);
char **
buntan_version_dup_fingerprint_ids (BuntanVersion *self);
guint
buntan_version_get_open_gaps (BuntanVersion *self);
gboolean
buntan_version_get_withdrawn (BuntanVersion *self);
const char *
buntan_version_get_withdrawn_date (BuntanVersion *self);
const char *
buntan_version_get_withdrawn_reason (BuntanVersion *self);
char *
buntan_version_dup_title (BuntanVersion *self);
BuntanProject *
buntan_version_load_snapshot (BuntanVersion *self, const char *file_name, GError **error);

/* The project's agreed versions (buntan-project-versions.c). */
GListModel *
buntan_project_get_versions (BuntanProject *self);
BuntanVersion *
buntan_project_find_version (BuntanProject *self, guint number);
guint
buntan_project_get_next_version_number (BuntanProject *self);
BuntanVersion *
buntan_project_get_latest_version (BuntanProject *self);
guint
buntan_project_count_open_gaps (BuntanProject *self);
BuntanVersion *
buntan_project_agree_version (BuntanProject *self,
                              const char    *agreed,
                              const char    *note,
                              gboolean       allow_gaps,
                              GError       **error);
gboolean
buntan_project_withdraw_version (BuntanProject *self,
                                 guint          number,
                                 const char    *date,
                                 const char    *reason,
                                 GError       **error);
BuntanProject *
buntan_project_load_version (BuntanProject *self, guint number, GError **error);

G_END_DECLS
