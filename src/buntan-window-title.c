/* buntan-window-title.c — the window's header bar: the title, its tooltips, the view switcher's place
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
void
_buntan_window_ellipsize_titles_in_middle (BuntanWindow *self)
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

void
_buntan_window_update_title (BuntanWindow *self)
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

gboolean
_buntan_window_header_is_roomy (BuntanWindow *self, int width)
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
void
_buntan_window_update_switcher_bar (BuntanWindow *self)
{
  gboolean roomy = _buntan_window_header_is_roomy (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gboolean narrow;

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, roomy);
  narrow = !roomy || adw_view_switcher_title_get_title_visible (self->switcher_title);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, self->project != NULL && narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->window_title), self->project != NULL && !narrow);
}

gboolean
_buntan_window_update_switcher_bar_cb (gpointer user_data)
{
  BuntanWindow *self = user_data;

  self->switcher_idle_id = 0;
  _buntan_window_update_switcher_bar (self);
  return G_SOURCE_REMOVE;
}

void
_buntan_window_title_visible_changed_cb (BuntanWindow *self)
{
  /* This changes while the header bar is being allocated: showing or hiding
   * a widget in it now would leave that widget without a size. */
  if (self->switcher_idle_id == 0)
    self->switcher_idle_id = g_idle_add (_buntan_window_update_switcher_bar_cb, self);
}
