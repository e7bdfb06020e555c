/* buntan-meeting-walk.h — which items a meeting goes through, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* A walk is named by a word: "part2" (the default: every Part 2 item),
 * "all" (Part 1, then Part 2), "gaps" (the items the checks find open, when
 * the walk starts), "vendor:ID" (the items a vendor leads or supports) or
 * "changed:N" (the items of both Parts changed since 第N版, when the walk
 * starts). */
#define BUNTAN_MEETING_WALK_PART2 "part2"
#define BUNTAN_MEETING_WALK_ALL "all"
#define BUNTAN_MEETING_WALK_GAPS "gaps"
#define BUNTAN_MEETING_WALK_VENDOR "vendor:"
#define BUNTAN_MEETING_WALK_CHANGED "changed:"

gboolean
buntan_meeting_walk_is_valid (BuntanProject *project, const char *walk);
GPtrArray *
buntan_meeting_walk_items (BuntanProject *project, const char *walk, BuntanMatrix *gaps);
BuntanItem *
buntan_meeting_walk_find_gap (GPtrArray *items, BuntanItem *from, BuntanMatrix *gaps);
char *
buntan_meeting_walk_dup_label (BuntanProject *project, const char *walk);
char **
buntan_meeting_walk_list (BuntanProject *project);
char *
buntan_meeting_walk_next (BuntanProject *project, const char *walk);

G_END_DECLS
