/* buntan-party.c — the hospital or a vendor taking part in the negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"

struct _BuntanParty
{
  GObject parent_instance;

  BuntanPartyKind    kind;
  BuntanContractKind contract;
  /* Every text property, indexed by its property id. */
  char       *texts[13];
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
  PROP_CONTRACT,
  PROP_CONTACT,
  PROP_EMERGENCY_CONTACT,
  PROP_RENEWAL_DATE,
  PROP_SERVICE_SPEC_RECEIVED,
  PROP_MDS_SDS_RECEIVED,
  PROP_CYBER_CHECKLIST_RECEIVED,
  PROP_NOTE,
  N_PROPS
};

G_STATIC_ASSERT (N_PROPS == G_N_ELEMENTS (((BuntanParty *) NULL)->texts));

static GParamSpec *properties[N_PROPS];

static gboolean
is_date_property (guint prop_id)
{
  return prop_id == PROP_RENEWAL_DATE || prop_id == PROP_SERVICE_SPEC_RECEIVED ||
         prop_id == PROP_MDS_SDS_RECEIVED || prop_id == PROP_CYBER_CHECKLIST_RECEIVED;
}

static void
set_text (BuntanParty *self, guint prop_id, const char *value)
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
buntan_party_finalize (GObject *object)
{
  BuntanParty *self = (BuntanParty *) object;

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->texts[i]);
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

    case PROP_CONTRACT:
      g_value_set_enum (value, self->contract);
      break;

    case PROP_ID:
    case PROP_NAME:
    case PROP_SERVICE:
    case PROP_CONTACT:
    case PROP_EMERGENCY_CONTACT:
    case PROP_RENEWAL_DATE:
    case PROP_SERVICE_SPEC_RECEIVED:
    case PROP_MDS_SDS_RECEIVED:
    case PROP_CYBER_CHECKLIST_RECEIVED:
    case PROP_NOTE:
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

    case PROP_CONTRACT:
      buntan_party_set_contract (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
    case PROP_SERVICE:
    case PROP_CONTACT:
    case PROP_EMERGENCY_CONTACT:
    case PROP_RENEWAL_DATE:
    case PROP_SERVICE_SPEC_RECEIVED:
    case PROP_MDS_SDS_RECEIVED:
    case PROP_CYBER_CHECKLIST_RECEIVED:
    case PROP_NOTE:
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
    { PROP_RENEWAL_DATE, "renewal-date" },
    { PROP_SERVICE_SPEC_RECEIVED, "service-spec-received" },
    { PROP_MDS_SDS_RECEIVED, "mds-sds-received" },
    { PROP_CYBER_CHECKLIST_RECEIVED, "cyber-checklist-received" },
    { PROP_NOTE, "note" },
  };

  object_class->finalize = buntan_party_finalize;
  object_class->get_property = buntan_party_get_property;
  object_class->set_property = buntan_party_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BUNTAN_TYPE_PARTY_KIND, BUNTAN_PARTY_KIND_VENDOR,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTRACT] =
    g_param_spec_enum ("contract", NULL, NULL, BUNTAN_TYPE_CONTRACT_KIND,
                       BUNTAN_CONTRACT_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[texts[i].prop_id] =
      g_param_spec_string (texts[i].name, NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_party_init (BuntanParty *self)
{
  self->contract = BUNTAN_CONTRACT_KIND_OTHER;

  for (guint i = PROP_NAME; i < N_PROPS; i++)
    if (!is_date_property (i) && i != PROP_CONTRACT && i != PROP_KIND)
      self->texts[i] = g_strdup ("");
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

BuntanContractKind
buntan_party_get_contract (BuntanParty *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY (self), BUNTAN_CONTRACT_KIND_OTHER);

  return self->contract;
}

void
buntan_party_set_contract (BuntanParty *self, BuntanContractKind contract)
{
  g_return_if_fail (BUNTAN_IS_PARTY (self));

  if (self->contract == contract)
    return;

  self->contract = contract;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRACT]);
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
TEXT_ACCESSORS (renewal_date, PROP_RENEWAL_DATE)
TEXT_SETTER (renewal_date, PROP_RENEWAL_DATE)
TEXT_ACCESSORS (service_spec_received, PROP_SERVICE_SPEC_RECEIVED)
TEXT_SETTER (service_spec_received, PROP_SERVICE_SPEC_RECEIVED)
TEXT_ACCESSORS (mds_sds_received, PROP_MDS_SDS_RECEIVED)
TEXT_SETTER (mds_sds_received, PROP_MDS_SDS_RECEIVED)
TEXT_ACCESSORS (cyber_checklist_received, PROP_CYBER_CHECKLIST_RECEIVED)
TEXT_SETTER (cyber_checklist_received, PROP_CYBER_CHECKLIST_RECEIVED)
TEXT_ACCESSORS (note, PROP_NOTE)
TEXT_SETTER (note, PROP_NOTE)
