/* buntan-overview-view.c — a view that shows a project through its BuntanOverview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An abstract base class rather than a helper each view holds: the views
 * share public properties ("project", "overview") and the moment they
 * update, which is what a GObject base class gives once (as GTK's own
 * GtkRange does for GtkScale and GtkScrollbar).
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-overview-view.h"

typedef struct
{
  BuntanOverview *overview; /* the window's, or one of its own (set_project()) */
} BuntanOverviewViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BuntanOverviewView, buntan_overview_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_OVERVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
overview_changed_cb (BuntanOverviewView *self)
{
  BUNTAN_OVERVIEW_VIEW_GET_CLASS (self)->update (self);
}

static void
buntan_overview_view_dispose (GObject *object)
{
  BuntanOverviewView        *self = BUNTAN_OVERVIEW_VIEW (object);
  BuntanOverviewViewPrivate *priv = buntan_overview_view_get_instance_private (self);

  if (priv->overview != NULL)
    g_signal_handlers_disconnect_by_data (priv->overview, self);
  g_clear_object (&priv->overview);

  G_OBJECT_CLASS (buntan_overview_view_parent_class)->dispose (object);
}

static void
buntan_overview_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanOverviewView *self = BUNTAN_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, buntan_overview_view_get_project (self));
      break;

    case PROP_OVERVIEW:
      g_value_set_object (value, buntan_overview_view_get_overview (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_overview_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BuntanOverviewView *self = BUNTAN_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_overview_view_set_project (self, g_value_get_object (value));
      break;

    case PROP_OVERVIEW:
      buntan_overview_view_set_overview (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_overview_view_class_init (BuntanOverviewViewClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_overview_view_dispose;
  object_class->get_property = buntan_overview_view_get_property;
  object_class->set_property = buntan_overview_view_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT, flags);
  properties[PROP_OVERVIEW] =
    g_param_spec_object ("overview", NULL, NULL, BUNTAN_TYPE_OVERVIEW, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
buntan_overview_view_init (BuntanOverviewView *self)
{
}

/**
 * buntan_overview_view_get_project:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the project shown
 */
BuntanProject *
buntan_overview_view_get_project (BuntanOverviewView *self)
{
  BuntanOverviewViewPrivate *priv;

  g_return_val_if_fail (BUNTAN_IS_OVERVIEW_VIEW (self), NULL);

  priv = buntan_overview_view_get_instance_private (self);
  return priv->overview != NULL ? buntan_overview_get_project (priv->overview) : NULL;
}

/**
 * buntan_overview_view_set_project:
 * @self: a view
 * @project: (nullable): the project to show
 *
 * Shows @project at once, through an overview of its own, unless the view
 * has an overview of @project already; a window that has an overview for
 * the project gives it with buntan_overview_view_set_overview() instead.
 */
void
buntan_overview_view_set_project (BuntanOverviewView *self, BuntanProject *project)
{
  g_autoptr (BuntanOverview) overview = NULL;

  g_return_if_fail (BUNTAN_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (project == NULL || BUNTAN_IS_PROJECT (project));

  if (project == buntan_overview_view_get_project (self))
    return;

  if (project != NULL)
    overview = buntan_overview_new (project);
  buntan_overview_view_set_overview (self, overview);
}

/**
 * buntan_overview_view_get_overview:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the overview whose figures are shown
 */
BuntanOverview *
buntan_overview_view_get_overview (BuntanOverviewView *self)
{
  BuntanOverviewViewPrivate *priv;

  g_return_val_if_fail (BUNTAN_IS_OVERVIEW_VIEW (self), NULL);

  priv = buntan_overview_view_get_instance_private (self);
  return priv->overview;
}

/**
 * buntan_overview_view_set_overview:
 * @self: a view
 * @overview: (nullable): the overview of the project to show
 *
 * Shows the overview's figures at once, and again each time it changes.
 */
void
buntan_overview_view_set_overview (BuntanOverviewView *self, BuntanOverview *overview)
{
  BuntanOverviewViewPrivate *priv;
  BuntanProject             *old_project;

  g_return_if_fail (BUNTAN_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (overview == NULL || BUNTAN_IS_OVERVIEW (overview));

  priv = buntan_overview_view_get_instance_private (self);
  if (overview == priv->overview)
    return;

  old_project = buntan_overview_view_get_project (self);
  if (priv->overview != NULL)
    g_signal_handlers_disconnect_by_data (priv->overview, self);
  g_set_object (&priv->overview, overview);
  if (overview != NULL)
    g_signal_connect_swapped (overview, "changed", G_CALLBACK (overview_changed_cb), self);

  /* Before the view updates: a view inside it (the summary's chart) is
   * bound to "overview" and shows the same figures in the same pass. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERVIEW]);
  BUNTAN_OVERVIEW_VIEW_GET_CLASS (self)->update (self);
  if (old_project != buntan_overview_view_get_project (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}
