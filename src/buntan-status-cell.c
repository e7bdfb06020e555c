/* buntan-status-cell.c — the status of an item as a dropdown (未着手/協議中/合意済/対象外)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-core.h"
#include "buntan-status-cell.h"

struct _BuntanStatusCell
{
  BuntanItemCell parent_instance;
};

G_DEFINE_FINAL_TYPE (BuntanStatusCell, buntan_status_cell, BUNTAN_TYPE_ITEM_CELL)

static const char *
buntan_status_cell_get_label (BuntanItemCell *cell)
{
  return _ ("Status");
}

static GBinding *
buntan_status_cell_bind (BuntanItemCell *cell, BuntanItem *item, GtkDropDown *drop_down)
{
  return g_object_bind_property_full (item, "status", drop_down, "selected",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      buntan_enum_to_selected, buntan_selected_to_enum, NULL, NULL);
}

static GtkExpression *
string_expression (GtkExpression *choice)
{
  return gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, choice, "string");
}

/* One list of the statuses for every dropdown of them. */
static GListModel *
status_labels (void)
{
  static GtkStringList *labels;

  if (labels == NULL)
    {
      labels = gtk_string_list_new (NULL);
      /* The dropdown lists the statuses in the enum's order, so a position
       * is a status. */
      for (BuntanItemStatus status = BUNTAN_ITEM_STATUS_OPEN;
           status <= BUNTAN_ITEM_STATUS_NOT_APPLICABLE; status++)
        gtk_string_list_append (labels, buntan_item_status_get_label (status));
    }

  return G_LIST_MODEL (labels);
}

static void
buntan_status_cell_setup_drop_down (BuntanItemCell *cell, GtkDropDown *drop_down)
{
  buntan_drop_down_set_choice_label (drop_down, string_expression);
  gtk_drop_down_set_model (drop_down, status_labels ());
}

static char *
status_label_cb (gpointer this, BuntanItemStatus status, gpointer user_data)
{
  return g_strdup (buntan_item_status_get_label (status));
}

static GtkExpression *
buntan_status_cell_value_label (BuntanItemCell *cell)
{
  GtkExpression *params[] = {
    gtk_property_expression_new (BUNTAN_TYPE_ITEM, NULL, "status"),
  };

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, G_N_ELEMENTS (params), params,
                                      G_CALLBACK (status_label_cb), NULL, NULL);
}

static void
buntan_status_cell_class_init (BuntanStatusCellClass *klass)
{
  BuntanItemCellClass *cell_class = BUNTAN_ITEM_CELL_CLASS (klass);

  cell_class->get_label = buntan_status_cell_get_label;
  cell_class->bind = buntan_status_cell_bind;
  cell_class->setup_drop_down = buntan_status_cell_setup_drop_down;
  cell_class->value_label = buntan_status_cell_value_label;
}

static void
buntan_status_cell_init (BuntanStatusCell *self)
{
}

GtkWidget *
buntan_status_cell_new (void)
{
  return g_object_new (BUNTAN_TYPE_STATUS_CELL, NULL);
}
