/* buntan-export-fixture.c — loads a project and exports it, for test-export.py
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: buntan-export-fixture IN.buntan OUT.xlsx [--include-part1] [--include-meetings]
 *          [--final] [--allow-gaps] [--vendor=ID] [--contract=ID]
 * Exit 0 on success; 1 with the error on stderr otherwise.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "buntan-core.h"

int
main (int argc, char *argv[])
{
  g_autoptr (GFile) in = NULL;
  g_autoptr (GFile) out = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  BuntanExportOptions options = { 0 };

  /* Like the window and the CLI: the export must cope with any locale. */
  setlocale (LC_ALL, "");
  buntan_core_init ();

  if (argc < 3)
    {
      g_printerr ("usage: %s IN.buntan OUT.xlsx [OPTION…]\n", argv[0]);
      return 2;
    }

  for (int i = 3; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--include-part1") == 0)
        options.flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_PART1;
      else if (g_strcmp0 (argv[i], "--include-meetings") == 0)
        options.flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS;
      else if (g_strcmp0 (argv[i], "--final") == 0)
        options.flags |= BUNTAN_EXPORT_FLAGS_FINAL;
      else if (g_strcmp0 (argv[i], "--allow-gaps") == 0)
        options.flags |= BUNTAN_EXPORT_FLAGS_ALLOW_GAPS;
      else if (g_str_has_prefix (argv[i], "--vendor="))
        options.vendor_id = argv[i] + strlen ("--vendor=");
      else if (g_str_has_prefix (argv[i], "--contract="))
        options.contract_id = argv[i] + strlen ("--contract=");
      else
        {
          g_printerr ("unknown option %s\n", argv[i]);
          return 2;
        }
    }

  in = g_file_new_for_commandline_arg (argv[1]);
  out = g_file_new_for_commandline_arg (argv[2]);

  project = buntan_project_new_from_file (in, &error);
  if (project == NULL || !buntan_export_xlsx_with_options (project, out, &options, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
