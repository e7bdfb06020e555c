/* test-disk-merge.c — the open file saved by someone else, merged in the window
 *
 * Ours is an edit in the open window, theirs a changed copy written over the
 * file; the check the file monitor calls is called directly (no waiting on
 * inotify), and the banner's real buttons merge, reload or refuse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "buntan-conflicts-banner.h"
#include "buntan-file-changed-banner.h"
#include "buntan-window-private.h"
#include "gui-window-util.h"

static BuntanApplication *application;

typedef struct
{
  char          *dir;
  char          *path;
  BuntanWindow  *window;
  BuntanProject *project;
} Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = buntan_test_fixture_path ("disk-merge.buntan");

  fixture->dir = gui_make_dir ();
  fixture->path = buntan_test_copy_file (source, fixture->dir, "shared.buntan");
  fixture->window = gui_window_new (application);
  fixture->project = gui_window_open (fixture->window, fixture->path);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  gui_window_destroy (fixture->window);
  gui_remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static JsonObject *
find_item (JsonObject *root, const char *id)
{
  JsonArray *items = json_object_get_array_member (root, "items");

  for (guint i = 0; i < json_array_get_length (items); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (items, i), "id"),
                   id) == 0)
      return json_array_get_object_element (items, i);

  g_assert_not_reached ();
}

static JsonParser *
parse_file (const char *path)
{
  JsonParser *parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return parser;
}

/* Someone else's save: the file as it is, one item's member set to @value
 * (and the id to @id when given). Returns what was written. */
static char *
write_theirs (const char *path,
              const char *item,
              const char *member,
              const char *value,
              const char *id)
{
  g_autoptr (JsonParser) parser = parse_file (path);
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (GError) error = NULL;
  JsonObject *root = json_node_get_object (json_parser_get_root (parser));
  char       *text;

  json_object_set_string_member (find_item (root, item), member, value);
  if (id != NULL)
    json_object_set_string_member (root, "id", id);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return text;
}

static char *
read_text (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static BuntanFileChangedBanner *
banner (Fixture *fixture)
{
  return BUNTAN_FILE_CHANGED_BANNER (fixture->window->file_changed_banner);
}

static gboolean
banner_shown (Fixture *fixture)
{
  return gtk_widget_get_visible (GTK_WIDGET (banner (fixture)));
}

static const char *
banner_text (GtkWidget *bar)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (bar)));
}

static BuntanItem *
item (Fixture *fixture, const char *id)
{
  return buntan_project_find_item (buntan_window_get_project (fixture->window), id);
}

static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_other_field (Fixture *fixture, gconstpointer data)
{
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr (JsonParser) saved = NULL;
  JsonObject *root;

  /* Nothing changed on disk yet: nothing is said. */
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_false (banner_shown (fixture));

  buntan_item_set_note (buntan_project_find_item (fixture->project, "P2-A-1"), "our note");
  theirs = write_theirs (fixture->path, "P1-A-1", "clause", "their clause 第9条", NULL);

  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_true (banner_shown (fixture));
  g_assert_nonnull (strstr (banner_text (GTK_WIDGET (banner (fixture))), "“shared.buntan”"));
  /* Our note is not saved: reloading would drop it. */
  g_assert_false (
    gtk_widget_get_visible (buntan_file_changed_banner_get_reload_button (banner (fixture))));

  press (buntan_file_changed_banner_get_merge_button (banner (fixture)));

  g_assert_false (banner_shown (fixture));
  g_assert_true (buntan_window_get_project (fixture->window) != fixture->project);
  g_assert_cmpstr (buntan_item_get_note (item (fixture, "P2-A-1")), ==, "our note");
  g_assert_cmpstr (buntan_item_get_clause (item (fixture, "P1-A-1")), ==, "their clause 第9条");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window->conflicts_banner)));
  g_assert_true (buntan_project_get_is_modified (buntan_window_get_project (fixture->window)));
  g_assert_true (gui_title_marked (fixture->window));

  /* Nothing written until the user saves. */
  on_disk = read_text (fixture->path);
  g_assert_cmpstr (on_disk, ==, theirs);
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_false (banner_shown (fixture));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL));
  saved = parse_file (fixture->path);
  root = json_node_get_object (json_parser_get_root (saved));
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "P2-A-1"), "note"), ==,
                   "our note");
  g_assert_cmpstr (json_object_get_string_member (find_item (root, "P1-A-1"), "clause"), ==,
                   "their clause 第9条");
  g_assert_false (json_object_has_member (root, "conflicts"));

  /* Our own save is not someone else's change. */
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_false (banner_shown (fixture));
}

static void
test_same_field (Fixture *fixture, gconstpointer data)
{
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr (JsonParser) saved = NULL;
  JsonObject *root;
  JsonArray  *conflicts;

  buntan_item_set_note (buntan_project_find_item (fixture->project, "P2-A-1"), "our note");
  theirs = write_theirs (fixture->path, "P2-A-1", "note", "their note", NULL);

  _buntan_window_check_file_on_disk (fixture->window);
  press (buntan_file_changed_banner_get_merge_button (banner (fixture)));

  /* Ours is kept and the conflict is listed for the user to decide. */
  g_assert_cmpstr (buntan_item_get_note (item (fixture, "P2-A-1")), ==, "our note");
  g_assert_cmpuint (buntan_conflict_count_project (buntan_window_get_project (fixture->window)), ==,
                    1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window->conflicts_banner)));
  g_assert_nonnull (strstr (banner_text (GTK_WIDGET (fixture->window->conflicts_banner)), "1"));
  on_disk = read_text (fixture->path);
  g_assert_cmpstr (on_disk, ==, theirs);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL));
  saved = parse_file (fixture->path);
  root = json_node_get_object (json_parser_get_root (saved));
  conflicts = json_object_get_array_member (root, "conflicts");
  g_assert_cmpuint (json_array_get_length (conflicts), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (conflicts, 0),
                                                  "item"),
                   ==, "P2-A-1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (conflicts, 0),
                                                  "theirs"),
                   ==, "their note");
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_false (banner_shown (fixture));
}

static void
test_reload (Fixture *fixture, gconstpointer data)
{
  g_autofree char *theirs = write_theirs (fixture->path, "P1-A-1", "clause", "第2条", NULL);

  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_true (banner_shown (fixture));
  press (buntan_file_changed_banner_get_reload_button (banner (fixture)));

  GUI_TEST_WAIT (buntan_window_get_project (fixture->window) != fixture->project);
  g_assert_cmpstr (buntan_item_get_clause (item (fixture, "P1-A-1")), ==, "第2条");
  g_assert_false (buntan_project_get_is_modified (buntan_window_get_project (fixture->window)));
  g_assert_false (banner_shown (fixture));
  /* What was reloaded is the new base. */
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_false (banner_shown (fixture));
}

static void
test_ignore (Fixture *fixture, gconstpointer data)
{
  g_autofree char *theirs = write_theirs (fixture->path, "P1-A-1", "clause", "第2条", NULL);

  _buntan_window_check_file_on_disk (fixture->window);
  press (buntan_file_changed_banner_get_ignore_button (banner (fixture)));
  g_assert_false (banner_shown (fixture));
  g_assert_true (buntan_window_get_project (fixture->window) == fixture->project);

  /* A touch is no change; another save is. */
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_false (banner_shown (fixture));
  g_free (write_theirs (fixture->path, "P1-A-1", "clause", "第3条", NULL));
  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_true (banner_shown (fixture));
}

/* The merge is refused with a dialog; the project and the file stay. */
static void
assert_refused (Fixture *fixture, const char *theirs, const char *said)
{
  g_autofree char  *on_disk = NULL;
  AdwMessageDialog *message;

  _buntan_window_check_file_on_disk (fixture->window);
  g_assert_true (banner_shown (fixture));
  press (buntan_file_changed_banner_get_merge_button (banner (fixture)));

  GUI_TEST_WAIT ((message = gui_test_find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==,
                   _ ("Could Not Merge Their Changes"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "shared.buntan"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), said));
  g_assert_true (buntan_window_get_project (fixture->window) == fixture->project);
  g_assert_cmpstr (buntan_item_get_note (item (fixture, "P2-A-1")), ==, "our note");
  g_assert_true (buntan_project_get_is_modified (fixture->project));
  on_disk = read_text (fixture->path);
  g_assert_cmpstr (on_disk, ==, theirs);
  adw_message_dialog_response (message, "close");
  GUI_TEST_WAIT (gui_test_find_message_dialog () == NULL);
}

static void
test_not_a_project (Fixture *fixture, gconstpointer data)
{
  const char *theirs = "{ \"format\": \"buntan\", \"items\": [";
  g_autoptr (GError) error = NULL;

  buntan_item_set_note (buntan_project_find_item (fixture->project, "P2-A-1"), "our note");
  g_assert_true (g_file_set_contents (fixture->path, theirs, -1, &error));
  g_assert_no_error (error);
  assert_refused (fixture, theirs, "shared.buntan");
}

static void
test_other_project (Fixture *fixture, gconstpointer data)
{
  g_autofree char *theirs = NULL;

  buntan_item_set_note (buntan_project_find_item (fixture->project, "P2-A-1"), "our note");
  theirs = write_theirs (fixture->path, "P1-A-1", "clause", "第2条",
                         "0b9a3c1e-5d4f-4e2a-9c1b-7a6d5e4f3c2b");
  assert_refused (fixture, theirs, "0b9a3c1e-5d4f-4e2a-9c1b-7a6d5e4f3c2b");
}

int
main (int argc, char *argv[])
{
  application = gui_test_init (&argc, &argv);
  if (application == NULL)
    return 0;

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/buntan/disk-merge/other-field", test_other_field);
  ADD ("/buntan/disk-merge/same-field", test_same_field);
  ADD ("/buntan/disk-merge/reload", test_reload);
  ADD ("/buntan/disk-merge/ignore", test_ignore);
  ADD ("/buntan/disk-merge/not-a-project", test_not_a_project);
  ADD ("/buntan/disk-merge/other-project", test_other_project);
#undef ADD

  return g_test_run ();
}
