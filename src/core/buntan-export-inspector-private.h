/* buntan-export-inspector-private.h — what the inspector's sheets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-export-private.h"

G_BEGIN_DECLS

#define BUNTAN_INSPECTOR_SHEET_HOSPITAL "医療機関確認用"
#define BUNTAN_INSPECTOR_SHEET_VENDOR "事業者確認用"
#define BUNTAN_INSPECTOR_UNANSWERED "未回答"
#define BUNTAN_INSPECTOR_NO_TARGET "未記入"

/* One answering party's sheet and what it lacks. */
typedef struct
{
  BuntanParty *party;
  char        *sheet_name;
  guint        n_items;      /* the items it answers, 対象外 left out */
  guint        n_unanswered; /* neither はい nor いいえ */
  guint        n_no_target;  /* いいえ without 目標日 (nor 完了日) */
} BuntanInspectorSheet;

typedef struct
{
  GPtrArray *confirming; /* GStrv per matrix row: the vendors that answer the item */
  GPtrArray *sheets;     /* BuntanInspectorSheet: the hospital's first, then the vendors' */
  gboolean   hospital_has_both_parts; /* a vendor-sheet item no vendor is on */
} BuntanInspector;

char *
_buntan_export_dup_inspector_number (BuntanItem *item);
gboolean
_buntan_export_is_inspector (BuntanExport *self);
void
_buntan_export_write_inspector (BuntanExport *self);
void
_buntan_export_write_inspector_cover (BuntanExport    *self,
                                      BuntanInspector *inspector,
                                      lxw_worksheet   *sheet);

G_END_DECLS
