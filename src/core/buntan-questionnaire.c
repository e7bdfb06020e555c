/* buntan-questionnaire.c — a questionnaire sent to a vendor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What was asked of whom and when (`questionnaires` in the project file):
 * the vendor, the date sent, the fingerprint of the vendor's rows as they
 * were sent and the ids of the items asked, so an answers file is matched
 * to what was actually asked; and, once the answers came back, when and in
 * which file. Sending is a record, not an edit: undo does not unsend. The
 * receipt is what applying answers did, so it is part of the undo step
 * that applied them (the project's history tracks `received` and `file`).
 */

#include "config.h"

#include "buntan-questionnaire-private.h"

struct _BuntanQuestionnaire
{
  GObject parent_instance;

  char       *id;
  char       *party;
  char       *sent;
  char       *fingerprint;
  GStrv       items;
  char       *received;
  char       *file;
  JsonObject *extra; /* members a newer Buntan wrote, kept */
};

G_DEFINE_FINAL_TYPE (BuntanQuestionnaire, buntan_questionnaire, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_RECEIVED,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buntan_questionnaire_finalize (GObject *object)
{
  BuntanQuestionnaire *self = BUNTAN_QUESTIONNAIRE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->sent, g_free);
  g_clear_pointer (&self->fingerprint, g_free);
  g_clear_pointer (&self->items, g_strfreev);
  g_clear_pointer (&self->received, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (buntan_questionnaire_parent_class)->finalize (object);
}

static void
buntan_questionnaire_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanQuestionnaire *self = BUNTAN_QUESTIONNAIRE (object);

  switch (prop_id)
    {
    case PROP_RECEIVED:
      g_value_set_string (value, self->received);
      break;
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Each alone, for the history's undo and redo, which put the two back one
 * after the other; everyone else sets both with
 * buntan_questionnaire_set_received(). */
static void
replace_and_notify (BuntanQuestionnaire *self, char **field, const char *value, guint prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
buntan_questionnaire_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BuntanQuestionnaire *self = BUNTAN_QUESTIONNAIRE (object);

  switch (prop_id)
    {
    case PROP_RECEIVED:
      replace_and_notify (self, &self->received, g_value_get_string (value), PROP_RECEIVED);
      break;
    case PROP_FILE:
      replace_and_notify (self, &self->file, g_value_get_string (value), PROP_FILE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_questionnaire_class_init (BuntanQuestionnaireClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_questionnaire_finalize;
  object_class->get_property = buntan_questionnaire_get_property;
  object_class->set_property = buntan_questionnaire_set_property;

  /* Set together by buntan_questionnaire_set_received(); writable so undo
   * can put them back. */
  properties[PROP_RECEIVED] =
    g_param_spec_string ("received", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_questionnaire_init (BuntanQuestionnaire *self)
{
}

/**
 * buntan_questionnaire_new:
 * @id: the questionnaire's id, printed in its workbook
 * @party: the vendor's party id
 * @sent: the date sent, YYYY-MM-DD
 * @fingerprint: the fingerprint of the vendor's rows when sent
 * @items: the ids of the items asked
 *
 * Returns: (transfer full): a questionnaire not yet answered
 */
BuntanQuestionnaire *
buntan_questionnaire_new (const char        *id,
                          const char        *party,
                          const char        *sent,
                          const char        *fingerprint,
                          const char *const *items)
{
  BuntanQuestionnaire *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (party != NULL, NULL);
  g_return_val_if_fail (sent != NULL, NULL);
  g_return_val_if_fail (fingerprint != NULL, NULL);

  self = g_object_new (BUNTAN_TYPE_QUESTIONNAIRE, NULL);
  self->id = g_strdup (id);
  self->party = g_strdup (party);
  self->sent = g_strdup (sent);
  self->fingerprint = g_strdup (fingerprint);
  self->items = items != NULL ? g_strdupv ((char **) items) : g_new0 (char *, 1);

  return self;
}

const char *
buntan_questionnaire_get_id (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return self->id;
}

const char *
buntan_questionnaire_get_party (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return self->party;
}

const char *
buntan_questionnaire_get_sent (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return self->sent;
}

const char *
buntan_questionnaire_get_fingerprint (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return self->fingerprint;
}

/**
 * buntan_questionnaire_get_items:
 * @self: a questionnaire
 *
 * Returns: (transfer none): the ids of the items asked, in the order asked
 */
const char *const *
buntan_questionnaire_get_items (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return (const char *const *) self->items;
}

/**
 * buntan_questionnaire_get_received:
 * @self: a questionnaire
 *
 * Returns: (nullable): the date the answers came back, %NULL while none did
 */
const char *
buntan_questionnaire_get_received (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return self->received;
}

/**
 * buntan_questionnaire_get_file:
 * @self: a questionnaire
 *
 * Returns: (nullable): the name of the answers file, %NULL while none came
 */
const char *
buntan_questionnaire_get_file (BuntanQuestionnaire *self)
{
  g_return_val_if_fail (BUNTAN_IS_QUESTIONNAIRE (self), NULL);
  return self->file;
}

/**
 * buntan_questionnaire_set_received:
 * @self: a questionnaire
 * @received: (nullable): the date the answers came back, YYYY-MM-DD
 * @file: (nullable): the answers file's name; given with @received
 *
 * Records what came back; both %NULL forget it.
 */
void
buntan_questionnaire_set_received (BuntanQuestionnaire *self,
                                   const char          *received,
                                   const char          *file)
{
  g_return_if_fail (BUNTAN_IS_QUESTIONNAIRE (self));
  g_return_if_fail ((received == NULL) == (file == NULL));

  replace_and_notify (self, &self->received, received, PROP_RECEIVED);
  replace_and_notify (self, &self->file, file, PROP_FILE);
}

JsonObject *
_buntan_questionnaire_get_extra (BuntanQuestionnaire *self)
{
  return self->extra;
}

void
_buntan_questionnaire_set_extra (BuntanQuestionnaire *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}
