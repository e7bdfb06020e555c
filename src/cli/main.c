/* main.c — buntan-cli: Buntan project files without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-cli.h"

int
main (int argc, char **argv)
{
  const char *locale_dir = g_getenv ("BUNTAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* BUNTAN_LOCALEDIR=_build/po runs the build tree in another language. */
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  buntan_core_init ();

  return buntan_cli_run (argc, argv);
}
