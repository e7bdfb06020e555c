/* buntan-template.h — a checklist template that new projects start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "buntan-types.h"

G_BEGIN_DECLS

#define BUNTAN_TYPE_TEMPLATE (buntan_template_get_type ())
#define BUNTAN_TEMPLATE_ERROR (buntan_template_error_quark ())

G_DECLARE_FINAL_TYPE (BuntanTemplate, buntan_template, BUNTAN, TEMPLATE, GObject)

typedef enum
{
  BUNTAN_TEMPLATE_ERROR_NOT_FOUND,
  BUNTAN_TEMPLATE_ERROR_INVALID,
  BUNTAN_TEMPLATE_ERROR_EXISTS,
} BuntanTemplateError;

#define BUNTAN_DEFAULT_TEMPLATE_ID "buntan-default"

GQuark
buntan_template_error_quark (void);
BuntanTemplate *
buntan_template_new_from_bytes (GBytes *bytes, const char *display_name, GError **error);
BuntanTemplate *
buntan_template_lookup (const char *id, GError **error);
GPtrArray *
buntan_template_list_bundled (void);
const char *
buntan_template_get_id (BuntanTemplate *self);
const char *
buntan_template_get_version (BuntanTemplate *self);
const char *
buntan_template_get_title (BuntanTemplate *self);
const char *
buntan_template_get_notice (BuntanTemplate *self);
GListModel *
buntan_template_get_items (BuntanTemplate *self);
const char *
buntan_template_get_section_title (BuntanTemplate *self, guint part, const char *section);
BuntanTemplate *
buntan_template_lookup_version (const char *id, const char *version, GError **error);
char *
buntan_template_dup_title_for (const char *id, const char *version);
const char *const *
buntan_template_get_retired_ids (BuntanTemplate *self);
const char *
buntan_template_get_retired_reason (BuntanTemplate *self, const char *id);
GFile *
buntan_template_get_file (BuntanTemplate *self);
gboolean
buntan_template_id_is_valid (const char *id);
gboolean
buntan_template_section_code_is_valid (const char *code);
gboolean
buntan_template_item_id_is_valid (const char *id);
int
buntan_template_compare_versions (const char *a, const char *b);

G_END_DECLS
