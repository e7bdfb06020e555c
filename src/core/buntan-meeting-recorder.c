/* buntan-meeting-recorder.c — the meetings of a project and the log of the one that goes on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-history-private.h"
#include "buntan-meeting-recorder.h"
#include "buntan-meeting-private.h"
#include "buntan-core-private.h"

struct _BuntanMeetingRecorder
{
  GObject parent_instance;

  /* The project's history, which tells of every change while a meeting
   * goes on. Referenced: the project may drop its history first. */
  BuntanHistory *history;
  /* Made when first needed: most projects never hold a meeting. */
  GListStore    *meetings;
  BuntanMeeting *active_meeting; /* held by the list */
  /* The history's saved state and position when the active meeting began:
   * a meeting that changed nothing puts them back. */
  gint  saved_before_meeting;
  guint position_before_meeting;
  /* Where the changes logged now come from; NULL means the window. */
  char *source;
};

G_DEFINE_FINAL_TYPE (BuntanMeetingRecorder, buntan_meeting_recorder, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GListStore *
ensure_meetings (BuntanMeetingRecorder *self)
{
  if (self->meetings == NULL)
    self->meetings = g_list_store_new (BUNTAN_TYPE_MEETING);

  return self->meetings;
}

/* The decision log's word for an item property, or NULL for properties
 * that are not part of the negotiation (texts, references). */
static const char *
decision_field (GParamSpec *pspec)
{
  static const struct
  {
    const char *property;
    const char *field;
  } fields[] = {
    { "status", BUNTAN_DECISION_STATUS },
    { "owner", BUNTAN_DECISION_OWNER },
    { "participants", BUNTAN_DECISION_PARTICIPANTS },
    { "first-check", BUNTAN_DECISION_FIRST_CHECK },
    { "first-check-date", BUNTAN_DECISION_FIRST_CHECK_DATE },
    { "completed", BUNTAN_DECISION_COMPLETED },
    { "clause", BUNTAN_DECISION_CLAUSE },
    { "note", BUNTAN_DECISION_NOTE },
    { "agreed-terms", BUNTAN_DECISION_AGREED_TERMS },
    { "target", BUNTAN_DECISION_TARGET },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (pspec->name, fields[i].property))
      return fields[i].field;

  return NULL;
}

/* The decision log's word for a vendor's check property: its answer and
 * dates are the item's first check, completion and target, per vendor, and
 * the date it agreed. */
static const char *
check_decision_field (GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "result"))
    return BUNTAN_DECISION_FIRST_CHECK;
  if (g_str_equal (pspec->name, "date"))
    return BUNTAN_DECISION_FIRST_CHECK_DATE;
  if (g_str_equal (pspec->name, "completed"))
    return BUNTAN_DECISION_COMPLETED;
  if (g_str_equal (pspec->name, "target"))
    return BUNTAN_DECISION_TARGET;
  /* Answers set it (同意); a vendor's agreement is part of the negotiation. */
  if (g_str_equal (pspec->name, "agreed"))
    return BUNTAN_DECISION_AGREED;
  return NULL;
}

/* A value as the file format writes it: enums as their words, lists joined
 * with ","; NULL when unset or empty. */
static char *
dup_decision_value (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (value));

      return enum_value != NULL ? g_strdup (enum_value->value_nick) : NULL;
    }

  if (type == G_TYPE_STRV)
    {
      const char *const *strv = g_value_get_boxed (value);

      return strv != NULL && strv[0] != NULL ? g_strjoinv (",", (char **) strv) : NULL;
    }

  if (type == G_TYPE_STRING)
    return g_strdup (_buntan_null_if_empty (g_value_get_string (value)));

  return NULL;
}

/* While a meeting goes on, the history tells of every change, undoing and
 * redoing included: the log says what happened, in the order it happened. */
static void
history_change_cb (GObject      *object,
                   GParamSpec   *pspec,
                   const GValue *old_value,
                   const GValue *new_value,
                   gpointer      user_data)
{
  BuntanMeetingRecorder *self = user_data;
  g_autofree char       *time = NULL;
  g_autofree char       *from = NULL;
  g_autofree char       *to = NULL;
  const char            *field = NULL;
  const char            *item_id = NULL;
  const char            *party = NULL;

  if (self->active_meeting == NULL)
    return;

  if (BUNTAN_IS_ITEM (object))
    {
      field = decision_field (pspec);
      item_id = buntan_item_get_id (BUNTAN_ITEM (object));
    }
  else if (BUNTAN_IS_CHECK (object))
    {
      field = check_decision_field (pspec);
      item_id = _buntan_check_get_item_id (BUNTAN_CHECK (object));
      /* The log's fields are the item's; the entry names whose answer
       * changed. */
      party = buntan_check_get_party (BUNTAN_CHECK (object));
    }
  if (field == NULL || item_id == NULL)
    return;

  from = dup_decision_value (old_value);
  to = dup_decision_value (new_value);

  time = buntan_date_time_now ();
  buntan_meeting_add_vendor_decision (self->active_meeting,
                                      self->source != NULL ? self->source
                                                           : BUNTAN_DECISION_SOURCE_WINDOW,
                                      party, time, item_id, field, from, to);

  /* The log is part of the file: undoing the change itself no longer
   * brings the project back to what was saved. */
  _buntan_history_forget_saved (self->history);
}

/* Meetings are content of the file but not steps of the history. */
static void
meetings_changed (BuntanMeetingRecorder *self)
{
  _buntan_history_forget_saved (self->history);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
buntan_meeting_recorder_dispose (GObject *object)
{
  BuntanMeetingRecorder *self = (BuntanMeetingRecorder *) object;

  if (self->active_meeting != NULL)
    _buntan_history_set_change_hook (self->history, NULL, NULL);
  self->active_meeting = NULL;

  G_OBJECT_CLASS (buntan_meeting_recorder_parent_class)->dispose (object);
}

static void
buntan_meeting_recorder_finalize (GObject *object)
{
  BuntanMeetingRecorder *self = (BuntanMeetingRecorder *) object;

  g_clear_object (&self->meetings);
  g_clear_object (&self->history);
  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (buntan_meeting_recorder_parent_class)->finalize (object);
}

static void
buntan_meeting_recorder_class_init (BuntanMeetingRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_meeting_recorder_dispose;
  object_class->finalize = buntan_meeting_recorder_finalize;

  /* A meeting began or ended: the project has unsaved changes. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
buntan_meeting_recorder_init (BuntanMeetingRecorder *self)
{
}

BuntanMeetingRecorder *
buntan_meeting_recorder_new (BuntanHistory *history)
{
  BuntanMeetingRecorder *self;

  g_return_val_if_fail (BUNTAN_IS_HISTORY (history), NULL);

  self = g_object_new (BUNTAN_TYPE_MEETING_RECORDER, NULL);
  self->history = g_object_ref (history);

  return self;
}

GListModel *
buntan_meeting_recorder_get_meetings (BuntanMeetingRecorder *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_RECORDER (self), NULL);

  return G_LIST_MODEL (ensure_meetings (self));
}

BuntanMeeting *
buntan_meeting_recorder_start (BuntanMeetingRecorder *self, const char *const *attendees)
{
  g_autoptr (BuntanMeeting) meeting = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (BUNTAN_IS_MEETING_RECORDER (self), NULL);

  if (self->active_meeting != NULL)
    buntan_meeting_recorder_end (self);

  self->saved_before_meeting = _buntan_history_get_saved_position (self->history);
  self->position_before_meeting = _buntan_history_get_position (self->history);
  now = buntan_date_time_now ();
  meeting = buntan_meeting_new (now, attendees);
  g_list_store_append (ensure_meetings (self), meeting);
  self->active_meeting = meeting;
  _buntan_history_set_change_hook (self->history, history_change_cb, self);
  meetings_changed (self);

  return self->active_meeting;
}

/**
 * buntan_meeting_recorder_end:
 * @self: a #BuntanMeetingRecorder
 *
 * Ends the meeting that goes on, if any.
 *
 * Returns: %TRUE when the meeting decided nothing and the history's saved
 *   state was put back (the owner then works out whether it is modified)
 */
gboolean
buntan_meeting_recorder_end (BuntanMeetingRecorder *self)
{
  g_autofree char *now = NULL;
  gboolean         decided;

  g_return_val_if_fail (BUNTAN_IS_MEETING_RECORDER (self), FALSE);

  if (self->active_meeting == NULL)
    return FALSE;

  now = buntan_date_time_now ();
  _buntan_history_set_change_hook (self->history, NULL, NULL);
  buntan_meeting_set_ended (self->active_meeting, now);
  decided = buntan_meeting_get_n_decisions (self->active_meeting) > 0;
  self->active_meeting = NULL;

  /* Nothing decided, nothing saved or changed meanwhile: the saved state
   * goes back to what it was, so an unmodified project stays unmodified.
   * The meeting stays in the list; it is written with the next save. */
  if (!decided && _buntan_history_get_saved_position (self->history) == -1 &&
      _buntan_history_get_position (self->history) == self->position_before_meeting)
    {
      _buntan_history_restore_saved (self->history, self->saved_before_meeting);
      return TRUE;
    }

  meetings_changed (self);
  return FALSE;
}

/**
 * buntan_meeting_recorder_end_dropping_empty:
 * @self: a #BuntanMeetingRecorder
 *
 * Ends the meeting that goes on, as buntan_meeting_recorder_end(), but one
 * that decided nothing leaves no trace: it is taken out of the list, and
 * the history's saved state is put back unless the project was saved
 * meanwhile. For a meeting made for a single action (importing answers)
 * rather than held by people.
 *
 * Returns: %TRUE when the meeting was dropped (the owner then works out
 *   whether it is modified)
 */
gboolean
buntan_meeting_recorder_end_dropping_empty (BuntanMeetingRecorder *self)
{
  BuntanMeeting *meeting;
  guint          position;

  g_return_val_if_fail (BUNTAN_IS_MEETING_RECORDER (self), FALSE);

  meeting = self->active_meeting;
  if (meeting == NULL || buntan_meeting_get_n_decisions (meeting) > 0)
    {
      buntan_meeting_recorder_end (self);
      return FALSE;
    }

  _buntan_history_set_change_hook (self->history, NULL, NULL);
  self->active_meeting = NULL;
  if (g_list_store_find (self->meetings, meeting, &position))
    g_list_store_remove (self->meetings, position);
  if (_buntan_history_get_saved_position (self->history) == -1)
    _buntan_history_restore_saved (self->history, self->saved_before_meeting);

  return TRUE;
}

BuntanMeeting *
buntan_meeting_recorder_get_active (BuntanMeetingRecorder *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_RECORDER (self), NULL);

  return self->active_meeting;
}

/* For the file reader: a meeting of the file, neither logged nor a change. */
void
buntan_meeting_recorder_append (BuntanMeetingRecorder *self, BuntanMeeting *meeting)
{
  g_return_if_fail (BUNTAN_IS_MEETING_RECORDER (self));
  g_return_if_fail (BUNTAN_IS_MEETING (meeting));

  g_list_store_append (ensure_meetings (self), meeting);
}

/* Changes logged until the next call come from @source (NULL: the window). */
void
buntan_meeting_recorder_set_source (BuntanMeetingRecorder *self, const char *source)
{
  g_return_if_fail (BUNTAN_IS_MEETING_RECORDER (self));
  g_return_if_fail (source == NULL || buntan_decision_source_is_valid (source));

  _buntan_replace_string (&self->source, source);
}
