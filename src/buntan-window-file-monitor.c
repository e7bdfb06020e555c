/* buntan-window-file-monitor.c — the open file saved by someone else, merged with ours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15, shared folders: several administrators open one project file.
 * The window keeps the bytes its file held when the project was last read or
 * saved: the base of a three-way merge when someone else saves the file.
 * A change on disk is looked at by its bytes, not its time: our own save
 * (a rename over the file) and a mere touch leave the bytes as they were.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-file-changed-banner.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

/* The bytes a project was read from travel with it until the window shows it. */
#define READ_BYTES_KEY "buntan-window-read-bytes"

static BuntanFileChangedBanner *
get_banner (BuntanWindow *self)
{
  return BUNTAN_FILE_CHANGED_BANNER (self->file_changed_banner);
}

static void
hide_banner (BuntanWindow *self)
{
  gtk_widget_set_visible (self->file_changed_banner, FALSE);
}

static void
update_can_reload (BuntanWindow *self)
{
  buntan_file_changed_banner_set_can_reload (get_banner (self),
                                             self->project != NULL &&
                                               !buntan_project_get_is_modified (self->project));
}

/* The file now, or NULL when it cannot be read (being replaced, removed):
 * nothing to offer then; the next change is looked at again. */
static GBytes *
read_file_now (GFile *file, GError **error)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

static void
file_changed_cb (GFileMonitor     *monitor,
                 GFile            *file,
                 GFile            *other_file,
                 GFileMonitorEvent event,
                 BuntanWindow     *self)
{
  /* A save through a temporary and a rename is a creation of the name; a
   * save in place ends with the hint. Plain changes come mid-write. */
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_MOVED_IN)
    _buntan_window_check_file_on_disk (self);
}

static void
watch_file (BuntanWindow *self, GFile *file)
{
  g_autoptr (GError) error = NULL;

  if (file != NULL && self->watched_file != NULL && g_file_equal (file, self->watched_file))
    return;

  if (self->file_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->file_monitor, self);
      g_file_monitor_cancel (self->file_monitor);
    }
  g_clear_object (&self->file_monitor);
  g_set_object (&self->watched_file, file);
  if (file == NULL)
    return;

  self->file_monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);
  /* Without a monitor (a remote folder that cannot be watched) the window
   * works as before: the last save wins. */
  if (self->file_monitor == NULL)
    {
      g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      return;
    }
  g_signal_connect (self->file_monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

static void
set_base (BuntanWindow *self, GBytes *bytes)
{
  g_clear_pointer (&self->file_bytes, g_bytes_unref);
  g_clear_pointer (&self->ignored_bytes, g_bytes_unref);
  if (bytes != NULL)
    self->file_bytes = g_bytes_ref (bytes);
  hide_banner (self);
}

static void
merge_clicked_cb (BuntanWindow *self)
{
  g_autoptr (BuntanProject) merged = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  g_autoptr (GBytes) theirs = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *changes = NULL;
  g_autofree char *conflicts = NULL;
  g_autofree char *title = NULL;
  guint            n_conflicts = 0;
  guint            n_changes;

  if (self->project == NULL || self->file_bytes == NULL ||
      buntan_project_get_file (self->project) == NULL)
    return;

  theirs = read_file_now (buntan_project_get_file (self->project), &error);
  if (theirs != NULL)
    merged =
      buntan_merge_file_changes (self->project, self->file_bytes, theirs, &n_conflicts, &error);
  if (merged == NULL)
    {
      g_autofree char *body =
        g_strdup_printf (_ ("%s\n\nYour work is still open in this window, unchanged, and the file "
                            "on disk was not touched. Save your work under another name with "
                            "“Save As…” and compare the two files with a colleague."),
                         error->message);

      hide_banner (self);
      _buntan_window_show_error (self, _ ("Could Not Merge Their Changes"), body);
      return;
    }

  comparison = buntan_comparison_new (self->project, merged);
  n_changes = buntan_comparison_get_n_changes (comparison);
  n_conflicts = buntan_conflict_count_project (merged);

  /* Their save is the new common ancestor of both sides. */
  g_object_set_data_full (G_OBJECT (merged), READ_BYTES_KEY, g_bytes_ref (theirs),
                          (GDestroyNotify) g_bytes_unref);
  _buntan_window_set_project (self, merged);

  changes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change of theirs merged",
                                          "%u changes of theirs merged", n_changes),
                             n_changes);
  conflicts = n_conflicts == 0
                ? g_strdup (_ ("no conflicts"))
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict to decide",
                                                "%u conflicts to decide", n_conflicts),
                                   n_conflicts);
  /* TRANSLATORS: the changes merged, then the conflicts left, in a toast */
  title = g_strdup_printf (C_ ("merge toast", "%s; %s"), changes, conflicts);
  _buntan_window_toast (self, buntan_view_toast_new_plain (title));
}

static void
reload_clicked_cb (BuntanWindow *self)
{
  GFile *file = self->project != NULL ? buntan_project_get_file (self->project) : NULL;

  hide_banner (self);
  /* Read as any opening is: nothing unsaved is asked about, and a file
   * that does not open leaves the project as it is. */
  if (file != NULL && !buntan_project_get_is_modified (self->project))
    buntan_window_open_file (self, file);
}

static void
ignore_clicked_cb (BuntanWindow *self)
{
  GFile *file = self->project != NULL ? buntan_project_get_file (self->project) : NULL;

  hide_banner (self);
  g_clear_pointer (&self->ignored_bytes, g_bytes_unref);
  if (file != NULL)
    self->ignored_bytes = read_file_now (file, NULL);
}

void
_buntan_window_init_file_monitor (BuntanWindow *self)
{
  GtkWidget *banner = buntan_file_changed_banner_new ();
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self->conflicts_banner));

  self->file_changed_banner = banner;
  gtk_box_insert_child_after (GTK_BOX (parent), banner, GTK_WIDGET (self->conflicts_banner));
  g_signal_connect_swapped (buntan_file_changed_banner_get_merge_button (get_banner (self)),
                            "clicked", G_CALLBACK (merge_clicked_cb), self);
  g_signal_connect_swapped (buntan_file_changed_banner_get_reload_button (get_banner (self)),
                            "clicked", G_CALLBACK (reload_clicked_cb), self);
  g_signal_connect_swapped (buntan_file_changed_banner_get_ignore_button (get_banner (self)),
                            "clicked", G_CALLBACK (ignore_clicked_cb), self);
}

void
_buntan_window_dispose_file_monitor (BuntanWindow *self)
{
  watch_file (self, NULL);
  g_clear_pointer (&self->file_bytes, g_bytes_unref);
  g_clear_pointer (&self->ignored_bytes, g_bytes_unref);
}

/* Called from the reading thread, before any other code sees @project. */
void
_buntan_window_keep_read_bytes (BuntanProject *project, GBytes *bytes)
{
  if (bytes != NULL)
    g_object_set_data_full (G_OBJECT (project), READ_BYTES_KEY, g_bytes_ref (bytes),
                            (GDestroyNotify) g_bytes_unref);
}

/* The window shows another project: the base is the bytes it was read
 * from, or, for a project made otherwise (a recovered copy stands for its
 * file), the file as it is now. */
void
_buntan_window_file_monitor_set_project (BuntanWindow *self)
{
  GFile *file = self->project != NULL ? buntan_project_get_file (self->project) : NULL;
  g_autoptr (GBytes) bytes = NULL;

  if (self->project != NULL)
    {
      bytes = g_object_steal_data (G_OBJECT (self->project), READ_BYTES_KEY);
      g_signal_connect_object (self->project, "notify::is-modified", G_CALLBACK (update_can_reload),
                               self, G_CONNECT_SWAPPED);
    }
  if (bytes == NULL && file != NULL)
    bytes = read_file_now (file, NULL);

  set_base (self, bytes);
  watch_file (self, file);
  update_can_reload (self);
}

/* After a save: the file holds exactly the project as written. */
void
_buntan_window_file_saved (BuntanWindow *self)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_if_fail (self->project != NULL);

  data = buntan_project_to_data (self->project, BUNTAN_SAVE_FLAGS_NONE, &length);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  set_base (self, bytes);
  watch_file (self, buntan_project_get_file (self->project));
}

/**
 * _buntan_window_check_file_on_disk:
 * @self: a window
 *
 * Looks at the open project's file: when it no longer holds the bytes last
 * read or saved, the window says so and offers to merge. What the file
 * monitor calls; tests call it directly rather than wait for the monitor.
 */
void
_buntan_window_check_file_on_disk (BuntanWindow *self)
{
  GFile *file = self->project != NULL ? buntan_project_get_file (self->project) : NULL;
  g_autoptr (GBytes) now = NULL;
  g_autofree char *name = NULL;

  if (file == NULL || self->file_bytes == NULL)
    return;

  now = read_file_now (file, NULL);
  if (now == NULL)
    return;
  if (g_bytes_equal (now, self->file_bytes))
    {
      hide_banner (self);
      return;
    }
  if (self->ignored_bytes != NULL && g_bytes_equal (now, self->ignored_bytes))
    return;

  name = g_file_get_basename (file);
  buntan_file_changed_banner_set_file_name (get_banner (self), name);
  update_can_reload (self);
  gtk_widget_set_visible (self->file_changed_banner, TRUE);
}
