/* buntan-date-entry.h — a calendar date typed as YYYY-MM-DD or picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BUNTAN_TYPE_DATE_ENTRY (buntan_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (BuntanDateEntry, buntan_date_entry, BUNTAN, DATE_ENTRY, GtkWidget)

/*
 * BuntanDateEntry holds a date in the file format's form ("YYYY-MM-DD") or
 * none (NULL) in its "date" property, which notifies only when the date
 * changes, so it can be bound both ways to a model property
 * (G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE).
 *
 * Typed text is taken when the user presses Enter or leaves the entry: an
 * empty entry clears the date; a date that does not exist is refused with a
 * visible hint (the entry gets the "error" style class, a warning icon and a
 * tooltip, and is marked invalid for assistive technologies) and "date" keeps
 * its value. "2026/3/1" and "2026.3.1" are taken as 2026-03-01.
 *
 * Accessible names: set the "label" property to the text of the visible
 * label or row title beside the widget (for an AdwActionRow, its title). It
 * names the entry and the calendar button ("LABEL: choose from a calendar").
 */

GtkWidget *
buntan_date_entry_new (void);
const char *
buntan_date_entry_get_date (BuntanDateEntry *self);
void
buntan_date_entry_set_date (BuntanDateEntry *self, const char *date);
const char *
buntan_date_entry_get_label (BuntanDateEntry *self);
void
buntan_date_entry_set_label (BuntanDateEntry *self, const char *label);
gboolean
buntan_date_entry_get_invalid (BuntanDateEntry *self);
GtkWidget *
buntan_date_entry_get_entry (BuntanDateEntry *self);

G_END_DECLS
