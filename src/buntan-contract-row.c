/* buntan-contract-row.c — one vendor contract in the party editor, folded open to edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-contract-row.h"
#include "buntan-core.h"
#include "buntan-date-entry.h"
#include "buntan-view-util.h"

struct _BuntanContractRow
{
  AdwExpanderRow parent_instance;

  BuntanContract *contract;
  GPtrArray      *bindings;
};

G_DEFINE_FINAL_TYPE (BuntanContractRow, buntan_contract_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  PROP_0,
  PROP_CONTRACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
kind_to_selected (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_kind (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  guint selected = g_value_get_uint (from);

  /* Nothing selected (the list is being rebuilt): keep the model as it is. */
  if (selected > BUNTAN_CONTRACT_KIND_OTHER)
    return FALSE;

  g_value_set_enum (to, (int) selected);
  return TRUE;
}

/* Systems are typed as one line, separated by commas (、 or ,). */
static gboolean
systems_to_text (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  const char *const *systems = g_value_get_boxed (from);

  g_value_take_string (to, systems != NULL ? g_strjoinv ("、", (char **) systems) : g_strdup (""));
  return TRUE;
}

static gboolean
text_to_systems (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  const char *text = g_value_get_string (from);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *unified = NULL;
  g_auto (GStrv) parts = NULL;

  unified = g_strjoinv (",", (parts = g_strsplit (text != NULL ? text : "", "、", -1)));
  g_clear_pointer (&parts, g_strfreev);
  parts = g_strsplit (unified, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  g_value_take_boxed (to, g_strv_builder_end (builder));
  return TRUE;
}

static void
bind (BuntanContractRow *self, const char *property, gpointer target, const char *target_property)
{
  GBinding *binding = g_object_bind_property (self->contract, property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static AdwEntryRow *
add_entry_row (BuntanContractRow *self, const char *title, const char *property)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  buntan_view_name_entry_row (ADW_ENTRY_ROW (row));
  /* Undo goes through the project's history, as in the rest of the form. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  if (property != NULL)
    bind (self, property, row, "text");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  return ADW_ENTRY_ROW (row);
}

static void
add_date_row (BuntanContractRow *self, const char *title, const char *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = buntan_date_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  buntan_date_entry_set_label (BUNTAN_DATE_ENTRY (entry), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  bind (self, property, entry, "date");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

/* The folded row says which contract it is: its kind and title, its number. */
static void
update_heading (BuntanContractRow *self)
{
  const char *kind = buntan_contract_kind_get_label (buntan_contract_get_kind (self->contract));
  const char *title = buntan_contract_get_title (self->contract);
  const char *number = buntan_contract_get_number (self->contract);
  g_autofree char *heading = NULL;
  g_autofree char *escaped = NULL;

  /* Translators: a contract in the party editor: its kind, then its title. */
  heading = *title != '\0' ? g_strdup_printf (_ ("%s: %s"), kind, title) : g_strdup (kind);
  escaped = g_markup_escape_text (heading, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), escaped);
  g_clear_pointer (&escaped, g_free);
  escaped = g_markup_escape_text (number, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
}

static void
contract_notify_cb (BuntanContractRow *self, GParamSpec *pspec, BuntanContract *contract)
{
  update_heading (self);
}

static void
remove_clicked_cb (BuntanContractRow *self, GtkButton *button)
{
  BuntanParty *party = buntan_contract_get_party (self->contract);

  if (party != NULL)
    buntan_party_remove_contract (party, self->contract);
}

static void
build_rows (BuntanContractRow *self)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *kind_row = adw_combo_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove_button = gtk_button_new_with_mnemonic (_ ("_Remove Contract"));
  GBinding  *binding;

  for (int kind = BUNTAN_CONTRACT_KIND_DEVELOPMENT; kind <= BUNTAN_CONTRACT_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, buntan_contract_kind_get_label (kind));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (kinds));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _ ("Kind of contract"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (kind_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Kind of contract"), -1);
  binding = g_object_bind_property_full (self->contract, "kind", kind_row, "selected",
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         kind_to_selected, selected_to_kind, NULL, NULL);
  g_ptr_array_add (self->bindings, g_object_ref (binding));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), kind_row);

  add_entry_row (self, _ ("Contract title"), "title");
  add_entry_row (self, _ ("Contract number"), "number");
  add_date_row (self, _ ("Signed on"), "signed");
  add_date_row (self, _ ("Starts on"), "start");
  add_date_row (self, _ ("Ends on"), "end");
  add_date_row (self, _ ("Renewal date"), "renewal");
  {
    AdwEntryRow *systems_row =
      add_entry_row (self, _ ("Systems covered (separated by commas)"), NULL);

    binding = g_object_bind_property_full (self->contract, "systems", systems_row, "text",
                                           G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                           systems_to_text, text_to_systems, NULL, NULL);
    g_ptr_array_add (self->bindings, g_object_ref (binding));
  }

  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "destructive-action");
  g_signal_connect_swapped (remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Remove Contract"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), remove_row);
}

static void
buntan_contract_row_constructed (GObject *object)
{
  BuntanContractRow *self = (BuntanContractRow *) object;

  G_OBJECT_CLASS (buntan_contract_row_parent_class)->constructed (object);

  g_return_if_fail (BUNTAN_IS_CONTRACT (self->contract));

  build_rows (self);
  update_heading (self);
  g_signal_connect_object (self->contract, "notify", G_CALLBACK (contract_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
buntan_contract_row_dispose (GObject *object)
{
  BuntanContractRow *self = (BuntanContractRow *) object;

  if (self->bindings != NULL)
    {
      for (guint i = 0; i < self->bindings->len; i++)
        g_binding_unbind (g_ptr_array_index (self->bindings, i));
      g_clear_pointer (&self->bindings, g_ptr_array_unref);
    }
  g_clear_object (&self->contract);

  G_OBJECT_CLASS (buntan_contract_row_parent_class)->dispose (object);
}

static void
buntan_contract_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanContractRow *self = BUNTAN_CONTRACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      g_value_set_object (value, self->contract);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_contract_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuntanContractRow *self = BUNTAN_CONTRACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTRACT:
      self->contract = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_contract_row_class_init (BuntanContractRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = buntan_contract_row_constructed;
  object_class->dispose = buntan_contract_row_dispose;
  object_class->get_property = buntan_contract_row_get_property;
  object_class->set_property = buntan_contract_row_set_property;

  properties[PROP_CONTRACT] =
    g_param_spec_object ("contract", NULL, NULL, BUNTAN_TYPE_CONTRACT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_contract_row_init (BuntanContractRow *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
}

GtkWidget *
buntan_contract_row_new (BuntanContract *contract)
{
  g_return_val_if_fail (BUNTAN_IS_CONTRACT (contract), NULL);

  return g_object_new (BUNTAN_TYPE_CONTRACT_ROW, "contract", contract, NULL);
}

BuntanContract *
buntan_contract_row_get_contract (BuntanContractRow *self)
{
  g_return_val_if_fail (BUNTAN_IS_CONTRACT_ROW (self), NULL);

  return self->contract;
}
