/* buntan-project-instance-private.h — the project's instance, property ids and what its files
 * (buntan-project*.c, not buntan-project-file*.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-meeting-recorder.h"
#include "buntan-project-private.h"

G_BEGIN_DECLS

struct _BuntanProject
{
  GObject parent_instance;

  GFile *file;
  /* A UUID that tells this project's questionnaires and appendices from
   * another's; made at creation, kept across saves. */
  char *id;
  /* The format version of the file the project was read from: an older one
   * is kept beside the file before the first save over it. */
  guint       file_version;
  GFile      *backup_file;
  char       *title;
  char       *created;
  char       *modified;
  char       *template_id;
  char       *template_version;
  GListStore *parties;
  GListStore *items;
  GListStore *part_items[2];
  /* Item id → item (both borrowed from the item in `items`): finding an item
   * is the commonest question the export, the checks and the window ask. */
  GHashTable    *item_index;
  JsonObject    *extra;
  BuntanHistory *history;
  gboolean       is_modified;
  /* What opening an older file changed, said to the user once. */
  GPtrArray *migration_notes;
  /* The meetings and the log of the one that goes on. */
  BuntanMeetingRecorder *meetings;
  GListStore            *versions; /* of BuntanVersion (buntan-project-versions.c) */
  GListStore            *rounds;   /* of BuntanRound, made when first asked for */
  GListStore *questionnaires;      /* of BuntanQuestionnaire (buntan-project-questionnaires.c) */
  /* A merge's undecided fields, one JSON object text each (buntan-conflict.c):
   * a property, so that resolving one is a step the history undoes. */
  char **conflicts;
  /* The project this one was started from (buntan-project-next-year.c). */
  struct _BuntanPreviousProject *previous;
};

enum
{
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TEMPLATE_ID,
  PROP_TEMPLATE_VERSION,
  PROP_IS_MODIFIED,
  PROP_CONFLICTS,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

/* Defined in buntan-project.c; each of the project's files uses them by their short names. */
extern GParamSpec        *_buntan_project_properties[N_PROPS];
extern guint              _buntan_project_signals[N_SIGNALS];
static GParamSpec **const properties = _buntan_project_properties;
static guint *const       signals = _buntan_project_signals;

/* buntan-project-changes.c */
void
_buntan_project_mark_changed (BuntanProject *self);
void
_buntan_project_watch_child (BuntanProject *self, GObject *child);
void
_buntan_project_disconnect_party_contracts (BuntanProject *self, BuntanParty *party);

/* buntan-project-items.c */
gboolean
_buntan_project_find_by_id (GListModel *model,
                            const char *id,
                            const char *(*get_id) (gpointer),
                            guint *position);
const char *
_buntan_project_party_id (gpointer party);
const char *
_buntan_project_item_id (gpointer item);

G_END_DECLS
