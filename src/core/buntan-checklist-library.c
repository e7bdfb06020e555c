/* buntan-checklist-library.c — the checklists new projects can start from
 *
 * The bundled ones come with Buntan (resources); a hospital's own are
 * installed per user as template files in $XDG_DATA_HOME/buntan/checklists/,
 * one file per id and version, so an older version stays available to the
 * projects that came from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

#include "buntan-checklist-library.h"
#include "buntan-template-private.h"

/**
 * buntan_checklist_library_dup_dir:
 *
 * Returns: (transfer full): the folder of the user's installed checklists
 */
char *
buntan_checklist_library_dup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "buntan", "checklists", NULL);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

static void
list_installed (GPtrArray *templates, GPtrArray *problems)
{
  g_autofree char *path = buntan_checklist_library_dup_dir ();
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  /* No folder is the usual case: nothing was installed yet. */
  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file_path = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autoptr (GFile) file = g_file_new_for_path (file_path);
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) error = NULL;
      BuntanTemplate *template = NULL;

      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      if (bytes != NULL)
        template = buntan_template_new_from_bytes (bytes, file_path, &error);
      if (template == NULL)
        {
          if (problems != NULL)
            g_ptr_array_add (problems, g_strdup (error->message));
          continue;
        }
      _buntan_template_set_file (template, file);
      g_ptr_array_add (templates, template);
    }
}

/**
 * buntan_checklist_library_list:
 * @problems: (out) (optional) (transfer full) (element-type utf8): the
 *   installed files that could not be read, as messages naming file and place
 *
 * Returns: (transfer full) (element-type BuntanTemplate): the bundled
 *   checklists, then the installed ones in file name order
 */
GPtrArray *
buntan_checklist_library_list (GPtrArray **problems)
{
  GPtrArray *templates = buntan_template_list_bundled ();

  if (problems != NULL)
    *problems = g_ptr_array_new_with_free_func (g_free);
  list_installed (templates, problems != NULL ? *problems : NULL);

  return templates;
}

/**
 * buntan_checklist_library_install:
 * @json: a checklist template's text
 * @replace: whether an installed checklist of the same id and version may
 *   be replaced
 * @installed: (out) (optional) (transfer full): the file written
 * @error: return location for a #GError
 *
 * A checklist cannot take the id of a bundled one: a project that says it
 * came from “buntan-default” must have come from Buntan's.
 *
 * Returns: (transfer full) (nullable): the installed checklist
 */
BuntanTemplate *
buntan_checklist_library_install (const char *json,
                                  gboolean    replace,
                                  GFile     **installed,
                                  GError    **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (GPtrArray) bundled = NULL;
  g_autofree char *dir = buntan_checklist_library_dup_dir ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  const char *id, *version;

  g_return_val_if_fail (json != NULL, NULL);

  bytes = g_bytes_new (json, strlen (json));
  template = buntan_template_new_from_bytes (bytes, _ ("the checklist"), error);
  if (template == NULL)
    return NULL;
  id = buntan_template_get_id (template);
  version = buntan_template_get_version (template);

  bundled = buntan_template_list_bundled ();
  for (guint i = 0; i < bundled->len; i++)
    if (g_strcmp0 (buntan_template_get_id (g_ptr_array_index (bundled, i)), id) == 0)
      {
        g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_EXISTS,
                     _ ("“%s” is the id of a checklist bundled with Buntan; give your checklist "
                        "an id of its own"),
                     id);
        return NULL;
      }

  name = g_strdup_printf ("%s@%s.json", id, version);
  path = g_build_filename (dir, name, NULL);
  if (!replace && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_EXISTS,
                   _ ("%s: the checklist “%s” version %s is installed already; give it another "
                      "version, or replace it"),
                   path, id, version);
      return NULL;
    }

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", dir,
                   g_strerror (saved_errno));
      return NULL;
    }
  /* g_file_set_contents() writes beside the target and renames. */
  if (!g_file_set_contents (path, json, -1, error))
    return NULL;

  file = g_file_new_for_path (path);
  _buntan_template_set_file (template, file);
  if (installed != NULL)
    *installed = g_steal_pointer (&file);
  return g_steal_pointer (&template);
}
