/* views-test-util.h — what the view tests share: start-up and waiting on the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-core.h"
#include "buntan-resources.h"

G_BEGIN_DECLS

/* Starts GTK and libadwaita; prints a TAP skip and returns FALSE without a display. */
static inline gboolean
views_test_init (int *argc, char ***argv)
{
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return FALSE;
    }

  adw_init ();
  buntan_core_init ();
  buntan_register_resource ();
  return TRUE;
}

typedef gboolean (*ViewsTestCondition) (gpointer data);

static inline gboolean
views_test_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds (or, without one, until @ms
 * pass); gives up after @ms. A ticking source wakes the loop so the
 * condition is checked even when nothing else happens. */
static inline gboolean
views_test_run_until (ViewsTestCondition condition, gpointer data, guint ms)
{
  gint64   deadline = g_get_monotonic_time () + (gint64) ms * 1000;
  guint    tick = g_timeout_add (10, views_test_tick_cb, NULL);
  gboolean met = FALSE;

  while (!(met = condition != NULL && condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
  return met;
}

/* Runs the main loop until @condition holds or five seconds pass, times
 * BUNTAN_TEST_TIMEOUT_SCALE: build-aux/test-sanitizers sets it, as
 * everything runs many times slower there. */
static inline gboolean
views_test_wait_for (ViewsTestCondition condition, gpointer data)
{
  const char *scale = g_getenv ("BUNTAN_TEST_TIMEOUT_SCALE");
  guint64     factor = scale != NULL ? g_ascii_strtoull (scale, NULL, 10) : 1;

  return views_test_run_until (condition, data, 5000 * (guint) CLAMP (factor, 1, 100));
}

/* Lets every pending idle and short timeout run (to show that something
 * does NOT happen). */
static inline void
views_test_spin (guint ms)
{
  views_test_run_until (NULL, NULL, ms);
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

static inline BuntanProject *
views_test_load_sample (void)
{
  g_autofree char *path =
    g_build_filename (g_getenv ("BUNTAN_SOURCE_ROOT"), "data", "examples", "sample.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  BuntanProject *project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

G_END_DECLS
