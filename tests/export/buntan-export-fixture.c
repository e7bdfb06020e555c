/* buntan-export-fixture.c — loads a project and exports it, for test-export.py
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: buntan-export-fixture IN.buntan OUT.xlsx [--include-part1]
 * Exit 0 on success; 1 with the error on stderr otherwise.
 */

#include "config.h"

#include <locale.h>

#include "buntan-core.h"

int
main (int argc, char *argv[])
{
  g_autoptr (GFile) in = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  BuntanExportFlags flags = BUNTAN_EXPORT_FLAGS_NONE;

  /* Like the window and the CLI: the export must cope with any locale. */
  setlocale (LC_ALL, "");
  buntan_core_init ();

  if (argc < 3 || argc > 4)
    {
      g_printerr ("usage: %s IN.buntan OUT.xlsx [--include-part1]\n", argv[0]);
      return 2;
    }

  if (argc == 4)
    {
      if (g_strcmp0 (argv[3], "--include-part1") != 0)
        {
          g_printerr ("unknown option %s\n", argv[3]);
          return 2;
        }
      flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_PART1;
    }

  in = g_file_new_for_commandline_arg (argv[1]);
  out = g_file_new_for_commandline_arg (argv[2]);

  project = buntan_project_new_from_file (in, &error);
  if (project == NULL || !buntan_export_xlsx (project, out, flags, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
