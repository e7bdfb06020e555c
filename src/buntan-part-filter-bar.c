/* buntan-part-filter-bar.c — the filters above a Part's list, and the BuntanItemFilter they set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A widget of its own, as GNOME Text Editor's search bar is beside its page:
 * the bar has state the page does not need (the section codes behind the
 * section dropdown, the filter the widgets are bound to) and grows on its
 * own — a new criterion is a child in ui/buntan-part-filter-bar.ui, its
 * model in setup_drop_downs() and one binding in bind_filter() (both in
 * buntan-part-filter-bar-bindings.c).
 *
 * The controls lie on one line while it fits and wrap onto more lines when
 * the window is narrow (lay_out_lines()): at 960×540 a bar that could only
 * scroll sideways hid the Gaps toggle under the item count beside it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-part-filter-bar-private.h"
#include "buntan-part-filter-bar.h"
#include "buntan-view-util.h"

G_DEFINE_FINAL_TYPE (BuntanPartFilterBar, buntan_part_filter_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

enum
{
  SEARCH_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Between controls, and between lines. */
#define CONTROL_SPACING 6

/* Lays the shown controls out left to right, as many to a line as fit
 * @width (all on one line when @width is -1), each at its natural width
 * (no wider than the line) and as high as its line; allocates them when
 * @allocate. Returns the height of the lines. */
static int
lay_out_lines (GtkWidget *widget, int width, gboolean allocate)
{
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int        height = 0;

  while (line_start != NULL)
    {
      GtkWidget *line_end;
      int        line_width = 0, line_height = 0, shown = 0, x = 0;

      for (line_end = line_start; line_end != NULL;
           line_end = gtk_widget_get_next_sibling (line_end))
        {
          int minimum, natural, child_height;

          if (!gtk_widget_should_layout (line_end))
            continue;
          gtk_widget_measure (line_end, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL,
                              NULL);
          if (width >= 0)
            natural = MAX (minimum, MIN (natural, width));
          if (shown > 0 && width >= 0 && line_width + CONTROL_SPACING + natural > width)
            break;
          gtk_widget_measure (line_end, GTK_ORIENTATION_VERTICAL, natural, NULL, &child_height,
                              NULL, NULL);
          line_width += (shown > 0 ? CONTROL_SPACING : 0) + natural;
          line_height = MAX (line_height, child_height);
          shown++;
        }

      if (shown == 0)
        break;
      if (height > 0)
        height += CONTROL_SPACING;

      for (GtkWidget *child = line_start; allocate && child != line_end;
           child = gtk_widget_get_next_sibling (child))
        {
          int minimum, natural;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL,
                              NULL);
          if (width >= 0)
            natural = MAX (minimum, MIN (natural, width));
          gtk_widget_size_allocate (child, &(GtkAllocation){ x, height, natural, line_height }, -1);
          x += natural + CONTROL_SPACING;
        }

      height += line_height;
      line_start = line_end;
    }

  return height;
}

/* The search waits for a pause in the typing (GtkSearchEntry's
 * "search-changed"), so it is set here rather than bound to "text". */
static void
search_changed_cb (BuntanPartFilterBar *self)
{
  if (!self->resetting)
    buntan_item_filter_set_search (self->filter,
                                   gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_stop_cb (BuntanPartFilterBar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
search_activate_cb (BuntanPartFilterBar *self)
{
  g_signal_emit (self, signals[SEARCH_ACTIVATED], 0);
}

static GtkSizeRequestMode
buntan_part_filter_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* As narrow as the widest control; at its natural width, one line. */
static void
buntan_part_filter_bar_measure (GtkWidget     *widget,
                                GtkOrientation orientation,
                                int            for_size,
                                int           *minimum,
                                int           *natural,
                                int           *minimum_baseline,
                                int           *natural_baseline)
{
  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = lay_out_lines (widget, for_size, FALSE);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural += (*natural > 0 ? CONTROL_SPACING : 0) + child_natural;
    }
}

static void
buntan_part_filter_bar_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  lay_out_lines (widget, width, TRUE);
}

static void
buntan_part_filter_bar_dispose (GObject *object)
{
  BuntanPartFilterBar *self = BUNTAN_PART_FILTER_BAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_PART_FILTER_BAR);
  buntan_view_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->filter);
  g_clear_object (&self->choices);
  g_clear_object (&self->section_labels);
  g_clear_object (&self->version_labels);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (buntan_project_get_versions (self->project), self);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (buntan_part_filter_bar_parent_class)->dispose (object);
}

static void
buntan_part_filter_bar_finalize (GObject *object)
{
  BuntanPartFilterBar *self = BUNTAN_PART_FILTER_BAR (object);

  g_clear_pointer (&self->sections, g_strfreev);
  g_clear_pointer (&self->versions, g_array_unref);

  G_OBJECT_CLASS (buntan_part_filter_bar_parent_class)->finalize (object);
}

static void
buntan_part_filter_bar_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BuntanPartFilterBar *self = BUNTAN_PART_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_part_filter_bar_class_init (BuntanPartFilterBarClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_part_filter_bar_dispose;
  object_class->finalize = buntan_part_filter_bar_finalize;
  object_class->get_property = buntan_part_filter_bar_get_property;

  properties[PROP_FILTER] = g_param_spec_object ("filter", NULL, NULL, BUNTAN_TYPE_ITEM_FILTER,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SEARCH_ACTIVATED] = g_signal_new ("search-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  widget_class->get_request_mode = buntan_part_filter_bar_get_request_mode;
  widget_class->measure = buntan_part_filter_bar_measure;
  widget_class->size_allocate = buntan_part_filter_bar_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "partfilterbar");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-part-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, section_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, status_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, owner_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, vendor_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, contract_kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, gaps_button);
  gtk_widget_class_bind_template_child (widget_class, BuntanPartFilterBar, changed_drop_down);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
}

static void
buntan_part_filter_bar_init (BuntanPartFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = buntan_item_filter_new ();
  self->versions = g_array_new (FALSE, FALSE, sizeof (guint));
  self->version_labels = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->changed_drop_down, G_LIST_MODEL (self->version_labels));
  _buntan_part_filter_bar_setup_drop_downs (self);
  buntan_owner_choices_setup_drop_down (self->vendor_drop_down);
  _buntan_part_filter_bar_set_vendors (self, NULL);
  _buntan_part_filter_bar_set_versions (self);
  _buntan_part_filter_bar_bind_filter (self);
  g_signal_connect_object (self->filter, "notify::changed-since",
                           G_CALLBACK (_buntan_part_filter_bar_changed_since_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * buntan_part_filter_bar_get_filter:
 * @self: a filter bar
 *
 * Returns: (transfer none): the filter the bar's widgets set
 */
BuntanItemFilter *
buntan_part_filter_bar_get_filter (BuntanPartFilterBar *self)
{
  g_return_val_if_fail (BUNTAN_IS_PART_FILTER_BAR (self), NULL);

  return self->filter;
}

/* The owner dropdown offers @choices (the page's, shared with the owner
 * cells and the detail); set once. */
void
buntan_part_filter_bar_set_choices (BuntanPartFilterBar *self, BuntanOwnerChoices *choices)
{
  g_return_if_fail (BUNTAN_IS_PART_FILTER_BAR (self));
  g_return_if_fail (BUNTAN_IS_OWNER_CHOICES (choices));
  g_return_if_fail (self->choices == NULL);

  self->choices = g_object_ref (choices);
  _buntan_part_filter_bar_setup_owner_drop_down (self);
  g_object_bind_property_full (self->owner_drop_down, "selected", self->filter, "owner",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               _buntan_part_filter_bar_owner_from_position,
                               _buntan_part_filter_bar_owner_to_position, self, NULL);
}

/* The section dropdown offers the sections of @project's @part, keeping the
 * one chosen if it is still there. The labels are rebuilt only when the
 * codes change, or for @another_project, which may name them otherwise. */
void
buntan_part_filter_bar_update_sections (BuntanPartFilterBar *self,
                                        BuntanProject       *project,
                                        guint                part,
                                        gboolean             another_project)
{
  g_auto (GStrv) sections = NULL;
  g_autoptr (GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *current = g_strdup (buntan_item_filter_get_section (self->filter));
  guint            reselect = 0;
  GListModel      *items;
  guint            n;

  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (project == NULL)
    sections = g_new0 (char *, 1);
  else
    sections = buntan_project_dup_sections (project, part);

  if (another_project)
    {
      g_clear_pointer (&self->sections, g_strfreev);
      _buntan_part_filter_bar_set_vendors (self, project);
      _buntan_part_filter_bar_set_project (self, project);
    }
  if (self->sections != NULL &&
      g_strv_equal ((const char *const *) sections, (const char *const *) self->sections))
    return;

  if (project != NULL)
    {
      items = buntan_project_get_part_items (project, part);
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

/* The section codes offered, in order (empty without a project). */
const char *const *
buntan_part_filter_bar_get_sections (BuntanPartFilterBar *self)
{
  g_return_val_if_fail (BUNTAN_IS_PART_FILTER_BAR (self), NULL);

  return (const char *const *) self->sections;
}

/* The items changed since the version chosen, asked again of the
 * project's BuntanChangedSince: when the choice changes, and after each
 * burst of changes (the page calls this with the overview's new matrix). */
void
buntan_part_filter_bar_update_changes (BuntanPartFilterBar *self)
{
  guint version;
  g_autoptr (GHashTable) items = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (BUNTAN_IS_PART_FILTER_BAR (self));

  version = buntan_item_filter_get_changed_since (self->filter);
  if (version > 0 && self->project != NULL)
    {
      items = buntan_changed_since_dup_items (buntan_project_get_changed_since (self->project),
                                              version, &error);
      /* A snapshot that cannot be read shows no item as changed; the
       * Versions dialog says why when it is compared. */
      if (items == NULL)
        g_debug ("No changes since version %u: %s", version, error->message);
    }
  buntan_item_filter_set_changed_items (self->filter, items);
}

/* Lifts every filter, the search with them. */
void
buntan_part_filter_bar_reset (BuntanPartFilterBar *self)
{
  g_return_if_fail (BUNTAN_IS_PART_FILTER_BAR (self));

  self->resetting = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->resetting = FALSE;

  buntan_item_filter_reset (self->filter);
}

void
buntan_part_filter_bar_focus_search (BuntanPartFilterBar *self)
{
  g_return_if_fail (BUNTAN_IS_PART_FILTER_BAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
