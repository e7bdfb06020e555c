/* buntan-item.c — one row of the checklist and the state of its negotiation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core-private.h"
#include "buntan-item-instance-private.h"


G_DEFINE_FINAL_TYPE (BuntanItem, buntan_item, G_TYPE_OBJECT)

GParamSpec *_buntan_item_properties[N_PROPS];
guint       _buntan_item_signals[N_SIGNALS];

static gboolean
is_text_property (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
    case PROP_SECTION:
    case PROP_SECTION_TITLE:
    case PROP_NUMBER:
    case PROP_TITLE:
    case PROP_CONTENT:
    case PROP_RISK:
    case PROP_RECOMMENDED:
    case PROP_OWNER:
    case PROP_FIRST_CHECK_DATE:
    case PROP_COMPLETED:
    case PROP_CLAUSE:
    case PROP_NOTE:
    case PROP_AGREED_TERMS:
    case PROP_OFFICIAL_REF:
    case PROP_TARGET:
      return TRUE;
    default:
      return FALSE;
    }
}

/* These are unset (NULL) rather than empty. */
static gboolean
is_optional_property (guint prop_id)
{
  return prop_id == PROP_OWNER || prop_id == PROP_FIRST_CHECK_DATE || prop_id == PROP_COMPLETED ||
         prop_id == PROP_TARGET;
}

/* Unset optional texts are NULL, the others "": TRUE when it changed (the
 * folded search words are then made again when next needed). */
static gboolean
store_text (BuntanItem *self, guint prop_id, const char *value)
{
  if (is_optional_property (prop_id))
    value = _buntan_null_if_empty (value);
  else if (value == NULL)
    value = "";

  if (!_buntan_replace_string (&self->texts[prop_id], value))
    return FALSE;
  g_clear_pointer (&self->search_words, g_free);
  return TRUE;
}

static void
set_text (BuntanItem *self, guint prop_id, const char *value)
{
  if (is_optional_property (prop_id))
    g_return_if_fail (prop_id == PROP_OWNER || _buntan_null_if_empty (value) == NULL ||
                      buntan_date_is_valid (value));

  if (store_text (self, prop_id, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
buntan_item_finalize (GObject *object)
{
  BuntanItem *self = (BuntanItem *) object;

  for (guint i = 0; i < N_PROPS; i++)
    g_free (self->texts[i]);
  g_strfreev (self->references);
  g_strfreev (self->participants);
  g_strfreev (self->applies_to);
  g_strfreev (self->informed);
  g_clear_object (&self->checks);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_object (&self->previous);
  g_free (self->search_words);

  G_OBJECT_CLASS (buntan_item_parent_class)->finalize (object);
}

static void
buntan_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanItem *self = BUNTAN_ITEM (object);

  if (is_text_property (prop_id))
    {
      g_value_set_string (value, self->texts[prop_id]);
      return;
    }

  switch (prop_id)
    {
    case PROP_PART:
      g_value_set_uint (value, self->part);
      break;

    case PROP_REFERENCES:
      g_value_set_boxed (value, self->references);
      break;

    case PROP_CUSTOM:
      g_value_set_boolean (value, self->custom);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_PARTICIPANTS:
      g_value_set_boxed (value, self->participants);
      break;

    case PROP_FIRST_CHECK:
      g_value_set_enum (value, self->first_check);
      break;

    case PROP_APPLIES_TO:
      g_value_set_boxed (value, self->applies_to);
      break;

    case PROP_INFORMED:
      g_value_set_boxed (value, self->informed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BuntanItem *self = BUNTAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
    case PROP_SECTION:
    case PROP_NUMBER:
      /* Construct-only: they identify the item. init gave them "" already. */
      g_free (self->texts[prop_id]);
      self->texts[prop_id] = g_value_dup_string (value);
      break;

    case PROP_PART:
      self->part = g_value_get_uint (value);
      break;

    case PROP_REFERENCES:
      buntan_item_set_references (self, g_value_get_boxed (value));
      break;

    case PROP_CUSTOM:
      buntan_item_set_custom (self, g_value_get_boolean (value));
      break;

    case PROP_STATUS:
      buntan_item_set_status (self, g_value_get_enum (value));
      break;

    case PROP_PARTICIPANTS:
      buntan_item_set_participants (self, g_value_get_boxed (value));
      break;

    case PROP_FIRST_CHECK:
      buntan_item_set_first_check (self, g_value_get_enum (value));
      break;

    case PROP_APPLIES_TO:
      buntan_item_set_applies_to (self, g_value_get_boxed (value));
      break;

    case PROP_INFORMED:
      buntan_item_set_informed (self, g_value_get_boxed (value));
      break;

    default:
      if (is_text_property (prop_id))
        set_text (self, prop_id, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_class_init (BuntanItemClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags identity = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags editable = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  static const struct
  {
    guint       prop_id;
    const char *name;
  } texts[] = {
    { PROP_SECTION_TITLE, "section-title" },
    { PROP_TITLE, "title" },
    { PROP_CONTENT, "content" },
    { PROP_RISK, "risk" },
    { PROP_RECOMMENDED, "recommended" },
    { PROP_OWNER, "owner" },
    { PROP_FIRST_CHECK_DATE, "first-check-date" },
    { PROP_COMPLETED, "completed" },
    { PROP_CLAUSE, "clause" },
    { PROP_NOTE, "note" },
    { PROP_AGREED_TERMS, "agreed-terms" },
    { PROP_OFFICIAL_REF, "official-ref" },
    { PROP_TARGET, "target" },
  };

  object_class->finalize = buntan_item_finalize;
  object_class->get_property = buntan_item_get_property;
  object_class->set_property = buntan_item_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, identity);
  properties[PROP_SECTION] = g_param_spec_string ("section", NULL, NULL, NULL, identity);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, identity);
  properties[PROP_PART] = g_param_spec_uint ("part", NULL, NULL, 1, 2, 1, identity);
  properties[PROP_REFERENCES] =
    g_param_spec_boxed ("references", NULL, NULL, G_TYPE_STRV, editable);
  properties[PROP_CUSTOM] = g_param_spec_boolean ("custom", NULL, NULL, FALSE, editable);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, BUNTAN_TYPE_ITEM_STATUS,
                                               BUNTAN_ITEM_STATUS_OPEN, editable);
  properties[PROP_PARTICIPANTS] =
    g_param_spec_boxed ("participants", NULL, NULL, G_TYPE_STRV, editable);
  properties[PROP_FIRST_CHECK] =
    g_param_spec_enum ("first-check", NULL, NULL, BUNTAN_TYPE_CHECK_RESULT,
                       BUNTAN_CHECK_RESULT_UNSET, editable);

  properties[PROP_APPLIES_TO] =
    g_param_spec_boxed ("applies-to", NULL, NULL, G_TYPE_STRV, editable);
  properties[PROP_INFORMED] = g_param_spec_boxed ("informed", NULL, NULL, G_TYPE_STRV, editable);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    properties[texts[i].prop_id] = g_param_spec_string (texts[i].name, NULL, NULL, NULL, editable);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanItem::check-added:
   * @check: the new check
   *
   * A vendor's check joined the list, so the project can track its changes
   * before its first value is set.
   */
  signals[CHECK_ADDED] = g_signal_new ("check-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, BUNTAN_TYPE_CHECK);

  /**
   * BuntanItem::check-notify:
   * @check: the check
   * @pspec: its property that changed
   *
   * One of the item's checks changed: the project records it for undo
   * through the item it already watches.
   */
  signals[CHECK_NOTIFY] =
    g_signal_new ("check-notify", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, BUNTAN_TYPE_CHECK, G_TYPE_PARAM);
}

static void
buntan_item_init (BuntanItem *self)
{
  for (guint i = 0; i < N_PROPS; i++)
    if (is_text_property (i) && !is_optional_property (i))
      self->texts[i] = g_strdup ("");

  self->references = g_new0 (char *, 1);
  self->participants = g_new0 (char *, 1);
  self->applies_to = g_new0 (char *, 1);
  self->informed = g_new0 (char *, 1);
  self->checks = g_list_store_new (BUNTAN_TYPE_CHECK);
}

BuntanItem *
buntan_item_new (const char *id, guint part, const char *section, const char *number)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (part == 1 || part == 2, NULL);
  g_return_val_if_fail (section != NULL, NULL);
  g_return_val_if_fail (number != NULL, NULL);

  return g_object_new (BUNTAN_TYPE_ITEM, "id", id, "part", part, "section", section, "number",
                       number, NULL);
}

/* The file reader builds thousands of items: their fields are set directly,
 * with no property parsed from varargs and no notification per field. The
 * reader has checked every value. */
BuntanItem *
_buntan_item_new_with_fields (BuntanItemFields *fields)
{
  BuntanItem *self = g_object_new (BUNTAN_TYPE_ITEM, NULL);
  const char *texts[N_PROPS] = {
    [PROP_ID] = fields->id,
    [PROP_SECTION] = fields->section,
    [PROP_SECTION_TITLE] = fields->section_title,
    [PROP_NUMBER] = fields->number,
    [PROP_TITLE] = fields->title,
    [PROP_CONTENT] = fields->content,
    [PROP_RISK] = fields->risk,
    [PROP_RECOMMENDED] = fields->recommended,
    [PROP_OWNER] = fields->owner,
    [PROP_FIRST_CHECK_DATE] = fields->first_check_date,
    [PROP_COMPLETED] = fields->completed,
    [PROP_CLAUSE] = fields->clause,
    [PROP_NOTE] = fields->note,
    [PROP_AGREED_TERMS] = fields->agreed_terms,
    [PROP_OFFICIAL_REF] = fields->official_ref,
    [PROP_TARGET] = fields->target,
  };

  g_return_val_if_fail (fields->id != NULL && *fields->id != '\0', NULL);
  g_return_val_if_fail (fields->part == 1 || fields->part == 2, NULL);

  for (guint i = 0; i < N_PROPS; i++)
    if (is_text_property (i))
      store_text (self, i, texts[i]);

  self->part = fields->part;
  self->custom = !!fields->custom;
  self->status = fields->status;
  self->first_check = fields->first_check;
  if (fields->references != NULL)
    {
      g_strfreev (self->references);
      self->references = g_steal_pointer (&fields->references);
    }
  if (fields->participants != NULL)
    {
      g_strfreev (self->participants);
      self->participants = g_steal_pointer (&fields->participants);
    }
  if (fields->applies_to != NULL)
    {
      g_strfreev (self->applies_to);
      self->applies_to = g_steal_pointer (&fields->applies_to);
    }
  if (fields->informed != NULL)
    {
      g_strfreev (self->informed);
      self->informed = g_steal_pointer (&fields->informed);
    }
  for (guint i = 0; fields->checks != NULL && i < fields->checks->len; i++)
    _buntan_item_append_check (self, g_ptr_array_index (fields->checks, i));

  return self;
}

/**
 * buntan_item_copy:
 * @self: an item
 *
 * Returns: (transfer full): a new item with the same texts and state,
 *   including the members this version does not know.
 */
BuntanItem *
buntan_item_copy (BuntanItem *self)
{
  BuntanItem *copy;

  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  copy = buntan_item_new (self->texts[PROP_ID], self->part, self->texts[PROP_SECTION],
                          self->texts[PROP_NUMBER]);

  for (guint i = 0; i < N_PROPS; i++)
    if (is_text_property (i) && copy->texts[i] != self->texts[i])
      _buntan_replace_string (&copy->texts[i], self->texts[i]);

  copy->part = self->part;
  copy->custom = self->custom;
  copy->status = self->status;
  copy->first_check = self->first_check;
  _buntan_replace_strv (&copy->references, (const char *const *) self->references);
  _buntan_replace_strv (&copy->participants, (const char *const *) self->participants);
  _buntan_replace_strv (&copy->applies_to, (const char *const *) self->applies_to);
  _buntan_replace_strv (&copy->informed, (const char *const *) self->informed);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->checks)); i++)
    {
      g_autoptr (BuntanCheck) check = g_list_model_get_item (G_LIST_MODEL (self->checks), i);
      g_autoptr (BuntanCheck) check_copy = buntan_check_copy (check);

      _buntan_item_append_check (copy, check_copy);
    }
  _buntan_item_set_extra (copy, self->extra);
  g_set_object (&copy->previous, self->previous);

  return copy;
}

guint
buntan_item_get_part (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), 0);

  return self->part;
}

const char *const *
buntan_item_get_references (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return (const char *const *) self->references;
}

void
buntan_item_set_references (BuntanItem *self, const char *const *references)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  if (_buntan_replace_strv (&self->references, references))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCES]);
}

gboolean
buntan_item_get_custom (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), FALSE);

  return self->custom;
}

void
buntan_item_set_custom (BuntanItem *self, gboolean custom)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  custom = !!custom;
  if (self->custom == custom)
    return;

  self->custom = custom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM]);
}

BuntanItemStatus
buntan_item_get_status (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), BUNTAN_ITEM_STATUS_OPEN);

  return self->status;
}

void
buntan_item_set_status (BuntanItem *self, BuntanItemStatus status)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));
  g_return_if_fail (status <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}


JsonObject *
_buntan_item_get_extra (BuntanItem *self)
{
  return self->extra;
}

void
_buntan_item_set_extra (BuntanItem *self, JsonObject *extra)
{
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

/* The text accessors differ only in the property they name. */
#define TEXT_GETTER(name, PROP)                                                                    \
  const char *buntan_item_get_##name (BuntanItem *self)                                            \
  {                                                                                                \
    g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);                                            \
    return self->texts[PROP];                                                                      \
  }

#define TEXT_SETTER(name, PROP)                                                                    \
  void buntan_item_set_##name (BuntanItem *self, const char *value)                                \
  {                                                                                                \
    g_return_if_fail (BUNTAN_IS_ITEM (self));                                                      \
    set_text (self, PROP, value);                                                                  \
  }

TEXT_GETTER (id, PROP_ID)
TEXT_GETTER (section, PROP_SECTION)
TEXT_GETTER (number, PROP_NUMBER)
TEXT_GETTER (section_title, PROP_SECTION_TITLE)
TEXT_SETTER (section_title, PROP_SECTION_TITLE)
TEXT_GETTER (title, PROP_TITLE)
TEXT_SETTER (title, PROP_TITLE)
TEXT_GETTER (content, PROP_CONTENT)
TEXT_SETTER (content, PROP_CONTENT)
TEXT_GETTER (risk, PROP_RISK)
TEXT_SETTER (risk, PROP_RISK)
TEXT_GETTER (recommended, PROP_RECOMMENDED)
TEXT_SETTER (recommended, PROP_RECOMMENDED)
TEXT_GETTER (owner, PROP_OWNER)
TEXT_SETTER (owner, PROP_OWNER)
TEXT_GETTER (first_check_date, PROP_FIRST_CHECK_DATE)
TEXT_SETTER (first_check_date, PROP_FIRST_CHECK_DATE)
TEXT_GETTER (completed, PROP_COMPLETED)
TEXT_SETTER (completed, PROP_COMPLETED)
TEXT_GETTER (clause, PROP_CLAUSE)
TEXT_SETTER (clause, PROP_CLAUSE)
TEXT_GETTER (note, PROP_NOTE)
TEXT_SETTER (note, PROP_NOTE)
TEXT_GETTER (agreed_terms, PROP_AGREED_TERMS)
TEXT_SETTER (agreed_terms, PROP_AGREED_TERMS)
TEXT_GETTER (official_ref, PROP_OFFICIAL_REF)
TEXT_SETTER (official_ref, PROP_OFFICIAL_REF)
TEXT_GETTER (target, PROP_TARGET)
TEXT_SETTER (target, PROP_TARGET)

/**
 * buntan_item_get_applies_to:
 * @self: an item
 *
 * Returns: (transfer none): the contract kinds the item concerns, by their
 *   file names ("development", "maintenance", "cloud", "other"); empty for
 *   every kind
 */
const char *const *
buntan_item_get_applies_to (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return (const char *const *) self->applies_to;
}

void
buntan_item_set_applies_to (BuntanItem *self, const char *const *kinds)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  if (_buntan_replace_strv (&self->applies_to, kinds))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIES_TO]);
}

/**
 * buntan_item_applies_to_kind:
 * @self: an item
 * @kind: a contract kind
 *
 * Returns: %TRUE when a contract of @kind concerns the item: the item names
 *   no kind, names @kind, or @kind is “other” (which no template can know)
 */
gboolean
buntan_item_applies_to_kind (BuntanItem *self, BuntanContractKind kind)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), FALSE);

  if (self->applies_to[0] == NULL || kind == BUNTAN_CONTRACT_KIND_OTHER)
    return TRUE;

  return g_strv_contains ((const char *const *) self->applies_to,
                          buntan_contract_kind_to_string (kind));
}


const char *
_buntan_item_get_search_words (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return self->search_words;
}

/* Keeps @words until one of the item's texts changes. */
void
_buntan_item_take_search_words (BuntanItem *self, char *words)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  g_free (self->search_words);
  self->search_words = words;
}

/**
 * buntan_item_get_previous:
 * @self: an item
 *
 * Returns: (transfer none) (nullable): last year's item-level answer, when
 *   the project was started from last year's
 */
BuntanPreviousAnswer *
buntan_item_get_previous (BuntanItem *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM (self), NULL);

  return self->previous;
}

/* Read-only in the window, so never recorded in the history. */
void
_buntan_item_set_previous (BuntanItem *self, BuntanPreviousAnswer *previous)
{
  g_return_if_fail (BUNTAN_IS_ITEM (self));

  g_set_object (&self->previous, previous);
}
