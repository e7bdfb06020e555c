/* main.c — the buntan program: the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "buntan-application.h"
#include "buntan-core.h"
#include "buntan-resources.h"

int
main (int argc, char *argv[])
{
  g_autoptr (BuntanApplication) application = NULL;
  const char *locale_dir = g_getenv ("BUNTAN_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* BUNTAN_LOCALEDIR=_build/po runs the build tree in another language. */
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Both libraries are static: nothing registers their resources for us. */
  buntan_core_init ();
  buntan_register_resource ();

  g_set_application_name (_ ("Buntan"));
  application = buntan_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}
