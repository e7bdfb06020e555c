/* buntan-part-filter-bar-private.h — what the parts of the filter bar share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget's instance struct and the functions one part calls in another:
 * the project's versions and vendors offered in the dropdowns
 * (buntan-part-filter-bar-project.c), the dropdowns' models and their
 * binding to the filter (buntan-part-filter-bar-bindings.c); the layout,
 * the search entry and the widget's life stay in buntan-part-filter-bar.c.
 */

#pragma once

#include "buntan-core.h"
#include "buntan-part-filter-bar.h"
#include "buntan-view-util.h"

G_BEGIN_DECLS


struct _BuntanPartFilterBar
{
  GtkWidget parent_instance;

  BuntanItemFilter   *filter;
  BuntanOwnerChoices *choices;
  GtkStringList      *section_labels;
  char              **sections; /* the codes behind section_labels[1…] */
  gboolean            resetting;
  BuntanProject      *project;
  GtkStringList      *version_labels;
  GArray             *versions; /* N of 第N版 behind version_labels[1…], latest first */

  GtkSearchEntry  *search_entry;
  GtkDropDown     *section_drop_down;
  GtkDropDown     *status_drop_down;
  GtkDropDown     *owner_drop_down;
  GtkDropDown     *vendor_drop_down;
  GtkDropDown     *contract_kind_drop_down;
  GtkToggleButton *gaps_button;
  GtkDropDown     *changed_drop_down;
};

void
_buntan_part_filter_bar_setup_drop_downs (BuntanPartFilterBar *self);

void
_buntan_part_filter_bar_set_versions (BuntanPartFilterBar *self);

void
_buntan_part_filter_bar_changed_since_notify_cb (BuntanPartFilterBar *self);

void
_buntan_part_filter_bar_set_project (BuntanPartFilterBar *self, BuntanProject *project);

void
_buntan_part_filter_bar_set_vendors (BuntanPartFilterBar *self, BuntanProject *project);

void
_buntan_part_filter_bar_setup_owner_drop_down (BuntanPartFilterBar *self);

gboolean
_buntan_part_filter_bar_owner_from_position (GBinding     *binding,
                                             const GValue *from_value,
                                             GValue       *to_value,
                                             gpointer      user_data);

gboolean
_buntan_part_filter_bar_owner_to_position (GBinding     *binding,
                                           const GValue *from_value,
                                           GValue       *to_value,
                                           gpointer      user_data);

void
_buntan_part_filter_bar_bind_filter (BuntanPartFilterBar *self);

G_END_DECLS
