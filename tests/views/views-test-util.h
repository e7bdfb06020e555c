/* views-test-util.h — what the view tests share: start-up and waiting on the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-test-gui.h"

G_BEGIN_DECLS

/* The view tests' names for the shared helpers of tests/lib. */
typedef GuiTestCondition ViewsTestCondition;
#define views_test_init gui_test_init_gtk
#define views_test_run_until gui_test_run_until
#define views_test_spin gui_test_spin
#define views_test_load_sample buntan_test_load_sample

/* Runs the main loop until @condition holds or five seconds pass, times
 * the sanitizers' scale. */
static inline gboolean
views_test_wait_for (ViewsTestCondition condition, gpointer data)
{
  return gui_test_run_until (condition, data, 5000 * (guint) buntan_test_timeout_scale ());
}

/* The first visible widget of @type under @widget (depth first) whose
 * title is @title when it is a preferences row; any when @title is NULL.
 * Hidden widgets and what they hold are skipped. */
static inline GtkWidget *
views_test_find_widget (GtkWidget *widget, GType type, const char *title)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL ||
       (ADW_IS_PREFERENCES_ROW (widget) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = views_test_find_widget (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget under @widget (depth first) named @name. */
static inline GtkWidget *
views_test_find_named (GtkWidget *widget, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = views_test_find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first button under @widget (depth first) labelled @label. */
static inline GtkWidget *
views_test_find_button (GtkWidget *widget, const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = views_test_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

G_END_DECLS
