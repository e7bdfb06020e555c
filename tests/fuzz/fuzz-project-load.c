/* fuzz-project-load.c — any bytes given to the project reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;

  project = buntan_project_new_from_bytes (bytes, "fuzz.buntan", &error);
  if (project == NULL)
    {
      /* A refusal must say what is wrong, in the project's own domain. */
      g_assert_error (error, BUNTAN_PROJECT_ERROR, error->code);
      g_assert_nonnull (error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  fuzz_exercise_project (project);
  return 0;
}
