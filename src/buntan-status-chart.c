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
  GtkWidget parent_instance;

  BuntanOverview *overview; /* the summary's, or one of its own (set_project()) */
  GArray         *bars;     /* of BuntanChartBar */
  guint           scale;    /* the longest bar's total: the full width */
  char           *description;
};

G_DEFINE_FINAL_TYPE (BuntanStatusChart, buntan_status_chart, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

typedef struct
{
  GdkRGBA fg;
  GdkRGBA dim;
  GdkRGBA fill[BUNTAN_N_ITEM_STATUSES];
  GdkRGBA on_fill[BUNTAN_N_ITEM_STATUSES];
  GdkRGBA hatch;
} Colors;

/* One pass over the chart's geometry. Drawing, measuring, finding a bar and
 * finding what is under the pointer all walk the same pass, so they cannot
 * disagree about where things are. */
typedef struct
{
  BuntanStatusChart *self;
  GtkSnapshot       *snapshot; /* NULL: measure only */
  int                width;
  int                line; /* height of a line of text */
  const Colors      *colors;

  const char      *find_id; /* the bar whose bounds are wanted */
  graphene_rect_t *found;
  gboolean         found_it;

  double                hit_x; /* the point to look under, or -1 */
  double                hit_y;
  const BuntanChartBar *hit_bar;
  int                   hit_status; /* a BuntanItemStatus, or -1 for the label */
} Pass;

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
          bar.counts[s] = buntan_overview_count_status (self->overview, column, s);
          break;
        case BUNTAN_CHART_BAR_PARTY:
          bar.counts[s] =
            buntan_overview_count_marks_in_status (self->overview, 0, column, BUNTAN_MARK_LEAD, s);
          break;
        case BUNTAN_CHART_BAR_NO_OWNER:
        default:
          bar.counts[s] = buntan_overview_count_undecided_in_status (self->overview, 0, s);
          break;
        }
      bar.total += bar.counts[s];
    }
  if (kind == BUNTAN_CHART_BAR_PARTY)
    bar.supporting = buntan_overview_count_marks (self->overview, 0, column, BUNTAN_MARK_SUPPORT);
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

static void
rebuild (BuntanStatusChart *self)
{
  g_autoptr (GString) description = g_string_new (NULL);

  g_array_set_size (self->bars, 0);
  self->scale = 0;

  if (self->overview != NULL)
    {
      BuntanMatrix *matrix = buntan_overview_get_matrix (self->overview);

      for (guint part = 1; part <= 2; part++)
        {
          g_autofree char *id = g_strdup_printf ("part-%u", part);
          g_autofree char *name = g_strdup_printf (_ ("Part %u"), part);

          add_bar (self, BUNTAN_CHART_BAR_PART, id, name, part);
        }

      /* Hospital first, as in the matrix. */
      for (guint column = 0; column < buntan_matrix_get_n_columns (matrix); column++)
        {
          BuntanParty *party = buntan_matrix_get_party (matrix, column);

          add_bar (self, BUNTAN_CHART_BAR_PARTY, buntan_party_get_id (party),
                   buntan_view_party_label (buntan_party_get_name (party),
                                            buntan_party_get_kind (party)),
                   column);
        }

      add_bar (self, BUNTAN_CHART_BAR_NO_OWNER, "no-owner", _ ("No owner yet"), 0);
    }

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

static void
lookup_color (GtkStyleContext *context, const char *name, const char *fallback, GdkRGBA *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static GdkRGBA
with_alpha (const GdkRGBA *color, float alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

/* Relative luminance with a gamma of 2: close enough to choose between dark
 * and light text, and no libm. */
static double
get_luminance (const GdkRGBA *color)
{
  return 0.2126 * color->red * color->red + 0.7152 * color->green * color->green +
         0.0722 * color->blue * color->blue;
}

/* @top painted over the opaque @bottom */
static GdkRGBA
blend (const GdkRGBA *top, const GdkRGBA *bottom)
{
  GdkRGBA seen = {
    top->red * top->alpha + bottom->red * (1 - top->alpha),
    top->green * top->alpha + bottom->green * (1 - top->alpha),
    top->blue * top->alpha + bottom->blue * (1 - top->alpha),
    1,
  };

  return seen;
}

static double
get_contrast (const GdkRGBA *text, const GdkRGBA *background)
{
  GdkRGBA seen = blend (text, background);
  double  a = get_luminance (&seen) + 0.05, b = get_luminance (background) + 0.05;

  return MAX (a, b) / MIN (a, b);
}

/* Keeps the style's text colour for a fill where it reads well (WCAG's
 * 4.5:1); otherwise takes dark or light text, whichever reads better:
 * white on Adwaita's light green does not. */
static void
ensure_readable (const GdkRGBA *fill, GdkRGBA *text)
{
  static const GdkRGBA dark = { 0, 0, 0, 0.87f }, light = { 1, 1, 1, 1 };

  if (get_contrast (text, fill) >= 4.5)
    return;

  *text = get_contrast (&dark, fill) >= get_contrast (&light, fill) ? dark : light;
}

/* libadwaita's named colours, so that the chart follows the light, dark and
 * high-contrast styles; the fallbacks are Adwaita's light colours. */
static void
get_colors (BuntanStatusChart *self, Colors *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA  window, card, open_seen;

  gtk_style_context_get_color (context, &colors->fg);
  colors->dim = high_contrast ? colors->fg : with_alpha (&colors->fg, 0.7f);

  lookup_color (context, "success_bg_color", "#26a269", &colors->fill[BUNTAN_ITEM_STATUS_AGREED]);
  lookup_color (context, "success_fg_color", "#ffffff",
                &colors->on_fill[BUNTAN_ITEM_STATUS_AGREED]);
  lookup_color (context, "warning_bg_color", "#e5a50a",
                &colors->fill[BUNTAN_ITEM_STATUS_DISCUSSING]);
  lookup_color (context, "warning_fg_color", "rgba(0,0,0,0.8)",
                &colors->on_fill[BUNTAN_ITEM_STATUS_DISCUSSING]);
  ensure_readable (&colors->fill[BUNTAN_ITEM_STATUS_AGREED],
                   &colors->on_fill[BUNTAN_ITEM_STATUS_AGREED]);
  ensure_readable (&colors->fill[BUNTAN_ITEM_STATUS_DISCUSSING],
                   &colors->on_fill[BUNTAN_ITEM_STATUS_DISCUSSING]);

  /* Shades of the text colour, so they sit on whatever background the
   * chart has; stronger in high contrast. The chart sits on a card. */
  colors->fill[BUNTAN_ITEM_STATUS_OPEN] = with_alpha (&colors->fg, high_contrast ? 0.45f : 0.25f);
  colors->on_fill[BUNTAN_ITEM_STATUS_OPEN] = colors->fg;
  lookup_color (context, "window_bg_color", "#fafafa", &window);
  lookup_color (context, "card_bg_color", "#ffffff", &card);
  card = blend (&card, &window);
  open_seen = blend (&colors->fill[BUNTAN_ITEM_STATUS_OPEN], &card);
  ensure_readable (&open_seen, &colors->on_fill[BUNTAN_ITEM_STATUS_OPEN]);

  colors->fill[BUNTAN_ITEM_STATUS_NOT_APPLICABLE] = with_alpha (&colors->fg, 0.06f);
  colors->on_fill[BUNTAN_ITEM_STATUS_NOT_APPLICABLE] = colors->fg;
  colors->hatch = with_alpha (&colors->fg, high_contrast ? 0.45f : 0.22f);
}

static PangoLayout *
create_layout (BuntanStatusChart *self, const char *text, gboolean bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  return layout;
}

/* The height of a line of text in the widget's font: every size of the
 * chart is a multiple of it, so the chart grows with the text. */
static int
get_line_height (BuntanStatusChart *self)
{
  g_autoptr (PangoLayout) layout = create_layout (self, "Ag 漢字", TRUE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return MAX (height, 1);
}

static void
draw_layout (Pass *pass, PangoLayout *layout, int x, int y, const GdkRGBA *color)
{
  if (pass->snapshot == NULL)
    return;

  gtk_snapshot_save (pass->snapshot);
  gtk_snapshot_translate (pass->snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (pass->snapshot, layout, color);
  gtk_snapshot_restore (pass->snapshot);
}

/* Diagonal stripes: "not applicable" stays legible without colour. */
static void
draw_hatch (Pass *pass, const graphene_rect_t *rect)
{
  cairo_t *cr = gtk_snapshot_append_cairo (pass->snapshot, rect);
  double   step = MAX (pass->line / 3.0, 4.0);

  gdk_cairo_set_source_rgba (cr, &pass->colors->hatch);
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, rect->origin.x, rect->origin.y, rect->size.width, rect->size.height);
  cairo_clip (cr);
  for (double x = rect->origin.x - rect->size.height; x < rect->origin.x + rect->size.width;
       x += step)
    {
      cairo_move_to (cr, x, rect->origin.y + rect->size.height);
      cairo_line_to (cr, x + rect->size.height, rect->origin.y);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
draw_swatch (Pass *pass, BuntanItemStatus status, int x, int y, int size)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y, size, size);
  GskRoundedRect  clip;

  if (pass->snapshot == NULL)
    return;

  gsk_rounded_rect_init_from_rect (&clip, &rect, size / 4.0f);
  gtk_snapshot_push_rounded_clip (pass->snapshot, &clip);
  gtk_snapshot_append_color (pass->snapshot, &pass->colors->fill[status], &rect);
  if (status == BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    draw_hatch (pass, &rect);
  gtk_snapshot_pop (pass->snapshot);
}

/* The key to the colours, wrapped into as many lines as the width needs.
 * Returns its height. */
static int
pass_legend (Pass *pass, int y)
{
  int swatch = pass->line * 3 / 4;
  int x = 0, top = y;

  for (guint i = 0; i < BUNTAN_N_ITEM_STATUSES; i++)
    {
      BuntanItemStatus status = drawing_order[i];
      g_autoptr (PangoLayout) layout =
        create_layout (pass->self, buntan_item_status_get_label (status), FALSE);
      int text_width, entry_width;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      entry_width = swatch + pass->line / 3 + text_width;
      if (x > 0 && x + entry_width > pass->width)
        {
          x = 0;
          y += pass->line * 4 / 3;
        }

      draw_swatch (pass, status, x, y + (pass->line - swatch) / 2, swatch);
      draw_layout (pass, layout, x + swatch + pass->line / 3, y, &pass->colors->fg);
      x += entry_width + pass->line;
    }

  return y + pass->line - top;
}

static int
pass_heading (Pass *pass, const char *text, int y)
{
  g_autoptr (PangoLayout) layout = create_layout (pass->self, text, TRUE);

  pango_layout_set_width (layout, pass->width * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  draw_layout (pass, layout, 0, y, &pass->colors->fg);

  return pass->line;
}

/* The bar's name on the left and its numbers on the right, above the bar;
 * where both do not fit on one line, the numbers go below the name.
 * Returns the height of the label. */
static int
pass_bar_label (Pass *pass, const BuntanChartBar *bar, int y)
{
  g_autofree char *caption = dup_bar_caption (bar);
  g_autoptr (PangoLayout) name = create_layout (pass->self, bar->name, FALSE);
  g_autoptr (PangoLayout) numbers = create_layout (pass->self, caption, FALSE);
  int      name_width, numbers_width, gap = pass->line;
  gboolean stacked;

  pango_layout_get_pixel_size (name, &name_width, NULL);
  pango_layout_get_pixel_size (numbers, &numbers_width, NULL);
  stacked = name_width + gap + numbers_width > pass->width;

  if (pass->snapshot != NULL)
    {
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (name, pass->width * PANGO_SCALE);
      pango_layout_set_ellipsize (numbers, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (numbers, pass->width * PANGO_SCALE);
      pango_layout_get_pixel_size (numbers, &numbers_width, NULL);

      draw_layout (pass, name, 0, y, &pass->colors->fg);
      draw_layout (pass, numbers, stacked ? 0 : pass->width - numbers_width,
                   stacked ? y + pass->line : y, &pass->colors->dim);
    }

  return stacked ? 2 * pass->line : pass->line;
}

/* A segment's count inside it, where it fits. */
static void
draw_segment_count (Pass *pass, guint count, BuntanItemStatus status, const graphene_rect_t *rect)
{
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autoptr (PangoLayout) layout = create_layout (pass->self, text, TRUE);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (width + pass->line / 2 > rect->size.width)
    return;

  draw_layout (pass, layout, (int) (rect->origin.x + (rect->size.width - width) / 2),
               (int) (rect->origin.y + (rect->size.height - height) / 2),
               &pass->colors->on_fill[status]);
}

static int
pass_bar (Pass *pass, const BuntanChartBar *bar, int y)
{
  int             bar_height = pass->line * 3 / 2;
  int             bar_y = y + pass_bar_label (pass, bar, y) + pass->line / 5;
  guint           scale = MAX (pass->self->scale, 1);
  int             length = (int) ((double) bar->total * pass->width / scale + 0.5);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, bar_y, length, bar_height);
  guint           before = 0;

  if (pass->find_id != NULL && g_strcmp0 (pass->find_id, bar->id) == 0)
    {
      *pass->found = bounds;
      pass->found_it = TRUE;
    }

  if (pass->hit_y >= y && pass->hit_y < bar_y + bar_height)
    {
      pass->hit_bar = bar;
      pass->hit_status = -1;
    }

  if (pass->snapshot != NULL && length > 0)
    {
      GskRoundedRect clip;

      gsk_rounded_rect_init_from_rect (&clip, &bounds, pass->line / 4.0f);
      gtk_snapshot_push_rounded_clip (pass->snapshot, &clip);
    }

  for (guint i = 0; i < BUNTAN_N_ITEM_STATUSES; i++)
    {
      BuntanItemStatus status = drawing_order[i];
      guint            count = bar->counts[status];
      int              x0 = (int) ((double) before * pass->width / scale + 0.5);
      int              x1 = (int) ((double) (before + count) * pass->width / scale + 0.5);
      graphene_rect_t  rect;

      before += count;
      if (count == 0)
        continue;

      /* The last segment runs to the bar's rounded end. */
      if (before < bar->total)
        x1 = MAX (x1 - SEGMENT_GAP, x0 + 1);
      rect = GRAPHENE_RECT_INIT (x0, bar_y, x1 - x0, bar_height);

      if (pass->hit_bar == bar &&
          graphene_rect_contains_point (&rect, &GRAPHENE_POINT_INIT (pass->hit_x, pass->hit_y)))
        pass->hit_status = status;

      if (pass->snapshot == NULL)
        continue;

      gtk_snapshot_append_color (pass->snapshot, &pass->colors->fill[status], &rect);
      if (status == BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
        draw_hatch (pass, &rect);
      draw_segment_count (pass, count, status, &rect);
    }

  if (pass->snapshot != NULL && length > 0)
    gtk_snapshot_pop (pass->snapshot);

  return bar_y + bar_height - y;
}

/* Walks the whole chart from the top; returns its height. */
static int
run_pass (Pass *pass)
{
  BuntanStatusChart *self = pass->self;
  BuntanChartBarKind group = BUNTAN_CHART_BAR_PART;
  int                y;

  pass->line = get_line_height (self);
  y = pass_legend (pass, 0);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const BuntanChartBar *bar = &g_array_index (self->bars, BuntanChartBar, i);

      if (i == 0 || (bar->kind == BUNTAN_CHART_BAR_PARTY && group == BUNTAN_CHART_BAR_PART))
        {
          group = bar->kind;
          y += pass->line * 3 / 2;
          y += pass_heading (pass,
                             group == BUNTAN_CHART_BAR_PART ? _ ("Items in each Part")
                                                            : _ ("Items each party leads (◎)"),
                             y);
          y += pass->line / 2;
        }
      else
        {
          y += pass->line * 3 / 4;
        }

      y += pass_bar (pass, bar, y);
    }

  return y;
}

static void
pass_init (Pass *pass, BuntanStatusChart *self, int width)
{
  /* Passes that only measure or hit-test draw nothing, but still name the
   * colours they would use: give them real (unused) ones. */
  static const Colors no_colors;

  *pass = (Pass){
    .self = self,
    .colors = &no_colors,
    .width = MAX (width, 1),
    .hit_x = -1,
    .hit_y = -1,
    .hit_status = -1,
  };
}

static void
style_changed_cb (BuntanStatusChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  int                line = get_line_height (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = line * 12;
      *natural = line * 36;
    }
  else
    {
      Pass pass;

      pass_init (&pass, self, for_size >= 0 ? for_size : line * 36);
      *minimum = *natural = run_pass (&pass);
    }
}

static GtkSizeRequestMode
buntan_status_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
buntan_status_chart_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  BuntanStatusChart *self = BUNTAN_STATUS_CHART (widget);
  Colors             colors;
  Pass               pass;

  get_colors (self, &colors);
  pass_init (&pass, self, gtk_widget_get_width (widget));
  pass.snapshot = snapshot;
  pass.colors = &colors;
  run_pass (&pass);
}

static gboolean
buntan_status_chart_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  BuntanStatusChart *self = BUNTAN_STATUS_CHART (widget);
  g_autofree char   *text = NULL;
  Pass               pass;

  pass_init (&pass, self, gtk_widget_get_width (widget));
  pass.hit_x = x;
  pass.hit_y = y;
  run_pass (&pass);

  if (pass.hit_bar == NULL)
    return FALSE;

  if (pass.hit_status >= 0)
    /* Translators: a tooltip: "Part 2 — Agreed: 19 of 31" */
    text = g_strdup_printf (_ ("%s — %s: %u of %u"), pass.hit_bar->name,
                            buntan_item_status_get_label (pass.hit_status),
                            pass.hit_bar->counts[pass.hit_status], pass.hit_bar->total);
  else
    {
      g_autofree char *caption = dup_bar_caption (pass.hit_bar);

      text = g_strdup_printf ("%s — %s", pass.hit_bar->name, caption);
    }

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
buntan_status_chart_dispose (GObject *object)
{
  BuntanStatusChart *self = (BuntanStatusChart *) object;

  if (self->overview != NULL)
    g_signal_handlers_disconnect_by_data (self->overview, self);
  g_clear_object (&self->overview);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  G_OBJECT_CLASS (buntan_status_chart_parent_class)->dispose (object);
}

static void
buntan_status_chart_finalize (GObject *object)
{
  BuntanStatusChart *self = (BuntanStatusChart *) object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (buntan_status_chart_parent_class)->finalize (object);
}

static void
buntan_status_chart_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanStatusChart *self = BUNTAN_STATUS_CHART (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, buntan_status_chart_get_project (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_status_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuntanStatusChart *self = BUNTAN_STATUS_CHART (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_status_chart_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_status_chart_class_init (BuntanStatusChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_status_chart_dispose;
  object_class->finalize = buntan_status_chart_finalize;
  object_class->get_property = buntan_status_chart_get_property;
  object_class->set_property = buntan_status_chart_set_property;

  widget_class->measure = buntan_status_chart_measure;
  widget_class->get_request_mode = buntan_status_chart_get_request_mode;
  widget_class->snapshot = buntan_status_chart_snapshot;
  widget_class->query_tooltip = buntan_status_chart_query_tooltip;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "statuschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
buntan_status_chart_init (BuntanStatusChart *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->bars = g_array_new (FALSE, TRUE, sizeof (BuntanChartBar));
  g_array_set_clear_func (self->bars, (GDestroyNotify) bar_clear);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Status of the items by Part and by party"), -1);

  /* The named colours change with the style, and GTK redraws only for
   * changes it can see in the widget's own CSS. */
  g_signal_connect_swapped (style_manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (style_manager, "notify::high-contrast", G_CALLBACK (style_changed_cb),
                            self);

  rebuild (self);
}

GtkWidget *
buntan_status_chart_new (void)
{
  return g_object_new (BUNTAN_TYPE_STATUS_CHART, NULL);
}

/**
 * buntan_status_chart_get_project:
 * @self: a status chart
 *
 * Returns: (transfer none) (nullable): the project shown
 */
BuntanProject *
buntan_status_chart_get_project (BuntanStatusChart *self)
{
  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), NULL);

  return self->overview != NULL ? buntan_overview_get_project (self->overview) : NULL;
}

/**
 * buntan_status_chart_set_project:
 * @self: a status chart
 * @project: (nullable): the project to show
 *
 * Shows @project at once, through an overview of its own, unless the chart
 * has the overview of @project already (buntan_status_chart_set_overview()).
 */
void
buntan_status_chart_set_project (BuntanStatusChart *self, BuntanProject *project)
{
  g_autoptr (BuntanOverview) overview = NULL;

  g_return_if_fail (BUNTAN_IS_STATUS_CHART (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (project == buntan_status_chart_get_project (self))
    return;

  if (project != NULL)
    overview = buntan_overview_new (project);
  buntan_status_chart_set_overview (self, overview);
}

/**
 * buntan_status_chart_set_overview:
 * @self: a status chart
 * @overview: (nullable): the overview of the project to show
 *
 * Shows the overview's numbers at once, and again each time it changes.
 */
void
buntan_status_chart_set_overview (BuntanStatusChart *self, BuntanOverview *overview)
{
  BuntanProject *old_project;

  g_return_if_fail (BUNTAN_IS_STATUS_CHART (self));
  g_return_if_fail (overview == NULL || BUNTAN_IS_OVERVIEW (overview));

  if (overview == self->overview)
    return;

  old_project = buntan_status_chart_get_project (self);
  if (self->overview != NULL)
    g_signal_handlers_disconnect_by_data (self->overview, self);
  g_set_object (&self->overview, overview);
  if (overview != NULL)
    g_signal_connect_swapped (overview, "changed", G_CALLBACK (rebuild), self);

  rebuild (self);
  if (old_project != buntan_status_chart_get_project (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
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
 * @bounds: (out): where the bar is drawn at the widget's current width
 *
 * Returns: %TRUE if there is such a bar
 */
gboolean
buntan_status_chart_get_bar_bounds (BuntanStatusChart *self,
                                    const char        *id,
                                    graphene_rect_t   *bounds)
{
  Pass pass;

  g_return_val_if_fail (BUNTAN_IS_STATUS_CHART (self), FALSE);
  g_return_val_if_fail (id != NULL && bounds != NULL, FALSE);

  pass_init (&pass, self, gtk_widget_get_width (GTK_WIDGET (self)));
  pass.find_id = id;
  pass.found = bounds;
  run_pass (&pass);

  return pass.found_it;
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
