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

static void
buntan_window_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanWindow *self = BUNTAN_WINDOW (widget);

  GTK_WIDGET_CLASS (buntan_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* As for the title's visibility: after the allocation, not in it. */
  if (_buntan_window_header_is_roomy (self, width) !=
        adw_view_switcher_title_get_view_switcher_enabled (self->switcher_title) &&
      self->switcher_idle_id == 0)
    self->switcher_idle_id = g_idle_add (_buntan_window_update_switcher_bar_cb, self);
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
    _buntan_window_give_project (self, adw_view_stack_get_visible_child (self->view_stack));
  if (self->settings != NULL && self->project != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-page", name);

  _buntan_window_update_actions (self);
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
  _buntan_window_ellipsize_titles_in_middle (self);
  _buntan_window_init_aids (self);
  _buntan_window_init_meeting (self);
  _buntan_window_init_file_monitor (self);

  self->settings = settings_new ();
  restore_window_state (self);

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (_buntan_window_title_visible_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_buntan_window_update_recent_list), self, G_CONNECT_SWAPPED);
  _buntan_window_update_recent_list (self);

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
    _buntan_window_ensure_pages (self);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (project != NULL)
    g_object_ref (project);
  g_clear_object (&self->project);
  self->project = project;

  if (project != NULL)
    {
      g_signal_connect_object (project, "notify::title", G_CALLBACK (_buntan_window_update_title),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::file", G_CALLBACK (_buntan_window_update_title),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (project, "notify::is-modified",
                               G_CALLBACK (_buntan_window_update_title), self, G_CONNECT_SWAPPED);
    }

  if (self->overview != NULL)
    g_signal_handlers_disconnect_by_data (self->overview, self);
  g_clear_object (&self->overview);
  if (project != NULL)
    {
      self->overview = buntan_overview_new (project);
      g_signal_connect_swapped (self->overview, "changed",
                                G_CALLBACK (_buntan_window_overview_changed_cb), self);
    }
  _buntan_window_overview_changed_cb (self);
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
    _buntan_window_give_project_to_all (self);
  else
    {
      _buntan_window_give_project (self, adw_view_stack_get_visible_child (self->view_stack));
      _buntan_window_fill_pages_later (self);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->view_stack), project != NULL);
  update_main_page (self);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, project != NULL);
  _buntan_window_update_switcher_bar (self);
  _buntan_window_update_title (self);
  _buntan_window_aids_set_project (self);
  _buntan_window_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
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
