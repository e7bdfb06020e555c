/* buntan-meeting.c — one negotiation meeting and the decisions taken in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-meeting-private.h"

/* The public part first, so a Decision is a BuntanDecision. */
typedef struct
{
  BuntanDecision public;
  JsonObject *extra;
} Decision;

struct _BuntanMeeting
{
  GObject parent_instance;

  char  *started;
  char  *ended;
  char **attendees;
  /* The ids of the vendors the meeting is held with. */
  char      **parties;
  GPtrArray  *decisions;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (BuntanMeeting, buntan_meeting, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STARTED,
  PROP_ENDED,
  PROP_ATTENDEES,
  PROP_PARTIES,
  PROP_N_DECISIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const decision_fields[] = { BUNTAN_DECISION_STATUS,
                                               BUNTAN_DECISION_OWNER,
                                               BUNTAN_DECISION_PARTICIPANTS,
                                               BUNTAN_DECISION_FIRST_CHECK,
                                               BUNTAN_DECISION_FIRST_CHECK_DATE,
                                               BUNTAN_DECISION_COMPLETED,
                                               BUNTAN_DECISION_CLAUSE,
                                               BUNTAN_DECISION_NOTE,
                                               BUNTAN_DECISION_COMMENT,
                                               BUNTAN_DECISION_AGREED_TERMS,
                                               BUNTAN_DECISION_TARGET,
                                               BUNTAN_DECISION_AGREED,
                                               NULL };

static void
decision_free (gpointer data)
{
  Decision *decision = data;

  g_free ((char *) decision->public.time);
  g_free ((char *) decision->public.item_id);
  g_free ((char *) decision->public.field);
  g_free ((char *) decision->public.from);
  g_free ((char *) decision->public.to);
  g_free ((char *) decision->public.source);
  g_free ((char *) decision->public.party);
  g_clear_pointer (&decision->extra, json_object_unref);
  g_free (decision);
}

/* Names typed at the start of a meeting: one per line, blank lines dropped. */
static char **
clean_attendees (const char *const *attendees)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; attendees != NULL && attendees[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (attendees[i]));

      if (*name != '\0')
        g_strv_builder_add (builder, name);
    }

  return g_strv_builder_end (builder);
}

static void
buntan_meeting_finalize (GObject *object)
{
  BuntanMeeting *self = (BuntanMeeting *) object;

  g_free (self->started);
  g_free (self->ended);
  g_strfreev (self->attendees);
  g_strfreev (self->parties);
  g_ptr_array_unref (self->decisions);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (buntan_meeting_parent_class)->finalize (object);
}

static void
buntan_meeting_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanMeeting *self = BUNTAN_MEETING (object);

  switch (prop_id)
    {
    case PROP_STARTED:
      g_value_set_string (value, self->started);
      break;

    case PROP_ENDED:
      g_value_set_string (value, self->ended);
      break;

    case PROP_ATTENDEES:
      g_value_set_boxed (value, self->attendees);
      break;

    case PROP_PARTIES:
      g_value_set_boxed (value, self->parties);
      break;

    case PROP_N_DECISIONS:
      g_value_set_uint (value, self->decisions->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_meeting_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BuntanMeeting *self = BUNTAN_MEETING (object);

  switch (prop_id)
    {
    case PROP_STARTED:
      self->started = g_value_dup_string (value);
      break;

    case PROP_ENDED:
      buntan_meeting_set_ended (self, g_value_get_string (value));
      break;

    case PROP_ATTENDEES:
      g_strfreev (self->attendees);
      self->attendees = clean_attendees (g_value_get_boxed (value));
      break;

    case PROP_PARTIES:
      buntan_meeting_set_parties (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_meeting_class_init (BuntanMeetingClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = buntan_meeting_finalize;
  object_class->get_property = buntan_meeting_get_property;
  object_class->set_property = buntan_meeting_set_property;

  properties[PROP_STARTED] = g_param_spec_string ("started", NULL, NULL, NULL, construct);
  properties[PROP_ENDED] =
    g_param_spec_string ("ended", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENDEES] = g_param_spec_boxed ("attendees", NULL, NULL, G_TYPE_STRV, construct);
  properties[PROP_PARTIES] =
    g_param_spec_boxed ("parties", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DECISIONS] = g_param_spec_uint ("n-decisions", NULL, NULL, 0, G_MAXUINT, 0,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_meeting_init (BuntanMeeting *self)
{
  self->decisions = g_ptr_array_new_with_free_func (decision_free);
  self->attendees = g_new0 (char *, 1);
  self->parties = g_new0 (char *, 1);
}

/**
 * buntan_meeting_new:
 * @started: when the meeting began: an ISO 8601 date and time with offset
 * @attendees: (nullable) (array zero-terminated=1): who took part, as typed;
 *   blank names are dropped and the others trimmed
 *
 * Returns: (transfer full): a meeting with no decisions yet
 */
BuntanMeeting *
buntan_meeting_new (const char *started, const char *const *attendees)
{
  g_return_val_if_fail (buntan_date_time_is_valid (started), NULL);

  return g_object_new (BUNTAN_TYPE_MEETING, "started", started, "attendees", attendees, NULL);
}

const char *
buntan_meeting_get_started (BuntanMeeting *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING (self), NULL);

  return self->started;
}

/**
 * buntan_meeting_get_ended:
 * @self: a meeting
 *
 * Returns: (nullable): when the meeting ended; %NULL while it goes on, or
 *   when the program stopped before it was ended
 */
const char *
buntan_meeting_get_ended (BuntanMeeting *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING (self), NULL);

  return self->ended;
}

void
buntan_meeting_set_ended (BuntanMeeting *self, const char *ended)
{
  g_return_if_fail (BUNTAN_IS_MEETING (self));
  g_return_if_fail (ended == NULL || buntan_date_time_is_valid (ended));

  if (_buntan_replace_string (&self->ended, ended))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED]);
}

/**
 * buntan_meeting_get_attendees:
 * @self: a meeting
 *
 * Returns: (transfer none) (array zero-terminated=1): the people who took part
 */
const char *const *
buntan_meeting_get_attendees (BuntanMeeting *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING (self), NULL);

  return (const char *const *) self->attendees;
}

/**
 * buntan_meeting_get_parties:
 * @self: a meeting
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the vendors
 *   the meeting is held with; empty when it was not said
 */
const char *const *
buntan_meeting_get_parties (BuntanMeeting *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING (self), NULL);

  return (const char *const *) self->parties;
}

void
buntan_meeting_set_parties (BuntanMeeting *self, const char *const *parties)
{
  static const char *const none[] = { NULL };

  g_return_if_fail (BUNTAN_IS_MEETING (self));

  if (parties == NULL)
    parties = none;

  if (g_strv_equal ((const char *const *) self->parties, parties))
    return;

  g_strfreev (self->parties);
  self->parties = g_strdupv ((char **) parties);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTIES]);
}

guint
buntan_meeting_get_n_decisions (BuntanMeeting *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING (self), 0);

  return self->decisions->len;
}

/**
 * buntan_meeting_get_decision:
 * @self: a meeting
 * @index: less than buntan_meeting_get_n_decisions()
 *
 * Returns: (transfer none): the decision, in the order they were taken
 */
const BuntanDecision *
buntan_meeting_get_decision (BuntanMeeting *self, guint index)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING (self), NULL);
  g_return_val_if_fail (index < self->decisions->len, NULL);

  return g_ptr_array_index (self->decisions, index);
}

/**
 * buntan_decision_field_is_valid:
 * @field: (nullable): a word
 *
 * Returns: whether @field is one of the BUNTAN_DECISION_* words
 */
gboolean
buntan_decision_field_is_valid (const char *field)
{
  return field != NULL && g_strv_contains (decision_fields, field);
}

/**
 * buntan_meeting_add_decision:
 * @self: a meeting
 * @time: when: an ISO 8601 date and time with offset
 * @item_id: the item that changed
 * @field: one of the BUNTAN_DECISION_* words
 * @from: (nullable): the value before, or %NULL when unset
 * @to: (nullable): the value after, or %NULL when unset
 *
 * Appends a decision to the meeting's log. Empty values count as unset.
 */
void
buntan_meeting_add_decision (BuntanMeeting *self,
                             const char    *time,
                             const char    *item_id,
                             const char    *field,
                             const char    *from,
                             const char    *to)
{
  buntan_meeting_add_decision_from (self, NULL, time, item_id, field, from, to);
}

/**
 * buntan_decision_source_is_valid:
 * @source: (nullable): a word
 *
 * Returns: whether @source is "window", "meeting-key" or "answers:" followed
 *   by a file name
 */
gboolean
buntan_decision_source_is_valid (const char *source)
{
  if (source == NULL)
    return FALSE;

  if (g_str_equal (source, BUNTAN_DECISION_SOURCE_WINDOW) ||
      g_str_equal (source, BUNTAN_DECISION_SOURCE_MEETING_KEY))
    return TRUE;

  return g_str_has_prefix (source, BUNTAN_DECISION_SOURCE_ANSWERS) &&
         source[strlen (BUNTAN_DECISION_SOURCE_ANSWERS)] != '\0';
}

/**
 * buntan_meeting_add_decision_from:
 * @self: a meeting
 * @source: (nullable): where the change came from (see
 *   buntan_decision_source_is_valid()), or %NULL when unknown
 * @time: when: an ISO 8601 date and time with offset
 * @item_id: the item that changed
 * @field: one of the BUNTAN_DECISION_* words
 * @from: (nullable): the value before, or %NULL when unset
 * @to: (nullable): the value after, or %NULL when unset
 *
 * Appends a change of the item itself to the meeting's log. Empty values
 * count as unset.
 */
void
buntan_meeting_add_decision_from (BuntanMeeting *self,
                                  const char    *source,
                                  const char    *time,
                                  const char    *item_id,
                                  const char    *field,
                                  const char    *from,
                                  const char    *to)
{
  buntan_meeting_add_vendor_decision (self, source, NULL, time, item_id, field, from, to);
}

/**
 * buntan_decision_field_is_check:
 * @field: (nullable): a word
 *
 * Returns: whether @field is one a vendor's check also has (first check,
 *   its date, completion, target date, agreement), so a decision on it may
 *   name the vendor
 */
gboolean
buntan_decision_field_is_check (const char *field)
{
  return g_strcmp0 (field, BUNTAN_DECISION_FIRST_CHECK) == 0 ||
         g_strcmp0 (field, BUNTAN_DECISION_FIRST_CHECK_DATE) == 0 ||
         g_strcmp0 (field, BUNTAN_DECISION_COMPLETED) == 0 ||
         g_strcmp0 (field, BUNTAN_DECISION_TARGET) == 0 ||
         g_strcmp0 (field, BUNTAN_DECISION_AGREED) == 0;
}

/**
 * buntan_meeting_add_vendor_decision:
 * @self: a meeting
 * @source: (nullable): where the change came from (see
 *   buntan_decision_source_is_valid()), or %NULL when unknown
 * @party: (nullable): the vendor whose check changed, or %NULL for a change
 *   of the item itself
 * @time: when: an ISO 8601 date and time with offset
 * @item_id: the item that changed
 * @field: one of the BUNTAN_DECISION_* words; with @party, one that
 *   buntan_decision_field_is_check() accepts
 * @from: (nullable): the value before, or %NULL when unset
 * @to: (nullable): the value after, or %NULL when unset
 *
 * Appends a decision to the meeting's log. Empty values count as unset.
 */
void
buntan_meeting_add_vendor_decision (BuntanMeeting *self,
                                    const char    *source,
                                    const char    *party,
                                    const char    *time,
                                    const char    *item_id,
                                    const char    *field,
                                    const char    *from,
                                    const char    *to)
{
  Decision *decision;

  g_return_if_fail (BUNTAN_IS_MEETING (self));
  g_return_if_fail (source == NULL || buntan_decision_source_is_valid (source));
  g_return_if_fail (buntan_date_time_is_valid (time));
  g_return_if_fail (item_id != NULL && *item_id != '\0');
  g_return_if_fail (buntan_decision_field_is_valid (field));
  g_return_if_fail (party == NULL || (*party != '\0' && buntan_decision_field_is_check (field)));

  decision = g_new0 (Decision, 1);
  decision->public.time = g_strdup (time);
  decision->public.item_id = g_strdup (item_id);
  decision->public.field = g_strdup (field);
  decision->public.from = g_strdup (_buntan_null_if_empty (from));
  decision->public.to = g_strdup (_buntan_null_if_empty (to));
  decision->public.source = g_strdup (source);
  decision->public.party = g_strdup (party);
  g_ptr_array_add (self->decisions, decision);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DECISIONS]);
}

JsonObject *
_buntan_meeting_get_extra (BuntanMeeting *self)
{
  return self->extra;
}

void
_buntan_meeting_set_extra (BuntanMeeting *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

JsonObject *
_buntan_meeting_get_decision_extra (BuntanMeeting *self, guint index)
{
  Decision *decision = g_ptr_array_index (self->decisions, index);

  return decision->extra;
}

void
_buntan_meeting_set_decision_extra (BuntanMeeting *self, guint index, JsonObject *extra)
{
  Decision *decision = g_ptr_array_index (self->decisions, index);

  g_clear_pointer (&decision->extra, json_object_unref);
  decision->extra = extra != NULL ? json_object_ref (extra) : NULL;
}
