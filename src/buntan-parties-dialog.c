/* buntan-parties-dialog.c — add, edit and remove the vendors (and edit the hospital)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-parties-dialog.h"
#include "buntan-party-editor.h"
#include "buntan-view-util.h"

struct _BuntanPartiesDialog
{
  AdwWindow parent_instance;

  BuntanProject *project;

  GtkListBox        *party_list;
  BuntanPartyEditor *editor;
};

G_DEFINE_FINAL_TYPE (BuntanPartiesDialog, buntan_parties_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the removal question needs when it is answered. */
typedef struct
{
  /* Weak: the question must not keep the parties dialog (and the
   * project) alive after the dialog is closed. */
  GWeakRef     self;
  char        *vendor_id;
  GtkDropDown *successor;
  GStrv        successor_ids;
} RemoveRequest;

static void
remove_request_free (gpointer data, GClosure *closure)
{
  RemoveRequest *request = data;

  g_weak_ref_clear (&request->self);
  g_free (request->vendor_id);
  g_strfreev (request->successor_ids);
  g_free (request);
}

static gboolean
name_to_label (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  g_autoptr (BuntanParty) party = BUNTAN_PARTY (g_binding_dup_source (binding));

  g_value_set_string (to, buntan_view_party_label (g_value_get_string (from),
                                                   buntan_party_get_kind (party)));
  return TRUE;
}

static gboolean
service_to_label (GBinding *binding, const GValue *from, GValue *to, gpointer data)
{
  const char *service = g_value_get_string (from);

  g_value_set_string (to, service != NULL && *service != '\0' ? service : _ ("Vendor"));
  return TRUE;
}

static GtkWidget *
create_party_row (gpointer item, gpointer data)
{
  BuntanParty *party = item;
  GtkWidget   *row = gtk_list_box_row_new ();
  GtkWidget   *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget   *name = gtk_label_new (NULL);
  GtkWidget   *kind = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_label_set_ellipsize (GTK_LABEL (kind), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (kind, "caption");
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), kind);

  g_object_bind_property_full (party, "name", name, "label", G_BINDING_SYNC_CREATE, name_to_label,
                               NULL, NULL, NULL);
  if (buntan_party_is_hospital (party))
    gtk_label_set_label (GTK_LABEL (kind), _ ("Hospital"));
  else
    g_object_bind_property_full (party, "service", kind, "label", G_BINDING_SYNC_CREATE,
                                 service_to_label, NULL, NULL, NULL);

  /* A screen reader reads the row by its two lines (GTK 4.8 leaves it nameless). */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, name,
                                  kind, NULL, -1);
  return row;
}

static void
party_list_row_selected_cb (BuntanPartiesDialog *self, GtkListBoxRow *row, GtkListBox *list)
{
  g_autoptr (BuntanParty) party = NULL;

  if (row != NULL)
    party = g_list_model_get_item (buntan_project_get_parties (self->project),
                                   gtk_list_box_row_get_index (row));

  buntan_party_editor_set_party (self->editor, party);
}

static guint
count_owned_items (BuntanProject *project, const char *id)
{
  GListModel *items = buntan_project_get_items (project);
  guint       n = g_list_model_get_n_items (items);
  guint       owned = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (buntan_item_get_owner (item), id) == 0)
        owned++;
    }

  return owned;
}

static void
show_error (BuntanPartiesDialog *self, const char *heading, const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_hospital (BuntanPartiesDialog *self)
{
  buntan_parties_dialog_select (self,
                                buntan_party_get_id (buntan_project_get_hospital (self->project)));
}

static void
remove_vendor_now (BuntanPartiesDialog *self, const char *id, const char *reassign_to)
{
  g_autoptr (GError) error = NULL;

  if (!buntan_project_remove_vendor (self->project, id, reassign_to, &error))
    {
      show_error (self, _ ("The vendor could not be removed"), error->message);
      return;
    }

  select_hospital (self);
}

static void
remove_response_cb (AdwMessageDialog *dialog, const char *response, RemoveRequest *request)
{
  g_autoptr (BuntanPartiesDialog) self = g_weak_ref_get (&request->self);

  if (self == NULL)
    return;

  if (g_strcmp0 (response, BUNTAN_PARTIES_RESPONSE_UNDECIDED) == 0)
    {
      remove_vendor_now (self, request->vendor_id, NULL);
    }
  else if (g_strcmp0 (response, BUNTAN_PARTIES_RESPONSE_HAND_OVER) == 0)
    {
      guint selected = gtk_drop_down_get_selected (request->successor);

      if (selected < g_strv_length (request->successor_ids))
        remove_vendor_now (self, request->vendor_id, request->successor_ids[selected]);
    }
}

static GtkDropDown *
create_successor_drop_down (BuntanPartiesDialog *self, const char *vendor_id, GStrv *ids)
{
  GListModel *parties = buntan_project_get_parties (self->project);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  BuntanParty *hospital = buntan_project_get_hospital (self->project);
  GtkWidget   *drop_down;
  guint        n = g_list_model_get_n_items (parties);

  /* The hospital first: taking an item over itself is the usual answer. */
  gtk_string_list_append (names, buntan_party_get_name (hospital));
  g_strv_builder_add (builder, buntan_party_get_id (hospital));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (party == hospital || g_strcmp0 (buntan_party_get_id (party), vendor_id) == 0)
        continue;
      gtk_string_list_append (names, buntan_party_get_name (party));
      g_strv_builder_add (builder, buntan_party_get_id (party));
    }

  *ids = g_strv_builder_end (builder);
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_widget_set_halign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (drop_down, _ ("The party that takes over the items"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Hand over to"), -1);

  return GTK_DROP_DOWN (drop_down);
}

static char *
describe_removal (BuntanParty *vendor, guint owned, guint supported)
{
  g_autofree char *lead = NULL;
  g_autofree char *support = NULL;
  const char      *name = buntan_party_get_name (vendor);

  if (owned == 0)
    return g_strdup_printf (ngettext ("%s supports %u item and will be taken off it.",
                                      "%s supports %u items and will be taken off them.",
                                      supported),
                            name, supported);

  lead = g_strdup_printf (ngettext ("%s is responsible for %u item. Leave it undecided, or hand "
                                    "it over to the party chosen below?",
                                    "%s is responsible for %u items. Leave them undecided, or "
                                    "hand them over to the party chosen below?",
                                    owned),
                          name, owned);
  if (supported == 0)
    return g_steal_pointer (&lead);

  support = g_strdup_printf (ngettext ("It is also taken off the %u item it supports.",
                                       "It is also taken off the %u items it supports.", supported),
                             supported);
  return g_strconcat (lead, " ", support, NULL);
}

static void
add_vendor_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  buntan_parties_dialog_add_vendor (BUNTAN_PARTIES_DIALOG (widget));
}

static void
remove_vendor_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  buntan_parties_dialog_remove_vendor (BUNTAN_PARTIES_DIALOG (widget),
                                       g_variant_get_string (parameter, NULL));
}

static void
buntan_parties_dialog_constructed (GObject *object)
{
  BuntanPartiesDialog *self = (BuntanPartiesDialog *) object;

  G_OBJECT_CLASS (buntan_parties_dialog_parent_class)->constructed (object);

  g_return_if_fail (BUNTAN_IS_PROJECT (self->project));

  gtk_list_box_bind_model (self->party_list, buntan_project_get_parties (self->project),
                           create_party_row, NULL, NULL);
  select_hospital (self);
}

static void
buntan_parties_dialog_dispose (GObject *object)
{
  BuntanPartiesDialog *self = (BuntanPartiesDialog *) object;

  if (self->party_list != NULL)
    gtk_list_box_bind_model (self->party_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_PARTIES_DIALOG);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_parties_dialog_parent_class)->dispose (object);
}

static void
buntan_parties_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BuntanPartiesDialog *self = BUNTAN_PARTIES_DIALOG (object);

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
buntan_parties_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BuntanPartiesDialog *self = BUNTAN_PARTIES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_parties_dialog_class_init (BuntanPartiesDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buntan_parties_dialog_constructed;
  object_class->dispose = buntan_parties_dialog_dispose;
  object_class->get_property = buntan_parties_dialog_get_property;
  object_class->set_property = buntan_parties_dialog_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUNTAN_TYPE_PARTY_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-parties-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanPartiesDialog, party_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartiesDialog, editor);
  gtk_widget_class_bind_template_callback (widget_class, party_list_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "parties.add-vendor", NULL, add_vendor_action);
  gtk_widget_class_install_action (widget_class, "parties.remove-vendor", "s",
                                   remove_vendor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_parties_dialog_init (BuntanPartiesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
buntan_parties_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  return g_object_new (BUNTAN_TYPE_PARTIES_DIALOG, "transient-for", parent, "project", project,
                       NULL);
}

/**
 * buntan_parties_dialog_get_project:
 * @self: a parties dialog
 *
 * Returns: (transfer none): the project
 */
BuntanProject *
buntan_parties_dialog_get_project (BuntanPartiesDialog *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTIES_DIALOG (self), NULL);

  return self->project;
}

/**
 * buntan_parties_dialog_get_selected:
 * @self: a parties dialog
 *
 * Returns: (transfer none) (nullable): the party shown in the form
 */
BuntanParty *
buntan_parties_dialog_get_selected (BuntanPartiesDialog *self)
{
  g_return_val_if_fail (BUNTAN_IS_PARTIES_DIALOG (self), NULL);

  return buntan_party_editor_get_party (self->editor);
}

void
buntan_parties_dialog_select (BuntanPartiesDialog *self, const char *id)
{
  GtkListBoxRow *row;

  g_return_if_fail (BUNTAN_IS_PARTIES_DIALOG (self));
  g_return_if_fail (id != NULL);

  if (buntan_project_find_party (self->project, id) == NULL)
    return;

  row = gtk_list_box_get_row_at_index (self->party_list,
                                       (int) buntan_project_get_party_position (self->project, id));
  gtk_list_box_select_row (self->party_list, row);
}

/**
 * buntan_parties_dialog_add_vendor:
 * @self: a parties dialog
 *
 * Adds a vendor, shows it and puts the focus on its name.
 *
 * Returns: (transfer none): the new vendor
 */
BuntanParty *
buntan_parties_dialog_add_vendor (BuntanPartiesDialog *self)
{
  BuntanParty *vendor;

  g_return_val_if_fail (BUNTAN_IS_PARTIES_DIALOG (self), NULL);

  vendor = buntan_project_add_vendor (self->project, _ ("New vendor"));
  buntan_parties_dialog_select (self, buntan_party_get_id (vendor));
  buntan_party_editor_focus_name (self->editor);

  return vendor;
}

AdwMessageDialog *
buntan_parties_dialog_ask_remove_vendor (BuntanPartiesDialog *self, const char *id)
{
  BuntanParty      *vendor;
  AdwMessageDialog *dialog;
  RemoveRequest    *request;
  g_autofree char  *body = NULL;
  guint             involved, owned;

  g_return_val_if_fail (BUNTAN_IS_PARTIES_DIALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  vendor = buntan_project_find_party (self->project, id);
  involved = buntan_project_count_party_items (self->project, id);

  /* Nothing depends on it (or the core will refuse and say why). */
  if (vendor == NULL || buntan_party_is_hospital (vendor) || involved == 0)
    {
      remove_vendor_now (self, id, NULL);
      return NULL;
    }

  owned = count_owned_items (self->project, id);
  body = describe_removal (vendor, owned, involved - owned);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, body));
  /* Translators: %s is a vendor's name. */
  adw_message_dialog_format_heading (dialog, _ ("Remove %s?"), buntan_party_get_name (vendor));
  adw_message_dialog_add_response (dialog, BUNTAN_PARTIES_RESPONSE_CANCEL, _ ("_Cancel"));
  adw_message_dialog_add_response (dialog, BUNTAN_PARTIES_RESPONSE_UNDECIDED,
                                   owned > 0 ? _ ("Remove and Leave _Undecided") : _ ("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, BUNTAN_PARTIES_RESPONSE_UNDECIDED,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, BUNTAN_PARTIES_RESPONSE_CANCEL);
  adw_message_dialog_set_close_response (dialog, BUNTAN_PARTIES_RESPONSE_CANCEL);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  request = g_new0 (RemoveRequest, 1);
  g_weak_ref_init (&request->self, self);
  request->vendor_id = g_strdup (id);

  if (owned > 0)
    {
      request->successor = create_successor_drop_down (self, id, &request->successor_ids);
      adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (request->successor));
      adw_message_dialog_add_response (dialog, BUNTAN_PARTIES_RESPONSE_HAND_OVER,
                                       _ ("Remove and _Hand Over"));
      adw_message_dialog_set_response_appearance (dialog, BUNTAN_PARTIES_RESPONSE_HAND_OVER,
                                                  ADW_RESPONSE_SUGGESTED);
    }

  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), request,
                         remove_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/**
 * buntan_parties_dialog_remove_vendor:
 * @self: a parties dialog
 * @id: a vendor's id
 *
 * What the "Remove Vendor" button does; see
 * buntan_parties_dialog_ask_remove_vendor().
 */
void
buntan_parties_dialog_remove_vendor (BuntanPartiesDialog *self, const char *id)
{
  buntan_parties_dialog_ask_remove_vendor (self, id);
}
