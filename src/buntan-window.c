/* buntan-window.c — a window showing one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-bench-log.h"
#include "buntan-core.h"
#include "buntan-matrix-view.h"
#include "buntan-summary-view.h"
#include "buntan-window-private.h"

G_DEFINE_FINAL_TYPE (BuntanWindow, buntan_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How many recent projects the empty window offers. */
#define MAX_RECENT 6

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  /* Run from the build tree without the schema installed, the window simply
   * does not remember its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
save_window_state (BuntanWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
restore_window_state (BuntanWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* The widgets of @type under @widget, added to @found. */
static GPtrArray *
find_all (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);

  return found;
}

/* The header's titles: ours beside the undo buttons and the one the
 * switcher shows in its place on a narrow window. */
static GPtrArray *
find_titles (BuntanWindow *self)
{
  return find_all (self->header_bar, ADW_TYPE_WINDOW_TITLE, g_ptr_array_new ());
}

/* A long project title cut at its end loses what tells projects apart (the
 * hospital, the system, the year are often last), and file names differ at
 * their ends too: libadwaita 1.2's titles cut at the end and take no
 * setting for it, so their labels are set here. */
static void
ellipsize_titles_in_middle (BuntanWindow *self)
{
  g_autoptr (GPtrArray) titles = find_titles (self);

  for (guint i = 0; i < titles->len; i++)
    {
      g_autoptr (GPtrArray) labels =
        find_all (g_ptr_array_index (titles, i), GTK_TYPE_LABEL, g_ptr_array_new ());

      for (guint j = 0; j < labels->len; j++)
        gtk_label_set_ellipsize (g_ptr_array_index (labels, j), PANGO_ELLIPSIZE_MIDDLE);
    }
}

/* Cut or not, the whole title and file name on hovering either title. */
static void
set_title_tooltips (BuntanWindow *self, const char *tooltip)
{
  g_autoptr (GPtrArray) titles = find_titles (self);

  for (guint i = 0; i < titles->len; i++)
    gtk_widget_set_tooltip_text (g_ptr_array_index (titles, i), tooltip);
}

static void
update_title (BuntanWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *window_title = NULL;
  const char      *project_title;
  GFile           *file;

  if (self->project == NULL)
    {
      adw_view_switcher_title_set_title (self->switcher_title, "Buntan");
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      adw_window_title_set_title (self->window_title, NULL);
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Buntan");
      set_title_tooltips (self, NULL);
      return;
    }

  project_title = buntan_project_get_title (self->project);
  if (*project_title == '\0')
    project_title = _ ("Untitled project");
  file = buntan_project_get_file (self->project);
  file_name = file != NULL ? g_file_get_basename (file) : g_strdup (_ ("Not saved yet"));

  /* The dot says: there are changes that are not saved yet. */
  if (buntan_project_get_is_modified (self->project))
    title = g_strdup_printf ("• %s", project_title);
  else
    title = g_strdup (project_title);
  /* TRANSLATORS: the window title: the project's title, then its file name */
  window_title = g_strdup_printf (_ ("%s — %s"), title, file_name);

  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, file_name);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, file_name);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  set_title_tooltips (self, window_title);
}

/* Below this many ems the switcher in the middle of the header leaves the
 * project's title beside it a few characters (three of a Japanese title at
 * 1024 pixels): the switcher goes to the bottom and the title, whole, to the
 * middle, as on a narrower window. */
#define ROOMY_HEADER_EMS 80

static gboolean
header_is_roomy (BuntanWindow *self, int width)
{
  const PangoFontDescription *font =
    pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  double em = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    em = em * 96.0 / 72.0;
  return width >= ROOMY_HEADER_EMS * em;
}

/* Narrow, the switcher title shows the project's title and the switcher
 * moves to the bottom; wide, the title sits at the start of the header. */
static void
update_switcher_bar (BuntanWindow *self)
{
  gboolean roomy = header_is_roomy (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gboolean narrow;

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, roomy);
  narrow = !roomy || adw_view_switcher_title_get_title_visible (self->switcher_title);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, self->project != NULL && narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->window_title), self->project != NULL && !narrow);
}

static gboolean
update_switcher_bar_cb (gpointer user_data)
{
  BuntanWindow *self = user_data;

  self->switcher_idle_id = 0;
  update_switcher_bar (self);
  return G_SOURCE_REMOVE;
}

static void
title_visible_changed_cb (BuntanWindow *self)
{
  /* This changes while the header bar is being allocated: showing or hiding
   * a widget in it now would leave that widget without a size. */
  if (self->switcher_idle_id == 0)
    self->switcher_idle_id = g_idle_add (update_switcher_bar_cb, self);
}

static void
buntan_window_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  GTK_WIDGET_CLASS (buntan_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* As for the title's visibility: after the allocation, not in it. */
  if (header_is_roomy (self, width) !=
        adw_view_switcher_title_get_view_switcher_enabled (self->switcher_title) &&
      self->switcher_idle_id == 0)
    self->switcher_idle_id = g_idle_add (update_switcher_bar_cb, self);
}

/* The project; without one, the file being read or else what to start
 * with. */
static void
update_main_page (BuntanWindow *self)
{
  const char *shown = gtk_stack_get_visible_child_name (self->main_stack);
  const char *name;

  if (self->project != NULL)
    name = "project";
  else if (self->loading_file != NULL)
    name = "loading";
  else
    name = "empty";

  /* Meeting mode owns the stack while it lasts (buntan-window-meeting.c). */
  if (g_strcmp0 (shown, "project") != 0 && g_strcmp0 (shown, "empty") != 0 &&
      g_strcmp0 (shown, "loading") != 0)
    return;

  /* What was read replaces the placeholder at once: a window opened with a
   * file shows the project in its first frame, not a fade from the
   * placeholder. */
  gtk_stack_set_visible_child_full (self->main_stack, name,
                                    g_strcmp0 (shown, "loading") == 0
                                      ? GTK_STACK_TRANSITION_TYPE_NONE
                                      : gtk_stack_get_transition_type (self->main_stack));
}

static BuntanMatrix *
current_matrix (BuntanWindow *self)
{
  return self->overview != NULL ? buntan_overview_get_matrix (self->overview) : NULL;
}

static GPtrArray *
current_warnings (BuntanWindow *self)
{
  return self->overview != NULL ? buntan_overview_get_warnings (self->overview) : NULL;
}

static void
overview_changed_cb (BuntanWindow *self)
{
  /* A page not given the project yet (give_project()) gets the matrix with
   * it. */
  for (guint part = 1; part <= 2 && self->part1_page != NULL; part++)
    {
      BuntanPartPage *page = part == 1 ? self->part1_page : self->part2_page;

      if (buntan_part_page_get_project (page) == self->project)
        {
          buntan_part_page_set_matrix (page, current_matrix (self));
          buntan_part_page_set_warnings (page, current_warnings (self));
        }
    }
}

/* Shows the window's project on @page, if it does not yet. */
static void
give_project (BuntanWindow *self, GtkWidget *page)
{
  if (BUNTAN_IS_PART_PAGE (page))
    {
      if (buntan_part_page_get_project (BUNTAN_PART_PAGE (page)) == self->project)
        return;
      buntan_part_page_set_project (BUNTAN_PART_PAGE (page), self->project);
      buntan_part_page_set_matrix (BUNTAN_PART_PAGE (page), current_matrix (self));
      buntan_part_page_set_warnings (BUNTAN_PART_PAGE (page), current_warnings (self));
    }
  else if (BUNTAN_IS_MATRIX_VIEW (page))
    buntan_matrix_view_set_overview (BUNTAN_MATRIX_VIEW (page), self->overview);
  else if (BUNTAN_IS_SUMMARY_VIEW (page))
    buntan_summary_view_set_overview (BUNTAN_SUMMARY_VIEW (page), self->overview);
}

static void
give_project_to_all (BuntanWindow *self)
{
  if (self->part1_page == NULL)
    return;

  give_project (self, GTK_WIDGET (self->part1_page));
  give_project (self, GTK_WIDGET (self->part2_page));
  give_project (self, self->matrix_view);
  give_project (self, self->summary_view);
}

static void
fill_pages_cb (GdkFrameClock *clock, BuntanWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, fill_pages_cb, self);
  self->fill_clock = NULL;
  give_project_to_all (self);
}

static void
fill_pages_later (BuntanWindow *self);

static void
fill_pages_mapped_cb (BuntanWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, fill_pages_mapped_cb, NULL);
  fill_pages_later (self);
}

/* The view stack measures every page, shown or not: the pages out of view
 * get the project once the first frame with the page in view is painted,
 * and a page the user turns to before that gets it at once
 * (visible_page_changed_cb()). */
static void
fill_pages_later (BuntanWindow *self)
{
  GdkFrameClock *clock;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_signal_handlers_disconnect_by_func (self, fill_pages_mapped_cb, NULL);
      g_signal_connect (self, "map", G_CALLBACK (fill_pages_mapped_cb), NULL);
      return;
    }

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  /* Compared, never used: a window unmapped meanwhile has a new clock. */
  if (self->fill_clock == clock)
    return;

  self->fill_clock = clock;
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (fill_pages_cb), self, 0);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static gint
compare_recent (gconstpointer a, gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  return -g_date_time_compare (gtk_recent_info_get_modified (info_a),
                               gtk_recent_info_get_modified (info_b));
}

static gboolean
is_recent_project (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  return gtk_recent_info_is_local (info) && gtk_recent_info_exists (info) &&
         (g_strcmp0 (gtk_recent_info_get_mime_type (info), "application/x-buntan") == 0 ||
          g_str_has_suffix (uri, ".buntan"));
}

static GtkWidget *
recent_row_new (GtkRecentInfo *info)
{
  g_autoptr (GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *path = g_file_get_path (file);
  GtkWidget       *row = adw_action_row_new ();
  GtkWidget       *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  /* File names may contain markup characters: plain text before the
   * title is set, or the title is parsed as markup once and refused. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-file");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (path));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static void
update_recent_list (BuntanWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr (GPtrArray) projects =
    g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList     *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_recent_project (l->data))
        g_ptr_array_add (projects, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (projects, compare_recent);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; i < projects->len && i < MAX_RECENT; i++)
    gtk_list_box_append (self->recent_list, recent_row_new (g_ptr_array_index (projects, i)));

  gtk_widget_set_visible (self->recent_group, projects->len > 0);
}

static void
close_answer_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  BuntanWindow *self = BUNTAN_WINDOW (source);

  self->asking_to_close = FALSE;
  if (buntan_window_ask_save_changes_finish (self, result))
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
close_request_cb (GtkWindow *window)
{
  BuntanWindow *self = BUNTAN_WINDOW (window);

  /* Ended first, so that a meeting saved on closing has its end time. */
  _buntan_window_end_meeting (self);
  if (self->close_confirmed || self->project == NULL ||
      !buntan_project_get_is_modified (self->project))
    return FALSE;

  if (!self->asking_to_close)
    {
      self->asking_to_close = TRUE;
      buntan_window_ask_save_changes_async (self, NULL, close_answer_cb, NULL);
    }

  return TRUE;
}

static void
visible_page_changed_cb (BuntanWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  buntan_bench_log_after_frame (GTK_WIDGET (self), "page", name, buntan_bench_log_now ());
  if (self->project != NULL)
    give_project (self, adw_view_stack_get_visible_child (self->view_stack));
  if (self->settings != NULL && self->project != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-page", name);

  _buntan_window_update_actions (self);
}

static void
selected_item_changed_cb (BuntanWindow *self)
{
  _buntan_window_update_actions (self);
}

static void
item_activated_cb (BuntanWindow *self, const char *item_id)
{
  buntan_window_show_item (self, item_id);
}

static void
add_page (BuntanWindow *self,
          GtkWidget    *child,
          const char   *name,
          const char   *title,
          const char   *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, child, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
}

static BuntanPartPage *
part_page_new (BuntanWindow *self, guint part)
{
  BuntanPartPage *page = g_object_new (BUNTAN_TYPE_PART_PAGE, "part", part, NULL);

  g_signal_connect_object (page, "notify::selected-item", G_CALLBACK (selected_item_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _buntan_window_meeting_watch_page (self, page);
  return page;
}

/* The project's pages are most of what the window is made of: built with
 * the first project, not with the window, so the window maps sooner and an
 * empty one never builds them. */
static void
ensure_pages (BuntanWindow *self)
{
  if (self->part1_page != NULL)
    return;

  self->part1_page = part_page_new (self, 1);
  self->part2_page = part_page_new (self, 2);
  self->matrix_view = buntan_matrix_view_new ();
  self->summary_view = buntan_summary_view_new ();
  g_signal_connect_object (self->matrix_view, "item-activated", G_CALLBACK (item_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->summary_view, "item-activated", G_CALLBACK (item_activated_cb),
                           self, G_CONNECT_SWAPPED);

  add_page (self, GTK_WIDGET (self->part1_page), "part1", _ ("Part 1"),
            "view-list-bullet-symbolic");
  add_page (self, GTK_WIDGET (self->part2_page), "part2", _ ("Part 2"),
            "view-list-ordered-symbolic");
  add_page (self, self->matrix_view, "matrix", _ ("Responsibility matrix"), "view-grid-symbolic");
  add_page (self, self->summary_view, "summary", _ ("Summary"), "x-office-spreadsheet-symbolic");
}

/* The keyboard shortcuts window is built the first time it is asked for,
 * not with every window. The class action takes "win.show-help-overlay"
 * before GtkApplicationWindow's own (which exists once the overlay is set). */
static void
show_help_overlay_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr (GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/buntan-help-overlay.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (
                                                 gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

static void
buntan_window_dispose (GObject *object)
{
  BuntanWindow *self = (BuntanWindow *) object;

  /* However the window goes (closed, or quitting), the next one opens
   * the same size. */
  save_window_state (self);
  g_clear_object (&self->settings);
  g_clear_handle_id (&self->switcher_idle_id, g_source_remove);
  _buntan_window_cancel_load (self);
  g_clear_object (&self->loading_file);
  g_signal_handlers_disconnect_by_data (gtk_recent_manager_get_default (), self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->overview != NULL)
    g_signal_handlers_disconnect_by_data (self->overview, self);
  _buntan_window_dispose_aids (self);
  _buntan_window_dispose_file_monitor (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_WINDOW);
  /* The view stack held them; a frame still to come finds none. */
  self->part1_page = self->part2_page = NULL;
  self->matrix_view = self->summary_view = NULL;
  g_clear_object (&self->project);
  g_clear_object (&self->overview);

  G_OBJECT_CLASS (buntan_window_parent_class)->dispose (object);
}

static void
buntan_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanWindow *self = BUNTAN_WINDOW (object);

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
buntan_window_class_init (BuntanWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_window_dispose;
  widget_class->size_allocate = buntan_window_size_allocate;
  object_class->get_property = buntan_window_get_property;

  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/buntan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, conflicts_banner);
  g_type_ensure (BUNTAN_TYPE_CONFLICTS_BANNER);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, load_spinner);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, BuntanWindow, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);

  _buntan_window_class_init_actions (widget_class);
  _buntan_window_class_init_aids (widget_class);
  _buntan_window_class_init_print (widget_class);
  _buntan_window_class_init_meeting (widget_class);
  _buntan_window_class_init_questionnaire (widget_class);
  _buntan_window_class_init_checklist_update (widget_class);
  _buntan_window_class_init_answers (widget_class);
  _buntan_window_class_init_renewals (widget_class);
  _buntan_window_class_init_next_year (widget_class);
  _buntan_window_class_init_compare (widget_class);
}

static void
buntan_window_init (BuntanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ellipsize_titles_in_middle (self);
  _buntan_window_init_aids (self);
  _buntan_window_init_meeting (self);
  _buntan_window_init_file_monitor (self);

  self->settings = settings_new ();
  restore_window_state (self);

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (title_visible_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_list), self, G_CONNECT_SWAPPED);
  update_recent_list (self);

  _buntan_window_set_project (self, NULL);
}

BuntanWindow *
buntan_window_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (BUNTAN_TYPE_WINDOW, "application", application, NULL);
}

/**
 * buntan_window_get_project:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the project shown
 */
BuntanProject *
buntan_window_get_project (BuntanWindow *self)
{
  g_return_val_if_fail (BUNTAN_IS_WINDOW (self), NULL);

  return self->project;
}

/* Shows an item on its Part's page, e.g. from the matrix, the summary or a
 * gap, with the keyboard in its detail. */
void
buntan_window_show_item (BuntanWindow *self, const char *item_id)
{
  BuntanPartPage *page;
  BuntanItem     *item;

  g_return_if_fail (BUNTAN_IS_WINDOW (self));

  if (self->project == NULL || (item = buntan_project_find_item (self->project, item_id)) == NULL)
    return;

  page = _buntan_window_get_part_page (self, buntan_item_get_part (item));
  adw_view_stack_set_visible_child (self->view_stack, GTK_WIDGET (page));
  buntan_part_page_select_item (page, item);
  buntan_part_page_focus_detail (page);
}

void
_buntan_window_set_project (BuntanWindow *self, BuntanProject *project)
{
  gboolean first = self->project == NULL;

  g_return_if_fail (BUNTAN_IS_WINDOW (self));

  /* Before the project is set: the pages' first visible-child change is
   * not the user's choice of page. */
  if (project != NULL)
    ensure_pages (self);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (project != NULL)
    g_object_ref (project);
  g_clear_object (&self->project);
  self->project = project;

  if (project != NULL)
    {
      g_signal_connect_object (project, "notify::title", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::file", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::is-modified", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
    }

  if (self->overview != NULL)
    g_signal_handlers_disconnect_by_data (self->overview, self);
  g_clear_object (&self->overview);
  if (project != NULL)
    {
      self->overview = buntan_overview_new (project);
      g_signal_connect_swapped (self->overview, "changed", G_CALLBACK (overview_changed_cb), self);
    }
  overview_changed_cb (self);
  buntan_conflicts_banner_set_project (self->conflicts_banner, project);
  _buntan_window_file_monitor_set_project (self);

  if (project != NULL && first && self->settings != NULL)
    {
      g_autofree char *page = g_settings_get_string (self->settings, "last-page");

      if (adw_view_stack_get_child_by_name (self->view_stack, page) != NULL)
        adw_view_stack_set_visible_child_name (self->view_stack, page);
    }

  /* The page in view now, the others after the first frame. */
  if (project == NULL)
    give_project_to_all (self);
  else
    {
      give_project (self, adw_view_stack_get_visible_child (self->view_stack));
      fill_pages_later (self);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->view_stack), project != NULL);
  update_main_page (self);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, project != NULL);
  update_switcher_bar (self);
  update_title (self);
  _buntan_window_aids_set_project (self);
  _buntan_window_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * _buntan_window_get_part_page:
 * @self: a window showing a project
 * @part: 1 or 2
 *
 * Returns: (transfer none): the page of Part @part, showing the project
 *   even when it is not in view
 */
BuntanPartPage *
_buntan_window_get_part_page (BuntanWindow *self, guint part)
{
  BuntanPartPage *page = part == 1 ? self->part1_page : self->part2_page;

  g_return_val_if_fail (page != NULL, NULL);

  give_project (self, GTK_WIDGET (page));
  return page;
}

/**
 * _buntan_window_get_visible_part:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the Part page in view, if a Part is
 */
BuntanPartPage *
_buntan_window_get_visible_part (BuntanWindow *self)
{
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);

  if (self->project == NULL || !BUNTAN_IS_PART_PAGE (child))
    return NULL;

  return BUNTAN_PART_PAGE (child);
}

void
_buntan_window_add_recent (BuntanWindow *self, GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  const char      *name = g_get_application_name ();
  GtkRecentData    data = {
       .mime_type = (char *) "application/x-buntan",
       .app_name = (char *) (name != NULL ? name : "Buntan"),
       .app_exec = (char *) "buntan %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* A response given without a button (adw_message_dialog_response()) leaves
 * a message dialog open; a button has closed it already. */
void
_buntan_window_close_dialog_cb (AdwMessageDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Bad news: a dialog the user has to acknowledge. */
void
_buntan_window_show_error (BuntanWindow *self, const char *heading, const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect (dialog, "response", G_CALLBACK (_buntan_window_close_dialog_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Good news: a toast that goes away by itself. */
void
_buntan_window_toast (BuntanWindow *self, AdwToast *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Shows that @file is being read (or, with NULL, that nothing is): a
 * spinner in the header, and in place of the empty page while there is no
 * project yet. */
void
_buntan_window_set_loading (BuntanWindow *self, GFile *file)
{
  g_set_object (&self->loading_file, file);

  if (file != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      /* The description is markup; a file name is not. */
      g_autofree char *escaped = g_markup_escape_text (name, -1);

      adw_status_page_set_description (self->loading_page, escaped);
    }
  gtk_widget_set_visible (self->load_spinner, file != NULL);
  update_main_page (self);
  _buntan_window_update_actions (self);
}

/**
 * _buntan_window_get_loading_file:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the file being read to be shown next
 */
GFile *
_buntan_window_get_loading_file (BuntanWindow *self)
{
  return self->loading_file;
}
