/* fuzz-common.h — what every Buntan fuzz target does besides its own load
 *
 * Included once by each target (each is a program of its own): it defines
 * the targets' LLVMFuzzerInitialize().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buntan-core.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv);
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static inline void
fuzz_abort_on_trap (int signum)
{
  abort ();
}

/* A warning or a failed g_return_if_fail() in the core or in json-glib is a
 * bug the fuzzer should stop at, as G_DEBUG=fatal-warnings does in the tests
 * (G_DEBUG is read before LLVMFuzzerInitialize runs, so set the mask
 * directly). GLib stops at a fatal message with a breakpoint trap, which
 * libFuzzer does not catch: turn it into an abort, so the input is kept. */
int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  signal (SIGTRAP, fuzz_abort_on_trap);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  buntan_core_init ();
  return 0;
}

/* Whatever loads must survive what the window and the CLI do next: the
 * matrix and its gaps, the fingerprint, and a save that loads back as the
 * same text (a file Buntan writes must always be one Buntan reads). */
static inline void
fuzz_exercise_project (BuntanProject *project)
{
  g_autoptr (BuntanMatrix) matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  g_autoptr (BuntanProject) reloaded = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *again = NULL;
  GPtrArray       *gaps;
  char            *text;
  gsize            length = 0, again_length = 0;

  for (guint row = 0; row < buntan_matrix_get_n_rows (matrix); row++)
    for (guint column = 0; column < buntan_matrix_get_n_columns (matrix); column++)
      (void) buntan_matrix_get_mark (matrix, row, column);

  gaps = buntan_matrix_get_gaps (matrix);
  for (guint i = 0; i < gaps->len; i++)
    g_assert_nonnull (buntan_gap_get_message (g_ptr_array_index (gaps, i)));

  fingerprint = buntan_project_dup_fingerprint (project);
  g_assert_nonnull (fingerprint);

  text = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);
  bytes = g_bytes_new_take (text, length);
  reloaded = buntan_project_new_from_bytes (bytes, "saved", &error);
  if (reloaded == NULL)
    g_error ("a loaded project saved as a file that does not load: %s", error->message);

  again = buntan_project_to_data (reloaded, BUNTAN_SAVE_FLAGS_NONE, &again_length);
  if (again_length != length || memcmp (again, text, length) != 0)
    g_error ("saving the reloaded project gave different text");
}
