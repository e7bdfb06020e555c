/* buntan-window-private.h — what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "buntan-core.h"
#include "buntan-autosave.h"
#include "buntan-conflicts-banner.h"
#include "buntan-part-page.h"
#include "buntan-window.h"

G_BEGIN_DECLS

struct _BuntanWindow
{
  AdwApplicationWindow parent_instance;

  BuntanProject *project;
  /* The matrix, gaps and counts, once per burst of changes, for every view. */
  BuntanOverview *overview;
  guint           switcher_idle_id;
  GSettings      *settings;
  gboolean        close_confirmed;
  gboolean        asking_to_close;
  /* A file being read in a worker thread (buntan-window-open.c). */
  GCancellable *load_cancellable;
  GFile        *loading_file;
  /* A workbook being written in a worker thread (buntan-window-export.c). */
  gboolean   exporting;
  GtkWidget *export_spinner;

  AdwToastOverlay       *toast_overlay;
  BuntanConflictsBanner *conflicts_banner;
  AdwViewSwitcherTitle  *switcher_title;
  AdwWindowTitle        *window_title;
  AdwViewSwitcherBar    *switcher_bar;
  GtkStack              *main_stack;
  AdwStatusPage         *loading_page;
  GtkWidget             *load_spinner;
  AdwViewStack          *view_stack;
  /* Built with the first project (ensure_pages() in buntan-window.c): NULL
   * before, so a window that starts empty never builds them. */
  BuntanPartPage *part1_page;
  BuntanPartPage *part2_page;
  GtkWidget      *matrix_view;
  GtkWidget      *summary_view;
  /* Waiting for its frame to give the pages out of view the project. */
  GdkFrameClock *fill_clock;
  GtkWidget     *recent_group;
  GtkListBox    *recent_list;

  /* buntan-window-aids.c */
  BuntanHistory  *history;
  BuntanAutosave *autosave;
  gboolean        autosave_warned;

  /* buntan-window-meeting.c */
  GtkWidget *header_bar;
  GtkWidget *meeting_view;
  GtkWidget *present_window; /* weak */
  char      *meeting_return_page;

  /* buntan-window-file-monitor.c: the file as last read or saved (the
   * merge base), a change the user chose to ignore. */
  GFileMonitor *file_monitor;
  GFile        *watched_file;
  GBytes       *file_bytes;
  GBytes       *ignored_bytes;
  GtkWidget    *file_changed_banner;
};

/* buntan-window.c */
void
_buntan_window_set_project (BuntanWindow *self, BuntanProject *project);
void
_buntan_window_set_loading (BuntanWindow *self, GFile *file);
GFile *
_buntan_window_get_loading_file (BuntanWindow *self);
BuntanPartPage *
_buntan_window_get_visible_part (BuntanWindow *self);
BuntanPartPage *
_buntan_window_get_part_page (BuntanWindow *self, guint part);
void
_buntan_window_add_recent (BuntanWindow *self, GFile *file);
void
_buntan_window_show_error (BuntanWindow *self, const char *heading, const char *body);
void
_buntan_window_toast (BuntanWindow *self, AdwToast *toast);
void
_buntan_window_export_with_options (BuntanWindow              *self,
                                    GFile                     *file,
                                    const BuntanExportOptions *options,
                                    gboolean                   all_vendors);
void
_buntan_window_close_dialog_cb (AdwMessageDialog *dialog);

/* buntan-window-questionnaire.c */
void
_buntan_window_class_init_questionnaire (GtkWidgetClass *widget_class);
void
_buntan_window_update_questionnaire (BuntanWindow *self);

/* buntan-window-meeting.c */
void
_buntan_window_class_init_meeting (GtkWidgetClass *widget_class);
void
_buntan_window_init_meeting (BuntanWindow *self);
GtkWidget *
_buntan_window_get_meeting_view (BuntanWindow *self);
GtkWidget *
_buntan_window_get_present_window (BuntanWindow *self);
void
_buntan_window_end_meeting (BuntanWindow *self);
void
_buntan_window_meeting_watch_page (BuntanWindow *self, BuntanPartPage *page);

/* buntan-window-aids.c */
void
_buntan_window_class_init_aids (GtkWidgetClass *widget_class);
void
_buntan_window_class_init_print (GtkWidgetClass *widget_class);
/* buntan-window-print.c */
void
_buntan_window_export_pdf_with_options (BuntanWindow              *self,
                                        GFile                     *file,
                                        const BuntanExportOptions *options,
                                        gboolean                   all_vendors);
void
_buntan_window_export_pdf_from_dialog (BuntanWindow              *self,
                                       const BuntanExportOptions *options,
                                       gboolean                   all_vendors);
void
_buntan_window_print_with_options (BuntanWindow              *self,
                                   const BuntanExportOptions *options,
                                   gboolean                   all_vendors,
                                   const char                *export_path);
/* buntan-window-answers.c */
void
_buntan_window_class_init_answers (GtkWidgetClass *widget_class);
void
_buntan_window_update_answers (BuntanWindow *self);
/* buntan-window-renewals.c */
void
_buntan_window_class_init_renewals (GtkWidgetClass *widget_class);
void
_buntan_window_remind_renewals (BuntanWindow *self);
/* buntan-window-next-year.c */
void
_buntan_window_class_init_next_year (GtkWidgetClass *widget_class);
void
_buntan_window_update_next_year (BuntanWindow *self);
/* buntan-window-compare.c */
void
_buntan_window_class_init_compare (GtkWidgetClass *widget_class);
void
_buntan_window_update_compare (BuntanWindow *self);

/* buntan-window-checklist-update.c */
void
_buntan_window_class_init_checklist_update (GtkWidgetClass *widget_class);
void
_buntan_window_update_checklist_update (BuntanWindow *self);
void
_buntan_window_init_aids (BuntanWindow *self);
void
_buntan_window_aids_set_project (BuntanWindow *self);
void
_buntan_window_dispose_aids (BuntanWindow *self);

/* buntan-window-actions.c */
void
_buntan_window_class_init_actions (GtkWidgetClass *widget_class);
void
_buntan_window_update_actions (BuntanWindow *self);
void
_buntan_window_cancel_load (BuntanWindow *self);

/* buntan-window-file-monitor.c */
void
_buntan_window_init_file_monitor (BuntanWindow *self);
void
_buntan_window_dispose_file_monitor (BuntanWindow *self);
void
_buntan_window_keep_read_bytes (BuntanProject *project, GBytes *bytes);
void
_buntan_window_file_monitor_set_project (BuntanWindow *self);
void
_buntan_window_file_saved (BuntanWindow *self);
void
_buntan_window_check_file_on_disk (BuntanWindow *self);

/* Shared by buntan-window.c with buntan-window-title.c (the header bar's
 * title and switcher), buntan-window-pages.c (the part pages and giving
 * them the project) and buntan-window-recent.c (the start page's list). */
void
_buntan_window_ellipsize_titles_in_middle (BuntanWindow *self);

void
_buntan_window_update_title (BuntanWindow *self);

gboolean
_buntan_window_header_is_roomy (BuntanWindow *self, int width);

void
_buntan_window_update_switcher_bar (BuntanWindow *self);

gboolean
_buntan_window_update_switcher_bar_cb (gpointer user_data);

void
_buntan_window_title_visible_changed_cb (BuntanWindow *self);

void
_buntan_window_overview_changed_cb (BuntanWindow *self);

void
_buntan_window_give_project (BuntanWindow *self, GtkWidget *page);

void
_buntan_window_give_project_to_all (BuntanWindow *self);

void
_buntan_window_fill_pages_later (BuntanWindow *self);

void
_buntan_window_update_recent_list (BuntanWindow *self);

void
_buntan_window_ensure_pages (BuntanWindow *self);

G_END_DECLS
