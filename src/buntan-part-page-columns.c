/* buntan-part-page-columns.c — a Part page's columns: their cells, the gap marks, their widths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of BuntanPartPage (see buntan-part-page-private.h): the columns are
 * made once, from the page's choices and selection, and fitted to the
 * page's width on every allocation, so they share the page's struct
 * rather than being an object of their own.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-check-cell.h"
#include "buntan-owner-cell.h"
#include "buntan-part-page-private.h"
#include "buntan-status-cell.h"
#include "buntan-view-util.h"

typedef GtkExpression *(*ItemExpressionFunc) (GtkExpression *item);

/* A read-only column: a label showing an expression of the row's item. */
typedef struct
{
  ItemExpressionFunc make;
  gboolean           tooltip;
} LabelColumn;

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
    _buntan_part_page_select_list_item (self, list_item);
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

/* The first check and the completion sum up the vendors' checks; the cells
 * follow the page's project for the vendors' names. */
static void
check_cell_setup (BuntanPartPage *self, GtkListItem *list_item, gboolean completed)
{
  GtkWidget *cell = buntan_check_cell_new (completed);

  g_object_bind_property (self, "project", cell, "project", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (list_item, cell);
  gtk_expression_bind (list_item_expression (), cell, "item", list_item);
}

static void
first_check_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      BuntanPartPage           *self)
{
  check_cell_setup (self, list_item, FALSE);
}

static void
completed_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanPartPage *self)
{
  check_cell_setup (self, list_item, TRUE);
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

void
_buntan_part_page_add_columns (BuntanPartPage *self)
{
  static const LabelColumn section = { section_expression, TRUE };
  static const LabelColumn title = { title_expression, TRUE };
  static const LabelColumn clause = { clause_expression, TRUE };
  GtkListItemFactory      *number = page_factory_new (self, G_CALLBACK (number_setup_cb));

  g_signal_connect (number, "bind", G_CALLBACK (number_bind_cb), self);
  g_signal_connect (number, "unbind", G_CALLBACK (number_unbind_cb), self);

  /* Widths from the type, so a larger font or another language still fits:
   * the longest status whole (in every language: "Under discussion",
   * 協議中), a party's short name (eight or nine characters), the item's
   * title at least 24 em. A cell pads its text; a dropdown's face adds its
   * own padding and arrow. */
  int              em = em_width (self);
  int              padding = em;
  int              drop_down = padding + 3 * em + em / 2;
  const char      *statuses[BUNTAN_ITEM_STATUS_NOT_APPLICABLE + 2] = { NULL };
  g_autofree char *yes_summary = g_strdup_printf (_ ("%s %u/%u"), _ ("Yes"), 2, 2);
  g_autofree char *no_summary = g_strdup_printf (_ ("%s %u/%u"), _ ("No"), 2, 2);
  const char      *checks[] = { _ ("First Check"), yes_summary, no_summary, NULL };
  const char      *completed_texts[] = { _ ("Completed"), "2026-11-30", NULL };
  int              widths[8];
  int              list_width = 0;
  int              detail_width;
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
  self->title_narrow = widths[2];
  self->section_narrow = widths[0];
  widths[5] = widest (self, checks, 0) + padding;
  self->check_narrow = widths[5];
  widths[6] = widest (self, completed_texts, 0) + padding;
  widths[7] = MAX (7 * em, text_width (self, _ ("Contract Clause"))) + padding;

  add_column (self, _ ("Section"), label_factory_new (&section), widths[0]);
  add_column (self, _ ("No."), number, widths[1]);
  add_column (self, _ ("Item"), label_factory_new (&title), widths[2]);
  add_column (self, _ ("Status"), page_factory_new (self, G_CALLBACK (status_setup_cb)), widths[3]);
  add_column (self, _ ("Owner"), page_factory_new (self, G_CALLBACK (owner_setup_cb)), widths[4]);
  add_column (self, _ ("First Check"), page_factory_new (self, G_CALLBACK (first_check_setup_cb)),
              widths[5]);
  add_column (self, _ ("Completed"), page_factory_new (self, G_CALLBACK (completed_setup_cb)),
              widths[6]);
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

/* A cyber-security checklist's first check names every vendor's answer
 * ("ひかり はい / 東都 未回答"), or the hospital's with its date: the
 * column makes room for that, up to 20 em (the tooltip and the screen
 * reader have all of it), and the title gives it. */
static void
fit_check_column (BuntanPartPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr (GtkColumnViewColumn) check = g_list_model_get_item (columns, 5);
  int width = self->check_narrow;
  int detail_width;

  if (self->project != NULL && buntan_cyber_checklist_applies (self->project))
    {
      GListModel      *parties = buntan_project_get_parties (self->project);
      g_autofree char *no = g_strdup_printf ("%s %s", _ ("No"), "2026-11-02");
      g_autoptr (GString) answers = g_string_new (NULL);
      g_autofree char *own = g_strdup_printf (_ ("%s, target %s"), no, "2027-03-31");

      for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
        {
          g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
          g_autofree char *short_name = buntan_party_dup_unique_short_name (party, parties);

          if (buntan_party_is_hospital (party))
            continue;
          g_string_append_printf (answers, "%s%s %s", answers->len > 0 ? " / " : "",
                                  short_name != NULL ? short_name : "", _ ("Not answered"));
        }
      /* Part 1 is the hospital's sheet; Part 2 the vendors'. */
      width = MAX (width, MIN (text_width (self, self->part == 1 ? own : answers->str),
                               20 * em_width (self)) +
                            em_width (self));
    }

  if (width == gtk_column_view_column_get_fixed_width (check))
    return;

  self->columns_width += width - gtk_column_view_column_get_fixed_width (check);
  gtk_column_view_column_set_fixed_width (check, width);
  gtk_widget_get_size_request (GTK_WIDGET (self->detail), &detail_width, NULL);
  buntan_split_pane_set_fold_width (self->split_pane, self->columns_width + detail_width);
}

/* The owner column shows each party's short name whole, up to 16 em (the
 * tooltip and the open list have the full name), where the page is wide
 * enough for that on top of every column at its narrowest; fit_columns()
 * decides, once the page has its width. */
void
_buntan_part_page_fit_owner_column (BuntanPartPage *self)
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
  fit_check_column (self);

  /* Likewise the section's code and title (「E 契約の変更・終了」), up to
   * 10 em: cut to 「B 開発・…」 they read as nothing to a new user. */
  {
    GListModel *items =
      self->project != NULL ? buntan_project_get_part_items (self->project, self->part) : NULL;
    int section_narrow = MAX (5 * em, text_width (self, _ ("Section")));
    int sections = section_narrow;

    for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
        g_autofree char *label = section_label_cb (NULL, buntan_item_get_section (item),
                                                   buntan_item_get_section_title (item), NULL);

        sections = MAX (sections, MIN (text_width (self, label), 10 * em));
      }
    self->section_extra = sections - section_narrow;
  }

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The width the item's title gets: what the other visible columns leave of
 * the list, at least its narrowest. GTK 4.8's column view gives an
 * expanding column nothing beyond a fixed width, so the rows stopped short
 * of the list's right edge. @others: the other visible columns' widths. */
static int
title_width_for (BuntanPartPage *self, int list_width, int others)
{
  return MAX (self->title_narrow, list_width - others);
}

/* The owners' short names get their room first; then the last two columns
 * (Completed, Contract Clause: the detail shows both) give way, the clause
 * first, rather than the list scrolling sideways; the sections' names get
 * their room where the list has it beside the title's 24 em, and the item's
 * title takes the rest of the list's width. */
static gboolean
fit_columns (BuntanPartPage *self, int width, gboolean apply)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  g_autoptr (GtkColumnViewColumn) section = g_list_model_get_item (columns, 0);
  g_autoptr (GtkColumnViewColumn) title = g_list_model_get_item (columns, 2);
  g_autoptr (GtkColumnViewColumn) owner = g_list_model_get_item (columns, 4);
  g_autoptr (GtkColumnViewColumn) completed = g_list_model_get_item (columns, 6);
  g_autoptr (GtkColumnViewColumn) clause = g_list_model_get_item (columns, 7);
  int clause_width = gtk_column_view_column_get_fixed_width (clause);
  int completed_width = gtk_column_view_column_get_fixed_width (completed);
  /* The list's own width decides, not the page's: beside the pane the list
   * is narrower, and its last column went under the pane. */
  int list_width = gtk_widget_get_width (GTK_WIDGET (self->column_view)) > 0
                     ? gtk_widget_get_width (GTK_WIDGET (self->column_view))
                     : width;
  /* The owners' names whole come before the completion date and the
   * clause: at 1024 px they read 「ひかりメディカル…」 beside a clause column. */
  int      needed = self->columns_width + self->owner_extra;
  gboolean show_clause = list_width >= needed;
  gboolean show_completed = list_width >= needed - clause_width;
  int      owner_width = self->owner_narrow +
                    (list_width >= needed - clause_width - completed_width ? self->owner_extra : 0);
  int hidden_width = (show_clause ? 0 : clause_width) + (show_completed ? 0 : completed_width);
  /* Every visible column but the title, the section at its narrowest. */
  int others =
    self->columns_width - self->title_narrow - hidden_width - self->owner_narrow + owner_width;
  int section_width =
    self->section_narrow +
    (list_width - others - self->section_extra >= self->title_narrow ? self->section_extra : 0);
  int title_width =
    title_width_for (self, list_width, others - self->section_narrow + section_width);

  if (show_clause == gtk_column_view_column_get_visible (clause) &&
      show_completed == gtk_column_view_column_get_visible (completed) &&
      owner_width == gtk_column_view_column_get_fixed_width (owner) &&
      section_width == gtk_column_view_column_get_fixed_width (section) &&
      title_width == gtk_column_view_column_get_fixed_width (title))
    return FALSE;

  if (apply)
    {
      gtk_column_view_column_set_visible (clause, show_clause);
      gtk_column_view_column_set_visible (completed, show_completed);
      gtk_column_view_column_set_fixed_width (owner, owner_width);
      gtk_column_view_column_set_fixed_width (section, section_width);
      gtk_column_view_column_set_fixed_width (title, title_width);
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

/* Showing or hiding a column during the page's allocation would change
 * sizes in the middle of it: the columns are fitted right after. */
void
_buntan_part_page_queue_fit_columns (BuntanPartPage *self, int width)
{
  if (self->fit_columns_idle_id == 0 && fit_columns (self, width, FALSE))
    self->fit_columns_idle_id = g_idle_add (fit_columns_idle_cb, self);
}

/* The gaps changed: every row on screen shows the new ones. */
void
_buntan_part_page_mark_rows (BuntanPartPage *self)
{
  GHashTableIter iter;
  gpointer       list_item;

  g_hash_table_iter_init (&iter, self->marked_rows);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    mark_row (self, list_item, TRUE);
}
