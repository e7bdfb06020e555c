/* test-status-chart.c — the chart's bars, words and pixels agree with the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-status-chart.h"
#include "buntan-summary-view.h"
#include "views-test-util.h"

typedef struct
{
  GtkWindow         *window;
  BuntanStatusChart *chart;
  BuntanProject     *project;
} Fixture;

static gboolean
chart_allocated (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (GTK_WIDGET (fixture->chart)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->chart)) > 0;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->project = views_test_load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
  fixture->chart = BUNTAN_STATUS_CHART (buntan_status_chart_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->chart));
  buntan_status_chart_set_project (fixture->chart, fixture->project);
  gtk_window_present (fixture->window);
  g_assert_true (views_test_wait_for (chart_allocated, fixture));
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  views_test_spin (20);
  g_assert_finalize_object (fixture->project);
}

/* Counting written out again, without the core's counting function. */

static gboolean
leads (BuntanItem *item, const char *party_id)
{
  const char *owner = buntan_item_get_owner (item);

  /* 共同 and 各事業者（個別）: every party in the list leads. */
  return g_strcmp0 (owner, party_id) == 0 ||
         ((g_strcmp0 (owner, BUNTAN_OWNER_JOINT) == 0 ||
           g_strcmp0 (owner, BUNTAN_OWNER_EACH) == 0) &&
          g_strv_contains (buntan_item_get_participants (item), party_id));
}

static gboolean
supports (BuntanItem *item, const char *party_id)
{
  return !leads (item, party_id) && g_strv_contains (buntan_item_get_participants (item), party_id);
}

/* Items of @part (0: both) for which @party_id leads (@lead) or supports,
 * or, with a NULL @party_id, that nobody owns (but for 対象外 items); @all
 * counts every item. */
static guint
count_items (BuntanProject   *project,
             guint            part,
             gboolean         all,
             const char      *party_id,
             gboolean         lead,
             BuntanItemStatus status)
{
  GListModel *items = buntan_project_get_items (project);
  guint       n = g_list_model_get_n_items (items), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      gboolean wanted;

      if (part != 0 && buntan_item_get_part (item) != part)
        continue;
      if (buntan_item_get_status (item) != status)
        continue;

      if (all)
        wanted = TRUE;
      else if (party_id == NULL)
        /* Undecided: 対象外 items need nobody (HACKING.md, "Counting rules"). */
        wanted =
          buntan_item_get_owner (item) == NULL && status != BUNTAN_ITEM_STATUS_NOT_APPLICABLE;
      else
        wanted = lead ? leads (item, party_id) : supports (item, party_id);

      count += wanted;
    }

  return count;
}

static guint
count_all_statuses (BuntanProject *project,
                    guint          part,
                    gboolean       all,
                    const char    *party_id,
                    gboolean       lead)
{
  guint total = 0;

  for (guint s = 0; s < BUNTAN_N_ITEM_STATUSES; s++)
    total += count_items (project, part, all, party_id, lead, s);

  return total;
}

static void
assert_bar_counts (Fixture              *fixture,
                   const BuntanChartBar *bar,
                   guint                 part,
                   gboolean              all,
                   const char           *party_id)
{
  guint total = 0;

  g_assert_nonnull (bar);
  for (guint s = 0; s < BUNTAN_N_ITEM_STATUSES; s++)
    {
      guint expected = count_items (fixture->project, part, all, party_id, TRUE, s);

      g_assert_cmpuint (bar->counts[s], ==, expected);
      total += expected;
    }
  g_assert_cmpuint (bar->total, ==, total);
  if (bar->kind == BUNTAN_CHART_BAR_PARTY)
    g_assert_cmpuint (bar->supporting, ==,
                      count_all_statuses (fixture->project, 0, FALSE, party_id, FALSE));
}

/* Every bar, in order: Part 1, Part 2, the hospital, the vendors, nobody. */
static void
assert_all_bars (Fixture *fixture)
{
  GListModel  *parties = buntan_project_get_parties (fixture->project);
  guint        n_parties = g_list_model_get_n_items (parties);
  BuntanParty *hospital = buntan_project_get_hospital (fixture->project);
  guint        index = 2;

  g_assert_cmpuint (buntan_status_chart_get_n_bars (fixture->chart), ==, 2 + n_parties + 1);

  g_assert_cmpstr (buntan_status_chart_get_bar (fixture->chart, 0)->id, ==, "part-1");
  g_assert_cmpstr (buntan_status_chart_get_bar (fixture->chart, 0)->name, ==, "Part 1");
  assert_bar_counts (fixture, buntan_status_chart_get_bar (fixture->chart, 0), 1, TRUE, NULL);
  g_assert_cmpstr (buntan_status_chart_get_bar (fixture->chart, 1)->id, ==, "part-2");
  assert_bar_counts (fixture, buntan_status_chart_get_bar (fixture->chart, 1), 2, TRUE, NULL);

  g_assert_cmpstr (buntan_status_chart_get_bar (fixture->chart, index)->id, ==,
                   buntan_party_get_id (hospital));
  assert_bar_counts (fixture, buntan_status_chart_get_bar (fixture->chart, index++), 0, FALSE,
                     buntan_party_get_id (hospital));
  for (guint i = 0; i < n_parties; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      const BuntanChartBar *bar;

      if (party == hospital)
        continue;

      bar = buntan_status_chart_get_bar (fixture->chart, index++);
      g_assert_cmpstr (bar->id, ==, buntan_party_get_id (party));
      g_assert_cmpstr (bar->name, ==, buntan_party_get_name (party));
      assert_bar_counts (fixture, bar, 0, FALSE, buntan_party_get_id (party));
    }

  g_assert_cmpstr (buntan_status_chart_get_bar (fixture->chart, index)->id, ==, "no-owner");
  assert_bar_counts (fixture, buntan_status_chart_get_bar (fixture->chart, index), 0, FALSE, NULL);
}

static void
test_counts (Fixture *fixture, gconstpointer data)
{
  const BuntanChartBar *part2 = buntan_status_chart_find_bar (fixture->chart, "part-2");

  /* The sample has agreed, discussed, open and n/a items in Part 2, and
   * joint items: the test compares real numbers. */
  g_assert_cmpuint (part2->counts[BUNTAN_ITEM_STATUS_AGREED], >, 0);
  g_assert_cmpuint (part2->counts[BUNTAN_ITEM_STATUS_DISCUSSING], >, 0);
  g_assert_cmpuint (part2->counts[BUNTAN_ITEM_STATUS_OPEN], >, 0);
  g_assert_cmpuint (part2->counts[BUNTAN_ITEM_STATUS_NOT_APPLICABLE], >, 0);
  g_assert_cmpuint (count_all_statuses (fixture->project, 0, FALSE, NULL, TRUE), >, 0);

  assert_all_bars (fixture);
}

/* "19 agreed, 5 under discussion, 6 not started", leaving out the zeros */
static char *
dup_phrases (Fixture *fixture, guint part, gboolean all, const char *party_id)
{
  static const struct
  {
    BuntanItemStatus status;
    const char      *words;
  } phrases[] = {
    { BUNTAN_ITEM_STATUS_AGREED, "agreed" },
    { BUNTAN_ITEM_STATUS_DISCUSSING, "under discussion" },
    { BUNTAN_ITEM_STATUS_OPEN, "not started" },
    { BUNTAN_ITEM_STATUS_NOT_APPLICABLE, "not applicable" },
  };
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    {
      guint n = count_items (fixture->project, part, all, party_id, TRUE, phrases[i].status);

      if (n > 0)
        g_ptr_array_add (parts, g_strdup_printf ("%u %s", n, phrases[i].words));
    }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

/* "Part 2: 31 items, 19 agreed, 5 under discussion, 6 not started, 1 not applicable." */
static char *
dup_part_sentence (Fixture *fixture, guint part)
{
  g_autofree char *phrases = dup_phrases (fixture, part, TRUE, NULL);

  return g_strdup_printf ("Part %u: %u items, %s.", part,
                          count_all_statuses (fixture->project, part, TRUE, NULL, TRUE), phrases);
}

static char *
dup_party_sentence (Fixture *fixture, const char *party_id)
{
  BuntanParty     *party = buntan_project_find_party (fixture->project, party_id);
  g_autofree char *phrases = dup_phrases (fixture, 0, FALSE, party_id);

  return g_strdup_printf ("%s leads %u items: %s. It supports %u items.",
                          buntan_party_get_name (party),
                          count_all_statuses (fixture->project, 0, FALSE, party_id, TRUE), phrases,
                          count_all_statuses (fixture->project, 0, FALSE, party_id, FALSE));
}

static void
assert_description (Fixture *fixture)
{
  const char      *description = buntan_status_chart_get_description (fixture->chart);
  g_autofree char *part1 = dup_part_sentence (fixture, 1);
  g_autofree char *part2 = dup_part_sentence (fixture, 2);
  g_autofree char *v2 = dup_party_sentence (fixture, "v2");
  g_autofree char *problem = NULL;

  g_test_message ("description: %s", description);
  g_assert_nonnull (strstr (description, part1));
  g_assert_nonnull (strstr (description, part2));
  g_assert_nonnull (strstr (description, v2));

  /* What assistive technologies get is that very text. */
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (fixture->chart),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_assert_null (problem);
}

static void
test_description (Fixture *fixture, gconstpointer data)
{
  g_autofree char *part1 = dup_part_sentence (fixture, 1);
  g_autofree char *part2 = dup_part_sentence (fixture, 2);

  /* The numbers of the sample, written out once by hand. */
  g_assert_cmpstr (part1, ==, "Part 1: 18 items, 14 agreed, 4 under discussion.");
  g_assert_cmpstr (part2, ==,
                   "Part 2: 31 items, 19 agreed, 5 under discussion, 6 not started, "
                   "1 not applicable.");

  g_assert_true (
    gtk_test_accessible_has_role (GTK_ACCESSIBLE (fixture->chart), GTK_ACCESSIBLE_ROLE_IMG));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (fixture->chart),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  assert_description (fixture);
}

static gboolean
part2_agreed_shown (gpointer data)
{
  Fixture              *fixture = data;
  const BuntanChartBar *bar = buntan_status_chart_find_bar (fixture->chart, "part-2");

  return bar->counts[BUNTAN_ITEM_STATUS_AGREED] ==
         count_items (fixture->project, 2, TRUE, NULL, TRUE, BUNTAN_ITEM_STATUS_AGREED);
}

static gboolean
fifth_party_shown (gpointer data)
{
  Fixture *fixture = data;

  return buntan_status_chart_get_n_bars (fixture->chart) == 2 + 5 + 1;
}

static void
test_follows_model (Fixture *fixture, gconstpointer data)
{
  BuntanItem      *item = buntan_project_find_item (fixture->project, "P2-A-7");
  g_autofree char *description_before =
    g_strdup (buntan_status_chart_get_description (fixture->chart));

  g_assert_cmpint (buntan_item_get_status (item), !=, BUNTAN_ITEM_STATUS_AGREED);
  buntan_item_set_owner (item, "v1");
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);

  /* Not at once: the chart waits for the typing to stop. */
  g_assert_false (part2_agreed_shown (fixture));
  g_assert_true (views_test_wait_for (part2_agreed_shown, fixture));
  g_assert_cmpstr (buntan_status_chart_get_description (fixture->chart), !=, description_before);
  assert_all_bars (fixture);
  assert_description (fixture);

  buntan_project_add_vendor (fixture->project, "新規ベンダー");
  g_assert_true (views_test_wait_for (fifth_party_shown, fixture));
  assert_all_bars (fixture);
  g_assert_cmpuint (buntan_status_chart_get_bar (fixture->chart, 6)->total, ==, 0);
  g_assert_nonnull (strstr (buntan_status_chart_get_description (fixture->chart),
                            "新規ベンダー leads no items. It supports no items."));

  buntan_status_chart_set_project (fixture->chart, NULL);
  g_assert_cmpuint (buntan_status_chart_get_n_bars (fixture->chart), ==, 0);
}

/* The chart as GTK last drew it, in memory: one byte per channel,
 * premultiplied BGRA (GDK_MEMORY_DEFAULT) on a transparent background;
 * NULL before the first frame. */
static guchar *
render_chart (Fixture *fixture, int *width, int *height, gsize *stride)
{
  GtkWidget *widget = GTK_WIDGET (fixture->chart);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  guchar      *data;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), *width, *height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;

  texture =
    gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, *width);

  *stride = (gsize) *width * 4;
  data = g_malloc (*stride * *height);
  gdk_texture_download (texture, data, *stride);

  return data;
}

static gboolean
pixel_is (const guchar *data, gsize stride, int x, int y, const GdkRGBA *color)
{
  const guchar *p = data + y * stride + x * 4;
  const int     expected[4] = {
        (int) (color->blue * 255 + 0.5),
        (int) (color->green * 255 + 0.5),
        (int) (color->red * 255 + 0.5),
        255,
  };

  for (int i = 0; i < 4; i++)
    if (ABS ((int) p[i] - expected[i]) > 3)
      return FALSE;

  return TRUE;
}

/* How many columns of @bounds (and how many beyond its right end, in
 * @outside) have a pixel of @color, and the first of them in @first. */
static int
count_columns (const guchar          *data,
               gsize                  stride,
               int                    width,
               const graphene_rect_t *bounds,
               const GdkRGBA         *color,
               int                   *outside,
               int                   *first)
{
  int top = (int) bounds->origin.y, bottom = (int) (bounds->origin.y + bounds->size.height);
  int end = (int) (bounds->origin.x + bounds->size.width);
  int inside = 0;

  *outside = 0;
  *first = -1;
  for (int x = 0; x < width; x++)
    for (int y = top; y < bottom; y++)
      if (pixel_is (data, stride, x, y, color))
        {
          if (*first < 0)
            *first = x;
          if (x < end)
            inside++;
          else
            (*outside)++;
          break;
        }

  return inside;
}

typedef struct
{
  Fixture *fixture;
  GdkRGBA  agreed;
  int      columns; /* the agreed segment of Part 2, in pixels */
  int      not_before;
} Measure;

/* Measures the agreed segment of the Part 2 bar in pixels of the agreed
 * colour, once the chart has drawn a frame (with a longer segment than
 * @not_before). */
static gboolean
measure_agreed (gpointer data)
{
  Measure           *measure = data;
  Fixture           *fixture = measure->fixture;
  g_autofree guchar *pixels = NULL;
  graphene_rect_t    bounds, part1;
  int                width, height, outside, first;
  gsize              stride;

  pixels = render_chart (fixture, &width, &height, &stride);
  if (pixels == NULL)
    return FALSE;

  g_assert_true (buntan_status_chart_get_bar_bounds (fixture->chart, "part-2", &bounds));
  g_assert_true (buntan_status_chart_get_bar_bounds (fixture->chart, "part-1", &part1));
  g_assert_cmpfloat (bounds.origin.y, >=, part1.origin.y + part1.size.height);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, height);

  measure->columns =
    count_columns (pixels, stride, width, &bounds, &measure->agreed, &outside, &first);
  /* Until GTK has drawn the chart, its paintable is empty. */
  if (measure->columns == 0)
    return FALSE;
  g_assert_cmpint (outside, ==, 0);
  /* Agreed comes first, as a progress bar fills. */
  g_assert_cmpint (first, ==, 0);

  /* The rows just above and below the bar are not painted over. */
  for (int x = 0; x < width; x++)
    {
      g_assert_false (pixel_is (pixels, stride, x, (int) bounds.origin.y - 1, &measure->agreed));
      g_assert_false (pixel_is (pixels, stride, x, (int) (bounds.origin.y + bounds.size.height),
                                &measure->agreed));
    }

  return measure->columns > measure->not_before;
}

static void
test_render (Fixture *fixture, gconstpointer data)
{
  GtkStyleContext      *context = gtk_widget_get_style_context (GTK_WIDGET (fixture->chart));
  const BuntanChartBar *bar = buntan_status_chart_find_bar (fixture->chart, "part-2");
  int                   width = gtk_widget_get_width (GTK_WIDGET (fixture->chart));
  Measure               measure = { .fixture = fixture };
  guint                 scale = 0;
  double                per_item;
  int                   before;

  g_assert_true (gtk_style_context_lookup_color (context, "success_bg_color", &measure.agreed));
  g_assert_cmpfloat (measure.agreed.alpha, ==, 1);

  for (guint i = 0; i < buntan_status_chart_get_n_bars (fixture->chart); i++)
    scale = MAX (scale, buntan_status_chart_get_bar (fixture->chart, i)->total);
  per_item = (double) width / scale;
  g_assert_cmpfloat (per_item, >, 10);

  /* The agreed segment is as long as its share of the scale (less the gap
   * to the next segment). */
  g_assert_true (views_test_wait_for (measure_agreed, &measure));
  g_assert_cmpfloat (ABS (measure.columns - bar->counts[BUNTAN_ITEM_STATUS_AGREED] * per_item), <=,
                     4);
  before = measure.columns;

  /* One more agreed item makes it one item longer. */
  buntan_item_set_status (buntan_project_find_item (fixture->project, "P2-A-7"),
                          BUNTAN_ITEM_STATUS_AGREED);
  measure.not_before = before;
  g_assert_true (views_test_wait_for (measure_agreed, &measure));
  g_assert_cmpfloat (ABS (measure.columns - before - per_item), <=, 2);
}

typedef struct
{
  GtkWidget *widget;
  int        min_width;
  int        height; /* for a width of 600 */
} Size;

static gboolean
measure_size (gpointer data)
{
  Size *size = data;
  int   min_width = size->min_width, height = size->height;

  gtk_widget_measure (size->widget, GTK_ORIENTATION_HORIZONTAL, -1, &size->min_width, NULL, NULL,
                      NULL);
  gtk_widget_measure (size->widget, GTK_ORIENTATION_VERTICAL, 600, &size->height, NULL, NULL, NULL);

  return size->min_width != min_width || size->height != height;
}

static void
test_scales_with_font (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();
  GtkWidget *widget = GTK_WIDGET (fixture->chart);
  Size       size = { widget, 0, 0 }, larger;

  measure_size (&size);
  g_assert_cmpint (size.min_width, >, 100);
  g_assert_cmpint (size.height, >, 200);

  gtk_css_provider_load_from_data (provider, "statuschart { font-size: 2em; }", -1);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);

  /* The new style applies at the next frame. */
  larger = size;
  g_assert_true (views_test_wait_for (measure_size, &larger));
  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (widget),
                                                 GTK_STYLE_PROVIDER (provider));

  g_assert_cmpint (larger.min_width, >, size.min_width * 3 / 2);
  g_assert_cmpint (larger.height, >, size.height * 3 / 2);
}

static void
test_in_summary_view (void)
{
  g_autoptr (BuntanProject) project = views_test_load_sample ();
  GtkWidget         *view = g_object_ref_sink (buntan_summary_view_new ());
  BuntanStatusChart *chart = BUNTAN_STATUS_CHART (views_test_find_named (view, "status-chart"));

  g_assert_nonnull (chart);
  g_assert_null (buntan_status_chart_get_project (chart));

  buntan_summary_view_set_project (BUNTAN_SUMMARY_VIEW (view), project);
  g_assert_true (buntan_status_chart_get_project (chart) == project);
  g_assert_cmpuint (buntan_status_chart_find_bar (chart, "part-2")->total, ==, 31);

  buntan_summary_view_set_project (BUNTAN_SUMMARY_VIEW (view), NULL);
  g_assert_null (buntan_status_chart_get_project (chart));

  g_object_unref (view);
}

int
main (int argc, char *argv[])
{
  /* GTK's test backend keeps what the chart tells assistive technologies,
   * and needs no session bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!views_test_init (&argc, &argv))
    return 0;

  g_test_add_func ("/buntan/status-chart/in-summary-view", test_in_summary_view);
#define ADD(path, func)                                                                            \
  g_test_add ("/buntan/status-chart/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("counts", test_counts);
  ADD ("description", test_description);
  ADD ("follows-model", test_follows_model);
  ADD ("render", test_render);
  ADD ("scales-with-font", test_scales_with_font);
#undef ADD

  return g_test_run ();
}
