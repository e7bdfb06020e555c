/* buntan-project-file.c — project files: reading whole files, saving safely, the fingerprint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "buntan-project-file-private.h"

/* Files: reading whole files, saving safely, the fingerprint */

/**
 * buntan_project_new_from_file:
 * @file: a project file
 * @error: return location for a #BUNTAN_PROJECT_ERROR naming the file, the
 *   place and what is wrong
 *
 * Reads a whole project. Nothing is returned (and nothing is changed) when
 * any part of the file is wrong.
 *
 * Returns: (transfer full) (nullable): the project
 */
BuntanProject *
buntan_project_new_from_file (GFile *file, GError **error)
{
  return buntan_project_new_from_file_keeping_bytes (file, NULL, error);
}

/**
 * buntan_project_new_from_file_keeping_bytes:
 * @file: a project file
 * @read_bytes: (out) (optional): the bytes the project was read from
 * @error: return location for a #BUNTAN_PROJECT_ERROR
 *
 * As buntan_project_new_from_file(), also giving the bytes read: the base of
 * a later merge when someone else saves the file (one read, so the project
 * and the bytes cannot differ).
 *
 * Returns: (transfer full) (nullable): the project
 */
BuntanProject *
buntan_project_new_from_file_keeping_bytes (GFile *file, GBytes **read_bytes, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr (GError) local_error = NULL;
  BuntanProject *self;
  char          *contents = NULL;
  gsize          length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_parse_name (file);

  /* Refuse directories and huge files before reading a byte of them. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: cannot be opened: %s"), display_name, local_error->message);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: is a folder, not a project file"), display_name);
      return NULL;
    }

  /* A pipe would block the reader for ever and /dev/zero never ends. */
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: is a device or a pipe, not a project file"), display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > BUNTAN_PROJECT_MAX_FILE_SIZE)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_TOO_LARGE,
                   _ ("%s: the file is larger than %d MB, far larger than any project; "
                      "it is probably not a Buntan project"),
                   display_name, BUNTAN_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ,
                   _ ("%s: cannot be read: %s"), display_name, local_error->message);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  self = _buntan_project_read (bytes, display_name, error);
  if (self != NULL)
    _buntan_project_set_file (self, file);
  if (self != NULL && read_bytes != NULL)
    *read_bytes = g_steal_pointer (&bytes);

  return self;
}

/**
 * buntan_project_new_from_bytes:
 * @bytes: the contents of a project file
 * @display_name: how to name the file in error messages
 * @error: return location for a #BUNTAN_PROJECT_ERROR
 *
 * Returns: (transfer full) (nullable): the project, with no file
 */
BuntanProject *
buntan_project_new_from_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _buntan_project_read (bytes, display_name, error);
}

/**
 * buntan_project_to_data:
 * @self: a project
 * @flags: what to leave out
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the project as the file format writes it
 */
char *
buntan_project_to_data (BuntanProject *self, BuntanSaveFlags flags, gsize *length)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  return _buntan_project_write (self, buntan_project_get_modified (self), flags, length);
}

static guint
file_mode_or_default (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    return st.st_mode & 07777;

  return 0666;
}

/* Writes the project as it is in memory to @file, through a temporary file
 * and a rename; changes nothing in memory. */
gboolean
_buntan_project_write_file (BuntanProject  *self,
                            GFile          *file,
                            const char     *modified,
                            BuntanSaveFlags flags,
                            GError        **error)
{
  g_autofree char *data = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr (GError) local_error = NULL;
  gboolean saved;
  gsize    length = 0;

  data = _buntan_project_write (self, modified, flags, &length);
  display_name = g_file_get_parse_name (file);

  if (g_file_is_native (file))
    {
      g_autofree char *path = g_file_get_path (file);

      saved = g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                        (int) file_mode_or_default (path), &local_error);
    }
  else
    {
      /* GIO writes remote files through a temporary and a rename too. */
      saved = g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                       NULL, &local_error);
    }

  if (!saved)
    {
      g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE,
                   _ ("%s: could not be saved: %s"), display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Backups of an older format's file ------------------------------------------ */

/* x.buntan → x.v1.buntan, then x.v1-2.buntan, x.v1-3.buntan … (the
 * extension kept, so the copy still opens as a project). */
static GFile *
backup_file_for (GFile *file, guint version, guint attempt)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *stem = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *mark = NULL;
  g_autoptr (GFile) parent = g_file_get_parent (file);
  const char *dot = strrchr (name, '.');

  if (dot == NULL || dot == name)
    dot = name + strlen (name);

  stem = g_strndup (name, dot - name);
  mark =
    attempt <= 1 ? g_strdup_printf ("v%u", version) : g_strdup_printf ("v%u-%u", version, attempt);
  backup = g_strconcat (stem, ".", mark, dot, NULL);

  return parent != NULL ? g_file_get_child (parent, backup) : g_file_new_for_path (backup);
}

/* Only a save over the older file the project was read from keeps a copy;
 * "Save As" elsewhere leaves that file as it is anyway. */
static gboolean
needs_backup (BuntanProject *self, GFile *file)
{
  GFile *own = buntan_project_get_file (self);

  return buntan_project_get_file_version (self) < BUNTAN_PROJECT_FORMAT_VERSION && own != NULL &&
         g_file_equal (own, file) && g_file_query_exists (file, NULL);
}

/* Copies the older file beside itself under the first free name; never
 * writes over a file that exists (G_FILE_COPY_NONE refuses to). */
static gboolean
keep_older_version (BuntanProject *self, GFile *file, GFile **backup, GError **error)
{
  guint version = buntan_project_get_file_version (self);

  for (guint attempt = 1; attempt <= 1000; attempt++)
    {
      g_autoptr (GFile) candidate = backup_file_for (file, version, attempt);
      g_autoptr (GError) local_error = NULL;

      if (g_file_copy (file, candidate, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
        {
          *backup = g_steal_pointer (&candidate);
          return TRUE;
        }

      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_autofree char *display_name = g_file_get_parse_name (file);
          g_autofree char *backup_name = g_file_get_parse_name (candidate);

          g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE,
                       _ ("%s: could not be saved: the file of the older format could not be "
                          "kept as %s first (%s); nothing was changed"),
                       display_name, backup_name, local_error->message);
          return FALSE;
        }
    }

  {
    g_autofree char *display_name = g_file_get_parse_name (file);

    g_set_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_WRITE,
                 _ ("%s: could not be saved: too many copies of the older file exist beside it"),
                 display_name);
  }
  return FALSE;
}

/**
 * buntan_project_dup_backup_file_for:
 * @self: a project
 *
 * Returns: (transfer full) (nullable): where the next save will keep the
 *   project's file before writing the current format over it (the first
 *   name free now), or %NULL when no save will keep a copy
 */
GFile *
buntan_project_dup_backup_file_for (BuntanProject *self)
{
  GFile *file;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  file = buntan_project_get_file (self);
  if (file == NULL || !needs_backup (self, file))
    return NULL;

  for (guint attempt = 1; attempt <= 1000; attempt++)
    {
      g_autoptr (GFile) candidate =
        backup_file_for (file, buntan_project_get_file_version (self), attempt);

      if (!g_file_query_exists (candidate, NULL))
        return g_steal_pointer (&candidate);
    }

  return NULL;
}

/* Reads only the "version" of a file, or 0 when it cannot say. */
guint
_buntan_project_peek_file_version (GFile *file)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_file_get_path (file);
  JsonNode        *root;
  JsonNode        *version;

  if (path == NULL || !json_parser_load_from_file (parser, path, NULL))
    return 0;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;

  version = json_object_get_member (json_node_get_object (root), "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return 0;

  return (guint) CLAMP (json_node_get_int (version), 0, G_MAXUINT);
}

/**
 * buntan_project_save:
 * @self: a project
 * @file: where to save
 * @flags: #BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME to leave "modified" as it is
 * @error: return location for a #BUNTAN_PROJECT_ERROR_WRITE
 *
 * Writes the project to a temporary file beside @file and renames it into
 * place, so @file is either the old or the new project, never half of one.
 * The file keeps its permissions. On success the project is no longer
 * modified and belongs to @file; on failure nothing in memory changes.
 *
 * Returns: %TRUE on success
 */
gboolean
buntan_project_save (BuntanProject *self, GFile *file, BuntanSaveFlags flags, GError **error)
{
  g_autofree char *modified = NULL;
  g_autoptr (GFile) backup = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (flags & BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME)
    modified = g_strdup (buntan_project_get_modified (self));
  else
    modified = buntan_date_time_now ();

  if (needs_backup (self, file) && !keep_older_version (self, file, &backup, error))
    return FALSE;

  if (!_buntan_project_write_file (self, file, modified, flags, error))
    {
      /* The old file is still in place: the copy is not needed. */
      if (backup != NULL)
        g_file_delete (backup, NULL, NULL);
      return FALSE;
    }

  _buntan_project_set_backup_file (self, backup);
  _buntan_project_set_file_version (self, BUNTAN_PROJECT_FORMAT_VERSION);

  if (!(flags & BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME))
    _buntan_project_set_times (self, buntan_project_get_created (self), modified);
  _buntan_project_set_file (self, file);
  buntan_project_set_is_modified (self, FALSE);

  return TRUE;
}

/**
 * buntan_project_dup_fingerprint:
 * @self: a project
 *
 * Two projects with the same parties, items and negotiation state have the
 * same fingerprint, whenever and wherever they were saved.
 *
 * Returns: (transfer full): a SHA-256 hex digest of the canonical content
 */
char *
buntan_project_dup_fingerprint (BuntanProject *self)
{
  g_autofree char *data = NULL;
  gsize            length = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  data = _buntan_project_write (self, NULL, BUNTAN_SAVE_FLAGS_WITHOUT_TIMES, &length);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

/* A fingerprint as the file keeps it: 64 lowercase hex digits (SHA-256).
 * Versions and questionnaires both record fingerprints. */
gboolean
_buntan_project_file_is_sha256_hex (const char *text)
{
  if (strlen (text) != 64)
    return FALSE;

  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c) && !(*c >= 'a' && *c <= 'f'))
      return FALSE;

  return TRUE;
}

/* Questionnaires and renewal rounds name vendors: a party of the project,
 * and not the hospital. */
gboolean
_buntan_project_file_check_vendor (BuntanJsonReader *reader,
                                   BuntanProject    *project,
                                   const char       *path,
                                   const char       *member,
                                   const char       *party_id)
{
  BuntanParty *party = buntan_project_find_party (project, party_id);

  if (party == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, path, member,
                                      _ ("“%s” names no party of this project"), party_id);
  if (buntan_party_is_hospital (party))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, member,
                                      _ ("“%s” is the hospital; only a vendor can be named here"),
                                      party_id);
  return TRUE;
}
