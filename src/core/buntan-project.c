/* buntan-project.c — one negotiation: the parties, the checklist items and their state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-meeting-private.h"
#include "buntan-meeting-recorder.h"
#include "buntan-project-instance-private.h"
#include "buntan-next-year-private.h"
#include "buntan-questionnaire-private.h"
#include "buntan-version-private.h"

G_DEFINE_FINAL_TYPE (BuntanProject, buntan_project, G_TYPE_OBJECT)
G_DEFINE_QUARK (buntan - project - error - quark, buntan_project_error)

GParamSpec *_buntan_project_properties[N_PROPS];
guint       _buntan_project_signals[N_SIGNALS];

static void
own_notify_cb (BuntanProject *self, GParamSpec *pspec)
{
  /* The title; the history ignores what cannot be edited. */
  _buntan_history_record_property (self->history, G_OBJECT (self), pspec);
}

/* Meetings are content of the file but not steps of the history. */
static void
meetings_changed_cb (BuntanProject *self)
{
  buntan_project_set_is_modified (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
buntan_project_dispose (GObject *object)
{
  BuntanProject *self = (BuntanProject *) object;
  GListStore    *stores[] = { self->parties, self->items };

  /* The children outlive us in list models the window holds: cut the ties. */
  for (guint s = 0; s < G_N_ELEMENTS (stores); s++)
    {
      guint n = stores[s] != NULL ? g_list_model_get_n_items (G_LIST_MODEL (stores[s])) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (GObject) child = g_list_model_get_item (G_LIST_MODEL (stores[s]), i);

          /* By signal: matching by data alone walks every instance's
           * handlers, which makes closing a large project quadratic. */
          g_signal_handlers_disconnect_matched (child, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA,
                                                g_signal_lookup ("notify", G_TYPE_OBJECT), 0, NULL,
                                                NULL, self);
          if (BUNTAN_IS_PARTY (child))
            _buntan_project_disconnect_party_contracts (self, BUNTAN_PARTY (child));
          if (BUNTAN_IS_ITEM (child))
            g_signal_handlers_disconnect_by_data (child, self);
        }
    }

  G_OBJECT_CLASS (buntan_project_parent_class)->dispose (object);
}

static void
buntan_project_finalize (GObject *object)
{
  BuntanProject *self = (BuntanProject *) object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->backup_file);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->template_version, g_free);
  g_clear_object (&self->parties);
  g_clear_pointer (&self->item_index, g_hash_table_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->part_items[0]);
  g_clear_object (&self->part_items[1]);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->conflicts, g_strfreev);
  g_clear_object (&self->history);
  g_clear_object (&self->meetings);
  g_clear_object (&self->versions);
  g_clear_object (&self->rounds);
  g_clear_object (&self->questionnaires);
  g_clear_pointer (&self->migration_notes, g_ptr_array_unref);
  g_clear_pointer (&self->previous, _buntan_previous_project_free);

  G_OBJECT_CLASS (buntan_project_parent_class)->finalize (object);
}

static void
buntan_project_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanProject *self = BUNTAN_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;

    case PROP_TEMPLATE_ID:
      g_value_set_string (value, self->template_id);
      break;

    case PROP_TEMPLATE_VERSION:
      g_value_set_string (value, self->template_version);
      break;

    case PROP_IS_MODIFIED:
      g_value_set_boolean (value, self->is_modified);
      break;

    case PROP_CONFLICTS:
      g_value_set_boxed (value, self->conflicts);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_project_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BuntanProject *self = BUNTAN_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      buntan_project_set_title (self, g_value_get_string (value));
      break;

    case PROP_IS_MODIFIED:
      buntan_project_set_is_modified (self, g_value_get_boolean (value));
      break;

    case PROP_TEMPLATE_VERSION:
      _buntan_project_set_template (self, self->template_id, g_value_get_string (value));
      break;

    case PROP_CONFLICTS:
      _buntan_project_set_conflicts (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_project_class_init (BuntanProjectClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const GParamFlags editable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_project_dispose;
  object_class->finalize = buntan_project_finalize;
  object_class->get_property = buntan_project_get_property;
  object_class->set_property = buntan_project_set_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, read_only);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", editable);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, read_only);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, read_only);
  properties[PROP_TEMPLATE_ID] = g_param_spec_string ("template-id", NULL, NULL, NULL, read_only);
  properties[PROP_TEMPLATE_VERSION] =
    /* Writable so that the history records a checklist update's new version. */
    g_param_spec_string ("template-version", NULL, NULL, NULL, editable);
  properties[PROP_IS_MODIFIED] = g_param_spec_boolean ("is-modified", NULL, NULL, FALSE, editable);
  /* Writable so that the history records a resolved conflict (buntan-conflict.c). */
  properties[PROP_CONFLICTS] = g_param_spec_boxed ("conflicts", NULL, NULL, G_TYPE_STRV, editable);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanProject::changed:
   *
   * Emitted after any change to the project, its parties or its items, so
   * that summaries (the matrix, the counts) can be brought up to date.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
buntan_project_init (BuntanProject *self)
{
  self->id = g_uuid_string_random ();
  self->file_version = BUNTAN_PROJECT_FORMAT_VERSION;
  self->title = g_strdup ("");
  self->parties = g_list_store_new (BUNTAN_TYPE_PARTY);
  self->items = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->item_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->part_items[0] = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->part_items[1] = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->migration_notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->history = _buntan_history_new (self);
  _buntan_history_track (self->history, G_OBJECT (self));
  g_signal_connect (self, "notify", G_CALLBACK (own_notify_cb), NULL);
  self->meetings = buntan_meeting_recorder_new (self->history);
  self->versions = g_list_store_new (BUNTAN_TYPE_VERSION);
  self->questionnaires = g_list_store_new (BUNTAN_TYPE_QUESTIONNAIRE);
  _buntan_project_watch_questionnaires (self);
  g_signal_connect_object (self->meetings, "changed", G_CALLBACK (meetings_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * buntan_project_new:
 *
 * Returns: (transfer full): an empty project with only the hospital party.
 */
BuntanProject *
buntan_project_new (void)
{
  BuntanProject *self = g_object_new (BUNTAN_TYPE_PROJECT, NULL);
  g_autoptr (BuntanParty) hospital =
    buntan_party_new (BUNTAN_HOSPITAL_ID, BUNTAN_PARTY_KIND_HOSPITAL, "");
  g_autofree char *now = buntan_date_time_now ();

  _buntan_project_append_party (self, hospital);
  _buntan_project_set_times (self, now, now);
  buntan_history_clear (self->history);

  return self;
}

/**
 * buntan_project_new_from_template:
 * @template: the checklist to start from
 *
 * Returns: (transfer full): a new, unsaved project holding a copy of every
 *   item of @template, all not started.
 */
BuntanProject *
buntan_project_new_from_template (BuntanTemplate *template)
{
  BuntanProject *self;
  GListModel    *items;
  guint          n;

  g_return_val_if_fail (BUNTAN_IS_TEMPLATE (template), NULL);

  self = buntan_project_new ();
  _buntan_project_set_template (self, buntan_template_get_id (template),
                                buntan_template_get_version (template));

  items = buntan_template_get_items (template);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) template_item = g_list_model_get_item (items, i);
      g_autoptr (BuntanItem) item = buntan_item_copy (template_item);

      _buntan_project_append_item (self, item);
    }

  buntan_history_clear (self->history);
  self->is_modified = FALSE;
  return self;
}

GFile *
buntan_project_get_file (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->file;
}

/**
 * buntan_project_dup_display_name:
 * @self: a project
 *
 * Returns: (transfer full): the file's name, or the title for an unsaved project
 */
char *
buntan_project_dup_display_name (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  return g_strdup (*self->title != '\0' ? self->title : _ ("Untitled project"));
}

const char *
buntan_project_get_title (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->title;
}

void
buntan_project_set_title (BuntanProject *self, const char *title)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  if (_buntan_replace_string (&self->title, title != NULL ? title : ""))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
      _buntan_project_mark_changed (self);
    }
}

/**
 * buntan_project_get_organization:
 * @self: a #BuntanProject
 *
 * The organization, that is the hospital: since format 2 its name has one
 * home, the hospital party, so this is buntan_project_get_hospital_name().
 *
 * Returns: (transfer none): the hospital's name, "" when there is none
 */
const char *
buntan_project_get_organization (BuntanProject *self)
{
  return buntan_project_get_hospital_name (self);
}

/**
 * buntan_project_get_hospital_name:
 * @self: a #BuntanProject
 *
 * The hospital's name as every view, the command line and the workbook show
 * it: the hospital party's name, its one home (a v1 file's organization is
 * moved there when the file is read).
 *
 * Returns: (transfer none): the name, "" when there is none
 */
const char *
buntan_project_get_hospital_name (BuntanProject *self)
{
  BuntanParty *hospital;
  const char  *name;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), "");

  hospital = buntan_project_get_hospital (self);
  name = hospital != NULL ? buntan_party_get_name (hospital) : NULL;
  return name != NULL ? name : "";
}

/**
 * buntan_project_set_organization:
 * @self: a #BuntanProject
 * @organization: (nullable): the hospital's name
 *
 * Names the hospital party, the one home of the hospital's name (one step of
 * the history, like any edit of the party).
 */
void
buntan_project_set_organization (BuntanProject *self, const char *organization)
{
  BuntanParty *hospital;

  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  hospital = buntan_project_get_hospital (self);
  g_return_if_fail (hospital != NULL);
  buntan_party_set_name (hospital, organization);
}

const char *
buntan_project_get_created (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->created;
}

const char *
buntan_project_get_modified (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->modified;
}

const char *
buntan_project_get_template_id (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->template_id;
}

const char *
buntan_project_get_template_version (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->template_version;
}

gboolean
buntan_project_get_is_modified (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);

  return self->is_modified;
}

void
buntan_project_set_is_modified (BuntanProject *self, gboolean is_modified)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  is_modified = !!is_modified;
  /* Saved (or loaded): undoing back to here makes the project clean again. */
  if (!is_modified)
    _buntan_history_mark_saved (self->history);

  if (self->is_modified == is_modified)
    return;

  self->is_modified = is_modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_MODIFIED]);
}

void
_buntan_project_set_file (BuntanProject *self, GFile *file)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
_buntan_project_set_times (BuntanProject *self, const char *created, const char *modified)
{
  if (_buntan_replace_string (&self->created, created))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  if (_buntan_replace_string (&self->modified, modified))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
_buntan_project_set_template (BuntanProject *self, const char *id, const char *version)
{
  if (_buntan_replace_string (&self->template_id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE_ID]);
  if (_buntan_replace_string (&self->template_version, version))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE_VERSION]);
}

/**
 * buntan_project_get_history:
 * @self: a project
 *
 * Returns: (transfer none): the project's undo and redo history
 */
BuntanHistory *
buntan_project_get_history (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->history;
}

JsonObject *
_buntan_project_get_extra (BuntanProject *self)
{
  return self->extra;
}

void
_buntan_project_set_extra (BuntanProject *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

/**
 * buntan_project_save_copy:
 * @self: a project
 * @file: where to write the copy
 * @error: return location for a #BUNTAN_PROJECT_ERROR_WRITE
 *
 * Writes the project as it is in memory to @file, as safely as
 * buntan_project_save() does, but changes nothing in memory: the project
 * keeps its file, its "modified" time and its modified flag. For copies
 * the user did not ask for, such as the recovery copies of autosave.
 *
 * Returns: %TRUE on success
 */
gboolean
buntan_project_save_copy (BuntanProject *self, GFile *file, GError **error)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _buntan_project_write_file (self, file, self->modified, BUNTAN_SAVE_FLAGS_NONE, error);
}

/**
 * buntan_project_new_from_copy:
 * @copy: a file written by buntan_project_save_copy()
 * @original: (nullable): the file the copy was made from, or %NULL if the
 *   project had never been saved
 * @error: return location for a #BUNTAN_PROJECT_ERROR
 *
 * Reads a copy back as the work it preserved: the project belongs to
 * @original (saving writes there, never to @copy) and has unsaved changes,
 * which no undo can take away, since the copy differs from @original in
 * ways this history never saw.
 *
 * Returns: (transfer full) (nullable): the project
 */
BuntanProject *
buntan_project_new_from_copy (GFile *copy, GFile *original, GError **error)
{
  BuntanProject *self;

  g_return_val_if_fail (G_IS_FILE (copy), NULL);
  g_return_val_if_fail (original == NULL || G_IS_FILE (original), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = buntan_project_new_from_file (copy, error);
  if (self == NULL)
    return NULL;

  _buntan_project_set_file (self, original);
  /* The copy is in the current format; the file it stands for may not be,
   * and saving over it must still keep the older one. */
  if (original != NULL)
    {
      guint version = _buntan_project_peek_file_version (original);

      if (version != 0 && version < BUNTAN_PROJECT_FORMAT_VERSION)
        self->file_version = version;
    }
  _buntan_history_forget_saved (self->history);
  buntan_project_set_is_modified (self, TRUE);

  return self;
}

/**
 * buntan_project_get_migration_notes:
 * @self: a project
 *
 * What was changed to bring an older file up to the current format (for
 * example, a first check moved to each vendor of an item), in sentences
 * for the person who opened it. Empty for a current file.
 *
 * Returns: (transfer none) (array zero-terminated=1): the notes
 */
const char *const *
buntan_project_get_migration_notes (BuntanProject *self)
{
  static const char *const none[] = { NULL };

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  /* An empty array may have no storage at all, not even the terminator. */
  if (self->migration_notes->pdata == NULL)
    return none;

  return (const char *const *) self->migration_notes->pdata;
}

void
_buntan_project_add_migration_note (BuntanProject *self, const char *note)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (note != NULL);

  g_ptr_array_add (self->migration_notes, g_strdup (note));
}

/**
 * buntan_project_get_id:
 * @self: a project
 *
 * Returns: the project's UUID, made when it was created (or when a version 1
 *   file without one was opened) and kept across saves
 */
const char *
buntan_project_get_id (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->id;
}

void
_buntan_project_set_id (BuntanProject *self, const char *id)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (id != NULL && g_uuid_string_is_valid (id));

  _buntan_replace_string (&self->id, id);
}

/**
 * buntan_project_get_file_version:
 * @self: a project
 *
 * Returns: the format version of the file the project was read from, or
 *   #BUNTAN_PROJECT_FORMAT_VERSION for a project made here or saved since
 */
guint
buntan_project_get_file_version (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), 0);

  return self->file_version;
}

void
_buntan_project_set_file_version (BuntanProject *self, guint version)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  self->file_version = version;
}

/**
 * buntan_project_get_backup_file:
 * @self: a project
 *
 * Returns: (transfer none) (nullable): where the last buntan_project_save()
 *   kept the older version's file before writing over it, or %NULL when it
 *   kept none
 */
GFile *
buntan_project_get_backup_file (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return self->backup_file;
}

void
_buntan_project_set_backup_file (BuntanProject *self, GFile *backup)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  g_set_object (&self->backup_file, backup);
}

/**
 * buntan_project_get_versions:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of #BuntanVersion, as agreed
 */
GListModel *
buntan_project_get_versions (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->versions);
}

GListStore *
_buntan_project_get_version_store (BuntanProject *self)
{
  return self->versions;
}

/* The conflicts a merge left, as JSON object texts; NULL when none. */
const char *const *
_buntan_project_get_conflicts (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return (const char *const *) self->conflicts;
}

void
_buntan_project_set_conflicts (BuntanProject *self, const char *const *conflicts)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  if (conflicts != NULL && conflicts[0] == NULL)
    conflicts = NULL;
  if (_buntan_replace_strv (&self->conflicts, conflicts))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICTS]);
      _buntan_project_mark_changed (self);
    }
}
