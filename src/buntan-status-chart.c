/* buntan-status-chart.c — stacked bars of the items' statuses, per Part and per party
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "buntan-status-chart.h"
#include "buntan-view-util.h"

struct _BuntanStatusChart
{
  BuntanOverviewView parent_instance;

  GArray *bars;  /* of BuntanChartBar */
  guint   scale; /* the longest bar's total: the full width */
  char   *description;

  /* The children, top to bottom: the legend, then per group a heading and
   * per bar a caption and one box per status (in drawing order, hidden at
   * zero). Plain widgets coloured by CSS; this file only sizes them. */
  GtkWidget *legend;
  GPtrArray *headings; /* GtkLabel: before the first bar of each group */
  GPtrArray *captions; /* GtkLabel, one per bar */
  GPtrArray *segments; /* GtkBox, BUNTAN_N_ITEM_STATUSES per bar */
  GArray    *bounds;   /* graphene_rect_t per bar, as last allocated */
};

G_DEFINE_FINAL_TYPE (BuntanStatusChart, buntan_status_chart, BUNTAN_TYPE_OVERVIEW_VIEW)


/* Left to right, as a progress bar fills: what is done first, what will not
 * be done last. The legend follows the same order. */
static const BuntanItemStatus drawing_order[BUNTAN_N_ITEM_STATUSES] = {
  BUNTAN_ITEM_STATUS_AGREED,
  BUNTAN_ITEM_STATUS_DISCUSSING,
  BUNTAN_ITEM_STATUS_OPEN,
  BUNTAN_ITEM_STATUS_NOT_APPLICABLE,
};

/* Space between two segments of a bar, in pixels: tells neighbours apart
 * even where colours are hard to tell apart. */
#define SEGMENT_GAP 2

/* The CSS class of each status's boxes (buntan-views.css colours them). */
static const char *const status_classes[BUNTAN_N_ITEM_STATUSES] = {
  [BUNTAN_ITEM_STATUS_OPEN] = "open",
  [BUNTAN_ITEM_STATUS_DISCUSSING] = "discussing",
  [BUNTAN_ITEM_STATUS_AGREED] = "agreed",
  [BUNTAN_ITEM_STATUS_NOT_APPLICABLE] = "not-applicable",
};

static void
bar_clear (BuntanChartBar *bar)
{
  g_clear_pointer (&bar->id, g_free);
  g_clear_pointer (&bar->name, g_free);
}

/* The overview's numbers for one bar: @column is the party's column of the
 * matrix for a party bar, the Part for a Part bar. */
static void
add_bar (BuntanStatusChart *self,
         BuntanChartBarKind kind,
         const char        *id,
         const char        *name,
         guint              column)
{
  BuntanChartBar bar = { .kind = kind, .id = g_strdup (id), .name = g_strdup (name) };

  for (guint s = 0; s < BUNTAN_N_ITEM_STATUSES; s++)
    {
      switch (kind)
        {
        case BUNTAN_CHART_BAR_PART:
          bar.counts[s] = buntan_overview_count_status (buntan_overview_view_get_overview (
                                                          BUNTAN_OVERVIEW_VIEW (self)),
                                                        column, s);
          break;
        case BUNTAN_CHART_BAR_PARTY:
          bar.counts[s] = buntan_overview_count_marks_in_status (buntan_overview_view_get_overview (
                                                                   BUNTAN_OVERVIEW_VIEW (self)),
                                                                 0, column, BUNTAN_MARK_LEAD, s);
          break;
        case BUNTAN_CHART_BAR_NO_OWNER:
        default:
          bar.counts[s] =
            buntan_overview_count_undecided_in_status (buntan_overview_view_get_overview (
                                                         BUNTAN_OVERVIEW_VIEW (self)),
                                                       0, s);
          break;
        }
      bar.total += bar.counts[s];
    }
  if (kind == BUNTAN_CHART_BAR_PARTY)
    bar.supporting =
      buntan_overview_count_marks (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)),
                                   0, column, BUNTAN_MARK_SUPPORT);
  self->scale = MAX (self->scale, bar.total);
  g_array_append_val (self->bars, bar);
}

/* "19 agreed, 5 under discussion, 6 not started, 1 not applicable", without
 * the statuses no item is in: a listener need not hear "0" four times. */
static char *
dup_status_phrases (const BuntanChartBar *bar)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < BUNTAN_N_ITEM_STATUSES; i++)
    {
      BuntanItemStatus status = drawing_order[i];
      guint            n = bar->counts[status];

      if (n == 0)
        continue;
      if (text->len > 0)
        /* Translators: between the parts of "19 agreed, 5 under discussion, …" */
        g_string_append (text, _ (", "));

      switch (status)
        {
        case BUNTAN_ITEM_STATUS_AGREED:
          g_string_append_printf (text, ngettext ("%u agreed", "%u agreed", n), n);
          break;
        case BUNTAN_ITEM_STATUS_DISCUSSING:
          g_string_append_printf (text, ngettext ("%u under discussion", "%u under discussion", n),
                                  n);
          break;
        case BUNTAN_ITEM_STATUS_OPEN:
          g_string_append_printf (text, ngettext ("%u not started", "%u not started", n), n);
          break;
        case BUNTAN_ITEM_STATUS_NOT_APPLICABLE:
        default:
          g_string_append_printf (text, ngettext ("%u not applicable", "%u not applicable", n), n);
          break;
        }
    }

  return g_string_free (text, FALSE);
}

/* What a screen reader says for one bar: every number in words. */
static void
describe_bar (GString *text, const BuntanChartBar *bar)
{
  g_autofree char *phrases = dup_status_phrases (bar);

  if (text->len > 0)
    g_string_append_c (text, ' ');

  switch (bar->kind)
    {
    case BUNTAN_CHART_BAR_PART:
      if (bar->total == 0)
        g_string_append_printf (text, _ ("%s: no items."), bar->name);
      else
        /* Translators: "Part 2: 31 items, 19 agreed, 5 under discussion, …" */
        g_string_append_printf (text,
                                ngettext ("%s: %u item, %s.", "%s: %u items, %s.", bar->total),
                                bar->name, bar->total, phrases);
      break;

    case BUNTAN_CHART_BAR_PARTY:
      if (bar->total == 0)
        g_string_append_printf (text, _ ("%s leads no items."), bar->name);
      else
        /* Translators: "Vendor A leads 12 items: 8 agreed, 2 under discussion, …" */
        g_string_append_printf (text,
                                ngettext ("%s leads %u item: %s.", "%s leads %u items: %s.",
                                          bar->total),
                                bar->name, bar->total, phrases);
      g_string_append_c (text, ' ');
      if (bar->supporting == 0)
        g_string_append (text, _ ("It supports no items."));
      else
        g_string_append_printf (text,
                                ngettext ("It supports %u item.", "It supports %u items.",
                                          bar->supporting),
                                bar->supporting);
      break;

    case BUNTAN_CHART_BAR_NO_OWNER:
    default:
      if (bar->total == 0)
        g_string_append (text, _ ("Every item has an owner."));
      else
        /* Translators: "No owner yet: 8 items, 0 agreed, 1 under discussion, …" */
        g_string_append_printf (text,
                                ngettext ("No owner yet: %u item, %s.",
                                          "No owner yet: %u items, %s.", bar->total),
                                bar->total, phrases);
      break;
    }
}

/* The numbers beside a bar's name: "31 items · 19 agreed". */
static char *
dup_bar_caption (const BuntanChartBar *bar)
{
  guint agreed = bar->counts[BUNTAN_ITEM_STATUS_AGREED];

  switch (bar->kind)
    {
    case BUNTAN_CHART_BAR_PART:
      /* Translators: beside a Part's bar */
      return g_strdup_printf (ngettext ("%u item · %u agreed", "%u items · %u agreed", bar->total),
                              bar->total, agreed);

    case BUNTAN_CHART_BAR_PARTY:
      /* Translators: beside a party's bar; ◎ and ○ are the marks of the
       * responsibility matrix */
      return g_strdup_printf (_ ("Leads ◎ %u · %u agreed · supports ○ %u"), bar->total, agreed,
                              bar->supporting);

    case BUNTAN_CHART_BAR_NO_OWNER:
    default:
      if (bar->total == 0)
        return g_strdup (_ ("None: every item has an owner"));
      return g_strdup_printf (ngettext ("%u item", "%u items", bar->total), bar->total);
    }
}

/* Children ------------------------------------------------------------------ */

static GtkWidget *
create_segment (BuntanItemStatus status)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, "chart-segment");
  gtk_widget_add_css_class (box, status_classes[status]);
  return box;
}

static GtkWidget *
create_legend (BuntanStatusChart *self)
{
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  for (guint i = 0; i < BUNTAN_N_ITEM_STATUSES; i++)
    {
      GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = create_segment (drawing_order[i]);

      gtk_widget_add_css_class (swatch, "chart-swatch");
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (entry), swatch);
      gtk_box_append (GTK_BOX (entry),
                      gtk_label_new (buntan_item_status_get_label (drawing_order[i])));
      gtk_box_append (GTK_BOX (legend), entry);
    }
  gtk_widget_set_parent (legend, GTK_WIDGET (self));

  return legend;
}

static GtkWidget *
add_label (BuntanStatusChart *self, GPtrArray *array, const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  g_ptr_array_add (array, label);

  return label;
}

static void
remove_children (BuntanStatusChart *self, GPtrArray *array)
{
  for (guint i = 0; i < array->len; i++)
    gtk_widget_unparent (g_ptr_array_index (array, i));
  g_ptr_array_set_size (array, 0);
}

/* One caption and one box per status for each bar, a heading for each group. */
static void
create_bar_children (BuntanStatusChart *self)
{
  remove_children (self, self->headings);
  remove_children (self, self->captions);
  remove_children (self, self->segments);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const BuntanChartBar *bar = &g_array_index (self->bars, BuntanChartBar, i);
      g_autofree char      *caption = dup_bar_caption (bar);
      g_autofree char      *text = g_strdup_printf ("%s — %s", bar->name, caption);

      if (i == 0)
        add_label (self, self->headings, _ ("Items in each Part"), "chart-heading");
      else if (bar->kind == BUNTAN_CHART_BAR_PARTY &&
               g_array_index (self->bars, BuntanChartBar, i - 1).kind == BUNTAN_CHART_BAR_PART)
        add_label (self, self->headings, _ ("Items each party leads (◎)"), "chart-heading");
      add_label (self, self->captions, text, "chart-caption");

      for (guint j = 0; j < BUNTAN_N_ITEM_STATUSES; j++)
        {
          BuntanItemStatus status = drawing_order[j];
          GtkWidget       *segment = create_segment (status);
          /* Translators: a tooltip: "Part 2 — Agreed: 19 of 31" */
          g_autofree char *tip = g_strdup_printf (_ ("%s — %s: %u of %u"), bar->name,
                                                  buntan_item_status_get_label (status),
                                                  bar->counts[status], bar->total);

          buntan_view_set_tooltip (segment, tip);
          gtk_widget_set_parent (segment, GTK_WIDGET (self));
          g_ptr_array_add (self->segments, segment);
        }
    }
}

static void
rebuild (BuntanStatusChart *self)
{
  g_autoptr (GString) description = g_string_new (NULL);

  g_array_set_size (self->bars, 0);
  self->scale = 0;

  if (buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)) != NULL)
    {
      BuntanMatrix *matrix = buntan_overview_get_matrix (
        buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self)));
      /* A cyber-security checklist has nobody leading: its parties' sheets
       * are counted under the chart (buntan-summary-view.c). */
      gboolean by_party = !buntan_cyber_checklist_applies (buntan_overview_get_project (
        buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self))));

      for (guint part = 1; part <= 2; part++)
        {
          g_autofree char *id = g_strdup_printf ("part-%u", part);
          g_autofree char *name = g_strdup_printf (_ ("Part %u"), part);

          add_bar (self, BUNTAN_CHART_BAR_PART, id, name, part);
        }

      /* Hospital first, as in the matrix. */
      for (guint column = 0; by_party && column < buntan_matrix_get_n_columns (matrix); column++)
        {
          BuntanParty *party = buntan_matrix_get_party (matrix, column);

          add_bar (self, BUNTAN_CHART_BAR_PARTY, buntan_party_get_id (party),
                   buntan_view_party_label (buntan_party_get_name (party),
                                            buntan_party_get_kind (party)),
                   column);
        }

      if (by_party)
        add_bar (self, BUNTAN_CHART_BAR_NO_OWNER, "no-owner", _ ("No owner yet"), 0);
    }

  create_bar_children (self);

  for (guint i = 0; i < self->bars->len; i++)
    describe_bar (description, &g_array_index (self->bars, BuntanChartBar, i));
  if (description->len == 0)
    g_string_append (description, _ ("No project"));

  if (g_strcmp0 (self->description, description->str) != 0)
    {
      g_free (self->description);
      self->description = g_strdup (description->str);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      self->description, -1);
    }

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Layout -------------------------------------------------------------------- */

static int
measure_height (GtkWidget *child, int width)
{
  int height;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  return height;
}

static void
place (GtkWidget *child, int allocate, int x, int y, int width, int height)
{
  if (allocate)
    gtk_widget_size_allocate (child, &(GtkAllocation){ x, y, width, height }, -1);
}

/* Walks the children from the top at @width, allocating them if @allocate;
 * returns the height. Measuring and allocating share it, so they agree. */
static int
lay_out (BuntanStatusChart *self, int width, gboolean allocate)
{
  int   y = 0, spacing = 6, heading = 0;
  guint n = self->bars->len;

  width = MAX (width, 1);
  place (self->legend, allocate, 0, 0, width, measure_height (self->legend, width));
  y += measure_height (self->legend, width);
  if (allocate)
    g_array_set_size (self->bounds, n);

  for (guint i = 0; i < n; i++)
    {
      const BuntanChartBar *bar = &g_array_index (self->bars, BuntanChartBar, i);
      GtkWidget            *caption = g_ptr_array_index (self->captions, i);
      GtkWidget **segments = (GtkWidget **) &self->segments->pdata[i * BUNTAN_N_ITEM_STATUSES];
      int         bar_height = measure_height (segments[0], width);
      double      per_item = self->scale > 0 ? (double) width / self->scale : 0;
      double      done = 0;
      int         x = 0;

      if (heading < (int) self->headings->len &&
          (i == 0 ||
           (bar->kind == BUNTAN_CHART_BAR_PARTY &&
            g_array_index (self->bars, BuntanChartBar, i - 1).kind == BUNTAN_CHART_BAR_PART)))
        {
          GtkWidget *label = g_ptr_array_index (self->headings, heading++);
          int        height = measure_height (label, width);

          y += spacing * 3;
          place (label, allocate, 0, y, width, height);
          y += height + spacing;
        }
      else
        y += spacing * 2;

      place (caption, allocate, 0, y, width, measure_height (caption, width));
      y += measure_height (caption, width) + spacing / 2;

      /* Left to right, each box as long as its share of the longest bar;
       * ends are rounded from the running total, so boxes never drift. */
      for (guint j = 0; j < BUNTAN_N_ITEM_STATUSES; j++)
        {
          guint count = bar->counts[drawing_order[j]];
          int   end;

          done += count;
          end = (int) (done * per_item + 0.5);
          gtk_widget_set_child_visible (segments[j], count > 0);
          place (segments[j], allocate && count > 0, x, y, MAX (end - x - SEGMENT_GAP, 1),
                 bar_height);
          x = end;
        }

      if (allocate)
        g_array_index (self->bounds, graphene_rect_t, i) =
          GRAPHENE_RECT_INIT (0, y, width, bar_height);
      y += bar_height;
    }

  return y;
}

static void
buntan_status_chart_measure (GtkWidget     *widget,
                             GtkOrientation orientation,
                             int            for_size,
                             int           *minimum,
                             int           *natural,
                             int           *minimum_baseline,
                             int           *natural_baseline)
{
  BuntanStatusChart *self = BUNTAN_STATUS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* As wide as the legend; captions wrap. */
      gtk_widget_measure (self->legend, orientation, -1, minimum, natural, NULL, NULL);
    }
  else
    {
      int width = for_size;

      if (width < 0)
        gtk_widget_measure (self->legend, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
      *minimum = *natural = lay_out (self, width, FALSE);
    }
}

static GtkSizeRequestMode
buntan_status_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
buntan_status_chart_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  lay_out (BUNTAN_STATUS_CHART (widget), width, TRUE);
}

static void
buntan_status_chart_update (BuntanOverviewView *view)
{
  rebuild (BUNTAN_STATUS_CHART (view));
}

static void
buntan_status_chart_dispose (GObject *object)
{
  BuntanStatusChart *self = (BuntanStatusChart *) object;

  g_clear_pointer (&self->legend, gtk_widget_unparent);
  if (self->headings != NULL)
    {
      remove_children (self, self->headings);
      remove_children (self, self->captions);
      remove_children (self, self->segments);
    }

  G_OBJECT_CLASS (buntan_status_chart_parent_class)->dispose (object);
}

static void
buntan_status_chart_finalize (GObject *object)
{
  BuntanStatusChart *self = (BuntanStatusChart *) object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_pointer (&self->captions, g_ptr_array_unref);
  g_clear_pointer (&self->segments, g_ptr_array_unref);
  g_clear_pointer (&self->bounds, g_array_unref);

  G_OBJECT_CLASS (buntan_status_chart_parent_class)->finalize (object);
}

static void
buntan_status_chart_class_init (BuntanStatusChartClass *klass)
{
  GObjectClass            *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass          *widget_class = GTK_WIDGET_CLASS (klass);
  BuntanOverviewViewClass *view_class = BUNTAN_OVERVIEW_VIEW_CLASS (klass);

  object_class->dispose = buntan_status_chart_dispose;
  view_class->update = buntan_status_chart_update;
  object_class->finalize = buntan_status_chart_finalize;

  widget_class->measure = buntan_status_chart_measure;
  widget_class->get_request_mode = buntan_status_chart_get_request_mode;
  widget_class->size_allocate = buntan_status_chart_size_allocate;


  gtk_widget_class_set_css_name (widget_class, "statuschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
buntan_status_chart_init (BuntanStatusChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (BuntanChartBar));
  g_array_set_clear_func (self->bars, (GDestroyNotify) bar_clear);

  self->headings = g_ptr_array_new ();
  self->captions = g_ptr_array_new ();
  self->segments = g_ptr_array_new ();
  self->bounds = g_array_new (FALSE, TRUE, sizeof (graphene_rect_t));
  self->legend = create_legend (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Status of the items by Part and by party"), -1);

  rebuild (self);
}

GtkWidget *
buntan_status_chart_new (void)
{
  return g_object_new (BUNTAN_TYPE_STATUS_CHART, NULL);
}

/* The project and its overview are the base class's
 * (buntan-overview-view.c); these keep the names the window and the tests
 * know. */
BuntanProject *
buntan_status_chart_get_project (BuntanStatusChart *self)
{
  return buntan_overview_view_get_project (BUNTAN_OVERVIEW_VIEW (self));
}

void
buntan_status_chart_set_project (BuntanStatusChart *self, BuntanProject *project)
{
  buntan_overview_view_set_project (BUNTAN_OVERVIEW_VIEW (self), project);
}

void
buntan_status_chart_set_overview (BuntanStatusChart *self, BuntanOverview *overview)
{
  buntan_overview_view_set_overview (BUNTAN_OVERVIEW_VIEW (self), overview);
}

guint
buntan_status_chart_get_n_bars (BuntanStatusChart *self)
{
  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), 0);

  return self->bars->len;
}

/**
 * buntan_status_chart_get_bar:
 * @self: a status chart
 * @index: a bar, from the top
 *
 * Returns: (transfer none): what the bar shows, valid until the next rebuild
 */
const BuntanChartBar *
buntan_status_chart_get_bar (BuntanStatusChart *self, guint index)
{
  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return &g_array_index (self->bars, BuntanChartBar, index);
}

/**
 * buntan_status_chart_find_bar:
 * @self: a status chart
 * @id: "part-1", "part-2", a party's id or "no-owner"
 *
 * Returns: (transfer none) (nullable): the bar with that id
 */
const BuntanChartBar *
buntan_status_chart_find_bar (BuntanStatusChart *self, const char *id)
{
  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), NULL);

  for (guint i = 0; i < self->bars->len; i++)
    if (g_strcmp0 (g_array_index (self->bars, BuntanChartBar, i).id, id) == 0)
      return &g_array_index (self->bars, BuntanChartBar, i);

  return NULL;
}

/**
 * buntan_status_chart_get_bar_bounds:
 * @self: a status chart
 * @id: the bar's id
 * @bounds: (out): where the bar's boxes were last allocated
 *
 * Returns: %TRUE if there is such a bar
 */
gboolean
buntan_status_chart_get_bar_bounds (BuntanStatusChart *self,
                                    const char        *id,
                                    graphene_rect_t   *bounds)
{
  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), FALSE);
  g_return_val_if_fail (id != NULL && bounds != NULL, FALSE);

  for (guint i = 0; i < self->bars->len && i < self->bounds->len; i++)
    if (g_strcmp0 (g_array_index (self->bars, BuntanChartBar, i).id, id) == 0)
      {
        *bounds = g_array_index (self->bounds, graphene_rect_t, i);
        return TRUE;
      }

  return FALSE;
}

/**
 * buntan_status_chart_get_description:
 * @self: a status chart
 *
 * Returns: the chart's numbers in words, as given to assistive technologies
 */
const char *
buntan_status_chart_get_description (BuntanStatusChart *self)
{
  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), NULL);

  return self->description;
}
