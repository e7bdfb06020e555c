/* buntan-bench-log.h — timestamps from inside the window for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called for every step measured; @detail may be NULL. */
typedef void (*BuntanBenchLogFunc) (const char *step,
                                    const char *detail,
                                    double      ms,
                                    gpointer    user_data);

gboolean
buntan_bench_log_enabled (void);
gint64
buntan_bench_log_now (void);
void
buntan_bench_log (const char *step, const char *detail, gint64 since);
void
buntan_bench_log_after_frame (GtkWidget  *widget,
                              const char *step,
                              const char *detail,
                              gint64      since);
void
buntan_bench_log_set_func (BuntanBenchLogFunc func, gpointer user_data);

G_END_DECLS
