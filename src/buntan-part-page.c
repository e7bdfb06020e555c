/* buntan-part-page.c — one Part of the checklist: the items, their filters and the detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page object: its list models, the selection and the detail pane
 * following it, and the public API. The columns and the keys are files of
 * their own (buntan-part-page-private.h says why), the filter bar a widget
 * of its own.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-part-page-private.h"
#include "buntan-view-util.h"

G_DEFINE_FINAL_TYPE (BuntanPartPage, buntan_part_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PART,
  PROP_PROJECT,
  PROP_MATRIX,
  PROP_SELECTED_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
find_position (BuntanPartPage *self, BuntanItem *item);

static void
update_count (BuntanPartPage *self)
{
  guint       shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  GListModel *items =
    self->project != NULL ? buntan_project_get_part_items (self->project, self->part) : NULL;
  guint            total = items != NULL ? g_list_model_get_n_items (items) : 0;
  g_autofree char *text =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item", "%u of %u items", total), shown,
                     total);

  gtk_label_set_label (self->count_label, text);
}

static void
update_sections (BuntanPartPage *self, gboolean another_project)
{
  buntan_part_filter_bar_update_sections (self->filter_bar, self->project, self->part,
                                          another_project);
}

static void
part_items_changed_cb (BuntanPartPage *self)
{
  update_sections (self, FALSE);
  update_count (self);
}

static void
update_selection_state (BuntanPartPage *self)
{
  BuntanItem *item = self->selected_item;
  const char *message = NULL;

  if (item != NULL)
    message = g_hash_table_lookup (self->gap_messages, buntan_item_get_id (item));
  buntan_item_detail_set_gap_message (self->detail, message);
  buntan_item_detail_set_warning_message (self->detail,
                                          item != NULL && self->warning_messages != NULL
                                            ? g_hash_table_lookup (self->warning_messages,
                                                                   buntan_item_get_id (item))
                                            : NULL);

  if (item != NULL && !buntan_item_get_custom (item))
    gtk_widget_set_tooltip_text (self->delete_button,
                                 _ ("Items from the checklist cannot be deleted: "
                                    "mark them “Not applicable” instead"));
  else
    gtk_widget_set_tooltip_text (self->delete_button, _ ("Delete this item of your own"));
}

static void
selection_changed_cb (BuntanPartPage *self)
{
  BuntanRow  *row = gtk_single_selection_get_selected_item (self->selection);
  BuntanItem *item = row != NULL ? buntan_row_get_item (row) : NULL;

  if (self->selected_item == item)
    return;

  g_set_object (&self->selected_item, item);
  buntan_item_detail_set_item (self->detail, item);
  update_selection_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/* The items moved through the rows: the selection stays on its item
 * wherever that went; if it is filtered away, on the row it was in. */
static void
rows_changed_cb (BuntanPartPage *self)
{
  guint position = self->selected_item != NULL ? find_position (self, self->selected_item)
                                               : GTK_INVALID_LIST_POSITION;

  /* Its row is yet to come (the rows grow in batches, see
   * buntan-batched-list.c): the batch that brings it selects it. */
  if (position != GTK_INVALID_LIST_POSITION &&
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    return;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  selection_changed_cb (self);
}

/* Runs before the list refilters: what a user waits for is the page on
 * screen after it. */
static void
filter_changed_cb (BuntanPartPage *self)
{
  gint64 begun = gtk_widget_get_mapped (GTK_WIDGET (self)) ? buntan_bench_log_now () : 0;

  buntan_bench_log_after_frame (GTK_WIDGET (self), "filter", NULL, begun);
}

static void
search_activate_cb (BuntanPartPage *self)
{
  /* Enter in the filter goes to the list it filtered. */
  gtk_widget_child_focus (GTK_WIDGET (self->column_view), GTK_DIR_TAB_FORWARD);
}

/* The detail's editor takes the focus; folded away, the pane first comes
 * over the list, so the focus never lands in a hidden pane. */
static void
show_detail (BuntanPartPage *self)
{
  buntan_split_pane_set_reveal_pane (self->split_pane, TRUE);
  buntan_item_detail_focus_editor (self->detail);
}

static void
column_view_activate_cb (BuntanPartPage *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_detail (self);
}

void
_buntan_part_page_select_list_item (BuntanPartPage *self, GtkListItem *list_item)
{
  guint position = gtk_list_item_get_position (list_item);

  if (position != GTK_INVALID_LIST_POSITION &&
      gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
}

static guint
find_position (BuntanPartPage *self, BuntanItem *item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) other = g_list_model_get_item (G_LIST_MODEL (self->filter_model), i);

      if (other == item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
_buntan_part_page_scroll_to (BuntanPartPage *self, guint position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has an
   * action that does it. */
  GtkWidget *list = _buntan_part_page_find_list_view (self);

  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}

static GtkSizeRequestMode
buntan_part_page_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
buntan_part_page_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanPartPage *self = BUNTAN_PART_PAGE (widget);
  GtkWidget      *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  _buntan_part_page_queue_fit_columns (self, width);
}

static void
buntan_part_page_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (buntan_part_page_parent_class)->root (widget);

  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget",
                           G_CALLBACK (_buntan_part_page_window_focus_changed_cb), widget,
                           G_CONNECT_SWAPPED);
}

static void
buntan_part_page_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget),
                                        _buntan_part_page_window_focus_changed_cb, widget);

  GTK_WIDGET_CLASS (buntan_part_page_parent_class)->unroot (widget);
}

static void
buntan_part_page_dispose (GObject *object)
{
  BuntanPartPage *self = (BuntanPartPage *) object;

  GtkWidget *child;

  buntan_part_page_set_project (self, NULL);
  g_clear_handle_id (&self->fit_columns_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_PART_PAGE);
  /* The template's outer box is not bound to a field. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->batched);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->choices);
  g_clear_object (&self->matrix);
  g_clear_object (&self->selected_item);

  G_OBJECT_CLASS (buntan_part_page_parent_class)->dispose (object);
}

static void
buntan_part_page_finalize (GObject *object)
{
  BuntanPartPage *self = (BuntanPartPage *) object;

  g_clear_pointer (&self->warning_messages, g_hash_table_unref);
  g_clear_pointer (&self->gap_messages, g_hash_table_unref);
  g_clear_pointer (&self->marked_rows, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_part_page_parent_class)->finalize (object);
}

static void
buntan_part_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanPartPage *self = BUNTAN_PART_PAGE (object);

  switch (prop_id)
    {
    case PROP_PART:
      g_value_set_uint (value, self->part);
      break;

    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_MATRIX:
      g_value_set_object (value, self->matrix);
      break;

    case PROP_SELECTED_ITEM:
      g_value_set_object (value, self->selected_item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_part_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BuntanPartPage *self = BUNTAN_PART_PAGE (object);

  switch (prop_id)
    {
    case PROP_PART:
      self->part = g_value_get_uint (value);
      break;

    case PROP_PROJECT:
      buntan_part_page_set_project (self, g_value_get_object (value));
      break;

    case PROP_MATRIX:
      buntan_part_page_set_matrix (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_part_page_class_init (BuntanPartPageClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_part_page_dispose;
  object_class->finalize = buntan_part_page_finalize;
  object_class->get_property = buntan_part_page_get_property;
  object_class->set_property = buntan_part_page_set_property;

  properties[PROP_PART] =
    g_param_spec_uint ("part", NULL, NULL, 1, 2, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT, flags);
  properties[PROP_MATRIX] = g_param_spec_object ("matrix", NULL, NULL, BUNTAN_TYPE_MATRIX, flags);
  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, BUNTAN_TYPE_ITEM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BUNTAN_TYPE_ITEM_DETAIL);
  g_type_ensure (BUNTAN_TYPE_PART_FILTER_BAR);
  g_type_ensure (BUNTAN_TYPE_SPLIT_PANE);

  widget_class->get_request_mode = buntan_part_page_get_request_mode;
  widget_class->measure = buntan_view_measure_first_child;
  widget_class->size_allocate = buntan_part_page_size_allocate;
  widget_class->root = buntan_part_page_root;
  widget_class->unroot = buntan_part_page_unroot;
  gtk_widget_class_set_css_name (widget_class, "partpage");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-part-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, split_pane);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
}

static void
buntan_part_page_init (BuntanPartPage *self)
{
  self->part = 1;
  self->choices = buntan_owner_choices_new ();
  self->gap_messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->marked_rows = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = g_object_ref (buntan_part_filter_bar_get_filter (self->filter_bar));
  buntan_item_filter_set_gap_items (self->filter, self->gap_messages);
  /* Before the list model's own handler, which refilters. */
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  /* The rows stay and keep their widgets: only a list growing past what
   * GTK makes widgets for at once needs batches. */
  self->batched =
    buntan_batched_list_new (G_LIST_MODEL (self->filter_model), BUNTAN_BATCHED_LIST_ALL_AFTER);
  self->rows = buntan_row_model_new (G_LIST_MODEL (self->batched));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rows, "rows-changed", G_CALLBACK (rows_changed_cb), self,
                           G_CONNECT_SWAPPED);

  buntan_part_filter_bar_set_choices (self->filter_bar, self->choices);
  _buntan_part_page_add_columns (self);
  _buntan_part_page_add_keys (self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  buntan_item_detail_set_choices (self->detail, self->choices);
  update_selection_state (self);
  update_count (self);
}

guint
buntan_part_page_get_part (BuntanPartPage *self)
{
  g_return_val_if_fail (BUNTAN_IS_PART_PAGE (self), 0);

  return self->part;
}

/**
 * buntan_part_page_get_project:
 * @self: a Part page
 *
 * Returns: (transfer none) (nullable): the project shown
 */
BuntanProject *
buntan_part_page_get_project (BuntanPartPage *self)
{
  g_return_val_if_fail (BUNTAN_IS_PART_PAGE (self), NULL);

  return self->project;
}

void
buntan_part_page_set_project (BuntanPartPage *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (buntan_project_get_part_items (self->project,
                                                                           self->part),
                                            self);
      g_signal_handlers_disconnect_by_data (buntan_project_get_parties (self->project), self);
    }
  g_set_object (&self->project, project);

  /* The choices first: every owner cell still shows an old item, and
   * brackets the change so it writes nothing into it. */
  buntan_owner_choices_set_project (self->choices, project);
  buntan_item_detail_set_project (self->detail, project);
  buntan_part_page_set_matrix (self, NULL);

  gtk_filter_list_model_set_model (self->filter_model,
                                   project != NULL
                                     ? buntan_project_get_part_items (project, self->part)
                                     : NULL);
  /* A long list fills in batches, like any other growth: the first
   * screenful shows at once, the window answers meanwhile. */
  if (project != NULL)
    g_signal_connect_object (buntan_project_get_part_items (project, self->part), "items-changed",
                             G_CALLBACK (part_items_changed_cb), self, G_CONNECT_SWAPPED);

  /* Its parties' short names decide the owner column's width. */
  if (project != NULL)
    g_signal_connect_object (buntan_project_get_parties (project), "items-changed",
                             G_CALLBACK (_buntan_part_page_fit_owner_column), self,
                             G_CONNECT_SWAPPED);
  _buntan_part_page_fit_owner_column (self);

  /* Another project may name its sections otherwise. */
  update_sections (self, TRUE);
  buntan_part_filter_bar_reset (self->filter_bar);
  update_count (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_part_page_get_matrix:
 * @self: a Part page
 *
 * Returns: (transfer none) (nullable): the matrix whose gaps are marked
 */
BuntanMatrix *
buntan_part_page_get_matrix (BuntanPartPage *self)
{
  g_return_val_if_fail (BUNTAN_IS_PART_PAGE (self), NULL);

  return self->matrix;
}

/* The window computes the matrix once per burst of changes and hands it to
 * both Parts: the gap marks and the state filters follow it. */
void
buntan_part_page_set_matrix (BuntanPartPage *self, BuntanMatrix *matrix)
{
  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));
  g_return_if_fail (matrix == NULL || BUNTAN_IS_MATRIX (matrix));

  if (!g_set_object (&self->matrix, matrix))
    return;

  /* A new table: the filter keeps the one it was given. */
  g_clear_pointer (&self->gap_messages, g_hash_table_unref);
  g_clear_pointer (&self->warning_messages, g_hash_table_unref);
  self->gap_messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (matrix != NULL)
    {
      GPtrArray *gaps = buntan_matrix_get_gaps (matrix);

      for (guint i = 0; i < gaps->len; i++)
        {
          BuntanGap  *gap = g_ptr_array_index (gaps, i);
          const char *id = buntan_gap_get_item_id (gap);
          const char *before;

          if (id == NULL)
            continue;

          before = g_hash_table_lookup (self->gap_messages, id);
          g_hash_table_insert (self->gap_messages, g_strdup (id),
                               before != NULL
                                 ? g_strconcat (before, "\n", buntan_gap_get_message (gap), NULL)
                                 : g_strdup (buntan_gap_get_message (gap)));
        }
    }

  _buntan_part_page_mark_rows (self);
  update_selection_state (self);

  /* An edit can take any item in or out of the filters, not only its gaps. */
  buntan_item_filter_set_kept_item (self->filter, self->selected_item);
  buntan_item_filter_set_gap_items (self->filter, self->gap_messages);
  buntan_part_filter_bar_update_changes (self->filter_bar);
  if (!buntan_item_filter_get_gaps_only (self->filter) &&
      buntan_item_filter_get_active (self->filter))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  buntan_item_filter_set_kept_item (self->filter, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATRIX]);
}

/* The overview's @warnings (BuntanWarning) about this page's items, shown
 * on the item's detail; set after buntan_part_page_set_matrix(), which
 * forgets them. */
void
buntan_part_page_set_warnings (BuntanPartPage *self, GPtrArray *warnings)
{
  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));

  g_clear_pointer (&self->warning_messages, g_hash_table_unref);
  self->warning_messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      BuntanWarning   *warning = g_ptr_array_index (warnings, i);
      const char      *id = buntan_warning_get_item_id (warning);
      g_autofree char *sentence = NULL;
      const char      *before;

      if (id == NULL)
        continue;

      sentence = buntan_warning_describe (warning, BUNTAN_GAP_TEXT_SHORT);
      before = g_hash_table_lookup (self->warning_messages, id);
      g_hash_table_insert (self->warning_messages, g_strdup (id),
                           before != NULL ? g_strconcat (before, "\n", sentence, NULL)
                                          : g_steal_pointer (&sentence));
    }

  update_selection_state (self);
}

/**
 * buntan_part_page_get_selected_item:
 * @self: a Part page
 *
 * Returns: (transfer none) (nullable): the item whose detail is shown
 */
BuntanItem *
buntan_part_page_get_selected_item (BuntanPartPage *self)
{
  g_return_val_if_fail (BUNTAN_IS_PART_PAGE (self), NULL);

  return self->selected_item;
}

/* Selects @item and scrolls to it, lifting the filters if they hide it. */
void
buntan_part_page_select_item (BuntanPartPage *self, BuntanItem *item)
{
  guint position;

  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));
  g_return_if_fail (BUNTAN_IS_ITEM (item));

  position = find_position (self, item);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      buntan_part_filter_bar_reset (self->filter_bar);
      position = find_position (self, item);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  /* Its row must be there to be selected. */
  buntan_batched_list_flush (self->batched);
  gtk_single_selection_set_selected (self->selection, position);
  _buntan_part_page_scroll_to (self, position);
}

/**
 * buntan_part_page_add_item:
 * @self: a Part page
 *
 * Adds an item of the user's own to the section of the selected item (or
 * the section the list is filtered to, or the first one), selects it and
 * puts the keyboard on its title.
 *
 * Returns: (transfer none) (nullable): the new item
 */
BuntanItem *
buntan_part_page_add_item (BuntanPartPage *self)
{
  const char        *section = buntan_item_filter_get_section (self->filter);
  const char *const *sections = buntan_part_filter_bar_get_sections (self->filter_bar);
  const char        *code = NULL;
  BuntanItem        *item;

  g_return_val_if_fail (BUNTAN_IS_PART_PAGE (self), NULL);

  if (self->project == NULL)
    return NULL;

  if (self->selected_item != NULL)
    code = buntan_item_get_section (self->selected_item);
  else if (section != NULL)
    code = section;
  else if (sections != NULL && sections[0] != NULL)
    code = sections[0];
  else
    code = "A";

  /* One step to undo: the item comes with its title. */
  buntan_history_begin_group (buntan_project_get_history (self->project));
  /* TRANSLATORS: the title of a section the user's own items start */
  item = buntan_project_add_custom_item (self->project, self->part, code, _ ("Own items"));
  /* TRANSLATORS: the title a new item of the user's own starts with */
  buntan_item_set_title (item, _ ("New item"));
  buntan_history_end_group (buntan_project_get_history (self->project));
  buntan_part_page_select_item (self, item);
  show_detail (self);

  return item;
}

void
buntan_part_page_focus_search (BuntanPartPage *self)
{
  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));

  buntan_part_filter_bar_focus_search (self->filter_bar);
}

void
buntan_part_page_focus_detail (BuntanPartPage *self)
{
  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));

  show_detail (self);
}