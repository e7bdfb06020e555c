/* buntan-project.c — one negotiation: the parties, the checklist items and their state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-history-private.h"
#include "buntan-meeting-private.h"
#include "buntan-meeting-recorder.h"
#include "buntan-project-private.h"
#include "buntan-version-private.h"

struct _BuntanProject
{
  GObject parent_instance;

  GFile *file;
  /* A UUID that tells this project's questionnaires and appendices from
   * another's; made at creation, kept across saves. */
  char *id;
  /* The format version of the file the project was read from: an older one
   * is kept beside the file before the first save over it. */
  guint          file_version;
  GFile         *backup_file;
  char          *title;
  char          *created;
  char          *modified;
  char          *template_id;
  char          *template_version;
  GListStore    *parties;
  GListStore    *items;
  GListStore    *part_items[2];
  JsonObject    *extra;
  BuntanHistory *history;
  gboolean       is_modified;
  /* What opening an older file changed, said to the user once. */
  GPtrArray *migration_notes;
  /* The meetings and the log of the one that goes on. */
  BuntanMeetingRecorder *meetings;
  GListStore            *versions; /* of BuntanVersion (buntan-project-versions.c) */
};

G_DEFINE_FINAL_TYPE (BuntanProject, buntan_project, G_TYPE_OBJECT)
G_DEFINE_QUARK (buntan - project - error - quark, buntan_project_error)

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
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* While undoing, the history decides afterwards whether the project is back
 * to its saved state. */
static void
mark_changed (BuntanProject *self)
{
  if (!_buntan_history_is_replaying (self->history))
    buntan_project_set_is_modified (self, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
child_notify_cb (BuntanProject *self, GParamSpec *pspec, GObject *child)
{
  _buntan_history_record_property (self->history, child, pspec);
  mark_changed (self);
}

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

/* An item's checks reach the project through their item (buntan-item.c),
 * so the item's ties are the only ones to cut. */
static void
item_check_notify_cb (BuntanProject *self, BuntanCheck *check, GParamSpec *pspec)
{
  child_notify_cb (self, pspec, G_OBJECT (check));
}

static void
item_check_added_cb (BuntanProject *self, BuntanCheck *check)
{
  _buntan_history_track (self->history, G_OBJECT (check));
}

static void
watch_checks (BuntanProject *self, BuntanItem *item)
{
  GListModel *checks = buntan_item_get_checks (item);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr (GObject) check = g_list_model_get_item (checks, i);

      _buntan_history_track (self->history, check);
    }
  g_signal_connect_swapped (item, "check-added", G_CALLBACK (item_check_added_cb), self);
  g_signal_connect_swapped (item, "check-notify", G_CALLBACK (item_check_notify_cb), self);
}

static void
watch_child (BuntanProject *self, GObject *child);

/* A vendor's contracts are children of the project too: their edits, and
 * their coming and going, are steps of the history. */
static void
party_contract_added_cb (BuntanParty    *party,
                         BuntanContract *contract,
                         guint           position,
                         gpointer        data)
{
  BuntanProject *self = data;

  watch_child (self, G_OBJECT (contract));
  _buntan_history_record_insert (self->history, G_OBJECT (contract), position, 0);
  mark_changed (self);
}

static void
party_contract_removed_cb (BuntanParty    *party,
                           BuntanContract *contract,
                           guint           position,
                           gpointer        data)
{
  BuntanProject *self = data;

  g_signal_handlers_disconnect_by_data (contract, self);
  _buntan_history_record_remove (self->history, G_OBJECT (contract), position, 0);
  mark_changed (self);
}

static void
watch_child (BuntanProject *self, GObject *child)
{
  if (BUNTAN_IS_PARTY (child))
    {
      GListModel *contracts = buntan_party_get_contracts (BUNTAN_PARTY (child));

      for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
        {
          g_autoptr (GObject) contract = g_list_model_get_item (contracts, i);

          /* A vendor put back by undo brings its contracts, still watched. */
          g_signal_handlers_disconnect_by_data (contract, self);
          watch_child (self, contract);
        }
      g_signal_connect (child, "contract-added", G_CALLBACK (party_contract_added_cb), self);
      g_signal_connect (child, "contract-removed", G_CALLBACK (party_contract_removed_cb), self);
    }

  _buntan_history_track (self->history, child);
  if (BUNTAN_IS_ITEM (child))
    watch_checks (self, BUNTAN_ITEM (child));
  /* Not g_signal_connect_object(): that keeps a list of every child's
   * closure on the project, searched on each disconnection, which makes
   * closing a large project quadratic. Every path that lets a child go
   * (removing it, dispose) disconnects it. */
  g_signal_connect_swapped (child, "notify", G_CALLBACK (child_notify_cb), self);
}

static gboolean
find_by_id (GListModel *model, const char *id, const char *(*get_id) (gpointer), guint *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) object = g_list_model_get_item (model, i);

      if (g_strcmp0 (get_id (object), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static const char *
party_id (gpointer party)
{
  return buntan_party_get_id (party);
}

static const char *
item_id (gpointer item)
{
  return buntan_item_get_id (item);
}

/* Few parties with few contracts: matching by data alone is cheap here. */
static void
disconnect_party_contracts (BuntanProject *self, BuntanParty *party)
{
  GListModel *contracts = buntan_party_get_contracts (party);

  g_signal_handlers_disconnect_by_data (party, self);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (GObject) contract = g_list_model_get_item (contracts, i);

      g_signal_handlers_disconnect_by_data (contract, self);
    }
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
            disconnect_party_contracts (self, BUNTAN_PARTY (child));
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
  g_clear_object (&self->items);
  g_clear_object (&self->part_items[0]);
  g_clear_object (&self->part_items[1]);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->meetings);
  g_clear_object (&self->versions);
  g_clear_pointer (&self->migration_notes, g_ptr_array_unref);

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
    g_param_spec_string ("template-version", NULL, NULL, NULL, read_only);
  properties[PROP_IS_MODIFIED] = g_param_spec_boolean ("is-modified", NULL, NULL, FALSE, editable);

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
  self->part_items[0] = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->part_items[1] = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->migration_notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->history = _buntan_history_new (self);
  _buntan_history_track (self->history, G_OBJECT (self));
  g_signal_connect (self, "notify", G_CALLBACK (own_notify_cb), NULL);
  self->meetings = buntan_meeting_recorder_new (self->history);
  self->versions = g_list_store_new (BUNTAN_TYPE_VERSION);
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
      mark_changed (self);
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

/**
 * buntan_project_get_parties:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of #BuntanParty, the hospital first
 */
GListModel *
buntan_project_get_parties (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->parties);
}

/**
 * buntan_project_get_hospital:
 * @self: a project
 *
 * Returns: (transfer none): the hospital party
 */
BuntanParty *
buntan_project_get_hospital (BuntanProject *self)
{
  guint n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->parties));
  for (guint i = 0; i < n; i++)
    {
      BuntanParty *party = g_list_model_get_item (G_LIST_MODEL (self->parties), i);

      g_object_unref (party); /* the store keeps it alive */
      if (buntan_party_is_hospital (party))
        return party;
    }

  g_return_val_if_reached (NULL);
}

/**
 * buntan_project_find_party:
 * @self: a project
 * @id: a party id
 *
 * Returns: (transfer none) (nullable): the party with that id
 */
BuntanParty *
buntan_project_find_party (BuntanProject *self, const char *id)
{
  guint        position;
  BuntanParty *party;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  if (id == NULL || !find_by_id (G_LIST_MODEL (self->parties), id, party_id, &position))
    return NULL;

  party = g_list_model_get_item (G_LIST_MODEL (self->parties), position);
  g_object_unref (party);
  return party;
}

/**
 * buntan_project_get_party_position:
 * @self: a project
 * @id: a party id
 *
 * Returns: the party's position in the parties, or %G_MAXUINT
 */
guint
buntan_project_get_party_position (BuntanProject *self, const char *id)
{
  guint position;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), G_MAXUINT);

  if (id == NULL || !find_by_id (G_LIST_MODEL (self->parties), id, party_id, &position))
    return G_MAXUINT;

  return position;
}

/**
 * buntan_project_add_vendor:
 * @self: a project
 * @name: the vendor's name
 *
 * Returns: (transfer none): the new vendor, with a fresh id
 */
BuntanParty *
buntan_project_add_vendor (BuntanProject *self, const char *name)
{
  g_autoptr (BuntanParty) party = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  for (guint n = 1; id == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("v%u", n);

      if (buntan_project_find_party (self, candidate) == NULL)
        id = g_steal_pointer (&candidate);
    }

  party = buntan_party_new (id, BUNTAN_PARTY_KIND_VENDOR, name);
  _buntan_project_append_party (self, party);
  _buntan_history_record_insert (self->history, G_OBJECT (party),
                                 g_list_model_get_n_items (G_LIST_MODEL (self->parties)) - 1, 0);
  mark_changed (self);

  return party;
}

/**
 * buntan_project_count_party_items:
 * @self: a project
 * @id: a party id
 *
 * Returns: how many items the party owns or takes part in
 */
guint
buntan_project_count_party_items (BuntanProject *self, const char *id)
{
  guint n, count = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (buntan_item_involves (item, id))
        count++;
    }

  return count;
}

/**
 * buntan_project_remove_vendor:
 * @self: a project
 * @id: the vendor's id
 * @reassign_to: (nullable): the party that takes over the items the vendor
 *   owned, or %NULL to leave them undecided (未定)
 * @error: return location for a #GError
 *
 * Removes a vendor. Items it owned go to @reassign_to; where it only took
 * part, it is taken off the participants. The hospital cannot be removed.
 *
 * Returns: %TRUE if the vendor was removed
 */
gboolean
buntan_project_remove_vendor (BuntanProject *self,
                              const char    *id,
                              const char    *reassign_to,
                              GError       **error)
{
  BuntanParty *party;
  guint        position, n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  party = buntan_project_find_party (self, id);
  if (party == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
                   _ ("There is no party with the id “%s”"), id);
      return FALSE;
    }

  if (buntan_party_is_hospital (party))
    {
      g_set_error_literal (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT,
                           _ ("The hospital cannot be removed from the project"));
      return FALSE;
    }

  if (reassign_to != NULL && g_strcmp0 (reassign_to, BUNTAN_OWNER_JOINT) != 0 &&
      (g_strcmp0 (reassign_to, id) == 0 || buntan_project_find_party (self, reassign_to) == NULL))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
                   _ ("The items cannot be handed to “%s”: there is no such other party"),
                   reassign_to);
      return FALSE;
    }

  /* One step for the history: undoing brings the vendor and its items back. */
  buntan_history_begin_group (self->history);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_strcmp0 (buntan_item_get_owner (item), id) == 0)
        {
          buntan_item_set_owner (item, reassign_to);
          /* The new owner leads: it no longer merely supports. */
          if (reassign_to != NULL && !buntan_item_is_joint (item))
            buntan_item_set_participant (item, reassign_to, FALSE);
        }
      buntan_item_set_participant (item, id, FALSE);
    }

  g_object_ref (party);
  if (find_by_id (G_LIST_MODEL (self->parties), id, party_id, &position))
    {
      g_list_store_remove (self->parties, position);
      _buntan_history_record_remove (self->history, G_OBJECT (party), position, 0);
    }
  disconnect_party_contracts (self, party);
  g_object_unref (party);

  buntan_history_end_group (self->history);
  mark_changed (self);
  return TRUE;
}

/**
 * buntan_project_get_items:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of every #BuntanItem, in file order
 */
GListModel *
buntan_project_get_items (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * buntan_project_get_part_items:
 * @self: a project
 * @part: 1 or 2
 *
 * Returns: (transfer none): a #GListModel of the items of that Part
 */
GListModel *
buntan_project_get_part_items (BuntanProject *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);

  return G_LIST_MODEL (self->part_items[part - 1]);
}

/**
 * buntan_project_find_item:
 * @self: a project
 * @id: an item id
 *
 * Returns: (transfer none) (nullable): the item with that id
 */
BuntanItem *
buntan_project_find_item (BuntanProject *self, const char *id)
{
  guint       position;
  BuntanItem *item;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  if (id == NULL || !find_by_id (G_LIST_MODEL (self->items), id, item_id, &position))
    return NULL;

  item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  g_object_unref (item);
  return item;
}

/* Where a new item of the section goes: after the section's last item, or at
 * the end when the section is new. */
static guint
position_after_section (GListModel *model, guint part, const char *section)
{
  guint n = g_list_model_get_n_items (model);
  guint position = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (model, i);

      if (buntan_item_get_part (item) == part &&
          g_strcmp0 (buntan_item_get_section (item), section) == 0)
        position = i + 1;
    }

  return position;
}

/**
 * buntan_project_add_custom_item:
 * @self: a project
 * @part: 1 or 2
 * @section: the section code, e.g. "A"
 * @section_title: (nullable): the section's title when the section is new
 *
 * Adds an item of the hospital's own at the end of the section, numbered
 * after the section's last item.
 *
 * Returns: (transfer none): the new item
 */
BuntanItem *
buntan_project_add_custom_item (BuntanProject *self,
                                guint          part,
                                const char    *section,
                                const char    *section_title)
{
  g_autoptr (BuntanItem) item = NULL;
  g_autofree char *number = NULL;
  g_autofree char *id = NULL;
  const char      *known_title = NULL;
  guint64          highest = 0;
  guint            n, position, part_position;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);
  g_return_val_if_fail (section != NULL && *section != '\0', NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) other = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (buntan_item_get_part (other) != part ||
          g_strcmp0 (buntan_item_get_section (other), section) != 0)
        continue;

      highest = MAX (highest, g_ascii_strtoull (buntan_item_get_number (other), NULL, 10));
      known_title = buntan_item_get_section_title (other);
    }

  for (guint64 next = highest + 1; id == NULL; next++)
    {
      g_autofree char *candidate =
        g_strdup_printf ("P%u-%s-%" G_GUINT64_FORMAT, part, section, next);

      if (buntan_project_find_item (self, candidate) == NULL)
        {
          id = g_steal_pointer (&candidate);
          number = g_strdup_printf ("%" G_GUINT64_FORMAT, next);
        }
    }

  item = buntan_item_new (id, part, section, number);
  buntan_item_set_section_title (item, known_title != NULL ? known_title : section_title);
  buntan_item_set_custom (item, TRUE);

  position = position_after_section (G_LIST_MODEL (self->items), part, section);
  part_position = position_after_section (G_LIST_MODEL (self->part_items[part - 1]), part, section);
  _buntan_project_insert_object (self, G_OBJECT (item), position, part_position);
  _buntan_history_record_insert (self->history, G_OBJECT (item), position, part_position);

  return item;
}

/**
 * buntan_project_remove_item:
 * @self: a project
 * @id: the id of an item the hospital added
 * @error: return location for a #GError
 *
 * Template items are never removed (mark them not applicable instead):
 * the checklist must stay complete for the contract.
 *
 * Returns: %TRUE if the item was removed
 */
gboolean
buntan_project_remove_item (BuntanProject *self, const char *id, GError **error)
{
  BuntanItem *item;
  guint       position, part_position;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);

  item = buntan_project_find_item (self, id);
  if (item == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("There is no item “%s”"), id);
      return FALSE;
    }

  if (!buntan_item_get_custom (item))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_INVALID,
                   _ ("Item %s comes from the checklist and cannot be deleted; "
                      "mark it “Not applicable” instead"),
                   id);
      return FALSE;
    }

  position = part_position = 0;
  find_by_id (G_LIST_MODEL (self->items), id, item_id, &position);
  find_by_id (G_LIST_MODEL (self->part_items[buntan_item_get_part (item) - 1]), id, item_id,
              &part_position);
  g_object_ref (item);
  _buntan_project_remove_object (self, G_OBJECT (item));
  _buntan_history_record_remove (self->history, G_OBJECT (item), position, part_position);
  g_object_unref (item);

  return TRUE;
}

/**
 * buntan_project_dup_sections:
 * @self: a project
 * @part: 1 or 2
 *
 * Returns: (transfer full): the section codes of that Part, in order
 */
char **
buntan_project_dup_sections (BuntanProject *self, guint part)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *items;
  guint       n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);

  items = G_LIST_MODEL (self->part_items[part - 1]);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      const char *section = buntan_item_get_section (item);

      if (g_hash_table_add (seen, (gpointer) section))
        g_strv_builder_add (builder, section);
    }

  return g_strv_builder_end (builder);
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

void
_buntan_project_append_party (BuntanProject *self, BuntanParty *party)
{
  g_list_store_append (self->parties, party);
  watch_child (self, G_OBJECT (party));
}

void
_buntan_project_append_item (BuntanProject *self, BuntanItem *item)
{
  g_list_store_append (self->items, item);
  g_list_store_append (self->part_items[buntan_item_get_part (item) - 1], item);
  watch_child (self, G_OBJECT (item));
}

/* The file reader's items, in file order: each list grows once, not once
 * per item. */
void
_buntan_project_append_items (BuntanProject *self, GPtrArray *items)
{
  g_autoptr (GPtrArray) part1_items = g_ptr_array_new ();
  g_autoptr (GPtrArray) part2_items = g_ptr_array_new ();
  GPtrArray *part_items[2] = { part1_items, part2_items };

  for (guint i = 0; i < items->len; i++)
    {
      BuntanItem *item = g_ptr_array_index (items, i);

      g_ptr_array_add (part_items[buntan_item_get_part (item) - 1], item);
      watch_child (self, G_OBJECT (item));
    }

  g_list_store_splice (self->items, g_list_model_get_n_items (G_LIST_MODEL (self->items)), 0,
                       items->pdata, items->len);
  for (guint p = 0; p < G_N_ELEMENTS (part_items); p++)
    g_list_store_splice (self->part_items[p],
                         g_list_model_get_n_items (G_LIST_MODEL (self->part_items[p])), 0,
                         part_items[p]->pdata, part_items[p]->len);
}

/* Puts a party or an item (back) at its place. */
void
_buntan_project_insert_object (BuntanProject *self,
                               GObject       *object,
                               guint          position,
                               guint          part_position)
{
  if (BUNTAN_IS_CONTRACT (object))
    {
      BuntanParty *party = buntan_contract_get_party (BUNTAN_CONTRACT (object));

      /* The party's contract-added handler watches it again. */
      if (party != NULL)
        _buntan_party_insert_contract (party, BUNTAN_CONTRACT (object), position);
      return;
    }

  if (BUNTAN_IS_PARTY (object))
    {
      g_list_store_insert (self->parties,
                           MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->parties))),
                           object);
    }
  else
    {
      GListStore *part_items = self->part_items[buntan_item_get_part (BUNTAN_ITEM (object)) - 1];

      g_list_store_insert (self->items,
                           MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->items))),
                           object);
      g_list_store_insert (part_items,
                           MIN (part_position,
                                g_list_model_get_n_items (G_LIST_MODEL (part_items))),
                           object);
    }

  watch_child (self, object);
  mark_changed (self);
}

void
_buntan_project_remove_object (BuntanProject *self, GObject *object)
{
  GListStore *stores[3] = { self->parties, NULL, NULL };
  guint       position;

  if (BUNTAN_IS_CONTRACT (object))
    {
      BuntanParty *party = buntan_contract_get_party (BUNTAN_CONTRACT (object));

      if (party != NULL)
        buntan_party_remove_contract (party, BUNTAN_CONTRACT (object));
      return;
    }

  if (BUNTAN_IS_ITEM (object))
    {
      stores[0] = self->items;
      stores[1] = self->part_items[buntan_item_get_part (BUNTAN_ITEM (object)) - 1];
    }

  g_object_ref (object);
  for (guint i = 0; i < G_N_ELEMENTS (stores) && stores[i] != NULL; i++)
    if (g_list_store_find (stores[i], object, &position))
      g_list_store_remove (stores[i], position);
  if (BUNTAN_IS_PARTY (object))
    disconnect_party_contracts (self, BUNTAN_PARTY (object));
  else
    g_signal_handlers_disconnect_by_data (object, self);
  g_object_unref (object);

  mark_changed (self);
}

/**
 * buntan_project_set_item_owner:
 * @self: a #BuntanProject
 * @item: one of its items
 * @owner: (nullable): a party id, or %NULL for 未定
 *
 * Makes @owner the one responsible for @item, as a single step to undo: the
 * new owner leads, so it no longer merely takes part. Meeting mode's keys
 * and the keys on a list row both come here.
 */
void
buntan_project_set_item_owner (BuntanProject *self, BuntanItem *item, const char *owner)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (BUNTAN_IS_ITEM (item));

  buntan_history_begin_group (self->history);
  buntan_item_set_owner (item, owner);
  if (owner != NULL)
    buntan_item_set_participant (item, owner, FALSE);
  buntan_history_end_group (self->history);
}

/**
 * buntan_project_make_item_joint:
 * @self: a #BuntanProject
 * @item: one of its items
 *
 * Makes @item 共同, as a single step to undo: the owner so far becomes one
 * of those who share it.
 */
void
buntan_project_make_item_joint (BuntanProject *self, BuntanItem *item)
{
  g_autofree char *previous = NULL;

  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (BUNTAN_IS_ITEM (item));

  previous = g_strdup (buntan_item_get_owner (item));
  buntan_history_begin_group (self->history);
  buntan_item_set_owner (item, BUNTAN_OWNER_JOINT);
  if (previous != NULL && !g_str_equal (previous, BUNTAN_OWNER_JOINT))
    buntan_item_set_participant (item, previous, TRUE);
  buntan_history_end_group (self->history);
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

/* Meetings -------------------------------------------------------------------- */

/**
 * buntan_project_get_meetings:
 * @self: a project
 *
 * Returns: (transfer none): a #GListModel of #BuntanMeeting, oldest first
 */
GListModel *
buntan_project_get_meetings (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return buntan_meeting_recorder_get_meetings (self->meetings);
}

/**
 * buntan_project_start_meeting:
 * @self: a project
 * @attendees: (nullable) (array zero-terminated=1): who takes part, as typed
 *
 * Begins a meeting, ending the one that goes on if any. Until
 * buntan_project_end_meeting(), every change to an item's negotiation
 * state (status, owner, participants, first check and its date, completion
 * date, clause, note) is recorded in the meeting with its time, including
 * undoing and redoing.
 *
 * Returns: (transfer none): the new meeting, now the active one
 */
BuntanMeeting *
buntan_project_start_meeting (BuntanProject *self, const char *const *attendees)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return buntan_meeting_recorder_start (self->meetings, attendees);
}

/**
 * buntan_project_set_change_source:
 * @self: a project
 * @source: (nullable): where the changes made from now on come from, in
 *   the words of buntan_decision_source_is_valid(); %NULL for the window
 *
 * The decision log records it with every change of a meeting. Meeting
 * mode's keys set "meeting-key" around the change they make and put
 * %NULL back.
 */
void
buntan_project_set_change_source (BuntanProject *self, const char *source)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  buntan_meeting_recorder_set_source (self->meetings, source);
}

/**
 * buntan_project_end_meeting:
 * @self: a project
 *
 * Ends the active meeting (records its end time) and stops recording. A
 * meeting that decided nothing leaves the project unmodified if it was so
 * when the meeting began (and nothing else changed meanwhile): it is kept
 * in memory, and written only with changes saved for another reason.
 * Does nothing when no meeting goes on.
 */
void
buntan_project_end_meeting (BuntanProject *self)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));

  /* A meeting that decided nothing (F5, Esc) leaves the project as it found
   * it: unmodified if it was (the recorder puts the history's saved state
   * back). */
  if (buntan_meeting_recorder_end (self->meetings))
    {
      buntan_project_set_is_modified (self, !_buntan_history_is_at_saved (self->history));
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/**
 * buntan_project_get_active_meeting:
 * @self: a project
 *
 * Returns: (transfer none) (nullable): the meeting that goes on
 */
BuntanMeeting *
buntan_project_get_active_meeting (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return buntan_meeting_recorder_get_active (self->meetings);
}

void
_buntan_project_append_meeting (BuntanProject *self, BuntanMeeting *meeting)
{
  buntan_meeting_recorder_append (self->meetings, meeting);
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
