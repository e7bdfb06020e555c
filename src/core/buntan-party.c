/* buntan-party.c — the hospital or a vendor taking part in the negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"

struct _BuntanParty
{
  GObject parent_instance;

  BuntanPartyKind kind;
  /* Every text property, indexed by its property id. */
  char *texts[17];
  /* The short name derived from the name, for when none is stored. */
  char       *default_short_name;
  GListStore *contracts;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (BuntanParty, buntan_party, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_SERVICE,
  PROP_CONTACT,
  PROP_EMERGENCY_CONTACT,
  PROP_SERVICE_SPEC_RECEIVED,
  PROP_MDS_SDS_RECEIVED,
  PROP_CYBER_CHECKLIST_RECEIVED,
  PROP_NOTE,
  PROP_SHORT_NAME,
  PROP_ADDRESS,
  PROP_REPRESENTATIVE,
  PROP_SAFETY_MANAGER_NAME,
  PROP_SAFETY_MANAGER_TITLE,
  PROP_SAFETY_MANAGER_APPOINTED,
  N_PROPS
};

enum
{
  CONTRACT_ADDED,
  CONTRACT_REMOVED,
  N_SIGNALS
};

G_STATIC_ASSERT (N_PROPS == G_N_ELEMENTS (((BuntanParty *) NULL)->texts));

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static gboolean
is_date_property (guint prop_id)
{
  return prop_id == PROP_SERVICE_SPEC_RECEIVED || prop_id == PROP_MDS_SDS_RECEIVED ||
         prop_id == PROP_CYBER_CHECKLIST_RECEIVED || prop_id == PROP_SAFETY_MANAGER_APPOINTED;
}

/* Legal-form words, as hospitals and vendors write them in their names: a
 * longer word before any word it contains (医療法人社団 before 医療法人). */
static const char *const legal_forms[] = {
  "地方独立行政法人",
  "独立行政法人",
  "特定非営利活動法人",
  "社会医療法人",
  "医療法人社団",
  "医療法人財団",
  "医療法人",
  "一般社団法人",
  "一般財団法人",
  "公益社団法人",
  "公益財団法人",
  "社会福祉法人",
  "株式会社",
  "有限会社",
  "合同会社",
  "合資会社",
  "合名会社",
  "（株）",
  "(株)",
  "㈱",
  "（有）",
  "(有)",
  "㈲",
  "（同）",
  "(同)",
  "（医）",
  "(医)",
  "（社）",
  "(社)",
};

/* Trims white space, the ideographic space (U+3000) included. */
static char *
dup_trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *last = g_utf8_find_prev_char (start, end);

      if (last == NULL || !g_unichar_isspace (g_utf8_get_char (last)))
        break;
      end = last;
    }

  return g_strndup (start, end - start);
}

static char *
derive_short_name (const char *name)
{
  g_autofree char *short_name = dup_trimmed (name != NULL ? name : "");
  gboolean         dropped = TRUE;

  /* 「医療法人社団 青葉会 青葉病院」 reads 「青葉会 青葉病院」; forms at both ends go,
   * one after the other. */
  while (dropped)
    {
      dropped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (legal_forms) && !dropped; i++)
        {
          gsize            form_length = strlen (legal_forms[i]);
          gsize            length = strlen (short_name);
          g_autofree char *rest = NULL;

          if (length <= form_length)
            continue;
          if (g_str_has_prefix (short_name, legal_forms[i]))
            rest = dup_trimmed (short_name + form_length);
          else if (g_str_has_suffix (short_name, legal_forms[i]))
            {
              short_name[length - form_length] = '\0';
              rest = dup_trimmed (short_name);
            }

          /* A name that is nothing but legal forms keeps its last one. */
          if (rest != NULL && *rest != '\0')
            {
              g_free (short_name);
              short_name = g_steal_pointer (&rest);
              dropped = TRUE;
            }
          else if (rest != NULL)
            {
              g_free (short_name);
              short_name = dup_trimmed (name);
            }
        }
    }

  return g_steal_pointer (&short_name);
}

static void
set_text (BuntanParty *self, guint prop_id, const char *value)
{
  g_autofree char *trimmed = NULL;

  if (is_date_property (prop_id))
    {
      value = _buntan_null_if_empty (value);
      g_return_if_fail (value == NULL || buntan_date_is_valid (value));
    }
  else if (value == NULL)
    {
      value = "";
    }
  else if (prop_id == PROP_SHORT_NAME)
    {
      /* "  " is no short name: the derived one shows. */
      value = trimmed = dup_trimmed (value);
    }

  if (!_buntan_replace_string (&self->texts[prop_id], value))
    return;

  if (prop_id == PROP_NAME)
    {
      g_free (self->default_short_name);
      self->default_short_name = derive_short_name (value);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
buntan_party_dispose (GObject *object)
{
  BuntanParty *self = (BuntanParty *) object;
  guint n = self->contracts != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->contracts)) : 0;

  /* A contract the history still holds must not point back at us. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanContract) contract =
        g_list_model_get_item (G_LIST_MODEL (self->contracts), i);

      if (buntan_contract_get_party (contract) == self)
        _buntan_contract_set_party (contract, NULL);
    }
  g_clear_object (&self->contracts);

  G_OBJECT_CLASS (buntan_party_parent_class)->dispose (object);
}

static void
buntan_party_finalize (GObject *object)
{
  BuntanParty *self = (BuntanParty *) object;

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->texts[i]);
  g_free (self->default_short_name);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (buntan_party_parent_class)->finalize (object);
}

static void
buntan_party_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanParty *self = BUNTAN_PARTY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ID:
    case PROP_NAME:
    case PROP_SERVICE:
    case PROP_CONTACT:
    case PROP_EMERGENCY_CONTACT:
    case PROP_SERVICE_SPEC_RECEIVED:
    case PROP_MDS_SDS_RECEIVED:
    case PROP_CYBER_CHECKLIST_RECEIVED:
    case PROP_NOTE:
    case PROP_SHORT_NAME:
    case PROP_ADDRESS:
    case PROP_REPRESENTATIVE:
    case PROP_SAFETY_MANAGER_NAME:
    case PROP_SAFETY_MANAGER_TITLE:
    case PROP_SAFETY_MANAGER_APPOINTED:
      g_value_set_string (value, self->texts[prop_id]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_party_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BuntanParty *self = BUNTAN_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->texts[PROP_ID] = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_NAME:
    case PROP_SERVICE:
    case PROP_CONTACT:
    case PROP_EMERGENCY_CONTACT:
    case PROP_SERVICE_SPEC_RECEIVED:
    case PROP_MDS_SDS_RECEIVED:
    case PROP_CYBER_CHECKLIST_RECEIVED:
    case PROP_NOTE:
    case PROP_SHORT_NAME:
    case PROP_ADDRESS:
    case PROP_REPRESENTATIVE:
    case PROP_SAFETY_MANAGER_NAME:
    case PROP_SAFETY_MANAGER_TITLE:
    case PROP_SAFETY_MANAGER_APPOINTED:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_party_class_init (BuntanPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const struct
  {
    guint       prop_id;
    const char *name;
  } texts[] = {
    { PROP_NAME, "name" },
    { PROP_SERVICE, "service" },
    { PROP_CONTACT, "contact" },
    { PROP_EMERGENCY_CONTACT, "emergency-contact" },
    { PROP_SERVICE_SPEC_RECEIVED, "service-spec-received" },
    { PROP_MDS_SDS_RECEIVED, "mds-sds-received" },
    { PROP_CYBER_CHECKLIST_RECEIVED, "cyber-checklist-received" },
    { PROP_NOTE, "note" },
    /* The stored short name (略称), "" for none: buntan_party_get_short_name()
     * gives the one to show. */
    { PROP_SHORT_NAME, "short-name" },
    { PROP_ADDRESS, "address" },
    { PROP_REPRESENTATIVE, "representative" },
    /* The hospital's 医療情報システム安全管理責任者: one JSON object in the
     * file, three properties here so that each entry binds to one. */
    { PROP_SAFETY_MANAGER_NAME, "safety-manager-name" },
    { PROP_SAFETY_MANAGER_TITLE, "safety-manager-title" },
    { PROP_SAFETY_MANAGER_APPOINTED, "safety-manager-appointed" },
  };

  object_class->dispose = buntan_party_dispose;
  object_class->finalize = buntan_party_finalize;
  object_class->get_property = buntan_party_get_property;
  object_class->set_property = buntan_party_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BUNTAN_TYPE_PARTY_KIND, BUNTAN_PARTY_KIND_VENDOR,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[texts[i].prop_id] =
      g_param_spec_string (texts[i].name, NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A contract came or went (at @position), so that the project can track
   * it for its history; the list's items-changed cannot say what went. */
  signals[CONTRACT_ADDED] =
    g_signal_new ("contract-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, BUNTAN_TYPE_CONTRACT, G_TYPE_UINT);
  signals[CONTRACT_REMOVED] =
    g_signal_new ("contract-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, BUNTAN_TYPE_CONTRACT, G_TYPE_UINT);
}

static void
buntan_party_init (BuntanParty *self)
{
  for (guint i = PROP_NAME; i < N_PROPS; i++)
    if (!is_date_property (i))
      self->texts[i] = g_strdup ("");
  self->default_short_name = g_strdup ("");
  self->contracts = g_list_store_new (BUNTAN_TYPE_CONTRACT);
}

BuntanParty *
buntan_party_new (const char *id, BuntanPartyKind kind, const char *name)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (BUNTAN_TYPE_PARTY, "id", id, "kind", kind, "name", name, NULL);
}

gboolean
buntan_party_is_hospital (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), FALSE);

  return self->kind == BUNTAN_PARTY_KIND_HOSPITAL;
}

BuntanPartyKind
buntan_party_get_kind (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), BUNTAN_PARTY_KIND_VENDOR);

  return self->kind;
}

/**
 * buntan_party_get_contract:
 * @self: a party
 *
 * The kind of a vendor's first contract, for places with room for one word
 * (the vendor sheet's heading); buntan_party_get_contracts() has them all.
 *
 * Returns: the first contract's kind, %BUNTAN_CONTRACT_KIND_OTHER without one
 */
BuntanContractKind
buntan_party_get_contract (BuntanParty *self)
{
  g_autoptr (BuntanContract) first = NULL;

  g_return_val_if_fail (BUNTAN_IS_PARTY (self), BUNTAN_CONTRACT_KIND_OTHER);

  first = g_list_model_get_item (G_LIST_MODEL (self->contracts), 0);
  return first != NULL ? buntan_contract_get_kind (first) : BUNTAN_CONTRACT_KIND_OTHER;
}

/**
 * buntan_party_get_contracts:
 * @self: a party
 *
 * Returns: (transfer none): a #GListModel of the vendor's #BuntanContract, in
 *   file order (empty for the hospital)
 */
GListModel *
buntan_party_get_contracts (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);

  return G_LIST_MODEL (self->contracts);
}

/**
 * buntan_party_find_contract:
 * @self: a party
 * @id: a contract id
 *
 * Returns: (transfer none) (nullable): the contract with that id
 */
BuntanContract *
buntan_party_find_contract (BuntanParty *self, const char *id)
{
  guint n;

  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->contracts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanContract) contract =
        g_list_model_get_item (G_LIST_MODEL (self->contracts), i);

      if (g_strcmp0 (buntan_contract_get_id (contract), id) == 0)
        return contract;
    }

  return NULL;
}

/* Puts a contract (back) at its place: the file reader and undo. */
void
_buntan_party_insert_contract (BuntanParty *self, BuntanContract *contract, guint position)
{
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->contracts)));
  _buntan_contract_set_party (contract, self);
  g_list_store_insert (self->contracts, position, contract);
  g_signal_emit (self, signals[CONTRACT_ADDED], 0, contract, position);
}

/**
 * buntan_party_add_contract:
 * @self: a vendor
 * @kind: what the contract covers
 *
 * Adds a contract after the others, with a fresh id ("c1", "c2" …), as one
 * step of the project's history.
 *
 * Returns: (transfer none): the new contract
 */
BuntanContract *
buntan_party_add_contract (BuntanParty *self, BuntanContractKind kind)
{
  g_autoptr (BuntanContract) contract = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);

  for (guint n = 1; id == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("c%u", n);

      if (buntan_party_find_contract (self, candidate) == NULL)
        id = g_steal_pointer (&candidate);
    }

  contract = buntan_contract_new (id, kind);
  _buntan_party_insert_contract (self, contract, G_MAXUINT);
  return contract;
}

/**
 * buntan_party_remove_contract:
 * @self: a vendor
 * @contract: one of its contracts
 *
 * Returns: %TRUE if @contract was one of the vendor's and is now removed
 */
gboolean
buntan_party_remove_contract (BuntanParty *self, BuntanContract *contract)
{
  guint position;

  g_return_val_if_fail (BUNTAN_IS_PARTY (self), FALSE);
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (contract), FALSE);

  if (!g_list_store_find (self->contracts, contract, &position))
    return FALSE;

  g_object_ref (contract);
  g_list_store_remove (self->contracts, position);
  g_signal_emit (self, signals[CONTRACT_REMOVED], 0, contract, position);
  g_object_unref (contract);
  return TRUE;
}

/**
 * buntan_party_covers_contract_kind:
 * @self: a party
 * @kind: a kind of contract
 *
 * Whether the party's contracts cover items of @kind: one of its contracts
 * has that kind, or is of kind “other”, which may cover anything.
 *
 * Returns: %TRUE if a contract covers @kind
 */
gboolean
buntan_party_covers_contract_kind (BuntanParty *self, BuntanContractKind kind)
{
  guint n;

  g_return_val_if_fail (BUNTAN_IS_PARTY (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->contracts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanContract) contract =
        g_list_model_get_item (G_LIST_MODEL (self->contracts), i);
      BuntanContractKind contract_kind = buntan_contract_get_kind (contract);

      if (contract_kind == kind || contract_kind == BUNTAN_CONTRACT_KIND_OTHER)
        return TRUE;
    }

  return FALSE;
}

JsonObject *
_buntan_party_get_extra (BuntanParty *self)
{
  return self->extra;
}

void
_buntan_party_set_extra (BuntanParty *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

/* The text accessors differ only in the property they name. */
#define TEXT_ACCESSORS(name, PROP)                                                                 \
  const char *buntan_party_get_##name (BuntanParty *self)                                          \
  {                                                                                                \
    g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);                                           \
    return self->texts[PROP];                                                                      \
  }

#define TEXT_SETTER(name, PROP)                                                                    \
  void buntan_party_set_##name (BuntanParty *self, const char *value)                              \
  {                                                                                                \
    g_return_if_fail (BUNTAN_IS_PARTY (self));                                                     \
    set_text (self, PROP, value);                                                                  \
  }

TEXT_ACCESSORS (id, PROP_ID)
TEXT_ACCESSORS (name, PROP_NAME)
TEXT_SETTER (name, PROP_NAME)
TEXT_ACCESSORS (service, PROP_SERVICE)
TEXT_SETTER (service, PROP_SERVICE)
TEXT_ACCESSORS (contact, PROP_CONTACT)
TEXT_SETTER (contact, PROP_CONTACT)
TEXT_ACCESSORS (emergency_contact, PROP_EMERGENCY_CONTACT)
TEXT_SETTER (emergency_contact, PROP_EMERGENCY_CONTACT)
TEXT_ACCESSORS (service_spec_received, PROP_SERVICE_SPEC_RECEIVED)
TEXT_SETTER (service_spec_received, PROP_SERVICE_SPEC_RECEIVED)
TEXT_ACCESSORS (mds_sds_received, PROP_MDS_SDS_RECEIVED)
TEXT_SETTER (mds_sds_received, PROP_MDS_SDS_RECEIVED)
TEXT_ACCESSORS (cyber_checklist_received, PROP_CYBER_CHECKLIST_RECEIVED)
TEXT_SETTER (cyber_checklist_received, PROP_CYBER_CHECKLIST_RECEIVED)
TEXT_ACCESSORS (note, PROP_NOTE)
TEXT_SETTER (note, PROP_NOTE)
TEXT_SETTER (short_name, PROP_SHORT_NAME)
TEXT_ACCESSORS (address, PROP_ADDRESS)
TEXT_SETTER (address, PROP_ADDRESS)
TEXT_ACCESSORS (representative, PROP_REPRESENTATIVE)
TEXT_SETTER (representative, PROP_REPRESENTATIVE)
TEXT_ACCESSORS (safety_manager_name, PROP_SAFETY_MANAGER_NAME)
TEXT_SETTER (safety_manager_name, PROP_SAFETY_MANAGER_NAME)
TEXT_ACCESSORS (safety_manager_title, PROP_SAFETY_MANAGER_TITLE)
TEXT_SETTER (safety_manager_title, PROP_SAFETY_MANAGER_TITLE)
TEXT_ACCESSORS (safety_manager_appointed, PROP_SAFETY_MANAGER_APPOINTED)
TEXT_SETTER (safety_manager_appointed, PROP_SAFETY_MANAGER_APPOINTED)

/**
 * buntan_party_get_stored_short_name:
 * @self: a party
 *
 * Returns: (transfer none): the short name as typed, "" when the derived one
 *   shows (buntan_party_get_short_name())
 */
const char *
buntan_party_get_stored_short_name (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);

  return self->texts[PROP_SHORT_NAME];
}

/**
 * buntan_party_get_default_short_name:
 * @self: a party
 *
 * Returns: (transfer none): the short name derived from the name, shown when
 *   none is stored
 */
const char *
buntan_party_get_default_short_name (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);

  return self->default_short_name;
}

/**
 * buntan_party_get_short_name:
 * @self: a party
 *
 * The short name (略称) for narrow places (the owner column, the matrix's
 * headers): the stored one when there is one, else the name without its
 * legal-form words (株式会社, 医療法人社団, (株) …) and outer white space. It
 * may be shared with another party: buntan_party_dup_unique_short_name()
 * tells them apart.
 *
 * Returns: (transfer none): the short name, "" for a party without a name
 */
const char *
buntan_party_get_short_name (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);

  if (*self->texts[PROP_SHORT_NAME] != '\0')
    return self->texts[PROP_SHORT_NAME];

  return self->default_short_name;
}

/* Is @candidate some party's own short name? Numbered names step around it. */
static gboolean
is_someone_s_short_name (GPtrArray *short_names, const char *candidate)
{
  return g_ptr_array_find_with_equal_func (short_names, candidate, g_str_equal, NULL);
}

/**
 * buntan_party_dup_unique_short_name:
 * @self: a party
 * @parties: (element-type BuntanParty): the project's parties, in order
 *
 * buntan_party_get_short_name(), told apart from every other party of
 * @parties: when several share one short name, the first in @parties keeps
 * it and the next ones get a number (ひかり, ひかり2, ひかり3), never one that
 * another party is called.
 *
 * Returns: (transfer full): the short name, "" for a party without a name
 */
char *
buntan_party_dup_unique_short_name (BuntanParty *self, GListModel *parties)
{
  g_autoptr (GPtrArray) short_names = g_ptr_array_new ();
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  g_return_val_if_fail (BUNTAN_IS_PARTY (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (parties), NULL);

  if (*buntan_party_get_short_name (self) == '\0')
    return g_strdup ("");

  n = g_list_model_get_n_items (parties);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      g_ptr_array_add (short_names, (gpointer) buntan_party_get_short_name (party));
    }

  /* Hand out the names in the parties' order, so each party's name does not
   * depend on who asks. */
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr (BuntanParty) party = i < n ? g_list_model_get_item (parties, i) : NULL;
      const char      *short_name;
      g_autofree char *candidate = NULL;

      /* A party not (yet) in the list is named as if it came last. */
      if (party == NULL)
        party = g_object_ref (self);
      short_name = buntan_party_get_short_name (party);
      if (*short_name == '\0')
        continue;

      candidate = g_strdup (short_name);
      for (guint number = 2; g_hash_table_contains (taken, candidate) ||
                             (number > 2 && is_someone_s_short_name (short_names, candidate));
           number++)
        {
          g_free (candidate);
          candidate = g_strdup_printf ("%s%u", short_name, number);
        }

      if (party == self)
        return g_steal_pointer (&candidate);
      g_hash_table_add (taken, g_steal_pointer (&candidate));
    }

  g_assert_not_reached ();
}
