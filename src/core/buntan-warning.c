/* buntan-warning.c — something worth a look that is not a gap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-finding-private.h"
#include "buntan-warning.h"

/* Warnings are shown beside the gaps but never counted as gaps: they do not
 * hold an appendix back, and `buntan-cli check` still exits 0 with them. */
struct _BuntanWarning
{
  gatomicrefcount   ref_count;
  BuntanWarningKind kind;
  char             *item_id;
  char             *party_id;
  char             *subject;    /* the item's title, or the vendor's name */
  char             *party_name; /* the vendor the warning is about */
};

static void
buntan_warning_free_fields (BuntanWarning *self)
{
  g_free (self->item_id);
  g_free (self->party_id);
  g_free (self->subject);
  g_free (self->party_name);
}

_BUNTAN_DEFINE_FINDING_TYPE (BuntanWarning, buntan_warning, buntan_warning_free_fields)

/**
 * buntan_warning_new:
 * @kind: what was found
 * @item_id: (nullable): the item concerned
 * @party_id: (nullable): the party concerned
 * @subject: the item's title (or the vendor's name when there is no item)
 * @party_name: (nullable): the party's name, as the sentences name it
 *
 * Returns: (transfer full): a new warning
 */
BuntanWarning *
buntan_warning_new (BuntanWarningKind kind,
                    const char       *item_id,
                    const char       *party_id,
                    const char       *subject,
                    const char       *party_name)
{
  BuntanWarning *self = g_new0 (BuntanWarning, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->item_id = g_strdup (item_id);
  self->party_id = g_strdup (party_id);
  self->subject = g_strdup (subject != NULL ? subject : "");
  self->party_name = g_strdup (
    party_name != NULL && *party_name != '\0' ? party_name : (party_id != NULL ? party_id : ""));

  return self;
}


BuntanWarningKind
buntan_warning_get_kind (const BuntanWarning *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kind;
}

const char *
buntan_warning_get_item_id (const BuntanWarning *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->item_id;
}

const char *
buntan_warning_get_party_id (const BuntanWarning *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->party_id;
}

/**
 * buntan_warning_describe:
 * @self: a warning
 * @form: how much to say, as for buntan_gap_describe()
 *
 * The one place the warnings' sentences live, so that the window, the CLI
 * and the workbook say the same.
 *
 * Returns: (transfer full): the sentence
 */
char *
buntan_warning_describe (const BuntanWarning *self, BuntanGapText form)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case BUNTAN_WARNING_KIND_STALE_CHECK:
      if (form == BUNTAN_GAP_TEXT_WORKBOOK)
        return g_strdup_printf ("%sの確認が記録されていますが、%sはこの項目の主担当・協力では"
                                "ありません。",
                                self->party_name, self->party_name);
      if (form == BUNTAN_GAP_TEXT_SHORT)
        return g_strdup_printf (_ ("%s’s check is recorded, but %s no longer leads or supports "
                                   "it"),
                                self->party_name, self->party_name);
      return g_strdup_printf (_ ("%s %s: %s’s check is recorded, but %s no longer leads or "
                                 "supports it"),
                              self->item_id, self->subject, self->party_name, self->party_name);

    case BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS:
      if (form == BUNTAN_GAP_TEXT_WORKBOOK)
        return g_strdup_printf ("%sが主担当ですが、この項目の契約種別は%sのどの契約とも"
                                "一致しません。",
                                self->party_name, self->party_name);
      if (form == BUNTAN_GAP_TEXT_SHORT)
        return g_strdup_printf (_ ("%s leads it, but it concerns none of %s’s contracts"),
                                self->party_name, self->party_name);
      return g_strdup_printf (_ ("%s %s: %s leads it, but it concerns none of %s’s contracts"),
                              self->item_id, self->subject, self->party_name, self->party_name);

    /* About a vendor, not an item: every form says the same. */
    case BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT:
      if (form == BUNTAN_GAP_TEXT_WORKBOOK)
        return g_strdup_printf ("%sの契約が登録されていません。", self->party_name);
      return g_strdup_printf (_ ("%s has no contract recorded"), self->party_name);

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * buntan_warning_kind_to_string:
 * @kind: a kind
 *
 * Returns: the kind's stable name, for machine-readable output
 */
const char *
buntan_warning_kind_to_string (BuntanWarningKind kind)
{
  switch (kind)
    {
    case BUNTAN_WARNING_KIND_STALE_CHECK:
      return "stale-check";
    case BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS:
      return "lead-outside-contracts";
    case BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT:
      return "vendor-without-contract";
    default:
      g_return_val_if_reached (NULL);
    }
}
