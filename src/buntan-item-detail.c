/* buntan-item-detail.c — the selected item: its guidance and what was agreed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-date-entry.h"
#include "buntan-item-detail-private.h"
#include "buntan-item-detail.h"
#include "buntan-owner-cell.h"
#include "buntan-status-cell.h"
#include "buntan-view-util.h"

G_DEFINE_FINAL_TYPE (BuntanItemDetail, buntan_item_detail, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  PROP_PROJECT,
  PROP_CHOICES,
  PROP_GAP_MESSAGE,
  PROP_WARNING_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The guidance: read-only labels for checklist items, text views for the
 * user's own items. */
typedef struct
{
  const char           *property;
  gsize                 label;
  gsize                 frame;
  gsize                 view;
  GBindingTransformFunc to_label;
  GBindingTransformFunc to_view;
  GBindingTransformFunc from_view;
} GuidanceText;

#define WIDGET_AT(self, offset) (*(GtkWidget **) G_STRUCT_MEMBER_P (self, offset))

static gboolean
text_or_dash (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL && *text != '\0' ? text : "—");
  return TRUE;
}

static gboolean
lines_from_strv (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  const char *const *strv = g_value_get_boxed (from_value);

  g_value_take_string (to_value, g_strjoinv ("\n", (char **) strv));
  return TRUE;
}

static gboolean
lines_or_dash_from_strv (GBinding     *binding,
                         const GValue *from_value,
                         GValue       *to_value,
                         gpointer      user_data)
{
  const char *const *strv = g_value_get_boxed (from_value);

  if (strv == NULL || strv[0] == NULL)
    g_value_set_string (to_value, "—");
  else
    g_value_take_string (to_value, g_strjoinv ("\n", (char **) strv));
  return TRUE;
}

static gboolean
strv_from_lines (GBinding *binding, const GValue *from_value, GValue *to_value, gpointer user_data)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) lines = g_strsplit (g_value_get_string (from_value), "\n", -1);

  /* Blank lines are the user making room, not references. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  g_value_take_boxed (to_value, g_strv_builder_end (builder));
  return TRUE;
}

static const GuidanceText guidance_texts[] = {
  { "content", G_STRUCT_OFFSET (BuntanItemDetail, content_label),
    G_STRUCT_OFFSET (BuntanItemDetail, content_frame),
    G_STRUCT_OFFSET (BuntanItemDetail, content_view), text_or_dash, NULL, NULL },
  { "risk", G_STRUCT_OFFSET (BuntanItemDetail, risk_label),
    G_STRUCT_OFFSET (BuntanItemDetail, risk_frame), G_STRUCT_OFFSET (BuntanItemDetail, risk_view),
    text_or_dash, NULL, NULL },
  { "recommended", G_STRUCT_OFFSET (BuntanItemDetail, recommended_label),
    G_STRUCT_OFFSET (BuntanItemDetail, recommended_frame),
    G_STRUCT_OFFSET (BuntanItemDetail, recommended_view), text_or_dash, NULL, NULL },
  { "references", G_STRUCT_OFFSET (BuntanItemDetail, references_label),
    G_STRUCT_OFFSET (BuntanItemDetail, references_frame),
    G_STRUCT_OFFSET (BuntanItemDetail, references_view), lines_or_dash_from_strv, lines_from_strv,
    strv_from_lines },
};

static void
keep_binding (BuntanItemDetail *self, GBinding *binding)
{
  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
bind_both_ways (BuntanItemDetail *self,
                const char       *property,
                gpointer          target,
                const char       *target_property)
{
  keep_binding (self, g_object_bind_property (self->item, property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
}

static void
unbind_item (BuntanItemDetail *self)
{
  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
}

static void
bind_guidance (BuntanItemDetail *self, const GuidanceText *text, gboolean custom)
{
  GtkWidget *label = WIDGET_AT (self, text->label);
  GtkWidget *frame = WIDGET_AT (self, text->frame);
  GtkWidget *view = WIDGET_AT (self, text->view);

  gtk_widget_set_visible (label, !custom);
  gtk_widget_set_visible (frame, custom);

  if (custom)
    keep_binding (self,
                  g_object_bind_property_full (self->item, text->property,
                                               gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                                               "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               text->to_view, text->from_view, NULL, NULL));
  else
    keep_binding (self, g_object_bind_property_full (self->item, text->property, label, "label",
                                                     G_BINDING_SYNC_CREATE, text->to_label, NULL,
                                                     NULL, NULL));
}

static void
bind_item (BuntanItemDetail *self)
{
  BuntanItem      *item = self->item;
  gboolean         custom;
  g_autofree char *place = NULL;

  buntan_item_cell_set_item (self->status_cell, item);
  buntan_item_cell_set_item (BUNTAN_ITEM_CELL (self->owner_cell), item);

  if (item == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      _buntan_item_detail_update_participants (self);
      _buntan_item_detail_rebuild_checks (self);
      return;
    }

  custom = buntan_item_get_custom (item);
  /* TRANSLATORS: where an item sits: its id, then its section's code and title */
  place = g_strdup_printf (_ ("%s · Section %s %s"), buntan_item_get_id (item),
                           buntan_item_get_section (item), buntan_item_get_section_title (item));
  gtk_label_set_label (self->place_label, place);

  gtk_widget_set_visible (GTK_WIDGET (self->title_label), !custom);
  gtk_widget_set_visible (GTK_WIDGET (self->title_entry), custom);
  gtk_widget_set_visible (self->custom_label, custom);
  if (custom)
    bind_both_ways (self, "title", self->title_entry, "text");
  else
    keep_binding (self, g_object_bind_property (item, "title", self->title_label, "label",
                                                G_BINDING_SYNC_CREATE));

  for (guint i = 0; i < G_N_ELEMENTS (guidance_texts); i++)
    bind_guidance (self, &guidance_texts[i], custom);

  keep_binding (self, g_object_bind_property_full (item, "first-check", self->first_check_drop_down,
                                                   "selected",
                                                   G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                   buntan_enum_to_selected, buntan_selected_to_enum,
                                                   NULL, NULL));
  bind_both_ways (self, "first-check-date", self->first_check_date_entry, "date");
  bind_both_ways (self, "completed", self->completed_entry, "date");
  bind_both_ways (self, "clause", self->clause_row, "text");
  bind_both_ways (self, "agreed-terms", self->agreed_terms_row, "text");
  bind_both_ways (self, "official-ref", self->official_ref_row, "text");
  bind_both_ways (self, "note", gtk_text_view_get_buffer (self->note_view), "text");

  g_signal_connect_object (item, "notify::participants",
                           G_CALLBACK (_buntan_item_detail_roles_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::owner", G_CALLBACK (_buntan_item_detail_roles_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::informed",
                           G_CALLBACK (_buntan_item_detail_roles_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _buntan_item_detail_roles_changed_cb (self);

  gtk_stack_set_visible_child_name (self->stack, "item");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* The pane beside the list asks for a readable width, not for the width of
 * its longest text on one line: the list gets the rest of the window. */
#define NATURAL_WIDTH 360

static void
buntan_item_detail_measure (GtkWidget     *widget,
                            GtkOrientation orientation,
                            int            for_size,
                            int           *minimum,
                            int           *natural,
                            int           *minimum_baseline,
                            int           *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
buntan_item_detail_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
}

static void
buntan_item_detail_dispose (GObject *object)
{
  BuntanItemDetail *self = (BuntanItemDetail *) object;

  unbind_item (self);
  buntan_item_detail_set_project (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_ITEM_DETAIL);
  g_clear_object (&self->item);
  g_clear_object (&self->choices);

  G_OBJECT_CLASS (buntan_item_detail_parent_class)->dispose (object);
}

static void
buntan_item_detail_finalize (GObject *object)
{
  BuntanItemDetail *self = (BuntanItemDetail *) object;

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->participant_checks, g_ptr_array_unref);
  g_clear_pointer (&self->informed_checks, g_ptr_array_unref);
  g_clear_pointer (&self->check_bindings, g_ptr_array_unref);
  g_clear_pointer (&self->gap_message, g_free);
  g_clear_pointer (&self->warning_message, g_free);

  G_OBJECT_CLASS (buntan_item_detail_parent_class)->finalize (object);
}

static void
buntan_item_detail_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanItemDetail *self = BUNTAN_ITEM_DETAIL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_CHOICES:
      g_value_set_object (value, self->choices);
      break;

    case PROP_GAP_MESSAGE:
      g_value_set_string (value, self->gap_message);
      break;

    case PROP_WARNING_MESSAGE:
      g_value_set_string (value, self->warning_message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_detail_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BuntanItemDetail *self = BUNTAN_ITEM_DETAIL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      buntan_item_detail_set_item (self, g_value_get_object (value));
      break;

    case PROP_PROJECT:
      buntan_item_detail_set_project (self, g_value_get_object (value));
      break;

    case PROP_CHOICES:
      buntan_item_detail_set_choices (self, g_value_get_object (value));
      break;

    case PROP_GAP_MESSAGE:
      buntan_item_detail_set_gap_message (self, g_value_get_string (value));
      break;

    case PROP_WARNING_MESSAGE:
      buntan_item_detail_set_warning_message (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_item_detail_class_init (BuntanItemDetailClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_item_detail_dispose;
  object_class->finalize = buntan_item_detail_finalize;
  object_class->get_property = buntan_item_detail_get_property;
  object_class->set_property = buntan_item_detail_set_property;

  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM, flags);
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT, flags);
  properties[PROP_CHOICES] =
    g_param_spec_object ("choices", NULL, NULL, BUNTAN_TYPE_OWNER_CHOICES, flags);
  properties[PROP_GAP_MESSAGE] = g_param_spec_string ("gap-message", NULL, NULL, NULL, flags);
  /* The overview's warnings about the item shown, or NULL. */
  properties[PROP_WARNING_MESSAGE] =
    g_param_spec_string ("warning-message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUNTAN_TYPE_STATUS_CELL);
  g_type_ensure (BUNTAN_TYPE_OWNER_CELL);
  g_type_ensure (BUNTAN_TYPE_DATE_ENTRY);

  widget_class->measure = buntan_item_detail_measure;
  widget_class->size_allocate = buntan_item_detail_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "itemdetail");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-item-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, place_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, title_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, custom_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, gap_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, gap_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, warning_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, warning_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, content_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, content_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, content_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, risk_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, risk_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, risk_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, recommended_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, recommended_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, recommended_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, references_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, references_frame);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, references_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, status_cell);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, owner_cell);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, previous_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_date_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, first_check_date_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, completed_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, completed_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, clause_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, agreed_terms_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, official_ref_row);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, informed_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, checks_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, checks_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, note_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, participants_list);
  gtk_widget_class_bind_template_child (widget_class, BuntanItemDetail, joint_hint);
}

static void
buntan_item_detail_init (BuntanItemDetail *self)
{
  g_autoptr (GtkStringList) results = gtk_string_list_new (NULL);

  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  self->participant_checks = g_ptr_array_new ();
  self->informed_checks = g_ptr_array_new ();
  self->check_bindings = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Listed in the enum's order, so a position is a result. */
  for (BuntanCheckResult result = BUNTAN_CHECK_RESULT_UNSET; result <= BUNTAN_CHECK_RESULT_NO;
       result++)
    gtk_string_list_append (results, buntan_check_result_get_label (result));
  gtk_drop_down_set_model (self->first_check_drop_down, G_LIST_MODEL (results));

  /* The date entries are named by their rows. */
  buntan_date_entry_set_label (self->first_check_date_entry,
                               adw_preferences_row_get_title (self->first_check_date_row));
  buntan_date_entry_set_label (self->completed_entry,
                               adw_preferences_row_get_title (self->completed_row));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/**
 * buntan_item_detail_get_item:
 * @self: a detail pane
 *
 * Returns: (transfer none) (nullable): the item shown
 */
BuntanItem *
buntan_item_detail_get_item (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->item;
}

void
buntan_item_detail_set_item (BuntanItemDetail *self, BuntanItem *item)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));
  g_return_if_fail (item == NULL || BUNTAN_IS_ITEM (item));

  if (self->item == item)
    return;

  unbind_item (self);
  g_set_object (&self->item, item);
  bind_item (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * buntan_item_detail_get_project:
 * @self: a detail pane
 *
 * Returns: (transfer none) (nullable): the project whose parties can take part
 */
BuntanProject *
buntan_item_detail_get_project (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->project;
}

void
buntan_item_detail_set_project (BuntanItemDetail *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (buntan_project_get_parties (self->project), self);
  g_set_object (&self->project, project);
  if (project != NULL)
    g_signal_connect_object (buntan_project_get_parties (project), "items-changed",
                             G_CALLBACK (_buntan_item_detail_parties_items_changed_cb), self,
                             G_CONNECT_SWAPPED);
  _buntan_item_detail_rebuild_participants (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_item_detail_get_choices:
 * @self: a detail pane
 *
 * Returns: (transfer none) (nullable): the owner choices
 */
BuntanOwnerChoices *
buntan_item_detail_get_choices (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->choices;
}

void
buntan_item_detail_set_choices (BuntanItemDetail *self, BuntanOwnerChoices *choices)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));
  g_return_if_fail (choices == NULL || BUNTAN_IS_OWNER_CHOICES (choices));

  if (!g_set_object (&self->choices, choices))
    return;

  buntan_owner_cell_set_choices (self->owner_cell, choices);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICES]);
}

const char *
buntan_item_detail_get_gap_message (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->gap_message;
}

/* What the checks find still open about the item shown, or %NULL. */
void
buntan_item_detail_set_gap_message (BuntanItemDetail *self, const char *message)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));

  if (g_strcmp0 (self->gap_message, message) == 0)
    return;

  g_free (self->gap_message);
  self->gap_message = g_strdup (message);
  gtk_label_set_label (self->gap_label, message);
  gtk_widget_set_visible (self->gap_box, message != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GAP_MESSAGE]);
}

const char *
buntan_item_detail_get_warning_message (BuntanItemDetail *self)
{
  g_return_val_if_fail (BUNTAN_IS_ITEM_DETAIL (self), NULL);

  return self->warning_message;
}

/* What is worth a look about the item shown without being a gap, or %NULL. */
void
buntan_item_detail_set_warning_message (BuntanItemDetail *self, const char *message)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));

  if (g_strcmp0 (self->warning_message, message) == 0)
    return;

  g_free (self->warning_message);
  self->warning_message = g_strdup (message);
  gtk_label_set_label (self->warning_label, message);
  gtk_widget_set_visible (self->warning_box, message != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_MESSAGE]);
}

/* Puts the keyboard where the user most likely edits next: the title of an
 * item of their own, else its status. */
void
buntan_item_detail_focus_editor (BuntanItemDetail *self)
{
  g_return_if_fail (BUNTAN_IS_ITEM_DETAIL (self));

  if (self->item == NULL)
    return;

  if (buntan_item_get_custom (self->item))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (buntan_item_cell_get_drop_down (self->status_cell)));
}
