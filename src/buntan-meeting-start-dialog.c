/* buntan-meeting-start-dialog.c — who takes part, and which items to go through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-meeting-start-dialog.h"
#include "buntan-meeting-walk.h"

struct _BuntanMeetingStartDialog
{
  AdwMessageDialog parent_instance;

  char       **walks;
  GtkTextView *attendees_view;
  GtkDropDown *walk_drop_down;
  /* One check button per vendor, its party id in the "party-id" data. */
  GtkWidget *vendors_box;
  GPtrArray *vendor_checks;
};

G_DEFINE_FINAL_TYPE (BuntanMeetingStartDialog, buntan_meeting_start_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GtkWidget *
heading_new (const char *text, GtkWidget *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/* Enter starts the meeting, as in any dialog with a default button; a name
 * per line needs Shift+Enter. */
static gboolean
attendees_key_pressed_cb (BuntanMeetingStartDialog *self,
                          guint                     keyval,
                          guint                     keycode,
                          GdkModifierType           state)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  if (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK))
    {
      if (!(state & GDK_SHIFT_MASK))
        return FALSE;
      /* The text view would take Shift+Enter as Enter anyway: a new line. */
      gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (self->attendees_view), "\n", 1);
      return TRUE;
    }

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "start");
  return TRUE;
}

/* The vendors the meeting is held with, so meeting mode knows whose checks
 * its keys set; those of the last meeting are checked, as its attendees
 * are filled in. */
static void
add_vendor_checks (BuntanMeetingStartDialog *self, BuntanProject *project, const char *const *last)
{
  GListModel *parties = buntan_project_get_parties (project);
  guint       n = g_list_model_get_n_items (parties);
  GtkWidget  *heading = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      const char *name = buntan_party_get_name (party);
      GtkWidget  *check;

      if (buntan_party_is_hospital (party))
        continue;

      check = gtk_check_button_new_with_label (*name != '\0' ? name : buntan_party_get_id (party));
      g_object_set_data_full (G_OBJECT (check), "party-id", g_strdup (buntan_party_get_id (party)),
                              g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   last != NULL &&
                                     g_strv_contains (last, buntan_party_get_id (party)));
      if (heading == NULL)
        {
          /* The heading's mnemonic goes to the first vendor. */
          heading = heading_new (_ ("Held _with (vendors)"), check);
          gtk_box_append (GTK_BOX (self->vendors_box), heading);
        }
      gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      heading, NULL, -1);
      gtk_box_append (GTK_BOX (self->vendors_box), check);
      g_ptr_array_add (self->vendor_checks, check);
    }
}

static void
buntan_meeting_start_dialog_finalize (GObject *object)
{
  BuntanMeetingStartDialog *self = (BuntanMeetingStartDialog *) object;

  g_strfreev (self->walks);
  g_clear_pointer (&self->vendor_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_meeting_start_dialog_parent_class)->finalize (object);
}

static void
buntan_meeting_start_dialog_class_init (BuntanMeetingStartDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = buntan_meeting_start_dialog_finalize;
}

static void
buntan_meeting_start_dialog_init (BuntanMeetingStartDialog *self)
{
  AdwMessageDialog   *dialog = ADW_MESSAGE_DIALOG (self);
  GtkWidget          *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget          *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys;

  adw_message_dialog_set_heading (dialog, _ ("Start Meeting Mode"));
  adw_message_dialog_set_body (dialog,
                               _ ("The items are shown one at a time in large type, full screen. "
                                  "Every change made until you leave (Esc) is recorded with its "
                                  "time in the project's decision log."));
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "start", _ ("_Start"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "start");
  adw_message_dialog_set_close_response (dialog, "cancel");

  self->attendees_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->attendees_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->attendees_view, FALSE);
  gtk_text_view_set_top_margin (self->attendees_view, 6);
  gtk_text_view_set_bottom_margin (self->attendees_view, 6);
  gtk_text_view_set_left_margin (self->attendees_view, 6);
  gtk_text_view_set_right_margin (self->attendees_view, 6);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->attendees_view));
  keys = gtk_event_controller_key_new ();
  /* Before the text view, which would add a line. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (attendees_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->attendees_view), keys);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 110);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "card");

  self->walk_drop_down = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));

  gtk_box_append (GTK_BOX (box),
                  heading_new (_ ("_Attendees, one per line (Shift+Enter; optional)"),
                               GTK_WIDGET (self->attendees_view)));
  gtk_box_append (GTK_BOX (box), scroller);
  self->vendors_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->vendor_checks = g_ptr_array_new ();
  gtk_box_append (GTK_BOX (box), self->vendors_box);
  gtk_box_append (GTK_BOX (box),
                  heading_new (_ ("_Go through"), GTK_WIDGET (self->walk_drop_down)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->walk_drop_down));
  adw_message_dialog_set_extra_child (dialog, box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attendees_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Attendees"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->walk_drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Go through"), -1);
}

/**
 * buntan_meeting_start_dialog_new:
 * @parent: the window the dialog belongs to
 * @project: the project the meeting is about
 * @walk: (nullable): the walk chosen at first
 *
 * The attendees of the project's last meeting are filled in: the same
 * people usually meet again.
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
BuntanMeetingStartDialog *
buntan_meeting_start_dialog_new (GtkWindow *parent, BuntanProject *project, const char *walk)
{
  BuntanMeetingStartDialog *self;
  GListModel               *meetings;
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  guint n;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  self =
    g_object_new (BUNTAN_TYPE_MEETING_START_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  self->walks = buntan_meeting_walk_list (project);
  for (guint i = 0; self->walks[i] != NULL; i++)
    {
      g_autofree char *label = buntan_meeting_walk_dup_label (project, self->walks[i]);

      gtk_string_list_append (labels, label);
    }
  gtk_drop_down_set_model (self->walk_drop_down, G_LIST_MODEL (labels));
  for (guint i = 0; self->walks[i] != NULL; i++)
    if (g_strcmp0 (self->walks[i], walk) == 0)
      gtk_drop_down_set_selected (self->walk_drop_down, i);

  meetings = buntan_project_get_meetings (project);
  n = g_list_model_get_n_items (meetings);
  if (n > 0)
    {
      g_autoptr (BuntanMeeting) last = g_list_model_get_item (meetings, n - 1);
      g_autofree char *names = g_strjoinv ("\n", (char **) buntan_meeting_get_attendees (last));

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->attendees_view), names, -1);
      add_vendor_checks (self, project, buntan_meeting_get_parties (last));
    }
  else
    {
      add_vendor_checks (self, project, NULL);
    }

  return self;
}

/**
 * buntan_meeting_start_dialog_dup_attendees:
 * @self: a start dialog
 *
 * Returns: (transfer full): the lines typed, blank ones left out
 */
char **
buntan_meeting_start_dialog_dup_attendees (BuntanMeetingStartDialog *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  GtkTextBuffer   *buffer;
  GtkTextIter      start, end;
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  g_return_val_if_fail (BUNTAN_IS_MEETING_START_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->attendees_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);

  return g_strv_builder_end (builder);
}

/**
 * buntan_meeting_start_dialog_get_walk:
 * @self: a start dialog
 *
 * Returns: the walk chosen (see buntan-meeting-walk.h)
 */
const char *
buntan_meeting_start_dialog_get_walk (BuntanMeetingStartDialog *self)
{
  guint selected;

  g_return_val_if_fail (BUNTAN_IS_MEETING_START_DIALOG (self), NULL);

  selected = gtk_drop_down_get_selected (self->walk_drop_down);
  if (selected >= g_strv_length (self->walks))
    return BUNTAN_MEETING_WALK_PART2;

  return self->walks[selected];
}

/**
 * buntan_meeting_start_dialog_dup_parties:
 * @self: a start dialog
 *
 * Returns: (transfer full): the ids of the vendors checked, in the
 *   project's order
 */
char **
buntan_meeting_start_dialog_dup_parties (BuntanMeetingStartDialog *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (BUNTAN_IS_MEETING_START_DIALOG (self), NULL);

  for (guint i = 0; i < self->vendor_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->vendor_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), "party-id"));
    }

  return g_strv_builder_end (builder);
}
