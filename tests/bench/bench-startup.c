/* bench-startup.c — time from exec to the first mapped window, buntan beside a bare window
 *
 * A small X client that watches the root window for MapNotify (xdotool's
 * --sync polls every 500 ms and cannot time this): it starts a program,
 * waits for the first top-level window the program maps, notes the time
 * since the fork, then waits for the first drawing into that window (the
 * DAMAGE extension) and ends the program. It does so RUNS times for buntan
 * with the sample project and for bench-bare-window — an empty libadwaita
 * window, the floor no libadwaita program starts faster than — and prints
 * the medians and their ratio (target for the mapping: buntan within 1.5×
 * of the floor). The first frame is what the user waits for: buntan reads
 * the file in a worker thread and builds the project's page after mapping,
 * before that frame. Never fails on time.
 *
 *   xvfb-run -a bench-startup [-n RUNS] BUNTAN SAMPLE BARE-WINDOW
 *
 * The programs get a throw-away XDG_STATE_HOME, XDG_DATA_HOME and
 * XDG_CONFIG_HOME (no recovery copies, recent files or settings of the
 * user's), GSETTINGS_BACKEND=memory and GTK_A11Y=none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

#include "buntan-test-util.h"

#define TIMEOUT_SECONDS 60
/* How long after mapping to wait for the first drawing. */
#define PAINT_TIMEOUT_SECONDS 5

/* The processor time @pid has used, all its threads, in milliseconds
 * (the kernel counts in ticks of 10 ms). */
static double
cpu_ms_of (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *contents = NULL;
  g_auto (GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &contents, NULL, NULL) ||
      (after_name = strrchr (contents, ')')) == NULL)
    return -1.0;

  /* After "pid (name)": state is field 3, utime 14, stime 15. */
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 13)
    return -1.0;

  return (double) (g_ascii_strtoull (fields[11], NULL, 10) +
                   g_ascii_strtoull (fields[12], NULL, 10)) *
         1000.0 / sysconf (_SC_CLK_TCK);
}

typedef struct
{
  double map_ms;   /* fork to MapNotify */
  double paint_ms; /* fork to the first drawing into that window */
  double cpu_ms;   /* processor time used by the MapNotify */
} Timing;

static int damage_event_base;

/* A window watched for damage may be gone by the time the request lands. */
static int
ignore_x_error (Display *display, XErrorEvent *error)
{
  return 0;
}

/* Runs @argv until it has mapped a top-level window and drawn into it;
 * returns FALSE if it never mapped one. The first drawing is seen through
 * the DAMAGE extension, watched from the window's creation on (watching
 * from its mapping could miss a first frame drawn at once); without the
 * extension, or if no drawing is seen within a few seconds, paint_ms is
 * negative. */
static gboolean
time_to_map (Display *display, char *const *argv, Timing *timing)
{
  Window root = DefaultRootWindow (display);
  Window mapped = None;
  g_autoptr (GHashTable) damages = g_hash_table_new (NULL, NULL);
  gint64 start, deadline, map_time = 0;
  pid_t  pid;
  int    status;

  timing->map_ms = timing->paint_ms = timing->cpu_ms = -1.0;

  /* Drain what an earlier run left (its windows going away). */
  XSync (display, False);
  while (XPending (display) > 0)
    {
      XEvent event;

      XNextEvent (display, &event);
    }

  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      int null_fd = open ("/dev/null", O_WRONLY);

      dup2 (null_fd, STDOUT_FILENO);
      dup2 (null_fd, STDERR_FILENO);
      execv (argv[0], argv);
      _exit (127);
    }

  /* Until mapped, then (with DAMAGE) until drawn into, or given up. */
  deadline = start + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  while (timing->paint_ms < 0 && g_get_monotonic_time () < deadline &&
         (map_time == 0 ||
          (damage_event_base != 0 &&
           g_get_monotonic_time () < map_time + PAINT_TIMEOUT_SECONDS * G_USEC_PER_SEC)))
    {
      int            fd = ConnectionNumber (display);
      struct timeval timeout = { 0, 100 * 1000 };
      fd_set         fds;

      FD_ZERO (&fds);
      FD_SET (fd, &fds);
      if (XPending (display) == 0 && select (fd + 1, &fds, NULL, NULL, &timeout) < 0 &&
          errno != EINTR)
        break;

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          /* A window of the root's own (a top-level), not a popup. */
          if (event.type == CreateNotify && event.xcreatewindow.parent == root &&
              !event.xcreatewindow.override_redirect && damage_event_base != 0)
            g_hash_table_insert (damages, GSIZE_TO_POINTER (event.xcreatewindow.window),
                                 GSIZE_TO_POINTER (XDamageCreate (display,
                                                                  event.xcreatewindow.window,
                                                                  XDamageReportNonEmpty)));
          else if (event.type == MapNotify && event.xmap.event == root &&
                   !event.xmap.override_redirect && mapped == None)
            {
              Damage damage = (Damage) GPOINTER_TO_SIZE (
                g_hash_table_lookup (damages, GSIZE_TO_POINTER (event.xmap.window)));

              map_time = g_get_monotonic_time ();
              mapped = event.xmap.window;
              timing->map_ms = (double) (map_time - start) / 1000.0;
              timing->cpu_ms = cpu_ms_of (pid);

              /* Mapping clears the window to its background, which counts
               * as damage: forget that, and what came before it. */
              if (damage != None)
                {
                  XEvent stale;

                  XDamageSubtract (display, damage, None, None);
                  XSync (display, False);
                  while (XCheckTypedEvent (display, damage_event_base + XDamageNotify, &stale))
                    ;
                }
            }
          else if (damage_event_base != 0 && event.type == damage_event_base + XDamageNotify &&
                   mapped != None && ((XDamageNotifyEvent *) &event)->drawable == mapped)
            timing->paint_ms = (double) (g_get_monotonic_time () - start) / 1000.0;
        }

      if (pid > 0 && waitpid (pid, &status, WNOHANG) == pid)
        {
          /* Ended before it showed anything. */
          if (mapped == None)
            return FALSE;
          pid = 0;
          break;
        }
    }

  if (pid > 0)
    {
      kill (pid, SIGTERM);
      waitpid (pid, &status, 0);
    }

  return mapped != None;
}

/* What the runs of one program measured. */
typedef struct
{
  GArray *map;
  GArray *paint;
  GArray *cpu;
} Series;

static void
series_init (Series *series)
{
  series->map = g_array_new (FALSE, FALSE, sizeof (double));
  series->paint = g_array_new (FALSE, FALSE, sizeof (double));
  series->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
series_clear (Series *series)
{
  g_array_unref (series->map);
  g_array_unref (series->paint);
  g_array_unref (series->cpu);
}

static void
series_run (Series *series, Display *display, char *const *argv)
{
  Timing timing;

  if (!time_to_map (display, argv, &timing))
    return;

  g_array_append_val (series->map, timing.map_ms);
  g_array_append_val (series->cpu, timing.cpu_ms);
  if (timing.paint_ms >= 0)
    g_array_append_val (series->paint, timing.paint_ms);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  if (times->len == 0)
    return -1.0;
  if (times->len % 2 == 1)
    return g_array_index (times, double, times->len / 2);

  return (g_array_index (times, double, times->len / 2 - 1) +
          g_array_index (times, double, times->len / 2)) /
         2.0;
}

static void
print_times (const char *label, GArray *times)
{
  g_print ("%-12s", label);
  for (guint i = 0; i < times->len; i++)
    g_print (" %8.1f", g_array_index (times, double, i));
  g_print ("\n");
}

/* Both series, their medians and how they compare. */
static void
print_comparison (GArray *buntan_times, GArray *bare_times, const char *target)
{
  double buntan_median = median (buntan_times);
  double bare_median = median (bare_times);

  print_times ("buntan", buntan_times);
  print_times ("bare window", bare_times);
  g_print ("median: buntan %.1f ms, bare libadwaita window %.1f ms", buntan_median, bare_median);
  if (buntan_median > 0 && bare_median > 0)
    g_print (", ratio %.2f×%s", buntan_median / bare_median, target);
  g_print ("\n");
}

int
main (int argc, char *argv[])
{
  int              runs = 5;
  const char      *buntan, *sample, *bare;
  g_autofree char *home = NULL;
  Series           buntan_runs, bare_runs;
  int              damage_error_base;
  Display         *display;

  setlocale (LC_ALL, "");
  if (argc > 2 && g_str_equal (argv[1], "-n"))
    {
      runs = MAX (1, atoi (argv[2]));
      argv += 2;
      argc -= 2;
    }
  if (argc != 4)
    {
      g_printerr ("Usage: %s [-n RUNS] BUNTAN SAMPLE BARE-WINDOW\n", argv[0]);
      return 2;
    }
  buntan = argv[1];
  sample = argv[2];
  bare = argv[3];

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_print ("No display: run under xvfb-run.\n");
      return 0;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  if (!XDamageQueryExtension (display, &damage_event_base, &damage_error_base))
    damage_event_base = 0;
  XSetErrorHandler (ignore_x_error);

  series_init (&buntan_runs);
  series_init (&bare_runs);
  home = g_dir_make_tmp ("buntan-startup-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  /* Taking turns, so that a busier moment of the machine hits both. */
  for (int i = 0; i < runs; i++)
    {
      char *buntan_argv[] = { (char *) buntan, (char *) sample, NULL };
      char *bare_argv[] = { (char *) bare, NULL };

      series_run (&buntan_runs, display, buntan_argv);
      series_run (&bare_runs, display, bare_argv);
    }

  XCloseDisplay (display);

  g_print ("\nStart-up: exec to the first mapped window, ms (%d runs each)\n\n", runs);
  print_comparison (buntan_runs.map, bare_runs.map, " (target: 1.5× or less)");
  g_print ("CPU time used by then (10 ms ticks):\n");
  print_times ("buntan", buntan_runs.cpu);
  print_times ("bare window", bare_runs.cpu);
  g_print ("median CPU: buntan %.0f ms, bare %.0f ms\n", median (buntan_runs.cpu),
           median (bare_runs.cpu));

  /* Buntan builds the project's pages after mapping, before its first
   * frame: what the user waits for ends with that frame. */
  if (buntan_runs.paint->len > 0 && bare_runs.paint->len > 0)
    {
      g_print ("\nExec to the first frame drawn in that window, ms:\n");
      print_comparison (buntan_runs.paint, bare_runs.paint, "");
    }
  else
    g_print ("\n(No first frame seen: the X server lacks the DAMAGE extension.)\n");

  /* What the programs wrote there: recent files, settings. */
  buntan_test_remove_dir (home);
  series_clear (&buntan_runs);
  series_clear (&bare_runs);
  return 0;
}
