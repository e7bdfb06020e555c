/* buntan-window-next-year.c — the window starts next year's check from the open project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 19: "win.next-year" asks where next year's project goes (its name
 * the old one's with the year one higher), "win.next-year-to" (a path) is
 * the scripts' and tests' way past the file chooser. Both make the project
 * through the core, as buntan-cli new-year does, write it, and show it in
 * this window instead of last year's: unsaved changes of last year's
 * project are asked about first, as when another file is opened.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-file-chooser.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

/* A file name to offer: last year's file name, or its title, with the year
 * one higher; never a path. */
static char *
suggest_next_year_name (BuntanWindow *self)
{
  GFile           *file = buntan_project_get_file (self->project);
  g_autofree char *base = NULL;
  g_autofree char *next = NULL;

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      char            *dot = strrchr (name, '.');

      if (dot != NULL && dot != name)
        *dot = '\0';
      base = g_steal_pointer (&name);
    }
  else if (*buntan_project_get_title (self->project) != '\0')
    base = g_strdup (buntan_project_get_title (self->project));
  else
    base = g_strdup (_ ("Untitled project"));

  next = buntan_next_year_dup_name (base);
  g_strdelimit (next, "/\\", '-');
  return g_strconcat (next, ".buntan", NULL);
}

static void
show_failure (BuntanWindow *self, const char *message)
{
  g_autofree char *body =
    g_strdup_printf (_ ("%s\n\nLast year’s project stays open in this window, unchanged."),
                     message);

  _buntan_window_show_error (self, _ ("Could Not Start Next Year’s Check"), body);
}

/* Last year's project as its file holds it: after unsaved changes were
 * discarded, they are not carried into next year, and the fingerprint
 * recorded is the one of the file named. A project never saved is taken as
 * it is shown. */
static BuntanProject *
dup_last_year (BuntanWindow *self, GError **error)
{
  GFile *file = buntan_project_get_file (self->project);

  if (file != NULL && buntan_project_get_is_modified (self->project))
    return buntan_project_new_from_file (file, error);
  return g_object_ref (self->project);
}

static void
start_next_year (BuntanWindow *self, GFile *target)
{
  g_autoptr (BuntanProject) last_year = NULL;
  g_autoptr (BuntanProject) next_year = NULL;
  g_autoptr (GError) error = NULL;
  GFile           *last_file = buntan_project_get_file (self->project);
  g_autofree char *last_name = last_file != NULL ? g_file_get_basename (last_file) : NULL;
  g_autofree char *title = NULL;

  last_year = dup_last_year (self, &error);
  if (last_year != NULL)
    next_year = buntan_project_new_for_next_year (last_year, last_name, &error);
  if (next_year == NULL || !buntan_project_save (next_year, target, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      show_failure (self, error->message);
      return;
    }

  _buntan_window_add_recent (self, target);
  _buntan_window_set_project (self, next_year);

  if (last_name != NULL)
    title = g_strdup_printf (_ ("Next year’s check started from “%s”; last year’s answers are "
                                "shown beside the new ones"),
                             last_name);
  else
    title = g_strdup (_ ("Next year’s check started; last year’s answers are shown beside the "
                         "new ones"));
  _buntan_window_toast (self, buntan_view_toast_new_plain (title));
}

static void
changes_answered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GFile) target = user_data;

  if (buntan_window_ask_save_changes_finish (self, result) && self->project != NULL)
    start_next_year (self, target);
}

/* Last year's file is the record of last year's answers: it is never
 * replaced by next year's. */
static void
ask_then_start (BuntanWindow *self, GFile *target)
{
  GFile *last_file = buntan_project_get_file (self->project);

  if (last_file != NULL && g_file_equal (last_file, target))
    {
      show_failure (self, _ ("Next year’s project cannot replace last year’s file: choose another "
                             "name."));
      return;
    }

  buntan_window_ask_save_changes_async (self, NULL, changes_answered_cb, g_object_ref (target));
}

static void
target_chosen_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);
  g_autoptr (GFile) target = buntan_file_chooser_run_finish (result, NULL);

  if (target != NULL && self->project != NULL)
    ask_then_start (self, target);
}

static void
next_year_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow    *self = BUNTAN_WINDOW (widget);
  g_autofree char *suggested = NULL;

  if (self->project == NULL)
    return;

  suggested = suggest_next_year_name (self);
  buntan_file_chooser_run_async (GTK_WINDOW (self), BUNTAN_FILE_CHOICE_SAVE_PROJECT, suggested,
                                 buntan_project_get_file (self->project), NULL, target_chosen_cb,
                                 NULL);
}

static void
next_year_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);
  g_autoptr (GFile) target = NULL;

  if (self->project == NULL)
    return;

  target = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  ask_then_start (self, target);
}

void
_buntan_window_class_init_next_year (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.next-year", NULL, next_year_action);
  gtk_widget_class_install_action (widget_class, "win.next-year-to", "s", next_year_to_action);
}

void
_buntan_window_update_next_year (BuntanWindow *self)
{
  /* A project made while another is read would race it to the window. */
  gboolean can_start = self->project != NULL && self->load_cancellable == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-year", can_start);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-year-to", can_start);
}
