/* buntan-owner-cell.c — the owner of an item as a dropdown (未定, each party, 共同)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-owner-cell.h"
#include "buntan-view-util.h"

struct _BuntanOwnerCell
{
  BuntanItemCell parent_instance;

  BuntanOwnerChoices *choices;
};

G_DEFINE_FINAL_TYPE (BuntanOwnerCell, buntan_owner_cell, BUNTAN_TYPE_ITEM_CELL)

enum
{
  PROP_0,
  PROP_CHOICES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
owner_to_selected (GBinding     *binding,
                   const GValue *from_value,
                   GValue       *to_value,
                   gpointer      user_data)
{
  BuntanOwnerCell *self = user_data;

  g_value_set_uint (to_value,
                    buntan_owner_choices_find (self->choices, g_value_get_string (from_value)));
  return TRUE;
}

static gboolean
selected_to_owner (GBinding     *binding,
                   const GValue *from_value,
                   GValue       *to_value,
                   gpointer      user_data)
{
  BuntanOwnerCell *self = user_data;
  const char      *owner = NULL;

  if (!buntan_owner_choices_get_owner (self->choices, g_value_get_uint (from_value), &owner))
    return FALSE;

  g_value_set_string (to_value, owner);
  return TRUE;
}

/* While the choices change (a party added, renamed away, a project swapped),
 * the dropdown's selection moves with them; the item must not follow those
 * moves, so the binding is off until the dropdown has settled. */
static void
choices_changing_cb (BuntanOwnerCell *self)
{
  buntan_item_cell_unbind (BUNTAN_ITEM_CELL (self));
}

static void
choices_changed_cb (BuntanOwnerCell *self)
{
  buntan_item_cell_rebind (BUNTAN_ITEM_CELL (self));
}

static const char *
buntan_owner_cell_get_label (BuntanItemCell *cell)
{
  return _ ("Owner");
}

static GBinding *
buntan_owner_cell_bind (BuntanItemCell *cell, BuntanItem *item, GtkDropDown *drop_down)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (cell);

  if (self->choices == NULL)
    return NULL;

  return g_object_bind_property_full (item, "owner", drop_down, "selected",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      owner_to_selected, selected_to_owner, self, NULL);
}

static gboolean
is_lazy (BuntanOwnerCell *self)
{
  gboolean lazy = FALSE;

  g_object_get (self, "lazy", &lazy, NULL);
  return lazy;
}

static void
buntan_owner_cell_setup_drop_down (BuntanItemCell *cell, GtkDropDown *drop_down)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (cell);

  buntan_owner_choices_setup_drop_down (drop_down);
  /* The list's narrow column: the short name, never a cut-off legal name;
   * the open list and the tooltip have the full one. */
  if (is_lazy (self))
    buntan_drop_down_set_choice_labels (drop_down, buntan_owner_choices_short_label_expression,
                                        buntan_owner_choices_label_expression);
  if (self->choices == NULL)
    return;

  /* The dropdown's selection connects to the choices when it gets them: it
   * must come between the two handlers that bracket a change of them. */
  g_signal_handlers_disconnect_by_func (self->choices, choices_changed_cb, self);
  gtk_drop_down_set_model (drop_down, G_LIST_MODEL (self->choices));
  g_signal_connect_object (self->choices, "items-changed", G_CALLBACK (choices_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static BuntanParty *
owner_party_cb (gpointer this, const char *owner, BuntanOwnerCell *self)
{
  if (self->choices == NULL)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->choices),
                                buntan_owner_choices_find (self->choices, owner));
}

/* The owner's short name, told apart from the project's other parties'. */
static char *
owner_short_label_cb (gpointer this,
                      BuntanParty     *party,
                      const char      *name,
                      const char      *short_name,
                      BuntanOwnerCell *self)
{
  BuntanProject *project =
    self->choices != NULL ? buntan_owner_choices_get_project (self->choices) : NULL;
  g_autofree char *unique = NULL;

  if (party == NULL)
    return NULL;

  /* 未定 and 共同 are no parties of the project. */
  if (project != NULL && buntan_project_find_party (project, buntan_party_get_id (party)) == party)
    unique = buntan_party_dup_unique_short_name (party, buntan_project_get_parties (project));
  else
    unique = g_strdup (buntan_party_get_short_name (party));

  return g_strdup (buntan_view_party_label (unique, buntan_party_get_kind (party)));
}

static GtkExpression *
buntan_owner_cell_value_label (BuntanItemCell *cell)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (BUNTAN_TYPE_ITEM, NULL, "owner"),
  };
  GtkExpression *party =
    gtk_cclosure_expression_new (BUNTAN_TYPE_PARTY, NULL, G_N_ELEMENTS (params), params,
                                 G_CALLBACK (owner_party_cb), cell, NULL);
  GtkExpression *label_params[] = {
    gtk_expression_ref (party),
    gtk_property_expression_new (BUNTAN_TYPE_PARTY, gtk_expression_ref (party), "name"),
    gtk_property_expression_new (BUNTAN_TYPE_PARTY, party, "short-name"),
  };

  /* The lazy cell of a list row: the party's short name; renames show at
   * once. */
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (label_params),
                                      label_params, G_CALLBACK (owner_short_label_cb), cell, NULL);
}

/* The full name, looked up only when a tooltip is about to show (a tooltip
 * set on every row costs GTK 4.8 a round trip to the X server). */
static gboolean
query_tooltip_cb (BuntanOwnerCell *self,
                  int              x,
                  int              y,
                  gboolean         keyboard_tooltip,
                  GtkTooltip      *tooltip)
{
  BuntanItem *item = buntan_item_cell_get_item (BUNTAN_ITEM_CELL (self));
  g_autoptr (BuntanParty) party = NULL;

  if (item == NULL || self->choices == NULL)
    return FALSE;

  party = owner_party_cb (NULL, buntan_item_get_owner (item), self);
  if (party == NULL)
    return FALSE;

  buntan_view_tooltip_set_text (tooltip, buntan_view_party_label (buntan_party_get_name (party),
                                                                  buntan_party_get_kind (party)));
  return TRUE;
}

static void
buntan_owner_cell_dispose (GObject *object)
{
  BuntanOwnerCell *self = (BuntanOwnerCell *) object;

  buntan_owner_cell_set_choices (self, NULL);

  G_OBJECT_CLASS (buntan_owner_cell_parent_class)->dispose (object);
}

static void
buntan_owner_cell_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (object);

  switch (prop_id)
    {
    case PROP_CHOICES:
      g_value_set_object (value, self->choices);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_owner_cell_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuntanOwnerCell *self = BUNTAN_OWNER_CELL (object);

  switch (prop_id)
    {
    case PROP_CHOICES:
      buntan_owner_cell_set_choices (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_owner_cell_class_init (BuntanOwnerCellClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  BuntanItemCellClass *cell_class = BUNTAN_ITEM_CELL_CLASS (klass);

  object_class->dispose = buntan_owner_cell_dispose;
  object_class->get_property = buntan_owner_cell_get_property;
  object_class->set_property = buntan_owner_cell_set_property;
  cell_class->get_label = buntan_owner_cell_get_label;
  cell_class->bind = buntan_owner_cell_bind;
  cell_class->setup_drop_down = buntan_owner_cell_setup_drop_down;
  cell_class->value_label = buntan_owner_cell_value_label;

  properties[PROP_CHOICES] =
    g_param_spec_object ("choices", NULL, NULL, BUNTAN_TYPE_OWNER_CHOICES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_owner_cell_init (BuntanOwnerCell *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
buntan_owner_cell_new (BuntanOwnerChoices *choices)
{
  g_return_val_if_fail (choices == NULL || BUNTAN_IS_OWNER_CHOICES (choices), NULL);

  return g_object_new (BUNTAN_TYPE_OWNER_CELL, "choices", choices, NULL);
}

BuntanOwnerChoices *
buntan_owner_cell_get_choices (BuntanOwnerCell *self)
{
  g_return_val_if_fail (BUNTAN_IS_OWNER_CELL (self), NULL);

  return self->choices;
}

void
buntan_owner_cell_set_choices (BuntanOwnerCell *self, BuntanOwnerChoices *choices)
{
  GtkDropDown *drop_down;

  g_return_if_fail (BUNTAN_IS_OWNER_CELL (self));
  g_return_if_fail (choices == NULL || BUNTAN_IS_OWNER_CHOICES (choices));

  if (self->choices == choices)
    return;

  drop_down = buntan_item_cell_peek_drop_down (BUNTAN_ITEM_CELL (self));
  buntan_item_cell_unbind (BUNTAN_ITEM_CELL (self));
  if (self->choices != NULL)
    g_signal_handlers_disconnect_by_data (self->choices, self);
  g_set_object (&self->choices, choices);

  /* The dropdown's selection connects to the model when it gets it: one
   * handler before it and one after bracket every change of the choices. */
  if (choices != NULL)
    g_signal_connect_object (choices, "items-changed", G_CALLBACK (choices_changing_cb), self,
                             G_CONNECT_SWAPPED);
  if (drop_down != NULL)
    gtk_drop_down_set_model (drop_down, G_LIST_MODEL (choices));
  if (choices != NULL)
    g_signal_connect_object (choices, "items-changed", G_CALLBACK (choices_changed_cb), self,
                             G_CONNECT_SWAPPED);

  buntan_item_cell_rebind (BUNTAN_ITEM_CELL (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICES]);
}
