/* buntan-core.h — everything the window and the CLI use of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-types.h"
#include "buntan-enums.h"
#include "buntan-date.h"
#include "buntan-party.h"
#include "buntan-contract.h"
#include "buntan-item.h"
#include "buntan-item-search.h"
#include "buntan-history.h"
#include "buntan-meeting.h"
#include "buntan-meeting-walk.h"
#include "buntan-project.h"
#include "buntan-recovery.h"
#include "buntan-template.h"
#include "buntan-checklist-csv.h"
#include "buntan-checklist-import.h"
#include "buntan-checklist-library.h"
#include "buntan-gap.h"
#include "buntan-matrix.h"
#include "buntan-overview.h"
#include "buntan-export.h"
#include "buntan-check.h"
#include "buntan-previous-answer.h"
#include "buntan-next-year.h"
#include "buntan-warning.h"
#include "buntan-change.h"
#include "buntan-comparison.h"
#include "buntan-conflict.h"
#include "buntan-merge.h"
#include "buntan-printed.h"
#include "buntan-check-summary.h"
#include "buntan-checklist-update.h"
#include "buntan-version.h"
#include "buntan-cyber-checklist.h"
#include "buntan-round.h"
#include "buntan-questionnaire.h"
#include "buntan-export-questionnaire.h"
#include "buntan-xlsx-reader.h"
#include "buntan-answers.h"
#include "buntan-cyber-summary.h"
#include "buntan-changed-since.h"
#include "buntan-due-renewal.h"

G_BEGIN_DECLS

void
buntan_core_init (void);
const char *
buntan_item_status_to_string (BuntanItemStatus status);
const char *
buntan_contract_kind_to_string (BuntanContractKind kind);
const char *
buntan_check_result_to_string (BuntanCheckResult result);
const char *
buntan_item_status_get_label (BuntanItemStatus status);
const char *
buntan_contract_kind_get_label (BuntanContractKind kind);
const char *
buntan_check_result_get_label (BuntanCheckResult result);

G_END_DECLS
