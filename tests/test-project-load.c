/* test-project-load.c — every way a project file is refused, and what loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "buntan-core.h"
#include "buntan-test-util.h"

typedef struct
{
  const char *fixture;
  int         code;
  const char *place;
  const char *words;
} Refusal;

/* Each fixture differs from load-valid.buntan by one mistake. */
static const Refusal refusals[] = {
  { "load-empty.buntan", BUNTAN_PROJECT_ERROR_EMPTY, NULL, "empty" },
  { "load-blank.buntan", BUNTAN_PROJECT_ERROR_EMPTY, NULL, "empty" },
  { "load-truncated.buntan", BUNTAN_PROJECT_ERROR_SYNTAX, "line 55, column 24",
    "“,” is not allowed here" },
  { "load-trailing-garbage.buntan", BUNTAN_PROJECT_ERROR_SYNTAX, "line ",
    "more text after the end of the data" },
  { "load-nan.buntan", BUNTAN_PROJECT_ERROR_SYNTAX, "line 3, column", "NaN" },
  { "load-shift-jis.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "line 4, column 13",
    "saved as Shift_JIS" },
  /* Issue 12 item 10: the encoding hint only when the bytes read as one. */
  { "load-euc-jp.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "line 1, column 12", "saved as EUC-JP" },
  { "load-cut-character.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "line 1, column 8",
    "ends in the middle of a character" },
  { "load-damaged-bytes.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "line 1, column 9",
    "the file is damaged here" },
  /* json-glib cuts a string at a NUL and keeps the rest: found first. */
  { "load-nul-escape.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "line 3, column 13",
    "holds the character NUL" },
  { "load-nul-byte.buntan", BUNTAN_PROJECT_ERROR_ENCODING, "line 2, column 13", "a zero byte" },
  /* No parser internals ("scanner: unterminated string constant"). */
  { "load-cut-string.buntan", BUNTAN_PROJECT_ERROR_SYNTAX, "line 1, column 14",
    "the text ends inside a string" },
  { "load-array.buntan", BUNTAN_PROJECT_ERROR_NOT_OBJECT, NULL, "a list, not an object" },
  { "load-wrong-format.buntan", BUNTAN_PROJECT_ERROR_WRONG_FORMAT, "format", "excel-sheet" },
  { "load-no-format.buntan", BUNTAN_PROJECT_ERROR_WRONG_FORMAT, NULL, "not a Buntan project" },
  { "load-version-string.buntan", BUNTAN_PROJECT_ERROR_BAD_VERSION, "version", "whole number" },
  { "load-version-fraction.buntan", BUNTAN_PROJECT_ERROR_BAD_VERSION, "version", "whole number" },
  { "load-version-newer.buntan", BUNTAN_PROJECT_ERROR_NEWER_VERSION, "version", "newer Buntan" },
  { "load-missing-title.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, NULL, "“title” is missing" },
  { "load-missing-items.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, NULL, "“items” is missing" },
  { "load-missing-item-status.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, "item P2-A-1",
    "“status”" },
  { "load-missing-party-name.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, "party 3", "“name”" },
  { "load-title-number.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "title",
    "expected text, found a number" },
  { "load-items-object.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "items", "expected a list" },
  { "load-participants-string.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "item P2-A-2, participants",
    "list" },
  { "load-reference-number.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "item P1-A-1, references (2)",
    "a number" },
  { "load-bad-status.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "item P2-A-2, status", "“finished”" },
  { "load-bad-party-kind.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "party 2, kind", "“supplier”" },
  { "load-bad-contract.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "party 2, contract kind",
    "maintenance" },
  { "load-bad-check-result.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE,
    "item P2-A-1, first check result", "“maybe”" },
  { "load-duplicate-item.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID, "item number 3, id",
    "“P2-A-1” is used twice" },
  { "load-duplicate-party.buntan", BUNTAN_PROJECT_ERROR_DUPLICATE_ID, "party 3, id",
    "“v1” is used twice" },
  { "load-joint-party-id.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "party 3, id", "“joint”" },
  { "warnings-each-party-id.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "party 3, id", "“each”" },
  { "load-no-hospital.buntan", BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT, "parties", "no hospital" },
  { "load-two-hospitals.buntan", BUNTAN_PROJECT_ERROR_HOSPITAL_COUNT, "party 3, kind",
    "second hospital" },
  { "load-unknown-owner.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY, "item P2-A-1, owner", "“v9”" },
  { "load-unknown-participant.buntan", BUNTAN_PROJECT_ERROR_UNKNOWN_PARTY,
    "item P2-A-2, participants (2)", "“v7”" },
  { "load-bad-completed.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "item P2-A-1, completion date",
    "“2026-13-45” is not a real date" },
  { "load-bad-check-date.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "item P2-A-1, first check date",
    "2026-02-30" },
  { "load-bad-renewal.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "party 2, renewal date",
    "31/03/2027" },
  { "load-bad-created.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "created", "“yesterday”" },
  { "load-part-three.buntan", BUNTAN_PROJECT_ERROR_BAD_PART, "item P1-A-1, part", "1 or 2" },
  { "load-part-string.buntan", BUNTAN_PROJECT_ERROR_BAD_PART, "item P1-A-1, part", "1 or 2" },
  { "load-deep.buntan", BUNTAN_PROJECT_ERROR_TOO_DEEP, "line 1, column", "nested" },
  /* Meetings: from meeting-valid.buntan, by one mistake each. */
  { "load-bad-meeting-list.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "meetings",
    "expected a list" },
  { "load-bad-meeting-started.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "meeting 2, start",
    "“yesterday”" },
  { "load-bad-meeting-no-start.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, "meeting 2",
    "“started”" },
  { "load-bad-meeting-time.buntan", BUNTAN_PROJECT_ERROR_BAD_DATE, "meeting 1, change 3, time",
    "time zone" },
  { "load-bad-meeting-field.buntan", BUNTAN_PROJECT_ERROR_BAD_VALUE, "meeting 1, change 2, field",
    "“colour”" },
  { "load-bad-meeting-item.buntan", BUNTAN_PROJECT_ERROR_MISSING_MEMBER, "meeting 1, change 1",
    "“item”" },
  { "load-bad-meeting-attendees.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "meeting 1, attendee 3",
    "a number" },
  { "load-bad-meeting-value.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE,
    "meeting 1, change 1, value after", "expected text, found a list" },
  { "load-bad-meeting-decisions.buntan", BUNTAN_PROJECT_ERROR_WRONG_TYPE, "meeting 1, change 1",
    "expected an object" },
};

static void
assert_refused (const char *path, int code, const char *place, const char *words)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  gsize            before_length = 0, after_length = 0;

  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  project = buntan_project_new_from_file (file, &error);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, code);
  /* "FILE: where: what", so every message can be traced to its file. */
  g_assert_true (g_str_has_prefix (error->message, name));
  if (place != NULL)
    g_assert_nonnull (strstr (error->message, place));
  g_assert_nonnull (strstr (error->message, words));

  /* Refusing a file never touches it. */
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_refusal (gconstpointer data)
{
  const Refusal   *refusal = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", refusal->fixture, NULL);

  g_test_message ("%s", refusal->fixture);
  assert_refused (path, refusal->code, refusal->place, refusal->words);
}

static void
test_template_is_not_a_project (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("BUNTAN_SOURCE_ROOT"), "data", "templates",
                                            "buntan-default.json", NULL);

  assert_refused (path, BUNTAN_PROJECT_ERROR_IS_TEMPLATE, "format", "template");
}

static char *
write_temporary (const char *contents, gsize length)
{
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int   fd = g_file_open_tmp ("buntan-load-XXXXXX.buntan", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  return path;
}

static void
test_very_deep_nesting (void)
{
  const guint      depth = 200000;
  const char      *prefix = "{\"format\": \"buntan-project\", \"version\": 1, \"x\": ";
  GString         *text = g_string_new (prefix);
  g_autofree char *path = NULL;
  g_autofree char *place = NULL;
  gint64           start;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append (text, "}");
  path = write_temporary (text->str, text->len);
  g_string_free (text, TRUE);

  start = g_get_monotonic_time ();
  /* The object is the first level, so the 64th bracket is one too many. */
  place = g_strdup_printf ("line 1, column %zu", strlen (prefix) + BUNTAN_PROJECT_MAX_DEPTH);
  assert_refused (path, BUNTAN_PROJECT_ERROR_TOO_DEEP, place, "nested");
  /* Not a timing test: a refusal that took whole seconds would mean the
   * parser ran first, which is what the depth check is there to prevent. */
  g_test_message ("refused in %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - start);
  g_unlink (path);
}

static void
test_too_large (void)
{
  g_autofree char *path = write_temporary ("{}", 2);

  /* A sparse file: no need to write 64 MB to refuse it. */
  g_assert_cmpint (truncate (path, (off_t) BUNTAN_PROJECT_MAX_FILE_SIZE + 1), ==, 0);
  assert_refused (path, BUNTAN_PROJECT_ERROR_TOO_LARGE, NULL, "larger than");
  g_unlink (path);
}

static void
test_directory (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("buntan-load-XXXXXX", &error);
  g_autoptr (GFile) file = g_file_new_for_path (dir);
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "folder"));
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/buntan/project.buntan");
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);

  g_assert_null (project);
  g_assert_error (error, BUNTAN_PROJECT_ERROR, BUNTAN_PROJECT_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/buntan/project.buntan: "));
}

static void
test_valid (void)
{
  g_autoptr (BuntanProject) project = buntan_test_load_fixture ("load-valid.buntan");
  BuntanItem  *item;
  BuntanParty *party;

  g_assert_cmpstr (buntan_project_get_title (project), ==, "テスト用プロジェクト");
  g_assert_cmpstr (buntan_project_get_organization (project), ==, "テスト病院");
  g_assert_cmpstr (buntan_project_get_created (project), ==, "2026-11-01T09:00:00+09:00");
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, "2024.06-1");
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_parties (project)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_part_items (project, 1)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_part_items (project, 2)), ==, 2);
  g_assert_false (buntan_project_get_is_modified (project));
  g_assert_nonnull (buntan_project_get_file (project));

  party = buntan_project_find_party (project, "v1");
  g_assert_cmpint (buntan_party_get_contract (party), ==, BUNTAN_CONTRACT_KIND_MAINTENANCE);
  g_assert_cmpstr (buntan_contract_get_renewal (buntan_party_find_contract (party, "c1")), ==,
                   "2027-03-31");
  g_assert_null (buntan_party_get_service_spec_received (party));
  g_assert_cmpstr (buntan_party_get_id (buntan_project_get_hospital (project)), ==, "hospital");

  item = buntan_project_find_item (project, "P2-A-1");
  g_assert_cmpint (buntan_item_get_status (item), ==, BUNTAN_ITEM_STATUS_AGREED);
  g_assert_cmpstr (buntan_item_get_owner (item), ==, "v1");
  /* The version 1 first check is now the owner's own; none stays on the item. */
  g_assert_cmpint (buntan_check_get_result (buntan_item_find_check (item, "v1")), ==,
                   BUNTAN_CHECK_RESULT_NO);
  g_assert_cmpstr (buntan_check_get_date (buntan_item_find_check (item, "v1")), ==, "2026-11-01");
  g_assert_cmpstr (buntan_check_get_completed (buntan_item_find_check (item, "v1")), ==,
                   "2026-11-20");
  g_assert_cmpint (buntan_item_get_first_check (item), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_null (buntan_item_get_completed (item));
  g_assert_cmpstr (buntan_item_get_clause (item), ==, "保守契約書 第12条");
  g_assert_true (buntan_item_has_participant (item, "hospital"));

  item = buntan_project_find_item (project, "P2-A-2");
  g_assert_true (buntan_item_is_joint (item));
  g_assert_cmpint (buntan_item_get_first_check (item), ==, BUNTAN_CHECK_RESULT_UNSET);
  g_assert_null (buntan_item_get_completed (item));
}

/* A byte order mark and Windows line endings are what Notepad leaves behind. */
static void
test_bom_and_crlf (void)
{
  g_autoptr (BuntanProject) valid = buntan_test_load_fixture ("load-valid.buntan");
  g_autoptr (BuntanProject) windows = buntan_test_load_fixture ("load-bom-crlf.buntan");
  g_autofree char *a = buntan_project_dup_fingerprint (valid);
  g_autofree char *b = buntan_project_dup_fingerprint (windows);

  g_assert_cmpstr (a, ==, b);
}

static void
test_sample (void)
{
  g_autofree char *path = buntan_test_sample_path ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanProject) project = buntan_project_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_parties (project)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), >=, 40);
  /* The sample is format 2 through and through: nothing to migrate, and
   * no warning (no stale check, every vendor with a contract). */
  g_assert_cmpuint (buntan_project_get_file_version (project), ==, 2);
  g_assert_null (buntan_project_get_migration_notes (project)[0]);
  {
    g_autoptr (BuntanOverview) overview = buntan_overview_new (project);

    g_assert_cmpuint (buntan_overview_get_warnings (overview)->len, ==, 0);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strndup (refusals[i].fixture + strlen ("load-"),
                                         strlen (refusals[i].fixture) - strlen ("load-.buntan"));
      g_autofree char *path = g_strdup_printf ("/buntan/project/load/refuse/%s", name);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }

  g_test_add_func ("/buntan/project/load/refuse/template", test_template_is_not_a_project);
  g_test_add_func ("/buntan/project/load/refuse/very-deep", test_very_deep_nesting);
  g_test_add_func ("/buntan/project/load/refuse/too-large", test_too_large);
  g_test_add_func ("/buntan/project/load/refuse/directory", test_directory);
  g_test_add_func ("/buntan/project/load/refuse/missing", test_missing_file);
  g_test_add_func ("/buntan/project/load/valid", test_valid);
  g_test_add_func ("/buntan/project/load/bom-crlf", test_bom_and_crlf);
  g_test_add_func ("/buntan/project/load/sample", test_sample);

  return g_test_run ();
}
