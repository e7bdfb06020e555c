/* buntan-item-instance-private.h — the item's instance, property ids and signal tables, shared by
 * buntan-item.c and buntan-item-roles.c only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-item-private.h"

G_BEGIN_DECLS

enum
{
  PROP_0,
  PROP_ID,
  PROP_PART,
  PROP_SECTION,
  PROP_SECTION_TITLE,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_CONTENT,
  PROP_RISK,
  PROP_RECOMMENDED,
  PROP_REFERENCES,
  PROP_CUSTOM,
  PROP_STATUS,
  PROP_OWNER,
  PROP_PARTICIPANTS,
  PROP_FIRST_CHECK,
  PROP_FIRST_CHECK_DATE,
  PROP_COMPLETED,
  PROP_CLAUSE,
  PROP_NOTE,
  PROP_APPLIES_TO,
  PROP_INFORMED,
  PROP_AGREED_TERMS,
  PROP_OFFICIAL_REF,
  PROP_TARGET,
  N_PROPS
};

enum
{
  CHECK_ADDED,
  CHECK_NOTIFY,
  N_SIGNALS
};

struct _BuntanItem
{
  GObject parent_instance;

  guint             part;
  gboolean          custom;
  BuntanItemStatus  status;
  BuntanCheckResult first_check;
  char            **references;
  char            **participants;
  char            **applies_to; /* contract kinds, by their nicks */
  char            **informed;
  /* BuntanCheck, one per vendor, in the order they were first recorded. */
  GListStore *checks;
  /* Every text property, indexed by its property id. */
  char       *texts[N_PROPS];
  JsonObject *extra;
  /* Last year's item-level answer, when the project was started from last year's. */
  BuntanPreviousAnswer *previous;
  /* buntan_item_search_matches()'s folded words, dropped when a text changes. */
  char *search_words;
};

/* Defined in buntan-item.c; each of the item's files uses them by their short names. */
extern GParamSpec        *_buntan_item_properties[N_PROPS];
extern guint              _buntan_item_signals[N_SIGNALS];
static GParamSpec **const properties = _buntan_item_properties;
static guint *const       signals = _buntan_item_signals;

/* Adds a vendor's check and forwards its changes as the item's signals. */
void
_buntan_item_append_check (BuntanItem *self, BuntanCheck *check);

G_END_DECLS
