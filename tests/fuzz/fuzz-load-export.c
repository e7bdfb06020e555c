/* fuzz-load-export.c — any project that loads must export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "fuzz-common.h"

static const char *
workbook_path (void)
{
  static char *path;

  if (path == NULL)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("buntan-fuzz-export-XXXXXX", &error);

      g_assert_no_error (error);
      path = g_build_filename (dir, "fuzz.xlsx", NULL);
    }

  return path;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  project = buntan_project_new_from_bytes (bytes, "fuzz.buntan", &error);
  if (project == NULL)
    return 0;

  /* Every project the reader accepts is one a user can export: a refusal
   * here is a bug as much as a crash is. */
  file = g_file_new_for_path (workbook_path ());
  if (!buntan_export_xlsx (project, file, BUNTAN_EXPORT_FLAGS_INCLUDE_PART1, &error))
    g_error ("a project that loads did not export: %s", error->message);

  g_unlink (workbook_path ());
  return 0;
}
