/* buntan-core.c — set-up of the core and the words for its enumerations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-core.h"
#include "buntan-core-resources.h"

/**
 * buntan_core_init:
 *
 * Registers the core's resources (the bundled templates). The core is a
 * static library, so nothing would pull in a constructor: call this once
 * before using templates. Safe to call more than once.
 */
void
buntan_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      buntan_core_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}

static const char *
enum_nick (GType type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* The class stays alive in the type system, so the nick outlives the ref. */
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

const char *
buntan_item_status_to_string (BuntanItemStatus status)
{
  return enum_nick (BUNTAN_TYPE_ITEM_STATUS, status);
}

const char *
buntan_contract_kind_to_string (BuntanContractKind kind)
{
  return enum_nick (BUNTAN_TYPE_CONTRACT_KIND, kind);
}

const char *
buntan_check_result_to_string (BuntanCheckResult result)
{
  return enum_nick (BUNTAN_TYPE_CHECK_RESULT, result);
}

const char *
buntan_item_status_get_label (BuntanItemStatus status)
{
  switch (status)
    {
    case BUNTAN_ITEM_STATUS_OPEN:
      return _ ("Not started");
    case BUNTAN_ITEM_STATUS_DISCUSSING:
      return _ ("Under discussion");
    case BUNTAN_ITEM_STATUS_AGREED:
      return _ ("Agreed");
    case BUNTAN_ITEM_STATUS_NOT_APPLICABLE:
      return _ ("Not applicable");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
buntan_contract_kind_get_label (BuntanContractKind kind)
{
  switch (kind)
    {
    case BUNTAN_CONTRACT_KIND_DEVELOPMENT:
      return _ ("Development and installation");
    case BUNTAN_CONTRACT_KIND_MAINTENANCE:
      return _ ("Operation and maintenance");
    case BUNTAN_CONTRACT_KIND_CLOUD:
      return _ ("Cloud or SaaS use");
    case BUNTAN_CONTRACT_KIND_OTHER:
      return _ ("Other");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
buntan_check_result_get_label (BuntanCheckResult result)
{
  switch (result)
    {
    case BUNTAN_CHECK_RESULT_UNSET:
      return "—";
    case BUNTAN_CHECK_RESULT_YES:
      return _ ("Yes");
    case BUNTAN_CHECK_RESULT_NO:
      return _ ("No");
    default:
      g_return_val_if_reached (NULL);
    }
}
