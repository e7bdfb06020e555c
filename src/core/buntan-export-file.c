/* buntan-export-file.c — a file replaced whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "buntan-core.h"
#include "buntan-export-file.h"

void
_buntan_export_set_write_error (GError **error, const char *display_name, const char *reason)
{
  g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_WRITE,
               _ ("%s: could not be written: %s"), display_name, reason);
}

/* Flushes the finished file to disk before it replaces the old one. */
static gboolean
sync_file (const char *path, GError **error)
{
  int fd = g_open (path, O_RDONLY, 0);
  int saved_errno;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }

  return g_close (fd, error);
}

/* The file is written beside @file by @write and renamed into place, so
 * @file is either untouched or complete; a #BUNTAN_EXPORT_ERROR names it. */
gboolean
_buntan_export_file_replace (GFile                *file,
                             BuntanExportWriteFunc write,
                             gpointer              user_data,
                             GError              **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *dirname = NULL;
  g_autoptr (GError) local_error = NULL;
  GStatBuf st;
  int      fd;

  display_name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      _buntan_export_set_write_error (error, display_name,
                                      _ ("only files on this computer can be written"));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      _buntan_export_set_write_error (error, display_name, _ ("it is a folder"));
      return FALSE;
    }

  /* The temporary file sits beside the target, so the rename cannot cross
   * file systems; the dot hides it while it grows. */
  basename = g_path_get_basename (path);
  dirname = g_path_get_dirname (path);
  temp_path = g_strdup_printf ("%s%c.%s.XXXXXX.tmp", dirname, G_DIR_SEPARATOR, basename);
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      _buntan_export_set_write_error (error, display_name, g_strerror (errno));
      return FALSE;
    }
  g_close (fd, NULL);

  if (!write (temp_path, display_name, user_data, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }

  if (!sync_file (temp_path, &local_error))
    {
      g_unlink (temp_path);
      _buntan_export_set_write_error (error, display_name, local_error->message);
      return FALSE;
    }

  /* Replacing a file keeps who may read it. */
  if (g_stat (path, &st) == 0)
    g_chmod (temp_path, st.st_mode & 07777);

  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      _buntan_export_set_write_error (error, display_name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Debian's libxlsxwriter prints numbers in the process locale: "1,5" or a
 * column width of "13,28" under de_DE would corrupt the workbook. So
 * LC_NUMERIC is "C" while @write runs; only this thread switches, and every
 * other category stays as it was. Every workbook Buntan writes goes through
 * here. */
gboolean
_buntan_export_write_in_c_numeric (BuntanExportPathWriter write,
                                   gpointer               data,
                                   const char            *temp_path,
                                   const char            *display_name,
                                   GError               **error)
{
  locale_t base = duplocale (uselocale ((locale_t) 0));
  locale_t c_numeric = base != (locale_t) 0 ? newlocale (LC_NUMERIC_MASK, "C", base) : (locale_t) 0;
  locale_t previous;
  gboolean written;

  if (c_numeric == (locale_t) 0)
    {
      int saved_errno = errno;

      if (base != (locale_t) 0)
        freelocale (base);
      _buntan_export_set_write_error (error, display_name, g_strerror (saved_errno));
      return FALSE;
    }

  previous = uselocale (c_numeric);
  written = write (data, temp_path, display_name, error);
  uselocale (previous);
  freelocale (c_numeric);

  return written;
}
