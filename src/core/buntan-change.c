/* buntan-change.c — one difference between two projects, and its wording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-comparison-private.h"
#include "buntan-enums.h"
#include "buntan-json-reader.h"

struct _BuntanChange
{
  GObject parent_instance;

  BuntanChangeKind kind;
  char            *subject; /* an item's or a party's id; NULL for the project */
  char            *field;   /* a member of the file format; NULL for a whole item or party */
  JsonNode        *before;  /* NULL when the member was absent */
  JsonNode        *after;
  char            *before_text;
  char            *after_text;
};

G_DEFINE_FINAL_TYPE (BuntanChange, buntan_change, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_SUBJECT,
  PROP_FIELD,
  PROP_BEFORE,
  PROP_AFTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
buntan_change_finalize (GObject *object)
{
  BuntanChange *self = BUNTAN_CHANGE (object);

  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->before, json_node_unref);
  g_clear_pointer (&self->after, json_node_unref);
  g_clear_pointer (&self->before_text, g_free);
  g_clear_pointer (&self->after_text, g_free);

  G_OBJECT_CLASS (buntan_change_parent_class)->finalize (object);
}

static void
buntan_change_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanChange *self = BUNTAN_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;
    case PROP_BEFORE:
      g_value_set_string (value, self->before_text);
      break;
    case PROP_AFTER:
      g_value_set_string (value, self->after_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_change_class_init (BuntanChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_change_finalize;
  object_class->get_property = buntan_change_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BUNTAN_TYPE_CHANGE_KIND, BUNTAN_CHANGE_KIND_ITEM_CHANGED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BEFORE] =
    g_param_spec_string ("before", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AFTER] =
    g_param_spec_string ("after", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_change_init (BuntanChange *self)
{
}

BuntanChange *
_buntan_change_new (BuntanChangeKind kind,
                    const char      *subject,
                    const char      *field,
                    JsonNode        *before,
                    JsonNode        *after)
{
  BuntanChange *self = g_object_new (BUNTAN_TYPE_CHANGE, NULL);

  self->kind = kind;
  self->subject = g_strdup (subject);
  self->field = g_strdup (field);
  self->before = before != NULL ? json_node_ref (before) : NULL;
  self->after = after != NULL ? json_node_ref (after) : NULL;
  self->before_text = _buntan_json_value_dup_text (before);
  self->after_text = _buntan_json_value_dup_text (after);

  return self;
}

JsonNode *
_buntan_change_get_before_node (BuntanChange *self)
{
  return self->before;
}

JsonNode *
_buntan_change_get_after_node (BuntanChange *self)
{
  return self->after;
}

BuntanChangeKind
buntan_change_get_kind (BuntanChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHANGE (self), 0);

  return self->kind;
}

/**
 * buntan_change_get_subject:
 * @self: a change
 *
 * Returns: (nullable): the id of the item or party changed, %NULL for the
 *   project's own members
 */
const char *
buntan_change_get_subject (BuntanChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHANGE (self), NULL);

  return self->subject;
}

/**
 * buntan_change_get_field:
 * @self: a change
 *
 * Returns: (nullable): the member of the file format that changed, as the
 *   file names it ("owner", "agreed_terms"), %NULL for an item or party
 *   added or removed
 */
const char *
buntan_change_get_field (BuntanChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHANGE (self), NULL);

  return self->field;
}

/**
 * buntan_change_get_before:
 * @self: a change
 *
 * Returns: (nullable): the value before, as readable text (a list joined
 *   with commas), %NULL when there was none; a retired item's or removed
 *   party's title or name
 */
const char *
buntan_change_get_before (BuntanChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHANGE (self), NULL);

  return self->before_text;
}

/**
 * buntan_change_get_after:
 * @self: a change
 *
 * Returns: (nullable): the value after, as buntan_change_get_before()
 */
const char *
buntan_change_get_after (BuntanChange *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHANGE (self), NULL);

  return self->after_text;
}

/**
 * buntan_field_get_label:
 * @member: a member of an item, a party or the project, as the file names it
 *
 * Returns: the member's name in sentences, translated; a member this build
 *   has no words for is named by its key
 */
const char *
buntan_field_get_label (const char *member)
{
  const char *label;

  g_return_val_if_fail (member != NULL, NULL);

  /* The reader's words for its places, so a change and a refusal name one
   * field alike. */
  label = buntan_json_get_member_label (member);
  return label != NULL ? label : member;
}

/**
 * buntan_change_kind_to_string:
 * @kind: a kind of change
 *
 * Returns: the kind's word in JSON output ("item-changed" …)
 */
const char *
buntan_change_kind_to_string (BuntanChangeKind kind)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (BUNTAN_TYPE_CHANGE_KIND);
  GEnumValue *value = g_enum_get_value (klass, kind);

  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

static char *
describe_value_change (const char *subject_words,
                       const char *label,
                       const char *before,
                       const char *after)
{
  if (before == NULL || *before == '\0')
    /* TRANSLATORS: "Item P2-A-4: agreed terms set to “logs kept 5 years”" */
    return g_strdup_printf (_ ("%s: %s set to “%s”"), subject_words, label, after);

  if (after == NULL || *after == '\0')
    /* TRANSLATORS: "Item P2-A-4: note cleared (was “call first”)" */
    return g_strdup_printf (_ ("%s: %s cleared (was “%s”)"), subject_words, label, before);

  /* TRANSLATORS: "Item P2-A-4: owner changed from “v1” to “v2”" */
  return g_strdup_printf (_ ("%s: %s changed from “%s” to “%s”"), subject_words, label, before,
                          after);
}

/**
 * buntan_change_describe:
 * @self: a change
 *
 * Words the change in one sentence naming the item or party, as
 * buntan_gap_describe() words a gap: the one place these sentences live,
 * so the CLI and the window say the same.
 *
 * Returns: (transfer full): the sentence
 */
char *
buntan_change_describe (BuntanChange *self)
{
  g_autofree char *subject_words = NULL;
  const char      *label;

  g_return_val_if_fail (BUNTAN_IS_CHANGE (self), NULL);

  label = self->field != NULL ? buntan_field_get_label (self->field) : "";
  /* The project's `previous` names last year's project; an item's or a
   * check's is last year's answer, which the reader's word covers. */
  if (self->kind == BUNTAN_CHANGE_KIND_PROJECT_CHANGED && g_strcmp0 (self->field, "previous") == 0)
    label = _ ("last year's project");

  switch (self->kind)
    {
    case BUNTAN_CHANGE_KIND_ITEM_ADDED:
      return g_strdup_printf (_ ("Item %s added: %s"), self->subject,
                              self->after_text != NULL ? self->after_text : "");
    case BUNTAN_CHANGE_KIND_ITEM_RETIRED:
      return g_strdup_printf (_ ("Item %s retired: %s"), self->subject,
                              self->before_text != NULL ? self->before_text : "");
    case BUNTAN_CHANGE_KIND_PARTY_ADDED:
      return g_strdup_printf (_ ("Party %s added: %s"), self->subject,
                              self->after_text != NULL ? self->after_text : "");
    case BUNTAN_CHANGE_KIND_PARTY_REMOVED:
      return g_strdup_printf (_ ("Party %s removed: %s"), self->subject,
                              self->before_text != NULL ? self->before_text : "");
    case BUNTAN_CHANGE_KIND_PARTY_RENAMED:
      return g_strdup_printf (_ ("Party %s renamed from “%s” to “%s”"), self->subject,
                              self->before_text != NULL ? self->before_text : "",
                              self->after_text != NULL ? self->after_text : "");
    case BUNTAN_CHANGE_KIND_ITEM_CHANGED:
      subject_words = g_strdup_printf (_ ("Item %s"), self->subject);
      break;
    case BUNTAN_CHANGE_KIND_PARTY_CHANGED:
      subject_words = g_strdup_printf (_ ("Party %s"), self->subject);
      break;
    case BUNTAN_CHANGE_KIND_PROJECT_CHANGED:
      subject_words = g_strdup (_ ("Project"));
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return describe_value_change (subject_words, label, self->before_text, self->after_text);
}
