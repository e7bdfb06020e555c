/* buntan-printed.h — what an exported document shows, and its fingerprint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-export.h"
#include "buntan-types.h"

G_BEGIN_DECLS

/* Which parties, contracts and items one document prints: the internal
 * workbook (vendor %NULL) or one vendor's bilateral appendix. The pointers
 * are borrowed from the project. */
typedef struct
{
  BuntanProject  *project;
  gboolean        include_part1;
  BuntanParty    *vendor;
  BuntanContract *contract;  /* %NULL: every contract of @vendor */
  gboolean        inspector; /* a cyber-security project's sheets for the inspector */
} BuntanPrintedScope;

gboolean
buntan_printed_scope_init (BuntanPrintedScope        *scope,
                           BuntanProject             *project,
                           const BuntanExportOptions *options,
                           GError                   **error);
gboolean
buntan_printed_mark_is_shown (BuntanMark mark);
gboolean
buntan_printed_item_concerns_contract (BuntanItem *item, BuntanContract *contract);
gboolean
buntan_printed_scope_shows_item (const BuntanPrintedScope *scope, BuntanItem *item);
gboolean
buntan_printed_scope_shows_party (const BuntanPrintedScope *scope, BuntanParty *party);
gboolean
buntan_printed_scope_shows_contract (const BuntanPrintedScope *scope, BuntanContract *contract);
GStrv
buntan_printed_dup_check_parties (const BuntanPrintedScope *scope, BuntanItem *item);
char *
buntan_printed_dup_canonical_text (const BuntanPrintedScope *scope, gsize *length);
char *
buntan_printed_dup_fingerprint (const BuntanPrintedScope *scope);
char *
buntan_printed_dup_fingerprint_for (BuntanProject             *project,
                                    const BuntanExportOptions *options,
                                    GError                   **error);

G_END_DECLS
