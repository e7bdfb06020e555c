/* buntan-date-entry.c — a calendar date typed as YYYY-MM-DD or picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buntan-core.h"
#include "buntan-date-entry.h"

struct _BuntanDateEntry
{
  GtkWidget parent_instance;

  GtkEntry      *entry;
  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  GtkWidget     *clear_button;

  char    *date;
  char    *label;
  gboolean invalid;
  /* Set while we move the calendar or the entry ourselves, so that their
   * signals are not mistaken for the user's input. */
  gboolean syncing;
  /* The last press on the calendar landed on a day (not on an arrow), so
   * the day it selects closes the popover. */
  gboolean pressed_on_day;
};

G_DEFINE_FINAL_TYPE (BuntanDateEntry, buntan_date_entry, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DATE,
  PROP_LABEL,
  PROP_INVALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Takes "2026-3-1", "2026/03/01" or "2026.3.1" as well as the exact form,
 * since people type dates the way they write them; the core checks the
 * result. Returns NULL for anything that is not a real date. */
static char *
normalize_date (const char *text)
{
  g_auto (GStrv) parts = NULL;
  g_autofree char *candidate = NULL;
  guint64          numbers[3];

  parts = g_regex_split_simple ("[-/.]", text, 0, 0);
  if (g_strv_length (parts) != 3)
    return NULL;

  for (guint i = 0; i < 3; i++)
    {
      gsize length = strlen (parts[i]);

      if (length == 0 || length > (i == 0 ? 4 : 2) ||
          !g_ascii_string_to_unsigned (parts[i], 10, 0, 9999, &numbers[i], NULL))
        return NULL;
    }

  if (strlen (parts[0]) != 4)
    return NULL;

  candidate =
    g_strdup_printf ("%04u-%02u-%02u", (guint) numbers[0], (guint) numbers[1], (guint) numbers[2]);
  if (!buntan_date_is_valid (candidate))
    return NULL;

  return g_steal_pointer (&candidate);
}

static void
set_invalid (BuntanDateEntry *self, gboolean invalid)
{
  GtkWidget  *entry = GTK_WIDGET (self->entry);
  const char *hint = _ ("Not a real date; use YYYY-MM-DD");

  if (self->invalid == invalid)
    return;

  self->invalid = invalid;

  if (invalid)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, hint);
      gtk_entry_set_icon_from_icon_name (self->entry, GTK_ENTRY_ICON_SECONDARY,
                                         "dialog-warning-symbolic");
      gtk_entry_set_icon_tooltip_text (self->entry, GTK_ENTRY_ICON_SECONDARY, hint);
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      hint, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_set_tooltip_text (entry, NULL);
      gtk_entry_set_icon_from_icon_name (self->entry, GTK_ENTRY_ICON_SECONDARY, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVALID]);
}

static void
show_date (BuntanDateEntry *self)
{
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), self->date != NULL ? self->date : "");
  self->syncing = FALSE;
  set_invalid (self, FALSE);
}

static void
commit_text (BuntanDateEntry *self)
{
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;

  /* The entry loses the focus while the template is torn down, too. */
  if (self->entry == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));

  if (*text == '\0')
    {
      buntan_date_entry_set_date (self, NULL);
      return;
    }

  date = normalize_date (text);
  if (date == NULL)
    {
      set_invalid (self, TRUE);
      return;
    }

  buntan_date_entry_set_date (self, date);
  /* "2026/3/1" becomes "2026-03-01" even when the date itself is unchanged. */
  show_date (self);
}

static void
entry_activate_cb (BuntanDateEntry *self, GtkEntry *entry)
{
  commit_text (self);
}

static void
entry_focus_leave_cb (BuntanDateEntry *self, GtkEventControllerFocus *controller)
{
  commit_text (self);
}

static void
entry_changed_cb (BuntanDateEntry *self, GtkEditable *editable)
{
  /* Keep the hint while the user corrects the text, but drop it as soon as
   * the text reads as a date, so the warning never contradicts the text. */
  if (!self->syncing && self->invalid)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
      g_autofree char *date = normalize_date (text);

      if (date != NULL || *text == '\0')
        set_invalid (self, FALSE);
    }
}

static void
popover_show_cb (BuntanDateEntry *self, GtkPopover *popover)
{
  g_autoptr (GDate) date = NULL;
  g_autoptr (GDateTime) shown = NULL;

  /* Typed text counts as much as a picked date: take it first. */
  commit_text (self);

  date = buntan_date_parse (self->date);
  if (date != NULL)
    shown = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                   g_date_get_day (date), 0, 0, 0);
  else
    shown = g_date_time_new_now_local ();

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing = FALSE;
  self->pressed_on_day = FALSE;

  gtk_widget_set_sensitive (self->clear_button, self->date != NULL);
}

static void
calendar_pressed_cb (BuntanDateEntry *self,
                     int              n_press,
                     double           x,
                     double           y,
                     GtkGestureClick *gesture)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  /* The month and year arrows are buttons inside the calendar; a press on
   * them moves the selection too, but the user has not picked a day. */
  self->pressed_on_day = picked != NULL && picked != GTK_WIDGET (self->calendar) &&
                         gtk_widget_get_ancestor (picked, GTK_TYPE_BUTTON) == NULL;
}

static void
calendar_day_selected_cb (BuntanDateEntry *self, GtkCalendar *calendar)
{
  g_autoptr (GDateTime) picked = NULL;
  g_autofree char *date = NULL;

  if (self->syncing)
    return;

  picked = gtk_calendar_get_date (calendar);
  date = g_date_time_format (picked, "%Y-%m-%d");
  buntan_date_entry_set_date (self, date);

  /* Arrow keys move the selection day by day: only a click closes. */
  if (self->pressed_on_day)
    {
      self->pressed_on_day = FALSE;
      gtk_popover_popdown (self->popover);
    }
}

static void
today_clicked_cb (BuntanDateEntry *self, GtkButton *button)
{
  g_autofree char *today = buntan_date_today ();

  buntan_date_entry_set_date (self, today);
  gtk_popover_popdown (self->popover);
}

static void
clear_clicked_cb (BuntanDateEntry *self, GtkButton *button)
{
  buntan_date_entry_set_date (self, NULL);
  gtk_popover_popdown (self->popover);
}

static void
update_accessible_labels (BuntanDateEntry *self)
{
  g_autofree char *button_label = NULL;

  if (self->label == NULL || *self->label == '\0')
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Date"), -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Choose from a calendar"), -1);
      return;
    }

  /* Translators: the accessible name of the calendar button beside a date
   * entry; %s is the name of the date, e.g. "Completion date". */
  button_label = g_strdup_printf (_ ("%s: choose from a calendar"), self->label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  button_label, -1);
}

static gboolean
buntan_date_entry_grab_focus (GtkWidget *widget)
{
  BuntanDateEntry *self = BUNTAN_DATE_ENTRY (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

static gboolean
buntan_date_entry_mnemonic_activate (GtkWidget *widget, gboolean group_cycling)
{
  return buntan_date_entry_grab_focus (widget);
}

static void
buntan_date_entry_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BUNTAN_TYPE_DATE_ENTRY);

  G_OBJECT_CLASS (buntan_date_entry_parent_class)->dispose (object);
}

static void
buntan_date_entry_finalize (GObject *object)
{
  BuntanDateEntry *self = (BuntanDateEntry *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (buntan_date_entry_parent_class)->finalize (object);
}

static void
buntan_date_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanDateEntry *self = BUNTAN_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_INVALID:
      g_value_set_boolean (value, self->invalid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_date_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuntanDateEntry *self = BUNTAN_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      buntan_date_entry_set_date (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      buntan_date_entry_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_date_entry_class_init (BuntanDateEntryClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_date_entry_dispose;
  object_class->finalize = buntan_date_entry_finalize;
  object_class->get_property = buntan_date_entry_get_property;
  object_class->set_property = buntan_date_entry_set_property;

  widget_class->grab_focus = buntan_date_entry_grab_focus;
  widget_class->mnemonic_activate = buntan_date_entry_mnemonic_activate;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INVALID] =
    g_param_spec_boolean ("invalid", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanDateEntry, button);
  gtk_widget_class_bind_template_child (widget_class, BuntanDateEntry, popover);
  gtk_widget_class_bind_template_child (widget_class, BuntanDateEntry, calendar);
  gtk_widget_class_bind_template_child (widget_class, BuntanDateEntry, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dateentry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buntan_date_entry_init (BuntanDateEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_accessible_labels (self);
}

GtkWidget *
buntan_date_entry_new (void)
{
  return g_object_new (BUNTAN_TYPE_DATE_ENTRY, NULL);
}

const char *
buntan_date_entry_get_date (BuntanDateEntry *self)
{
  g_return_val_if_fail (BUNTAN_IS_DATE_ENTRY (self), NULL);

  return self->date;
}

/**
 * buntan_date_entry_set_date:
 * @self: a date entry
 * @date: (nullable): a date as YYYY-MM-DD, or %NULL (or "") for none
 *
 * Shows @date, dropping whatever the user had typed.
 */
void
buntan_date_entry_set_date (BuntanDateEntry *self, const char *date)
{
  g_return_if_fail (BUNTAN_IS_DATE_ENTRY (self));

  if (date != NULL && *date == '\0')
    date = NULL;
  g_return_if_fail (date == NULL || buntan_date_is_valid (date));

  if (g_strcmp0 (self->date, date) != 0)
    {
      g_free (self->date);
      self->date = g_strdup (date);
      show_date (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
    }
  else
    {
      show_date (self);
    }
}

const char *
buntan_date_entry_get_label (BuntanDateEntry *self)
{
  g_return_val_if_fail (BUNTAN_IS_DATE_ENTRY (self), NULL);

  return self->label;
}

/**
 * buntan_date_entry_set_label:
 * @self: a date entry
 * @label: (nullable): what the date is, as the visible label beside it says
 *
 * Names the entry and its calendar button for assistive technologies.
 */
void
buntan_date_entry_set_label (BuntanDateEntry *self, const char *label)
{
  g_return_if_fail (BUNTAN_IS_DATE_ENTRY (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  update_accessible_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * buntan_date_entry_get_invalid:
 * @self: a date entry
 *
 * Returns: %TRUE while the entry shows text that was refused as a date
 */
gboolean
buntan_date_entry_get_invalid (BuntanDateEntry *self)
{
  g_return_val_if_fail (BUNTAN_IS_DATE_ENTRY (self), FALSE);

  return self->invalid;
}

/**
 * buntan_date_entry_get_entry:
 * @self: a date entry
 *
 * For tests, and for gtk_label_set_mnemonic_widget().
 *
 * Returns: (transfer none): the text entry
 */
GtkWidget *
buntan_date_entry_get_entry (BuntanDateEntry *self)
{
  g_return_val_if_fail (BUNTAN_IS_DATE_ENTRY (self), NULL);

  return GTK_WIDGET (self->entry);
}
