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
 *    the mnemonic.
 *
 * One emission hook on GtkWidget::realize puts each right as the widget
 * appears, so every window, dialog and list row of the program is covered
 * without code in each of them; a window that appears puts right all it
 * holds, pages not shown yet included.  Newer GTK names these controls by
 * itself; there the hook only repeats what GTK already does.
 */

#include "config.h"

#include <adwaita.h>

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

static void
fix_widget (GtkWidget *widget)
{
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
