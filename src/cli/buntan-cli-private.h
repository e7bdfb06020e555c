/* buntan-cli-private.h — what the commands of buntan-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-cli.h"

G_BEGIN_DECLS

typedef struct _BuntanCliCommand BuntanCliCommand;

struct _BuntanCliCommand
{
  const char *name;
  const char *parameters;  /* N_(): what follows [OPTION…] in the usage line */
  const char *summary;     /* N_(): one line, for “buntan-cli --help” */
  const char *description; /* N_(): output and exit status, for the command's --help */
  const char *exit_status; /* N_(): the exit statuses, ending the command's --help */
  const char *format_help; /* not translated (a JSON shape), after the description */
  int (*run) (const BuntanCliCommand *command, int argc, char **argv);
};

char **
buntan_cli_parse_options (const BuntanCliCommand *command,
                          const GOptionEntry     *entries,
                          int                     argc,
                          char                  **argv,
                          guint                   min_args,
                          guint                   max_args,
                          int                    *status);
int
buntan_cli_usage_error (const BuntanCliCommand *command, const char *format, ...)
  G_GNUC_PRINTF (2, 3);
BuntanProject *
buntan_cli_load_project (const char *path);
BuntanProject *
buntan_cli_open_project (const BuntanCliCommand *command,
                         const GOptionEntry     *entries,
                         int                     argc,
                         char                  **argv,
                         char                  **path,
                         int                    *status);
char *
buntan_cli_dup_file_name (const char *path);
gboolean
buntan_cli_make_folder (const char *directory);

/* buntan-cli-commands.c */
int
buntan_cli_new (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_validate (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_check (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_normalize (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_templates (const BuntanCliCommand *command, int argc, char **argv);

/* buntan-cli-new-year.c */
int
buntan_cli_new_year (const BuntanCliCommand *command, int argc, char **argv);

/* buntan-cli-info.c */
int
buntan_cli_info (const BuntanCliCommand *command, int argc, char **argv);

/* buntan-cli-compare.c */
int
buntan_cli_diff (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_merge (const BuntanCliCommand *command, int argc, char **argv);
/* buntan-cli-export.c */
int
buntan_cli_export (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_fingerprint (const BuntanCliCommand *command, int argc, char **argv);


/* buntan-cli-checklists.c */
int
buntan_cli_checklists (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_checklist_validate (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_checklist_import (const BuntanCliCommand *command, int argc, char **argv);
/* buntan-cli-checklist-update.c */
int
buntan_cli_checklist_updates (const BuntanCliCommand *command, int argc, char **argv);
/* buntan-cli-versions.c */
int
buntan_cli_versions (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_agree (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_withdraw (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_round (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_diff_versions (const char *path, guint from, guint to, gboolean json);
/* buntan-cli-questionnaire.c */
int
buntan_cli_questionnaire (const BuntanCliCommand *command, int argc, char **argv);
int
buntan_cli_import_answers (const BuntanCliCommand *command, int argc, char **argv);

G_END_DECLS
