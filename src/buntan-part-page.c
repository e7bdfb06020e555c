/* buntan-part-page.c — one Part of the checklist: the items, their filters and the detail
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-batched-list.h"
#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-item-detail.h"
#include "buntan-item-filter.h"
#include "buntan-owner-cell.h"
#include "buntan-owner-choices.h"
#include "buntan-part-page.h"
#include "buntan-row-model.h"
#include "buntan-split-pane.h"
#include "buntan-view-util.h"
#include "buntan-status-cell.h"

struct _BuntanPartPage
{
  GtkWidget parent_instance;

  guint               part;
  BuntanProject      *project;
  BuntanMatrix       *matrix;
  BuntanOwnerChoices *choices;
  GtkFilterListModel *filter_model;
  BuntanBatchedList  *batched; /* the filtered items, growing in batches */
  BuntanRowModel     *rows;    /* those items, in rows that stay */
  GtkSingleSelection *selection;
  BuntanItemFilter   *filter;
  GtkStringList      *section_labels;
  char              **sections;     /* the codes behind section_labels[1…] */
  GHashTable         *gap_messages; /* item id → what the checks find still open */
  GHashTable         *marked_rows;  /* GtkListItem of the No. column, while bound */
  BuntanItem         *selected_item;
  gboolean            resetting;
  int                 columns_width; /* of every column at its narrowest */
  int                 owner_narrow;  /* the owner column at its narrowest */
  int                 owner_extra;   /* what the longest short name adds to it */
  guint               fit_columns_idle_id;

  GtkSearchEntry   *search_entry;
  GtkDropDown      *section_drop_down;
  GtkDropDown      *status_drop_down;
  GtkDropDown      *owner_drop_down;
  GtkToggleButton  *gaps_button;
  GtkLabel         *count_label;
  GtkWidget        *delete_button;
  GtkColumnView    *column_view;
  BuntanSplitPane  *split_pane;
  BuntanItemDetail *detail;
};

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

typedef GtkExpression *(*ItemExpressionFunc) (GtkExpression *item);

/* A read-only column: a label showing an expression of the row's item. */
typedef struct
{
  ItemExpressionFunc make;
  gboolean           tooltip;
} LabelColumn;

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
update_sections (BuntanPartPage *self)
{
  g_auto (GStrv) sections = NULL;
  g_autoptr (GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *current = g_strdup (buntan_item_filter_get_section (self->filter));
  guint            reselect = 0;
  GListModel      *items;
  guint            n;

  if (self->project == NULL)
    sections = g_new0 (char *, 1);
  else
    sections = buntan_project_dup_sections (self->project, self->part);

  if (self->sections != NULL &&
      g_strv_equal ((const char *const *) sections, (const char *const *) self->sections))
    return;

  if (self->project != NULL)
    {
      items = buntan_project_get_part_items (self->project, self->part);
      n = g_list_model_get_n_items (items);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

          if (!g_hash_table_contains (titles, buntan_item_get_section (item)))
            g_hash_table_insert (titles, (gpointer) buntan_item_get_section (item),
                                 (gpointer) buntan_item_get_section_title (item));
        }
    }

  g_ptr_array_add (labels, g_strdup (_ ("All sections")));
  for (guint i = 0; sections[i] != NULL; i++)
    {
      const char *title = g_hash_table_lookup (titles, sections[i]);

      g_ptr_array_add (labels, g_strdup_printf ("%s %s", sections[i], title));
      if (g_strcmp0 (sections[i], current) == 0)
        reselect = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  g_strfreev (self->sections);
  self->sections = g_steal_pointer (&sections);
  gtk_string_list_splice (self->section_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->section_labels)),
                          (const char *const *) labels->pdata);
  gtk_drop_down_set_selected (self->section_drop_down, reselect);
}

static void
part_items_changed_cb (BuntanPartPage *self)
{
  update_sections (self);
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

/* The search waits for a pause in the typing (GtkSearchEntry's
 * "search-changed"), so it is set here rather than bound to "text". */
static void
search_changed_cb (BuntanPartPage *self)
{
  if (!self->resetting)
    buntan_item_filter_set_search (self->filter,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_stop_cb (BuntanPartPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
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

static void
scroll_to (BuntanPartPage *self, guint position);

/* Esc in the detail goes back to the item's row, as the pane came from it. */
static gboolean
detail_escape_cb (GtkWidget *widget, GVariant *arguments, gpointer user_data)
{
  BuntanPartPage *self = user_data;
  guint           position = gtk_single_selection_get_selected (self->selection);

  if (buntan_split_pane_get_folded (self->split_pane))
    buntan_split_pane_set_reveal_pane (self->split_pane, FALSE);

  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
  /* The list view gives the focus to the row it scrolled to. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return gtk_widget_grab_focus (child);

  return gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The rows the checks flag get a warning icon with the reason and the "gap"
 * style class on the whole row. */
static void
mark_row (BuntanPartPage *self, GtkListItem *list_item, gboolean bound)
{
  BuntanRow  *row_item = gtk_list_item_get_item (list_item);
  BuntanItem *item = row_item != NULL ? buntan_row_get_item (row_item) : NULL;
  GtkWidget  *box = gtk_list_item_get_child (list_item);
  GtkWidget  *icon = gtk_widget_get_first_child (box);
  GtkWidget  *cell = gtk_widget_get_parent (box);
  GtkWidget  *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  const char *message = NULL;

  if (bound && item != NULL)
    message = g_hash_table_lookup (self->gap_messages, buntan_item_get_id (item));

  gtk_widget_set_visible (icon, message != NULL);
  g_object_set_data_full (G_OBJECT (icon), "tooltip", g_strdup (message), g_free);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, message,
                                    -1);

  /* Style the row itself, not one cell; skip anything that is not a row. */
  if (row != NULL && g_strcmp0 (gtk_widget_get_css_name (row), "row") == 0)
    {
      if (message != NULL)
        gtk_widget_add_css_class (row, "gap");
      else
        gtk_widget_remove_css_class (row, "gap");
    }
}

/* Setting a tooltip costs GTK 4.8 a round trip to the X server (it asks
 * where the pointer is), and the list sets its cells on every filter change:
 * the text is looked up only when a tooltip is about to show. */
static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_tooltip,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = GTK_IS_INSCRIPTION (widget)
                       ? gtk_inscription_get_text (GTK_INSCRIPTION (widget))
                       : g_object_get_data (G_OBJECT (widget), "tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;

  buntan_view_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_lazy_tooltip (GtkWidget *widget)
{
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

static GtkExpression *
item_property (GtkExpression *item, const char *property)
{
  return gtk_property_expression_new (BUNTAN_TYPE_ITEM, item, property);
}

static char *
section_label_cb (gpointer this, const char *section, const char *section_title, gpointer user_data)
{
  return g_strdup_printf ("%s %s", section != NULL ? section : "",
                          section_title != NULL ? section_title : "");
}

static char *
check_label_cb (gpointer this, BuntanCheckResult result, gpointer user_data)
{
  return g_strdup (buntan_check_result_get_label (result));
}

static GtkExpression *
section_expression (GtkExpression *item)
{
  GtkExpression *params[] = {
    item_property (gtk_expression_ref (item), "section"),
    item_property (item, "section-title"),
  };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (section_label_cb), NULL, NULL);
}

static GtkExpression *
number_expression (GtkExpression *item)
{
  return item_property (item, "number");
}

static GtkExpression *
title_expression (GtkExpression *item)
{
  return item_property (item, "title");
}

static GtkExpression *
first_check_expression (GtkExpression *item)
{
  GtkExpression *params[] = { item_property (item, "first-check") };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (check_label_cb), NULL, NULL);
}

static GtkExpression *
completed_expression (GtkExpression *item)
{
  return item_property (item, "completed");
}

static GtkExpression *
clause_expression (GtkExpression *item)
{
  return item_property (item, "clause");
}

/* The item of a list row: the rows stay while the items move through them
 * (buntan-row-model.c), so every cell follows its row's "item". */
static GtkExpression *
list_item_expression (void)
{
  return gtk_property_expression_new (BUNTAN_TYPE_ROW,
                                      gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL,
                                                                   "item"),
                                      "item");
}

static GtkWidget *
label_new_bound (GtkListItem *list_item, ItemExpressionFunc make, gboolean tooltip)
{
  /* An inscription, not a label: its size does not depend on its text, so
   * a row that shows another item is not measured again, and the text of
   * the rows out of view is never laid out. */
  GtkWidget     *label = gtk_inscription_new (NULL);
  GtkExpression *expression = make (list_item_expression ());

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  /* One line high, centred: given the whole row, it would wrap. */
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (label, TRUE);
  if (tooltip)
    set_lazy_tooltip (label);
  gtk_expression_bind (expression, label, "text", list_item);

  return label;
}

static void
label_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                const LabelColumn        *column)
{
  gtk_list_item_set_child (list_item, label_new_bound (list_item, column->make, column->tooltip));
}

static void
number_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanPartPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (icon, "gap-icon");
  gtk_widget_set_visible (icon, FALSE);
  set_lazy_tooltip (icon);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label_new_bound (list_item, number_expression, FALSE));
  gtk_list_item_set_child (list_item, box);
}

static void
row_item_changed_cb (GtkListItem *list_item)
{
  mark_row (g_object_get_data (G_OBJECT (list_item), "page"), list_item, TRUE);
}

static void
number_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanPartPage *self)
{
  g_object_set_data (G_OBJECT (list_item), "page", self);
  g_signal_connect_swapped (gtk_list_item_get_item (list_item), "notify::item",
                            G_CALLBACK (row_item_changed_cb), list_item);
  g_hash_table_add (self->marked_rows, list_item);
  mark_row (self, list_item, TRUE);
}

static void
number_unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanPartPage *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item), row_item_changed_cb,
                                        list_item);
  g_hash_table_remove (self->marked_rows, list_item);
  mark_row (self, list_item, FALSE);
}

static void
select_list_item (BuntanPartPage *self, GtkListItem *list_item)
{
  guint position = gtk_list_item_get_position (list_item);

  if (position != GTK_INVALID_LIST_POSITION &&
      gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
}

/* A click opens a cell's list without selecting anything (GTK 4.8 selects
 * only on a click on the row itself or the arrow keys): the row whose list
 * takes the keyboard becomes the selected one, so the detail pane shows
 * the item being changed (issue 12, defect 2). */
static void
cell_focus_enter_cb (GtkEventControllerFocus *controller, GtkListItem *list_item)
{
  GtkWidget      *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  BuntanPartPage *self = BUNTAN_PART_PAGE (gtk_widget_get_ancestor (cell, BUNTAN_TYPE_PART_PAGE));

  if (self != NULL)
    select_list_item (self, list_item);
}

static void
set_cell (GtkListItem *list_item, GtkWidget *cell)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "enter", G_CALLBACK (cell_focus_enter_cb), list_item);
  gtk_widget_add_controller (cell, focus);
  /* The keys of a row find its item and position through its cells. */
  g_object_set_data (G_OBJECT (cell), "list-item", list_item);
  gtk_list_item_set_child (list_item, cell);
  gtk_expression_bind (list_item_expression (), cell, "item", list_item);
}

static void
status_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanPartPage *self)
{
  /* Lazy: the list's rows are made by the hundred (see buntan-item-cell.c). */
  set_cell (list_item, g_object_new (BUNTAN_TYPE_STATUS_CELL, "lazy", TRUE, NULL));
}

static void
owner_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanPartPage *self)
{
  set_cell (list_item,
            g_object_new (BUNTAN_TYPE_OWNER_CELL, "choices", self->choices, "lazy", TRUE, NULL));
}

static void
add_column (BuntanPartPage *self, const char *title, GtkListItemFactory *factory, int width)
{
  g_autoptr (GtkColumnViewColumn) column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_append_column (self->column_view, column);
}

/* The width of @text in the list's type, in pixels. */
static int
text_width (BuntanPartPage *self, const char *text)
{
  g_autoptr (PangoLayout) layout =
    gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* One em of the list's type, in pixels. */
static int
em_width (BuntanPartPage *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->column_view));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double                      size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  double                      dpi = pango_cairo_context_get_resolution (context);

  if (!pango_font_description_get_size_is_absolute (font))
    size = size * (dpi > 0 ? dpi : 96.0) / 72.0;
  return MAX ((int) (size + 0.5), 8);
}

/* The widest of @texts, or @minimum. */
static int
widest (BuntanPartPage *self, const char *const *texts, int minimum)
{
  int width = minimum;

  for (guint i = 0; texts[i] != NULL; i++)
    width = MAX (width, text_width (self, texts[i]));
  return width;
}

static GtkListItemFactory *
label_factory_new (const LabelColumn *column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (label_setup_cb), (gpointer) column);
  return factory;
}

static GtkListItemFactory *
page_factory_new (BuntanPartPage *self, GCallback setup)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, self);
  return factory;
}

static void
add_columns (BuntanPartPage *self)
{
  static const LabelColumn section = { section_expression, TRUE };
  static const LabelColumn title = { title_expression, TRUE };
  static const LabelColumn first_check = { first_check_expression, FALSE };
  static const LabelColumn completed = { completed_expression, FALSE };
  static const LabelColumn clause = { clause_expression, TRUE };
  GtkListItemFactory      *number = page_factory_new (self, G_CALLBACK (number_setup_cb));

  g_signal_connect (number, "bind", G_CALLBACK (number_bind_cb), self);
  g_signal_connect (number, "unbind", G_CALLBACK (number_unbind_cb), self);

  /* Widths from the type, so a larger font or another language still fits:
   * the longest status whole (in every language: "Under discussion",
   * 協議中), a party's short name (eight or nine characters), the item's
   * title at least 24 em. A cell pads its text; a dropdown's face adds its
   * own padding and arrow. */
  int         em = em_width (self);
  int         padding = em;
  int         drop_down = padding + 3 * em + em / 2;
  const char *statuses[BUNTAN_ITEM_STATUS_NOT_APPLICABLE + 2] = { NULL };
  const char *checks[] = { _ ("First Check"), _ ("Yes"), _ ("No"), NULL };
  const char *completed_texts[] = { _ ("Completed"), "2026-11-30", NULL };
  int         widths[8];
  int         list_width = 0;
  int         detail_width;
  g_autoptr (GtkColumnViewColumn) title_column = NULL;

  for (BuntanItemStatus status = BUNTAN_ITEM_STATUS_OPEN;
       status <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE; status++)
    statuses[status] = buntan_item_status_get_label (status);

  /* A column is never narrower than its header. */
  widths[0] = MAX (5 * em, text_width (self, _ ("Section"))) + padding;
  widths[1] = MAX (3 * em, text_width (self, _ ("No."))) + padding;
  widths[2] = 24 * em + padding;
  widths[3] = widest (self, statuses, text_width (self, _ ("Status"))) + drop_down;
  widths[4] = MAX (9 * em, text_width (self, _ ("Owner"))) + drop_down;
  self->owner_narrow = widths[4];
  widths[5] = widest (self, checks, 0) + padding;
  widths[6] = widest (self, completed_texts, 0) + padding;
  widths[7] = MAX (7 * em, text_width (self, _ ("Contract Clause"))) + padding;

  add_column (self, _ ("Section"), label_factory_new (&section), widths[0]);
  add_column (self, _ ("No."), number, widths[1]);
  add_column (self, _ ("Item"), label_factory_new (&title), widths[2]);
  add_column (self, _ ("Status"), page_factory_new (self, G_CALLBACK (status_setup_cb)), widths[3]);
  add_column (self, _ ("Owner"), page_factory_new (self, G_CALLBACK (owner_setup_cb)), widths[4]);
  add_column (self, _ ("First Check"), label_factory_new (&first_check), widths[5]);
  add_column (self, _ ("Completed"), label_factory_new (&completed), widths[6]);
  add_column (self, _ ("Contract Clause"), label_factory_new (&clause), widths[7]);

  /* The item's title takes the room the others leave; the pane folds over
   * the list before the columns would need to scroll sideways. */
  title_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 2);
  gtk_column_view_column_set_expand (title_column, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    list_width += widths[i];
  self->columns_width = list_width;
  gtk_widget_get_size_request (GTK_WIDGET (self->detail), &detail_width, NULL);
  buntan_split_pane_set_fold_width (self->split_pane, list_width + detail_width);
}

/* The owner column shows each party's short name whole, up to 16 em (the
 * tooltip and the open list have the full name), where the page is wide
 * enough for that on top of every column at its narrowest; fit_columns()
 * decides, once the page has its width. */
static void
fit_owner_column (BuntanPartPage *self)
{
  GListModel *parties = self->project != NULL ? buntan_project_get_parties (self->project) : NULL;
  int         em = em_width (self);
  int         narrow = MAX (9 * em, text_width (self, _ ("Owner")));
  int         names = narrow;

  for (guint i = 0; parties != NULL && i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *short_name = buntan_party_dup_unique_short_name (party, parties);

      if (short_name != NULL)
        names = MAX (names, MIN (text_width (self, short_name), 16 * em));
    }

  self->owner_extra = names - narrow;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Keys on a row -------------------------------------------------------------- */

static GtkWidget *
find_list_view (BuntanPartPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/* The row of the list that has the keyboard focus itself (not a widget in
 * it, such as an open list of choices), or NULL. */
static GtkWidget *
find_focused_row (BuntanPartPage *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *list = find_list_view (self);

  if (focus == NULL || list == NULL || gtk_widget_get_parent (focus) != list)
    return NULL;

  return focus;
}

static BuntanItemCell *
find_row_cell (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return BUNTAN_ITEM_CELL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      BuntanItemCell *found = find_row_cell (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Tab on a row leaves the list, as from any other control: the list is one
 * stop, not one per row (GTK 4.8's list moves on to the next row). With
 * the list out of the focus chain for a moment, the window moves the focus
 * as Tab does, to the control after the list (the detail pane) or before
 * it (the filters). */
static gboolean
leave_list (BuntanPartPage *self, GtkDirectionType direction)
{
  GtkWidget *list = find_list_view (self);
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_widget_set_can_focus (list, FALSE);
  if (!gtk_widget_child_focus (GTK_WIDGET (root), direction))
    gtk_root_set_focus (root, NULL);
  gtk_widget_set_can_focus (list, TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
  return TRUE;
}

/* The key's digit (also on the keypad), or -1. */
static int
key_digit (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return -1;
}

/* 0 undecided, 1–9 the n-th party, as in meeting mode. */
static gboolean
set_nth_owner (BuntanPartPage *self, BuntanItem *item, guint n)
{
  GListModel *parties = buntan_project_get_parties (self->project);
  g_autoptr (BuntanParty) party = NULL;

  if (n > g_list_model_get_n_items (parties))
    return FALSE;

  if (n > 0)
    party = g_list_model_get_item (parties, n - 1);
  buntan_project_set_item_owner (self->project, item,
                                 party != NULL ? buntan_party_get_id (party) : NULL);
  return TRUE;
}

/* The keys of the focused row (the help overlay lists them): S and A for
 * the status, 0–9 and J for the owner as in meeting mode, F4 or Alt+↓ to
 * choose the status from its list, with Shift the owner. */
static gboolean
list_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     BuntanPartPage        *self)
{
  GtkWidget      *row = find_focused_row (self);
  gboolean        shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean        alt = (state & GDK_ALT_MASK) != 0;
  BuntanItemCell *status_cell;
  BuntanItemCell *owner_cell;
  BuntanItem     *item;
  int             digit;

  /* Ctrl+S and the like belong to the window. */
  if (row == NULL || (state & (GDK_CONTROL_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab)
    return !alt && leave_list (self, shift ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);

  status_cell = find_row_cell (row, BUNTAN_TYPE_STATUS_CELL);
  owner_cell = find_row_cell (row, BUNTAN_TYPE_OWNER_CELL);
  item = status_cell != NULL ? buntan_item_cell_get_item (status_cell) : NULL;
  if (item == NULL || owner_cell == NULL || self->project == NULL)
    return FALSE;

  /* The detail pane shows the item the keys change. */
  select_list_item (self, g_object_get_data (G_OBJECT (status_cell), "list-item"));

  if (keyval == GDK_KEY_F4 || (alt && (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)))
    {
      buntan_item_cell_popup (shift ? owner_cell : status_cell);
      return TRUE;
    }
  if (alt)
    return FALSE;

  digit = key_digit (keyval);
  if (digit >= 0)
    {
      if (!set_nth_owner (self, item, (guint) digit))
        gtk_widget_error_bell (row);
      return TRUE;
    }

  switch (gdk_keyval_to_lower (keyval))
    {
    case GDK_KEY_s:
      buntan_item_set_status (item, (buntan_item_get_status (item) + 1) % BUNTAN_N_ITEM_STATUSES);
      return TRUE;
    case GDK_KEY_a:
      buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
      return TRUE;
    case GDK_KEY_j:
      buntan_project_make_item_joint (self->project, item);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Tab into the list lands on the row the keyboard last left, which a
 * search or the matrix may have moved the selection away from: the detail
 * pane follows the keyboard. (The window tells once the focus has moved;
 * a focus controller's "enter" comes before.) */
static void
window_focus_changed_cb (BuntanPartPage *self)
{
  GtkWidget      *row = find_focused_row (self);
  BuntanItemCell *cell = row != NULL ? find_row_cell (row, BUNTAN_TYPE_STATUS_CELL) : NULL;

  if (cell != NULL)
    select_list_item (self, g_object_get_data (G_OBJECT (cell), "list-item"));
}

static void
list_keys_add (BuntanPartPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Capture: before the row's own keys (Space selects it) and the
   * window's Tab, which the list would take to its next row. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);
}

static void
escape_controller_add (BuntanPartPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_callback_action_new (detail_escape_cb,
                                                                                   self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->detail), controller);
}

static void
setup_filters (BuntanPartPage *self)
{
  g_autoptr (GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr (GListStore) any_store = g_list_store_new (BUNTAN_TYPE_PARTY);
  g_autoptr (GListStore) owner_parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr (GtkFlattenListModel) owners = NULL;
  g_autoptr (BuntanParty) any =
    buntan_party_new ("any", BUNTAN_PARTY_KIND_VENDOR, _ ("All owners"));

  self->section_labels = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->section_drop_down, G_LIST_MODEL (self->section_labels));

  gtk_string_list_append (statuses, _ ("All statuses"));
  for (BuntanItemStatus status = BUNTAN_ITEM_STATUS_OPEN;
       status <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE; status++)
    gtk_string_list_append (statuses, buntan_item_status_get_label (status));
  gtk_drop_down_set_model (self->status_drop_down, G_LIST_MODEL (statuses));

  /* "All owners", then the same choices as the owner cells. */
  g_list_store_append (any_store, any);
  g_list_store_append (owner_parts, any_store);
  g_list_store_append (owner_parts, self->choices);
  owners = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&owner_parts)));
  buntan_owner_choices_setup_drop_down (self->owner_drop_down);
  gtk_drop_down_set_model (self->owner_drop_down, G_LIST_MODEL (owners));
}

/* The filter bar's dropdowns hold positions, the filter what they stand
 * for; position 0 of every dropdown is "all". */
static gboolean
section_from_position (GBinding     *binding,
                       const GValue *from_value,
                       GValue       *to_value,
                       gpointer      user_data)
{
  BuntanPartPage *self = user_data;
  guint           position = g_value_get_uint (from_value);

  if (position > 0 && position != GTK_INVALID_LIST_POSITION && self->sections != NULL &&
      position <= g_strv_length (self->sections))
    g_value_set_string (to_value, self->sections[position - 1]);
  else
    g_value_set_string (to_value, NULL);
  return TRUE;
}

static gboolean
section_to_position (GBinding     *binding,
                     const GValue *from_value,
                     GValue       *to_value,
                     gpointer      user_data)
{
  BuntanPartPage *self = user_data;
  const char     *section = g_value_get_string (from_value);

  if (section == NULL)
    {
      g_value_set_uint (to_value, 0);
      return TRUE;
    }

  for (guint i = 0; self->sections != NULL && self->sections[i] != NULL; i++)
    if (g_str_equal (self->sections[i], section))
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

static gboolean
owner_from_position (GBinding     *binding,
                     const GValue *from_value,
                     GValue       *to_value,
                     gpointer      user_data)
{
  BuntanPartPage *self = user_data;
  guint           position = g_value_get_uint (from_value);
  const char     *owner = NULL;

  if (position > 0 && position != GTK_INVALID_LIST_POSITION &&
      buntan_owner_choices_get_owner (self->choices, position - 1, &owner))
    g_value_set_string (to_value, owner != NULL ? owner : BUNTAN_ITEM_FILTER_UNDECIDED);
  else
    g_value_set_string (to_value, NULL);
  return TRUE;
}

static gboolean
owner_to_position (GBinding     *binding,
                   const GValue *from_value,
                   GValue       *to_value,
                   gpointer      user_data)
{
  BuntanPartPage *self = user_data;
  const char     *owner = g_value_get_string (from_value);
  guint           choice;

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

/* Both ways: the widgets set the filter, and lifting the filters
 * (buntan_item_filter_reset) shows in the widgets. */
static void
bind_filter (BuntanPartPage *self)
{
  const GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_object_bind_property_full (self->section_drop_down, "selected", self->filter, "section", flags,
                               section_from_position, section_to_position, self, NULL);
  g_object_bind_property_full (self->status_drop_down, "selected", self->filter, "status", flags,
                               status_from_position, status_to_position, self, NULL);
  g_object_bind_property_full (self->owner_drop_down, "selected", self->filter, "owner", flags,
                               owner_from_position, owner_to_position, self, NULL);
  g_object_bind_property (self->gaps_button, "active", self->filter, "gaps-only", flags);
}

static void
reset_criteria (BuntanPartPage *self)
{
  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->resetting = FALSE;

  buntan_item_filter_reset (self->filter);
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

static void
scroll_to (BuntanPartPage *self, guint position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has an
   * action that does it. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* The last two columns (Completed, Contract Clause: the detail shows both)
 * give way, the clause first, rather than the list scrolling sideways. */
static gboolean
fit_columns (BuntanPartPage *self, int width, gboolean apply)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr (GtkColumnViewColumn) owner = g_list_model_get_item (columns, 4);
  g_autoptr (GtkColumnViewColumn) completed = g_list_model_get_item (columns, 6);
  g_autoptr (GtkColumnViewColumn) clause = g_list_model_get_item (columns, 7);
  int      clause_width = gtk_column_view_column_get_fixed_width (clause);
  gboolean show_clause = width >= self->columns_width;
  gboolean show_completed = width >= self->columns_width - clause_width;
  int      owner_width =
    self->owner_narrow + (width >= self->columns_width + self->owner_extra ? self->owner_extra : 0);

  if (show_clause == gtk_column_view_column_get_visible (clause) &&
      show_completed == gtk_column_view_column_get_visible (completed) &&
      owner_width == gtk_column_view_column_get_fixed_width (owner))
    return FALSE;

  if (apply)
    {
      gtk_column_view_column_set_visible (clause, show_clause);
      gtk_column_view_column_set_visible (completed, show_completed);
      gtk_column_view_column_set_fixed_width (owner, owner_width);
    }
  return TRUE;
}

static gboolean
fit_columns_idle_cb (gpointer data)
{
  BuntanPartPage *self = data;

  self->fit_columns_idle_id = 0;
  fit_columns (self, gtk_widget_get_width (GTK_WIDGET (self)), TRUE);
  return G_SOURCE_REMOVE;
}

static GtkSizeRequestMode
buntan_part_page_get_request_mode (GtkWidget *widget)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
buntan_part_page_measure (GtkWidget     *widget,
                          GtkOrientation orientation,
                          int            for_size,
                          int           *minimum,
                          int           *natural,
                          int           *minimum_baseline,
                          int           *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child != NULL)
    gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                        natural_baseline);
}

static void
buntan_part_page_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanPartPage *self = BUNTAN_PART_PAGE (widget);
  GtkWidget      *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);

  /* Showing or hiding a column now would change sizes in the middle of the
   * allocation. */
  if (self->fit_columns_idle_id == 0 && fit_columns (self, width, FALSE))
    self->fit_columns_idle_id = g_idle_add (fit_columns_idle_cb, self);
}

static void
buntan_part_page_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (buntan_part_page_parent_class)->root (widget);

  g_signal_connect_object (gtk_widget_get_root (widget), "notify::focus-widget",
                           G_CALLBACK (window_focus_changed_cb), widget, G_CONNECT_SWAPPED);
}

static void
buntan_part_page_unroot (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_root (widget), window_focus_changed_cb,
                                        widget);

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
  g_clear_object (&self->section_labels);
  g_clear_object (&self->choices);
  g_clear_object (&self->matrix);
  g_clear_object (&self->selected_item);

  G_OBJECT_CLASS (buntan_part_page_parent_class)->dispose (object);
}

static void
buntan_part_page_finalize (GObject *object)
{
  BuntanPartPage *self = (BuntanPartPage *) object;

  g_clear_pointer (&self->sections, g_strfreev);
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
  g_type_ensure (BUNTAN_TYPE_ITEM_FILTER);
  g_type_ensure (BUNTAN_TYPE_SPLIT_PANE);

  widget_class->get_request_mode = buntan_part_page_get_request_mode;
  widget_class->measure = buntan_part_page_measure;
  widget_class->size_allocate = buntan_part_page_size_allocate;
  widget_class->root = buntan_part_page_root;
  widget_class->unroot = buntan_part_page_unroot;
  gtk_widget_class_set_css_name (widget_class, "partpage");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-part-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, section_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, owner_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, gaps_button);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, split_pane);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
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

  self->filter = buntan_item_filter_new ();
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

  setup_filters (self);
  bind_filter (self);
  add_columns (self);
  escape_controller_add (self);
  list_keys_add (self);
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
                             G_CALLBACK (fit_owner_column), self, G_CONNECT_SWAPPED);
  fit_owner_column (self);

  /* Another project may name its sections otherwise. */
  g_clear_pointer (&self->sections, g_strfreev);
  update_sections (self);
  reset_criteria (self);
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
  GHashTableIter iter;
  gpointer       list_item;

  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));
  g_return_if_fail (matrix == NULL || BUNTAN_IS_MATRIX (matrix));

  if (!g_set_object (&self->matrix, matrix))
    return;

  /* A new table: the filter keeps the one it was given. */
  g_clear_pointer (&self->gap_messages, g_hash_table_unref);
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

  g_hash_table_iter_init (&iter, self->marked_rows);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    mark_row (self, list_item, TRUE);
  update_selection_state (self);

  /* An edit can take any item in or out of the filters, not only its gaps. */
  buntan_item_filter_set_kept_item (self->filter, self->selected_item);
  buntan_item_filter_set_gap_items (self->filter, self->gap_messages);
  if (!buntan_item_filter_get_gaps_only (self->filter) &&
      buntan_item_filter_get_active (self->filter))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  buntan_item_filter_set_kept_item (self->filter, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATRIX]);
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
      reset_criteria (self);
      position = find_position (self, item);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  /* Its row must be there to be selected. */
  buntan_batched_list_flush (self->batched);
  gtk_single_selection_set_selected (self->selection, position);
  scroll_to (self, position);
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
  const char *section = buntan_item_filter_get_section (self->filter);
  const char *code = NULL;
  BuntanItem *item;

  g_return_val_if_fail (BUNTAN_IS_PART_PAGE (self), NULL);

  if (self->project == NULL)
    return NULL;

  if (self->selected_item != NULL)
    code = buntan_item_get_section (self->selected_item);
  else if (section != NULL)
    code = section;
  else if (self->sections != NULL && self->sections[0] != NULL)
    code = self->sections[0];
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

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
buntan_part_page_focus_detail (BuntanPartPage *self)
{
  g_return_if_fail (BUNTAN_IS_PART_PAGE (self));

  show_detail (self);
}
