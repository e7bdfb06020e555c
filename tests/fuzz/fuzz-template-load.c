/* fuzz-template-load.c — any bytes given to the template reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (BuntanProject) project = NULL;
  g_autoptr (GError) error = NULL;
  GListModel *items;

  template = buntan_template_new_from_bytes (bytes, "fuzz.json", &error);
  if (template == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  items = buntan_template_get_items (template);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      g_assert_nonnull (buntan_template_get_section_title (template, buntan_item_get_part (item),
                                                           buntan_item_get_section (item)));
    }

  /* A template that loads must give a project that saves and loads. */
  project = buntan_project_new_from_template (template);
  fuzz_exercise_project (project);
  return 0;
}
