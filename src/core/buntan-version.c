/* buntan-version.c — an agreed version (第N版): its date, fingerprints and snapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A version is what the parties signed: the project's `versions` list keeps
 * one per agreement, with the fingerprints printed on that day and a
 * snapshot (a whole project file of its own) from which the same documents
 * can be printed again. A version is withdrawn, never deleted: it stays in
 * the list with the date and the reason.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-json-writer.h"
#include "buntan-project-private.h"
#include "buntan-version-private.h"

struct _BuntanVersion
{
  GObject parent_instance;

  guint       number;
  char       *agreed;
  char       *note;
  JsonObject *fingerprints; /* "project" and one per vendor id, as recorded */
  JsonNode   *snapshot;
  guint       open_gaps; /* agreed with this many gaps (forced); 0 normally */
  char       *withdrawn_date;
  char       *withdrawn_reason;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (BuntanVersion, buntan_version, G_TYPE_OBJECT)

G_DEFINE_QUARK (buntan - version - error - quark, buntan_version_error)

enum
{
  PROP_0,
  PROP_NUMBER,
  PROP_AGREED,
  PROP_NOTE,
  PROP_PROJECT_FINGERPRINT,
  PROP_WITHDRAWN,
  PROP_WITHDRAWN_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buntan_version_finalize (GObject *object)
{
  BuntanVersion *self = BUNTAN_VERSION (object);

  g_clear_pointer (&self->agreed, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->fingerprints, json_object_unref);
  g_clear_pointer (&self->snapshot, json_node_unref);
  g_clear_pointer (&self->withdrawn_date, g_free);
  g_clear_pointer (&self->withdrawn_reason, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (buntan_version_parent_class)->finalize (object);
}

static void
buntan_version_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanVersion *self = BUNTAN_VERSION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_AGREED:
      g_value_set_string (value, self->agreed);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_PROJECT_FINGERPRINT:
      g_value_set_string (value, buntan_version_get_fingerprint (self, NULL));
      break;
    case PROP_WITHDRAWN:
      g_value_set_boolean (value, self->withdrawn_reason != NULL);
      break;
    case PROP_WITHDRAWN_REASON:
      g_value_set_string (value, self->withdrawn_reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_version_class_init (BuntanVersionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_version_finalize;
  object_class->get_property = buntan_version_get_property;

  /* Read-only: an agreement is not edited, only withdrawn (through the project). */
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREED] =
    g_param_spec_string ("agreed", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT_FINGERPRINT] =
    g_param_spec_string ("project-fingerprint", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WITHDRAWN] = g_param_spec_boolean ("withdrawn", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WITHDRAWN_REASON] =
    g_param_spec_string ("withdrawn-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_version_init (BuntanVersion *self)
{
}

BuntanVersion *
_buntan_version_new (guint       number,
                     const char *agreed,
                     const char *note,
                     JsonObject *fingerprints,
                     JsonNode   *snapshot)
{
  BuntanVersion *self;

  g_return_val_if_fail (number > 0, NULL);
  g_return_val_if_fail (agreed != NULL, NULL);
  g_return_val_if_fail (fingerprints != NULL, NULL);
  g_return_val_if_fail (snapshot != NULL && JSON_NODE_HOLDS_OBJECT (snapshot), NULL);

  self = g_object_new (BUNTAN_TYPE_VERSION, NULL);
  self->number = number;
  self->agreed = g_strdup (agreed);
  self->note = note != NULL && *note != '\0' ? g_strdup (note) : NULL;
  self->fingerprints = json_object_ref (fingerprints);
  self->snapshot = json_node_ref (snapshot);

  return self;
}

JsonObject *
_buntan_version_get_fingerprints (BuntanVersion *self)
{
  return self->fingerprints;
}

JsonNode *
_buntan_version_get_snapshot (BuntanVersion *self)
{
  return self->snapshot;
}

void
_buntan_version_set_open_gaps (BuntanVersion *self, guint open_gaps)
{
  self->open_gaps = open_gaps;
}

void
_buntan_version_set_withdrawn (BuntanVersion *self, const char *date, const char *reason)
{
  gboolean was_withdrawn = self->withdrawn_reason != NULL;

  g_return_if_fail (date != NULL && reason != NULL);

  g_free (self->withdrawn_date);
  self->withdrawn_date = g_strdup (date);
  g_free (self->withdrawn_reason);
  self->withdrawn_reason = g_strdup (reason);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITHDRAWN_REASON]);
  if (!was_withdrawn)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITHDRAWN]);
}

JsonObject *
_buntan_version_get_extra (BuntanVersion *self)
{
  return self->extra;
}

void
_buntan_version_set_extra (BuntanVersion *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  if (extra != NULL)
    self->extra = json_object_ref (extra);
}

/**
 * buntan_version_get_number:
 * @self: a version
 *
 * Returns: N of 第N版, from 1
 */
guint
buntan_version_get_number (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), 0);

  return self->number;
}

/**
 * buntan_version_get_agreed:
 * @self: a version
 *
 * Returns: the date of the agreement (合意日), YYYY-MM-DD
 */
const char *
buntan_version_get_agreed (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  return self->agreed;
}

/**
 * buntan_version_get_note:
 * @self: a version
 *
 * Returns: (nullable): what the parties noted with the agreement
 */
const char *
buntan_version_get_note (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  return self->note;
}

/**
 * buntan_version_get_fingerprint:
 * @self: a version
 * @party_id: (nullable): a vendor's id, or %NULL for the whole project's
 *
 * Returns: (nullable): the fingerprint recorded on the day of the
 *   agreement, or %NULL when none was recorded for @party_id
 */
const char *
buntan_version_get_fingerprint (BuntanVersion *self, const char *party_id)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  return json_object_get_string_member_with_default (self->fingerprints,
                                                     party_id != NULL ? party_id : "project", NULL);
}

/**
 * buntan_version_dup_fingerprint_ids:
 * @self: a version
 *
 * Returns: (transfer full): the vendor ids with a recorded fingerprint, in
 *   the order recorded ("project" is not among them)
 */
char **
buntan_version_dup_fingerprint_ids (BuntanVersion *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GList) members = NULL;

  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  members = json_object_get_members (self->fingerprints);
  for (GList *l = members; l != NULL; l = l->next)
    if (g_strcmp0 (l->data, "project") != 0)
      g_strv_builder_add (builder, l->data);

  return g_strv_builder_end (builder);
}

/**
 * buntan_version_get_open_gaps:
 * @self: a version
 *
 * Returns: how many gaps were still open when the version was agreed
 *   anyway; 0 for an agreement without gaps
 */
guint
buntan_version_get_open_gaps (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), 0);

  return self->open_gaps;
}

/**
 * buntan_version_get_withdrawn:
 * @self: a version
 *
 * Returns: whether the version was withdrawn
 */
gboolean
buntan_version_get_withdrawn (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), FALSE);

  return self->withdrawn_reason != NULL;
}

/**
 * buntan_version_get_withdrawn_date:
 * @self: a version
 *
 * Returns: (nullable): when it was withdrawn, YYYY-MM-DD
 */
const char *
buntan_version_get_withdrawn_date (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  return self->withdrawn_date;
}

/**
 * buntan_version_get_withdrawn_reason:
 * @self: a version
 *
 * Returns: (nullable): why it was withdrawn
 */
const char *
buntan_version_get_withdrawn_reason (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  return self->withdrawn_reason;
}

/**
 * buntan_version_dup_title:
 * @self: a version
 *
 * Returns: (transfer full): the version's name in sentences ("Version 2", 第2版)
 */
char *
buntan_version_dup_title (BuntanVersion *self)
{
  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);

  /* TRANSLATORS: an agreed version of the responsibility matrix, 第N版 */
  return g_strdup_printf (_ ("Version %u"), self->number);
}

/**
 * buntan_version_load_snapshot:
 * @self: a version
 * @file_name: the name of the file the version is in, for errors
 * @error: return location for a #BUNTAN_PROJECT_ERROR naming the version
 *
 * Reads the snapshot with the project reader, as a project of its own: to
 * print the version again or compare it, never to be saved over the file.
 *
 * Returns: (transfer full) (nullable): the project as it was agreed
 */
BuntanProject *
buntan_version_load_snapshot (BuntanVersion *self, const char *file_name, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  char            *text;
  gsize            length = 0;

  g_return_val_if_fail (BUNTAN_IS_VERSION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = buntan_json_write (self->snapshot, &length);
  bytes = g_bytes_new_take (text, length);
  /* TRANSLATORS: the file name and the agreed version whose snapshot is read,
   * as the start of an error: "project.buntan, version 2" */
  display_name =
    g_strdup_printf (_ ("%s, version %u"), file_name != NULL ? file_name : _ ("Untitled project"),
                     self->number);

  return _buntan_project_read (bytes, display_name, error);
}
