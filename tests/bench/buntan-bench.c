/* buntan-bench.c — how long loading, saving, checking and exporting take, and how much memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: buntan-bench [SAMPLE.buntan] [--items N,N,...] [--parties N] [--runs N]
 *
 * Measures the sample project and synthetic projects of 1,000, 10,000 and
 * 20,000 items among 20 parties (the hospital and 19 vendors). Each size runs
 * in a child process of its own, so the peak resident memory reported
 * (getrusage) belongs to that size alone. Times are the best of --runs runs.
 * It prints figures and never fails on them: the target (10,000 items
 * exported in under a second) is for people to read.
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
} Figures;

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
  Figures best = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, 0, 0, 0 };

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
static void
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
}

static void
run_in_child (const char *sample, guint n_items, guint n_parties, const char *folder, guint runs)
{
  pid_t pid;
  int   status = 0;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      bench_size (sample, n_items, n_parties, folder, runs);
      _exit (0);
    }

  waitpid (pid, &status, 0);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_printerr ("the run with %u items failed\n", n_items);
}

int
main (int argc, char *argv[])
{
  g_autofree char *sizes_text = NULL;
  g_autofree char *folder = NULL;
  g_auto (GStrv) sizes = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  int                n_parties = 20;
  int                runs = 3;
  const GOptionEntry entries[] = {
    { "items", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Sizes to build, comma-separated", "N,N" },
    { "parties", 0, 0, G_OPTION_ARG_INT, &n_parties, "Parties in synthetic projects", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per size (the best counts)", "N" },
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
  folder = g_dir_make_tmp ("buntan-bench-XXXXXX", &error);
  g_assert_no_error (error);

  printf ("Buntan %s, libxlsxwriter %s; best of %d runs; seconds, MB\n", PACKAGE_VERSION,
          LXW_VERSION, runs);
  printf ("%-10s %7s %7s %8s %8s %8s %8s %7s %8s %8s %8s %9s\n", "project", "items", "parties",
          "json", "load", "save", "gaps", "n gaps", "export", "(cpu)", "xlsx", "peak RSS");

  if (argc > 1)
    run_in_child (argv[1], 0, 0, folder, (guint) runs);

  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint64 n_items;

      if (!g_ascii_string_to_unsigned (sizes[i], 10, 1, 1000000, &n_items, &error))
        {
          g_printerr ("--items: %s\n", error->message);
          return 2;
        }
      run_in_child (NULL, (guint) n_items, (guint) n_parties, folder, (guint) runs);
    }

  g_rmdir (folder);
  return 0;
}
