/* buntan-part-filter-bar-bindings.c — the filter bar's dropdowns: their models and their binding to the filter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each dropdown's position maps to a value of the BuntanItemFilter and back.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-part-filter-bar-private.h"
#include "buntan-view-util.h"


void
_buntan_part_filter_bar_setup_drop_downs (BuntanPartFilterBar *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);

  self->section_labels = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->section_drop_down, G_LIST_MODEL (self->section_labels));

  gtk_string_list_append (statuses, _ ("All statuses"));
  for (BuntanItemStatus status = BUNTAN_ITEM_STATUS_OPEN;
       status <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE; status++)
    gtk_string_list_append (statuses, buntan_item_status_get_label (status));
  gtk_drop_down_set_model (self->status_drop_down, G_LIST_MODEL (statuses));

  gtk_string_list_append (kinds, _ ("All contract kinds"));
  for (BuntanContractKind kind = BUNTAN_CONTRACT_KIND_DEVELOPMENT;
       kind <= BUNTAN_CONTRACT_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, buntan_contract_kind_get_label (kind));
  gtk_drop_down_set_model (self->contract_kind_drop_down, G_LIST_MODEL (kinds));
}

/* "All owners", then the same choices as the owner cells. */
void
_buntan_part_filter_bar_setup_owner_drop_down (BuntanPartFilterBar *self)
{
  g_autoptr (GListStore) any_store = g_list_store_new (BUNTAN_TYPE_PARTY);
  g_autoptr (GListStore) owner_parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr (GtkFlattenListModel) owners = NULL;
  g_autoptr (BuntanParty) any =
    buntan_party_new ("any", BUNTAN_PARTY_KIND_VENDOR, _ ("All owners"));

  g_list_store_append (any_store, any);
  g_list_store_append (owner_parts, any_store);
  g_list_store_append (owner_parts, self->choices);
  owners = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&owner_parts)));
  buntan_owner_choices_setup_drop_down (self->owner_drop_down);
  gtk_drop_down_set_model (self->owner_drop_down, G_LIST_MODEL (owners));
}

/* The filter bar's dropdowns hold positions, the filter what they stand
 * for; position 0 of every dropdown is "all".
 *
 * A dropdown of codes (sections; any criterion whose values are strings):
 * position i stands for (*codes)[i - 1]. The codes are read through a
 * pointer to the bar's field, so a new list of codes (another project's
 * sections) needs no new binding. */
static gboolean
code_from_position (GBinding     *binding,
                    const GValue *from_value,
                    GValue       *to_value,
                    gpointer      user_data)
{
  char **codes = *(char ***) user_data;
  guint  position = g_value_get_uint (from_value);

  if (position > 0 && position != GTK_INVALID_LIST_POSITION && codes != NULL &&
      position <= g_strv_length (codes))
    g_value_set_string (to_value, codes[position - 1]);
  else
    g_value_set_string (to_value, NULL);
  return TRUE;
}

static gboolean
code_to_position (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  char      **codes = *(char ***) user_data;
  const char *code = g_value_get_string (from_value);

  if (code == NULL)
    {
      g_value_set_uint (to_value, 0);
      return TRUE;
    }

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      {
        g_value_set_uint (to_value, i + 1);
        return TRUE;
      }

  return FALSE;
}

static gboolean
status_from_position (GBinding     *binding,
                      const GValue *from_value,
                      GValue       *to_value,
                      gpointer      user_data)
{
  guint position = g_value_get_uint (from_value);

  g_value_set_int (to_value,
                   position > 0 && position != GTK_INVALID_LIST_POSITION ? (int) position - 1 : -1);
  return TRUE;
}

static gboolean
status_to_position (GBinding     *binding,
                    const GValue *from_value,
                    GValue       *to_value,
                    gpointer      user_data)
{
  g_value_set_uint (to_value, (guint) (g_value_get_int (from_value) + 1));
  return TRUE;
}

gboolean
_buntan_part_filter_bar_owner_from_position (GBinding     *binding,
                                             const GValue *from_value,
                                             GValue       *to_value,
                                             gpointer      user_data)
{
  BuntanPartFilterBar *self = user_data;
  guint                position = g_value_get_uint (from_value);
  const char          *owner = NULL;

  if (position > 0 && position != GTK_INVALID_LIST_POSITION &&
      buntan_owner_choices_get_owner (self->choices, position - 1, &owner))
    g_value_set_string (to_value, owner != NULL ? owner : BUNTAN_ITEM_FILTER_UNDECIDED);
  else
    g_value_set_string (to_value, NULL);
  return TRUE;
}

gboolean
_buntan_part_filter_bar_owner_to_position (GBinding     *binding,
                                           const GValue *from_value,
                                           GValue       *to_value,
                                           gpointer      user_data)
{
  BuntanPartFilterBar *self = user_data;
  const char          *owner = g_value_get_string (from_value);
  guint                choice;

  if (owner == NULL)
    {
      g_value_set_uint (to_value, 0);
      return TRUE;
    }

  choice =
    buntan_owner_choices_find (self->choices,
                               g_str_equal (owner, BUNTAN_ITEM_FILTER_UNDECIDED) ? NULL : owner);
  if (choice == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_uint (to_value, choice + 1);
  return TRUE;
}

/* Position 0 is "All vendors", the others the vendors' parties. */
static gboolean
vendor_from_position (GBinding     *binding,
                      const GValue *from_value,
                      GValue       *to_value,
                      gpointer      user_data)
{
  BuntanPartFilterBar *self = user_data;
  guint                position = g_value_get_uint (from_value);
  g_autoptr (BuntanParty) party = NULL;

  if (position > 0 && position != GTK_INVALID_LIST_POSITION)
    party = g_list_model_get_item (gtk_drop_down_get_model (self->vendor_drop_down), position);
  g_value_set_string (to_value, party != NULL ? buntan_party_get_id (party) : NULL);
  return TRUE;
}

static gboolean
vendor_to_position (GBinding     *binding,
                    const GValue *from_value,
                    GValue       *to_value,
                    gpointer      user_data)
{
  BuntanPartFilterBar *self = user_data;
  const char          *vendor = g_value_get_string (from_value);
  GListModel          *model = gtk_drop_down_get_model (self->vendor_drop_down);
  guint                n = model != NULL ? g_list_model_get_n_items (model) : 0;

  if (vendor == NULL)
    {
      g_value_set_uint (to_value, 0);
      return TRUE;
    }

  for (guint i = 1; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (model, i);

      if (g_strcmp0 (buntan_party_get_id (party), vendor) == 0)
        {
          g_value_set_uint (to_value, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Position 0 is "All items", position i the version versions[i - 1]. */
static gboolean
version_from_position (GBinding     *binding,
                       const GValue *from_value,
                       GValue       *to_value,
                       gpointer      user_data)
{
  BuntanPartFilterBar *self = user_data;
  guint                position = g_value_get_uint (from_value);

  g_value_set_uint (to_value, position > 0 && position != GTK_INVALID_LIST_POSITION &&
                                  position <= self->versions->len
                                ? g_array_index (self->versions, guint, position - 1)
                                : 0);
  return TRUE;
}

static gboolean
version_to_position (GBinding     *binding,
                     const GValue *from_value,
                     GValue       *to_value,
                     gpointer      user_data)
{
  BuntanPartFilterBar *self = user_data;
  guint                version = g_value_get_uint (from_value);

  if (version == 0)
    {
      g_value_set_uint (to_value, 0);
      return TRUE;
    }

  for (guint i = 0; i < self->versions->len; i++)
    if (g_array_index (self->versions, guint, i) == version)
      {
        g_value_set_uint (to_value, i + 1);
        return TRUE;
      }

  return FALSE;
}

/* Both ways: the widgets set the filter, and lifting the filters
 * (buntan_item_filter_reset) shows in the widgets. */
void
_buntan_part_filter_bar_bind_filter (BuntanPartFilterBar *self)
{
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_object_bind_property_full (self->section_drop_down, "selected", self->filter, "section", flags,
                               code_from_position, code_to_position, &self->sections, NULL);
  g_object_bind_property_full (self->status_drop_down, "selected", self->filter, "status", flags,
                               status_from_position, status_to_position, self, NULL);
  g_object_bind_property_full (self->contract_kind_drop_down, "selected", self->filter,
                               "contract-kind", flags, status_from_position, status_to_position,
                               self, NULL);
  g_object_bind_property_full (self->vendor_drop_down, "selected", self->filter, "vendor", flags,
                               vendor_from_position, vendor_to_position, self, NULL);
  g_object_bind_property (self->gaps_button, "active", self->filter, "gaps-only", flags);
  g_object_bind_property_full (self->changed_drop_down, "selected", self->filter, "changed-since",
                               flags, version_from_position, version_to_position, self, NULL);
}
