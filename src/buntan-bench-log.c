/* buntan-bench-log.c — timestamps from inside the window for the benchmarks
 *
 * With BUNTAN_BENCHMARK=1 in the environment the window writes one line to
 * stderr for each step a user waits for — the project read, the first frame
 * showing it, each filter change and each page switch, the last three timed
 * until the frame that shows their result has been painted:
 *
 *   buntan-bench: filter 12.3 ms
 *
 * Without the variable every call returns at once and nothing is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-bench-log.h"

typedef struct
{
  char  *step;
  char  *detail;
  gint64 since;
  gulong handler;
} PendingStep;

static BuntanBenchLogFunc log_func;
static gpointer           log_func_data;

gboolean
buntan_bench_log_enabled (void)
{
  static gsize    checked;
  static gboolean enabled;

  if (g_once_init_enter (&checked))
    {
      const char *value = g_getenv ("BUNTAN_BENCHMARK");

      enabled = value != NULL && *value != '\0' && g_strcmp0 (value, "0") != 0;
      g_once_init_leave (&checked, 1);
    }

  return enabled;
}

/**
 * buntan_bench_log_now:
 *
 * Returns: the monotonic time in microseconds to measure a step from, or 0
 *   when not benchmarking
 */
gint64
buntan_bench_log_now (void)
{
  return buntan_bench_log_enabled () ? g_get_monotonic_time () : 0;
}

/* Logs a step that took from @since (buntan_bench_log_now()) until now. */
void
buntan_bench_log (const char *step, const char *detail, gint64 since)
{
  double ms;

  if (!buntan_bench_log_enabled () || since == 0)
    return;

  ms = (double) (g_get_monotonic_time () - since) / 1000.0;
  g_printerr ("buntan-bench: %s%s%s %.1f ms\n", step, detail != NULL ? " " : "",
              detail != NULL ? detail : "", ms);
  if (log_func != NULL)
    log_func (step, detail, ms, log_func_data);
}

static void
pending_step_free (gpointer data, GClosure *closure)
{
  PendingStep *pending = data;

  g_free (pending->step);
  g_free (pending->detail);
  g_free (pending);
}

static void
after_paint_cb (GdkFrameClock *clock, PendingStep *pending)
{
  buntan_bench_log (pending->step, pending->detail, pending->since);
  /* Frees @pending. */
  g_signal_handler_disconnect (clock, pending->handler);
}

static void
wait_for_frame (GtkWidget *widget, PendingStep *pending)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  pending->handler = g_signal_connect_data (clock, "after-paint", G_CALLBACK (after_paint_cb),
                                            pending, pending_step_free, 0);
  /* A change that redraws nothing still gets its frame. */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static void
mapped_cb (GtkWidget *widget, PendingStep *pending)
{
  g_signal_handlers_disconnect_by_func (widget, mapped_cb, pending);
  wait_for_frame (widget, pending);
}

/* Logs a step that took from @since until the next frame of @widget's
 * window has been painted (once @widget is mapped, if it is not yet): what
 * the user sees is what counts. */
void
buntan_bench_log_after_frame (GtkWidget *widget, const char *step, const char *detail, gint64 since)
{
  PendingStep *pending;

  if (!buntan_bench_log_enabled () || since == 0)
    return;

  pending = g_new0 (PendingStep, 1);
  pending->step = g_strdup (step);
  pending->detail = g_strdup (detail);
  pending->since = since;

  /* A window opening a file at start-up is not on screen yet: its first
   * frame comes after it is mapped. */
  if (gtk_widget_get_mapped (widget))
    wait_for_frame (widget, pending);
  else
    g_signal_connect (widget, "map", G_CALLBACK (mapped_cb), pending);
}

/* For a benchmark that drives the window in its own process. */
void
buntan_bench_log_set_func (BuntanBenchLogFunc func, gpointer user_data)
{
  log_func = func;
  log_func_data = user_data;
}
