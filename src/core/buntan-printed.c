/* buntan-printed.c — what an exported document shows, and its fingerprint
 *
 * One home for two questions every printed form of a project asks (the
 * workbook now, the PDF and the agreed versions later): which rows and
 * parties a document shows, and the canonical text of what it prints, whose
 * SHA-256 is the document's fingerprint (照合用ハッシュ). The canonical text
 * holds exactly what is printed and nothing else: never the export date,
 * the draft mark, page numbers, contacts or the items' guidance.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-printed.h"

/* Raised when what the canonical text holds changes, so that a fingerprint
 * printed under one definition is never compared with another's. */
#define CANONICAL_TEXT_VERSION 2

static const char *const mark_words[] = {
  [BUNTAN_MARK_NONE] = "",
  [BUNTAN_MARK_SUPPORT] = "support",
  [BUNTAN_MARK_LEAD] = "lead",
  [BUNTAN_MARK_INFORMED] = "informed",
};
G_STATIC_ASSERT (G_N_ELEMENTS (mark_words) == BUNTAN_MARK_INFORMED + 1);

/**
 * buntan_printed_scope_init:
 * @scope: the scope to fill
 * @project: a project
 * @options: the document's options
 * @error: return location for a #BUNTAN_EXPORT_ERROR_NOT_FOUND naming a
 *   vendor or contract the project does not have
 *
 * Returns: %TRUE when @options name a vendor and contract that exist
 */
gboolean
buntan_printed_scope_init (BuntanPrintedScope        *scope,
                           BuntanProject             *project,
                           const BuntanExportOptions *options,
                           GError                   **error)
{
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  *scope = (BuntanPrintedScope){
    .project = project,
    .include_part1 = (options->flags & BUNTAN_EXPORT_FLAGS_INCLUDE_PART1) != 0,
    /* As _buntan_export_is_inspector() decides for the workbook. */
    .inspector = options->vendor_id == NULL &&
                 !(options->flags & BUNTAN_EXPORT_FLAGS_CONTRACT_MATRIX) &&
                 buntan_cyber_checklist_applies (project),
  };

  if (options->vendor_id == NULL)
    {
      if (options->contract_id != NULL)
        {
          g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_NOT_FOUND,
                       _ ("A contract can only be chosen together with its vendor"));
          return FALSE;
        }
      return TRUE;
    }

  scope->vendor = buntan_project_find_party (project, options->vendor_id);
  if (scope->vendor == NULL || buntan_party_is_hospital (scope->vendor))
    {
      g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_NOT_FOUND,
                   _ ("There is no vendor with the id “%s”"), options->vendor_id);
      return FALSE;
    }

  if (options->contract_id != NULL)
    {
      scope->contract = buntan_party_find_contract (scope->vendor, options->contract_id);
      if (scope->contract == NULL)
        {
          g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_NOT_FOUND,
                       _ ("The vendor “%s” has no contract with the id “%s”"), options->vendor_id,
                       options->contract_id);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * buntan_printed_mark_is_shown:
 * @mark: a vendor's mark on an item
 *
 * The one rule that puts a row into a vendor's appendix: the vendor leads
 * (◎), supports (○) or is kept informed of (△) the item.
 *
 * Returns: %TRUE when a row with @mark belongs in the vendor's appendix
 */
gboolean
buntan_printed_mark_is_shown (BuntanMark mark)
{
  return mark == BUNTAN_MARK_LEAD || mark == BUNTAN_MARK_SUPPORT || mark == BUNTAN_MARK_INFORMED;
}

/**
 * buntan_printed_item_concerns_contract:
 * @item: an item
 * @contract: one of a vendor's contracts
 *
 * Whether @item belongs in an appendix limited to @contract: the item's
 * `applies_to` names the contract's kind, names no kind at all, or the
 * contract is of kind “other”, which no checklist can foresee.
 *
 * Returns: %TRUE when @item concerns @contract
 */
gboolean
buntan_printed_item_concerns_contract (BuntanItem *item, BuntanContract *contract)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (contract), FALSE);

  return buntan_item_applies_to_kind (item, buntan_contract_get_kind (contract));
}

/**
 * buntan_printed_scope_shows_item:
 * @scope: a document's scope
 * @item: an item of its project
 *
 * Returns: %TRUE when the document prints a row for @item
 */
gboolean
buntan_printed_scope_shows_item (const BuntanPrintedScope *scope, BuntanItem *item)
{
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (BUNTAN_IS_ITEM (item), FALSE);

  if (buntan_item_get_part (item) == 1 && !scope->include_part1)
    return FALSE;
  if (scope->vendor == NULL)
    return TRUE;
  if (!buntan_printed_mark_is_shown (
        buntan_item_get_mark (item, buntan_party_get_id (scope->vendor))))
    return FALSE;

  return scope->contract == NULL || buntan_printed_item_concerns_contract (item, scope->contract);
}

/**
 * buntan_printed_scope_shows_party:
 * @scope: a document's scope
 * @party: a party of its project
 *
 * Whether the document shows @party among its parties (the cover, the
 * signatures): every party in the internal workbook, the hospital and the
 * vendor in an appendix. Other vendors appear in an appendix only on the
 * rows they share with the vendor.
 *
 * Returns: %TRUE when @party is one of the document's parties
 */
gboolean
buntan_printed_scope_shows_party (const BuntanPrintedScope *scope, BuntanParty *party)
{
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (BUNTAN_IS_PARTY (party), FALSE);

  return scope->vendor == NULL || party == scope->vendor || buntan_party_is_hospital (party);
}

/**
 * buntan_printed_scope_shows_contract:
 * @scope: a document's scope
 * @contract: a contract of one of the document's parties
 *
 * Returns: %TRUE when the document lists @contract
 */
gboolean
buntan_printed_scope_shows_contract (const BuntanPrintedScope *scope, BuntanContract *contract)
{
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (contract), FALSE);

  return scope->contract == NULL || scope->contract == contract;
}

/**
 * buntan_printed_dup_check_parties:
 * @scope: a document's scope
 * @item: an item the document shows
 *
 * Whose first checks the document prints on @item's row: in the internal
 * workbook every confirming vendor's (or the item's own check while no
 * vendor's is recorded), in an appendix the vendor's own check only, so no
 * other vendor's answers reach it.
 *
 * Returns: (transfer full) (nullable): the ids of the vendors whose checks
 *   are printed; empty when the item-level check is printed; %NULL when no
 *   check is printed at all (an appendix's vendor that does not confirm an
 *   item other vendors do)
 */
GStrv
buntan_printed_dup_check_parties (const BuntanPrintedScope *scope, BuntanItem *item)
{
  g_auto (GStrv) vendors = NULL;

  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (BUNTAN_IS_ITEM (item), NULL);

  /* Part 1 rows print the item's own check, as the official form has it. */
  if (buntan_item_get_part (item) == 1)
    return g_new0 (char *, 1);

  vendors = buntan_check_summary_dup_vendors (item, scope->project);
  if (scope->vendor == NULL || vendors[0] == NULL)
    return g_steal_pointer (&vendors);

  if (!g_strv_contains ((const char *const *) vendors, buntan_party_get_id (scope->vendor)))
    return NULL;

  g_clear_pointer (&vendors, g_strfreev);
  vendors = g_new0 (char *, 2);
  vendors[0] = g_strdup (buntan_party_get_id (scope->vendor));
  return g_steal_pointer (&vendors);
}

static void
add_text (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_contract (JsonBuilder *builder, BuntanContract *contract)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_int_value (builder, buntan_contract_get_kind (contract));
  add_text (builder, "title", buntan_contract_get_title (contract));
  add_text (builder, "number", buntan_contract_get_number (contract));
  add_text (builder, "signed", buntan_contract_get_signed (contract));
  add_text (builder, "start", buntan_contract_get_start (contract));
  add_text (builder, "end", buntan_contract_get_end (contract));
  add_text (builder, "renewal", buntan_contract_get_renewal (contract));
  json_builder_end_object (builder);
}

/* Name, short name and contracts: what the cover prints of a party. */
static void
add_party (JsonBuilder              *builder,
           const BuntanPrintedScope *scope,
           GHashTable               *short_names,
           BuntanParty              *party)
{
  GListModel *contracts = buntan_party_get_contracts (party);

  json_builder_begin_object (builder);
  add_text (builder, "name", buntan_party_get_name (party));
  add_text (builder, "short_name", g_hash_table_lookup (short_names, party));
  json_builder_set_member_name (builder, "contracts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);

      if (buntan_printed_scope_shows_contract (scope, contract))
        add_contract (builder, contract);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Every party with a mark on the row, by the name and short name it is
 * printed with: in an appendix, the other vendors that share the row. */
static void
add_roles (JsonBuilder              *builder,
           const BuntanPrintedScope *scope,
           GHashTable               *short_names,
           BuntanItem               *item)
{
  GListModel *parties = buntan_project_get_parties (scope->project);

  json_builder_set_member_name (builder, "roles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      BuntanMark mark = buntan_item_get_mark (item, buntan_party_get_id (party));

      if (mark == BUNTAN_MARK_NONE)
        continue;

      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, buntan_party_get_name (party));
      json_builder_add_string_value (builder, g_hash_table_lookup (short_names, party));
      json_builder_add_string_value (builder, mark_words[mark]);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

static void
add_check_values (JsonBuilder      *builder,
                  BuntanCheckResult result,
                  const char       *date,
                  const char       *target,
                  const char       *completed)
{
  json_builder_set_member_name (builder, "result");
  json_builder_add_int_value (builder, result);
  add_text (builder, "date", date);
  add_text (builder, "target", target);
  add_text (builder, "completed", completed);
}

/* Each of @vendors' own check of @item, by name: what its columns print. */
static void
add_vendor_checks (JsonBuilder       *builder,
                   BuntanProject     *project,
                   BuntanItem        *item,
                   const char *const *vendors)
{
  for (guint i = 0; vendors != NULL && vendors[i] != NULL; i++)
    {
      BuntanParty *party = buntan_project_find_party (project, vendors[i]);
      BuntanCheck *check = buntan_item_find_check (item, vendors[i]);

      json_builder_begin_object (builder);
      add_text (builder, "party", party != NULL ? buntan_party_get_name (party) : vendors[i]);
      if (check != NULL)
        add_check_values (builder, buntan_check_get_result (check), buntan_check_get_date (check),
                          buntan_check_get_target (check), buntan_check_get_completed (check));
      else
        add_check_values (builder, BUNTAN_CHECK_RESULT_UNSET, NULL, NULL, NULL);
      json_builder_end_object (builder);
    }
}

/* The checks the row prints, as buntan_printed_dup_check_parties() picks
 * them: the item's own, or each shown vendor's by name. */
static void
add_checks (JsonBuilder *builder, const BuntanPrintedScope *scope, BuntanItem *item)
{
  g_auto (GStrv) vendors = buntan_printed_dup_check_parties (scope, item);

  json_builder_set_member_name (builder, "checks");
  json_builder_begin_array (builder);
  if (vendors != NULL && vendors[0] == NULL)
    {
      json_builder_begin_object (builder);
      add_text (builder, "party", "");
      add_check_values (builder, buntan_item_get_first_check (item),
                        buntan_item_get_first_check_date (item), buntan_item_get_target (item),
                        buntan_item_get_completed (item));
      json_builder_end_object (builder);
    }
  add_vendor_checks (builder, scope->project, item, (const char *const *) vendors);
  json_builder_end_array (builder);
}

static void
add_item (JsonBuilder              *builder,
          const BuntanPrintedScope *scope,
          GHashTable               *short_names,
          BuntanItem               *item)
{
  json_builder_begin_object (builder);
  add_text (builder, "id", buntan_item_get_id (item));
  add_text (builder, "official_ref", buntan_item_get_official_ref (item));
  json_builder_set_member_name (builder, "part");
  json_builder_add_int_value (builder, buntan_item_get_part (item));
  add_text (builder, "section", buntan_item_get_section (item));
  add_text (builder, "number", buntan_item_get_number (item));
  add_text (builder, "title", buntan_item_get_title (item));
  add_text (builder, "content", buntan_item_get_content (item));
  add_roles (builder, scope, short_names, item);
  json_builder_set_member_name (builder, "joint");
  json_builder_add_boolean_value (builder, buntan_item_is_joint (item));
  json_builder_set_member_name (builder, "status");
  json_builder_add_int_value (builder, buntan_item_get_status (item));
  add_checks (builder, scope, item);
  add_text (builder, "clause", buntan_item_get_clause (item));
  add_text (builder, "agreed_terms", buntan_item_get_agreed_terms (item));
  add_text (builder, "note", buntan_item_get_note (item));
  json_builder_end_object (builder);
}

/* Who answers the row on the inspector's sheets and what they answered: the
 * vendors that confirm it on their own sheets, else the hospital on its
 * sheet with its note (the only sheet with a 備考 column). */
static void
add_inspector_answers (JsonBuilder *builder, BuntanProject *project, BuntanItem *item)
{
  g_auto (GStrv) vendors = buntan_item_dup_confirming_parties (item, project);

  json_builder_set_member_name (builder, "answers");
  json_builder_begin_array (builder);
  if (vendors[0] == NULL)
    {
      json_builder_begin_object (builder);
      add_text (builder, "party", buntan_party_get_name (buntan_project_get_hospital (project)));
      add_check_values (builder, buntan_item_get_first_check (item),
                        buntan_item_get_first_check_date (item), buntan_item_get_target (item),
                        buntan_item_get_completed (item));
      add_text (builder, "note", buntan_item_get_note (item));
      json_builder_end_object (builder);
    }
  add_vendor_checks (builder, project, item, (const char *const *) vendors);
  json_builder_end_array (builder);
}

/* The contract documents' parties and rows: the internal workbook's or a
 * vendor's appendix's. */
static void
add_printed_rows (JsonBuilder *builder, const BuntanPrintedScope *scope, GHashTable *short_names)
{
  GListModel *parties = buntan_project_get_parties (scope->project);
  GListModel *items = buntan_project_get_items (scope->project);

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (buntan_printed_scope_shows_party (scope, party))
        add_party (builder, scope, short_names, party);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (buntan_printed_scope_shows_item (scope, item))
        add_item (builder, scope, short_names, item);
    }
  json_builder_end_array (builder);
}

/* What the inspector's cover and sheets print (buntan-export-inspector*.c):
 * the checklist and its version, each answering party with its sheet's
 * subtitle (name, service), and per item its numbers, section, texts,
 * whether it applies (対象外) and every answer. The cover's counts and its
 * list of what is missing follow from the answers, so they are not
 * repeated; nor are roles, clauses or agreed terms, which these sheets do
 * not print. */
static void
add_inspector_content (JsonBuilder *builder, BuntanProject *project, GHashTable *short_names)
{
  GListModel *parties = buntan_project_get_parties (project);
  GListModel *items = buntan_project_get_items (project);

  add_text (builder, "checklist", buntan_project_get_template_id (project));
  add_text (builder, "checklist_version", buntan_project_get_template_version (project));

  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      json_builder_begin_object (builder);
      add_text (builder, "name", buntan_party_get_name (party));
      add_text (builder, "short_name", g_hash_table_lookup (short_names, party));
      add_text (builder, "service", buntan_party_get_service (party));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      json_builder_begin_object (builder);
      add_text (builder, "id", buntan_item_get_id (item));
      add_text (builder, "official_ref", buntan_item_get_official_ref (item));
      json_builder_set_member_name (builder, "part");
      json_builder_add_int_value (builder, buntan_item_get_part (item));
      add_text (builder, "section", buntan_item_get_section (item));
      add_text (builder, "number", buntan_item_get_number (item));
      add_text (builder, "title", buntan_item_get_title (item));
      add_text (builder, "content", buntan_item_get_content (item));
      json_builder_set_member_name (builder, "applies");
      json_builder_add_boolean_value (builder, buntan_item_get_status (item) !=
                                                 BUNTAN_ITEM_STATUS_NOT_APPLICABLE);
      add_inspector_answers (builder, project, item);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * buntan_printed_dup_canonical_text:
 * @scope: a document's scope
 * @length: (out) (optional): the text's length in bytes
 *
 * The canonical serialisation of what the document prints: its parties
 * (names, short names, the contracts it lists) and, per row, the item's id
 * and number, the official form's number, its printed texts, every party's
 * role by name and short name, its status, the first checks it shows (with
 * their dates, target dates and completions), clause, agreed terms and note. Compact JSON in a
 * fixed member order, so the same printed content gives the same bytes.
 * The inspector's sheets of a cyber-security project print answers rather
 * than roles: their text holds what those sheets print instead.
 *
 * Returns: (transfer full): the canonical text
 */
char *
buntan_printed_dup_canonical_text (const BuntanPrintedScope *scope, gsize *length)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GHashTable) short_names = NULL;
  GListModel *parties;

  g_return_val_if_fail (scope != NULL, NULL);

  parties = buntan_project_get_parties (scope->project);

  /* Made once: a unique short name compares a party with every other,
   * and the rows ask for one per mark. */
  short_names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      g_hash_table_insert (short_names, party, buntan_party_dup_unique_short_name (party, parties));
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "canonical");
  json_builder_add_int_value (builder, CANONICAL_TEXT_VERSION);
  add_text (builder, "document",
            scope->inspector        ? "inspector"
            : scope->vendor != NULL ? "appendix"
                                    : "internal");
  add_text (builder, "title", buntan_project_get_title (scope->project));

  if (scope->inspector)
    add_inspector_content (builder, scope->project, short_names);
  else
    add_printed_rows (builder, scope, short_names);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, length);
}

/**
 * buntan_printed_dup_fingerprint:
 * @scope: a document's scope
 *
 * Returns: (transfer full): the SHA-256 of the canonical text, 64 hex digits
 */
char *
buntan_printed_dup_fingerprint (const BuntanPrintedScope *scope)
{
  g_autofree char *text = NULL;
  gsize            length = 0;

  g_return_val_if_fail (scope != NULL, NULL);

  text = buntan_printed_dup_canonical_text (scope, &length);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text, length);
}

/**
 * buntan_printed_dup_fingerprint_for:
 * @project: a project
 * @options: the document's options
 * @error: as for buntan_printed_scope_init()
 *
 * Returns: (transfer full) (nullable): the fingerprint of the document
 *   @options describe, or %NULL when they name no vendor or contract of
 *   @project
 */
char *
buntan_printed_dup_fingerprint_for (BuntanProject             *project,
                                    const BuntanExportOptions *options,
                                    GError                   **error)
{
  BuntanPrintedScope scope;

  if (!buntan_printed_scope_init (&scope, project, options, error))
    return NULL;

  return buntan_printed_dup_fingerprint (&scope);
}
