/* buntan-split-pane.c — a list beside its detail pane, the pane folding over the list when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "buntan-split-pane.h"

/* AdwFlap does what the Part pages need on libadwaita 1.2 — beside the list
 * when there is room, over it (modal, closed by Esc) when not — but 1.4
 * deprecates it. Only this file knows it is there, so the port to
 * AdwOverlaySplitView touches nothing else.
 *
 * The flap's own folding follows the children's minimum widths; ours
 * follows a width the page chooses (fold-width), so the list can keep a
 * small minimum (the window fits a small screen) and still fold the pane
 * away before the list's columns get too narrow. */

struct _BuntanSplitPane
{
  GtkWidget parent_instance;

  GtkWidget *flap; /* an AdwFlap */
  int        fold_width;
  guint      fold_idle_id;
  gboolean   fold_wanted;
};

G_DEFINE_FINAL_TYPE (BuntanSplitPane, buntan_split_pane, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CONTENT,
  PROP_PANE,
  PROP_FOLD_WIDTH,
  PROP_FOLDED,
  PROP_REVEAL_PANE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
flap_folded_cb (BuntanSplitPane *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
flap_reveal_cb (BuntanSplitPane *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEAL_PANE]);
}

static void
buntan_split_pane_measure (GtkWidget     *widget,
                           GtkOrientation orientation,
                           int            for_size,
                           int           *minimum,
                           int           *natural,
                           int           *minimum_baseline,
                           int           *natural_baseline)
{
  BuntanSplitPane *self = BUNTAN_SPLIT_PANE (widget);

  gtk_widget_measure (self->flap, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
}

static gboolean
fold_idle_cb (gpointer data)
{
  BuntanSplitPane *self = data;

  self->fold_idle_id = 0;
  adw_flap_set_fold_policy (ADW_FLAP (self->flap), self->fold_wanted ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                                                     : ADW_FLAP_FOLD_POLICY_NEVER);
  /* Beside the list the pane is always shown (folding closed it). */
  if (!self->fold_wanted)
    adw_flap_set_reveal_flap (ADW_FLAP (self->flap), TRUE);
  return G_SOURCE_REMOVE;
}

static void
buntan_split_pane_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  BuntanSplitPane *self = BUNTAN_SPLIT_PANE (widget);
  gboolean folded = adw_flap_get_fold_policy (ADW_FLAP (self->flap)) == ADW_FLAP_FOLD_POLICY_ALWAYS;

  /* Folding shows and hides widgets that watch it (a toggle button beside
   * the filters): not in the middle of laying them out, but right after. */
  self->fold_wanted = width < self->fold_width;
  if (self->fold_wanted != folded && self->fold_idle_id == 0)
    self->fold_idle_id = g_idle_add (fold_idle_cb, self);

  gtk_widget_allocate (self->flap, width, height, baseline, NULL);
}

static void
buntan_split_pane_dispose (GObject *object)
{
  BuntanSplitPane *self = BUNTAN_SPLIT_PANE (object);

  g_clear_handle_id (&self->fold_idle_id, g_source_remove);
  g_clear_pointer (&self->flap, gtk_widget_unparent);

  G_OBJECT_CLASS (buntan_split_pane_parent_class)->dispose (object);
}

static void
buntan_split_pane_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanSplitPane *self = BUNTAN_SPLIT_PANE (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, buntan_split_pane_get_content (self));
      break;

    case PROP_PANE:
      g_value_set_object (value, buntan_split_pane_get_pane (self));
      break;

    case PROP_FOLD_WIDTH:
      g_value_set_int (value, self->fold_width);
      break;

    case PROP_FOLDED:
      g_value_set_boolean (value, buntan_split_pane_get_folded (self));
      break;

    case PROP_REVEAL_PANE:
      g_value_set_boolean (value, buntan_split_pane_get_reveal_pane (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_split_pane_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuntanSplitPane *self = BUNTAN_SPLIT_PANE (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      buntan_split_pane_set_content (self, g_value_get_object (value));
      break;

    case PROP_PANE:
      buntan_split_pane_set_pane (self, g_value_get_object (value));
      break;

    case PROP_FOLD_WIDTH:
      buntan_split_pane_set_fold_width (self, g_value_get_int (value));
      break;

    case PROP_REVEAL_PANE:
      buntan_split_pane_set_reveal_pane (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_split_pane_class_init (BuntanSplitPaneClass *klass)
{
  GObjectClass     *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass   *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = buntan_split_pane_dispose;
  object_class->get_property = buntan_split_pane_get_property;
  object_class->set_property = buntan_split_pane_set_property;

  widget_class->measure = buntan_split_pane_measure;
  widget_class->size_allocate = buntan_split_pane_size_allocate;

  properties[PROP_CONTENT] = g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_PANE] = g_param_spec_object ("pane", NULL, NULL, GTK_TYPE_WIDGET, flags);
  properties[PROP_FOLD_WIDTH] = g_param_spec_int ("fold-width", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEAL_PANE] = g_param_spec_boolean ("reveal-pane", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "splitpane");
}

static void
buntan_split_pane_init (BuntanSplitPane *self)
{
  self->flap = adw_flap_new ();
  adw_flap_set_flap_position (ADW_FLAP (self->flap), GTK_PACK_END);
  adw_flap_set_fold_policy (ADW_FLAP (self->flap), ADW_FLAP_FOLD_POLICY_NEVER);
  adw_flap_set_modal (ADW_FLAP (self->flap), TRUE);
  adw_flap_set_separator (ADW_FLAP (self->flap), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  /* A swipe on a touchpad scrolling the list must not pull the pane in. */
  adw_flap_set_swipe_to_open (ADW_FLAP (self->flap), FALSE);
  gtk_widget_set_parent (self->flap, GTK_WIDGET (self));

  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (flap_folded_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (flap_reveal_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
buntan_split_pane_new (void)
{
  return g_object_new (BUNTAN_TYPE_SPLIT_PANE, NULL);
}

GtkWidget *
buntan_split_pane_get_content (BuntanSplitPane *self)
{
  g_return_val_if_fail (BUNTAN_IS_SPLIT_PANE (self), NULL);

  return adw_flap_get_content (ADW_FLAP (self->flap));
}

void
buntan_split_pane_set_content (BuntanSplitPane *self, GtkWidget *content)
{
  g_return_if_fail (BUNTAN_IS_SPLIT_PANE (self));
  g_return_if_fail (content == NULL || GTK_IS_WIDGET (content));

  if (adw_flap_get_content (ADW_FLAP (self->flap)) == content)
    return;

  adw_flap_set_content (ADW_FLAP (self->flap), content);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

GtkWidget *
buntan_split_pane_get_pane (BuntanSplitPane *self)
{
  g_return_val_if_fail (BUNTAN_IS_SPLIT_PANE (self), NULL);

  return adw_flap_get_flap (ADW_FLAP (self->flap));
}

void
buntan_split_pane_set_pane (BuntanSplitPane *self, GtkWidget *pane)
{
  g_return_if_fail (BUNTAN_IS_SPLIT_PANE (self));
  g_return_if_fail (pane == NULL || GTK_IS_WIDGET (pane));

  if (adw_flap_get_flap (ADW_FLAP (self->flap)) == pane)
    return;

  /* Over the list it needs a background of its own. */
  if (pane != NULL)
    gtk_widget_add_css_class (pane, "background");
  adw_flap_set_flap (ADW_FLAP (self->flap), pane);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PANE]);
}

int
buntan_split_pane_get_fold_width (BuntanSplitPane *self)
{
  g_return_val_if_fail (BUNTAN_IS_SPLIT_PANE (self), 0);

  return self->fold_width;
}

/* Below @fold_width the pane folds over the content; the content's own
 * minimum width stays what it is. */
void
buntan_split_pane_set_fold_width (BuntanSplitPane *self, int fold_width)
{
  g_return_if_fail (BUNTAN_IS_SPLIT_PANE (self));

  if (self->fold_width == fold_width)
    return;

  self->fold_width = fold_width;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLD_WIDTH]);
}

gboolean
buntan_split_pane_get_folded (BuntanSplitPane *self)
{
  g_return_val_if_fail (BUNTAN_IS_SPLIT_PANE (self), FALSE);

  return adw_flap_get_folded (ADW_FLAP (self->flap));
}

gboolean
buntan_split_pane_get_reveal_pane (BuntanSplitPane *self)
{
  g_return_val_if_fail (BUNTAN_IS_SPLIT_PANE (self), FALSE);

  return adw_flap_get_reveal_flap (ADW_FLAP (self->flap));
}

/* Folded, this brings the pane over the content or takes it away; unfolded,
 * the pane is always there. */
void
buntan_split_pane_set_reveal_pane (BuntanSplitPane *self, gboolean reveal_pane)
{
  g_return_if_fail (BUNTAN_IS_SPLIT_PANE (self));

  adw_flap_set_reveal_flap (ADW_FLAP (self->flap), reveal_pane);
}
