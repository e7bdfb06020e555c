/* buntan-matrix-view.c — a read-only preview of the responsibility matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buntan-batched-list.h"
#include "buntan-core.h"
#include "buntan-matrix-header.h"
#include "buntan-matrix-view.h"
#include "buntan-view-util.h"

/* Party columns are as wide as their short names, within these bounds: the
 * marks fit, and a long name is cut (…) rather than squeezing the titles. */
#define MIN_PARTY_COLUMN_WIDTH 48
#define MAX_PARTY_COLUMN_WIDTH 180
/* Room the cells take that a header of the same text does not: the
 * columns' separators. */
#define CELL_EXTRA_WIDTH 2
/* A status cell: the gap icon, the status and 未定, this far apart. */
#define STATUS_ICON_SIZE 16
#define STATUS_CELL_SPACING 6

typedef enum
{
  CELL_NUMBER,
  CELL_TITLE,
  CELL_PARTY,
  CELL_STATUS,
} CellKind;

struct _BuntanMatrixView
{
  BuntanOverviewView parent_instance;

  BuntanMatrix *matrix;    /* the overview's as last shown: Part 1 rows, then Part 2 */
  guint         first_row; /* of the matrix: Part 2's first unless include_part1 */
  guint         n_rows;
  gboolean      include_part1;

  GListStore *rows;          /* BuntanItem; shown growing in batches */
  GPtrArray  *party_columns; /* GtkColumnViewColumn, hospital first */
  GHashTable *cells;         /* GtkListItem set: every cell set up now */
  GHashTable *gap_messages;  /* item id → the first gap message */

  GtkColumnView      *column_view;
  BuntanMatrixHeader *header; /* shown instead of the column view's own */
  GtkCheckButton     *part1_check;
  GtkLabel           *count_label;
  GtkLabel           *legend_label;
  char               *marks_legend; /* the .ui's legend, for a project that has marks */
  GtkCheckButton     *changes_check;
  guint               changed_version; /* 第N版 the marks are against; 0: none */
  GHashTable         *changed_items;   /* item ids changed since it; NULL: no marks */
};

G_DEFINE_FINAL_TYPE (BuntanMatrixView, buntan_matrix_view, BUNTAN_TYPE_OVERVIEW_VIEW)

enum
{
  PROP_0,
  PROP_INCLUDE_PART1,
  N_PROPS
};

enum
{
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* 各事業者（個別） makes every participant ◎ for its own system: 各 says
 * so, as the workbook's matrix does. */
static const char *
mark_text (BuntanMark mark, gboolean each)
{
  switch (mark)
    {
    case BUNTAN_MARK_LEAD:
      return each ? "各" : "◎";
    case BUNTAN_MARK_SUPPORT:
      return "○";
    case BUNTAN_MARK_INFORMED:
      return "△";
    case BUNTAN_MARK_NONE:
    default:
      return "";
    }
}

static const char *
mark_name (BuntanMark mark, gboolean each)
{
  switch (mark)
    {
    case BUNTAN_MARK_LEAD:
      return each ? _ ("Each vendor for its own system") : _ ("Lead");
    case BUNTAN_MARK_INFORMED:
      return _ ("Informed");
    case BUNTAN_MARK_SUPPORT:
      return _ ("Supporting");
    case BUNTAN_MARK_NONE:
    default:
      return _ ("Not involved");
    }
}

static void
update_status_cell (BuntanMatrixView *self, GtkWidget *box, BuntanItem *item, gboolean gap)
{
  GtkWidget       *icon = gtk_widget_get_first_child (box);
  GtkWidget       *status = gtk_widget_get_next_sibling (icon);
  GtkWidget       *owner_note = gtk_widget_get_next_sibling (status);
  BuntanItemStatus item_status = buntan_item_get_status (item);
  const char      *note = NULL;

  /* What the marks cannot say: nobody (未定, as counted: 対象外 aside), or
   * 共同 shared by fewer than two parties, which has at most one mark. */
  if (buntan_item_get_owner (item) == NULL && item_status != BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    /* Translators: no party is responsible yet (未定). */
    note = _ ("No owner yet");
  else if (buntan_item_is_joint (item) &&
           g_strv_length ((char **) buntan_item_get_participants (item)) < 2)
    note = _ ("Joint");

  gtk_widget_set_visible (icon, gap);
  gtk_label_set_label (GTK_LABEL (status), buntan_item_status_get_label (item_status));
  gtk_label_set_label (GTK_LABEL (owner_note), note);
  gtk_widget_set_visible (owner_note, note != NULL);
  buntan_view_set_tooltip (box,
                           gap ? g_hash_table_lookup (self->gap_messages, buntan_item_get_id (item))
                               : NULL);
}

static char *
dup_item_number (BuntanMatrixView *self, BuntanItem *item)
{
  if (self->include_part1)
    return g_strdup_printf ("P%u %s-%s", buntan_item_get_part (item),
                            buntan_item_get_section (item), buntan_item_get_number (item));

  /* The cyber-security checklist's vendor items are numbered as the
   * official sheet numbers them, section included: not A-A-1. */
  if (g_str_has_prefix (buntan_item_get_number (item), buntan_item_get_section (item)) &&
      buntan_item_get_number (item)[strlen (buntan_item_get_section (item))] == '-')
    return g_strdup (buntan_item_get_number (item));

  return g_strdup_printf ("%s-%s", buntan_item_get_section (item), buntan_item_get_number (item));
}

static BuntanProject *
overview_project (BuntanMatrixView *self)
{
  BuntanOverview *overview = buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self));

  return overview != NULL ? buntan_overview_get_project (overview) : NULL;
}

static gboolean
is_cyber_checklist (BuntanMatrixView *self)
{
  BuntanProject *project = overview_project (self);

  return project != NULL && buntan_cyber_checklist_applies (project);
}

/* A cyber-security checklist is answered, not split: a party's column
 * shows its はい / いいえ (with the 目標日) / 未回答 where the item asks it,
 * as buntan-cyber-summary.c words them for every view. */
static void
update_answer_cell (BuntanMatrixView *self,
                    GtkWidget        *label,
                    BuntanItem       *item,
                    const char       *party_id)
{
  BuntanProject   *project = overview_project (self);
  g_autofree char *text =
    buntan_cyber_item_dup_answer_text (item, project, party_id, BUNTAN_CYBER_TEXT_SHORT);
  g_autofree char *spoken =
    buntan_cyber_item_dup_answer_text (item, project, party_id, BUNTAN_CYBER_TEXT_SPOKEN);

  /* Words, not a mark: the list's own type. */
  gtk_widget_remove_css_class (label, "matrix-mark");
  gtk_widget_add_css_class (label, "matrix-answer");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spoken != NULL ? spoken : _ ("Not asked"), -1);
}

static void
update_cell (BuntanMatrixView *self, GtkListItem *list_item)
{
  BuntanItem *item = gtk_list_item_get_item (list_item);
  GtkWidget  *child = gtk_list_item_get_child (list_item);
  CellKind    kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "cell-kind"));
  gboolean    gap;

  if (item == NULL || child == NULL)
    return;

  gap =
    self->matrix != NULL && buntan_matrix_item_has_gap (self->matrix, buntan_item_get_id (item));
  if (gap)
    gtk_widget_add_css_class (child, "gap");
  else
    gtk_widget_remove_css_class (child, "gap");

  switch (kind)
    {
    case CELL_NUMBER:
      {
        g_autofree char *number = dup_item_number (self, item);
        gboolean         changed = self->changed_items != NULL &&
                           g_hash_table_contains (self->changed_items, buntan_item_get_id (item));
        g_autofree char *marked = NULL;
        g_autofree char *description = NULL;

        if (changed)
          {
            /* TRANSLATORS: the short mark of a matrix row changed since an agreed version */
            marked = g_strdup_printf ("%s %s", number, C_ ("matrix mark", "Changed"));
            description = g_strdup_printf (_ ("Changed since version %u"), self->changed_version);
          }
        gtk_label_set_label (GTK_LABEL (child), changed ? marked : number);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        changed ? description : "", -1);
      }
      break;

    case CELL_TITLE:
      gtk_label_set_label (GTK_LABEL (child), buntan_item_get_title (item));
      break;

    case CELL_PARTY:
      if (is_cyber_checklist (self))
        {
          update_answer_cell (self, child, item,
                              g_object_get_data (G_OBJECT (list_item), "party-id"));
        }
      else
        {
          const char *party_id = g_object_get_data (G_OBJECT (list_item), "party-id");
          BuntanMark  mark = buntan_item_get_mark (item, party_id);
          gboolean    each = buntan_item_is_each (item);

          gtk_widget_remove_css_class (child, "matrix-answer");
          gtk_widget_add_css_class (child, "matrix-mark");
          gtk_label_set_wrap (GTK_LABEL (child), FALSE);
          gtk_label_set_label (GTK_LABEL (child), mark_text (mark, each));
          /* Screen readers would say "bullseye" for ◎. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          mark_name (mark, each), -1);
        }
      break;

    case CELL_STATUS:
      update_status_cell (self, child, item, gap);
      break;

    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
create_status_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, STATUS_CELL_SPACING);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *owner_note = gtk_label_new (NULL); /* 未定 or 共同: update_status_cell() */

  gtk_widget_add_css_class (icon, "gap-icon");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Gap"),
                                  -1);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_add_css_class (owner_note, "caption-heading");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), owner_note);

  return box;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanMatrixView *self)
{
  CellKind   kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cell-kind"));
  GtkWidget *child;

  switch (kind)
    {
    case CELL_NUMBER:
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_widget_add_css_class (child, "numeric");
      break;

    case CELL_TITLE:
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (child), 24);
      break;

    case CELL_PARTY:
      child = gtk_label_new (NULL);
      gtk_widget_add_css_class (child, "matrix-mark");
      g_object_set_data_full (G_OBJECT (list_item), "party-id",
                              g_strdup (g_object_get_data (G_OBJECT (factory), "party-id")),
                              g_free);
      break;

    case CELL_STATUS:
      child = create_status_cell ();
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_widget_add_css_class (child, "matrix-cell");
  gtk_list_item_set_child (list_item, child);
  g_object_set_data (G_OBJECT (list_item), "cell-kind", GINT_TO_POINTER (kind));
  g_hash_table_add (self->cells, list_item);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanMatrixView *self)
{
  update_cell (self, list_item);
}

static void
cell_teardown_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, BuntanMatrixView *self)
{
  g_hash_table_remove (self->cells, list_item);
}

static GtkColumnViewColumn *
create_column (BuntanMatrixView *self, CellKind kind, const char *title, const char *party_id)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "cell-kind", GINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (factory), "party-id", g_strdup (party_id), g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (cell_teardown_cb), self);

  return gtk_column_view_column_new (title, g_steal_pointer (&factory));
}

static void
add_fixed_columns (BuntanMatrixView *self)
{
  /* Translators: the column headers of the matrix: 項番, 項目, 状態. */
  g_autoptr (GtkColumnViewColumn) number = create_column (self, CELL_NUMBER, _ ("No."), NULL);
  g_autoptr (GtkColumnViewColumn) title = create_column (self, CELL_TITLE, _ ("Item"), NULL);
  g_autoptr (GtkColumnViewColumn) status = create_column (self, CELL_STATUS, _ ("Status"), NULL);

  gtk_column_view_column_set_expand (title, TRUE);
  gtk_column_view_column_set_resizable (title, TRUE);
  gtk_column_view_append_column (self->column_view, number);
  gtk_column_view_append_column (self->column_view, title);
  gtk_column_view_append_column (self->column_view, status);
}

static gboolean
party_columns_match (BuntanMatrixView *self)
{
  guint n = buntan_matrix_get_n_columns (self->matrix);

  if (n != self->party_columns->len)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      GtkColumnViewColumn *column = g_ptr_array_index (self->party_columns, i);
      GtkListItemFactory  *factory = gtk_column_view_column_get_factory (column);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (factory), "party-id"),
                     buntan_party_get_id (buntan_matrix_get_party (self->matrix, i))) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
remove_party_columns (BuntanMatrixView *self)
{
  for (guint i = 0; i < self->party_columns->len; i++)
    gtk_column_view_remove_column (self->column_view, g_ptr_array_index (self->party_columns, i));
  g_ptr_array_set_size (self->party_columns, 0);
}

static void
update_party_columns (BuntanMatrixView *self)
{
  guint n = buntan_matrix_get_n_columns (self->matrix);

  if (!party_columns_match (self))
    {
      remove_party_columns (self);

      for (guint i = 0; i < n; i++)
        {
          BuntanParty         *party = buntan_matrix_get_party (self->matrix, i);
          GtkColumnViewColumn *column =
            create_column (self, CELL_PARTY, NULL, buntan_party_get_id (party));

          /* After 項番 and 項目; its width follows its header (update_header ()). */
          gtk_column_view_insert_column (self->column_view, 2 + i, column);
          g_ptr_array_add (self->party_columns, column);
        }
    }

  /* Names change without the columns changing. */
  for (guint i = 0; i < n; i++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->matrix, i);

      gtk_column_view_column_set_title (g_ptr_array_index (self->party_columns, i),
                                        buntan_view_party_label (buntan_party_get_name (party),
                                                                 buntan_party_get_kind (party)));
    }
}

/* The item of the list's row @row. */
static BuntanItem *
row_item (BuntanMatrixView *self, guint row)
{
  return buntan_matrix_get_item (self->matrix, self->first_row + row);
}

/* The widest of the row numbers shown, as a header would need it. */
static int
measure_number_width (BuntanMatrixView *self)
{
  guint            n = self->matrix != NULL ? buntan_matrix_get_n_rows (self->matrix) : 0;
  g_autofree char *widest = NULL;
  glong            widest_length = 0;

  /* The digits are as wide as each other: the longest number is the widest. */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = dup_item_number (self, buntan_matrix_get_item (self->matrix, i));
      glong            length = g_utf8_strlen (number, -1);

      if (length > widest_length)
        {
          g_free (widest);
          widest = g_steal_pointer (&number);
          widest_length = length;
        }
    }

  return widest != NULL ? buntan_matrix_header_measure_text (self->header, widest) : 0;
}

/* A status cell shows the warning icon, the status and 担当未定 or 共同
 * (create_status_cell ()). */
static int
measure_status_width (BuntanMatrixView *self)
{
  int widest = 0;
  int undecided = MAX (buntan_matrix_header_measure_text (self->header, _ ("No owner yet")),
                       buntan_matrix_header_measure_text (self->header, _ ("Joint")));
  int padding = buntan_matrix_header_measure_text (self->header, "");

  for (guint status = 0; status < BUNTAN_N_ITEM_STATUSES; status++)
    widest =
      MAX (widest,
           buntan_matrix_header_measure_text (self->header, buntan_item_status_get_label (status)));

  /* Both texts were measured with a cell's padding: count it once. */
  return widest + undecided - padding + STATUS_ICON_SIZE + 2 * STATUS_CELL_SPACING;
}

static void
set_column_width (BuntanMatrixView *self, guint position, int width)
{
  g_autoptr (GtkColumnViewColumn) column =
    g_list_model_get_item (gtk_column_view_get_columns (self->column_view), position);

  if (gtk_column_view_column_get_fixed_width (column) != width)
    gtk_column_view_column_set_fixed_width (column, width);
}

/* The header row shows the parties' short names, the full names in
 * tooltips and to screen readers; every column but 項目 is as wide as its
 * content, and the header's labels as wide as their columns. */
static void
update_header (BuntanMatrixView *self)
{
  guint n_parties = self->party_columns->len;
  int   width;

  buntan_matrix_header_set_n_columns (self->header, 2 + n_parties + 1);

  width = MAX (buntan_matrix_header_measure_text (self->header, _ ("No.")),
               measure_number_width (self) + CELL_EXTRA_WIDTH);
  set_column_width (self, 0, width);
  buntan_matrix_header_set_column (self->header, 0, _ ("No."), NULL, width);
  buntan_matrix_header_set_column (self->header, 1, _ ("Item"), NULL, BUNTAN_MATRIX_HEADER_REST);

  for (guint i = 0; i < n_parties; i++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->matrix, i);
      const char  *full_name =
        buntan_view_party_label (buntan_party_get_name (party), buntan_party_get_kind (party));
      g_autofree char *short_name =
        buntan_party_dup_unique_short_name (party, buntan_project_get_parties (
                                                     buntan_overview_get_project (
                                                       buntan_overview_view_get_overview (
                                                         BUNTAN_OVERVIEW_VIEW (self)))));
      const char *shown = short_name != NULL && *short_name != '\0' ? short_name : full_name;

      width = buntan_matrix_header_measure_text (self->header, shown);
      /* An answer with its target date wraps at most once. */
      if (is_cyber_checklist (self))
        width = MAX (width, buntan_matrix_header_measure_text (self->header, "2027-03-31") +
                              buntan_matrix_header_measure_text (self->header, _ ("No")));
      width = CLAMP (width, MIN_PARTY_COLUMN_WIDTH, MAX_PARTY_COLUMN_WIDTH);
      set_column_width (self, 2 + i, width);
      /* Over the marks, which sit in the middle. */
      gtk_label_set_xalign (buntan_matrix_header_set_column (self->header, 2 + i, shown, full_name,
                                                             width),
                            0.5);
    }

  width = MAX (buntan_matrix_header_measure_text (self->header, _ ("Status")),
               measure_status_width (self) + CELL_EXTRA_WIDTH);
  set_column_width (self, 2 + n_parties, width);
  gtk_label_set_xalign (buntan_matrix_header_set_column (self->header, 2 + n_parties, _ ("Status"),
                                                         NULL, width),
                        0);
}

static void
update_rows (BuntanMatrixView *self)
{
  guint                n = self->n_rows;
  guint                old_n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint                prefix = 0;
  g_autofree gpointer *items = NULL;

  while (prefix < MIN (n, old_n))
    {
      g_autoptr (BuntanItem) shown = g_list_model_get_item (G_LIST_MODEL (self->rows), prefix);

      if (shown != row_item (self, prefix))
        break;
      prefix++;
    }

  /* Keep the rows (and the scroll position) when only their state changed. */
  if (prefix == n && prefix == old_n)
    return;

  /* Other rows from the first on (another project, Part 1 in or out): the
   * list starts again, emptied first so that it fills in batches
   * (buntan-batched-list.c), as 200 rows of 20 parties' cells took 200 ms
   * at once. */
  if (prefix == 0 && old_n > 0)
    {
      g_list_store_remove_all (self->rows);
      old_n = 0;
    }

  items = g_new (gpointer, n - prefix + 1);
  for (guint i = prefix; i < n; i++)
    items[i - prefix] = row_item (self, i);
  g_list_store_splice (self->rows, prefix, old_n - prefix, items, n - prefix);
}

static void
update_count (BuntanMatrixView *self)
{
  guint            n = self->n_rows;
  guint            gaps = 0;
  g_autofree char *items = NULL;
  g_autofree char *text = NULL;

  if (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)) != NULL)
    gaps =
      buntan_overview_count_gaps (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)),
                                  2) +
      (self->include_part1 ? buntan_overview_count_gaps (buntan_overview_view_get_overview (
                                                           BUNTAN_OVERVIEW_VIEW (self)),
                                                         1)
                           : 0);

  items = g_strdup_printf (ngettext ("%u item", "%u items", n), n);
  /* Translators: the first %s is "N items"; %u counts the rows with a gap. */
  text = g_strdup_printf (ngettext ("%s, %u with a gap", "%s, %u with gaps", gaps), items, gaps);
  gtk_label_set_label (self->count_label, text);
}

static void
collect_gap_messages (BuntanMatrixView *self)
{
  GPtrArray *gaps = buntan_matrix_get_gaps (self->matrix);

  g_hash_table_remove_all (self->gap_messages);
  for (guint i = 0; i < gaps->len; i++)
    {
      BuntanGap  *gap = g_ptr_array_index (gaps, i);
      const char *item_id = buntan_gap_get_item_id (gap);

      if (item_id != NULL && !g_hash_table_contains (self->gap_messages, item_id))
        g_hash_table_insert (self->gap_messages, g_strdup (item_id),
                             g_strdup (buntan_gap_get_message (gap)));
    }
}

/* ◎, ○ and △ mean nothing where the columns show answers. */
static void
update_legend (BuntanMatrixView *self)
{
  if (self->marks_legend == NULL)
    self->marks_legend = g_strdup (gtk_label_get_label (self->legend_label));

  if (is_cyber_checklist (self))
    gtk_label_set_label (self->legend_label,
                         _ ("Each vendor's column shows its answer: Yes, No with its target date, "
                            "or Not answered; the hospital's column its own answers on Part 1. "
                            "Highlighted rows still have a gap."));
  else
    gtk_label_set_label (self->legend_label, self->marks_legend);
}

static void
rebuild (BuntanMatrixView *self)
{
  GHashTableIter iter;
  gpointer       list_item;

  g_clear_object (&self->matrix);
  g_hash_table_remove_all (self->gap_messages);
  self->first_row = self->n_rows = 0;

  if (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)) != NULL)
    {
      guint first_part = self->include_part1 ? 1 : 2;

      self->matrix = g_object_ref (buntan_overview_get_matrix (
        buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self))));
      self->first_row = buntan_overview_get_first_row (buntan_overview_view_get_overview (
                                                         BUNTAN_OVERVIEW_VIEW (self)),
                                                       first_part);
      self->n_rows = buntan_matrix_get_n_rows (self->matrix) - self->first_row;
      collect_gap_messages (self);
      update_party_columns (self);
    }
  else
    {
      remove_party_columns (self);
    }
  update_header (self);
  update_legend (self);

  update_rows (self);
  update_count (self);

  /* Rows that stayed are shown by cells already bound: bring them up to date. */
  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_cell (self, list_item);
}

/* Our header row goes above the list, in place of GTK's own. */
static void
add_header (BuntanMatrixView *self)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (self->column_view));
  GtkWidget *own_header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));

  g_assert (GTK_IS_SCROLLED_WINDOW (scroller));
  g_assert (own_header != NULL && g_str_equal (gtk_widget_get_css_name (own_header), "header"));
  gtk_widget_set_visible (own_header, FALSE);

  self->header = BUNTAN_MATRIX_HEADER (buntan_matrix_header_new ());
  buntan_matrix_header_set_hadjustment (self->header, gtk_scrolled_window_get_hadjustment (
                                                        GTK_SCROLLED_WINDOW (scroller)));
  gtk_widget_insert_before (GTK_WIDGET (self->header), gtk_widget_get_parent (scroller), scroller);
  update_header (self);
}

static void
column_view_activate_cb (BuntanMatrixView *self, guint position, GtkColumnView *column_view)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_autoptr (BuntanItem) item = g_list_model_get_item (model, position);

  if (item != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, buntan_item_get_id (item));
}

/* The rows changed since the version in force are marked while the check
 * is on; the set comes from the project's BuntanChangedSince, compared
 * once per burst of changes for every view. */
static void
update_changes (BuntanMatrixView *self)
{
  BuntanProject *project = buntan_overview_view_get_project (BUNTAN_OVERVIEW_VIEW (self));
  guint          version = project != NULL ? buntan_changed_since_get_default_version (project) : 0;
  g_autofree char *label = NULL;

  g_clear_pointer (&self->changed_items, g_hash_table_unref);
  self->changed_version = version;
  if (version > 0 && gtk_check_button_get_active (self->changes_check))
    self->changed_items =
      buntan_changed_since_dup_items (buntan_project_get_changed_since (project), version, NULL);

  label = version > 0 ? g_strdup_printf (_ ("Mark Changes Since Version %u"), version)
                      : g_strdup (_ ("Mark Changes"));
  gtk_check_button_set_label (self->changes_check, label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->changes_check), version > 0);
  gtk_widget_set_tooltip_text (
    GTK_WIDGET (self->changes_check),
    version > 0 ? _ ("Mark the rows changed since the version in force")
                : _ ("No version is agreed yet: once one is, this marks what changed since"));
}

static void
changes_toggled_cb (BuntanMatrixView *self)
{
  update_changes (self);
  rebuild (self);
}

static void
buntan_matrix_view_update (BuntanOverviewView *view)
{
  update_changes (BUNTAN_MATRIX_VIEW (view));
  rebuild (BUNTAN_MATRIX_VIEW (view));
}

static void
buntan_matrix_view_dispose (GObject *object)
{
  BuntanMatrixView *self = (BuntanMatrixView *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_MATRIX_VIEW);
  buntan_view_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->matrix);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (buntan_matrix_view_parent_class)->dispose (object);
}

static void
buntan_matrix_view_finalize (GObject *object)
{
  BuntanMatrixView *self = (BuntanMatrixView *) object;

  g_clear_pointer (&self->party_columns, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->gap_messages, g_hash_table_unref);
  g_clear_pointer (&self->marks_legend, g_free);
  g_clear_pointer (&self->changed_items, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_matrix_view_parent_class)->finalize (object);
}

static void
buntan_matrix_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanMatrixView *self = BUNTAN_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_PART1:
      g_value_set_boolean (value, self->include_part1);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_matrix_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BuntanMatrixView *self = BUNTAN_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_INCLUDE_PART1:
      buntan_matrix_view_set_include_part1 (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_matrix_view_class_init (BuntanMatrixViewClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  BuntanOverviewViewClass *view_class = BUNTAN_OVERVIEW_VIEW_CLASS (klass);

  object_class->dispose = buntan_matrix_view_dispose;
  view_class->update = buntan_matrix_view_update;
  object_class->finalize = buntan_matrix_view_finalize;
  object_class->get_property = buntan_matrix_view_get_property;
  object_class->set_property = buntan_matrix_view_set_property;

  properties[PROP_INCLUDE_PART1] =
    g_param_spec_boolean ("include-part1", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-matrix-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, part1_check);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, count_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, legend_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMatrixView, changes_check);
  gtk_widget_class_bind_template_callback (widget_class, changes_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "matrixview");
}

static void
buntan_matrix_view_init (BuntanMatrixView *self)
{
  g_autoptr (GtkSingleSelection) selection = NULL;
  g_autoptr (BuntanBatchedList) batched = NULL;

  self->rows = g_list_store_new (BUNTAN_TYPE_ITEM);
  self->party_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_hash_table_new (NULL, NULL);
  self->gap_messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  buntan_view_ensure_style ();

  /* Every row's cells cost: even a short list grows in batches. */
  batched = buntan_batched_list_new (G_LIST_MODEL (self->rows), 0);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (batched)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  add_fixed_columns (self);
  add_header (self);

  g_object_bind_property (self, "include-part1", self->part1_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_count (self);
  update_changes (self);
}

GtkWidget *
buntan_matrix_view_new (void)
{
  return g_object_new (BUNTAN_TYPE_MATRIX_VIEW, NULL);
}

/* The project and its overview are the base class's
 * (buntan-overview-view.c); these keep the names the window and the tests
 * know. */
BuntanProject *
buntan_matrix_view_get_project (BuntanMatrixView *self)
{
  return buntan_overview_view_get_project (BUNTAN_OVERVIEW_VIEW (self));
}

void
buntan_matrix_view_set_project (BuntanMatrixView *self, BuntanProject *project)
{
  buntan_overview_view_set_project (BUNTAN_OVERVIEW_VIEW (self), project);
}

void
buntan_matrix_view_set_overview (BuntanMatrixView *self, BuntanOverview *overview)
{
  buntan_overview_view_set_overview (BUNTAN_OVERVIEW_VIEW (self), overview);
}

gboolean
buntan_matrix_view_get_include_part1 (BuntanMatrixView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX_VIEW (self), FALSE);

  return self->include_part1;
}

void
buntan_matrix_view_set_include_part1 (BuntanMatrixView *self, gboolean include_part1)
{
  g_return_if_fail (BUNTAN_IS_MATRIX_VIEW (self));

  include_part1 = !!include_part1;
  if (self->include_part1 == include_part1)
    return;

  self->include_part1 = include_part1;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_PART1]);
}

/**
 * buntan_matrix_view_get_matrix:
 * @self: a matrix view
 *
 * Returns: (transfer none) (nullable): the matrix shown now
 */
BuntanMatrix *
buntan_matrix_view_get_matrix (BuntanMatrixView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MATRIX_VIEW (self), NULL);

  return self->matrix;
}
