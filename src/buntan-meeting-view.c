/* buntan-meeting-view.c — one item at a time in large type, driven from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-meeting-view.h"
#include "buntan-meeting-walk.h"
#include "buntan-view-util.h"

/* The first nine parties have a key each (1–9, Shift+1–9). */
#define N_PARTY_KEYS 9

/* The size classes of buntan-meeting.css; the default zoom is size-8 on a
 * 1920×1080 screen, and up to four sizes smaller on smaller ones. */
#define N_SIZES 12
#define MAX_FIT_STEPS 4
#define MAX_GROW_STEPS 3
#define FULL_HD_WIDTH 1920.0
#define FULL_HD_HEIGHT 1080.0

typedef enum
{
  EDIT_NONE,
  EDIT_CLAUSE,
  EDIT_NOTE,
} EditField;

struct _BuntanMeetingView
{
  GtkWidget parent_instance;

  BuntanProject *project;
  /* The counts of the progress line and the current item's gap: refreshed
   * once a burst of changes is over. */
  BuntanViewWatch watch;
  BuntanOverview *overview; /* the window's, or one of its own */
  guint           n_agreed;
  guint           n_gaps;

  char       *walk;
  GPtrArray  *items; /* the walk, fixed when it starts */
  BuntanItem *item;
  gboolean    follow;
  gboolean    show_guidance;
  guint       zoom;
  int         fit_steps; /* how much smaller than 1920×1080 the view is (< 0: larger) */
  guint       size;      /* the size class shown */
  guint       fit_idle_id;
  EditField   editing;

  GtkLabel          *number_label;
  GtkLabel          *progress_label;
  GtkLabel          *title_label;
  GtkLabel          *gap_label;
  GtkStack          *content_stack;
  GtkScrolledWindow *text_scroller;
  GtkLabel          *content_label;
  GtkWidget         *guidance_box;
  GtkLabel          *risk_label;
  GtkLabel          *recommended_label;
  GtkLabel          *owner_label;
  GtkBox            *parties_box;
  GtkLabel          *status_label;
  GtkLabel          *first_check_label;
  GtkLabel          *clause_label;
  GtkEntry          *clause_entry;
  GtkLabel          *note_label;
  GtkTextView       *note_view;
  GtkFlowBox        *legend_box;
  AdwStatusPage     *empty_page;
};

G_DEFINE_FINAL_TYPE (BuntanMeetingView, buntan_meeting_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_ITEM,
  PROP_WALK,
  PROP_FOLLOW,
  PROP_SHOW_GUIDANCE,
  PROP_ZOOM,
  PROP_EDITING,
  N_PROPS
};

enum
{
  LEAVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The actions that change the project or move through the walk: off in
 * follow mode, and without an item or a walk. */
static const char *const item_actions[] = {
  "meeting.owner", "meeting.joint",       "meeting.participant", "meeting.status-cycle",
  "meeting.agree", "meeting.first-check", "meeting.edit-clause", "meeting.edit-note",
};
static const char *const walk_actions[] = {
  "meeting.next",
  "meeting.previous",
  "meeting.next-gap",
};

static void
ensure_style (void)
{
  static GtkCssProvider *provider = NULL;
  GdkDisplay            *display = gdk_display_get_default ();

  if (provider != NULL || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/buntan-meeting.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

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

static const char *
party_label (BuntanParty *party)
{
  return buntan_view_party_label (buntan_party_get_name (party), buntan_party_get_kind (party));
}

static const char *
party_label_for_id (BuntanMeetingView *self, const char *id)
{
  BuntanParty *party = buntan_project_find_party (self->project, id);

  return party != NULL ? party_label (party) : id;
}

static int
walk_position (BuntanMeetingView *self)
{
  guint position;

  if (self->item != NULL && g_ptr_array_find (self->items, self->item, &position))
    return (int) position;

  return -1;
}

static char *
text_or_dash (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "—");
}

/* Size ------------------------------------------------------------------------ */

/* Shows the size class for the zoom and the view's size. */
static void
update_size (BuntanMeetingView *self)
{
  int size = (int) self->zoom + (N_SIZES - BUNTAN_MEETING_VIEW_N_ZOOMS) - self->fit_steps;
  g_autofree char *old_class = NULL;
  g_autofree char *new_class = NULL;

  size = CLAMP (size, 0, N_SIZES + MAX_GROW_STEPS - 1);
  if ((guint) size == self->size)
    return;

  old_class = g_strdup_printf ("size-%u", self->size);
  new_class = g_strdup_printf ("size-%d", size);
  gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
  gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
  self->size = (guint) size;
}

static gboolean
fit_idle_cb (gpointer data)
{
  BuntanMeetingView *self = data;

  self->fit_idle_id = 0;
  update_size (self);
  return G_SOURCE_REMOVE;
}

/* The same picture on any screen: a projector of 1024×768 shows what one of
 * 1920×1080 shows, in proportionally smaller type, a 3840×2160 screen in
 * larger type. */
static int
fit_steps_for (int width, int height)
{
  double scale = MIN (width / FULL_HD_WIDTH, height / FULL_HD_HEIGHT);

  if (scale >= 1.8)
    return -MAX_GROW_STEPS;
  if (scale >= 1.4)
    return -2;
  if (scale >= 1.15)
    return -1;
  if (scale >= 0.93)
    return 0;
  if (scale >= 0.82)
    return 1;
  if (scale >= 0.70)
    return 2;
  if (scale >= 0.60)
    return 3;
  return MAX_FIT_STEPS;
}

static GtkSizeRequestMode
buntan_meeting_view_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
buntan_meeting_view_measure (GtkWidget     *widget,
                             GtkOrientation orientation,
                             int            for_size,
                             int           *minimum,
                             int           *natural,
                             int           *minimum_baseline,
                             int           *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static void
buntan_meeting_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  GtkWidget         *child = gtk_widget_get_first_child (widget);
  int                steps = fit_steps_for (width, height);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* A new style now would change sizes in the middle of the allocation. */
  if (steps != self->fit_steps)
    {
      self->fit_steps = steps;
      if (self->fit_idle_id == 0)
        self->fit_idle_id = g_idle_add (fit_idle_cb, self);
    }
}

/* Display ------------------------------------------------------------------ */

static void
update_progress (BuntanMeetingView *self)
{
  g_autofree char *progress = buntan_meeting_view_dup_progress (self);

  gtk_label_set_text (self->progress_label, progress);
}

static void
update_gap (BuntanMeetingView *self)
{
  GPtrArray *gaps = self->overview != NULL ? buntan_overview_get_gaps (self->overview) : NULL;
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; gaps != NULL && self->item != NULL && i < gaps->len; i++)
    {
      BuntanGap       *gap = g_ptr_array_index (gaps, i);
      g_autofree char *sentence = NULL;

      if (g_strcmp0 (buntan_gap_get_item_id (gap), buntan_item_get_id (self->item)) != 0)
        continue;

      /* In a few words: the item's number and title are on screen already. */
      sentence = buntan_gap_describe (gap, BUNTAN_GAP_TEXT_SHORT);
      g_string_append_printf (text, "%s⚠ %s", text->len > 0 ? "\n" : "", sentence);
    }

  gtk_label_set_text (self->gap_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->gap_label), text->len > 0);
}

static GtkWidget *
party_row_new (BuntanMeetingView *self, BuntanParty *party, guint key)
{
  BuntanMark       mark = buntan_item_get_mark (self->item, buntan_party_get_id (party));
  g_autofree char *key_text = key <= N_PARTY_KEYS ? g_strdup_printf ("%u", key) : g_strdup ("");
  GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *key_label = gtk_label_new (key_text);
  GtkWidget       *name = gtk_label_new (party_label (party));
  GtkWidget       *mark_label = gtk_label_new (mark == BUNTAN_MARK_LEAD      ? "◎"
                                               : mark == BUNTAN_MARK_SUPPORT ? "○"
                                                                             : "");
  const char      *role = mark == BUNTAN_MARK_LEAD      ? _ ("Lead")
                          : mark == BUNTAN_MARK_SUPPORT ? _ ("Supporting")
                                                        : NULL;

  gtk_widget_add_css_class (row, "meeting-party");
  if (mark == BUNTAN_MARK_LEAD)
    gtk_widget_add_css_class (row, "lead");
  else if (mark == BUNTAN_MARK_SUPPORT)
    gtk_widget_add_css_class (row, "support");

  gtk_widget_add_css_class (key_label, "meeting-party-key");
  gtk_widget_add_css_class (key_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (key_label), 0);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (mark_label, "meeting-party-mark");

  gtk_box_append (GTK_BOX (row), key_label);
  gtk_box_append (GTK_BOX (row), mark_label);
  gtk_box_append (GTK_BOX (row), name);

  /* A screen reader hears the key, the name and the role, not the marks. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  role != NULL ? role : "", -1);
  return row;
}

static void
update_parties (BuntanMeetingView *self)
{
  GtkWidget  *child;
  GListModel *parties;
  guint       n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->parties_box))) != NULL)
    gtk_box_remove (self->parties_box, child);

  if (self->project == NULL || self->item == NULL)
    return;

  parties = buntan_project_get_parties (self->project);
  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      gtk_box_append (self->parties_box, party_row_new (self, party, i + 1));
    }
}

static char *
dup_owner_text (BuntanMeetingView *self)
{
  const char        *owner = buntan_item_get_owner (self->item);
  const char *const *participants;
  g_autoptr (GString) names = NULL;

  if (owner == NULL)
    return g_strdup (_ ("Undecided"));

  if (!buntan_item_is_joint (self->item))
    return g_strdup (party_label_for_id (self, owner));

  participants = buntan_item_get_participants (self->item);
  if (participants == NULL || participants[0] == NULL)
    return g_strdup (_ ("Joint"));

  names = g_string_new (NULL);
  for (guint i = 0; participants[i] != NULL; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between the names of the parties sharing an item */
        g_string_append (names, _ (", "));
      g_string_append (names, party_label_for_id (self, participants[i]));
    }

  /* TRANSLATORS: a joint item and the parties sharing it */
  return g_strdup_printf (_ ("Joint (%s)"), names->str);
}

static void
update_item (BuntanMeetingView *self)
{
  BuntanItem       *item = self->item;
  g_autofree char  *number = NULL;
  g_autofree char  *owner = NULL;
  g_autofree char  *check = NULL;
  g_autofree char  *clause = NULL;
  g_autofree char  *note = NULL;
  g_autofree char  *content = NULL;
  g_autofree char  *risk = NULL;
  g_autofree char  *recommended = NULL;
  BuntanCheckResult result;
  const char       *check_date;

  gtk_stack_set_visible_child_name (self->content_stack, item != NULL ? "item" : "empty");
  update_progress (self);
  update_gap (self);

  if (item == NULL)
    {
      gtk_label_set_text (self->number_label, "");
      gtk_label_set_text (self->title_label, "");
      update_parties (self);
      return;
    }

  /* TRANSLATORS: the item's place: "Part 2 · A-3 Common measures" */
  number = g_strdup_printf (_ ("Part %u · %s-%s  %s"), buntan_item_get_part (item),
                            buntan_item_get_section (item), buntan_item_get_number (item),
                            buntan_item_get_section_title (item) != NULL
                              ? buntan_item_get_section_title (item)
                              : "");
  gtk_label_set_text (self->number_label, g_strchomp (number));
  gtk_label_set_text (self->title_label, buntan_item_get_title (item));

  content = text_or_dash (buntan_item_get_content (item));
  risk = text_or_dash (buntan_item_get_risk (item));
  recommended = text_or_dash (buntan_item_get_recommended (item));
  gtk_label_set_text (self->content_label, content);
  gtk_label_set_text (self->risk_label, risk);
  gtk_label_set_text (self->recommended_label, recommended);

  owner = dup_owner_text (self);
  gtk_label_set_text (self->owner_label, owner);
  if (buntan_item_get_owner (item) == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->owner_label), "undecided");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->owner_label), "undecided");
  update_parties (self);

  gtk_label_set_text (self->status_label,
                      buntan_item_status_get_label (buntan_item_get_status (item)));
  if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "agreed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "agreed");

  result = buntan_item_get_first_check (item);
  check_date = buntan_item_get_first_check_date (item);
  if (check_date != NULL)
    /* TRANSLATORS: the answer at the first check and its date: "Yes · 2026-11-03" */
    check = g_strdup_printf (_ ("%s · %s"), buntan_check_result_get_label (result), check_date);
  else
    check = g_strdup (buntan_check_result_get_label (result));
  gtk_label_set_text (self->first_check_label, check);

  clause = text_or_dash (buntan_item_get_clause (item));
  note = text_or_dash (buntan_item_get_note (item));
  gtk_label_set_text (self->clause_label, clause);
  gtk_label_set_text (self->note_label, note);
}

/* Each hint is one label that never wraps; the flow box wraps between them,
 * so a narrow screen breaks the footer between hints, never inside a word. */
static void
set_legend (BuntanMeetingView *self, const char *const *hints)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))) != NULL)
    gtk_flow_box_remove (self->legend_box, child);

  for (guint i = 0; hints[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (_ (hints[i]));

      gtk_widget_add_css_class (label, "meeting-hint");
      gtk_flow_box_append (self->legend_box, label);
      /* The keys are read, not visited: Tab stays with the item. */
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
}

static void
update_legend (BuntanMeetingView *self)
{
  static const char *const follow_hints[] = {
    N_ ("F11 Full screen"),
    N_ ("R Risk and recommended practice"),
    N_ ("+ − Zoom"),
    N_ ("Esc Leave full screen"),
    NULL,
  };
  static const char *const meeting_hints[] = {
    N_ ("← → Previous, next"),
    N_ ("1–9 Owner"),
    N_ ("0 Undecided"),
    N_ ("J Joint"),
    N_ ("Shift+1–9 Participants"),
    N_ ("S Status"),
    N_ ("A Agreed"),
    N_ ("Y N First check"),
    N_ ("C Clause"),
    N_ ("M Note"),
    N_ ("G Next gap"),
    N_ ("R Risk and recommended practice"),
    N_ ("W Walk"),
    N_ ("+ − Zoom"),
    N_ ("Esc Leave"),
    NULL,
  };

  if (self->follow)
    {
      set_legend (self, follow_hints);
      adw_status_page_set_title (self->empty_page, _ ("No Item Selected"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("The item chosen in the main window shows here."));
    }
  else
    set_legend (self, meeting_hints);
}

static void
update_actions (BuntanMeetingView *self)
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

static void
rebuild_cb (gpointer data)
{
  BuntanMeetingView *self = data;

  self->n_agreed = self->n_gaps = 0;

  if (self->overview != NULL)
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          BuntanItem *item = g_ptr_array_index (self->items, i);

          if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED)
            self->n_agreed++;
          if (buntan_overview_item_has_gap (self->overview, buntan_item_get_id (item)))
            self->n_gaps++;
        }
    }

  /* Renamed parties, a party added or removed: the names and the keys. */
  update_item (self);
}

/* Editing the clause and the note in place --------------------------------- */

static void
finish_editing (BuntanMeetingView *self);

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
  finish_editing (self);

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
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/* Whatever ends the typing (Enter, Esc, another item, leaving) keeps what
 * was typed: nothing said in the meeting is lost. */
static void
finish_editing (BuntanMeetingView *self)
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

  if (self->item != NULL && field == EDIT_CLAUSE)
    buntan_item_set_clause (self->item, text);
  else if (self->item != NULL)
    buntan_item_set_note (self->item, text);

  show_editor (self, EDIT_NONE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
  update_actions (self);
  update_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

static void
editor_activate_cb (BuntanMeetingView *self)
{
  finish_editing (self);
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
      finish_editing (self);
      return TRUE;
    }

  return FALSE;
}

static void
editor_focus_leave_cb (BuntanMeetingView *self)
{
  finish_editing (self);
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

/* The item and the walk ------------------------------------------------------ */

static void
item_notify_cb (BuntanMeetingView *self)
{
  update_item (self);
}

static void
rebuild_walk (BuntanMeetingView *self)
{
  g_ptr_array_set_size (self->items, 0);

  if (self->project != NULL)
    {
      BuntanMatrix *gaps = NULL;
      g_autoptr (GPtrArray) items = NULL;

      /* A walk through the gaps starts from those of this moment. */
      if (g_strcmp0 (self->walk, BUNTAN_MEETING_WALK_GAPS) == 0 && self->overview != NULL)
        gaps = buntan_overview_get_matrix (self->overview);
      items = buntan_meeting_walk_items (self->project, self->walk, gaps);

      for (guint i = 0; i < items->len; i++)
        g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));
    }
}

/* The current item stays when it is part of the new walk; otherwise the
 * walk starts at its beginning. */
static void
keep_or_first (BuntanMeetingView *self)
{
  if (walk_position (self) >= 0 || self->follow)
    {
      update_item (self);
      return;
    }

  buntan_meeting_view_set_item (self,
                                self->items->len > 0 ? g_ptr_array_index (self->items, 0) : NULL);
}

static void
project_items_changed_cb (BuntanMeetingView *self)
{
  /* An item added or removed: the walk follows, the gaps walk too. */
  rebuild_walk (self);
  if (self->item != NULL &&
      buntan_project_find_item (self->project, buntan_item_get_id (self->item)) == NULL)
    buntan_meeting_view_set_item (self, NULL);
  keep_or_first (self);
  update_actions (self);
}

static void
move (BuntanMeetingView *self, int delta)
{
  int n = (int) self->items->len;
  int position = walk_position (self);

  if (n == 0)
    return;

  /* From outside the walk, next is the first item and previous the last. */
  if (position < 0)
    position = delta > 0 ? -1 : n;

  /* Past either end the walk starts again at the other. */
  position = ((position + delta) % n + n) % n;
  buntan_meeting_view_set_item (self, g_ptr_array_index (self->items, position));
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
  BuntanHistory     *history = buntan_project_get_history (self->project);
  int                n = g_variant_get_int32 (parameter);
  BuntanParty       *party = nth_party (self, n);
  const char        *owner = party != NULL ? buntan_party_get_id (party) : NULL;

  if (n != 0 && party == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* One step to undo: the new owner leads, so it no longer merely takes part. */
  buntan_history_begin_group (history);
  buntan_item_set_owner (self->item, owner);
  if (owner != NULL)
    buntan_item_set_participant (self->item, owner, FALSE);
  buntan_history_end_group (history);
}

static void
joint_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  BuntanHistory     *history = buntan_project_get_history (self->project);
  g_autofree char   *previous = g_strdup (buntan_item_get_owner (self->item));

  /* The owner so far is one of those who share it. */
  buntan_history_begin_group (history);
  buntan_item_set_owner (self->item, BUNTAN_OWNER_JOINT);
  if (previous != NULL && !g_str_equal (previous, BUNTAN_OWNER_JOINT))
    buntan_item_set_participant (self->item, previous, TRUE);
  buntan_history_end_group (history);
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

static void
first_check_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (widget);
  BuntanHistory     *history = buntan_project_get_history (self->project);
  const char        *answer = g_variant_get_string (parameter, NULL);
  g_autofree char   *today = NULL;
  BuntanCheckResult  result;

  if (g_str_equal (answer, "yes"))
    result = BUNTAN_CHECK_RESULT_YES;
  else if (g_str_equal (answer, "no"))
    result = BUNTAN_CHECK_RESULT_NO;
  else
    return;

  /* The answer is given today, in the meeting. */
  today = buntan_date_today ();
  buntan_history_begin_group (history);
  buntan_item_set_first_check (self->item, result);
  buntan_item_set_first_check_date (self->item, today);
  buntan_history_end_group (history);
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
  finish_editing (BUNTAN_MEETING_VIEW (widget));
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

  finish_editing (self);
  g_signal_emit (self, signals[LEAVE], 0);
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
key_pressed_cb (GtkEventControllerKey *controller,
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

/* GObject -------------------------------------------------------------------- */

static void
buntan_meeting_view_dispose (GObject *object)
{
  BuntanMeetingView *self = (BuntanMeetingView *) object;

  buntan_meeting_view_set_item (self, NULL);
  buntan_meeting_view_set_project (self, NULL);
  buntan_view_watch_clear (&self->watch);
  g_clear_object (&self->overview);
  g_clear_handle_id (&self->fit_idle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_MEETING_VIEW);
  buntan_view_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (buntan_meeting_view_parent_class)->dispose (object);
}

static void
buntan_meeting_view_finalize (GObject *object)
{
  BuntanMeetingView *self = (BuntanMeetingView *) object;

  g_free (self->walk);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (buntan_meeting_view_parent_class)->finalize (object);
}

static void
buntan_meeting_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_WALK:
      g_value_set_string (value, self->walk);
      break;

    case PROP_FOLLOW:
      g_value_set_boolean (value, self->follow);
      break;

    case PROP_SHOW_GUIDANCE:
      g_value_set_boolean (value, self->show_guidance);
      break;

    case PROP_ZOOM:
      g_value_set_uint (value, self->zoom);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->editing != EDIT_NONE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_meeting_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_meeting_view_set_project (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      buntan_meeting_view_set_item (self, g_value_get_object (value));
      break;

    case PROP_WALK:
      buntan_meeting_view_set_walk (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW:
      self->follow = g_value_get_boolean (value);
      update_legend (self);
      update_actions (self);
      break;

    case PROP_SHOW_GUIDANCE:
      buntan_meeting_view_set_show_guidance (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      buntan_meeting_view_set_zoom (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_meeting_view_class_init (BuntanMeetingViewClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_meeting_view_dispose;
  object_class->finalize = buntan_meeting_view_finalize;
  object_class->get_property = buntan_meeting_view_get_property;
  object_class->set_property = buntan_meeting_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT, flags);
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM, flags);
  properties[PROP_WALK] =
    g_param_spec_string ("walk", NULL, NULL, BUNTAN_MEETING_WALK_PART2, flags);
  properties[PROP_FOLLOW] =
    g_param_spec_boolean ("follow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_GUIDANCE] = g_param_spec_boolean ("show-guidance", NULL, NULL, FALSE, flags);
  properties[PROP_ZOOM] = g_param_spec_uint ("zoom", NULL, NULL, 0, BUNTAN_MEETING_VIEW_N_ZOOMS - 1,
                                             BUNTAN_MEETING_VIEW_DEFAULT_ZOOM, flags);
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanMeetingView::leave:
   *
   * Esc (meeting.leave): the facilitator is done with meeting mode.
   */
  signals[LEAVE] = g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, number_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, gap_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, text_scroller);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, content_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, guidance_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, risk_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, recommended_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, owner_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, parties_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, status_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, first_check_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, clause_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, clause_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, note_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, note_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, empty_page);
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

  widget_class->get_request_mode = buntan_meeting_view_get_request_mode;
  widget_class->measure = buntan_meeting_view_measure;
  widget_class->size_allocate = buntan_meeting_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "meetingview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buntan_meeting_view_init (BuntanMeetingView *self)
{
  GtkEventController *keys;

  ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->walk = g_strdup (BUNTAN_MEETING_WALK_PART2);
  self->zoom = BUNTAN_MEETING_VIEW_DEFAULT_ZOOM;
  self->size = G_MAXUINT;
  update_size (self);
  buntan_view_watch_init (&self->watch, rebuild_cb, self);

  /* Capture: before a scrolled window takes the arrows and Page keys. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  add_editor_controllers (self, GTK_WIDGET (self->clause_entry));
  add_editor_controllers (self, GTK_WIDGET (self->note_view));

  update_legend (self);
  update_item (self);
  update_actions (self);
}

/* Public API ----------------------------------------------------------------- */

/**
 * buntan_meeting_view_new:
 * @follow: %TRUE for a presentation screen: it shows the item it is given
 *   and changes nothing
 *
 * Returns: (transfer floating): a new view
 */
BuntanMeetingView *
buntan_meeting_view_new (gboolean follow)
{
  return g_object_new (BUNTAN_TYPE_MEETING_VIEW, "follow", follow, NULL);
}

BuntanProject *
buntan_meeting_view_get_project (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->project;
}

/**
 * buntan_meeting_view_set_project:
 * @self: a meeting view
 * @project: (nullable): the project
 *
 * Shows @project, at the first item of the walk (the walk stays if the
 * project has it, otherwise it is Part 2).
 */
void
buntan_meeting_view_set_project (BuntanMeetingView *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  finish_editing (self);
  buntan_meeting_view_set_item (self, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (buntan_project_get_items (self->project), self);
  g_set_object (&self->project, project);
  if (self->overview == NULL || buntan_overview_get_project (self->overview) != project)
    {
      g_clear_object (&self->overview);
      if (project != NULL)
        self->overview = buntan_overview_new (project);
    }

  if (project != NULL)
    {
      g_signal_connect_object (buntan_project_get_items (project), "items-changed",
                               G_CALLBACK (project_items_changed_cb), self, G_CONNECT_SWAPPED);
      if (!buntan_meeting_walk_is_valid (project, self->walk))
        {
          g_free (self->walk);
          self->walk = g_strdup (BUNTAN_MEETING_WALK_PART2);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK]);
        }
    }

  rebuild_walk (self);
  /* Rebuilds the counts and shows the item at once. */
  buntan_view_watch_set_project (&self->watch, project);
  keep_or_first (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_meeting_view_set_overview:
 * @self: a meeting view
 * @overview: (nullable): the overview of the project to show
 *
 * As buntan_meeting_view_set_project(), but the counts and gaps come from
 * @overview (the window's) instead of one of the view's own.
 */
void
buntan_meeting_view_set_overview (BuntanMeetingView *self, BuntanOverview *overview)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));
  g_return_if_fail (overview == NULL || BUNTAN_IS_OVERVIEW (overview));

  if (overview != NULL && overview != self->overview)
    {
      g_set_object (&self->overview, overview);
      rebuild_cb (self);
    }
  buntan_meeting_view_set_project (self, overview != NULL ? buntan_overview_get_project (overview)
                                                          : NULL);
}

BuntanItem *
buntan_meeting_view_get_item (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->item;
}

/**
 * buntan_meeting_view_set_item:
 * @self: a meeting view
 * @item: (nullable): an item of the project, also one outside the walk
 *
 * Shows @item. What is being typed into the clause or the note is kept
 * first, on the item it was typed for.
 */
void
buntan_meeting_view_set_item (BuntanMeetingView *self, BuntanItem *item)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));
  g_return_if_fail (item == NULL || BUNTAN_IS_ITEM (item));

  if (self->item == item)
    return;

  finish_editing (self);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), self, G_CONNECT_SWAPPED);

  update_item (self);
  update_actions (self);
  /* A new item is read from its beginning. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->text_scroller), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

const char *
buntan_meeting_view_get_walk (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->walk;
}

/**
 * buntan_meeting_view_set_walk:
 * @self: a meeting view
 * @walk: which items to go through (see buntan-meeting-walk.h)
 *
 * Takes the items of the walk as they are now (a walk through the gaps
 * keeps the items it started with). The current item stays when it is part
 * of the walk; otherwise the walk starts at its first item. An unknown walk
 * is ignored.
 */
void
buntan_meeting_view_set_walk (BuntanMeetingView *self, const char *walk)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));

  if (self->project != NULL && !buntan_meeting_walk_is_valid (self->project, walk))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (g_strcmp0 (self->walk, walk) != 0)
    {
      g_free (self->walk);
      self->walk = g_strdup (walk);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK]);
    }

  rebuild_walk (self);
  rebuild_cb (self);
  keep_or_first (self);
  update_actions (self);
}

guint
buntan_meeting_view_get_n_walk_items (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), 0);

  return self->items->len;
}

/**
 * buntan_meeting_view_get_walk_item:
 * @self: a meeting view
 * @position: a position in the walk
 *
 * Returns: (transfer none): the item at @position
 */
BuntanItem *
buntan_meeting_view_get_walk_item (BuntanMeetingView *self, guint position)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

gboolean
buntan_meeting_view_get_follow (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), FALSE);

  return self->follow;
}

gboolean
buntan_meeting_view_get_show_guidance (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), FALSE);

  return self->show_guidance;
}

void
buntan_meeting_view_set_show_guidance (BuntanMeetingView *self, gboolean show_guidance)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));

  show_guidance = !!show_guidance;
  if (self->show_guidance == show_guidance)
    return;

  self->show_guidance = show_guidance;
  gtk_widget_set_visible (self->guidance_box, show_guidance);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_GUIDANCE]);
}

guint
buntan_meeting_view_get_zoom (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), BUNTAN_MEETING_VIEW_DEFAULT_ZOOM);

  return self->zoom;
}

/**
 * buntan_meeting_view_set_zoom:
 * @self: a meeting view
 * @zoom: a step below %BUNTAN_MEETING_VIEW_N_ZOOMS; on a 1920×1080 screen the
 *   body text is 40 px at %BUNTAN_MEETING_VIEW_DEFAULT_ZOOM and 22 px at the
 *   smallest; a smaller view makes the type proportionally smaller
 */
void
buntan_meeting_view_set_zoom (BuntanMeetingView *self, guint zoom)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));

  zoom = MIN (zoom, BUNTAN_MEETING_VIEW_N_ZOOMS - 1);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  update_size (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
buntan_meeting_view_get_editing (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), FALSE);

  return self->editing != EDIT_NONE;
}

/**
 * buntan_meeting_view_dup_progress:
 * @self: a meeting view
 *
 * Returns: (transfer full): the progress line: the walk, the item's place
 *   in it, and how many of its items are agreed and still open
 */
char *
buntan_meeting_view_dup_progress (BuntanMeetingView *self)
{
  g_autofree char *walk = NULL;
  g_autofree char *place = NULL;
  int              position;

  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  if (self->project == NULL)
    return g_strdup ("");

  walk = buntan_meeting_walk_dup_label (self->project, self->walk);
  position = walk_position (self);
  if (position >= 0)
    place = g_strdup_printf ("%d", position + 1);
  else
    place = g_strdup ("–");

  /* TRANSLATORS: the walk's name, then e.g. "Item 3 of 31 · agreed 12 · gaps left 5" */
  return g_strdup_printf (_ ("%s\nItem %s of %u · agreed %u · gaps left %u"), walk, place,
                          self->items->len, self->n_agreed, self->n_gaps);
}
