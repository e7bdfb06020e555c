/* buntan-matrix-view-cells.c — what each cell of the matrix preview shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "buntan-batched-list.h"
#include "buntan-core.h"
#include "buntan-matrix-header.h"
#include "buntan-matrix-view-private.h"
#include "buntan-view-util.h"


/* 各事業者（個別） makes every participant ◎ for its own system: 各 says
 * so, as the workbook's matrix does. */
static const char *
mark_text (BuntanMark mark, gboolean each)
{
  switch (mark)
    {
    case BUNTAN_MARK_LEAD:
      return each ? "各" : "◎";
    case BUNTAN_MARK_SUPPORT:
      return "○";
    case BUNTAN_MARK_INFORMED:
      return "△";
    case BUNTAN_MARK_NONE:
    default:
      return "";
    }
}

static const char *
mark_name (BuntanMark mark, gboolean each)
{
  switch (mark)
    {
    case BUNTAN_MARK_LEAD:
      return each ? _ ("Each vendor for its own system") : _ ("Lead");
    case BUNTAN_MARK_INFORMED:
      return _ ("Informed");
    case BUNTAN_MARK_SUPPORT:
      return _ ("Supporting");
    case BUNTAN_MARK_NONE:
    default:
      return _ ("Not involved");
    }
}

static void
update_status_cell (BuntanMatrixView *self, GtkWidget *box, BuntanItem *item, gboolean gap)
{
  GtkWidget       *icon = gtk_widget_get_first_child (box);
  GtkWidget       *status = gtk_widget_get_next_sibling (icon);
  GtkWidget       *owner_note = gtk_widget_get_next_sibling (status);
  BuntanItemStatus item_status = buntan_item_get_status (item);
  const char      *note = NULL;

  /* What the marks cannot say: nobody (未定, as counted: 対象外 aside), or
   * 共同 shared by fewer than two parties, which has at most one mark. */
  if (buntan_item_get_owner (item) == NULL && item_status != BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    /* Translators: no party is responsible yet (未定). */
    note = _ ("No owner yet");
  else if (buntan_item_is_joint (item) &&
           g_strv_length ((char **) buntan_item_get_participants (item)) < 2)
    note = _ ("Joint");

  gtk_widget_set_visible (icon, gap);
  gtk_label_set_label (GTK_LABEL (status), buntan_item_status_get_label (item_status));
  gtk_label_set_label (GTK_LABEL (owner_note), note);
  gtk_widget_set_visible (owner_note, note != NULL);
  buntan_view_set_tooltip (box,
                           gap ? g_hash_table_lookup (self->gap_messages, buntan_item_get_id (item))
                               : NULL);
}

char *
_buntan_matrix_view_dup_item_number (BuntanMatrixView *self, BuntanItem *item)
{
  if (self->include_part1)
    return g_strdup_printf ("P%u %s-%s", buntan_item_get_part (item),
                            buntan_item_get_section (item), buntan_item_get_number (item));

  /* The cyber-security checklist's vendor items are numbered as the
   * official sheet numbers them, section included: not A-A-1. */
  if (g_str_has_prefix (buntan_item_get_number (item), buntan_item_get_section (item)) &&
      buntan_item_get_number (item)[strlen (buntan_item_get_section (item))] == '-')
    return g_strdup (buntan_item_get_number (item));

  return g_strdup_printf ("%s-%s", buntan_item_get_section (item), buntan_item_get_number (item));
}

static BuntanProject *
overview_project (BuntanMatrixView *self)
{
  BuntanOverview *overview = buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (self));

  return overview != NULL ? buntan_overview_get_project (overview) : NULL;
}

gboolean
_buntan_matrix_view_is_cyber_checklist (BuntanMatrixView *self)
{
  BuntanProject *project = overview_project (self);

  return project != NULL && buntan_cyber_checklist_applies (project);
}

/* A cyber-security checklist is answered, not split: a party's column
 * shows its はい / いいえ (with the 目標日) / 未回答 where the item asks it,
 * as buntan-cyber-summary.c words them for every view. */
static void
update_answer_cell (BuntanMatrixView *self,
                    GtkWidget        *label,
                    BuntanItem       *item,
                    const char       *party_id)
{
  BuntanProject   *project = overview_project (self);
  g_autofree char *text =
    buntan_cyber_item_dup_answer_text (item, project, party_id, BUNTAN_CYBER_TEXT_SHORT);
  g_autofree char *spoken =
    buntan_cyber_item_dup_answer_text (item, project, party_id, BUNTAN_CYBER_TEXT_SPOKEN);

  /* Words, not a mark: the list's own type. */
  gtk_widget_remove_css_class (label, "matrix-mark");
  gtk_widget_add_css_class (label, "matrix-answer");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spoken != NULL ? spoken : _ ("Not asked"), -1);
}

void
_buntan_matrix_view_update_cell (BuntanMatrixView *self, GtkListItem *list_item)
{
  BuntanItem *item = gtk_list_item_get_item (list_item);
  GtkWidget  *child = gtk_list_item_get_child (list_item);
  CellKind    kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (list_item), "cell-kind"));
  gboolean    gap;

  if (item == NULL || child == NULL)
    return;

  gap =
    self->matrix != NULL && buntan_matrix_item_has_gap (self->matrix, buntan_item_get_id (item));
  if (gap)
    gtk_widget_add_css_class (child, "gap");
  else
    gtk_widget_remove_css_class (child, "gap");

  switch (kind)
    {
    case CELL_NUMBER:
      {
        g_autofree char *number = _buntan_matrix_view_dup_item_number (self, item);
        gboolean         changed = self->changed_items != NULL &&
                           g_hash_table_contains (self->changed_items, buntan_item_get_id (item));
        g_autofree char *marked = NULL;
        g_autofree char *description = NULL;

        if (changed)
          {
            /* TRANSLATORS: the short mark of a matrix row changed since an agreed version */
            marked = g_strdup_printf ("%s %s", number, C_ ("matrix mark", "Changed"));
            description = g_strdup_printf (_ ("Changed since version %u"), self->changed_version);
          }
        gtk_label_set_label (GTK_LABEL (child), changed ? marked : number);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                        changed ? description : "", -1);
      }
      break;

    case CELL_TITLE:
      gtk_label_set_label (GTK_LABEL (child), buntan_item_get_title (item));
      break;

    case CELL_PARTY:
      if (_buntan_matrix_view_is_cyber_checklist (self))
        {
          update_answer_cell (self, child, item,
                              g_object_get_data (G_OBJECT (list_item), "party-id"));
        }
      else
        {
          const char *party_id = g_object_get_data (G_OBJECT (list_item), "party-id");
          BuntanMark  mark = buntan_item_get_mark (item, party_id);
          gboolean    each = buntan_item_is_each (item);

          gtk_widget_remove_css_class (child, "matrix-answer");
          gtk_widget_add_css_class (child, "matrix-mark");
          gtk_label_set_wrap (GTK_LABEL (child), FALSE);
          gtk_label_set_label (GTK_LABEL (child), mark_text (mark, each));
          /* Screen readers would say "bullseye" for ◎. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          mark_name (mark, each), -1);
        }
      break;

    case CELL_STATUS:
      update_status_cell (self, child, item, gap);
      break;

    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
create_status_cell (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, STATUS_CELL_SPACING);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *owner_note = gtk_label_new (NULL); /* 未定 or 共同: update_status_cell() */

  gtk_widget_add_css_class (icon, "gap-icon");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Gap"),
                                  -1);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_add_css_class (owner_note, "caption-heading");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), status);
  gtk_box_append (GTK_BOX (box), owner_note);

  return box;
}

void
_buntan_matrix_view_cell_setup_cb (GtkSignalListItemFactory *factory,
                                   GtkListItem              *list_item,
                                   BuntanMatrixView         *self)
{
  CellKind   kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "cell-kind"));
  GtkWidget *child;

  switch (kind)
    {
    case CELL_NUMBER:
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_widget_add_css_class (child, "numeric");
      break;

    case CELL_TITLE:
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (child), 24);
      break;

    case CELL_PARTY:
      child = gtk_label_new (NULL);
      gtk_widget_add_css_class (child, "matrix-mark");
      g_object_set_data_full (G_OBJECT (list_item), "party-id",
                              g_strdup (g_object_get_data (G_OBJECT (factory), "party-id")),
                              g_free);
      break;

    case CELL_STATUS:
      child = create_status_cell ();
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_widget_add_css_class (child, "matrix-cell");
  gtk_list_item_set_child (list_item, child);
  g_object_set_data (G_OBJECT (list_item), "cell-kind", GINT_TO_POINTER (kind));
  g_hash_table_add (self->cells, list_item);
}

void
_buntan_matrix_view_cell_bind_cb (GtkSignalListItemFactory *factory,
                                  GtkListItem              *list_item,
                                  BuntanMatrixView         *self)
{
  _buntan_matrix_view_update_cell (self, list_item);
}

void
_buntan_matrix_view_cell_teardown_cb (GtkSignalListItemFactory *factory,
                                      GtkListItem              *list_item,
                                      BuntanMatrixView         *self)
{
  g_hash_table_remove (self->cells, list_item);
}
