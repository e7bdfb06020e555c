/* buntan-json-reader-private.h — what the JSON reader's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-json-reader.h"

G_BEGIN_DECLS

/* Sets the reader's error: "file: place: what" (or "file: what" without a place). */
gboolean
_buntan_json_reader_refuse_at (BuntanJsonReader *reader,
                               int               code,
                               const char       *place,
                               const char       *what);

/* A place outside the items in words: "party 2, renewal date". */
char *
_buntan_json_dup_outer_place (const char *path, const char *member);

G_END_DECLS
