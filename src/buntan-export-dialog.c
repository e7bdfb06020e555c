/* buntan-export-dialog.c — what to export: the internal workbook or appendices, draft or final
 *
 * The dialog only chooses: the window asks for the file or folder and runs
 * the export on its worker thread. The gaps it lists come from the core
 * (buntan_export_dup_gaps()), the same the export refuses a final over.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-export-dialog.h"

/* How many gaps the dialog names; the rest are counted. */
#define MAX_LISTED_GAPS 8

struct _BuntanExportDialog
{
  AdwWindow parent_instance;

  BuntanProject *project;
  GPtrArray     *vendors;   /* the document row's vendors, after the internal workbook */
  GPtrArray     *contracts; /* the contract row's contracts of that vendor, after "all" */

  GtkButton           *export_button;
  AdwComboRow         *document_row;
  AdwComboRow         *output_row;
  AdwComboRow         *contract_row;
  GtkSwitch           *final_switch;
  GtkSwitch           *part1_switch;
  GtkSwitch           *meetings_switch;
  GtkSwitch           *wareki_switch;
  AdwPreferencesGroup *gaps_group;
  GtkLabel            *gaps_label;
  GtkButton           *draft_button;
};

G_DEFINE_FINAL_TYPE (BuntanExportDialog, buntan_export_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum
{
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The document row: 0 the internal workbook, 1…n a vendor's appendix, then
 * every vendor's. */
static BuntanParty *
get_selected_vendor (BuntanExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->document_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->vendors->len)
    return NULL;

  return g_ptr_array_index (self->vendors, selected - 1);
}

static void
fill_documents (BuntanExportDialog *self)
{
  g_autoptr (GPtrArray) vendors = buntan_project_dup_vendors (self->project);
  g_autoptr (GtkStringList) documents = gtk_string_list_new (NULL);

  /* A cyber-security project's internal workbook is the inspector's (buntan-export.c). */
  if (buntan_cyber_checklist_applies (self->project))
    gtk_string_list_append (documents,
                            _ ("Workbook for the inspection (the hospital's and each vendor's "
                               "sheet)"));
  else
    gtk_string_list_append (documents, _ ("Internal workbook (everything, for the hospital)"));
  for (guint i = 0; i < vendors->len; i++)
    {
      BuntanParty     *party = g_ptr_array_index (vendors, i);
      g_autofree char *label = NULL;

      /* Translators: one choice of what to export; %s is a vendor's name. */
      label = g_strdup_printf (_ ("Appendix for %s"), buntan_party_get_name (party));
      gtk_string_list_append (documents, label);
      g_ptr_array_add (self->vendors, g_object_ref (party));
    }
  if (self->vendors->len > 0)
    gtk_string_list_append (documents, _ ("Appendices for every vendor (into a folder)"));

  adw_combo_row_set_model (self->document_row, G_LIST_MODEL (documents));
}

/* The contract row offers a choice only where there is one: a vendor with
 * several contracts may sign one appendix per contract. */
static void
fill_contracts (BuntanExportDialog *self)
{
  BuntanParty *vendor = get_selected_vendor (self);
  GListModel  *contracts = vendor != NULL ? buntan_party_get_contracts (vendor) : NULL;
  guint        n_contracts = contracts != NULL ? g_list_model_get_n_items (contracts) : 0;
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->contracts, 0);
  gtk_string_list_append (labels, _ ("Every contract"));
  for (guint i = 0; n_contracts > 1 && i < n_contracts; i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);
      const char      *title = buntan_contract_get_title (contract);
      const char      *kind = buntan_contract_kind_get_label (buntan_contract_get_kind (contract));
      g_autofree char *label = NULL;

      /* Translators: a contract to limit an appendix to: its title and kind. */
      label = *title != '\0' ? g_strdup_printf (_ ("%s (%s)"), title, kind) : g_strdup (kind);
      gtk_string_list_append (labels, label);
      g_ptr_array_add (self->contracts, g_object_ref (contract));
    }

  adw_combo_row_set_model (self->contract_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->contract_row, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->contract_row), self->contracts->len > 0);
}

static BuntanContract *
get_selected_contract (BuntanExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->contract_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->contracts->len)
    return NULL;

  return g_ptr_array_index (self->contracts, selected - 1);
}

static void
append_gaps (GString *text, GPtrArray *gaps, const char *vendor_name, guint *listed)
{
  for (guint i = 0; i < gaps->len; i++)
    {
      const char *message = buntan_gap_get_message (g_ptr_array_index (gaps, i));

      if (*listed >= MAX_LISTED_GAPS)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (vendor_name != NULL)
        g_string_append_printf (text, "• %s: %s", vendor_name, message);
      else
        g_string_append_printf (text, "• %s", message);
      (*listed)++;
    }
}

/* A final document with gaps cannot be exported: the dialog says which,
 * and offers the draft instead. */
static void
update_gaps (BuntanExportDialog *self)
{
  BuntanExportOptions options;
  g_autoptr (GString) text = g_string_new (NULL);
  guint n_gaps = 0;
  guint listed = 0;

  buntan_export_dialog_get_options (self, &options);
  if (gtk_switch_get_active (self->final_switch))
    {
      if (buntan_export_dialog_get_all_vendors (self))
        for (guint i = 0; i < self->vendors->len; i++)
          {
            BuntanParty *vendor = g_ptr_array_index (self->vendors, i);
            g_autoptr (GPtrArray) gaps = NULL;

            options.vendor_id = buntan_party_get_id (vendor);
            gaps = buntan_export_dup_gaps (self->project, &options);
            append_gaps (text, gaps, buntan_party_get_name (vendor), &listed);
            n_gaps += gaps->len;
          }
      else
        {
          g_autoptr (GPtrArray) gaps = buntan_export_dup_gaps (self->project, &options);

          append_gaps (text, gaps, NULL, &listed);
          n_gaps = gaps->len;
        }
    }

  if (n_gaps > listed)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, "… and %u more.", "… and %u more.",
                                           n_gaps - listed),
                              n_gaps - listed);
    }
  if (n_gaps > 0)
    {
      g_autofree char *description =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u gap remains in what this exports. Settle it first, "
                                      "or export a draft marked 案.",
                                      "%u gaps remain in what this exports. Settle them first, "
                                      "or export a draft marked 案.",
                                      n_gaps),
                         n_gaps);

      adw_preferences_group_set_description (self->gaps_group, description);
    }

  gtk_label_set_text (self->gaps_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->gaps_group), n_gaps > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), n_gaps == 0);
}

static void
choice_changed_cb (BuntanExportDialog *self)
{
  if (self->vendors != NULL && self->project != NULL)
    update_gaps (self);
}

/* The meeting log is a sheet of the workbook: a PDF or a printout has none. */
static void
output_changed_cb (BuntanExportDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->meetings_switch),
                            adw_combo_row_get_selected (self->output_row) ==
                              BUNTAN_EXPORT_OUTPUT_WORKBOOK);
}

static void
document_changed_cb (BuntanExportDialog *self)
{
  if (self->vendors == NULL || self->project == NULL)
    return;

  fill_contracts (self);
  update_gaps (self);
}

static void
export_clicked_cb (BuntanExportDialog *self)
{
  if (buntan_export_dialog_can_export (self))
    g_signal_emit (self, signals[CHOSEN], 0);
}

static void
draft_clicked_cb (BuntanExportDialog *self)
{
  gtk_switch_set_active (self->final_switch, FALSE);
  g_signal_emit (self, signals[CHOSEN], 0);
}

static void
buntan_export_dialog_constructed (GObject *object)
{
  BuntanExportDialog *self = BUNTAN_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (buntan_export_dialog_parent_class)->constructed (object);

  fill_documents (self);
  fill_contracts (self);
  update_gaps (self);
}

static void
buntan_export_dialog_dispose (GObject *object)
{
  BuntanExportDialog *self = BUNTAN_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_EXPORT_DIALOG);
  g_clear_pointer (&self->vendors, g_ptr_array_unref);
  g_clear_pointer (&self->contracts, g_ptr_array_unref);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_export_dialog_parent_class)->dispose (object);
}

static void
buntan_export_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanExportDialog *self = BUNTAN_EXPORT_DIALOG (object);

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
buntan_export_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BuntanExportDialog *self = BUNTAN_EXPORT_DIALOG (object);

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
buntan_export_dialog_class_init (BuntanExportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buntan_export_dialog_constructed;
  object_class->dispose = buntan_export_dialog_dispose;
  object_class->get_property = buntan_export_dialog_get_property;
  object_class->set_property = buntan_export_dialog_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/buntan/Buntan/buntan-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, document_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, output_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, contract_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, final_switch);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, part1_switch);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, meetings_switch);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, wareki_switch);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, gaps_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanExportDialog, draft_button);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, output_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, draft_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
buntan_export_dialog_init (BuntanExportDialog *self)
{
  self->vendors = g_ptr_array_new_with_free_func (g_object_unref);
  self->contracts = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* A switch in a row is read out alone: it needs a name of its own. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->final_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Final"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->part1_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Include Part 1"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->meetings_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Include the meeting log"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->wareki_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Dates in the Japanese era calendar"), -1);
}

GtkWidget *
buntan_export_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  return g_object_new (BUNTAN_TYPE_EXPORT_DIALOG, "transient-for", parent, "project", project,
                       NULL);
}

/* @options borrows the vendor's and the contract's ids from the project:
 * copy them to keep them. */
void
buntan_export_dialog_get_options (BuntanExportDialog *self, BuntanExportOptions *options)
{
  BuntanParty    *vendor;
  BuntanContract *contract;

  g_return_if_fail (BUNTAN_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  vendor = get_selected_vendor (self);
  *options = (BuntanExportOptions){ 0 };
  options->vendor_id = vendor != NULL ? buntan_party_get_id (vendor) : NULL;
  contract = vendor != NULL ? get_selected_contract (self) : NULL;
  options->contract_id = contract != NULL ? buntan_contract_get_id (contract) : NULL;
  if (gtk_switch_get_active (self->wareki_switch))
    options->flags |= BUNTAN_EXPORT_FLAGS_WAREKI;
  if (gtk_switch_get_active (self->final_switch))
    options->flags |= BUNTAN_EXPORT_FLAGS_FINAL;
  if (gtk_switch_get_active (self->part1_switch))
    options->flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_PART1;
  if (gtk_switch_get_active (self->meetings_switch) &&
      gtk_widget_get_sensitive (GTK_WIDGET (self->meetings_switch)))
    options->flags |= BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS;
}

gboolean
buntan_export_dialog_get_all_vendors (BuntanExportDialog *self)
{
  g_return_val_if_fail (BUNTAN_IS_EXPORT_DIALOG (self), FALSE);

  return self->vendors->len > 0 &&
         adw_combo_row_get_selected (self->document_row) == self->vendors->len + 1;
}

/* For tests and for opening the dialog on one vendor: @vendor_id %NULL and
 * @all_vendors %FALSE choose the internal workbook. */
void
buntan_export_dialog_select (BuntanExportDialog *self,
                             const char         *vendor_id,
                             gboolean            all_vendors,
                             gboolean            final)
{
  guint selected = 0;

  g_return_if_fail (BUNTAN_IS_EXPORT_DIALOG (self));

  if (all_vendors && self->vendors->len > 0)
    selected = self->vendors->len + 1;
  for (guint i = 0; vendor_id != NULL && i < self->vendors->len; i++)
    if (g_strcmp0 (buntan_party_get_id (g_ptr_array_index (self->vendors, i)), vendor_id) == 0)
      selected = i + 1;

  adw_combo_row_set_selected (self->document_row, selected);
  gtk_switch_set_active (self->final_switch, final);
  update_gaps (self);
}

/* The output row's positions are the enum's values. */
BuntanExportOutput
buntan_export_dialog_get_output (BuntanExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (BUNTAN_IS_EXPORT_DIALOG (self), BUNTAN_EXPORT_OUTPUT_WORKBOOK);

  selected = adw_combo_row_get_selected (self->output_row);
  return selected <= BUNTAN_EXPORT_OUTPUT_PRINT ? (BuntanExportOutput) selected
                                                : BUNTAN_EXPORT_OUTPUT_WORKBOOK;
}

void
buntan_export_dialog_set_output (BuntanExportDialog *self, BuntanExportOutput output)
{
  g_return_if_fail (BUNTAN_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->output_row, output);
}

gboolean
buntan_export_dialog_can_export (BuntanExportDialog *self)
{
  g_return_val_if_fail (BUNTAN_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_widget_get_sensitive (GTK_WIDGET (self->export_button));
}

const char *
buntan_export_dialog_get_gaps_text (BuntanExportDialog *self)
{
  g_return_val_if_fail (BUNTAN_IS_EXPORT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->gaps_group))
           ? gtk_label_get_text (self->gaps_label)
           : "";
}

/* For tests: limits the chosen vendor's appendix to its contract
 * @contract_id, or to none (%NULL: every contract). Returns whether the
 * dialog offers that choice. */
gboolean
buntan_export_dialog_select_contract (BuntanExportDialog *self, const char *contract_id)
{
  g_return_val_if_fail (BUNTAN_IS_EXPORT_DIALOG (self), FALSE);

  if (contract_id == NULL)
    {
      adw_combo_row_set_selected (self->contract_row, 0);
      return TRUE;
    }

  for (guint i = 0; i < self->contracts->len; i++)
    if (g_strcmp0 (buntan_contract_get_id (g_ptr_array_index (self->contracts, i)), contract_id) ==
        0)
      {
        adw_combo_row_set_selected (self->contract_row, i + 1);
        return TRUE;
      }

  return FALSE;
}
