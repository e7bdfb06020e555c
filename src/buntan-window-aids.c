/* buntan-window-aids.c — the window's work aids: undo and redo, autosave and recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-autosave.h"
#include "buntan-core.h"
#include "buntan-recovery-dialog.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

/* Undo and redo -------------------------------------------------------------- */

/* The actions follow the history: enabled exactly when there is a step to
 * take back or to take again. */
static void
update_undo_actions (BuntanWindow *self)
{
  gboolean can_undo = self->history != NULL && buntan_history_get_can_undo (self->history);
  gboolean can_redo = self->history != NULL && buntan_history_get_can_redo (self->history);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);
}

static void
undo_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  if (self->history == NULL)
    return;

  if (g_str_equal (action_name, "win.undo"))
    buntan_history_undo (self->history);
  else
    buntan_history_redo (self->history);
}

/* Autosave ------------------------------------------------------------------- */

static void
autosave_failed_cb (BuntanWindow *self, const char *message)
{
  g_autofree char *text = NULL;

  /* Once per window: the user can do nothing about it every minute. */
  if (self->autosave_warned)
    return;

  self->autosave_warned = TRUE;
  text = g_strdup_printf (_ ("No recovery copy could be kept: %s"), message);
  _buntan_window_toast (self, buntan_view_toast_new_plain (text));
}

static void
is_active_changed_cb (BuntanWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (self->autosave == NULL)
    return;

  /* The user turns to another program, perhaps to one that crashes the
   * session: what is not saved is copied now. */
  if (!gtk_window_is_active (GTK_WINDOW (self)) &&
      !buntan_autosave_save_now (self->autosave, &error))
    autosave_failed_cb (self, error->message);
}

/* Recovery ------------------------------------------------------------------- */

typedef struct
{
  BuntanWindow *window;
  GPtrArray    *copies;
  guint         next;
} Offer;

static void
offer_next (Offer *offer);

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->window);
  g_ptr_array_unref (offer->copies);
  g_free (offer);
}

static void
restore_copy (BuntanWindow *self, GFile *copy)
{
  g_autoptr (GFile) original = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  BuntanWindow *window = self;

  buntan_recovery_read_info (copy, &original, NULL);
  project = buntan_project_new_from_copy (copy, original, &error);
  if (project == NULL)
    {
      g_autofree char *folder = NULL;
      g_autofree char *body = NULL;
      g_autoptr (GFile) directory = buntan_recovery_dup_directory ();

      folder = g_file_get_parse_name (directory);
      body = g_strdup_printf (_ ("%s\n\nThe copy is kept in %s."), error->message, folder);
      _buntan_window_show_error (self, _ ("Could Not Restore the Work"), body);
      return;
    }

  /* Into this window while it is empty (and not reading a file), else
   * beside it. */
  if (self->project != NULL || self->loading_file != NULL)
    {
      window = buntan_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      gtk_window_present (GTK_WINDOW (window));
    }

  _buntan_window_set_project (window, project);
  buntan_autosave_adopt (window->autosave, copy);
}

static void
offer_answered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Offer *offer = user_data;
  GFile *copy = g_ptr_array_index (offer->copies, offer->next - 1);

  switch (buntan_recovery_dialog_run_finish (result))
    {
    case BUNTAN_RECOVERY_RESTORE:
      restore_copy (offer->window, copy);
      break;

    case BUNTAN_RECOVERY_DISCARD:
      buntan_recovery_remove_copy (copy);
      break;

    case BUNTAN_RECOVERY_LATER:
    default:
      break;
    }

  offer_next (offer);
}

static void
offer_next (Offer *offer)
{
  GFile *copy;

  if (offer->next >= offer->copies->len)
    {
      offer_free (offer);
      return;
    }

  copy = g_ptr_array_index (offer->copies, offer->next++);
  buntan_recovery_dialog_run_async (GTK_WINDOW (offer->window), copy, NULL, offer_answered_cb,
                                    offer);
}

/**
 * buntan_window_offer_recovery:
 * @self: a window
 *
 * Looks for work that a Buntan which did not close left unsaved, and asks
 * about each copy in turn whether to restore it (into @self while it shows
 * no project, else into a new window) or to discard it.
 */
void
buntan_window_offer_recovery (BuntanWindow *self)
{
  Offer *offer;

  g_return_if_fail (BUNTAN_IS_WINDOW (self));

  offer = g_new0 (Offer, 1);
  offer->window = g_object_ref (self);
  offer->copies = buntan_recovery_find_orphans ();
  offer_next (offer);
}

/**
 * buntan_window_get_autosave:
 * @self: a window
 *
 * Returns: (transfer none): what keeps recovery copies of the window's work
 */
BuntanAutosave *
buntan_window_get_autosave (BuntanWindow *self)
{
  g_return_val_if_fail (BUNTAN_IS_WINDOW (self), NULL);

  return self->autosave;
}

/* The window's part -------------------------------------------------------- */

void
_buntan_window_class_init_aids (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
}

void
_buntan_window_init_aids (BuntanWindow *self)
{
  self->autosave = buntan_autosave_new ();
  g_signal_connect_object (self->autosave, "failed", G_CALLBACK (autosave_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (is_active_changed_cb), NULL);
  update_undo_actions (self);
}

/* Called once the window shows another project (or none). */
void
_buntan_window_aids_set_project (BuntanWindow *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);

  if (self->project != NULL)
    {
      self->history = g_object_ref (buntan_project_get_history (self->project));
      g_signal_connect_object (self->history, "notify::can-undo", G_CALLBACK (update_undo_actions),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::can-redo", G_CALLBACK (update_undo_actions),
                               self, G_CONNECT_SWAPPED);
    }

  buntan_autosave_set_project (self->autosave, self->project);
  update_undo_actions (self);
}

/* The window is closed: its work was saved or deliberately given up. */
void
_buntan_window_dispose_aids (BuntanWindow *self)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  if (self->autosave != NULL)
    buntan_autosave_set_project (self->autosave, NULL);
  g_clear_object (&self->autosave);
}
