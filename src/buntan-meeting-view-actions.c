/* buntan-meeting-view-actions.c — what the facilitator does in meeting mode:
 * the meeting.* actions, their keys, and typing a clause or a note in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-meeting-view-private.h"
#include "buntan-meeting-walk.h"

/* The actions that change the project or move through the walk: off in
 * follow mode, and without an item or a walk. */
static const char *const item_actions[] = {
  "meeting.owner",        "meeting.joint",     "meeting.participant",
  "meeting.status-cycle", "meeting.agree",     "meeting.first-check",
  "meeting.edit-clause",  "meeting.edit-note", "meeting.vendor-check",
};
static const char *const walk_actions[] = {
  "meeting.next",
  "meeting.previous",
  "meeting.next-gap",
};

static BuntanParty *
nth_party (BuntanMeetingView *self, int n)
{
  GListModel  *parties;
  BuntanParty *party;

  if (self->project == NULL || n < 1)
    return NULL;

  parties = buntan_project_get_parties (self->project);
  if ((guint) n > g_list_model_get_n_items (parties))
    return NULL;

  party = g_list_model_get_item (parties, (guint) n - 1);
  g_object_unref (party); /* the project keeps it */
  return party;
}

static void
move (BuntanMeetingView *self, int delta)
{
  int n = (int) self->items->len;
  int position = _buntan_meeting_view_walk_position (self);

  if (n == 0)
    return;

  /* From outside the walk, next is the first item and previous the last. */
  if (position < 0)
    position = delta > 0 ? -1 : n;

  /* Past either end the walk starts again at the other. */
  position = ((position + delta) % n + n) % n;
  buntan_meeting_view_set_item (self, g_ptr_array_index (self->items, position));
}

/* Editing the clause and the note in place --------------------------------- */

static void
show_editor (BuntanMeetingView *self, EditField field)
{
  gboolean clause = field == EDIT_CLAUSE;

  gtk_widget_set_visible (GTK_WIDGET (self->clause_label), field != EDIT_CLAUSE);
  gtk_widget_set_visible (GTK_WIDGET (self->clause_entry), field == EDIT_CLAUSE);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), field != EDIT_NOTE);
  gtk_widget_set_visible (GTK_WIDGET (self->note_view), field == EDIT_NOTE);

  if (field != EDIT_NONE)
    gtk_widget_grab_focus (clause ? GTK_WIDGET (self->clause_entry) : GTK_WIDGET (self->note_view));
}

static void
start_editing (BuntanMeetingView *self, EditField field)
{
  const char *text;

  if (self->item == NULL || self->editing == field)
    return;

  /* From the clause straight to the note: the clause is kept first. */
  _buntan_meeting_view_finish_editing (self);

  if (field == EDIT_CLAUSE)
    {
      text = buntan_item_get_clause (self->item);
      gtk_editable_set_text (GTK_EDITABLE (self->clause_entry), text != NULL ? text : "");
      gtk_editable_set_position (GTK_EDITABLE (self->clause_entry), -1);
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
      GtkTextIter    end;

      text = buntan_item_get_note (self->item);
      gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }

  self->editing = field;
  show_editor (self, field);
  _buntan_meeting_view_update_actions (self);
  _buntan_meeting_view_notify_editing (self);
}

/* Whatever ends the typing (Enter, Esc, another item, leaving) keeps what
 * was typed: nothing said in the meeting is lost. */
void
_buntan_meeting_view_finish_editing (BuntanMeetingView *self)
{
  EditField        field = self->editing;
  g_autofree char *text = NULL;

  if (field == EDIT_NONE)
    return;

  self->editing = EDIT_NONE;

  if (field == EDIT_CLAUSE)
    {
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->clause_entry)));
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
      GtkTextIter    start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  if (self->project != NULL)
    buntan_project_set_change_source (self->project, BUNTAN_DECISION_SOURCE_MEETING_KEY);
  if (self->item != NULL && field == EDIT_CLAUSE)
    buntan_item_set_clause (self->item, text);
  else if (self->item != NULL)
    buntan_item_set_note (self->item, text);
  if (self->project != NULL)
    buntan_project_set_change_source (self->project, NULL);

  show_editor (self, EDIT_NONE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  _buntan_meeting_view_update_actions (self);
  _buntan_meeting_view_update_item (self);
  _buntan_meeting_view_notify_editing (self);
}

static void
editor_activate_cb (BuntanMeetingView *self)
{
  _buntan_meeting_view_finish_editing (self);
}

static gboolean
editor_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       BuntanMeetingView     *self)
{
  gboolean note = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)) ==
                  GTK_WIDGET (self->note_view);

  if (keyval == GDK_KEY_Escape ||
      (note && (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) &&
       !(state & GDK_SHIFT_MASK)))
    {
      _buntan_meeting_view_finish_editing (self);
      return TRUE;
    }

  return FALSE;
}

static void
editor_focus_leave_cb (BuntanMeetingView *self)
{
  _buntan_meeting_view_finish_editing (self);
}

static void
add_editor_controllers (BuntanMeetingView *self, GtkWidget *editor)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* Before the text view takes Enter for a new line. */
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (editor_key_pressed_cb), self);
  gtk_widget_add_controller (editor, key);

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (editor_focus_leave_cb), self);
  gtk_widget_add_controller (editor, focus);
}

/* Actions -------------------------------------------------------------------- */

static void
move_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move (BUNTAN_MEETING_VIEW (widget), g_str_equal (action_name, "meeting.next") ? 1 : -1);
}

static void
next_gap_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  BuntanMatrix *gaps = self->overview != NULL ? buntan_overview_get_matrix (self->overview) : NULL;
  BuntanItem   *gap =
    gaps != NULL ? buntan_meeting_walk_find_gap (self->items, self->item, gaps) : NULL;

  if (gap != NULL)
    buntan_meeting_view_set_item (self, gap);
  else
    gtk_widget_error_bell (widget);
}

static void
owner_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  int                n = g_variant_get_int32 (parameter);
  BuntanParty       *party = nth_party (self, n);

  if (n != 0 && party == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  buntan_project_set_item_owner (self->project, self->item,
                                 party != NULL ? buntan_party_get_id (party) : NULL);
}

static void
joint_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);

  buntan_project_make_item_joint (self->project, self->item);
}

static void
participant_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  BuntanParty       *party = nth_party (self, g_variant_get_int32 (parameter));
  const char        *id = party != NULL ? buntan_party_get_id (party) : NULL;

  /* The owner leads the item; it cannot also merely support it. */
  if (party == NULL || (!buntan_item_is_joint (self->item) &&
                        g_strcmp0 (buntan_item_get_owner (self->item), id) == 0))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  buntan_item_set_participant (self->item, id, !buntan_item_has_participant (self->item, id));
}

static void
status_cycle_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  BuntanItemStatus   status = buntan_item_get_status (self->item);

  buntan_item_set_status (self->item, (status + 1) % BUNTAN_N_ITEM_STATUSES);
}

static void
agree_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  buntan_item_set_status (BUNTAN_MEETING_VIEW (widget)->item, BUNTAN_ITEM_STATUS_AGREED);
}

static gboolean
parse_answer (const char *answer, BuntanCheckResult *result)
{
  if (g_str_equal (answer, "yes"))
    *result = BUNTAN_CHECK_RESULT_YES;
  else if (g_str_equal (answer, "no"))
    *result = BUNTAN_CHECK_RESULT_NO;
  else
    return FALSE;
  return TRUE;
}

/* The vendors whose check an answer in this meeting may set: those that
 * confirm the item and that the meeting is held with, or every confirming
 * vendor when the meeting names none of them (a meeting with the hospital
 * alone, or one started before meetings had parties). */
GStrv
_buntan_meeting_view_dup_answering_vendors (BuntanMeetingView *self)
{
  g_auto (GStrv) confirming = buntan_check_summary_dup_vendors (self->item, self->project);
  BuntanMeeting     *meeting = buntan_project_get_active_meeting (self->project);
  const char *const *present = meeting != NULL ? buntan_meeting_get_parties (meeting) : NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; confirming[i] != NULL; i++)
    if (present != NULL && g_strv_contains (present, confirming[i]))
      {
        g_strv_builder_add (builder, confirming[i]);
        n++;
      }

  if (n == 0)
    return g_steal_pointer (&confirming);
  return g_strv_builder_end (builder);
}

static void
set_vendor_check (BuntanMeetingView *self, const char *party_id, BuntanCheckResult result)
{
  BuntanHistory   *history = buntan_project_get_history (self->project);
  g_autofree char *today = buntan_date_today ();
  BuntanCheck     *check;

  /* The answer is given today, in the meeting. */
  buntan_history_begin_group (history);
  check = buntan_item_ensure_check (self->item, party_id);
  buntan_check_set_result (check, result);
  buntan_check_set_date (check, today);
  buntan_history_end_group (history);
}

static void
vendor_chosen_cb (AdwMessageDialog *dialog, const char *response, BuntanMeetingView *self)
{
  BuntanCheckResult result;
  const char       *answer = g_object_get_data (G_OBJECT (dialog), "answer");

  if (g_str_equal (response, "cancel") || self->item == NULL || self->project == NULL ||
      !parse_answer (answer, &result))
    return;

  /* Chosen in meeting mode's own dialog, after the key that asked. */
  buntan_project_set_change_source (self->project, BUNTAN_DECISION_SOURCE_MEETING_KEY);
  set_vendor_check (self, response, result);
  buntan_project_set_change_source (self->project, NULL);
}

/* Digits choose the vendor with that number, as they choose owners. */
static gboolean
chooser_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        AdwMessageDialog      *dialog)
{
  GStrv vendors = g_object_get_data (G_OBJECT (dialog), "vendors");
  guint digit;

  if (keyval < GDK_KEY_1 || keyval > GDK_KEY_9)
    return FALSE;
  digit = keyval - GDK_KEY_1;
  if (digit >= g_strv_length (vendors))
    return FALSE;

  adw_message_dialog_response (dialog, vendors[digit]);
  gtk_window_close (GTK_WINDOW (dialog));
  return TRUE;
}

/* Several vendors confirm the item with this meeting: ask whose answer it
 * is rather than guess. */
static void
choose_vendor (BuntanMeetingView *self, GStrv vendors, const char *answer)
{
  GtkRoot            *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog   *dialog;
  GtkEventController *keys;
  BuntanCheckResult   result = BUNTAN_CHECK_RESULT_UNSET;

  parse_answer (answer, &result);
  dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, NULL, NULL));
  /* TRANSLATORS: the first-check answer about to be recorded: "Whose answer is “Yes”?" */
  adw_message_dialog_format_heading (dialog, _ ("Whose answer is “%s”?"),
                                     buntan_check_result_get_label (result));
  adw_message_dialog_set_body (dialog, _ ("Several vendors confirm this item. Choose with the "
                                          "arrow keys and Enter, or type the vendor's number."));
  adw_message_dialog_add_response (dialog, "cancel", _ ("_Cancel"));
  for (guint i = 0; vendors[i] != NULL; i++)
    {
      BuntanParty     *party = buntan_project_find_party (self->project, vendors[i]);
      g_autofree char *label =
        g_strdup_printf ("_%u %s", i + 1,
                         party != NULL ? buntan_party_get_short_name (party) : vendors[i]);

      adw_message_dialog_add_response (dialog, vendors[i], label);
    }
  adw_message_dialog_set_default_response (dialog, vendors[0]);
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "vendors", g_strdupv (vendors),
                          (GDestroyNotify) g_strfreev);
  g_object_set_data_full (G_OBJECT (dialog), "answer", g_strdup (answer), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (vendor_chosen_cb), self, 0);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (chooser_key_pressed_cb), dialog);
  gtk_widget_add_controller (GTK_WIDGET (dialog), keys);

  g_clear_weak_pointer (&self->vendor_chooser);
  g_set_weak_pointer (&self->vendor_chooser, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
first_check_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  BuntanHistory     *history = buntan_project_get_history (self->project);
  const char        *answer = g_variant_get_string (parameter, NULL);
  g_autofree char   *today = NULL;
  g_auto (GStrv) vendors = NULL;
  BuntanCheckResult result;

  if (!parse_answer (answer, &result))
    return;

  /* An item that vendors confirm holds one answer per vendor. */
  vendors = _buntan_meeting_view_dup_answering_vendors (self);
  if (vendors[0] != NULL && vendors[1] == NULL)
    {
      set_vendor_check (self, vendors[0], result);
      return;
    }
  if (vendors[0] != NULL)
    {
      choose_vendor (self, vendors, answer);
      return;
    }

  /* The answer is given today, in the meeting. */
  today = buntan_date_today ();
  buntan_history_begin_group (history);
  buntan_item_set_first_check (self->item, result);
  buntan_item_set_first_check_date (self->item, today);
  buntan_history_end_group (history);
}

/* One vendor's answer, named: what the chooser and the tests use. */
static void
vendor_check_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  const char        *party_id = NULL;
  const char        *answer = NULL;
  g_auto (GStrv) confirming = NULL;
  BuntanCheckResult result;

  g_variant_get (parameter, "(&s&s)", &party_id, &answer);
  if (!parse_answer (answer, &result))
    return;
  confirming = buntan_item_dup_confirming_parties (self->item, self->project);
  if (!g_strv_contains ((const char *const *) confirming, party_id))
    return;

  set_vendor_check (self, party_id, result);
}

static void
edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  start_editing (BUNTAN_MEETING_VIEW (widget),
                 g_str_equal (action_name, "meeting.edit-clause") ? EDIT_CLAUSE : EDIT_NOTE);
}

static void
finish_edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _buntan_meeting_view_finish_editing (BUNTAN_MEETING_VIEW (widget));
}

static void
walk_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);

  if (g_str_equal (action_name, "meeting.walk-cycle"))
    {
      g_autofree char *next = buntan_meeting_walk_next (self->project, self->walk);

      buntan_meeting_view_set_walk (self, next);
    }
  else
    {
      buntan_meeting_view_set_walk (self, g_variant_get_string (parameter, NULL));
    }
}

static void
toggle_guidance_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);

  buntan_meeting_view_set_show_guidance (self, !self->show_guidance);
}

static void
zoom_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);

  if (g_str_equal (action_name, "meeting.zoom-in"))
    buntan_meeting_view_set_zoom (self, MIN (self->zoom + 1, BUNTAN_MEETING_VIEW_N_ZOOMS - 1));
  else if (g_str_equal (action_name, "meeting.zoom-out"))
    buntan_meeting_view_set_zoom (self, self->zoom > 0 ? self->zoom - 1 : 0);
  else
    buntan_meeting_view_set_zoom (self, BUNTAN_MEETING_VIEW_DEFAULT_ZOOM);
}

static void
leave_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);

  _buntan_meeting_view_finish_editing (self);
  _buntan_meeting_view_emit_leave (self);
}

/* Keys ----------------------------------------------------------------------- */

/* The digit on the key pressed, also with Shift held (which gives "!" or
 * "\"" on most layouts), or -1. */
static int
key_digit (GtkEventControllerKey *controller, guint keyval, guint keycode)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GdkEvent  *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  g_autofree GdkKeymapKey *keys = NULL;
  g_autofree guint        *keyvals = NULL;
  int                      n = 0;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);

  if (event == NULL ||
      !gdk_display_map_keycode (gtk_widget_get_display (widget), keycode, &keys, &keyvals, &n))
    return -1;

  for (int i = 0; i < n; i++)
    if (keys[i].group == (int) gdk_key_event_get_layout (event) && keys[i].level == 0 &&
        keyvals[i] >= GDK_KEY_0 && keyvals[i] <= GDK_KEY_9)
      return (int) (keyvals[i] - GDK_KEY_0);

  return -1;
}

static gboolean
handle_key (GtkEventControllerKey *controller,
            guint                  keyval,
            guint                  keycode,
            GdkModifierType        state,
            BuntanMeetingView     *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean   control = (state & GDK_CONTROL_MASK) != 0;
  int        digit;

  /* Typing a clause or a note: the keys are letters. */
  if (self->editing != EDIT_NONE || (state & (GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      return gtk_widget_activate_action (widget, "meeting.previous", NULL);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      return gtk_widget_activate_action (widget, "meeting.next", NULL);
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      return gtk_widget_activate_action (widget, "meeting.zoom-in", NULL);
    case GDK_KEY_minus:
    case GDK_KEY_underscore:
    case GDK_KEY_KP_Subtract:
      return gtk_widget_activate_action (widget, "meeting.zoom-out", NULL);
    case GDK_KEY_Escape:
      return gtk_widget_activate_action (widget, "meeting.leave", NULL);
    default:
      break;
    }

  digit = key_digit (controller, keyval, keycode);
  if (digit >= 0)
    {
      if (control)
        return digit == 0 && gtk_widget_activate_action (widget, "meeting.zoom-reset", NULL);
      if (shift)
        return digit > 0 && gtk_widget_activate_action (widget, "meeting.participant", "i", digit);
      return gtk_widget_activate_action (widget, "meeting.owner", "i", digit);
    }

  /* Ctrl+S and the like belong to the window. */
  if (control)
    return FALSE;

  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_j:
      return gtk_widget_activate_action (widget, "meeting.joint", NULL);
    case GDK_KEY_s:
      return gtk_widget_activate_action (widget, "meeting.status-cycle", NULL);
    case GDK_KEY_a:
      return gtk_widget_activate_action (widget, "meeting.agree", NULL);
    case GDK_KEY_y:
      return gtk_widget_activate_action (widget, "meeting.first-check", "s", "yes");
    case GDK_KEY_n:
      return gtk_widget_activate_action (widget, "meeting.first-check", "s", "no");
    case GDK_KEY_c:
      return gtk_widget_activate_action (widget, "meeting.edit-clause", NULL);
    case GDK_KEY_m:
      return gtk_widget_activate_action (widget, "meeting.edit-note", NULL);
    case GDK_KEY_g:
      return gtk_widget_activate_action (widget, "meeting.next-gap", NULL);
    case GDK_KEY_r:
      return gtk_widget_activate_action (widget, "meeting.toggle-guidance", NULL);
    case GDK_KEY_w:
      return gtk_widget_activate_action (widget, "meeting.walk-cycle", NULL);
    default:
      return FALSE;
    }
}

/* What a key changes is logged as coming from meeting mode's keys. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BuntanMeetingView     *self)
{
  g_autoptr (BuntanProject) project = self->project != NULL ? g_object_ref (self->project) : NULL;
  gboolean handled;

  if (project != NULL)
    buntan_project_set_change_source (project, BUNTAN_DECISION_SOURCE_MEETING_KEY);
  handled = handle_key (controller, keyval, keycode, state, self);
  if (project != NULL)
    buntan_project_set_change_source (project, NULL);

  return handled;
}

/* Set-up ---------------------------------------------------------------------- */

void
_buntan_meeting_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, editor_activate_cb);

  gtk_widget_class_install_action (widget_class, "meeting.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "meeting.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "meeting.next-gap", NULL, next_gap_action);
  gtk_widget_class_install_action (widget_class, "meeting.owner", "i", owner_action);
  gtk_widget_class_install_action (widget_class, "meeting.joint", NULL, joint_action);
  gtk_widget_class_install_action (widget_class, "meeting.participant", "i", participant_action);
  gtk_widget_class_install_action (widget_class, "meeting.status-cycle", NULL, status_cycle_action);
  gtk_widget_class_install_action (widget_class, "meeting.agree", NULL, agree_action);
  gtk_widget_class_install_action (widget_class, "meeting.first-check", "s", first_check_action);
  gtk_widget_class_install_action (widget_class, "meeting.vendor-check", "(ss)",
                                   vendor_check_action);
  gtk_widget_class_install_action (widget_class, "meeting.edit-clause", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.edit-note", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.finish-edit", NULL, finish_edit_action);
  gtk_widget_class_install_action (widget_class, "meeting.walk", "s", walk_action);
  gtk_widget_class_install_action (widget_class, "meeting.walk-cycle", NULL, walk_action);
  gtk_widget_class_install_action (widget_class, "meeting.toggle-guidance", NULL,
                                   toggle_guidance_action);
  gtk_widget_class_install_action (widget_class, "meeting.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "meeting.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "meeting.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "meeting.leave", NULL, leave_action);
}

void
_buntan_meeting_view_init_actions (BuntanMeetingView *self)
{
  GtkEventController *keys;

  /* Capture: before a scrolled window takes the arrows and Page keys. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  add_editor_controllers (self, GTK_WIDGET (self->clause_entry));
  add_editor_controllers (self, GTK_WIDGET (self->note_view));
}

void
_buntan_meeting_view_update_actions (BuntanMeetingView *self)
{
  gboolean can_edit = !self->follow && self->project != NULL && self->item != NULL;
  gboolean can_walk = !self->follow && self->items->len > 0;

  for (guint i = 0; i < G_N_ELEMENTS (item_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), item_actions[i], can_edit);
  for (guint i = 0; i < G_N_ELEMENTS (walk_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), walk_actions[i], can_walk);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.finish-edit",
                                 self->editing != EDIT_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.walk",
                                 !self->follow && self->project != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.walk-cycle",
                                 !self->follow && self->project != NULL);
}
