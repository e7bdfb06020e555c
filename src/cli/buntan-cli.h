/* buntan-cli.h — buntan-cli, the headless face of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses, documented in “buntan-cli --help”: scripts rely on them. */
typedef enum
{
  BUNTAN_CLI_EXIT_OK = 0,
  BUNTAN_CLI_EXIT_FAILURE = 1,
  BUNTAN_CLI_EXIT_USAGE = 2,
  BUNTAN_CLI_EXIT_GAPS = 3,
  BUNTAN_CLI_EXIT_DIFFERENT = 4,
  BUNTAN_CLI_EXIT_CONFLICTS = 5,
} BuntanCliExit;

int
buntan_cli_run (int argc, char **argv);

G_END_DECLS
