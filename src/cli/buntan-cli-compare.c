/* buntan-cli-compare.c — buntan-cli diff and merge: several editors of one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-cli-private.h"

typedef struct
{
  const char    *path;
  BuntanProject *project;
  GError        *error;
} Load;

static gpointer
load_in_thread (gpointer data)
{
  Load *load = data;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (load->path);

  load->project = buntan_project_new_from_file (file, &load->error);
  return NULL;
}

/* Opens the files side by side, one thread each: reading dominates a diff
 * or a merge of large projects, and each file is read on its own. The
 * errors are told in the order of the command line. */
static gboolean
load_projects (char **paths, guint n, BuntanProject **projects)
{
  g_autofree Load     *loads = g_new0 (Load, n);
  g_autofree GThread **threads = g_new0 (GThread *, n);
  gboolean             loaded = TRUE;

  for (guint i = 0; i < n; i++)
    {
      loads[i].path = paths[i];
      threads[i] = g_thread_new ("load", load_in_thread, &loads[i]);
    }

  for (guint i = 0; i < n; i++)
    {
      g_thread_join (threads[i]);
      projects[i] = loads[i].project;
      if (loads[i].error != NULL)
        {
          g_printerr ("%s\n", loads[i].error->message);
          g_clear_error (&loads[i].error);
          loaded = FALSE;
        }
    }

  return loaded;
}

static int
print_listing (const char *path)
{
  g_autoptr (BuntanProject) project = buntan_cli_load_project (path);
  g_autofree char *listing = NULL;

  if (project == NULL)
    return BUNTAN_CLI_EXIT_FAILURE;

  listing = buntan_comparison_dup_listing (project);
  g_print ("%s", listing);
  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_diff (const BuntanCliCommand *command, int argc, char **argv)
{
  gboolean           json = FALSE;
  gboolean           textconv = FALSE;
  int                from_version = 0, to_version = 0;
  const GOptionEntry entries[] = {
    { "from-version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &from_version,
      N_ ("Compare agreed version N of FILE (with the current state)"), N_ ("N") },
    { "to-version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_INT, &to_version,
      N_ ("With --from-version: compare with agreed version M instead"), N_ ("M") },
    { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &json, N_ ("Print JSON"), NULL },
    { "textconv", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &textconv,
      N_ ("Print one FILE's content for git's text conversion"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) args = NULL;
  BuntanProject *projects[2] = { NULL, NULL };
  g_autoptr (BuntanProject) old_project = NULL;
  g_autoptr (BuntanProject) new_project = NULL;
  g_autoptr (BuntanComparison) comparison = NULL;
  gboolean    loaded;
  GListModel *changes;
  int         status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 1, 2, &status);
  if (args == NULL)
    return status;

  if (textconv)
    {
      if (g_strv_length (args) != 1)
        return buntan_cli_usage_error (command, _ ("--textconv takes one FILE"));
      return print_listing (args[0]);
    }

  if (from_version > 0 && g_strv_length (args) == 1)
    return buntan_cli_diff_versions (args[0], from_version, MAX (to_version, 0), json);
  if (from_version < 0 || to_version < 0 || (to_version > 0 && from_version == 0))
    return buntan_cli_usage_error (command, _ ("--to-version needs --from-version N, N from 1"));

  if (g_strv_length (args) != 2)
    return buntan_cli_usage_error (command, _ ("an argument is missing"));

  loaded = load_projects (args, 2, projects);
  old_project = projects[0];
  new_project = projects[1];
  if (!loaded)
    return BUNTAN_CLI_EXIT_FAILURE;

  comparison = buntan_comparison_new (old_project, new_project);
  changes = buntan_comparison_get_changes (comparison);

  if (json)
    {
      g_autofree char *text = buntan_comparison_to_json (comparison, NULL);

      g_print ("%s\n", text);
    }
  else
    {
      for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
        {
          g_autoptr (BuntanChange) change = g_list_model_get_item (changes, i);
          g_autofree char *sentence = buntan_change_describe (change);

          g_print ("%s\n", sentence);
        }
    }

  return g_list_model_get_n_items (changes) == 0 ? BUNTAN_CLI_EXIT_OK : BUNTAN_CLI_EXIT_DIFFERENT;
}

int
buntan_cli_merge (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *output = NULL;
  gboolean           force = FALSE;
  const GOptionEntry entries[] = { { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME,
                                     &output, N_ ("Write the merged project to OUT"), N_ ("OUT") },
                                   { "force", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force,
                                     N_ ("Merge even projects with different ids"), NULL },
                                   G_OPTION_ENTRY_NULL };
  g_auto (GStrv) args = NULL;
  BuntanProject *projects[3] = { NULL, NULL, NULL };
  g_autoptr (BuntanProject) base = NULL;
  g_autoptr (BuntanProject) ours = NULL;
  g_autoptr (BuntanProject) theirs = NULL;
  g_autoptr (BuntanProject) merged = NULL;
  gboolean loaded;
  g_autoptr (GListModel) conflicts = NULL;
  g_autoptr (GFile) target = NULL;
  g_autoptr (GError) error = NULL;
  guint n_conflicts = 0;
  int   status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 3, 3, &status);
  if (args == NULL)
    return status;
  if (output == NULL)
    return buntan_cli_usage_error (command, _ ("the merged project needs a file: give -o OUT"));

  loaded = load_projects (args, 3, projects);
  base = projects[0];
  ours = projects[1];
  theirs = projects[2];
  if (!loaded)
    return BUNTAN_CLI_EXIT_FAILURE;

  /* Two different negotiations merge into one that is neither: every item
   * of the other hospital's project would come in as their change. */
  for (guint i = 1; i < 3 && !force; i++)
    if (!buntan_merge_is_same_project (base, projects[i]))
      {
        g_printerr (_ ("%s and %s are different projects (ids %s and %s); merging them would mix "
                       "two negotiations. Nothing was written. Give --force to merge them "
                       "anyway.\n"),
                    args[0], args[i], buntan_project_get_id (base),
                    buntan_project_get_id (projects[i]));
        return BUNTAN_CLI_EXIT_FAILURE;
      }

  merged = buntan_merge_projects (base, ours, theirs, &n_conflicts, &error);
  if (merged == NULL)
    {
      g_printerr (_ ("The projects cannot be merged: %s\n"), error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  target = g_file_new_for_commandline_arg (output);
  if (!buntan_project_save (merged, target, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &error))
    {
      g_printerr ("%s\n", error->message);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  if (n_conflicts == 0)
    return BUNTAN_CLI_EXIT_OK;

  /* Every conflict the file holds, older ones too: all wait for a decision. */
  conflicts = buntan_conflict_list_project (merged);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u conflict; ours is kept in the merged project:\n",
                           "%u conflicts; ours is kept in the merged project:\n",
                           g_list_model_get_n_items (conflicts)),
              g_list_model_get_n_items (conflicts));
  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr (BuntanConflict) conflict = g_list_model_get_item (conflicts, i);
      g_autofree char *sentence = buntan_conflict_describe (conflict);

      g_printerr ("  %s\n", sentence);
    }

  return BUNTAN_CLI_EXIT_CONFLICTS;
}
