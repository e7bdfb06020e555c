/* buntan-view-util.h — small helpers the views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "buntan-types.h"

G_BEGIN_DECLS

/* How long a view waits after a change before it rebuilds: typing in a
 * field changes the project on every key. */
#define BUNTAN_VIEW_REBUILD_DELAY_MS 100

/* Holds the project a view shows and calls @rebuild (@data) once,
 * BUNTAN_VIEW_REBUILD_DELAY_MS after the project last emitted "changed" or
 * changed its list of parties. Embed it in the view's instance struct. */
typedef struct
{
  BuntanProject *project;
  guint          timeout_id;
  void (*rebuild) (gpointer data);
  gpointer data;
} BuntanViewWatch;

void
buntan_view_watch_init (BuntanViewWatch *watch, void (*rebuild) (gpointer data), gpointer data);
gboolean
buntan_view_watch_set_project (BuntanViewWatch *watch, BuntanProject *project);
void
buntan_view_watch_cancel (BuntanViewWatch *watch);
void
buntan_view_watch_clear (BuntanViewWatch *watch);

GtkSizeRequestMode
buntan_view_first_child_request_mode (GtkWidget *widget);
void
buntan_view_measure_first_child (GtkWidget     *widget,
                                 GtkOrientation orientation,
                                 int            for_size,
                                 int           *minimum,
                                 int           *natural,
                                 int           *minimum_baseline,
                                 int           *natural_baseline);

void
buntan_view_name_entry_row (AdwEntryRow *row);
char *
buntan_view_strip_mnemonic (const char *label);
const char *
buntan_view_party_label (const char *name, BuntanPartyKind kind);
void
buntan_view_tooltip_set_text (GtkTooltip *tooltip, const char *text);
void
buntan_view_set_tooltip (GtkWidget *widget, const char *text);
const char *
buntan_view_get_tooltip (GtkWidget *widget);
void
buntan_view_ensure_style (void);
void
buntan_view_unparent_children (GtkWidget *widget);
AdwToast *
buntan_view_toast_new_plain (const char *text);
GtkWidget *
buntan_view_row_text_new (const char *text, gboolean dim);

G_END_DECLS
