/* buntan-meeting-view.c — one item at a time in large type, driven from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-meeting-view-private.h"
#include "buntan-meeting-walk.h"

G_DEFINE_FINAL_TYPE (BuntanMeetingView, buntan_meeting_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_ITEM,
  PROP_WALK,
  PROP_FOLLOW,
  PROP_SHOW_GUIDANCE,
  PROP_ZOOM,
  PROP_EDITING,
  N_PROPS
};

enum
{
  LEAVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
ensure_style (void)
{
  static GtkCssProvider *provider = NULL;
  GdkDisplay            *display = gdk_display_get_default ();

  if (provider != NULL || display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/buntan-meeting.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
_buntan_meeting_view_walk_position (BuntanMeetingView *self)
{
  guint position;

  if (self->item != NULL && g_ptr_array_find (self->items, self->item, &position))
    return (int) position;

  return -1;
}

static void
rebuild_cb (gpointer data)
{
  BuntanMeetingView *self = data;

  self->n_agreed = self->n_gaps = 0;

  if (self->overview != NULL)
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          BuntanItem *item = g_ptr_array_index (self->items, i);

          if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_AGREED)
            self->n_agreed++;
          if (buntan_overview_item_has_gap (self->overview, buntan_item_get_id (item)))
            self->n_gaps++;
        }
    }

  /* Renamed parties, a party added or removed: the names and the keys. */
  _buntan_meeting_view_update_item (self);
}

/* The item and the walk ------------------------------------------------------ */

static void
item_notify_cb (BuntanMeetingView *self)
{
  _buntan_meeting_view_update_item (self);
}

static void
rebuild_walk (BuntanMeetingView *self)
{
  g_ptr_array_set_size (self->items, 0);

  if (self->project != NULL)
    {
      BuntanMatrix *gaps = NULL;
      g_autoptr (GPtrArray) items = NULL;

      /* A walk through the gaps starts from those of this moment. */
      if (g_strcmp0 (self->walk, BUNTAN_MEETING_WALK_GAPS) == 0 && self->overview != NULL)
        gaps = buntan_overview_get_matrix (self->overview);
      items = buntan_meeting_walk_items (self->project, self->walk, gaps);

      for (guint i = 0; i < items->len; i++)
        g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));
    }
}

/* The current item stays when it is part of the new walk; otherwise the
 * walk starts at its beginning. */
static void
keep_or_first (BuntanMeetingView *self)
{
  if (_buntan_meeting_view_walk_position (self) >= 0 || self->follow)
    {
      _buntan_meeting_view_update_item (self);
      return;
    }

  buntan_meeting_view_set_item (self,
                                self->items->len > 0 ? g_ptr_array_index (self->items, 0) : NULL);
}

static void
project_items_changed_cb (BuntanMeetingView *self)
{
  /* An item added or removed: the walk follows, the gaps walk too. */
  rebuild_walk (self);
  if (self->item != NULL &&
      buntan_project_find_item (self->project, buntan_item_get_id (self->item)) == NULL)
    buntan_meeting_view_set_item (self, NULL);
  keep_or_first (self);
  _buntan_meeting_view_update_actions (self);
}

void
_buntan_meeting_view_notify_editing (BuntanMeetingView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

void
_buntan_meeting_view_emit_leave (BuntanMeetingView *self)
{
  g_signal_emit (self, signals[LEAVE], 0);
}

/* GObject -------------------------------------------------------------------- */

static void
buntan_meeting_view_dispose (GObject *object)
{
  BuntanMeetingView *self = (BuntanMeetingView *) object;

  /* A question about an item this view no longer shows has no answer. */
  if (self->vendor_chooser != NULL)
    gtk_window_destroy (self->vendor_chooser);
  g_clear_weak_pointer (&self->vendor_chooser);
  buntan_meeting_view_set_item (self, NULL);
  buntan_meeting_view_set_project (self, NULL);
  buntan_view_watch_clear (&self->watch);
  g_clear_object (&self->overview);
  g_clear_handle_id (&self->fit_idle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), BUNTAN_TYPE_MEETING_VIEW);
  buntan_view_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (buntan_meeting_view_parent_class)->dispose (object);
}

static void
buntan_meeting_view_finalize (GObject *object)
{
  BuntanMeetingView *self = (BuntanMeetingView *) object;

  g_free (self->walk);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (buntan_meeting_view_parent_class)->finalize (object);
}

static void
buntan_meeting_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_WALK:
      g_value_set_string (value, self->walk);
      break;

    case PROP_FOLLOW:
      g_value_set_boolean (value, self->follow);
      break;

    case PROP_SHOW_GUIDANCE:
      g_value_set_boolean (value, self->show_guidance);
      break;

    case PROP_ZOOM:
      g_value_set_uint (value, self->zoom);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->editing != EDIT_NONE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_meeting_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BuntanMeetingView *self = BUNTAN_MEETING_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_meeting_view_set_project (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      buntan_meeting_view_set_item (self, g_value_get_object (value));
      break;

    case PROP_WALK:
      buntan_meeting_view_set_walk (self, g_value_get_string (value));
      break;

    case PROP_FOLLOW:
      self->follow = g_value_get_boolean (value);
      _buntan_meeting_view_update_legend (self);
      _buntan_meeting_view_update_actions (self);
      break;

    case PROP_SHOW_GUIDANCE:
      buntan_meeting_view_set_show_guidance (self, g_value_get_boolean (value));
      break;

    case PROP_ZOOM:
      buntan_meeting_view_set_zoom (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_meeting_view_class_init (BuntanMeetingViewClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_meeting_view_dispose;
  object_class->finalize = buntan_meeting_view_finalize;
  object_class->get_property = buntan_meeting_view_get_property;
  object_class->set_property = buntan_meeting_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT, flags);
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM, flags);
  properties[PROP_WALK] =
    g_param_spec_string ("walk", NULL, NULL, BUNTAN_MEETING_WALK_PART2, flags);
  properties[PROP_FOLLOW] =
    g_param_spec_boolean ("follow", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_GUIDANCE] = g_param_spec_boolean ("show-guidance", NULL, NULL, FALSE, flags);
  properties[PROP_ZOOM] = g_param_spec_uint ("zoom", NULL, NULL, 0, BUNTAN_MEETING_VIEW_N_ZOOMS - 1,
                                             BUNTAN_MEETING_VIEW_DEFAULT_ZOOM, flags);
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanMeetingView::leave:
   *
   * Esc (meeting.leave): the facilitator is done with meeting mode.
   */
  signals[LEAVE] = g_signal_new ("leave", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/buntan-meeting-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, number_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, gap_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, text_scroller);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, content_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, guidance_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, risk_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, recommended_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, owner_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, parties_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, vendor_checks_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, status_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, first_check_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView,
                                        first_check_previous_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, clause_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, clause_entry);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, note_label);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, note_view);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, legend_box);
  gtk_widget_class_bind_template_child (widget_class, BuntanMeetingView, empty_page);

  _buntan_meeting_view_class_init_actions (widget_class);
  _buntan_meeting_view_class_init_size (widget_class);
  gtk_widget_class_set_css_name (widget_class, "meetingview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
buntan_meeting_view_init (BuntanMeetingView *self)
{
  ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->walk = g_strdup (BUNTAN_MEETING_WALK_PART2);
  self->zoom = BUNTAN_MEETING_VIEW_DEFAULT_ZOOM;
  self->size = G_MAXUINT;
  _buntan_meeting_view_update_size (self);
  buntan_view_watch_init (&self->watch, rebuild_cb, self);

  _buntan_meeting_view_init_actions (self);

  _buntan_meeting_view_update_legend (self);
  _buntan_meeting_view_update_item (self);
  _buntan_meeting_view_update_actions (self);
}

/* Public API ----------------------------------------------------------------- */

/**
 * buntan_meeting_view_new:
 * @follow: %TRUE for a presentation screen: it shows the item it is given
 *   and changes nothing
 *
 * Returns: (transfer floating): a new view
 */
BuntanMeetingView *
buntan_meeting_view_new (gboolean follow)
{
  return g_object_new (BUNTAN_TYPE_MEETING_VIEW, "follow", follow, NULL);
}

BuntanProject *
buntan_meeting_view_get_project (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->project;
}

/**
 * buntan_meeting_view_set_project:
 * @self: a meeting view
 * @project: (nullable): the project
 *
 * Shows @project, at the first item of the walk (the walk stays if the
 * project has it, otherwise it is Part 2).
 */
void
buntan_meeting_view_set_project (BuntanMeetingView *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (self->project == project)
    return;

  _buntan_meeting_view_finish_editing (self);
  buntan_meeting_view_set_item (self, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (buntan_project_get_items (self->project), self);
  g_set_object (&self->project, project);
  if (self->overview == NULL || buntan_overview_get_project (self->overview) != project)
    {
      g_clear_object (&self->overview);
      if (project != NULL)
        self->overview = buntan_overview_new (project);
    }

  if (project != NULL)
    {
      g_signal_connect_object (buntan_project_get_items (project), "items-changed",
                               G_CALLBACK (project_items_changed_cb), self, G_CONNECT_SWAPPED);
      if (!buntan_meeting_walk_is_valid (project, self->walk))
        {
          g_free (self->walk);
          self->walk = g_strdup (BUNTAN_MEETING_WALK_PART2);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK]);
        }
    }

  rebuild_walk (self);
  /* Rebuilds the counts and shows the item at once. */
  buntan_view_watch_set_project (&self->watch, project);
  keep_or_first (self);
  _buntan_meeting_view_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * buntan_meeting_view_set_overview:
 * @self: a meeting view
 * @overview: (nullable): the overview of the project to show
 *
 * As buntan_meeting_view_set_project(), but the counts and gaps come from
 * @overview (the window's) instead of one of the view's own.
 */
void
buntan_meeting_view_set_overview (BuntanMeetingView *self, BuntanOverview *overview)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));
  g_return_if_fail (overview == NULL || BUNTAN_IS_OVERVIEW (overview));

  if (overview != NULL && overview != self->overview)
    {
      g_set_object (&self->overview, overview);
      rebuild_cb (self);
    }
  buntan_meeting_view_set_project (self, overview != NULL ? buntan_overview_get_project (overview)
                                                          : NULL);
}

BuntanItem *
buntan_meeting_view_get_item (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->item;
}

/**
 * buntan_meeting_view_set_item:
 * @self: a meeting view
 * @item: (nullable): an item of the project, also one outside the walk
 *
 * Shows @item. What is being typed into the clause or the note is kept
 * first, on the item it was typed for.
 */
void
buntan_meeting_view_set_item (BuntanMeetingView *self, BuntanItem *item)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));
  g_return_if_fail (item == NULL || BUNTAN_IS_ITEM (item));

  if (self->item == item)
    return;

  _buntan_meeting_view_finish_editing (self);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      g_signal_connect_object (item, "notify", G_CALLBACK (item_notify_cb), self,
                               G_CONNECT_SWAPPED);
      /* The vendors' answers are shown too. */
      g_signal_connect_object (item, "check-notify", G_CALLBACK (item_notify_cb), self,
                               G_CONNECT_SWAPPED);
    }

  _buntan_meeting_view_update_item (self);
  _buntan_meeting_view_update_actions (self);
  /* A new item is read from its beginning. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->text_scroller), 0);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

const char *
buntan_meeting_view_get_walk (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->walk;
}

/**
 * buntan_meeting_view_set_walk:
 * @self: a meeting view
 * @walk: which items to go through (see buntan-meeting-walk.h)
 *
 * Takes the items of the walk as they are now (a walk through the gaps
 * keeps the items it started with). The current item stays when it is part
 * of the walk; otherwise the walk starts at its first item. An unknown walk
 * is ignored.
 */
void
buntan_meeting_view_set_walk (BuntanMeetingView *self, const char *walk)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));

  if (self->project != NULL && !buntan_meeting_walk_is_valid (self->project, walk))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  if (g_strcmp0 (self->walk, walk) != 0)
    {
      g_free (self->walk);
      self->walk = g_strdup (walk);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK]);
    }

  rebuild_walk (self);
  rebuild_cb (self);
  keep_or_first (self);
  _buntan_meeting_view_update_actions (self);
}

guint
buntan_meeting_view_get_n_walk_items (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), 0);

  return self->items->len;
}

/**
 * buntan_meeting_view_get_walk_item:
 * @self: a meeting view
 * @position: a position in the walk
 *
 * Returns: (transfer none): the item at @position
 */
BuntanItem *
buntan_meeting_view_get_walk_item (BuntanMeetingView *self, guint position)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

gboolean
buntan_meeting_view_get_follow (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), FALSE);

  return self->follow;
}

gboolean
buntan_meeting_view_get_show_guidance (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), FALSE);

  return self->show_guidance;
}

void
buntan_meeting_view_set_show_guidance (BuntanMeetingView *self, gboolean show_guidance)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));

  show_guidance = !!show_guidance;
  if (self->show_guidance == show_guidance)
    return;

  self->show_guidance = show_guidance;
  gtk_widget_set_visible (self->guidance_box, show_guidance);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_GUIDANCE]);
}

guint
buntan_meeting_view_get_zoom (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), BUNTAN_MEETING_VIEW_DEFAULT_ZOOM);

  return self->zoom;
}

/**
 * buntan_meeting_view_set_zoom:
 * @self: a meeting view
 * @zoom: a step below %BUNTAN_MEETING_VIEW_N_ZOOMS; on a 1920×1080 screen the
 *   body text is 40 px at %BUNTAN_MEETING_VIEW_DEFAULT_ZOOM and 22 px at the
 *   smallest; a smaller view makes the type proportionally smaller
 */
void
buntan_meeting_view_set_zoom (BuntanMeetingView *self, guint zoom)
{
  g_return_if_fail (BUNTAN_IS_MEETING_VIEW (self));

  zoom = MIN (zoom, BUNTAN_MEETING_VIEW_N_ZOOMS - 1);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  _buntan_meeting_view_update_size (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

gboolean
buntan_meeting_view_get_editing (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), FALSE);

  return self->editing != EDIT_NONE;
}

/**
 * buntan_meeting_view_dup_progress:
 * @self: a meeting view
 *
 * Returns: (transfer full): the progress line: the walk, the item's place
 *   in it, and how many of its items are agreed and still open
 */
char *
buntan_meeting_view_dup_progress (BuntanMeetingView *self)
{
  g_autofree char   *walk = NULL;
  g_autofree char   *place = NULL;
  BuntanMeeting     *meeting;
  const char *const *parties;
  int                position;

  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  if (self->project == NULL)
    return g_strdup ("");

  walk = buntan_meeting_walk_dup_label (self->project, self->walk);
  position = _buntan_meeting_view_walk_position (self);
  if (position >= 0)
    place = g_strdup_printf ("%d", position + 1);
  else
    place = g_strdup ("–");

  /* The vendors the meeting is held with, by their short names. */
  meeting = buntan_project_get_active_meeting (self->project);
  parties = meeting != NULL ? buntan_meeting_get_parties (meeting) : NULL;
  if (parties != NULL && parties[0] != NULL)
    {
      g_autoptr (GPtrArray) names = g_ptr_array_new_null_terminated (0, NULL, TRUE);
      g_autofree char *joined = NULL;
      char            *with;

      for (guint i = 0; parties[i] != NULL; i++)
        {
          BuntanParty *party = buntan_project_find_party (self->project, parties[i]);

          if (party != NULL)
            g_ptr_array_add (names, (gpointer) buntan_party_get_short_name (party));
        }
      /* TRANSLATORS: separates the vendors' short names in meeting mode's header */
      joined = g_strjoinv (_ (", "), (char **) names->pdata);
      /* TRANSLATORS: the walk's name, then the vendors the meeting is held with */
      with = g_strdup_printf (_ ("%s · with %s"), walk, joined);
      g_free (walk);
      walk = with;
    }

  /* TRANSLATORS: the walk's name, then e.g. "Item 3 of 31 · agreed 12 · gaps left 5" */
  return g_strdup_printf (_ ("%s\nItem %s of %u · agreed %u · gaps left %u"), walk, place,
                          self->items->len, self->n_agreed, self->n_gaps);
}

/* The dialog that asks which vendor gave a Y/N answer, while it is open. */
GtkWindow *
buntan_meeting_view_get_vendor_chooser (BuntanMeetingView *self)
{
  g_return_val_if_fail (BUNTAN_IS_MEETING_VIEW (self), NULL);

  return self->vendor_chooser;
}
