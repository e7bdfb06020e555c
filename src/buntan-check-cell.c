/* buntan-check-cell.c — an item's first check or completion in a Part list, summed over its vendors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An item that vendors confirm has one check per vendor, which a property
 * expression cannot follow: the cell listens to the item's checks and marks
 * and shows what buntan-check-summary.c makes of them.
 */

#include "config.h"

#include "buntan-check-cell.h"

struct _BuntanCheckCell
{
  GtkWidget parent_instance;

  BuntanItem    *item;
  BuntanProject *project;
  gboolean       completed; /* the completed column, not the first check */
  char          *details;   /* one line per vendor, for the tooltip */
  GtkWidget     *inscription;
};

G_DEFINE_FINAL_TYPE (BuntanCheckCell, buntan_check_cell, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  PROP_PROJECT,
  PROP_COMPLETED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (BuntanCheckCell *self)
{
  g_autofree char *text = NULL;

  g_clear_pointer (&self->details, g_free);
  if (self->item != NULL && self->project != NULL)
    {
      /* A cyber-security checklist is answered per vendor: the first check
       * names who said what (buntan-cyber-summary.c). */
      if (!self->completed && buntan_cyber_checklist_applies (self->project))
        {
          text =
            buntan_cyber_item_dup_answers_text (self->item, self->project, BUNTAN_CYBER_TEXT_SHORT);
          self->details = buntan_cyber_item_dup_answers_text (self->item, self->project,
                                                              BUNTAN_CYBER_TEXT_SPOKEN);
        }
      else
        {
          text = self->completed ? buntan_check_summary_dup_completed (self->item, self->project)
                                 : buntan_check_summary_dup_result (self->item, self->project);
          self->details = buntan_check_summary_dup_details (self->item, self->project);
        }
    }

  gtk_inscription_set_text (GTK_INSCRIPTION (self->inscription), text);
  if (self->details != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->details, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Setting a tooltip costs GTK 4.8 a round trip to the X server, and the
 * list binds its cells on every filter change: the text is handed over only
 * when a tooltip is about to show (as in buntan-part-page-columns.c). */
static gboolean
query_tooltip_cb (BuntanCheckCell *self,
                  int              x,
                  int              y,
                  gboolean         keyboard_tooltip,
                  GtkTooltip      *tooltip)
{
  if (self->details == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, self->details);
  return TRUE;
}

static void
item_changed_cb (BuntanCheckCell *self)
{
  update (self);
}

static void
set_item (BuntanCheckCell *self, BuntanItem *item)
{
  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, item_changed_cb, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      /* The vendors that confirm follow the marks; the item-level values
       * show where no vendor confirms. */
      static const char *const signals[] = {
        "check-added",
        "check-notify",
        "notify::owner",
        "notify::participants",
        "notify::first-check",
        "notify::completed",
        "notify::first-check-date",
        "notify::target",
        "notify::status",
      };

      for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
        g_signal_connect_swapped (item, signals[i], G_CALLBACK (item_changed_cb), self);
    }

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
buntan_check_cell_dispose (GObject *object)
{
  BuntanCheckCell *self = BUNTAN_CHECK_CELL (object);

  set_item (self, NULL);
  g_clear_object (&self->project);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->inscription, gtk_widget_unparent);

  G_OBJECT_CLASS (buntan_check_cell_parent_class)->dispose (object);
}

static void
buntan_check_cell_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanCheckCell *self = BUNTAN_CHECK_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_COMPLETED:
      g_value_set_boolean (value, self->completed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_check_cell_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BuntanCheckCell *self = BUNTAN_CHECK_CELL (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      set_item (self, g_value_get_object (value));
      break;
    case PROP_PROJECT:
      if (g_set_object (&self->project, g_value_get_object (value)))
        {
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_COMPLETED:
      self->completed = g_value_get_boolean (value);
      update (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_check_cell_class_init (BuntanCheckCellClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = buntan_check_cell_dispose;
  object_class->get_property = buntan_check_cell_get_property;
  object_class->set_property = buntan_check_cell_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, BUNTAN_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETED] =
    g_param_spec_boolean ("completed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
buntan_check_cell_init (BuntanCheckCell *self)
{
  /* An inscription, as the other read-only columns: its size does not
   * depend on its text (buntan-part-page-columns.c). */
  self->inscription = gtk_inscription_new (NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (self->inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_valign (self->inscription, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (self->inscription, TRUE);
  gtk_widget_set_parent (self->inscription, GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
buntan_check_cell_new (gboolean completed)
{
  return g_object_new (BUNTAN_TYPE_CHECK_CELL, "completed", completed, NULL);
}

const char *
buntan_check_cell_get_text (BuntanCheckCell *self)
{
  g_return_val_if_fail (BUNTAN_IS_CHECK_CELL (self), NULL);

  return gtk_inscription_get_text (GTK_INSCRIPTION (self->inscription));
}
