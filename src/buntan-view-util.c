/* buntan-view-util.c — small helpers the views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-view-util.h"

/* "_Title" → "Title": what a screen reader should say. */
char *
buntan_view_strip_mnemonic (const char *label)
{
  GString *stripped = g_string_new (NULL);

  for (const char *p = label; p != NULL && *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (stripped, *p);
    }

  return g_string_free (stripped, FALSE);
}

/* An AdwEntryRow shows its title, but in libadwaita 1.2 the text inside it
 * is what gets the focus, and it has no name of its own: give it the title. */
void
buntan_view_name_entry_row (AdwEntryRow *row)
{
  g_autofree char *label = NULL;
  GtkEditable     *text;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  label = buntan_view_strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
}

/* The views' style sheet (ui/buntan-views.css), loaded once per process for
 * the default display; the widgets that need it call this in their init. */
void
buntan_view_ensure_style (void)
{
  static gboolean loaded = FALSE;
  g_autoptr (GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/buntan-views.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  loaded = TRUE;
}

/* gtk_widget_dispose_template() drops only the children it bound by id; a
 * GtkWidget subclass must unparent the rest of its template itself. */
void
buntan_view_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

static gboolean
watch_timeout_cb (gpointer data)
{
  BuntanViewWatch *watch = data;

  watch->timeout_id = 0;
  watch->rebuild (watch->data);

  return G_SOURCE_REMOVE;
}

static void
watch_changed_cb (BuntanViewWatch *watch)
{
  if (watch->timeout_id == 0)
    watch->timeout_id = g_timeout_add (BUNTAN_VIEW_REBUILD_DELAY_MS, watch_timeout_cb, watch);
}

void
buntan_view_watch_init (BuntanViewWatch *watch, void (*rebuild) (gpointer data), gpointer data)
{
  g_return_if_fail (watch != NULL && rebuild != NULL);

  watch->project = NULL;
  watch->timeout_id = 0;
  watch->rebuild = rebuild;
  watch->data = data;
}

/* Watches @project (nullable) instead of the project watched so far and,
 * when that is a change, rebuilds at once. Returns whether it changed. */
gboolean
buntan_view_watch_set_project (BuntanViewWatch *watch, BuntanProject *project)
{
  g_return_val_if_fail (watch != NULL, FALSE);
  g_return_val_if_fail (project == NULL || BUNTAN_IS_PROJECT (project), FALSE);

  if (watch->project == project)
    return FALSE;

  buntan_view_watch_clear (watch);

  if (project != NULL)
    {
      watch->project = g_object_ref (project);
      g_signal_connect_swapped (project, "changed", G_CALLBACK (watch_changed_cb), watch);
      g_signal_connect_swapped (buntan_project_get_parties (project), "items-changed",
                                G_CALLBACK (watch_changed_cb), watch);
    }

  watch->rebuild (watch->data);
  return TRUE;
}

/* Drops a pending rebuild: the view has just rebuilt anyway. */
void
buntan_view_watch_cancel (BuntanViewWatch *watch)
{
  g_return_if_fail (watch != NULL);

  g_clear_handle_id (&watch->timeout_id, g_source_remove);
}

void
buntan_view_watch_clear (BuntanViewWatch *watch)
{
  g_return_if_fail (watch != NULL);

  buntan_view_watch_cancel (watch);
  if (watch->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (watch->project, watch);
      g_signal_handlers_disconnect_by_data (buntan_project_get_parties (watch->project), watch);
      g_clear_object (&watch->project);
    }
}

/* For a widget that only wraps its first child (a page, the meeting view)
 * and overrides size_allocate to react to its size: its request mode and
 * measure vfuncs. GtkBinLayout would do the same but takes size_allocate. */
GtkSizeRequestMode
buntan_view_first_child_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

void
buntan_view_measure_first_child (GtkWidget     *widget,
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

/**
 * buntan_view_party_label:
 * @name: (nullable): a party's name
 * @kind: the party's kind
 *
 * What the window calls a party: its name, or, before it has one (a new
 * project's hospital, a vendor just added), what it is.
 *
 * Returns: (transfer none): the label
 */
const char *
buntan_view_party_label (const char *name, BuntanPartyKind kind)
{
  if (name != NULL && *name != '\0')
    return name;

  return kind == BUNTAN_PARTY_KIND_HOSPITAL ? _ ("Hospital") : _ ("Unnamed vendor");
}

/**
 * buntan_view_tooltip_set_text:
 * @tooltip: the tooltip about to show
 * @text: its text
 *
 * Like gtk_tooltip_set_text(), but a Japanese text is not broken after
 * every character: GTK 4.8 sizes a tooltip to its label's minimum width,
 * which for text without spaces is one character. The label asks for the
 * text's width, up to 50 characters, and wraps only beyond.
 */
void
buntan_view_tooltip_set_text (GtkTooltip *tooltip, const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN ((int) g_utf8_strlen (text, -1), 50));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_tooltip_set_custom (tooltip, label);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_tooltip,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "buntan-tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;

  buntan_view_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * buntan_view_set_tooltip:
 * @widget: a widget
 * @text: (nullable): its tooltip, or %NULL for none
 *
 * gtk_widget_set_tooltip_text() with a label that keeps a Japanese text on
 * one line where it fits (see buntan_view_tooltip_set_text()).
 */
void
buntan_view_set_tooltip (GtkWidget *widget, const char *text)
{
  if (g_object_get_data (G_OBJECT (widget), "buntan-tooltip-watched") == NULL)
    {
      g_object_set_data (G_OBJECT (widget), "buntan-tooltip-watched", GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
    }
  g_object_set_data_full (G_OBJECT (widget), "buntan-tooltip", g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL && *text != '\0');
}

/**
 * buntan_view_get_tooltip:
 * @widget: a widget
 *
 * Returns: (nullable): the text buntan_view_set_tooltip() gave it
 */
const char *
buntan_view_get_tooltip (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "buntan-tooltip");
}

/**
 * buntan_view_toast_new_plain:
 * @text: the toast's title, plain text
 *
 * A toast's title is Pango markup in libadwaita 1.2 (use-markup came in
 * 1.4): a file or party name with “&” or “<” in it would be refused with a
 * warning and show nothing, so the text is escaped first.
 *
 * Returns: (transfer floating): a new toast showing @text as it is
 */
AdwToast *
buntan_view_toast_new_plain (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/**
 * buntan_view_row_text_new:
 * @text: what the line says
 * @dim: whether it is secondary (a comment, a description)
 *
 * A line of a review row under its check button's label, indented to the
 * label's text and wrapped anywhere, as Japanese wraps.
 *
 * Returns: (transfer floating): a new label
 */
GtkWidget *
buntan_view_row_text_new (const char *text, gboolean dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 28);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}
