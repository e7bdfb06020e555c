/* test-decision-party.c — the decision log names the vendor whose check changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static JsonArray *
saved_decisions (JsonParser *parser, BuntanProject *project)
{
  g_autofree char *data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  JsonObject      *root;

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  return json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (root, "meetings"), 0),
    "decisions");
}

static void
test_read_and_written (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("mig-decision-party.buntan");
  g_autoptr (BuntanMeeting) meeting =
    g_list_model_get_item (buntan_project_get_meetings (project), 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray *decisions;

  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, 4);
  g_assert_null (buntan_meeting_get_decision (meeting, 0)->party);
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 1)->party, ==, "v1");
  /* The value is the check's own, no longer prefixed with the vendor. */
  buntan_test_assert_decision (meeting, 1, "P2-A-1", "first_check", "unset", "no");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 2)->party, ==, "v1");
  g_assert_cmpstr (buntan_meeting_get_decision (meeting, 3)->party, ==, "v2");

  decisions = saved_decisions (parser, project);
  g_assert_cmpuint (json_array_get_length (decisions), ==, 4);
  g_assert_false (json_object_has_member (json_array_get_object_element (decisions, 0), "party"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (decisions, 1),
                                                  "party"),
                   ==, "v1");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (decisions, 3),
                                                  "party"),
                   ==, "v2");
  /* An unknown member beside it is kept. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (decisions, 3),
                                                  "by"),
                   ==, "山田");
}

/* A vendor removed since the meeting is left out of the entry when saving,
 * as from the meeting's parties, and so is its check, so the file still
 * opens. */
static void
test_removed_vendor_left_out (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("mig-decision-party.buntan");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) reopened = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  JsonArray       *decisions;

  g_assert_true (buntan_project_remove_vendor (project, "v2", "v1", &error));
  g_assert_no_error (error);
  decisions = saved_decisions (parser, project);
  g_assert_false (json_object_has_member (json_array_get_object_element (decisions, 3), "party"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (decisions, 1),
                                                  "party"),
                   ==, "v1");

  data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  bytes = g_bytes_new (data, strlen (data));
  reopened = buntan_project_new_from_bytes (bytes, "removed.buntan", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
  g_assert_null (buntan_item_find_check (buntan_project_find_item (reopened, "P2-A-2"), "v2"));

  /* Undoing brings the vendor back with its answer. */
  g_assert_true (buntan_history_undo (buntan_project_get_history (project)));
  g_assert_cmpint (buntan_check_get_result (
                     buntan_item_find_check (buntan_project_find_item (project, "P2-A-2"), "v2")),
                   ==, BUNTAN_CHECK_RESULT_YES);
  decisions = saved_decisions (parser, project);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (decisions, 3),
                                                  "party"),
                   ==, "v2");
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *what;
} Refusal;

static const Refusal refusals[] = {
  { "mig-bad-decision-party.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
    "meeting 1, change 4, party", "“v9” names no party" },
  { "mig-bad-decision-party-field.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "meeting 1, change 1, party", "“owner” is a field of the item itself" },
};

static void
test_refused (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (refusal->fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project =
    buntan_project_new_from_bytes (bytes, refusal->fixture, &error);
  g_autofree char *place = g_strdup_printf ("%s: %s: ", refusal->fixture, refusal->place);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, refusal->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, place));
  g_assert_nonnull (strstr (error->message, refusal->what));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/decision-party/read-and-written", test_read_and_written);
  g_test_add_func ("/buntan/decision-party/removed-vendor-left-out", test_removed_vendor_left_out);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path =
        g_strdup_printf ("/buntan/decision-party/refused/%s", refusals[i].fixture);

      g_test_add_data_func (path, &refusals[i], test_refused);
    }

  return g_test_run ();
}
