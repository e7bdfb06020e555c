/* buntan-checklist-import.c — a checklist of one's own, from CSV or JSON
 *
 * Both importers end in the text of a checklist template (format
 * "buntan-template", data/buntan-template.schema.json), which the one
 * template reader then reads back: what is installed always opens. The CSV
 * importer refuses a bad row itself first, so that the place it names is
 * the line and column a spreadsheet user can find.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "buntan-checklist-csv.h"
#include "buntan-checklist-import.h"
#include "buntan-checklist-library.h"
#include "buntan-enums.h"
#include "buntan-template.h"

typedef enum
{
  COLUMN_ID,
  COLUMN_PART,
  COLUMN_SECTION,
  COLUMN_SECTION_TITLE,
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_CONTENT,
  COLUMN_RISK,
  COLUMN_RECOMMENDED,
  COLUMN_REFERENCES,
  COLUMN_APPLIES_TO,
  COLUMN_OFFICIAL_REF,
  N_COLUMNS
} Column;

/* The header row's names (README, "Checklists"); the order in the file is free. */
static const char *const column_names[N_COLUMNS] = {
  "id",      "part", "section",     "section_title", "number",     "title",
  "content", "risk", "recommended", "references",    "applies_to", "official_ref",
};

static const gboolean column_required[N_COLUMNS] = {
  [COLUMN_PART] = TRUE,
  [COLUMN_SECTION] = TRUE,
  [COLUMN_NUMBER] = TRUE,
  [COLUMN_TITLE] = TRUE,
};

typedef struct
{
  const char *display_name;
  GError    **error;
  /* Column → its index in a record, or -1 when the file has none. */
  int index[N_COLUMNS];
} CsvImport;

static gboolean
refuse_at (CsvImport *import, guint line, Column column, const char *format, ...)
  G_GNUC_PRINTF (4, 5);

static gboolean
refuse_at (CsvImport *import, guint line, Column column, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (import->error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
               _ ("%s: line %u, column %d (%s): %s"), import->display_name, line,
               import->index[column] + 1, column_names[column], what);
  return FALSE;
}

static const char *
field_of (BuntanCsvRecord *record, CsvImport *import, Column column)
{
  int index = import->index[column];

  if (index < 0 || (guint) index >= record->fields->len)
    return "";
  return g_ptr_array_index (record->fields, index);
}

/* Trimmed, and in NFKC so that a full-width “２” typed in a spreadsheet is 2. */
static char *
dup_clean (const char *text, gboolean fold_width)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  if (!fold_width)
    return g_steal_pointer (&copy);
  return g_utf8_normalize (copy, -1, G_NORMALIZE_NFKC);
}

static gboolean
read_header (CsvImport *import, BuntanCsvRecord *header)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    import->index[c] = -1;

  for (guint i = 0; i < header->fields->len; i++)
    {
      g_autofree char *name = dup_clean (g_ptr_array_index (header->fields, i), TRUE);
      g_autofree char *lower = g_ascii_strdown (name, -1);
      gboolean         known = FALSE;

      if (*lower == '\0')
        continue;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (strcmp (lower, column_names[c]) != 0)
            continue;
          if (import->index[c] >= 0)
            {
              g_set_error (import->error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                           _ ("%s: line %u, column %u: the column “%s” is there twice"),
                           import->display_name, header->line, i + 1, name);
              return FALSE;
            }
          import->index[c] = (int) i;
          known = TRUE;
        }

      if (!known)
        {
          g_set_error (import->error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                       _ ("%s: line %u, column %u: unknown column “%s”; the columns are id, "
                          "part, section, section_title, number, title, content, risk, "
                          "recommended, references, applies_to and official_ref"),
                       import->display_name, header->line, i + 1, name);
          return FALSE;
        }
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    if (column_required[c] && import->index[c] < 0)
      {
        g_set_error (import->error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                     _ ("%s: line %u: the first line names the columns, and the column “%s” "
                        "is missing"),
                     import->display_name, header->line, column_names[c]);
        return FALSE;
      }

  return TRUE;
}

static gboolean
record_is_empty (BuntanCsvRecord *record)
{
  for (guint i = 0; i < record->fields->len; i++)
    {
      g_autofree char *field = dup_clean (g_ptr_array_index (record->fields, i), FALSE);

      if (*field != '\0')
        return FALSE;
    }
  return TRUE;
}

static char **
split_lines (const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line != '\0')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

static gboolean
read_applies_to (CsvImport *import, BuntanCsvRecord *record, JsonBuilder *builder)
{
  g_autofree char *text = dup_clean (field_of (record, import, COLUMN_APPLIES_TO), TRUE);
  g_autoptr (GEnumClass) kinds = g_type_class_ref (BUNTAN_TYPE_CONTRACT_KIND);
  g_auto (GStrv) words = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* Kinds are separated as a person would type them in one cell. */
  g_strdelimit (text, ",;、 \t\n", ' ');
  words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || !g_hash_table_add (seen, words[i]))
        continue;
      if (g_enum_get_value_by_nick (kinds, words[i]) == NULL)
        return refuse_at (import, record->line, COLUMN_APPLIES_TO,
                          _ ("“%s” is no kind of contract; the kinds are development, "
                             "maintenance, cloud and other"),
                          words[i]);
      if (g_hash_table_size (seen) == 1)
        {
          json_builder_set_member_name (builder, "applies_to");
          json_builder_begin_array (builder);
        }
      json_builder_add_string_value (builder, words[i]);
    }
  if (g_hash_table_size (seen) > 0)
    json_builder_end_array (builder);

  return TRUE;
}

typedef struct
{
  guint part;
  char *code;
  char *title;
} Section;

static void
section_free (Section *section)
{
  g_free (section->code);
  g_free (section->title);
  g_free (section);
}

static Section *
find_section (GPtrArray *sections, guint part, const char *code)
{
  for (guint i = 0; i < sections->len; i++)
    {
      Section *section = g_ptr_array_index (sections, i);

      if (section->part == part && strcmp (section->code, code) == 0)
        return section;
    }
  return NULL;
}

static gboolean
read_row (CsvImport       *import,
          BuntanCsvRecord *record,
          GPtrArray       *sections,
          GHashTable      *ids,
          JsonBuilder     *builder)
{
  g_autofree char *part_text = dup_clean (field_of (record, import, COLUMN_PART), TRUE);
  g_autofree char *code = dup_clean (field_of (record, import, COLUMN_SECTION), TRUE);
  g_autofree char *section_title =
    dup_clean (field_of (record, import, COLUMN_SECTION_TITLE), FALSE);
  g_autofree char *number = dup_clean (field_of (record, import, COLUMN_NUMBER), FALSE);
  g_autofree char *title = dup_clean (field_of (record, import, COLUMN_TITLE), FALSE);
  g_autofree char *id = dup_clean (field_of (record, import, COLUMN_ID), TRUE);
  g_autofree char *official_ref = dup_clean (field_of (record, import, COLUMN_OFFICIAL_REF), FALSE);
  g_auto (GStrv) references = split_lines (field_of (record, import, COLUMN_REFERENCES));
  static const Column texts[] = { COLUMN_CONTENT, COLUMN_RISK, COLUMN_RECOMMENDED };
  Section            *section;
  guint               part;

  if (record->fields->len > (guint) N_COLUMNS)
    for (guint i = 0; i < record->fields->len; i++)
      {
        gboolean named = FALSE;

        for (guint c = 0; c < N_COLUMNS; c++)
          named = named || import->index[c] == (int) i;
        if (!named && *(const char *) g_ptr_array_index (record->fields, i) != '\0')
          {
            g_set_error (import->error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                         _ ("%s: line %u, column %u: this field has no column name in the "
                            "first line"),
                         import->display_name, record->line, i + 1);
            return FALSE;
          }
      }

  if (strcmp (part_text, "1") == 0)
    part = 1;
  else if (strcmp (part_text, "2") == 0)
    part = 2;
  else
    return refuse_at (import, record->line, COLUMN_PART,
                      _ ("the part is “%s”; it must be 1 (the hospital's own items) or 2 (items "
                         "split with the vendors)"),
                      part_text);

  if (*code == '\0')
    return refuse_at (import, record->line, COLUMN_SECTION, _ ("the section is empty"));
  if (!buntan_template_section_code_is_valid (code))
    return refuse_at (import, record->line, COLUMN_SECTION,
                      _ ("the section code “%s” must be letters a–z or digits, as in “A”"), code);
  if (*number == '\0')
    return refuse_at (import, record->line, COLUMN_NUMBER, _ ("the item number is empty"));
  if (*title == '\0')
    return refuse_at (import, record->line, COLUMN_TITLE, _ ("the title is empty"));

  section = find_section (sections, part, code);
  if (section == NULL)
    {
      section = g_new0 (Section, 1);
      section->part = part;
      section->code = g_strdup (code);
      g_ptr_array_add (sections, section);
    }
  if (section->title == NULL && *section_title != '\0')
    section->title = g_strdup (section_title);

  /* Without an id the item gets the shape of the bundled ones, counted
   * within its section; a clash with a given id is refused below. */
  if (*id == '\0')
    {
      for (guint n = 1;; n++)
        {
          g_autofree char *candidate = g_strdup_printf ("P%u-%s-%u", part, code, n);

          if (!g_hash_table_contains (ids, candidate))
            {
              g_free (id);
              id = g_steal_pointer (&candidate);
              break;
            }
        }
    }
  else if (!buntan_template_item_id_is_valid (id))
    return refuse_at (import, record->line, COLUMN_ID,
                      _ ("the item id “%s” must look like “P2-A-4”: P, the part, the section "
                         "code and a number; or leave it empty"),
                      id);
  else if (g_hash_table_contains (ids, id))
    return refuse_at (import, record->line, COLUMN_ID,
                      _ ("the item id “%s” is used twice (first on line %u); every item needs "
                         "its own id"),
                      id, GPOINTER_TO_UINT (g_hash_table_lookup (ids, id)));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "part");
  json_builder_add_int_value (builder, part);
  json_builder_set_member_name (builder, "section");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "number");
  json_builder_add_string_value (builder, number);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = dup_clean (field_of (record, import, texts[i]), FALSE);

      /* Members left out rather than empty, as in the bundled checklist. */
      if (*text == '\0')
        continue;
      json_builder_set_member_name (builder, column_names[texts[i]]);
      json_builder_add_string_value (builder, text);
    }
  if (references[0] != NULL)
    {
      json_builder_set_member_name (builder, "references");
      json_builder_begin_array (builder);
      for (guint i = 0; references[i] != NULL; i++)
        json_builder_add_string_value (builder, references[i]);
      json_builder_end_array (builder);
    }
  if (!read_applies_to (import, record, builder))
    return FALSE;
  if (*official_ref != '\0')
    {
      json_builder_set_member_name (builder, "official_ref");
      json_builder_add_string_value (builder, official_ref);
    }
  json_builder_end_object (builder);

  g_hash_table_insert (ids, g_steal_pointer (&id), GUINT_TO_POINTER (record->line));
  return TRUE;
}

static char *
dup_title_from_name (const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name);
  char            *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

/* Read back by the template reader, so nothing is installed that a new
 * project could not start from. */
static char *
finish (JsonNode *root, const char *display_name, GError **error)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  gsize            length;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);
  bytes = g_bytes_new (text, length);
  template = buntan_template_new_from_bytes (bytes, display_name, error);
  if (template == NULL)
    return NULL;
  return g_steal_pointer (&text);
}

static gboolean
check_header (const BuntanChecklistHeader *header, const char *display_name, GError **error)
{
  if (header->id != NULL && !buntan_template_id_is_valid (header->id))
    {
      g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                   _ ("%s: “%s” cannot be a checklist id: use letters a–z, digits, “-”, “_” "
                      "and “.”, starting with a letter or digit"),
                   display_name, header->id);
      return FALSE;
    }
  if (header->version != NULL && !buntan_template_id_is_valid (header->version))
    {
      g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                   _ ("%s: “%s” cannot be a checklist version: use letters, digits, “-”, “_” "
                      "and “.”, starting with a letter or digit"),
                   display_name, header->version);
      return FALSE;
    }
  return TRUE;
}

/**
 * buntan_checklist_import_csv:
 * @bytes: a CSV file (UTF-8 with or without a BOM, or CP932)
 * @display_name: how to name the file in error messages
 * @header: the checklist's id (required), title and version
 * @error: return location for a #GError
 *
 * The first line names the columns (README, "Checklists"); every further
 * line that is not empty is an item. Sections come in the order they first
 * appear, titled by the first non-empty section_title (else their code).
 *
 * Returns: (transfer full) (nullable): the checklist as template JSON
 */
char *
buntan_checklist_import_csv (GBytes                      *bytes,
                             const char                  *display_name,
                             const BuntanChecklistHeader *header,
                             GError                     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *default_title = NULL;
  g_autoptr (GPtrArray) records = NULL;
  g_autoptr (GPtrArray) sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonNode) items = NULL;
  JsonObject *object;
  JsonArray  *section_array;
  CsvImport   import = { display_name, error, { 0 } };
  guint       first_row = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (header != NULL && header->id != NULL, NULL);

  if (!check_header (header, display_name, error))
    return NULL;

  text = buntan_checklist_csv_decode (bytes, display_name, NULL, error);
  if (text == NULL)
    return NULL;
  records = buntan_checklist_csv_parse (text, display_name, error);
  if (records == NULL)
    return NULL;

  while (first_row < records->len && record_is_empty (g_ptr_array_index (records, first_row)))
    first_row++;
  if (first_row == records->len)
    {
      g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                   _ ("%s: the file is empty"), display_name);
      return NULL;
    }
  if (!read_header (&import, g_ptr_array_index (records, first_row)))
    return NULL;

  json_builder_begin_array (builder);
  for (guint i = first_row + 1; i < records->len; i++)
    {
      BuntanCsvRecord *record = g_ptr_array_index (records, i);

      if (record_is_empty (record))
        continue;
      if (!read_row (&import, record, sections, ids, builder))
        return NULL;
    }
  json_builder_end_array (builder);

  if (g_hash_table_size (ids) == 0)
    {
      g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                   _ ("%s: the file has no items, only the line of column names"), display_name);
      return NULL;
    }

  items = json_builder_get_root (builder);
  object = json_object_new ();
  section_array = json_array_new ();
  default_title = dup_title_from_name (display_name);
  json_object_set_string_member (object, "format", "buntan-template");
  json_object_set_int_member (object, "version", 1);
  json_object_set_string_member (object, "id", header->id);
  json_object_set_string_member (object, "template_version",
                                 header->version != NULL ? header->version : "1");
  json_object_set_string_member (object, "title",
                                 header->title != NULL ? header->title : default_title);
  for (guint i = 0; i < sections->len; i++)
    {
      Section    *section = g_ptr_array_index (sections, i);
      JsonObject *member = json_object_new ();

      json_object_set_int_member (member, "part", section->part);
      json_object_set_string_member (member, "code", section->code);
      json_object_set_string_member (member, "title",
                                     section->title != NULL ? section->title : section->code);
      json_array_add_object_element (section_array, member);
    }
  json_object_set_array_member (object, "sections", section_array);
  json_object_set_array_member (object, "items", json_array_ref (json_node_get_array (items)));
  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return finish (root, display_name, error);
}

/**
 * buntan_checklist_import_json:
 * @bytes: a checklist template file
 * @display_name: how to name the file in error messages
 * @header: replacements for its id, title and version, each maybe %NULL
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the checklist as template JSON
 */
char *
buntan_checklist_import_json (GBytes                      *bytes,
                              const char                  *display_name,
                              const BuntanChecklistHeader *header,
                              GError                     **error)
{
  g_autoptr (BuntanTemplate) template = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  gsize       size;
  const char *data;
  JsonObject *object;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (header != NULL, NULL);

  if (!check_header (header, display_name, error))
    return NULL;

  /* The strict reader first, for its places; then a plain parse to edit. */
  template = buntan_template_new_from_bytes (bytes, display_name, error);
  if (template == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, (gssize) size, error))
    return NULL;

  object = json_node_get_object (json_parser_get_root (parser));
  if (header->id != NULL)
    json_object_set_string_member (object, "id", header->id);
  if (header->title != NULL)
    json_object_set_string_member (object, "title", header->title);
  if (header->version != NULL)
    json_object_set_string_member (object, "template_version", header->version);

  return finish (json_parser_get_root (parser), display_name, error);
}

/* A CSV file's name is its id when it can be one ("Our list.csv" cannot). */
static char *
dup_id_from_name (const char *display_name)
{
  g_autofree char *base = dup_title_from_name (display_name);

  if (!buntan_template_id_is_valid (base))
    return NULL;
  return g_ascii_strdown (base, -1);
}

/**
 * buntan_checklist_import_file:
 * @file: a checklist: a CSV file (its name ends in .csv) or a template in JSON
 * @replace: whether an installed checklist of the same id and version may
 *   be replaced
 * @installed: (out) (optional) (transfer full): the file written
 * @error: return location for a #GError naming @file and the place
 *
 * Reads @file as `buntan-cli checklist-import` does without options — a
 * CSV file takes its id and title from its name, version "1" — and installs
 * it for this user, with the same refusals.
 *
 * Returns: (transfer full) (nullable): the installed checklist
 */
BuntanTemplate *
buntan_checklist_import_file (GFile *file, gboolean replace, GFile **installed, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *id = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  BuntanTemplate *template;
  BuntanChecklistHeader header = { 0 };

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }

  lower = g_ascii_strdown (name, -1);
  if (!g_str_has_suffix (lower, ".csv"))
    json = buntan_checklist_import_json (bytes, name, &header, error);
  else
    {
      id = dup_id_from_name (name);
      if (id == NULL)
        {
          g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                       _ ("%s: the file's name cannot be a checklist id; rename the file using "
                          "letters a–z, digits, “-”, “_” and “.”"),
                       name);
          return NULL;
        }
      header.id = id;
      json = buntan_checklist_import_csv (bytes, name, &header, error);
    }
  if (json == NULL)
    return NULL;

  template = buntan_checklist_library_install (json, replace, installed, &local_error);
  if (template == NULL)
    {
      /* Some refusals (a bundled checklist's id) do not name the file yet. */
      if (!g_str_has_prefix (local_error->message, name))
        g_prefix_error (&local_error, "%s: ", name);
      g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return template;
}
