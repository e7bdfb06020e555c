/* buntan-bench.c — how long loading, saving, checking and exporting take, and how much memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: buntan-bench [SAMPLE.buntan] [--items N,N,...] [--parties N] [--runs N]
 *                     [--cli BUNTAN-CLI] [--python PYTHON3]
 *        buntan-bench --items N [--parties N] --write FILE
 *
 * Measures the sample project and synthetic projects of 1,000, 10,000 and
 * 20,000 items among 20 parties (the hospital and 19 vendors). Each size runs
 * in a child process of its own, so the peak resident memory reported
 * (getrusage) belongs to that size alone. Times are the best of --runs runs.
 * It prints figures and never fails on them: the target (10,000 items
 * exported in under a second) is for people to read.
 *
 * With --cli, each synthetic size is also measured side by side with what
 * it is compared with (issue 11 item 7): Python's json.load of the same
 * file (inside Python, so the interpreter's start is not counted), and
 * `buntan-cli validate` and `buntan-cli export` as whole processes.
 *
 * With --write, it only writes the synthetic project of the first size to
 * FILE, to profile loading it (valgrind --tool=callgrind buntan-cli …).
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <xlsxwriter.h>

#include "buntan-core.h"

typedef struct
{
  double load;
  double save;
  double gaps;
  double export;
  double export_cpu; /* what a busy machine cannot inflate */
  guint  n_gaps;
  gsize  json_size;
  gsize  xlsx_size;
  /* Side by side, with --cli; negative when not measured. */
  double python_load;
  double cli_validate;
  double cli_export;
} Figures;

static const char *cli_path;
static const char *python_path = "/usr/bin/python3";

static const char *const section_titles[] = {
  "共通", "開発・導入", "運用・保守", "非常時対応", "契約の変更・終了",
};

static const char *const statuses[] = { "open", "discussing", "agreed", "not-applicable" };
static const char *const contracts[] = { "development", "maintenance", "cloud", "other" };

static double
seconds_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (double) now.tv_sec + (double) now.tv_nsec / 1e9;
}

static char *
random_date (GRand *rand)
{
  return g_strdup_printf ("2026-%02d-%02d", g_rand_int_range (rand, 1, 13),
                          g_rand_int_range (rand, 1, 29));
}

static void
add_party (JsonBuilder *builder, guint index)
{
  g_autofree char *id = index == 0 ? g_strdup ("hospital") : g_strdup_printf ("v%u", index);
  g_autofree char *name = index == 0 ? g_strdup ("医療法人 ベンチマーク会 ベンチマーク病院")
                                     : g_strdup_printf ("株式会社ベンチマークシステム%02u", index);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, index == 0 ? "hospital" : "vendor");
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "service");
  json_builder_add_string_value (builder, index == 0 ? "" : "医療情報システムの運用保守");
  json_builder_set_member_name (builder, "contract");
  json_builder_add_string_value (builder, contracts[index % G_N_ELEMENTS (contracts)]);
  json_builder_end_object (builder);
}

/* An item with texts as long as the bundled template's, and a state drawn
 * at random: about one in ten without an owner, one in ten joint. */
static void
add_item (JsonBuilder *builder, GRand *rand, guint index, guint n_parties, guint *numbers)
{
  guint            part = index % 5 == 0 ? 1 : 2;
  guint            section = (index / 7) % G_N_ELEMENTS (section_titles);
  guint            number = ++numbers[(part - 1) * G_N_ELEMENTS (section_titles) + section];
  char             code[2] = { (char) ('A' + section), '\0' };
  g_autofree char *id = g_strdup_printf ("P%u-%s-%u", part, code, number);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *title = g_strdup_printf ("通信経路と外部接続の管理（%u）", index);
  g_autofree char *clause = g_strdup_printf ("保守契約書 第%u条", g_rand_int_range (rand, 1, 40));
  g_autofree char *first_date = random_date (rand);
  /* Every item's texts differ, as in a real checklist: repeated texts would
   * flatter the workbook's table of shared strings. */
  g_autofree char *content =
    g_strdup_printf ("院内ネットワークと外部との接続経路（系統%u）をすべて洗い出し、"
                     "接続先の制限や不要な経路の遮断を誰が行い、誰が管理するかを決める。",
                     index);
  g_autofree char *note =
    g_strdup_printf ("接続は事前申請制とし、作業後に接続記録（第%u号）を提出する。", index);
  const char      *status = statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))];
  guint            owner_draw = g_rand_int_range (rand, 0, 10);
  g_autofree char *owner = NULL;
  guint            n_participants = g_rand_int_range (rand, owner_draw == 1 ? 2 : 0, 4);
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (owner_draw == 1)
    owner = g_strdup (BUNTAN_OWNER_JOINT);
  else if (owner_draw != 0)
    {
      guint party = g_rand_int_range (rand, 0, n_parties);

      owner = party == 0 ? g_strdup ("hospital") : g_strdup_printf ("v%u", party);
      g_hash_table_add (taken, g_strdup (owner));
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "part");
  json_builder_add_int_value (builder, part);
  json_builder_set_member_name (builder, "section");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "section_title");
  json_builder_add_string_value (builder, section_titles[section]);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, number_text);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, content);
  json_builder_set_member_name (builder, "risk");
  json_builder_add_string_value (builder, "管理されていない接続経路が残ると、そこから不正アクセスを"
                                          "受けるおそれがある。");
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status);
  json_builder_set_member_name (builder, "owner");
  if (owner != NULL)
    json_builder_add_string_value (builder, owner);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "participants");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_participants; i++)
    {
      guint party = g_rand_int_range (rand, 0, n_parties);
      char *party_id = party == 0 ? g_strdup ("hospital") : g_strdup_printf ("v%u", party);

      if (g_hash_table_add (taken, party_id))
        json_builder_add_string_value (builder, party_id);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "first_check");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "result");
  json_builder_add_string_value (builder, g_rand_boolean (rand) ? "yes" : "no");
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, first_date);
  json_builder_end_object (builder);

  if (g_rand_int_range (rand, 0, 3) == 0)
    {
      g_autofree char *completed = random_date (rand);

      json_builder_set_member_name (builder, "completed");
      json_builder_add_string_value (builder, completed);
    }

  json_builder_set_member_name (builder, "clause");
  json_builder_add_string_value (builder, clause);
  json_builder_set_member_name (builder, "note");
  json_builder_add_string_value (builder, g_rand_boolean (rand) ? note : "");
  json_builder_end_object (builder);
}

static GBytes *
make_project (guint n_items, guint n_parties)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (n_items);
  guint numbers[2 * G_N_ELEMENTS (section_titles)] = { 0 };
  gsize length = 0;
  char *data;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "buntan-project");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, "ベンチマーク用の大きな協議");
  json_builder_set_member_name (builder, "organization");
  json_builder_add_string_value (builder, "医療法人 ベンチマーク会 ベンチマーク病院");
  json_builder_set_member_name (builder, "created");
  json_builder_add_string_value (builder, "2026-09-01T09:00:00+09:00");
  json_builder_set_member_name (builder, "modified");
  json_builder_add_string_value (builder, "2026-11-28T17:00:00+09:00");

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_parties; i++)
    add_party (builder, i);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_items; i++)
    add_item (builder, rand, i, n_parties, numbers);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gsize) st.st_size : 0;
}

/* Best of @runs for each step; aborts on an error, which is a bug here. */
static Figures
measure (GBytes *bytes, const char *folder, guint runs)
{
  g_autofree char *saved_path = g_build_filename (folder, "bench.buntan", NULL);
  g_autofree char *xlsx_path = g_build_filename (folder, "bench.xlsx", NULL);
  g_autoptr (GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr (GFile) xlsx = g_file_new_for_path (xlsx_path);
  Figures best = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, 0,
                   0,           0,           -1,          -1,          -1 };

  best.json_size = g_bytes_get_size (bytes);

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr (BuntanProject) project = NULL;
      g_autoptr (BuntanMatrix) matrix = NULL;
      g_autoptr (GError) error = NULL;
      gint64 start;
      double cpu_start;

      start = g_get_monotonic_time ();
      project = buntan_project_new_from_bytes (bytes, "bench.buntan", &error);
      g_assert_no_error (error);
      best.load = MIN (best.load, seconds_since (start));

      start = g_get_monotonic_time ();
      buntan_project_save (project, saved, BUNTAN_SAVE_FLAGS_KEEP_MODIFIED_TIME, &error);
      g_assert_no_error (error);
      best.save = MIN (best.save, seconds_since (start));

      start = g_get_monotonic_time ();
      matrix = buntan_matrix_new (project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
      best.n_gaps = buntan_matrix_get_gaps (matrix)->len;
      best.gaps = MIN (best.gaps, seconds_since (start));

      start = g_get_monotonic_time ();
      cpu_start = cpu_seconds ();
      buntan_export_xlsx (project, xlsx, BUNTAN_EXPORT_FLAGS_NONE, &error);
      g_assert_no_error (error);
      best.export = MIN (best.export, seconds_since (start));
      best.export_cpu = MIN (best.export_cpu, cpu_seconds () - cpu_start);
    }

  best.xlsx_size = file_size (xlsx_path);
  g_unlink (saved_path);
  g_unlink (xlsx_path);

  return best;
}

/* Best wall time of @runs runs of a whole process; aborts if it fails. */
static double
time_process (const char *const *argv, guint runs)
{
  double best = G_MAXDOUBLE;

  for (guint run = 0; run < runs; run++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      int    status = 0;

      g_spawn_sync (NULL, (char **) argv, NULL,
                    G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                    &status, &error);
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, &error))
        g_error ("%s %s: %s", argv[0], argv[1], error->message);
      best = MIN (best, seconds_since (start));
    }

  return best;
}

/* Python's json.load, timed inside Python: only the parsing counts. */
static double
time_python_load (const char *path, guint runs)
{
  g_autofree char *runs_text = g_strdup_printf ("%u", runs);
  g_autofree char *output = NULL;
  g_autoptr (GError) error = NULL;
  const char *argv[] = { python_path,
                         "-c",
                         "import json, sys, time\n"
                         "best = float('inf')\n"
                         "for _ in range(int(sys.argv[2])):\n"
                         "    start = time.perf_counter()\n"
                         "    with open(sys.argv[1], 'rb') as f:\n"
                         "        json.load(f)\n"
                         "    best = min(best, time.perf_counter() - start)\n"
                         "print(best)\n",
                         path,
                         runs_text,
                         NULL };
  int         status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", python_path, error->message);
      return -1;
    }

  return g_ascii_strtod (output, NULL);
}

/* The same file through Python and through buntan-cli as a user runs it. */
static void
measure_side_by_side (GBytes *bytes, const char *folder, guint runs, Figures *figures)
{
  g_autofree char *path = g_build_filename (folder, "side.buntan", NULL);
  g_autofree char *xlsx_path = g_build_filename (folder, "side.xlsx", NULL);
  g_autoptr (GError) error = NULL;
  const char *validate[] = { cli_path, "validate", path, NULL };
  const char *export[] = { cli_path, "export", path, "-o", xlsx_path, NULL };

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                       &error);
  g_assert_no_error (error);

  figures->python_load = time_python_load (path, runs);
  figures->cli_validate = time_process (validate, runs);
  figures->cli_export = time_process (export, runs);

  g_unlink (path);
  g_unlink (xlsx_path);
}

static void
print_row (const char *label, guint n_items, guint n_parties, const Figures *figures)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  printf ("%-10s %7u %7u %8.2f %8.3f %8.3f %8.3f %7u %8.3f %8.3f %8.2f %9.1f\n", label, n_items,
          n_parties, figures->json_size / 1e6, figures->load, figures->save, figures->gaps,
          figures->n_gaps, figures->export, figures->export_cpu, figures->xlsx_size / 1e6,
          usage.ru_maxrss / 1024.0);
  fflush (stdout);
}

/* Runs in a child process, so that getrusage() sees this size alone. */
static Figures
bench_size (const char *sample, guint n_items, guint n_parties, const char *folder, guint runs)
{
  g_autoptr (GBytes) bytes = NULL;
  Figures figures;

  if (sample != NULL)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GFile) file = g_file_new_for_path (sample);
      g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);

      g_assert_no_error (error);
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      g_assert_no_error (error);
      n_items = g_list_model_get_n_items (buntan_project_get_items (project));
      n_parties = g_list_model_get_n_items (buntan_project_get_parties (project));
    }
  else
    bytes = make_project (n_items, n_parties);

  figures = measure (bytes, folder, runs);
  print_row (sample != NULL ? "sample" : "synthetic", n_items, n_parties, &figures);

  /* After the peak RSS is printed: the child processes do not count, but
   * writing the file would. */
  if (sample == NULL && cli_path != NULL)
    measure_side_by_side (bytes, folder, runs, &figures);

  return figures;
}

/* The child hands its figures back through a pipe, for the comparisons
 * across sizes. Returns FALSE when the child failed. */
static gboolean
run_in_child (const char *sample,
              guint       n_items,
              guint       n_parties,
              const char *folder,
              guint       runs,
              Figures    *figures)
{
  pid_t pid;
  int   status = 0;
  int   fds[2];

  fflush (stdout);
  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      Figures result = bench_size (sample, n_items, n_parties, folder, runs);

      close (fds[0]);
      if (write (fds[1], &result, sizeof result) != sizeof result)
        _exit (1);
      _exit (0);
    }

  close (fds[1]);
  if (read (fds[0], figures, sizeof *figures) != sizeof *figures)
    status = -1;
  close (fds[0]);

  if (waitpid (pid, &status, 0) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("the run with %u items failed\n", n_items);
      return FALSE;
    }

  return TRUE;
}

static void
print_side_by_side (const guint *n_items, const Figures *figures, guint n_sizes)
{
  const Figures *ten_thousand = NULL;

  printf ("\nSide by side (targets: load <= 2x json.load; export of 10,000 items < 1 s; "
          "20,000 <= 2.3x 10,000)\n");
  printf ("%7s %10s %9s %7s %9s %9s\n", "items", "json.load", "load", "ratio", "validate",
          "export");
  for (guint i = 0; i < n_sizes; i++)
    {
      if (figures[i].python_load <= 0)
        continue;
      printf ("%7u %10.3f %9.3f %6.2fx %9.3f %9.3f\n", n_items[i], figures[i].python_load,
              figures[i].load, figures[i].load / figures[i].python_load, figures[i].cli_validate,
              figures[i].cli_export);
      if (n_items[i] == 10000)
        ten_thousand = &figures[i];
    }

  for (guint i = 0; ten_thousand != NULL && i < n_sizes; i++)
    if (n_items[i] == 20000 && figures[i].python_load > 0)
      printf ("20,000 / 10,000: load %.2fx, validate %.2fx, export %.2fx\n",
              figures[i].load / ten_thousand->load,
              figures[i].cli_validate / ten_thousand->cli_validate,
              figures[i].cli_export / ten_thousand->cli_export);
  fflush (stdout);
}

int
main (int argc, char *argv[])
{
  g_autofree char *sizes_text = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *write_path = NULL;
  g_auto (GStrv) sizes = NULL;
  g_autofree guint   *n_items = NULL;
  g_autofree Figures *figures = NULL;
  guint               n_sizes = 0;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  int                n_parties = 20;
  int                runs = 3;
  const GOptionEntry entries[] = {
    { "items", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Sizes to build, comma-separated", "N,N" },
    { "parties", 0, 0, G_OPTION_ARG_INT, &n_parties, "Parties in synthetic projects", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per size (the best counts)", "N" },
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli_path, "buntan-cli, to time it as a whole process",
      "PATH" },
    { "python", 0, 0, G_OPTION_ARG_FILENAME, &python_path, "Python 3 (for json.load)", "PATH" },
    { "write", 0, 0, G_OPTION_ARG_FILENAME, &write_path,
      "Only write the project of the first size to FILE", "FILE" },
    { NULL }
  };

  buntan_core_init ();

  context = g_option_context_new ("[SAMPLE.buntan]");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || n_parties < 1 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "bad --parties or --runs");
      return 2;
    }

  sizes = g_strsplit (sizes_text != NULL ? sizes_text : "1000,10000,20000", ",", -1);

  if (write_path != NULL)
    {
      guint64 size;
      g_autoptr (GBytes) bytes = NULL;

      if (!g_ascii_string_to_unsigned (sizes[0], 10, 1, 1000000, &size, &error))
        {
          g_printerr ("--items: %s\n", error->message);
          return 2;
        }
      bytes = make_project ((guint) size, (guint) n_parties);
      if (!g_file_set_contents (write_path, g_bytes_get_data (bytes, NULL),
                                (gssize) g_bytes_get_size (bytes), &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  folder = g_dir_make_tmp ("buntan-bench-XXXXXX", &error);
  g_assert_no_error (error);

  printf ("Buntan %s, libxlsxwriter %s; best of %d runs; seconds, MB\n", PACKAGE_VERSION,
          LXW_VERSION, runs);
  printf ("%-10s %7s %7s %8s %8s %8s %8s %7s %8s %8s %8s %9s\n", "project", "items", "parties",
          "json", "load", "save", "gaps", "n gaps", "export", "(cpu)", "xlsx", "peak RSS");

  if (argc > 1)
    {
      Figures sample;

      run_in_child (argv[1], 0, 0, folder, (guint) runs, &sample);
    }

  n_items = g_new0 (guint, g_strv_length (sizes));
  figures = g_new0 (Figures, g_strv_length (sizes));
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint64 size;

      if (!g_ascii_string_to_unsigned (sizes[i], 10, 1, 1000000, &size, &error))
        {
          g_printerr ("--items: %s\n", error->message);
          return 2;
        }
      n_items[n_sizes] = (guint) size;
      if (run_in_child (NULL, (guint) size, (guint) n_parties, folder, (guint) runs,
                        &figures[n_sizes]))
        n_sizes++;
    }

  if (cli_path != NULL)
    print_side_by_side (n_items, figures, n_sizes);

  g_rmdir (folder);
  return 0;
}
