/* test-template.c — the bundled checklist is complete and well formed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

static void
test_default_complete (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, &error);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) part1_sections = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) part2_sections = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *sections[2] = { part1_sections, part2_sections };
  g_autoptr (GRegex) id_form = g_regex_new ("^P[12]-[A-Z]-[0-9]+$", 0, 0, NULL);
  guint       counts[2] = { 0, 0 };
  GListModel *items;

  g_assert_no_error (error);
  g_assert_nonnull (template);
  g_assert_cmpstr (buntan_template_get_id (template), ==, "buntan-default");
  g_assert_nonnull (buntan_template_get_version (template));
  /* It must say that it is our summary, not the official text. */
  g_assert_nonnull (strstr (buntan_template_get_notice (template), "Buntan"));

  items = buntan_template_get_items (template);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      g_autofree char *expected_id = NULL;
      guint            part = buntan_item_get_part (item);

      g_test_message ("%s", buntan_item_get_id (item));
      g_assert_true (g_hash_table_add (ids, (gpointer) buntan_item_get_id (item)));
      g_assert_true (g_regex_match (id_form, buntan_item_get_id (item), 0, NULL));
      expected_id = g_strdup_printf ("P%u-%s-%s", part, buntan_item_get_section (item),
                                     buntan_item_get_number (item));
      g_assert_cmpstr (buntan_item_get_id (item), ==, expected_id);

      g_assert_cmpstr (buntan_item_get_title (item), !=, "");
      g_assert_cmpstr (buntan_item_get_section_title (item), !=, "");
      g_assert_cmpstr (buntan_item_get_content (item), !=, "");
      g_assert_cmpstr (buntan_item_get_recommended (item), !=, "");
      g_assert_cmpuint (g_strv_length ((char **) buntan_item_get_references (item)), >=, 1);
      if (part == 2)
        g_assert_cmpstr (buntan_item_get_risk (item), !=, "");
      g_assert_false (buntan_item_get_custom (item));

      counts[part - 1]++;
      g_hash_table_add (sections[part - 1], (gpointer) buntan_item_get_section (item));
    }

  g_assert_cmpuint (counts[0], >=, 15);
  g_assert_cmpuint (g_hash_table_size (sections[0]), >=, 4);
  g_assert_cmpuint (counts[1], >=, 25);
  g_assert_cmpuint (g_hash_table_size (sections[1]), >=, 4);
  g_assert_cmpstr (buntan_template_get_section_title (template, 2, "A"), ==, "共通");
}

static void
test_lookup_unknown (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_lookup ("no-such-template", &error);

  g_assert_null (template);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_NOT_FOUND);
}

static void
test_list (void)
{
  g_autoptr (GPtrArray) templates = buntan_template_list_bundled ();

  g_assert_cmpuint (templates->len, >=, 1);
}

static void
test_invalid (void)
{
  static const char *broken[] = {
    "[]",
    "{\"format\": \"buntan-project\"}",
    "{\"format\": \"buntan-template\", \"id\": \"x\", \"template_version\": \"1\", \"title\": \"t\"}",
    "{\"format\": \"buntan-template\", \"id\": \"x\", \"template_version\": \"1\", \"title\": \"t\","
    " \"sections\": [], \"items\": [{\"id\": \"P1-A-1\", \"part\": 1, \"section\": \"A\","
    " \"number\": \"1\", \"title\": \"t\"}]}",
    "{\"format\": \"buntan-template\", \"id\": \"x\", \"template_version\": \"1\", \"title\": \"t\","
    " \"sections\": [{\"part\": 1, \"code\": \"A\", \"title\": \"s\"}], \"items\": ["
    "{\"id\": \"P1-A-1\", \"part\": 1, \"section\": \"A\", \"number\": \"1\", \"title\": \"t\"},"
    "{\"id\": \"P1-A-1\", \"part\": 1, \"section\": \"A\", \"number\": \"2\", \"title\": \"t\"}]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr (GBytes) bytes = g_bytes_new_static (broken[i], strlen (broken[i]));
      g_autoptr (GError) error = NULL;
      g_autoptr (BuntanTemplate) template =
        buntan_template_new_from_bytes (bytes, "broken.json", &error);

      g_test_message ("%s", broken[i]);
      g_assert_null (template);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "broken.json: "));
    }
}

typedef struct
{
  const char *fixture;
  const char *place;
  const char *reason;
} TemplateRefusal;

/* Each differs from template-valid.json by one mistake, and is refused with
 * the file, the place and the reason, like a project (issue 11 item 3). */
static const TemplateRefusal template_refusals[] = {
  /* The old reader dropped a reference that was not text, silently. */
  { "template-reference-number.json", "item P2-A-2, references (2)",
    "expected text, found a number" },
  { "template-missing-id.json", "item number 2", "the required key “id” is missing" },
  { "template-title-number.json", "item P2-A-1, title", "expected text, found a number" },
  { "template-duplicate-id.json", "item number 2, id", "“P2-A-1” is used twice" },
  { "template-section-number.json", "section 1, code", "expected text, found a number" },
};

static void
test_fixture_valid (void)
{
  g_autoptr (GBytes) bytes = buntan_test_read_fixture ("template-valid.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template =
    buntan_template_new_from_bytes (bytes, "template-valid.json", &error);
  g_autoptr (BuntanItem) item = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_template_get_items (template)), ==, 2);
  item = g_list_model_get_item (buntan_template_get_items (template), 1);
  g_assert_cmpstr (buntan_item_get_references (item)[0], ==, "ガイドライン 2");
  g_assert_null (buntan_item_get_references (item)[1]);
}

static void
test_fixture_refused (gconstpointer data)
{
  const TemplateRefusal *refusal = data;
  g_autoptr (GBytes) bytes = buntan_test_read_fixture (refusal->fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template =
    buntan_template_new_from_bytes (bytes, refusal->fixture, &error);
  g_autofree char *prefix = g_strdup_printf ("%s: %s: ", refusal->fixture, refusal->place);

  g_assert_null (template);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, refusal->reason));
}

/* A cover names the checklist a project was made from, by its own title. */
static void
test_title_for (void)
{
  g_autoptr (BuntanTemplate) current = buntan_template_lookup ("cyber-security", NULL);
  g_autofree char *title = buntan_template_dup_title_for ("cyber-security", "2026.12-1");
  g_autofree char *unknown_version = buntan_template_dup_title_for ("cyber-security", "1999.01-1");
  g_autofree char *unknown = buntan_template_dup_title_for ("no-such-checklist", NULL);

  g_assert_nonnull (current);
  g_assert_cmpstr (title, ==, buntan_template_get_title (current));
  g_assert_cmpstr (title, !=, "");
  /* A version no longer bundled still names the checklist. */
  g_assert_cmpstr (unknown_version, ==, title);
  g_assert_null (unknown);
  g_assert_null (buntan_template_dup_title_for (NULL, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/template/default-complete", test_default_complete);
  g_test_add_func ("/buntan/template/lookup-unknown", test_lookup_unknown);
  g_test_add_func ("/buntan/template/list", test_list);
  g_test_add_func ("/buntan/template/invalid", test_invalid);
  g_test_add_func ("/buntan/template/fixture-valid", test_fixture_valid);
  g_test_add_func ("/buntan/template/title-for", test_title_for);
  for (guint i = 0; i < G_N_ELEMENTS (template_refusals); i++)
    {
      g_autofree char *name =
        g_strdup_printf ("/buntan/template/refused/%s", template_refusals[i].fixture);

      g_test_add_data_func (name, &template_refusals[i], test_fixture_refused);
    }

  return g_test_run ();
}
