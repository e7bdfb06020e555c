/* buntan-project.h — one negotiation: the parties, the checklist items and their state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_PROJECT (buntan_project_get_type ())
#define BUNTAN_PROJECT_ERROR (buntan_project_error_quark ())

G_DECLARE_FINAL_TYPE (BuntanProject, buntan_project, BUNTAN, PROJECT, GObject)

typedef enum
{
  BUNTAN_PROJECT_ERROR_EMPTY,
  BUNTAN_PROJECT_ERROR_ENCODING,
  BUNTAN_PROJECT_ERROR_SYNTAX,
  BUNTAN_PROJECT_ERROR_TOO_DEEP,
  BUNTAN_PROJECT_ERROR_TOO_LARGE,
  BUNTAN_PROJECT_ERROR_NOT_OBJECT,
  BUNTAN_PROJECT_ERROR_WRONG_FORMAT,
  BUNTAN_PROJECT_ERROR_IS_TEMPLATE,
  BUNTAN_PROJECT_ERROR_BAD_VERSION,
  BUNTAN_PROJECT_ERROR_NEWER_VERSION,
  BUNTAN_PROJECT_ERROR_MISSING_MEMBER,
  BUNTAN_PROJECT_ERROR_WRONG_TYPE,
  BUNTAN_PROJECT_ERROR_BAD_VALUE,
  BUNTAN_PROJECT_ERROR_BAD_DATE,
  BUNTAN_PROJECT_ERROR_BAD_PART,
  BUNTAN_PROJECT_ERROR_DUPLICATE_ID,
  BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT,
  BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
  BUNTAN_PROJECT_ERROR_READ,
  BUNTAN_PROJECT_ERROR_WRITE,
  BUNTAN_PROJECT_ERROR_INVALID,
} BuntanProjectError;

typedef enum
{
  BUNTAN_SAVE_FLAGS_NONE = 0,
  /* Keep "modified" as it is (normalising a file is not an edit). */
  BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME = 1 << 0,
  /* Leave out created/modified and the meetings (their log is all times):
   * the canonical content behind the fingerprint. */
  BUNTAN_SAVE_FLAGS_WITHOUT_TIMES = 1 << 1,
} BuntanSaveFlags;

/* The largest project file we read: far above any real checklist, low
 * enough that a mistaken or hostile file cannot exhaust memory. */
#define BUNTAN_PROJECT_MAX_FILE_SIZE (64 * 1024 * 1024)
/* Real projects nest five levels deep; anything past this is not ours. */
#define BUNTAN_PROJECT_MAX_DEPTH 64

GQuark
buntan_project_error_quark (void);

BuntanProject *
buntan_project_new (void);
BuntanProject *
buntan_project_new_from_template (BuntanTemplate *template);
BuntanProject *
buntan_project_new_from_file (GFile *file, GError **error);
BuntanProject *
buntan_project_new_from_file_keeping_bytes (GFile *file, GBytes **read_bytes, GError **error);
BuntanProject *
buntan_project_new_from_bytes (GBytes *bytes, const char *display_name, GError **error);
gboolean
buntan_project_save (BuntanProject *self, GFile *file, BuntanSaveFlags flags, GError **error);
char *
buntan_project_to_data (BuntanProject *self, BuntanSaveFlags flags, gsize *length);
char *
buntan_project_dup_fingerprint (BuntanProject *self);

GFile *
buntan_project_get_file (BuntanProject *self);
char *
buntan_project_dup_display_name (BuntanProject *self);
const char *
buntan_project_get_title (BuntanProject *self);
void
buntan_project_set_title (BuntanProject *self, const char *title);
const char *
buntan_project_get_organization (BuntanProject *self);
const char *
buntan_project_get_hospital_name (BuntanProject *self);
void
buntan_project_set_organization (BuntanProject *self, const char *organization);
const char *
buntan_project_get_created (BuntanProject *self);
const char *
buntan_project_get_modified (BuntanProject *self);
const char *
buntan_project_get_template_id (BuntanProject *self);
const char *
buntan_project_get_template_version (BuntanProject *self);
gboolean
buntan_project_get_is_modified (BuntanProject *self);
void
buntan_project_set_is_modified (BuntanProject *self, gboolean is_modified);

GListModel *
buntan_project_get_parties (BuntanProject *self);
BuntanParty *
buntan_project_get_hospital (BuntanProject *self);
GPtrArray *
buntan_project_dup_vendors (BuntanProject *self);
BuntanParty *
buntan_project_find_party (BuntanProject *self, const char *id);
guint
buntan_project_get_party_position (BuntanProject *self, const char *id);
BuntanParty *
buntan_project_add_vendor (BuntanProject *self, const char *name);
gboolean
buntan_project_remove_vendor (BuntanProject *self,
                              const char    *id,
                              const char    *reassign_to,
                              GError       **error);
guint
buntan_project_count_party_items (BuntanProject *self, const char *id);

GListModel *
buntan_project_get_items (BuntanProject *self);
GListModel *
buntan_project_get_part_items (BuntanProject *self, guint part);
BuntanItem *
buntan_project_find_item (BuntanProject *self, const char *id);
BuntanItem *
buntan_project_add_custom_item (BuntanProject *self,
                                guint          part,
                                const char    *section,
                                const char    *section_title);
gboolean
buntan_project_remove_item (BuntanProject *self, const char *id, GError **error);
char **
buntan_project_dup_sections (BuntanProject *self, guint part);
void
buntan_project_set_item_owner (BuntanProject *self, BuntanItem *item, const char *owner);
void
buntan_project_make_item_joint (BuntanProject *self, BuntanItem *item);
BuntanHistory *
buntan_project_get_history (BuntanProject *self);
const char *const *
buntan_project_get_migration_notes (BuntanProject *self);

/* Format version 2: the project's UUID; what a save over an older file kept. */
const char *
buntan_project_get_id (BuntanProject *self);
guint
buntan_project_get_file_version (BuntanProject *self);
GFile *
buntan_project_get_backup_file (BuntanProject *self);
GFile *
buntan_project_dup_backup_file_for (BuntanProject *self);
void
buntan_project_set_change_source (BuntanProject *self, const char *source);

/* The number of values of BuntanItemStatus: the size of an array indexed by status. */
#define BUNTAN_N_ITEM_STATUSES (BUNTAN_ITEM_STATUS_NOT_APPLICABLE + 1)

/* Recovery copies (autosave): written and read without touching the user's file. */
gboolean
buntan_project_save_copy (BuntanProject *self, GFile *file, GError **error);
BuntanProject *
buntan_project_new_from_copy (GFile *copy, GFile *original, GError **error);

/* The meetings held on the project and their decision log. */
GListModel *
buntan_project_get_meetings (BuntanProject *self);
BuntanMeeting *
buntan_project_start_meeting (BuntanProject *self, const char *const *attendees);
void
buntan_project_end_meeting (BuntanProject *self);
BuntanMeeting *
buntan_project_get_active_meeting (BuntanProject *self);

G_END_DECLS
