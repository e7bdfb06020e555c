/* buntan-date.h — calendar dates as the file format writes them (YYYY-MM-DD)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean
buntan_date_is_valid (const char *text);
GDate *
buntan_date_parse (const char *text);
char *
buntan_date_format (const GDate *date);
char *
buntan_date_today (void);
gboolean
buntan_date_time_is_valid (const char *text);
char *
buntan_date_time_now (void);
char *
buntan_date_dup_wareki (const char *text);
GDateTime *
buntan_date_time_dup_source_epoch (void);
char *
buntan_date_dup_export_date (void);

G_END_DECLS
