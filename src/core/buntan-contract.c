/* buntan-contract.c — one contract a vendor holds with the hospital
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"

struct _BuntanContract
{
  GObject parent_instance;

  BuntanContractKind kind;
  /* Every text property, indexed by its property id; dates NULL when unset. */
  char  *texts[9];
  char **systems;
  /* The vendor holding it, for undoing its removal: not a reference. */
  BuntanParty *party;
  JsonObject  *extra;
};

G_DEFINE_FINAL_TYPE (BuntanContract, buntan_contract, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_NUMBER,
  PROP_SIGNED,
  PROP_START,
  PROP_END,
  PROP_RENEWAL,
  PROP_KIND,
  PROP_SYSTEMS,
  N_PROPS
};

G_STATIC_ASSERT (PROP_KIND == G_N_ELEMENTS (((BuntanContract *) NULL)->texts) - 1);

static GParamSpec *properties[N_PROPS];

static gboolean
is_date_property (guint prop_id)
{
  return prop_id == PROP_SIGNED || prop_id == PROP_START || prop_id == PROP_END ||
         prop_id == PROP_RENEWAL;
}

static void
set_text (BuntanContract *self, guint prop_id, const char *value)
{
  if (is_date_property (prop_id))
    {
      value = _buntan_null_if_empty (value);
      g_return_if_fail (value == NULL || buntan_date_is_valid (value));
    }
  else if (value == NULL)
    {
      value = "";
    }

  if (_buntan_replace_string (&self->texts[prop_id], value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
buntan_contract_finalize (GObject *object)
{
  BuntanContract *self = (BuntanContract *) object;

  for (guint i = 0; i < G_N_ELEMENTS (self->texts); i++)
    g_free (self->texts[i]);
  g_strfreev (self->systems);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (buntan_contract_parent_class)->finalize (object);
}

static void
buntan_contract_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanContract *self = BUNTAN_CONTRACT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SYSTEMS:
      g_value_set_boxed (value, self->systems);
      break;

    case PROP_ID:
    case PROP_TITLE:
    case PROP_NUMBER:
    case PROP_SIGNED:
    case PROP_START:
    case PROP_END:
    case PROP_RENEWAL:
      g_value_set_string (value, self->texts[prop_id]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_contract_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BuntanContract *self = BUNTAN_CONTRACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->texts[PROP_ID] = g_value_dup_string (value);
      break;

    case PROP_KIND:
      buntan_contract_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SYSTEMS:
      buntan_contract_set_systems (self, g_value_get_boxed (value));
      break;

    case PROP_TITLE:
    case PROP_NUMBER:
    case PROP_SIGNED:
    case PROP_START:
    case PROP_END:
    case PROP_RENEWAL:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_contract_class_init (BuntanContractClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const struct
  {
    guint       prop_id;
    const char *name;
  } texts[] = {
    { PROP_TITLE, "title" }, { PROP_NUMBER, "number" }, { PROP_SIGNED, "signed" },
    { PROP_START, "start" }, { PROP_END, "end" },       { PROP_RENEWAL, "renewal" },
  };

  object_class->finalize = buntan_contract_finalize;
  object_class->get_property = buntan_contract_get_property;
  object_class->set_property = buntan_contract_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BUNTAN_TYPE_CONTRACT_KIND, BUNTAN_CONTRACT_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYSTEMS] =
    g_param_spec_boxed ("systems", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[texts[i].prop_id] =
      g_param_spec_string (texts[i].name, NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_contract_init (BuntanContract *self)
{
  self->kind = BUNTAN_CONTRACT_KIND_OTHER;
  self->texts[PROP_TITLE] = g_strdup ("");
  self->texts[PROP_NUMBER] = g_strdup ("");
  self->systems = g_new0 (char *, 1);
}

/**
 * buntan_contract_new:
 * @id: the contract's id, unique within its vendor ("c1")
 * @kind: what the contract covers
 *
 * Returns: (transfer full): a contract without title, number or dates
 */
BuntanContract *
buntan_contract_new (const char *id, BuntanContractKind kind)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (BUNTAN_TYPE_CONTRACT, "id", id, "kind", kind, NULL);
}

BuntanContractKind
buntan_contract_get_kind (BuntanContract *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (self), BUNTAN_CONTRACT_KIND_OTHER);

  return self->kind;
}

void
buntan_contract_set_kind (BuntanContract *self, BuntanContractKind kind)
{
  g_return_if_fail (BUNTAN_IS_CONTRACT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * buntan_contract_get_systems:
 * @self: a contract
 *
 * Returns: (transfer none): the systems the contract covers, never %NULL
 */
const char *const *
buntan_contract_get_systems (BuntanContract *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (self), NULL);

  return (const char *const *) self->systems;
}

void
buntan_contract_set_systems (BuntanContract *self, const char *const *systems)
{
  g_return_if_fail (BUNTAN_IS_CONTRACT (self));

  if (_buntan_replace_strv (&self->systems, systems))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYSTEMS]);
}

/**
 * buntan_contract_get_party:
 * @self: a contract
 *
 * Returns: (transfer none) (nullable): the vendor holding the contract
 */
BuntanParty *
buntan_contract_get_party (BuntanContract *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (self), NULL);

  return self->party;
}

void
_buntan_contract_set_party (BuntanContract *self, BuntanParty *party)
{
  self->party = party;
}

JsonObject *
_buntan_contract_get_extra (BuntanContract *self)
{
  return self->extra;
}

void
_buntan_contract_set_extra (BuntanContract *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

/* The text accessors differ only in the property they name. */
#define TEXT_ACCESSORS(name, PROP)                                                                 \
  const char *buntan_contract_get_##name (BuntanContract *self)                                    \
  {                                                                                                \
    g_return_val_if_fail (BUNTAN_IS_CONTRACT (self), NULL);                                        \
    return self->texts[PROP];                                                                      \
  }                                                                                                \
  void buntan_contract_set_##name (BuntanContract *self, const char *value)                        \
  {                                                                                                \
    g_return_if_fail (BUNTAN_IS_CONTRACT (self));                                                  \
    set_text (self, PROP, value);                                                                  \
  }

const char *
buntan_contract_get_id (BuntanContract *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (self), NULL);

  return self->texts[PROP_ID];
}

TEXT_ACCESSORS (title, PROP_TITLE)
TEXT_ACCESSORS (number, PROP_NUMBER)
TEXT_ACCESSORS (signed, PROP_SIGNED)
TEXT_ACCESSORS (start, PROP_START)
TEXT_ACCESSORS (end, PROP_END)
TEXT_ACCESSORS (renewal, PROP_RENEWAL)
