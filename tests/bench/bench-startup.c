/* bench-startup.c — time from exec to the first mapped window, buntan beside a bare window
 *
 * A small X client that watches the root window for MapNotify (xdotool's
 * --sync polls every 500 ms and cannot time this): it starts a program,
 * waits for the first top-level window the program maps, notes the time
 * since the fork, and ends the program. It does so RUNS times for buntan
 * with the sample project and for bench-bare-window — an empty libadwaita
 * window, the floor no libadwaita program starts faster than — and prints
 * the medians and their ratio (target: buntan within 1.5× of the floor).
 * Never fails on time.
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

#include "bench-util.h"

#define TIMEOUT_SECONDS 60

/* The processor time @pid has used, all its threads, in milliseconds
 * (the kernel counts in ticks of 10 ms). */
static double
cpu_ms_of (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &contents, NULL, NULL) ||
      (after_name = strrchr (contents, ')')) == NULL)
    return -1.0;

  /* After "pid (name)": state is field 3, utime 14, stime 15. */
  fields = g_strsplit (after_name + 2, " ", 0);
  if (g_strv_length (fields) < 13)
    return -1.0;

  return (double) (g_ascii_strtoull (fields[11], NULL, 10) +
                   g_ascii_strtoull (fields[12], NULL, 10)) * 1000.0 / sysconf (_SC_CLK_TCK);
}

/* Runs @argv until it maps a top-level window; returns the milliseconds
 * from the fork to the MapNotify, or a negative number, and in @cpu the
 * processor time the program had used by then. */
static double
time_to_map (Display     *display,
             char *const *argv,
             double      *cpu)
{
  Window root = DefaultRootWindow (display);
  gint64 start, deadline;
  double result = -1.0;
  pid_t pid;
  int status;

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
    return -1.0;
  if (pid == 0)
    {
      int null_fd = open ("/dev/null", O_WRONLY);

      dup2 (null_fd, STDOUT_FILENO);
      dup2 (null_fd, STDERR_FILENO);
      execv (argv[0], argv);
      _exit (127);
    }

  deadline = start + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  while (result < 0 && g_get_monotonic_time () < deadline)
    {
      int fd = ConnectionNumber (display);
      struct timeval timeout = { 0, 100 * 1000 };
      fd_set fds;

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
          if (event.type == MapNotify && event.xmap.event == root &&
              !event.xmap.override_redirect && result < 0)
            {
              result = (double) (g_get_monotonic_time () - start) / 1000.0;
              *cpu = cpu_ms_of (pid);
            }
        }

      if (waitpid (pid, &status, WNOHANG) == pid)
        {
          /* Ended before it showed anything. */
          if (result < 0)
            return -1.0;
          pid = 0;
        }
    }

  if (pid > 0)
    {
      kill (pid, SIGTERM);
      waitpid (pid, &status, 0);
    }

  return result;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
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
          g_array_index (times, double, times->len / 2)) / 2.0;
}

static void
print_times (const char *label,
             GArray     *times)
{
  g_print ("%-12s", label);
  for (guint i = 0; i < times->len; i++)
    g_print (" %8.1f", g_array_index (times, double, i));
  g_print ("\n");
}

int
main (int   argc,
      char *argv[])
{
  int runs = 5;
  const char *buntan, *sample, *bare;
  g_autofree char *home = NULL;
  g_autoptr(GArray) buntan_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) buntan_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bare_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  double buntan_median, bare_median;
  Display *display;

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
      double ms, cpu = -1.0;

      ms = time_to_map (display, buntan_argv, &cpu);
      if (ms >= 0)
        {
          g_array_append_val (buntan_times, ms);
          g_array_append_val (buntan_cpu, cpu);
        }
      ms = time_to_map (display, bare_argv, &cpu);
      if (ms >= 0)
        {
          g_array_append_val (bare_times, ms);
          g_array_append_val (bare_cpu, cpu);
        }
    }

  XCloseDisplay (display);

  g_print ("\nStart-up: exec to the first mapped window, ms (%d runs each)\n\n", runs);
  print_times ("buntan", buntan_times);
  print_times ("bare window", bare_times);
  g_print ("CPU time used by then (10 ms ticks):\n");
  print_times ("buntan", buntan_cpu);
  print_times ("bare window", bare_cpu);
  buntan_median = median (buntan_times);
  bare_median = median (bare_times);
  g_print ("\nmedian: buntan %.1f ms, bare libadwaita window %.1f ms", buntan_median,
           bare_median);
  if (buntan_median > 0 && bare_median > 0)
    g_print (", ratio %.2f× (target: 1.5× or less)", buntan_median / bare_median);
  g_print ("\nmedian CPU: buntan %.0f ms, bare %.0f ms\n", median (buntan_cpu),
           median (bare_cpu));

  /* What the programs wrote there: recent files, settings. */
  bench_remove_tree (home);
  return 0;
}
