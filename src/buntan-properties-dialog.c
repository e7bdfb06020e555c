/* buntan-properties-dialog.c — the project's title, hospital and file facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-properties-dialog.h"
#include "buntan-view-util.h"

struct _BuntanPropertiesDialog
{
  AdwPreferencesWindow parent_instance;

  BuntanProject *project;

  AdwEntryRow  *title_row;
  AdwEntryRow  *hospital_row;
  gboolean      writing_hospital; /* the row's text going to the model */
  AdwActionRow *template_row;
  AdwActionRow *created_row;
  AdwActionRow *modified_row;
  AdwActionRow *file_row;
};

G_DEFINE_FINAL_TYPE (BuntanPropertiesDialog, buntan_properties_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The file keeps times with their offset; people read them in local time. */
static char *
format_time (const char *iso8601)
{
  g_autoptr (GDateTime) time = NULL;
  g_autoptr (GDateTime) local = NULL;

  if (iso8601 == NULL)
    return g_strdup (_ ("Unknown"));

  time = g_date_time_new_from_iso8601 (iso8601, NULL);
  if (time == NULL)
    return g_strdup (iso8601);

  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
update_details (BuntanPropertiesDialog *self)
{
  const char *template_id = buntan_project_get_template_id (self->project);
  const char *template_version = buntan_project_get_template_version (self->project);
  GFile      *file = buntan_project_get_file (self->project);
  g_autofree char *template = NULL;
  g_autofree char *created = format_time (buntan_project_get_created (self->project));
  g_autofree char *modified = format_time (buntan_project_get_modified (self->project));
  g_autofree char *path = file != NULL ? g_file_get_parse_name (file) : NULL;

  if (template_id == NULL)
    template = g_strdup (_ ("None"));
  else if (template_version == NULL)
    template = g_strdup (template_id);
  else
    /* Translators: a checklist template's id and its version. */
    template = g_strdup_printf (_ ("%s, version %s"), template_id, template_version);

  adw_action_row_set_subtitle (self->template_row, template);
  adw_action_row_set_subtitle (self->created_row, created);
  adw_action_row_set_subtitle (self->modified_row, modified);
  adw_action_row_set_subtitle (self->file_row, path != NULL ? path : _ ("Not saved yet"));
}

static void
project_notify_cb (BuntanPropertiesDialog *self, GParamSpec *pspec, BuntanProject *project)
{
  update_details (self);
}

/* The name typed goes to the party, its one home. */
static void
hospital_row_changed_cb (BuntanPropertiesDialog *self, GtkEditable *row)
{
  const char *name = gtk_editable_get_text (row);

  /* Half-typed, the row may be empty for a moment: it must not be filled
   * again from the party while typing. */
  self->writing_hospital = TRUE;
  buntan_party_set_name (buntan_project_get_hospital (self->project), name);
  self->writing_hospital = FALSE;
}

/* The hospital's name lives in its party (a v1 file's organization is moved
 * there when it is read). */
static void
show_hospital_name (BuntanPropertiesDialog *self)
{
  const char *name = buntan_party_get_name (buntan_project_get_hospital (self->project));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->hospital_row)), name) == 0)
    return;

  /* Setting the text empties the row first: that must not reach the party,
   * whose name this is. */
  g_signal_handlers_block_by_func (self->hospital_row, hospital_row_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->hospital_row), name != NULL ? name : "");
  g_signal_handlers_unblock_by_func (self->hospital_row, hospital_row_changed_cb, self);
}

static void
hospital_notify_cb (BuntanPropertiesDialog *self, GParamSpec *pspec, GObject *object)
{
  if (!self->writing_hospital)
    show_hospital_name (self);
}

static void
buntan_properties_dialog_constructed (GObject *object)
{
  BuntanPropertiesDialog *self = (BuntanPropertiesDialog *) object;

  G_OBJECT_CLASS (buntan_properties_dialog_parent_class)->constructed (object);

  g_return_if_fail (BUNTAN_IS_PROJECT (self->project));

  g_object_bind_property (self->project, "title", self->title_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  show_hospital_name (self);
  g_signal_connect_object (self->hospital_row, "changed", G_CALLBACK (hospital_row_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buntan_project_get_hospital (self->project), "notify::name",
                           G_CALLBACK (hospital_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "notify::modified", G_CALLBACK (project_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->project, "notify::file", G_CALLBACK (project_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update_details (self);
}

static void
buntan_properties_dialog_dispose (GObject *object)
{
  BuntanPropertiesDialog *self = (BuntanPropertiesDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_PROPERTIES_DIALOG);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_properties_dialog_parent_class)->dispose (object);
}

static void
buntan_properties_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  BuntanPropertiesDialog *self = BUNTAN_PROPERTIES_DIALOG (object);

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
buntan_properties_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  BuntanPropertiesDialog *self = BUNTAN_PROPERTIES_DIALOG (object);

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
buntan_properties_dialog_class_init (BuntanPropertiesDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = buntan_properties_dialog_constructed;
  object_class->dispose = buntan_properties_dialog_dispose;
  object_class->get_property = buntan_properties_dialog_get_property;
  object_class->set_property = buntan_properties_dialog_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-properties-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanPropertiesDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPropertiesDialog, hospital_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPropertiesDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPropertiesDialog, created_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPropertiesDialog, modified_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanPropertiesDialog, file_row);
}

static void
buntan_properties_dialog_init (BuntanPropertiesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  buntan_view_name_entry_row (self->title_row);
  buntan_view_name_entry_row (self->hospital_row);
}

GtkWidget *
buntan_properties_dialog_new (GtkWindow *parent, BuntanProject *project)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  return g_object_new (BUNTAN_TYPE_PROPERTIES_DIALOG, "transient-for", parent, "project", project,
                       NULL);
}
