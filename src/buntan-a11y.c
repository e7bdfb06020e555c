/* buntan-a11y.c — accessible names GTK 4.8 gets wrong, set right for every widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Seen through AT-SPI (tests/a11y), GTK 4.8 names a control after its type
 * ("GtkToggleButton") when nothing names it, and it gets three kinds of
 * control wrong however carefully the application labels them:
 *
 *  - a GtkDropDown hands the keyboard focus to an inner GtkToggleButton that
 *    nothing names, so a screen reader announces "GtkToggleButton";
 *  - a button with a mnemonic ("_Open") is named by its raw label plus its
 *    label widget: "_Open Open"; a check button with one reads "Include Part _1";
 *  - a check button that an AdwActionRow activates is "labelled by" the row,
 *    but 4.8 does not follow that relation through the row to its title;
 *  - the text of an AdwEntryRow (libadwaita 1.2) with a mnemonic title is
 *    named by the title twice, "Name Name": once as its label, once through
 *    the mnemonic;
 *  - list rows and cells (GtkListItemWidget, GtkColumnViewCell) take no name
 *    of their own (that came in 4.12) and read out as their type names, and
 *    so does a GtkInscription, whose empty text (NULL, an empty 完了日 cell)
 *    4.8 even measures with g_utf8_strlen() for a screen reader: critical.
 *
 * One emission hook on GtkWidget::realize puts each right as the widget
 * appears, so every window, dialog and list row of the program is covered
 * without code in each of them; a window that appears puts right all it
 * holds, pages not shown yet included.  Newer GTK names these controls by
 * itself; there the hook only repeats what GTK already does.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-a11y.h"

/* Set on a widget whose notifications are already followed. */
static GQuark followed_quark;

/* "_Open" → "Open", "Include Part _1" → "Include Part 1", "a__b" → "a_b". */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

static gboolean
follow_once (GtkWidget *widget)
{
  if (g_object_get_qdata (G_OBJECT (widget), followed_quark) != NULL)
    return FALSE;

  g_object_set_qdata (G_OBJECT (widget), followed_quark, GINT_TO_POINTER (TRUE));
  return TRUE;
}

/* The child label already names the button (GTK relates them); the raw
 * label property would be read out in front of it. */
static void
name_mnemonic_button (GtkButton *button)
{
  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
button_label_changed_cb (GtkButton *button, GParamSpec *pspec, gpointer user_data)
{
  if (gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL)
    name_mnemonic_button (button);
}

static void
name_mnemonic_check_button (GtkCheckButton *check)
{
  g_autofree char *name = strip_mnemonic (gtk_check_button_get_label (check));

  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
check_label_changed_cb (GtkCheckButton *check, GParamSpec *pspec, gpointer user_data)
{
  if (gtk_check_button_get_use_underline (check) && gtk_check_button_get_label (check) != NULL)
    name_mnemonic_check_button (check);
}

static void
row_title_changed_cb (AdwPreferencesRow *row, GParamSpec *pspec, GtkWidget *check)
{
  const char *title = adw_preferences_row_get_title (row);

  if (title != NULL && *title != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                    -1);
}

/* The AdwActionRow that @check toggles, or NULL. */
static AdwActionRow *
find_activating_row (GtkWidget *check)
{
  for (GtkWidget *ancestor = gtk_widget_get_parent (check); ancestor != NULL;
       ancestor = gtk_widget_get_parent (ancestor))
    if (ADW_IS_ACTION_ROW (ancestor))
      return adw_action_row_get_activatable_widget (ADW_ACTION_ROW (ancestor)) == check
               ? ADW_ACTION_ROW (ancestor)
               : NULL;

  return NULL;
}

static void
fix_check_button (GtkCheckButton *check)
{
  AdwActionRow *row;

  if (gtk_check_button_get_label (check) != NULL)
    {
      if (gtk_check_button_get_use_underline (check))
        name_mnemonic_check_button (check);
      if (follow_once (GTK_WIDGET (check)))
        g_signal_connect_after (check, "notify::label", G_CALLBACK (check_label_changed_cb), NULL);
      return;
    }

  row = find_activating_row (GTK_WIDGET (check));
  if (row == NULL)
    return;

  row_title_changed_cb (ADW_PREFERENCES_ROW (row), NULL, GTK_WIDGET (check));
  if (follow_once (GTK_WIDGET (check)))
    g_signal_connect_object (row, "notify::title", G_CALLBACK (row_title_changed_cb), check, 0);
}

/* One name, the row's title, instead of the title said twice: the row
 * (a text box to AT-SPI) is labelled by its title and by the mnemonic of
 * its title label. That mnemonic is set up once the label is realized too,
 * hence this runs from an idle. */
static gboolean
name_entry_row_cb (gpointer data)
{
  AdwPreferencesRow *row = data;
  g_autofree char   *title = NULL;

  if (!adw_preferences_row_get_use_underline (row))
    return G_SOURCE_REMOVE;

  title = strip_mnemonic (adw_preferences_row_get_title (row));
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return G_SOURCE_REMOVE;
}

/* An inscription is named by its text, and never has none: GTK 4.8 reads
 * a NULL text out with g_utf8_strlen(). */
static void
inscription_text_changed_cb (GtkInscription *inscription)
{
  const char *text = gtk_inscription_get_text (inscription);

  if (text == NULL)
    {
      /* Comes back here with "". */
      gtk_inscription_set_text (inscription, "");
      return;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (inscription), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  *text != '\0' ? text : _ ("None"), -1);
}

static gboolean
is_list_item_widget (GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);

  /* Private types of GTK 4.8: known by name only. */
  return g_str_equal (type, "GtkListItemWidget") || g_str_equal (type, "GtkColumnViewCell");
}

static void
collect_texts (GtkWidget *widget, GtkWidget **texts, guint n_texts, guint *found)
{
  if (*found == n_texts)
    return;

  if (GTK_IS_LABEL (widget) || GTK_IS_INSCRIPTION (widget))
    {
      texts[(*found)++] = widget;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts, n_texts, found);
}

static const char *
text_of (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget))
                               : gtk_inscription_get_text (GTK_INSCRIPTION (widget));
}

/* A list row or cell is named by the first texts it shows, kept up to date
 * as a recycled row shows another item. (A "labelled by" relation would
 * follow by itself, but 4.8 crashes when a label it names goes away.) */
static void
update_list_item_name (GtkWidget *widget)
{
  GtkWidget *texts[3] = { NULL };
  guint      found = 0;
  g_autoptr (GString) name = g_string_new (NULL);

  collect_texts (widget, texts, G_N_ELEMENTS (texts), &found);
  for (guint i = 0; i < found; i++)
    {
      const char *text = text_of (texts[i]);

      if (text == NULL || *text == '\0')
        continue;
      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, text);
    }

  /* An empty cell (no 完了日 yet) is read as such, not as its type. */
  if (found > 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name->len > 0 ? name->str : _ ("None"), -1);
}

static void
name_list_item_widget (GtkWidget *widget)
{
  GtkWidget *texts[3] = { NULL };
  guint      found = 0;

  update_list_item_name (widget);
  if (!follow_once (widget))
    return;

  collect_texts (widget, texts, G_N_ELEMENTS (texts), &found);
  for (guint i = 0; i < found; i++)
    g_signal_connect_object (texts[i], GTK_IS_LABEL (texts[i]) ? "notify::label" : "notify::text",
                             G_CALLBACK (update_list_item_name), widget, G_CONNECT_SWAPPED);
}

static void
fix_widget (GtkWidget *widget)
{
  if (GTK_IS_INSCRIPTION (widget))
    {
      inscription_text_changed_cb (GTK_INSCRIPTION (widget));
      if (follow_once (widget))
        g_signal_connect_after (widget, "notify::text", G_CALLBACK (inscription_text_changed_cb),
                                NULL);
      return;
    }

  if (is_list_item_widget (widget))
    {
      name_list_item_widget (widget);
      return;
    }

  if (GTK_IS_DROP_DOWN (widget))
    {
      GtkWidget *toggle = gtk_widget_get_first_child (widget);

      if (GTK_IS_TOGGLE_BUTTON (toggle))
        gtk_accessible_update_relation (GTK_ACCESSIBLE (toggle),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, widget, NULL, -1);
    }
  else if (GTK_IS_BUTTON (widget))
    {
      button_label_changed_cb (GTK_BUTTON (widget), NULL, NULL);
      if (follow_once (widget))
        g_signal_connect_after (widget, "notify::label", G_CALLBACK (button_label_changed_cb),
                                NULL);
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      fix_check_button (GTK_CHECK_BUTTON (widget));
    }
  else if (ADW_IS_ENTRY_ROW (widget))
    {
      g_idle_add_full (G_PRIORITY_DEFAULT, name_entry_row_cb, g_object_ref (widget),
                       g_object_unref);
    }
}

static void
fix_tree (GtkWidget *widget)
{
  fix_widget (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fix_tree (child);
}

static gboolean
widget_realized_cb (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  /* GTK 4.8 shows screen readers the pages a window has not shown yet
   * (never realized): the window, when it appears, puts those right too. */
  if (GTK_IS_ROOT (widget))
    fix_tree (widget);
  else
    fix_widget (widget);

  return TRUE;
}

/**
 * buntan_a11y_init:
 *
 * Starts correcting the accessible names of every widget realized from now
 * on. Call once GTK is initialized; later calls do nothing.
 */
void
buntan_a11y_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* Signals exist once their class does. */
      GTypeClass *widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      followed_quark = g_quark_from_static_string ("buntan-a11y-followed");
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  widget_realized_cb, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&initialized, 1);
    }
}
