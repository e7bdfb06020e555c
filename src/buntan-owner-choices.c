/* buntan-owner-choices.c — the choices of an owner dropdown: 未定, every party, 共同, 各事業者（個別）
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-item-cell.h"
#include "buntan-owner-choices.h"
#include "buntan-view-util.h"

struct _BuntanOwnerChoices
{
  GObject parent_instance;

  BuntanProject *project;
  GListModel    *parties;
  /* Stand-ins, so that every choice is a party whose name a label can show. */
  BuntanParty *undecided;
  BuntanParty *joint;
  BuntanParty *each;
};

static void
buntan_owner_choices_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BuntanOwnerChoices,
                               buntan_owner_choices,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      buntan_owner_choices_list_model_init))

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_parties (BuntanOwnerChoices *self)
{
  return self->parties != NULL ? g_list_model_get_n_items (self->parties) : 0;
}

static GType
buntan_owner_choices_get_item_type (GListModel *model)
{
  return BUNTAN_TYPE_PARTY;
}

static guint
buntan_owner_choices_get_n_items (GListModel *model)
{
  return count_parties (BUNTAN_OWNER_CHOICES (model)) + 3;
}

static gpointer
buntan_owner_choices_get_item (GListModel *model, guint position)
{
  BuntanOwnerChoices *self = BUNTAN_OWNER_CHOICES (model);
  guint               n = count_parties (self);

  if (position == 0)
    return g_object_ref (self->undecided);
  if (position <= n)
    return g_list_model_get_item (self->parties, position - 1);
  if (position == n + 1)
    return g_object_ref (self->joint);
  if (position == n + 2)
    return g_object_ref (self->each);

  return NULL;
}

static void
buntan_owner_choices_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = buntan_owner_choices_get_item_type;
  iface->get_n_items = buntan_owner_choices_get_n_items;
  iface->get_item = buntan_owner_choices_get_item;
}

static void
parties_items_changed_cb (BuntanOwnerChoices *self,
                          guint               position,
                          guint               removed,
                          guint               added,
                          GListModel         *parties)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position + 1, removed, added);
}

static char *
party_label_cb (gpointer this, const char *name, BuntanPartyKind kind, gpointer user_data)
{
  return g_strdup (buntan_view_party_label (name, kind));
}

static char *
party_short_label_cb (gpointer this,
                      BuntanParty *party,
                      const char  *name,
                      const char  *short_name,
                      gpointer     user_data)
{
  if (party == NULL)
    return NULL;

  return g_strdup (
    buntan_view_party_label (buntan_party_get_short_name (party), buntan_party_get_kind (party)));
}

static void
buntan_owner_choices_dispose (GObject *object)
{
  BuntanOwnerChoices *self = (BuntanOwnerChoices *) object;

  if (self->parties != NULL)
    g_signal_handlers_disconnect_by_func (self->parties, parties_items_changed_cb, self);
  g_clear_object (&self->parties);
  g_clear_object (&self->project);
  g_clear_object (&self->undecided);
  g_clear_object (&self->joint);
  g_clear_object (&self->each);

  G_OBJECT_CLASS (buntan_owner_choices_parent_class)->dispose (object);
}

static void
buntan_owner_choices_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanOwnerChoices *self = BUNTAN_OWNER_CHOICES (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_owner_choices_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BuntanOwnerChoices *self = BUNTAN_OWNER_CHOICES (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_owner_choices_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_owner_choices_class_init (BuntanOwnerChoicesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_owner_choices_dispose;
  object_class->get_property = buntan_owner_choices_get_property;
  object_class->set_property = buntan_owner_choices_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_owner_choices_init (BuntanOwnerChoices *self)
{
  /* TRANSLATORS: the owner of an item nobody has taken on yet (未定) */
  self->undecided = buntan_party_new ("undecided", BUNTAN_PARTY_KIND_VENDOR, _ ("Undecided"));
  /* TRANSLATORS: the owner of an item several parties share (共同) */
  self->joint = buntan_party_new (BUNTAN_OWNER_JOINT, BUNTAN_PARTY_KIND_VENDOR, _ ("Joint"));
  /* TRANSLATORS: the owner of an item every participant carries out for
   * its own system (各事業者（個別）), not one shared duty */
  self->each = buntan_party_new (BUNTAN_OWNER_EACH, BUNTAN_PARTY_KIND_VENDOR,
                                 _ ("Each Vendor for Its Own System"));
}

BuntanOwnerChoices *
buntan_owner_choices_new (void)
{
  return g_object_new (BUNTAN_TYPE_OWNER_CHOICES, NULL);
}

BuntanProject *
buntan_owner_choices_get_project (BuntanOwnerChoices *self)
{
  g_return_val_if_fail (BUNTAN_IS_OWNER_CHOICES (self), NULL);

  return self->project;
}

void
buntan_owner_choices_set_project (BuntanOwnerChoices *self, BuntanProject *project)
{
  guint old_n, new_n;

  g_return_if_fail (BUNTAN_IS_OWNER_CHOICES (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  old_n = count_parties (self);
  if (self->parties != NULL)
    g_signal_handlers_disconnect_by_func (self->parties, parties_items_changed_cb, self);
  g_clear_object (&self->parties);

  g_set_object (&self->project, project);
  if (project != NULL)
    {
      self->parties = g_object_ref (buntan_project_get_parties (project));
      g_signal_connect_object (self->parties, "items-changed",
                               G_CALLBACK (parties_items_changed_cb), self, G_CONNECT_SWAPPED);
    }
  new_n = count_parties (self);

  if (old_n != 0 || new_n != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 1, old_n, new_n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_owner_choices_find:
 * @self: the choices
 * @owner: (nullable): an item's owner: a party id, "joint", "each", or %NULL
 *
 * Returns: the position of @owner, or %GTK_INVALID_LIST_POSITION when the
 *   project has no such party
 */
guint
buntan_owner_choices_find (BuntanOwnerChoices *self, const char *owner)
{
  guint position;

  g_return_val_if_fail (BUNTAN_IS_OWNER_CHOICES (self), GTK_INVALID_LIST_POSITION);

  if (owner == NULL)
    return 0;
  if (g_str_equal (owner, BUNTAN_OWNER_JOINT))
    return count_parties (self) + 1;
  if (g_str_equal (owner, BUNTAN_OWNER_EACH))
    return count_parties (self) + 2;
  if (self->project == NULL)
    return GTK_INVALID_LIST_POSITION;

  position = buntan_project_get_party_position (self->project, owner);
  return position != G_MAXUINT ? position + 1 : GTK_INVALID_LIST_POSITION;
}

/**
 * buntan_owner_choices_get_owner:
 * @self: the choices
 * @position: a position in the choices
 * @owner: (out) (transfer none): the owner that position stands for
 *
 * Returns: %FALSE when @position is not a choice
 */
gboolean
buntan_owner_choices_get_owner (BuntanOwnerChoices *self, guint position, const char **owner)
{
  g_autoptr (BuntanParty) party = NULL;
  guint n;

  g_return_val_if_fail (BUNTAN_IS_OWNER_CHOICES (self), FALSE);
  g_return_val_if_fail (owner != NULL, FALSE);

  n = count_parties (self);
  if (position == 0)
    *owner = NULL;
  else if (position == n + 1)
    *owner = BUNTAN_OWNER_JOINT;
  else if (position == n + 2)
    *owner = BUNTAN_OWNER_EACH;
  else if (position <= n)
    {
      party = g_list_model_get_item (self->parties, position - 1);
      /* The project's parties list keeps the party (and its id) alive. */
      *owner = buntan_party_get_id (party);
    }
  else
    return FALSE;

  return TRUE;
}

/**
 * buntan_owner_choices_label_expression:
 * @party: (transfer full): an expression for a #BuntanParty
 *
 * Returns: (transfer full): an expression for the words that name the party,
 *   even when the user has not named it yet
 */
GtkExpression *
buntan_owner_choices_label_expression (GtkExpression *party)
{
  GtkExpression *params[2];

  params[0] = gtk_property_expression_new (BUNTAN_TYPE_PARTY, gtk_expression_ref (party), "name");
  params[1] = gtk_property_expression_new (BUNTAN_TYPE_PARTY, party, "kind");

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (party_label_cb), NULL, NULL);
}

/**
 * buntan_owner_choices_setup_drop_down:
 * @drop_down: a dropdown whose model holds parties
 *
 * Shows the parties' names in @drop_down: shortened on its button, whole in
 * its list, following renames.
 */
/**
 * buntan_owner_choices_short_label_expression:
 * @party: (transfer full): an expression for a #BuntanParty
 *
 * Returns: (transfer full): an expression for the party's short name (略称),
 *   as a narrow column shows it; it follows renames
 */
GtkExpression *
buntan_owner_choices_short_label_expression (GtkExpression *party)
{
  GtkExpression *params[3];

  params[0] = gtk_expression_ref (party);
  params[1] = gtk_property_expression_new (BUNTAN_TYPE_PARTY, gtk_expression_ref (party), "name");
  params[2] = gtk_property_expression_new (BUNTAN_TYPE_PARTY, party, "short-name");

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (party_short_label_cb), NULL, NULL);
}

void
buntan_owner_choices_setup_drop_down (GtkDropDown *drop_down)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  buntan_drop_down_set_choice_label (drop_down, buntan_owner_choices_label_expression);
}
