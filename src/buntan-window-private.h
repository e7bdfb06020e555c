/* buntan-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-autosave.h"
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

  /* buntan-window-aids.c */
  BuntanHistory        *history;
  BuntanAutosave       *autosave;
  gboolean              autosave_warned;

  /* buntan-window-meeting.c */
  GtkWidget            *header_bar;
  GtkWidget            *meeting_view;
  GtkWidget            *present_window;  /* weak */
  char                 *meeting_return_page;
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

/* buntan-window-meeting.c */
void            _buntan_window_class_init_meeting (GtkWidgetClass *widget_class);
void            _buntan_window_init_meeting       (BuntanWindow   *self);
GtkWidget      *_buntan_window_get_meeting_view   (BuntanWindow   *self);
GtkWidget      *_buntan_window_get_present_window (BuntanWindow   *self);

/* buntan-window-aids.c */
void            _buntan_window_class_init_aids    (GtkWidgetClass *widget_class);
void            _buntan_window_init_aids          (BuntanWindow   *self);
void            _buntan_window_aids_set_project   (BuntanWindow   *self);
void            _buntan_window_dispose_aids       (BuntanWindow   *self);

/* buntan-window-actions.c */
void            _buntan_window_class_init_actions (GtkWidgetClass *widget_class);
void            _buntan_window_update_actions     (BuntanWindow   *self);

G_END_DECLS
