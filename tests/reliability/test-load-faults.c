/* test-load-faults.c — opening what is not quite a project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files mailed by vendors, copied from USB sticks while still being
 * written, replaced by folders, linked in circles: each gives a message
 * that says what is wrong, never a crash or a hang.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "reliability-util.h"

/* A refusal: the project's own error, the code given, the file named, and
 * text that a label can show. */
static void
assert_refused (GError *error, int code, const char *name, const char *part)
{
  g_assert_error (error, BUNTAN_PROJECT_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (name != NULL)
    g_assert_nonnull (strstr (error->message, name));
  if (part != NULL && strstr (error->message, part) == NULL)
    g_error ("“%s” is not in the message “%s”", part, error->message);
}

static void
assert_load_refused (const char *path, int code, const char *part)
{
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);

  project = load_path (path, &error);
  g_assert_null (project);
  g_test_message ("%s", error->message);
  assert_refused (error, code, basename, part);
}

static gboolean
is_whitespace (const char *text, gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;

  return TRUE;
}

/* A file cut short anywhere — inside a Japanese character, a string, a
 * number, between members — is refused as damaged; only the whole file
 * (give or take its final newline) loads. */
static void
test_truncated (void)
{
  g_autofree char *path = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *text = NULL;
  gsize            length = 0;
  guint            refused = 0;

  text = read_file_or_null (path, &length);
  g_assert_nonnull (text);

  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (text, cut);
      g_autoptr (BuntanProject) project = NULL;
      g_autoptr (GError) error = NULL;

      project = buntan_project_new_from_bytes (bytes, "cut.buntan", &error);
      if (is_whitespace (text + cut, length - cut))
        {
          g_assert_no_error (error);
          g_assert_nonnull (project);
          continue;
        }

      g_assert_null (project);
      g_assert_error (error, BUNTAN_PROJECT_ERROR, error->code);
      g_assert_true (error->code == BUNTAN_PROJECT_ERROR_EMPTY ||
                     error->code == BUNTAN_PROJECT_ERROR_SYNTAX ||
                     error->code == BUNTAN_PROJECT_ERROR_ENCODING);
      assert_refused (error, error->code, "cut.buntan", NULL);
      refused++;
    }

  g_assert_cmpuint (refused, >, length - 3);
}

/* Writes @text to @path in place, a little at a time, as a slow copy does. */
static void G_GNUC_NORETURN
write_slowly (const char *path, const char *text, gsize length, guint times)
{
  for (guint t = 0; t < times; t++)
    {
      int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

      if (fd < 0)
        _exit (3);
      for (gsize done = 0; done < length;)
        {
          gsize   chunk = MIN (length - done, 1000);
          ssize_t written = write (fd, text + done, chunk);

          if (written <= 0)
            _exit (4);
          done += (gsize) written;
          g_usleep (100);
        }
      close (fd);
    }
  _exit (0);
}

/* Another program is writing the file while Buntan opens it: every load
 * either refuses the partial file or gives the whole project. */
static void
test_being_written (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = buntan_test_fixture_path ("load-rich.buntan");
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (BuntanProject) whole = NULL;
  g_autoptr (GError) error = NULL;
  guint loads = 0, refused = 0;
  gsize length = 0;
  int   status;
  pid_t pid;

  text = read_file_or_null (path, &length);
  whole = load_path (path, &error);
  g_assert_no_error (error);
  expected = canonical_text (whole);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    write_slowly (fixture->target, text, length, 20);

  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      g_autoptr (BuntanProject) project = NULL;

      project = load_path (fixture->target, &error);
      loads++;
      if (project == NULL)
        {
          g_assert_error (error, BUNTAN_PROJECT_ERROR, error->code);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          g_clear_error (&error);
          refused++;
        }
      else
        {
          g_autofree char *actual = canonical_text (project);

          g_assert_cmpstr (actual, ==, expected);
        }
    }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);

  g_test_message ("%u loads while the file was written, %u refused as partial", loads, refused);
  g_assert_cmpuint (refused, >, 0);

  {
    g_autoptr (BuntanProject) project = load_path (fixture->target, &error);
    g_autofree char *actual = NULL;

    g_assert_no_error (error);
    actual = canonical_text (project);
    g_assert_cmpstr (actual, ==, expected);
  }
}

static void
test_folder (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpint (g_mkdir (fixture->target, 0755), ==, 0);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, "folder");
}

/* The file was opened once, then replaced by a folder of the same name
 * (a sync tool, a careless unzip): opening it again says so. */
static void
test_replaced_by_folder (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("load-valid.buntan");
  g_autofree char *text = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  gsize length = 0;

  text = read_file_or_null (source, &length);
  write_file (fixture->target, text, length);
  project = load_path (fixture->target, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_unlink (fixture->target), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->target, 0755), ==, 0);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, "folder");
  g_assert_cmpstr (buntan_project_get_title (project), ==, "テスト用プロジェクト");
}

static void
test_symlink_loop (Fixture *fixture, gconstpointer data)
{
  g_autofree char *other = g_build_filename (fixture->dir, "other.buntan", NULL);

  g_assert_cmpint (symlink (other, fixture->target), ==, 0);
  g_assert_cmpint (symlink (fixture->target, other), ==, 0);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, g_strerror (ELOOP));
}

static void
test_dangling_symlink (Fixture *fixture, gconstpointer data)
{
  g_autofree char *gone = g_build_filename (fixture->dir, "gone.buntan", NULL);

  g_assert_cmpint (symlink (gone, fixture->target), ==, 0);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, g_strerror (ENOENT));
}

/* A pipe would make a naive reader wait for ever, /dev/zero would fill the
 * memory: both are refused before a byte is read. */
static void
test_pipe (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpint (mkfifo (fixture->target, 0644), ==, 0);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, NULL);
}

static void
test_endless_device (Fixture *fixture, gconstpointer data)
{
  g_assert_cmpint (symlink ("/dev/zero", fixture->target), ==, 0);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, NULL);
}

static void
test_no_read_permission (Fixture *fixture, gconstpointer data)
{
  write_file (fixture->target, "{}", 2);
  g_assert_cmpint (g_chmod (fixture->target, 0), ==, 0);
  enforce_file_modes (TRUE);
  assert_load_refused (fixture->target, BUNTAN_PROJECT_ERROR_READ, g_strerror (EACCES));
  enforce_file_modes (FALSE);
}

/* What the fuzzers found, kept as fixtures (tests/data/fuzz-*.buntan). */
typedef struct
{
  const char *name;
  int         code;
  const char *part;
} Finding;

static const Finding findings[] = {
  /* json-glib quoted a token cut in the middle of a character: the message
   * was not UTF-8 and broke every label that showed it. */
  { "fuzz-split-character.buntan", BUNTAN_PROJECT_ERROR_SYNTAX, "情報システム・モデル取引" },
  /* A file of comments only parsed to nothing: a NULL project without an
   * error, which the callers dereferenced. */
  { "fuzz-comment-only.buntan", BUNTAN_PROJECT_ERROR_EMPTY, "no data" },
  /* "\ud800" became bytes that are not UTF-8: kept, shown and saved as a
   * file that no longer opens. */
  { "fuzz-lone-surrogate.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "party 1, emergency contact" },
  { "fuzz-lone-surrogate-key.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "party 1" },
};

static void
test_fuzz_finding (gconstpointer data)
{
  const Finding   *finding = data;
  g_autofree char *path = buntan_test_fixture_path (finding->name);
  g_autofree char *text = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (GError) error = NULL;
  gsize length = 0;

  assert_load_refused (path, finding->code, finding->part);

  /* The template reader shares the first checks. */
  text = read_file_or_null (path, &length);
  g_assert_nonnull (text);
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  template = buntan_template_new_from_bytes (bytes, finding->name, &error);
  g_assert_null (template);
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, finding->part));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/reliability/load/truncated", test_truncated);
  g_test_add ("/reliability/load/being-written", Fixture, NULL, fixture_set_up, test_being_written,
              fixture_tear_down);
  g_test_add ("/reliability/load/folder", Fixture, NULL, fixture_set_up, test_folder,
              fixture_tear_down);
  g_test_add ("/reliability/load/replaced-by-folder", Fixture, NULL, fixture_set_up,
              test_replaced_by_folder, fixture_tear_down);
  g_test_add ("/reliability/load/symlink-loop", Fixture, NULL, fixture_set_up, test_symlink_loop,
              fixture_tear_down);
  g_test_add ("/reliability/load/dangling-symlink", Fixture, NULL, fixture_set_up,
              test_dangling_symlink, fixture_tear_down);
  g_test_add ("/reliability/load/pipe", Fixture, NULL, fixture_set_up, test_pipe,
              fixture_tear_down);
  g_test_add ("/reliability/load/endless-device", Fixture, NULL, fixture_set_up,
              test_endless_device, fixture_tear_down);
  g_test_add ("/reliability/load/no-read-permission", Fixture, NULL, fixture_set_up,
              test_no_read_permission, fixture_tear_down);

  for (guint i = 0; i < G_N_ELEMENTS (findings); i++)
    {
      g_autofree char *test_path = g_strconcat ("/reliability/load/fuzz/", findings[i].name, NULL);

      g_test_add_data_func (test_path, &findings[i], test_fuzz_finding);
    }

  return g_test_run ();
}
