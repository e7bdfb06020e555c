/* buntan-party-editor.c — the form for one party: names, contracts, contacts, documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "buntan-contract-row.h"
#include "buntan-core.h"
#include "buntan-date-entry.h"
#include "buntan-parties-dialog.h"
#include "buntan-party-editor.h"
#include "buntan-view-util.h"

struct _BuntanPartyEditor
{
  AdwBin parent_instance;

  BuntanParty *party;
  GPtrArray   *bindings;

  AdwEntryRow         *name_row;
  AdwEntryRow         *service_row;
  GtkEntry            *short_name_entry;
  AdwActionRow        *short_name_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *representative_row;
  GtkWidget           *safety_manager_group;
  AdwEntryRow         *safety_manager_name_row;
  AdwEntryRow         *safety_manager_title_row;
  AdwActionRow        *safety_manager_appointed_row;
  BuntanDateEntry     *safety_manager_appointed_entry;
  AdwPreferencesGroup *contracts_group;
  GPtrArray           *contract_rows;
  AdwEntryRow         *contact_row;
  AdwEntryRow         *emergency_contact_row;
  GtkWidget           *documents_group;
  AdwActionRow        *service_spec_row;
  AdwActionRow        *mds_sds_row;
  AdwActionRow        *cyber_checklist_row;
  BuntanDateEntry     *service_spec_entry;
  BuntanDateEntry     *mds_sds_entry;
  BuntanDateEntry     *cyber_checklist_entry;
  GtkTextView         *note_view;
  GtkWidget           *remove_group;
};

G_DEFINE_FINAL_TYPE (BuntanPartyEditor, buntan_party_editor, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_PARTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One folding row per contract, rebuilt whenever the list changes (adding,
 * removing, undoing): a vendor has a handful of contracts at most. */
static void
rebuild_contract_rows (BuntanPartyEditor *self)
{
  GListModel *contracts;

  for (guint i = 0; i < self->contract_rows->len; i++)
    adw_preferences_group_remove (self->contracts_group,
                                  g_ptr_array_index (self->contract_rows, i));
  g_ptr_array_set_size (self->contract_rows, 0);

  if (self->party == NULL)
    return;

  contracts = buntan_party_get_contracts (self->party);
  for (guint i = 0; i < g_list_model_get_n_items (contracts); i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);
      GtkWidget *row = buntan_contract_row_new (contract);

      adw_preferences_group_add (self->contracts_group, row);
      g_ptr_array_add (self->contract_rows, row);
    }
}

static void
contracts_changed_cb (BuntanPartyEditor *self,
                      guint              position,
                      guint              removed,
                      guint              added,
                      GListModel        *contracts)
{
  rebuild_contract_rows (self);
}

/* The short name derived from the name shows where none is typed. */
static void
update_short_name_placeholder (BuntanPartyEditor *self)
{
  gtk_entry_set_placeholder_text (self->short_name_entry,
                                  self->party != NULL
                                    ? buntan_party_get_default_short_name (self->party)
                                    : NULL);
}

static void
party_name_notify_cb (BuntanPartyEditor *self, GParamSpec *pspec, BuntanParty *party)
{
  update_short_name_placeholder (self);
}

static void
add_contract_clicked_cb (BuntanPartyEditor *self, GtkButton *button)
{
  BuntanContract *contract;

  if (self->party == NULL)
    return;

  contract = buntan_party_add_contract (self->party, BUNTAN_CONTRACT_KIND_OTHER);
  for (guint i = 0; i < self->contract_rows->len; i++)
    {
      BuntanContractRow *row = g_ptr_array_index (self->contract_rows, i);

      if (buntan_contract_row_get_contract (row) == contract)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
}

static void
bind (BuntanPartyEditor *self,
      const char        *party_property,
      gpointer           target,
      const char        *target_property)
{
  GBinding *binding = g_object_bind_property (self->party, party_property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
unbind_all (BuntanPartyEditor *self)
{
  if (self->party != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->party, self);
      g_signal_handlers_disconnect_by_data (buntan_party_get_contracts (self->party), self);
    }

  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);
}

static void
bind_party (BuntanPartyEditor *self)
{
  gboolean vendor;

  if (self->party == NULL)
    return;

  vendor = !buntan_party_is_hospital (self->party);

  bind (self, "name", self->name_row, "text");
  bind (self, "service", self->service_row, "text");
  bind (self, "contact", self->contact_row, "text");
  bind (self, "emergency-contact", self->emergency_contact_row, "text");
  bind (self, "short-name", self->short_name_entry, "text");
  bind (self, "address", self->address_row, "text");
  bind (self, "representative", self->representative_row, "text");
  bind (self, "safety-manager-name", self->safety_manager_name_row, "text");
  bind (self, "safety-manager-title", self->safety_manager_title_row, "text");
  bind (self, "safety-manager-appointed", self->safety_manager_appointed_entry, "date");
  bind (self, "service-spec-received", self->service_spec_entry, "date");
  bind (self, "mds-sds-received", self->mds_sds_entry, "date");
  bind (self, "cyber-checklist-received", self->cyber_checklist_entry, "date");
  bind (self, "note", gtk_text_view_get_buffer (self->note_view), "text");

  g_signal_connect_swapped (self->party, "notify::name", G_CALLBACK (party_name_notify_cb), self);
  g_signal_connect_swapped (buntan_party_get_contracts (self->party), "items-changed",
                            G_CALLBACK (contracts_changed_cb), self);
  update_short_name_placeholder (self);
  rebuild_contract_rows (self);

  /* The hospital has no service or contract of its own to record; only it
   * has a safety manager. */
  gtk_widget_set_visible (GTK_WIDGET (self->service_row), vendor);
  gtk_widget_set_visible (GTK_WIDGET (self->contracts_group), vendor);
  gtk_widget_set_visible (self->safety_manager_group, !vendor);
  gtk_widget_set_visible (self->documents_group, vendor);
  gtk_widget_set_visible (self->remove_group, vendor);
}

static void
remove_clicked_cb (BuntanPartyEditor *self, GtkButton *button)
{
  if (self->party != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "parties.remove-vendor", "s",
                                buntan_party_get_id (self->party));
}

static void
name_date_entry (BuntanDateEntry *entry, AdwActionRow *row)
{
  buntan_date_entry_set_label (entry, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static void
buntan_party_editor_dispose (GObject *object)
{
  BuntanPartyEditor *self = (BuntanPartyEditor *) object;

  if (self->bindings != NULL)
    unbind_all (self);
  if (self->contract_rows != NULL)
    g_ptr_array_set_size (self->contract_rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_PARTY_EDITOR);
  g_clear_object (&self->party);

  G_OBJECT_CLASS (buntan_party_editor_parent_class)->dispose (object);
}

static void
buntan_party_editor_finalize (GObject *object)
{
  BuntanPartyEditor *self = (BuntanPartyEditor *) object;

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->contract_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_party_editor_parent_class)->finalize (object);
}

static void
buntan_party_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanPartyEditor *self = BUNTAN_PARTY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_object (value, self->party);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_party_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuntanPartyEditor *self = BUNTAN_PARTY_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      buntan_party_editor_set_party (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_party_editor_class_init (BuntanPartyEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_party_editor_dispose;
  object_class->finalize = buntan_party_editor_finalize;
  object_class->get_property = buntan_party_editor_get_property;
  object_class->set_property = buntan_party_editor_set_property;

  properties[PROP_PARTY] =
    g_param_spec_object ("party", NULL, NULL, BUNTAN_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUNTAN_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-party-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, service_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, short_name_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, representative_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, safety_manager_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, safety_manager_name_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, safety_manager_title_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor,
                                        safety_manager_appointed_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor,
                                        safety_manager_appointed_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, contracts_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, contact_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, emergency_contact_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, documents_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, service_spec_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, mds_sds_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, cyber_checklist_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, service_spec_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, mds_sds_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, cyber_checklist_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartyEditor, remove_group);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_contract_clicked_cb);
}

/* GTK 4.8's entries keep an undo of their own, in which a name pasted over
 * the old one is two steps (the old name deleted, then the new one in). The
 * form undoes through the project's history instead, as the main window
 * does: there the paste is one change of the party. */
static gboolean
undo_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  GtkRoot       *root = gtk_widget_get_root (widget);
  gboolean       redo = g_variant_get_boolean (args);
  BuntanProject *project;
  BuntanHistory *history;

  if (!BUNTAN_IS_PARTIES_DIALOG (root))
    return FALSE;

  project = buntan_parties_dialog_get_project (BUNTAN_PARTIES_DIALOG (root));
  history = buntan_project_get_history (project);
  if (redo)
    buntan_history_redo (history);
  else
    buntan_history_undo (history);
  return TRUE;
}

static void
add_undo_shortcuts (BuntanPartyEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct
  {
    guint           key;
    GdkModifierType modifiers;
    gboolean        redo;
  } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, FALSE },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, TRUE },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, TRUE },
  };

  /* Before the entries' own Ctrl+Z. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut =
        gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].modifiers),
                          gtk_callback_action_new (undo_cb, NULL, NULL));

      /* The callback reads which one from its arguments. */
      gtk_shortcut_set_arguments (shortcut, g_variant_new_boolean (keys[i].redo));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
buntan_party_editor_init (BuntanPartyEditor *self)
{
  g_autofree char *short_name_label = NULL;

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->contract_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  short_name_label = buntan_view_strip_mnemonic (
    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->short_name_row)));
  /* An entry beside a row's title is not labelled by it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->short_name_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, short_name_label, -1);
  buntan_view_name_entry_row (self->address_row);
  buntan_view_name_entry_row (self->representative_row);
  buntan_view_name_entry_row (self->safety_manager_name_row);
  buntan_view_name_entry_row (self->safety_manager_title_row);
  name_date_entry (self->safety_manager_appointed_entry, self->safety_manager_appointed_row);

  buntan_view_name_entry_row (self->name_row);
  buntan_view_name_entry_row (self->service_row);
  buntan_view_name_entry_row (self->contact_row);
  buntan_view_name_entry_row (self->emergency_contact_row);
  name_date_entry (self->service_spec_entry, self->service_spec_row);
  name_date_entry (self->mds_sds_entry, self->mds_sds_row);
  name_date_entry (self->cyber_checklist_entry, self->cyber_checklist_row);

  add_undo_shortcuts (self);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->name_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->service_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->contact_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->emergency_contact_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->short_name_entry), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->address_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->representative_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->safety_manager_name_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->safety_manager_title_row), FALSE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->note_view), FALSE);
}

GtkWidget *
buntan_party_editor_new (void)
{
  return g_object_new (BUNTAN_TYPE_PARTY_EDITOR, NULL);
}

BuntanParty *
buntan_party_editor_get_party (BuntanPartyEditor *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTY_EDITOR (self), NULL);

  return self->party;
}

void
buntan_party_editor_set_party (BuntanPartyEditor *self, BuntanParty *party)
{
  g_return_if_fail (BUNTAN_IS_PARTY_EDITOR (self));
  g_return_if_fail (party == NULL || BUNTAN_IS_PARTY (party));

  if (self->party == party)
    return;

  unbind_all (self);
  g_set_object (&self->party, party);
  bind_party (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), party != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

void
buntan_party_editor_focus_name (BuntanPartyEditor *self)
{
  g_return_if_fail (BUNTAN_IS_PARTY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
