/* bench-bare-window.c — the floor of the start-up benchmark: an empty libadwaita window
 *
 * What any libadwaita application pays before its first window is mapped:
 * the same application type, a header bar, a window of Buntan's size, and
 * nothing else. bench-startup times it beside buntan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

static void
activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Buntan");

  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (AdwApplication) application =
    adw_application_new ("io.github.buntan.BenchBareWindow", G_APPLICATION_HANDLES_OPEN);

  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  /* Started like buntan, with a file: shown the same empty window. */
  g_signal_connect (application, "open", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
