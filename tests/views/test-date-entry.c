/* test-date-entry.c — typed and picked dates, refused impossible dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-date-entry.h"
#include "views-test-util.h"

typedef struct
{
  GtkWindow       *window;
  BuntanDateEntry *date_entry;
  GtkWidget       *entry;
  guint            notifications;
} Fixture;

static void
date_notify_cb (GObject *object, GParamSpec *pspec, Fixture *fixture)
{
  fixture->notifications++;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->date_entry = BUNTAN_DATE_ENTRY (buntan_date_entry_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->date_entry));
  gtk_window_present (fixture->window);
  fixture->entry = buntan_date_entry_get_entry (fixture->date_entry);
  g_signal_connect (fixture->date_entry, "notify::date", G_CALLBACK (date_notify_cb), fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
}

static void
type_and_activate (Fixture *fixture, const char *text)
{
  GtkEditable *text_widget = gtk_editable_get_delegate (GTK_EDITABLE (fixture->entry));

  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), text);
  /* What Enter does: the GtkText inside the entry activates. */
  g_signal_emit_by_name (text_widget, "activate");
}

static void
test_typed_date (Fixture *fixture, gconstpointer data)
{
  g_assert_null (buntan_date_entry_get_date (fixture->date_entry));

  type_and_activate (fixture, "2026-03-01");
  g_assert_cmpstr (buntan_date_entry_get_date (fixture->date_entry), ==, "2026-03-01");
  g_assert_cmpuint (fixture->notifications, ==, 1);
  g_assert_false (gtk_widget_has_css_class (fixture->entry, "error"));

  /* The same date again is no change. */
  type_and_activate (fixture, "2026-03-01");
  g_assert_cmpuint (fixture->notifications, ==, 1);

  /* Slashes and single digits are taken and shown in the file's form. */
  type_and_activate (fixture, "2026/3/2");
  g_assert_cmpstr (buntan_date_entry_get_date (fixture->date_entry), ==, "2026-03-02");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2026-03-02");
  g_assert_cmpuint (fixture->notifications, ==, 2);
}

static void
test_impossible_date (Fixture *fixture, gconstpointer data)
{
  const char *refused[] = { "2026-02-30", "2026-13-45", "2025-02-29", "tomorrow", "26-03-01" };

  buntan_date_entry_set_date (fixture->date_entry, "2026-03-01");
  fixture->notifications = 0;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      type_and_activate (fixture, refused[i]);
      g_assert_cmpstr (buntan_date_entry_get_date (fixture->date_entry), ==, "2026-03-01");
      g_assert_true (gtk_widget_has_css_class (fixture->entry, "error"));
      g_assert_true (buntan_date_entry_get_invalid (fixture->date_entry));
      g_assert_nonnull (gtk_widget_get_tooltip_text (fixture->entry));
      /* The refused text stays, so the user can correct it. */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, refused[i]);
    }
  g_assert_cmpuint (fixture->notifications, ==, 0);

  /* A real date clears the hint. */
  type_and_activate (fixture, "2024-02-29");
  g_assert_cmpstr (buntan_date_entry_get_date (fixture->date_entry), ==, "2024-02-29");
  g_assert_false (gtk_widget_has_css_class (fixture->entry, "error"));
  g_assert_false (buntan_date_entry_get_invalid (fixture->date_entry));
  g_assert_null (gtk_widget_get_tooltip_text (fixture->entry));
}

static void
test_clear (Fixture *fixture, gconstpointer data)
{
  buntan_date_entry_set_date (fixture->date_entry, "2026-03-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2026-03-01");

  type_and_activate (fixture, "   ");
  g_assert_null (buntan_date_entry_get_date (fixture->date_entry));
  g_assert_false (gtk_widget_has_css_class (fixture->entry, "error"));

  buntan_date_entry_set_date (fixture->date_entry, "2026-03-01");
  buntan_date_entry_set_date (fixture->date_entry, "");
  g_assert_null (buntan_date_entry_get_date (fixture->date_entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "");
}

static gboolean
has_focus (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

static gboolean
lost_focus (gpointer widget)
{
  return !gtk_widget_has_focus (widget);
}

static void
test_focus_out (Fixture *fixture, gconstpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *other = gtk_button_new_with_label ("other");
  GtkWidget *text;

  g_object_ref (fixture->date_entry);
  gtk_window_set_child (fixture->window, NULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->date_entry));
  gtk_box_append (GTK_BOX (box), other);
  gtk_window_set_child (fixture->window, box);
  g_object_unref (fixture->date_entry);

  gtk_widget_grab_focus (GTK_WIDGET (fixture->date_entry));
  /* GtkEntry hands its focus to the GtkText inside it. */
  text = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (text);
  g_assert_true (gtk_widget_is_ancestor (text, fixture->entry));
  g_assert_true (views_test_wait_for (has_focus, text));

  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), "2026-12-24");
  gtk_widget_grab_focus (other);
  g_assert_true (views_test_wait_for (lost_focus, text));
  g_assert_cmpstr (buntan_date_entry_get_date (fixture->date_entry), ==, "2026-12-24");
}

static void
test_binding (Fixture *fixture, gconstpointer data)
{
  g_autoptr (BuntanContract) contract =
    buntan_contract_new ("c1", BUNTAN_CONTRACT_KIND_MAINTENANCE);

  buntan_contract_set_renewal (contract, "2027-04-01");
  g_object_bind_property (contract, "renewal", fixture->date_entry, "date",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2027-04-01");

  type_and_activate (fixture, "2027-02-30");
  g_assert_cmpstr (buntan_contract_get_renewal (contract), ==, "2027-04-01");

  type_and_activate (fixture, "2027-03-31");
  g_assert_cmpstr (buntan_contract_get_renewal (contract), ==, "2027-03-31");

  type_and_activate (fixture, "");
  g_assert_null (buntan_contract_get_renewal (contract));

  buntan_contract_set_renewal (contract, "2028-01-05");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2028-01-05");
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static void
test_calendar (Fixture *fixture, gconstpointer data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (
    views_test_find_widget (GTK_WIDGET (fixture->date_entry), GTK_TYPE_MENU_BUTTON, NULL));
  GtkWidget   *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  GtkCalendar *calendar = NULL;
  g_autoptr (GDateTime) day = g_date_time_new_local (2026, 5, 10, 0, 0, 0);
  g_autoptr (GDateTime) shown = NULL;
  GtkWidget *clear;

  buntan_date_entry_set_date (fixture->date_entry, "2026-04-01");
  gtk_menu_button_popup (button);
  g_assert_true (views_test_wait_for (is_mapped, popover));
  calendar = GTK_CALENDAR (views_test_find_widget (popover, GTK_TYPE_CALENDAR, NULL));

  /* Opening the calendar shows the current date and changes nothing. */
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 4);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 1);
  g_assert_cmpuint (fixture->notifications, ==, 1);

  gtk_calendar_select_day (calendar, day);
  g_assert_cmpstr (buntan_date_entry_get_date (fixture->date_entry), ==, "2026-05-10");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "2026-05-10");

  clear = views_test_find_button (popover, "_Clear");
  g_assert_nonnull (clear);
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_signal_emit_by_name (clear, "clicked");
  g_assert_null (buntan_date_entry_get_date (fixture->date_entry));
  g_assert_true (views_test_wait_for (is_unmapped, popover));
}

static void
test_label (Fixture *fixture, gconstpointer data)
{
  g_object_set (fixture->date_entry, "label", "Completion date", NULL);
  g_assert_cmpstr (buntan_date_entry_get_label (fixture->date_entry), ==, "Completion date");
}

int
main (int argc, char *argv[])
{
  if (!views_test_init (&argc, &argv))
    return 0;

#define ADD(path, func)                                                                            \
  g_test_add ("/buntan/date-entry/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("typed", test_typed_date);
  ADD ("impossible", test_impossible_date);
  ADD ("clear", test_clear);
  ADD ("focus-out", test_focus_out);
  ADD ("binding", test_binding);
  ADD ("calendar", test_calendar);
  ADD ("label", test_label);
#undef ADD

  return g_test_run ();
}
