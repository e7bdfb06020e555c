/* big-project.c — large, realistic projects for the reliability tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "big-project.h"

static const char *const statuses[] = { "open", "discussing", "agreed", "not-applicable" };

static void
add_member (JsonBuilder *builder, const char *name, const char *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_parties (JsonBuilder *builder, guint n_parties)
{
  json_builder_set_member_name (builder, "parties");
  json_builder_begin_array (builder);
  for (guint p = 0; p < n_parties; p++)
    {
      g_autofree char *id = p == 0 ? g_strdup ("hospital") : g_strdup_printf ("v%u", p);
      g_autofree char *name =
        p == 0 ? g_strdup ("ベンチマーク総合病院") : g_strdup_printf ("株式会社ベンダー%u", p);

      json_builder_begin_object (builder);
      add_member (builder, "id", id);
      add_member (builder, "kind", p == 0 ? "hospital" : "vendor");
      add_member (builder, "name", name);
      add_member (builder, "service", p == 0 ? "" : "電子カルテ保守");
      add_member (builder, "contract", p == 0 ? "other" : "maintenance");
      add_member (builder, "contact", "情報システム課 03-0000-0000");
      add_member (builder, "emergency_contact", "");
      if (p > 0)
        add_member (builder, "renewal_date", "2027-03-31");
      add_member (builder, "note", "");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* One item with the texts of a real template item, so sizes are those of a
 * real checklist, and a negotiation state that varies with @index. */
static void
add_item (JsonBuilder *builder, BuntanItem *model, guint index, guint n_parties)
{
  const char *const *references = buntan_item_get_references (model);
  g_autofree char   *id = g_strdup_printf ("P%u-%s-%u", buntan_item_get_part (model),
                                           buntan_item_get_section (model), index + 1);
  g_autofree char   *number = g_strdup_printf ("%u", index + 1);
  g_autofree char   *owner = NULL;
  g_autofree char   *participant = NULL;
  const char        *status = statuses[index % G_N_ELEMENTS (statuses)];

  if (index % 5 != 4)
    owner = index % 7 == 3 ? g_strdup ("joint")
                           : g_strdup_printf ("v%u", 1 + index % MAX (n_parties - 1, 1));
  participant = g_strdup_printf ("v%u", 1 + (index + 1) % MAX (n_parties - 1, 1));
  if (n_parties < 2)
    g_clear_pointer (&owner, g_free);

  json_builder_begin_object (builder);
  add_member (builder, "id", id);
  json_builder_set_member_name (builder, "part");
  json_builder_add_int_value (builder, buntan_item_get_part (model));
  add_member (builder, "section", buntan_item_get_section (model));
  add_member (builder, "section_title", buntan_item_get_section_title (model));
  add_member (builder, "number", number);
  add_member (builder, "title", buntan_item_get_title (model));
  add_member (builder, "content", buntan_item_get_content (model));
  add_member (builder, "risk", buntan_item_get_risk (model));
  add_member (builder, "recommended", buntan_item_get_recommended (model));
  json_builder_set_member_name (builder, "references");
  json_builder_begin_array (builder);
  for (guint r = 0; references != NULL && references[r] != NULL; r++)
    json_builder_add_string_value (builder, references[r]);
  json_builder_end_array (builder);
  add_member (builder, "status", status);
  json_builder_set_member_name (builder, "owner");
  if (owner != NULL)
    json_builder_add_string_value (builder, owner);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "participants");
  json_builder_begin_array (builder);
  if (owner != NULL && n_parties > 2)
    {
      json_builder_add_string_value (builder, "hospital");
      json_builder_add_string_value (builder, participant);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "first_check");
  json_builder_begin_object (builder);
  add_member (builder, "result", index % 3 == 0 ? "no" : "yes");
  add_member (builder, "date", "2026-11-01");
  json_builder_end_object (builder);
  if (index % 3 == 0 && g_str_equal (status, "agreed"))
    add_member (builder, "completed", "2026-11-20");
  add_member (builder, "clause", index % 2 == 0 ? "保守契約書 第12条" : "");
  add_member (builder, "note", "");
  json_builder_end_object (builder);
}

/**
 * big_project_json:
 * @n_items: how many items
 * @n_parties: how many parties, the hospital included (at least 1)
 * @title: the project's title
 * @length: (out): the length of the text
 *
 * Returns: (transfer full): a valid project file with the bundled template's
 *   texts repeated over @n_items items
 */
char *
big_project_json (guint n_items, guint n_parties, const char *title, gsize *length)
{
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *models;
  guint       n_models;

  g_assert_cmpuint (n_parties, >=, 1);
  template = buntan_template_lookup (BUNTAN_DEFAULT_TEMPLATE_ID, &error);
  g_assert_no_error (error);
  models = buntan_template_get_items (template);
  n_models = g_list_model_get_n_items (models);

  json_builder_begin_object (builder);
  add_member (builder, "format", "buntan-project");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  add_member (builder, "title", title);
  add_member (builder, "organization", "ベンチマーク総合病院");
  add_member (builder, "created", "2026-11-01T09:00:00+09:00");
  add_member (builder, "modified", "2026-11-01T09:00:00+09:00");
  add_parties (builder, n_parties);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr (BuntanItem) model = g_list_model_get_item (models, i % n_models);

      add_item (builder, model, i, n_parties);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, length);
}

/**
 * big_project_new:
 * @n_items: how many items
 * @n_parties: how many parties, the hospital included
 * @title: the project's title
 *
 * Returns: (transfer full): the project big_project_json() describes
 */
BuntanProject *
big_project_new (guint n_items, guint n_parties, const char *title)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  BuntanProject *project;
  gsize          length = 0;
  char          *text;

  text = big_project_json (n_items, n_parties, title, &length);
  bytes = g_bytes_new_take (text, length);
  project = buntan_project_new_from_bytes (bytes, title, &error);
  g_assert_no_error (error);
  return project;
}
