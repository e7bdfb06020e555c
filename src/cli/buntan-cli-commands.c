/* buntan-cli-commands.c — the commands of buntan-cli that write or check files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "buntan-cli-private.h"

/* The loaders and savers print the core's messages untouched: they already
 * read “FILE: place: problem”, and a second prefix would only hide that. */

static void
print_error (const GError *error)
{
  g_printerr ("%s\n", error->message);
}

static void
print_available_templates (void)
{
  g_autoptr (GPtrArray) templates = buntan_checklist_library_list (NULL);
  g_autoptr (GString) ids = g_string_new (NULL);
  g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);

  /* Each id once, however many versions are installed. */
  for (guint i = 0; i < templates->len; i++)
    {
      const char *id = buntan_template_get_id (g_ptr_array_index (templates, i));

      if (!g_hash_table_add (listed, (gpointer) id))
        continue;
      if (ids->len > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, id);
    }

  g_printerr (_ ("Available templates: %s\n"), ids->str);
}

/* Texts given on the command line are taken as UTF-8 when they are, as the
 * rest of buntan-cli's input and output is, so that “--title 電子カルテ”
 * works under LANG=C too; anything else is converted from the locale. */
static gboolean
text_option_to_utf8 (const BuntanCliCommand *command, const char *option, char **text, int *status)
{
  g_autoptr (GError) error = NULL;
  char *converted;

  if (*text == NULL || g_utf8_validate (*text, -1, NULL))
    return TRUE;

  converted = g_locale_to_utf8 (*text, -1, NULL, NULL, &error);
  if (converted == NULL)
    {
      *status = buntan_cli_usage_error (command, "%s: %s", option, error->message);
      return FALSE;
    }

  g_free (*text);
  *text = converted;
  return TRUE;
}

int
buntan_cli_new (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *template_id = NULL;
  g_autofree char   *title = NULL;
  g_autofree char   *organization = NULL;
  g_autofree char   *output = NULL;
  gboolean           force = FALSE;
  const GOptionEntry entries[] = {
    { "template", 't', G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, &template_id,
      N_ ("Start from the checklist ID, bundled or installed (default: buntan-default)"),
      N_ ("ID") },
    /* Read as bytes, see text_option_to_utf8(). */
    { "title", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &title, N_ ("The project's title"),
      N_ ("TITLE") },
    { "organization", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &organization,
      N_ ("The hospital's name, also given to the hospital party"), N_ ("NAME") },
    { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, &output,
      N_ ("Write the new project to FILE"), N_ ("FILE") },
    { "force", 'f', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, &force, N_ ("Replace FILE if it exists"),
      NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) args = NULL;
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GError) error = NULL;
  guint n_items;
  int   status;

  args = buntan_cli_parse_options (command, entries, argc, argv, 0, 0, &status);
  if (args == NULL)
    return status;

  if (output == NULL)
    return buntan_cli_usage_error (command, _ ("no output file: give one with -o FILE"));

  if (!text_option_to_utf8 (command, "--title", &title, &status) ||
      !text_option_to_utf8 (command, "--organization", &organization, &status))
    return status;

  template =
    buntan_template_lookup (template_id != NULL ? template_id : BUNTAN_DEFAULT_TEMPLATE_ID, &error);
  if (template == NULL)
    {
      print_error (error);
      print_available_templates ();
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  file = g_file_new_for_commandline_arg (output);
  name = g_file_get_parse_name (file);

  /* A project file holds weeks of negotiation: never replace one by accident. */
  if (!force && g_file_query_exists (file, NULL))
    {
      g_printerr (_ ("%s: already exists; give --force to replace it\n"), name);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  project = buntan_project_new_from_template (template);
  if (title != NULL)
    buntan_project_set_title (project, title);
  if (organization != NULL)
    {
      buntan_project_set_organization (project, organization);
      buntan_party_set_name (buntan_project_get_hospital (project), organization);
    }

  if (!buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, &error))
    {
      print_error (error);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  n_items = g_list_model_get_n_items (buntan_project_get_items (project));
  g_print (ngettext ("%s: created with %u item from the template “%s” (%s)\n",
                     "%s: created with %u items from the template “%s” (%s)\n", n_items),
           name, n_items, buntan_template_get_id (template),
           buntan_template_get_version (template));

  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_validate (const BuntanCliCommand *command, int argc, char **argv)
{
  g_auto (GStrv) args = NULL;
  guint n_files, n_refused = 0;
  int   status;

  args = buntan_cli_parse_options (command, NULL, argc, argv, 1, G_MAXUINT, &status);
  if (args == NULL)
    return status;

  n_files = g_strv_length (args);
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr (BuntanProject) project = buntan_cli_load_project (args[i]);

      if (project == NULL)
        n_refused++;
    }

  if (n_refused == 0)
    {
      g_print (ngettext ("%u project file checked: it can be opened.\n",
                         "%u project files checked: all can be opened.\n", n_files),
               n_files);
      return BUNTAN_CLI_EXIT_OK;
    }

  g_print (ngettext ("%u project file checked: %u cannot be opened.\n",
                     "%u project files checked: %u cannot be opened.\n", n_files),
           n_files, n_refused);
  return BUNTAN_CLI_EXIT_FAILURE;
}

int
buntan_cli_check (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (BuntanOverview) overview = NULL;
  GPtrArray *gaps, *warnings;
  int        status;

  project = buntan_cli_open_project (command, NULL, argc, argv, NULL, &status);
  if (project == NULL)
    return status;

  overview = buntan_overview_new (project);
  gaps = buntan_overview_get_gaps (overview);
  warnings = buntan_overview_get_warnings (overview);
  for (guint i = 0; i < gaps->len; i++)
    g_print ("%s\n", buntan_gap_get_message (g_ptr_array_index (gaps, i)));

  if (gaps->len == 0 && buntan_cyber_checklist_applies (project))
    g_print ("%s\n", _ ("No gaps: every vendor has answered, and every “No” has a target date."));
  else if (gaps->len == 0)
    g_print ("%s\n", _ ("No gaps: every item has someone responsible and every vendor a part."));

  /* Shown after the gaps; they never change the exit status. */
  for (guint i = 0; i < warnings->len; i++)
    {
      g_autofree char *sentence =
        buntan_warning_describe (g_ptr_array_index (warnings, i), BUNTAN_GAP_TEXT_LONG);

      /* TRANSLATORS: a line of “buntan-cli check”: something to look at that is not a gap */
      g_print (_ ("warning: %s\n"), sentence);
    }

  return gaps->len > 0 ? BUNTAN_CLI_EXIT_GAPS : BUNTAN_CLI_EXIT_OK;
}

static gboolean
file_holds (GFile *file, const char *data, gsize length)
{
  g_autofree char *contents = NULL;
  gsize            contents_length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &contents_length, NULL, NULL))
    return FALSE;

  return contents_length == length && memcmp (contents, data, length) == 0;
}

int
buntan_cli_normalize (const BuntanCliCommand *command, int argc, char **argv)
{
  g_autofree char   *output = NULL;
  const GOptionEntry entries[] = { { "output", 'o', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME,
                                     &output, N_ ("Write to OUT and leave FILE as it is"),
                                     N_ ("OUT") },
                                   G_OPTION_ENTRY_NULL };
  g_autofree char   *path = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GFile) target = NULL;
  g_autofree char *target_name = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  project = buntan_cli_open_project (command, entries, argc, argv, &path, &status);
  if (project == NULL)
    return status;

  target = g_file_new_for_commandline_arg (output != NULL ? output : path);
  target_name = g_file_get_parse_name (target);

  /* Leave a canonical file untouched, so that its time stamp and any hard
   * links stay as they were. */
  if (output == NULL)
    {
      gsize            length = 0;
      g_autofree char *data =
        buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &length);

      if (file_holds (target, data, length))
        {
          g_print (_ ("%s: already in canonical form\n"), target_name);
          return BUNTAN_CLI_EXIT_OK;
        }
    }

  if (!buntan_project_save (project, target, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &error))
    {
      print_error (error);
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  g_print (_ ("%s: written in canonical form\n"), target_name);
  /* Writing over an older format's file migrated it: say where the old one is. */
  if (buntan_project_get_backup_file (project) != NULL)
    {
      g_autofree char *backup_name =
        g_file_get_parse_name (buntan_project_get_backup_file (project));

      g_print (_ ("%s: the file of the older format was kept as %s\n"), target_name, backup_name);
    }
  return BUNTAN_CLI_EXIT_OK;
}

int
buntan_cli_templates (const BuntanCliCommand *command, int argc, char **argv)
{
  g_auto (GStrv) args = NULL;
  g_autoptr (GPtrArray) templates = NULL;
  int id_width = 0, version_width = 0;
  int status;

  args = buntan_cli_parse_options (command, NULL, argc, argv, 0, 0, &status);
  if (args == NULL)
    return status;

  templates = buntan_template_list_bundled ();
  if (templates->len == 0)
    {
      /* Only a broken build gets here: the default template is compiled in. */
      g_printerr ("%s\n", _ ("No checklist template is bundled with this build."));
      return BUNTAN_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < templates->len; i++)
    {
      BuntanTemplate *template = g_ptr_array_index (templates, i);

      id_width = MAX (id_width, (int) strlen (buntan_template_get_id (template)));
      version_width = MAX (version_width, (int) strlen (buntan_template_get_version (template)));
    }

  for (guint i = 0; i < templates->len; i++)
    {
      BuntanTemplate *template = g_ptr_array_index (templates, i);
      guint n_items = g_list_model_get_n_items (buntan_template_get_items (template));

      /* Ids and versions are ASCII, so bytes are columns. */
      g_print ("%-*s  %-*s  ", id_width, buntan_template_get_id (template), version_width,
               buntan_template_get_version (template));
      g_print (ngettext ("%s (%u item)\n", "%s (%u items)\n", n_items),
               buntan_template_get_title (template), n_items);
    }

  return BUNTAN_CLI_EXIT_OK;
}
