/* buntan-types.h — forward declarations and enumerations of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BuntanProject        BuntanProject;
typedef struct _BuntanParty          BuntanParty;
typedef struct _BuntanItem           BuntanItem;
typedef struct _BuntanMatrix         BuntanMatrix;
typedef struct _BuntanGap            BuntanGap;
typedef struct _BuntanTemplate       BuntanTemplate;
typedef struct _BuntanHistory        BuntanHistory;
typedef struct _BuntanMeeting        BuntanMeeting;
typedef struct _BuntanOverview       BuntanOverview;
typedef struct _BuntanChange         BuntanChange;
typedef struct _BuntanComparison     BuntanComparison;
typedef struct _BuntanConflict       BuntanConflict;
typedef struct _BuntanContract       BuntanContract;
typedef struct _BuntanCheck          BuntanCheck;
typedef struct _BuntanPreviousAnswer BuntanPreviousAnswer;

/* Bringing a project up to a newer checklist (buntan-checklist-update.c). */
typedef struct _BuntanChecklistUpdate BuntanChecklistUpdate;

/* The value of an item's owner when several parties share the lead. */
#define BUNTAN_OWNER_JOINT "joint"

/* The value of an item's owner when every participant answers for its own
 * system (各事業者（個別）): one duty per party, not one shared duty. */
#define BUNTAN_OWNER_EACH "each"

/* The id the hospital party gets in new projects. */
#define BUNTAN_HOSPITAL_ID "hospital"

/* The newest project file format this build reads and writes. */
#define BUNTAN_PROJECT_FORMAT_VERSION 2

/* Enum nicks are the words of the file format (glib-mkenums derives them
 * from the names), so keep the names in step with the format. */

typedef enum
{
  BUNTAN_PARTY_KIND_HOSPITAL,
  BUNTAN_PARTY_KIND_VENDOR,
} BuntanPartyKind;

typedef enum
{
  BUNTAN_CONTRACT_KIND_DEVELOPMENT,
  BUNTAN_CONTRACT_KIND_MAINTENANCE,
  BUNTAN_CONTRACT_KIND_CLOUD,
  BUNTAN_CONTRACT_KIND_OTHER,
} BuntanContractKind;

typedef enum
{
  BUNTAN_ITEM_STATUS_OPEN,
  BUNTAN_ITEM_STATUS_DISCUSSING,
  BUNTAN_ITEM_STATUS_AGREED,
  BUNTAN_ITEM_STATUS_NOT_APPLICABLE,
} BuntanItemStatus;

typedef enum
{
  BUNTAN_CHECK_RESULT_UNSET,
  BUNTAN_CHECK_RESULT_YES,
  BUNTAN_CHECK_RESULT_NO,
} BuntanCheckResult;

/* A cell of the responsibility matrix. */
typedef enum
{
  BUNTAN_MARK_NONE,
  BUNTAN_MARK_SUPPORT,
  BUNTAN_MARK_LEAD,
  /* △: kept informed, assists on request; does not confirm the item. */
  BUNTAN_MARK_INFORMED,
} BuntanMark;

typedef enum
{
  BUNTAN_GAP_RULE_NO_OWNER,
  BUNTAN_GAP_RULE_JOINT_TOO_FEW,
  BUNTAN_GAP_RULE_AGREED_WITHOUT_OWNER,
  BUNTAN_GAP_RULE_AGREED_WITHOUT_COMPLETION,
  BUNTAN_GAP_RULE_IDLE_VENDOR,
  BUNTAN_GAP_RULE_EACH_TOO_FEW,
  BUNTAN_GAP_RULE_VENDOR_AGREED_WITHOUT_COMPLETION,
  /* The cyber-security checklist's two (buntan-cyber-checklist.c). */
  BUNTAN_GAP_RULE_VENDOR_UNANSWERED,
  BUNTAN_GAP_RULE_NO_WITHOUT_TARGET,
} BuntanGapRule;

/* Shown beside the gaps but not counted as gaps (buntan_overview_get_warnings()). */
typedef enum
{
  /* A check recorded for a party the item no longer involves as ◎ or ○. */
  BUNTAN_WARNING_KIND_STALE_CHECK,
  /* A vendor ◎ on an item whose applies_to matches none of its contracts. */
  BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS,
  /* A vendor with no contract (no item). */
  BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT,
} BuntanWarningKind;

/* What one change between two projects is (buntan-comparison.c). */
typedef enum
{
  BUNTAN_CHANGE_KIND_ITEM_CHANGED,
  BUNTAN_CHANGE_KIND_ITEM_ADDED,
  BUNTAN_CHANGE_KIND_ITEM_RETIRED,
  BUNTAN_CHANGE_KIND_PARTY_ADDED,
  BUNTAN_CHANGE_KIND_PARTY_REMOVED,
  BUNTAN_CHANGE_KIND_PARTY_RENAMED,
  BUNTAN_CHANGE_KIND_PARTY_CHANGED,
  BUNTAN_CHANGE_KIND_PROJECT_CHANGED,
} BuntanChangeKind;

G_END_DECLS
