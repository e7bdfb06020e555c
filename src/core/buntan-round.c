/* buntan-round.c — a renewal round: which vendors renew, from which version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A renewal concerns the vendors whose contracts renew, not necessarily
 * all: the project's `rounds` list keeps one record per round started,
 * {number, started, parties, from_version}. What starting one does to the
 * items is buntan_project_start_round()'s (buntan-project-rounds.c).
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "buntan-round-private.h"

struct _BuntanRound
{
  GObject parent_instance;

  guint       number;
  char       *started;
  char      **parties;
  guint       from_version; /* 0: none */
  JsonObject *extra;        /* members a newer Buntan wrote, kept */
};

G_DEFINE_FINAL_TYPE (BuntanRound, buntan_round, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NUMBER,
  PROP_STARTED,
  PROP_FROM_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buntan_round_finalize (GObject *object)
{
  BuntanRound *self = BUNTAN_ROUND (object);

  g_clear_pointer (&self->started, g_free);
  g_clear_pointer (&self->parties, g_strfreev);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (buntan_round_parent_class)->finalize (object);
}

static void
buntan_round_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanRound *self = BUNTAN_ROUND (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_STARTED:
      g_value_set_string (value, self->started);
      break;
    case PROP_FROM_VERSION:
      g_value_set_uint (value, self->from_version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_round_class_init (BuntanRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_round_finalize;
  object_class->get_property = buntan_round_get_property;

  /* Read-only: a round once started is a record, never edited. */
  properties[PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTED] =
    g_param_spec_string ("started", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FROM_VERSION] = g_param_spec_uint ("from-version", NULL, NULL, 0, G_MAXUINT, 0,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_round_init (BuntanRound *self)
{
}

BuntanRound *
_buntan_round_new (guint              number,
                   const char        *started,
                   const char *const *parties,
                   guint              from_version)
{
  BuntanRound *self = g_object_new (BUNTAN_TYPE_ROUND, NULL);

  self->number = number;
  self->started = g_strdup (started);
  self->parties = parties != NULL ? g_strdupv ((char **) parties) : g_new0 (char *, 1);
  self->from_version = from_version;

  return self;
}

JsonObject *
_buntan_round_get_extra (BuntanRound *self)
{
  return self->extra;
}

void
_buntan_round_set_extra (BuntanRound *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

/**
 * buntan_round_get_number:
 * @self: a round
 *
 * Returns: N of the Nth renewal round, from 1
 */
guint
buntan_round_get_number (BuntanRound *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROUND (self), 0);

  return self->number;
}

/**
 * buntan_round_get_started:
 * @self: a round
 *
 * Returns: the day the round started, YYYY-MM-DD
 */
const char *
buntan_round_get_started (BuntanRound *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROUND (self), NULL);

  return self->started;
}

/**
 * buntan_round_get_parties:
 * @self: a round
 *
 * Returns: (transfer none): the ids of the vendors whose contracts renew
 */
const char *const *
buntan_round_get_parties (BuntanRound *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROUND (self), NULL);

  return (const char *const *) self->parties;
}

/**
 * buntan_round_get_from_version:
 * @self: a round
 *
 * Returns: N of the 第N版 the round renews, or 0 when none is recorded
 */
guint
buntan_round_get_from_version (BuntanRound *self)
{
  g_return_val_if_fail (BUNTAN_IS_ROUND (self), 0);

  return self->from_version;
}
