/* test-answers-log.c — the decision log's fields an import of answers writes (issue 17)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `agreed`, `target` and `agreed_terms` are read, kept and written back;
 * `party` on a field a vendor's check does not have is refused.
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

static void
test_read_and_written (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("answers-decision-fields.buntan");
  g_autoptr (BuntanMeeting) meeting =
    g_list_model_get_item (buntan_project_get_meetings (project), 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, NULL);
  JsonArray       *decisions;
  const char      *expected[][3] = {
         { "agreed", "2026-12-09", "v1" },
         { "target", "2027-03-31", "v1" },
         { "agreed_terms", "ログは5年保存する", NULL },
  };

  g_assert_cmpuint (buntan_meeting_get_n_decisions (meeting), ==, G_N_ELEMENTS (expected));
  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  decisions = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (json_node_get_object (
                                                                   json_parser_get_root (parser)),
                                                                 "meetings"),
                                   0),
    "decisions");
  g_assert_cmpuint (json_array_get_length (decisions), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const BuntanDecision *decision = buntan_meeting_get_decision (meeting, i);
      JsonObject           *written = json_array_get_object_element (decisions, i);

      g_assert_cmpstr (decision->field, ==, expected[i][0]);
      g_assert_cmpstr (decision->to, ==, expected[i][1]);
      g_assert_cmpstr (decision->party, ==, expected[i][2]);
      g_assert_cmpstr (decision->source, ==, "answers:回答_A社.xlsx");
      g_assert_cmpstr (json_object_get_string_member (written, "field"), ==, expected[i][0]);
      g_assert_cmpstr (json_object_get_string_member_with_default (written, "party", NULL), ==,
                       expected[i][2]);
    }
}

static void
test_terms_with_party_refused (void)
{
  const char *fixture = "answers-bad-decision-terms-party.buntan";
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_bytes (bytes, fixture, &error);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_BAD_VALUE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "answers-bad-decision-terms-party.buntan: "
                                                   "meeting 1, change 3, party: "));
  g_assert_nonnull (strstr (error->message, "“agreed_terms” is a field of the item itself"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/answers-log/read-and-written", test_read_and_written);
  g_test_add_func ("/buntan/answers-log/terms-with-party-refused", test_terms_with_party_refused);

  return g_test_run ();
}
