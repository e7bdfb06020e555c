/* buntan-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-part-page.h"
#include "buntan-window.h"

G_BEGIN_DECLS

struct _BuntanWindow
{
  AdwApplicationWindow  parent_instance;

  BuntanProject        *project;
  /* Computed once per burst of changes, shared by both Parts. */
  BuntanMatrix         *matrix;
  guint                 matrix_idle_id;
  guint                 switcher_idle_id;
  GSettings            *settings;
  gboolean              close_confirmed;
  gboolean              asking_to_close;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwWindowTitle       *window_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  BuntanPartPage       *part1_page;
  BuntanPartPage       *part2_page;
  GtkWidget            *matrix_view;
  GtkWidget            *summary_view;
  GtkWidget            *recent_group;
  GtkListBox           *recent_list;
};

/* buntan-window.c */
void            _buntan_window_set_project        (BuntanWindow  *self,
                                                   BuntanProject *project);
BuntanPartPage *_buntan_window_get_visible_part   (BuntanWindow  *self);
void            _buntan_window_add_recent         (BuntanWindow  *self,
                                                   GFile         *file);
void            _buntan_window_show_error         (BuntanWindow  *self,
                                                   const char    *heading,
                                                   const char    *body);
void            _buntan_window_toast              (BuntanWindow  *self,
                                                   AdwToast      *toast);
void            _buntan_window_close_dialog_cb    (AdwMessageDialog *dialog);

/* buntan-window-actions.c */
void            _buntan_window_class_init_actions (GtkWidgetClass *widget_class);
void            _buntan_window_update_actions     (BuntanWindow   *self);

G_END_DECLS
