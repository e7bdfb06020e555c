/* reliability-util.c — what the fault injection tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "reliability-util.h"

void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = buntan_test_make_dir ();
  fixture->target = g_build_filename (fixture->dir, "project.buntan", NULL);
}

void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  buntan_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->target);
}

/**
 * read_file_or_null:
 * @path: a file
 * @length: (out): its length
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL when it cannot be read
 */
char *
read_file_or_null (const char *path, gsize *length)
{
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, length, NULL))
    return NULL;

  return contents;
}

void
write_file (const char *path, const char *contents, gsize length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

/* A save that failed must not leave its temporary file behind. */
guint
count_entries (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

BuntanProject *
load_path (const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return buntan_project_new_from_file (file, error);
}

gboolean
save_path (BuntanProject *project, const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return buntan_project_save (project, file, BUNTAN_SAVE_FLAGS_NONE, error);
}

/* The project as the file format writes it, without the save time: two
 * saves of the same project give the same canonical text. */
char *
canonical_text (BuntanProject *project)
{
  return buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_WITHOUT_TIMES, NULL);
}

/**
 * enforce_file_modes:
 * @enforce: whether the calling thread is to be held to file modes
 *
 * Root passes every permission check through two capabilities,
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH. Without them in its effective
 * set, root is held to a file's mode bits like any owner, so a test of a
 * read-only folder or an unreadable file means something when run as root,
 * as in CI. The capabilities stay permitted, so %FALSE gives them back.
 * They belong to the calling thread only, which is where the core loads and
 * saves. For other users this does nothing.
 */
void
enforce_file_modes (gboolean enforce)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct   data[_LINUX_CAPABILITY_U32S_3];
  static const int                overrides[] = { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH };

  if (geteuid () != 0)
    return;

  g_assert_cmpint (syscall (SYS_capget, &header, data), ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (overrides); i++)
    {
      guint32                        mask = CAP_TO_MASK (overrides[i]);
      struct __user_cap_data_struct *word = &data[CAP_TO_INDEX (overrides[i])];

      if (enforce)
        word->effective &= ~mask;
      else
        word->effective |= word->permitted & mask;
    }
  g_assert_cmpint (syscall (SYS_capset, &header, data), ==, 0);
}
