/* buntan-recovery.c — the recovery copy of a project's unsaved work
 *
 * While a window's project has unsaved changes, a copy of it is written
 * when the window says so (buntan-autosave.c, every minute and whenever the
 * window loses the focus: the timers are the window's, the copies are the
 * core's, so they are tested without a display), to
 *
 *   $XDG_STATE_HOME/buntan/recovery/<id>.buntan   (folder mode 0700)
 *
 * and never anywhere else: the user's own file is only written when the
 * user saves. <id> is a hash of the project file's URI, or a random id for a
 * project that was never saved, so each window's project has one copy.
 * The copy is an ordinary project file, written atomically by the core
 * (buntan_project_save_copy(), which changes nothing in memory).
 *
 * Beside it, <id>.info (a GKeyFile) says where the work belongs and who
 * wrote it:
 *
 *   [Recovery]
 *   Original=file:///home/…/契約.buntan    (absent: never saved)
 *   Pid=12345
 *
 * A sidecar rather than a member inside the copy, so the copy holds exactly
 * the project that was in memory (the same fingerprint) and nothing has to
 * be stripped before the user saves it. The copy is written first and the
 * info after; a copy without its info is still offered, as a project that
 * was never saved. The time shown is the copy's own modification time.
 *
 * The copy goes when the work is safe or deliberately given up: the project
 * saved (or undone back to its saved state), replaced after the user was
 * asked, or its window closed. After a crash nothing removes it, and the
 * next start offers it (buntan-recovery-dialog.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "buntan-core.h"

#define INFO_GROUP "Recovery"
#define COPY_SUFFIX ".buntan"
#define INFO_SUFFIX ".info"

struct _BuntanRecovery
{
  GObject parent_instance;

  BuntanProject *project;
  GFile         *written;     /* the copy on disk, if any */
  char          *untitled_id; /* the copy's name while the project has no file */
  gboolean       dirty;       /* changed since the copy was written */
  gboolean       pending;     /* dirty, and the project differs from its file */
};

G_DEFINE_FINAL_TYPE (BuntanRecovery, buntan_recovery, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GFile *
info_file_for (GFile *copy)
{
  g_autofree char *path = g_file_get_path (copy);
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (COPY_SUFFIX));
  g_autofree char *info = g_strconcat (stem, INFO_SUFFIX, NULL);

  return g_file_new_for_path (info);
}

static void
set_written (BuntanRecovery *self, GFile *file)
{
  if (g_set_object (&self->written, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Where this project's copy goes now: its name follows the project's file,
 * which "Save As" may change. */
static GFile *
target_file (BuntanRecovery *self)
{
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  GFile           *original = buntan_project_get_file (self->project);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);

      id = g_strndup (digest, 32);
    }
  else
    {
      if (self->untitled_id == NULL)
        {
          g_autofree char *uuid = g_uuid_string_random ();

          self->untitled_id = g_strconcat ("untitled-", uuid, NULL);
        }
      id = g_strdup (self->untitled_id);
    }

  name = g_strconcat (id, COPY_SUFFIX, NULL);
  return g_file_get_child (directory, name);
}

static gboolean
write_info (BuntanRecovery *self, GFile *copy, GError **error)
{
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (GFile) info_file = info_file_for (copy);
  g_autofree char *path = g_file_get_path (info_file);
  GFile           *original = buntan_project_get_file (self->project);

  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);

      g_key_file_set_string (info, INFO_GROUP, "Original", uri);
    }
  g_key_file_set_int64 (info, INFO_GROUP, "Pid", getpid ());

  return g_key_file_save_to_file (info, path, error);
}

static void
set_dirty (BuntanRecovery *self, gboolean dirty)
{
  gboolean pending;

  self->dirty = dirty;
  pending = dirty && self->project != NULL && buntan_project_get_is_modified (self->project);
  if (self->pending != pending)
    {
      self->pending = pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
    }
}

static void
project_changed_cb (BuntanRecovery *self)
{
  set_dirty (self, TRUE);
}

static void
is_modified_changed_cb (BuntanRecovery *self)
{
  /* Saved, or undone back to what the file holds: nothing to recover. */
  if (!buntan_project_get_is_modified (self->project))
    buntan_recovery_discard (self);
  else
    set_dirty (self, TRUE);
}

static void
buntan_recovery_dispose (GObject *object)
{
  BuntanRecovery *self = (BuntanRecovery *) object;

  /* Going away deliberately (the window closed): the work was saved or
   * given up. A crash never gets here. */
  buntan_recovery_set_project (self, NULL);

  G_OBJECT_CLASS (buntan_recovery_parent_class)->dispose (object);
}

static void
buntan_recovery_finalize (GObject *object)
{
  BuntanRecovery *self = (BuntanRecovery *) object;

  g_free (self->untitled_id);

  G_OBJECT_CLASS (buntan_recovery_parent_class)->finalize (object);
}

static void
buntan_recovery_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanRecovery *self = BUNTAN_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->written);
      break;

    case PROP_PENDING:
      g_value_set_boolean (value, self->pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_recovery_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BuntanRecovery *self = BUNTAN_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_recovery_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_recovery_class_init (BuntanRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_recovery_dispose;
  object_class->finalize = buntan_recovery_finalize;
  object_class->get_property = buntan_recovery_get_property;
  object_class->set_property = buntan_recovery_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BuntanRecovery:pending:
   *
   * The project has changes that neither its file nor the copy holds: the
   * moment to start waiting to write a copy.
   */
  properties[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_recovery_init (BuntanRecovery *self)
{
}

BuntanRecovery *
buntan_recovery_new (void)
{
  return g_object_new (BUNTAN_TYPE_RECOVERY, NULL);
}

/**
 * buntan_recovery_get_project:
 * @self: a recovery
 *
 * Returns: (transfer none) (nullable): the project whose work is kept
 */
BuntanProject *
buntan_recovery_get_project (BuntanRecovery *self)
{
  g_return_val_if_fail (BUNTAN_IS_RECOVERY (self), NULL);

  return self->project;
}

/* A window shows another project only after its user saved the old one or
 * chose to give up its changes: the old copy goes. */
void
buntan_recovery_set_project (BuntanRecovery *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_RECOVERY (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  buntan_recovery_discard (self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  g_clear_pointer (&self->untitled_id, g_free);

  if (project != NULL)
    {
      g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::is-modified", G_CALLBACK (is_modified_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  /* A project that arrives modified (a sample, a restored copy) is work
   * worth keeping too. */
  set_dirty (self, project != NULL && buntan_project_get_is_modified (project));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_recovery_get_pending:
 * @self: a recovery
 *
 * Returns: whether the project has changes that neither its file nor the
 *   copy holds
 */
gboolean
buntan_recovery_get_pending (BuntanRecovery *self)
{
  g_return_val_if_fail (BUNTAN_IS_RECOVERY (self), FALSE);

  return self->pending;
}

/**
 * buntan_recovery_write:
 * @self: a recovery
 * @error: return location for a #BUNTAN_PROJECT_ERROR or #G_IO_ERROR
 *
 * Writes the copy now if the project has changes the copy does not hold.
 *
 * Returns: %TRUE unless writing failed
 */
gboolean
buntan_recovery_write (BuntanRecovery *self, GError **error)
{
  g_autoptr (GFile) directory = NULL;
  g_autoptr (GFile) target = NULL;
  g_autofree char *directory_path = NULL;
  GFile           *original;

  g_return_val_if_fail (BUNTAN_IS_RECOVERY (self), FALSE);

  if (self->project == NULL || !self->dirty || !buntan_project_get_is_modified (self->project))
    return TRUE;

  directory = buntan_recovery_dup_directory ();
  directory_path = g_file_get_path (directory);
  if (g_mkdir_with_parents (directory_path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("%s: the folder for recovery copies cannot be made: %s"), directory_path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  target = target_file (self);
  original = buntan_project_get_file (self->project);
  /* Never the user's own file, even one kept among the copies. */
  if (original != NULL && g_file_equal (original, target))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _ ("%s: a project is kept among the recovery copies; no copy was written"),
                   directory_path);
      return FALSE;
    }

  if (!buntan_project_save_copy (self->project, target, error) || !write_info (self, target, error))
    return FALSE;

  /* Saved under another name since the last copy ("Save As"): one copy. */
  if (self->written != NULL && !g_file_equal (self->written, target))
    buntan_recovery_remove_copy (self->written);
  set_written (self, target);
  set_dirty (self, FALSE);

  return TRUE;
}

/**
 * buntan_recovery_get_file:
 * @self: a recovery
 *
 * Returns: (transfer none) (nullable): the copy written last, while it exists
 */
GFile *
buntan_recovery_get_file (BuntanRecovery *self)
{
  g_return_val_if_fail (BUNTAN_IS_RECOVERY (self), NULL);

  return self->written;
}

/**
 * buntan_recovery_adopt:
 * @self: a recovery
 * @copy: a recovery copy the project was restored from
 *
 * Takes over @copy as the project's copy: it stays until the work is saved
 * or given up (a second crash before the next copy loses nothing), and says
 * from now on that this process owns it.
 */
void
buntan_recovery_adopt (BuntanRecovery *self, GFile *copy)
{
  g_autofree char *name = NULL;

  g_return_if_fail (BUNTAN_IS_RECOVERY (self));
  g_return_if_fail (G_IS_FILE (copy));
  g_return_if_fail (self->project != NULL);

  /* A copy of a project that was never saved keeps its name. */
  name = g_file_get_basename (copy);
  if (buntan_project_get_file (self->project) == NULL && g_str_has_suffix (name, COPY_SUFFIX))
    {
      g_free (self->untitled_id);
      self->untitled_id = g_strndup (name, strlen (name) - strlen (COPY_SUFFIX));
    }

  set_written (self, copy);
  write_info (self, copy, NULL);
  set_dirty (self, FALSE);
}

/* Removes the copy: the work is saved or deliberately given up. */
void
buntan_recovery_discard (BuntanRecovery *self)
{
  g_return_if_fail (BUNTAN_IS_RECOVERY (self));

  set_dirty (self, FALSE);
  if (self->written != NULL)
    {
      buntan_recovery_remove_copy (self->written);
      set_written (self, NULL);
    }
}

/**
 * buntan_recovery_dup_directory:
 *
 * Returns: (transfer full): the folder of the recovery copies
 */
GFile *
buntan_recovery_dup_directory (void)
{
  return g_file_new_build_filename (g_get_user_state_dir (), "buntan", "recovery", NULL);
}

/* A copy whose writer still runs is that Buntan's business. */
static gboolean
owner_is_running (GFile *copy)
{
  g_autoptr (GFile) info_file = info_file_for (copy);
  g_autofree char *path = g_file_get_path (info_file);
  g_autoptr (GKeyFile) info = g_key_file_new ();
  gint64 pid;

  if (!g_key_file_load_from_file (info, path, G_KEY_FILE_NONE, NULL))
    return FALSE;

  pid = g_key_file_get_int64 (info, INFO_GROUP, "Pid", NULL);
  if (pid <= 0 || pid > G_MAXINT)
    return FALSE;

  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static gint
compare_files (gconstpointer a, gconstpointer b)
{
  g_autofree char *path_a = g_file_get_path (*(GFile **) a);
  g_autofree char *path_b = g_file_get_path (*(GFile **) b);

  return g_strcmp0 (path_a, path_b);
}

/**
 * buntan_recovery_find_orphans:
 *
 * Returns: (transfer full) (element-type GFile): the recovery copies no
 *   running Buntan looks after: what a crash left behind
 */
GPtrArray *
buntan_recovery_find_orphans (void)
{
  g_autoptr (GFile) directory = buntan_recovery_dup_directory ();
  g_autofree char *path = g_file_get_path (directory);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray  *orphans = g_ptr_array_new_with_free_func (g_object_unref);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr (GFile) copy = NULL;

      if (!g_str_has_suffix (name, COPY_SUFFIX))
        continue;

      copy = g_file_get_child (directory, name);
      if (!owner_is_running (copy))
        g_ptr_array_add (orphans, g_steal_pointer (&copy));
    }

  g_ptr_array_sort (orphans, compare_files);
  return orphans;
}

/**
 * buntan_recovery_read_info:
 * @copy: a recovery copy
 * @original: (out) (transfer full) (optional) (nullable): the project's own file,
 *   or %NULL if it was never saved
 * @saved: (out) (transfer full) (optional): when the copy was written
 *
 * Returns: %TRUE if @copy exists
 */
gboolean
buntan_recovery_read_info (GFile *copy, GFile **original, GDateTime **saved)
{
  g_autoptr (GFile) info_file = info_file_for (copy);
  g_autofree char *info_path = g_file_get_path (info_file);
  g_autoptr (GKeyFile) info = g_key_file_new ();
  g_autoptr (GFileInfo) file_info = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (G_IS_FILE (copy), FALSE);

  file_info =
    g_file_query_info (copy, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (file_info == NULL)
    return FALSE;

  if (g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    uri = g_key_file_get_string (info, INFO_GROUP, "Original", NULL);

  if (original != NULL)
    *original = uri != NULL ? g_file_new_for_uri (uri) : NULL;
  if (saved != NULL)
    *saved = g_file_info_get_modification_date_time (file_info);

  return TRUE;
}

/* Removes a copy and its info. */
void
buntan_recovery_remove_copy (GFile *copy)
{
  g_autoptr (GFile) info_file = NULL;

  g_return_if_fail (G_IS_FILE (copy));

  info_file = info_file_for (copy);
  g_file_delete (copy, NULL, NULL);
  g_file_delete (info_file, NULL, NULL);
}
