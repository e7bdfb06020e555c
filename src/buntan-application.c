/* buntan-application.c — the application: windows, app-wide actions, accelerators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-a11y.h"
#include "buntan-application.h"
#include "buntan-core.h"
#include "buntan-window-private.h"

struct _BuntanApplication
{
  AdwApplication parent_instance;

  gboolean recovery_offered;
};

G_DEFINE_FINAL_TYPE (BuntanApplication, buntan_application, ADW_TYPE_APPLICATION)

static BuntanWindow *
find_window (BuntanApplication *self, GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      BuntanProject *project;
      GFile         *shown;
      GFile         *loading;

      if (!BUNTAN_IS_WINDOW (l->data))
        continue;

      /* A window still reading a file counts as showing it. */
      project = buntan_window_get_project (l->data);
      shown = project != NULL ? buntan_project_get_file (project) : NULL;
      loading = _buntan_window_get_loading_file (l->data);
      if (file == NULL ? project == NULL && loading == NULL
                       : ((shown != NULL && g_file_equal (shown, file)) ||
                          (loading != NULL && g_file_equal (loading, file))))
        return l->data;
    }

  return NULL;
}

static void
recovery_frame_cb (GdkFrameClock *clock, BuntanWindow *window)
{
  g_signal_handlers_disconnect_by_func (clock, recovery_frame_cb, window);
  buntan_window_offer_recovery (window);
}

static void
recovery_mapped_cb (BuntanWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_handlers_disconnect_by_func (window, recovery_mapped_cb, NULL);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (recovery_frame_cb), window, 0);
  /* A window that has nothing new to draw still gets its frame. */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

/* The first window of a start offers what a crash left unsaved, once it
 * has painted its first frame: looking through the recovery copies does
 * not hold the window back. */
static void
offer_recovery (BuntanApplication *self, GtkWindow *window)
{
  if (self->recovery_offered || !BUNTAN_IS_WINDOW (window))
    return;

  self->recovery_offered = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    recovery_mapped_cb (BUNTAN_WINDOW (window));
  else
    g_signal_connect (window, "map", G_CALLBACK (recovery_mapped_cb), NULL);
}

static void
buntan_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (buntan_window_new (GTK_APPLICATION (application)));

  gtk_window_present (window);
  offer_recovery (BUNTAN_APPLICATION (application), window);
}

static void
buntan_application_open (GApplication *application, GFile **files, int n_files, const char *hint)
{
  BuntanApplication *self = BUNTAN_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      BuntanWindow *window = find_window (self, files[i]);

      /* A project already open is raised, not opened twice; an empty window
       * is used before a new one is made. */
      if (window == NULL)
        {
          window = find_window (self, NULL);
          if (window == NULL)
            window = buntan_window_new (GTK_APPLICATION (self));
          buntan_window_open_file (window, files[i]);
        }

      gtk_window_present (GTK_WINDOW (window));
      if (i == n_files - 1)
        offer_recovery (self, GTK_WINDOW (window));
    }
}

static void
quit_next (BuntanApplication *self);

static void
quit_answered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (BuntanApplication) self = user_data;
  BuntanWindow *window = BUNTAN_WINDOW (source);

  /* Cancel in any window stops quitting; that window and the rest stay. */
  if (!buntan_window_ask_save_changes_finish (window, result))
    return;

  gtk_window_destroy (GTK_WINDOW (window));
  quit_next (self);
}

/* Asks about unsaved changes one window at a time, closing each that may
 * go, so the user answers for each project in its own window. */
static void
quit_next (BuntanApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (BUNTAN_IS_WINDOW (l->data))
        {
          gtk_window_present (l->data);
          buntan_window_ask_save_changes_async (l->data, NULL, quit_answered_cb,
                                                g_object_ref (self));
          return;
        }
    }

  g_application_quit (G_APPLICATION (self));
}

static void
quit_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  quit_next (BUNTAN_APPLICATION (user_data));
}

static void
new_window_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  gtk_window_present (GTK_WINDOW (buntan_window_new (GTK_APPLICATION (user_data))));
}

static void
about_action (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  g_autoptr (GString) notice = g_string_new (NULL);
  const char *developers[] = { "The Buntan authors", NULL };
  GtkWidget  *about;

  g_string_append (notice,
                   _ ("The checklist that new projects start from is Buntan’s own summary of "
                      "the topics of the checklist published with the Ministry of Health, "
                      "Labour and Welfare’s guidelines for the safety management of medical "
                      "information systems. It is not the official text: read the official "
                      "documents before you sign a contract."));
  if (template != NULL)
    g_string_append_printf (notice, "\n\n%s (%s)\n%s", buntan_template_get_title (template),
                            buntan_template_get_version (template),
                            buntan_template_get_notice (template));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW, "transient-for",
                        gtk_application_get_active_window (application), "modal", TRUE,
                        "application-name", _ ("Buntan"), "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION, "developer-name", _ ("The Buntan authors"),
                        "developers", developers, "comments",
                        _ ("Share out the responsibilities of a hospital’s IT "
                           "contracts: work through the contract checklist with "
                           "each vendor and export the agreed matrix to Excel."),
                        "license-type", GTK_LICENSE_GPL_3_0, NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _ ("Checklist Template"), NULL,
                                      GTK_LICENSE_CUSTOM, notice->str);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = quit_action },
  { .name = "new-window", .activate = new_window_action },
  { .name = "about", .activate = about_action },
};

static void
buntan_application_startup (GApplication *application)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "app.new-window", { "<Primary><Shift>n", NULL } },
    { "window.close", { "<Primary>w", NULL } },
    { "win.new", { "<Primary>n", NULL } },
    { "win.open", { "<Primary>o", NULL } },
    { "win.save", { "<Primary>s", NULL } },
    { "win.save-as", { "<Primary><Shift>s", NULL } },
    { "win.export", { "<Primary>e", NULL } },
    { "win.print", { "<Primary>p", NULL } },
    { "win.find", { "<Primary>f", NULL } },
    { "win.undo", { "<Primary>z", NULL } },
    { "win.redo", { "<Primary><Shift>z", "<Primary>y", NULL } },
    { "win.add-item", { "<Primary>Insert", NULL } },
    /* Not Ctrl+P: that is for printing. */
    { "win.parties", { "<Primary><Shift>p", NULL } },
    { "win.meeting", { "F5", NULL } },
    { "win.present", { "<Shift>F5", NULL } },
    /* GTK sets this itself only for a gtk/help-overlay.ui resource, which
     * it would build with every window (see buntan-window.c). */
    { "win.show-help-overlay", { "<Primary>question", NULL } },
  };

  G_APPLICATION_CLASS (buntan_application_parent_class)->startup (application);
  buntan_a11y_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
buntan_application_class_init (BuntanApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = buntan_application_activate;
  application_class->open = buntan_application_open;
  application_class->startup = buntan_application_startup;
}

static void
buntan_application_init (BuntanApplication *self)
{
}

BuntanApplication *
buntan_application_new (void)
{
  return g_object_new (BUNTAN_TYPE_APPLICATION, "application-id", APPLICATION_ID, "flags",
                       G_APPLICATION_HANDLES_OPEN, "resource-base-path", RESOURCE_PREFIX, NULL);
}
