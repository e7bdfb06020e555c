/* test-template-versions.c — the default checklist's versions: the current
 * one for new projects, earlier ones kept, retired ids never reused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"
#include "buntan-test-util.h"

#define CURRENT_VERSION "2026.12-1"
#define PREVIOUS_VERSION "2024.06-1"

static gboolean
has_item (BuntanTemplate *template, const char *id)
{
  GListModel *items = buntan_template_get_items (template);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (buntan_item_get_id (item), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static guint
count_part (BuntanTemplate *template, guint part)
{
  GListModel *items = buntan_template_get_items (template);
  guint       count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      count += buntan_item_get_part (item) == part;
    }

  return count;
}

/* New projects start from the revised checklist, not from the version kept
 * beside it. */
static void
test_current (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, &error);
  g_autoptr (GPtrArray) bundled = buntan_template_list_bundled ();
  g_autoptr (BuntanProject) project = NULL;
  const char *const *retired;

  g_assert_no_error (error);
  g_assert_cmpstr (buntan_template_get_version (template), ==, CURRENT_VERSION);
  g_assert_cmpuint (count_part (template, 1), ==, 19);
  g_assert_cmpuint (count_part (template, 2), ==, 34);

  /* Only the current version is offered. */
  for (guint i = 0; i < bundled->len; i++)
    if (g_strcmp0 (buntan_template_get_id (g_ptr_array_index (bundled, i)),
                   BUNTAN_DEFAULT_TEMPLATE_ID) == 0)
      g_assert_cmpstr (buntan_template_get_version (g_ptr_array_index (bundled, i)), ==,
                       CURRENT_VERSION);

  retired = buntan_template_get_retired_ids (template);
  g_assert_cmpuint (g_strv_length ((char **) retired), ==, 2);
  g_assert_cmpstr (retired[0], ==, "P2-A-2");
  g_assert_cmpstr (retired[1], ==, "P2-C-5");
  for (guint i = 0; retired[i] != NULL; i++)
    {
      g_assert_false (has_item (template, retired[i]));
      g_assert_nonnull (strstr (buntan_template_get_retired_reason (template, retired[i]), "ため"));
    }
  g_assert_null (buntan_template_get_retired_reason (template, "P2-A-1"));
  g_assert_true (has_item (template, "P2-A-13"));
  g_assert_true (has_item (template, "P2-C-8"));

  project = buntan_project_new_from_template (template);
  g_assert_cmpstr (buntan_project_get_template_version (project), ==, CURRENT_VERSION);
  g_assert_cmpuint (g_list_model_get_n_items (buntan_project_get_items (project)), ==, 53);
}

/* A project made from the first version can still find the checklist it was
 * made from, to be compared with the current one. */
static void
test_previous (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) previous =
    buntan_template_lookup_version (BUNTAN_DEFAULT_TEMPLATE_ID, PREVIOUS_VERSION, &error);
  g_autoptr (BuntanTemplate) current =
    buntan_template_lookup_version (BUNTAN_DEFAULT_TEMPLATE_ID, CURRENT_VERSION, &error);
  g_autoptr (BuntanTemplate) current_again =
    buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, NULL);
  GListModel *items;

  g_assert_no_error (error);
  g_assert_cmpstr (buntan_template_get_version (previous), ==, PREVIOUS_VERSION);
  g_assert_cmpuint (count_part (previous, 1), ==, 18);
  g_assert_cmpuint (count_part (previous, 2), ==, 31);
  g_assert_true (has_item (previous, "P2-A-2"));
  g_assert_cmpuint (g_strv_length ((char **) buntan_template_get_retired_ids (previous)), ==, 0);
  g_assert_cmpstr (buntan_template_get_version (current), ==, CURRENT_VERSION);

  /* Every item of the first version is kept or retired: ids are stable. */
  items = buntan_template_get_items (previous);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      const char *id = buntan_item_get_id (item);

      g_test_message ("%s", id);
      g_assert_true (has_item (current_again, id) !=
                     (buntan_template_get_retired_reason (current_again, id) != NULL));
    }
}

static void
test_unknown_version (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BuntanTemplate) template =
    buntan_template_lookup_version (BUNTAN_DEFAULT_TEMPLATE_ID, "1999.01-1", &error);

  g_assert_null (template);
  g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "1999.01-1"));
}

#define TEMPLATE_HEAD                                                                              \
  "{\"format\": \"buntan-template\", \"id\": \"x\", \"template_version\": \"2\", "                 \
  "\"title\": \"t\", \"sections\": [{\"part\": 2, \"code\": \"A\", \"title\": \"s\"}], "           \
  "\"items\": [{\"id\": \"P2-A-1\", \"part\": 2, \"section\": \"A\", \"number\": \"1\", "          \
  "\"title\": \"t\"}, {\"id\": \"P2-A-3\", \"part\": 2, \"section\": \"A\", \"number\": \"3\", "   \
  "\"title\": \"t\"}], "

typedef struct
{
  const char *text;
  const char *message; /* NULL: read */
} RetiredCase;

static const RetiredCase retired_cases[] = {
  { TEMPLATE_HEAD "\"retired\": [{\"id\": \"P2-A-2\", \"reason\": \"r\"}]}", NULL },
  { TEMPLATE_HEAD "\"retired\": []}", NULL },
  { TEMPLATE_HEAD "\"retired\": [{\"id\": \"P2-A-2\", \"reason\": \"r\"}, "
                  "{\"id\": \"P2-A-3\", \"reason\": \"r\"}]}",
    "broken.json: retired item 2, id: the item id “P2-A-3” was retired and is used again" },
  { TEMPLATE_HEAD "\"retired\": [{\"id\": \"P2-A-2\", \"reason\": \"r\"}, "
                  "{\"id\": \"P2-A-2\", \"reason\": \"r\"}]}",
    "broken.json: retired item 2, id: the item id “P2-A-2” is retired twice" },
  { TEMPLATE_HEAD "\"retired\": [{\"id\": \"P2-A-2\"}]}",
    "broken.json: retired item 1: the required key “reason” is missing" },
  { TEMPLATE_HEAD "\"retired\": {\"id\": \"P2-A-2\"}}", "broken.json: retired:" },
};

/* The retired list is read as strictly as the items, with the place in words. */
static void
test_retired_refusals (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (retired_cases); i++)
    {
      const RetiredCase *c = &retired_cases[i];
      g_autoptr (GBytes) bytes = g_bytes_new_static (c->text, strlen (c->text));
      g_autoptr (GError) error = NULL;
      g_autoptr (BuntanTemplate) template =
        buntan_template_new_from_bytes (bytes, "broken.json", &error);

      g_test_message ("%s", c->text);
      if (c->message == NULL)
        {
          g_assert_no_error (error);
          g_assert_nonnull (template);
          continue;
        }
      g_assert_null (template);
      g_assert_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, c->message));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  buntan_core_init ();

  g_test_add_func ("/buntan/template/versions/current", test_current);
  g_test_add_func ("/buntan/template/versions/previous", test_previous);
  g_test_add_func ("/buntan/template/versions/unknown", test_unknown_version);
  g_test_add_func ("/buntan/template/versions/retired-refusals", test_retired_refusals);

  return g_test_run ();
}
