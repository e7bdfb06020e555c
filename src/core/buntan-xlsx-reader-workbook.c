/* buntan-xlsx-reader-workbook.c — opening a workbook: its sheets, shared strings and date styles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-xlsx-reader-private.h"

/* The workbook part: sheets in order, and which date system it counts in. */
typedef struct
{
  GPtrArray  *names;
  GPtrArray  *ids;
  gboolean    date1904;
  GHashTable *defined_names;
  char       *defined_name; /* the <definedName> open now, NULL outside one */
  GString    *defined_text;
} WorkbookParse;

static gboolean
is_true (const char *value)
{
  return g_strcmp0 (value, "1") == 0 || g_strcmp0 (value, "true") == 0;
}

static void
workbook_start (gpointer     user_data,
                const char  *ns,
                const char  *name,
                const char **names,
                const char **values,
                gpointer     parse,
                GError     **error)
{
  WorkbookParse *workbook = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns))
    return;

  if (strcmp (name, "workbookPr") == 0)
    workbook->date1904 =
      is_true (_buntan_xlsx_find_attribute (parse, names, values, NULL, "date1904"));
  else if (strcmp (name, "sheet") == 0)
    {
      const char *sheet_name = _buntan_xlsx_find_attribute (parse, names, values, NULL, "name");
      const char *id = _buntan_xlsx_find_attribute (parse, names, values,
                                                    _buntan_xlsx_is_relationship_namespace, "id");

      if (sheet_name != NULL && id != NULL)
        {
          g_ptr_array_add (workbook->names, g_strdup (sheet_name));
          g_ptr_array_add (workbook->ids, g_strdup (id));
        }
    }
  else if (strcmp (name, "definedName") == 0)
    {
      const char *defined = _buntan_xlsx_find_attribute (parse, names, values, NULL, "name");

      /* A name scoped to one sheet (localSheetId) is not the workbook's. */
      g_clear_pointer (&workbook->defined_name, g_free);
      if (defined != NULL &&
          _buntan_xlsx_find_attribute (parse, names, values, NULL, "localSheetId") == NULL)
        workbook->defined_name = g_strdup (defined);
      g_string_truncate (workbook->defined_text, 0);
    }
}

static void
workbook_end (gpointer user_data, const char *ns, const char *name)
{
  WorkbookParse *workbook = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns) || strcmp (name, "definedName") != 0 ||
      workbook->defined_name == NULL)
    return;

  g_hash_table_replace (workbook->defined_names, g_steal_pointer (&workbook->defined_name),
                        g_strdup (workbook->defined_text->str));
}

static void
workbook_text (gpointer user_data, const char *text, gsize length)
{
  WorkbookParse *workbook = user_data;

  /* A formula is short; a name stuffed with megabytes is no questionnaire. */
  if (workbook->defined_name != NULL && workbook->defined_text->len < 1024)
    g_string_append_len (workbook->defined_text, text, length);
}

/* Shared strings: the text of each <si>, its runs joined, without the
 * phonetic guides (<rPh>, the furigana Japanese Excel adds to names). */
typedef struct
{
  BuntanXlsxReader *reader;
  GString          *current;
  gboolean          in_text;
  guint             phonetic_depth;
  GError          **error;
} StringsParse;

/* OOXML writes characters XML cannot hold as _xHHHH_; _x005F_ is the
 * underscore, which is how a literal "_x0041_" is kept. */
char *
_buntan_xlsx_decode_escapes (const char *text)
{
  GString *decoded = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      if (p[0] == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
          g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        {
          gunichar character = (gunichar) g_ascii_strtoull (p + 2, NULL, 16);

          if (character != 0 && g_unichar_validate (character))
            {
              g_string_append_unichar (decoded, character);
              p += 7;
              continue;
            }
        }
      g_string_append_c (decoded, *p);
      p++;
    }

  return g_string_free (decoded, FALSE);
}

static void
strings_start (gpointer     user_data,
               const char  *ns,
               const char  *name,
               const char **names,
               const char **values,
               gpointer     parse,
               GError     **error)
{
  StringsParse *strings = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns))
    return;

  if (strcmp (name, "si") == 0)
    {
      if (strings->reader->shared_strings->len >= MAX_SHARED_STRINGS)
        {
          g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                       _ ("%s: the workbook holds more than %u different texts; the file is "
                          "refused"),
                       strings->reader->display_name, MAX_SHARED_STRINGS);
          return;
        }
      g_string_truncate (strings->current, 0);
    }
  else if (strcmp (name, "rPh") == 0)
    strings->phonetic_depth++;
  else if (strcmp (name, "t") == 0)
    strings->in_text = TRUE;
}

static void
strings_end (gpointer user_data, const char *ns, const char *name)
{
  StringsParse *strings = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns))
    return;

  if (strcmp (name, "si") == 0)
    g_ptr_array_add (strings->reader->shared_strings,
                     _buntan_xlsx_decode_escapes (strings->current->str));
  else if (strcmp (name, "rPh") == 0 && strings->phonetic_depth > 0)
    strings->phonetic_depth--;
  else if (strcmp (name, "t") == 0)
    strings->in_text = FALSE;
}

static void
strings_text (gpointer user_data, const char *text, gsize length)
{
  StringsParse *strings = user_data;

  if (strings->in_text && strings->phonetic_depth == 0)
    g_string_append_len (strings->current, text, length);
}

/* Styles: which cell formats (cellXfs) show a date. */
typedef struct
{
  GHashTable *custom_date_formats; /* numFmtId set */
  GArray     *date_styles;
  gboolean    in_cell_formats;
} StylesParse;

/* A format shows a date when, outside quoted text, escapes and [sections]
 * (colours, locales, elapsed hours), it has years or days, or months
 * without hours or seconds beside them ("mm:ss" is minutes). */
static gboolean
format_shows_date (const char *code)
{
  gboolean year_or_day = FALSE, month = FALSE, hour_or_second = FALSE;

  if (g_ascii_strcasecmp (code, "General") == 0)
    return FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      char c = g_ascii_tolower (*p);

      if (c == '"')
        {
          const char *close = strchr (p + 1, '"');
          if (close == NULL)
            break;
          p = close;
        }
      else if (c == '\\' || c == '_' || c == '*')
        {
          if (p[1] == '\0')
            break;
          p++;
        }
      else if (c == '[')
        {
          const char *close = strchr (p + 1, ']');
          if (close == NULL)
            break;
          p = close;
        }
      else if (c == 'y' || c == 'd' || c == 'g') /* g: the era of 和暦 (ggge) */
        year_or_day = TRUE;
      else if (c == 'm')
        month = TRUE;
      else if (c == 'h' || c == 's')
        hour_or_second = TRUE;
    }

  return year_or_day || (month && !hour_or_second);
}

/* Built-in formats 14–22 are dates everywhere; 27–36 and 50–58 are the
 * dates (和暦 and 年月日) that Japanese Excel numbers without writing them. */
static gboolean
builtin_format_shows_date (guint64 id)
{
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

static void
styles_start (gpointer     user_data,
              const char  *ns,
              const char  *name,
              const char **names,
              const char **values,
              gpointer     parse,
              GError     **error)
{
  StylesParse *styles = user_data;

  if (!_buntan_xlsx_is_main_namespace (ns))
    return;

  if (strcmp (name, "numFmt") == 0)
    {
      const char *id = _buntan_xlsx_find_attribute (parse, names, values, NULL, "numFmtId");
      const char *code = _buntan_xlsx_find_attribute (parse, names, values, NULL, "formatCode");

      if (id != NULL && code != NULL && format_shows_date (code))
        g_hash_table_add (styles->custom_date_formats,
                          GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)));
    }
  else if (strcmp (name, "cellXfs") == 0)
    styles->in_cell_formats = TRUE;
  else if (strcmp (name, "xf") == 0 && styles->in_cell_formats)
    {
      const char *id_text = _buntan_xlsx_find_attribute (parse, names, values, NULL, "numFmtId");
      guint64     id = id_text != NULL ? g_ascii_strtoull (id_text, NULL, 10) : 0;
      gboolean    is_date = builtin_format_shows_date (id) ||
                         (id <= G_MAXUINT && g_hash_table_contains (styles->custom_date_formats,
                                                                    GUINT_TO_POINTER ((guint) id)));

      if (styles->date_styles->len < MAX_SHARED_STRINGS)
        g_array_append_val (styles->date_styles, is_date);
    }
}

static void
styles_end (gpointer user_data, const char *ns, const char *name)
{
  StylesParse *styles = user_data;

  if (_buntan_xlsx_is_main_namespace (ns) && strcmp (name, "cellXfs") == 0)
    styles->in_cell_formats = FALSE;
}

gboolean
_buntan_xlsx_reader_open_workbook (BuntanXlsxReader *self, GError **error)
{
  const guint8 *data;
  gsize         length;
  g_autoptr (GsfInput) input = NULL;
  g_autoptr (GError) zip_error = NULL;
  g_autoptr (GHashTable) package_ids = NULL;
  g_autoptr (GHashTable) package_types = NULL;
  g_autoptr (GHashTable) workbook_ids = NULL;
  g_autoptr (GHashTable) workbook_types = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sheet_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) defined_text = g_string_new (NULL);
  WorkbookParse workbook = { names, ids, FALSE, self->defined_names, NULL, defined_text };
  PartParse     parse = { 0 };
  const char   *workbook_part;
  const char   *strings_part;
  const char   *styles_part;
  guint64       declared = 0;
  guint8       *repaired;

  data = g_bytes_get_data (self->bytes, &length);
  if (length > BUNTAN_XLSX_MAX_ZIPPED_BYTES)
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                   _ ("%s is larger than %u MB; the file is refused"), self->display_name,
                   BUNTAN_XLSX_MAX_ZIPPED_BYTES / 1000000);
      return FALSE;
    }

  if (length < 4 || memcmp (data, "PK\x03\x04", 4) != 0)
    return _buntan_xlsx_refuse_other_kind (self->display_name, data, length, error);

  /* libgsf reads from our copy, kept by the reader as long as the zip is. */
  repaired = g_memdup2 (data, length);
  _buntan_xlsx_repair_member_dates (repaired, length);
  g_bytes_unref (self->bytes);
  self->bytes = g_bytes_new_take (repaired, length);
  input = gsf_input_memory_new (repaired, length, FALSE);
  self->zip = gsf_infile_zip_new (input, &zip_error);
  if (self->zip == NULL)
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_INVALID,
                   _ ("%s is damaged or incomplete: its zip archive cannot be read"),
                   self->display_name);
      return FALSE;
    }

  if (!_buntan_xlsx_add_declared_sizes (self->zip, 0, &declared))
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                   _ ("%s: the workbook unpacks to more than %u MB; the file is refused"),
                   self->display_name, BUNTAN_XLSX_MAX_UNZIPPED_BYTES / 1000000);
      return FALSE;
    }

  if (_buntan_xlsx_is_opendocument (self))
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                   _ ("%s is an OpenDocument spreadsheet (.ods), not an Excel workbook; open "
                      "it in LibreOffice and save it as an Excel workbook (.xlsx)"),
                   self->display_name);
      return FALSE;
    }

  if (!_buntan_xlsx_read_relationships (self, "", &package_ids, &package_types, error))
    return FALSE;
  workbook_part = g_hash_table_lookup (package_types, "officeDocument");
  if (workbook_part == NULL)
    workbook_part = "xl/workbook.xml";

  {
    GError *find_error = NULL;
    g_autoptr (GsfInput) workbook_input =
      _buntan_xlsx_find_member (self, workbook_part, &find_error);

    if (find_error != NULL)
      {
        g_propagate_error (error, find_error);
        return FALSE;
      }
    if (workbook_input == NULL)
      {
        g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                     _ ("%s is a zip archive but not an Excel workbook (it has no workbook "
                        "part); save the answers as an Excel workbook (.xlsx)"),
                     self->display_name);
        return FALSE;
      }
  }

  parse.start = workbook_start;
  parse.end = workbook_end;
  parse.text = workbook_text;
  parse.user_data = &workbook;
  if (!_buntan_xlsx_parse_member (self, workbook_part, &parse, error))
    {
      g_free (workbook.defined_name);
      return FALSE;
    }
  g_clear_pointer (&workbook.defined_name, g_free);
  self->date1904 = workbook.date1904;

  if (!_buntan_xlsx_read_relationships (self, workbook_part, &workbook_ids, &workbook_types, error))
    return FALSE;

  /* Only worksheets are listed: a chart sheet has no cells to read. */
  for (guint i = 0; i < names->len; i++)
    {
      const char *path = g_hash_table_lookup (workbook_ids, ids->pdata[i]);

      if (path == NULL || g_str_has_suffix (path, ".bin"))
        continue;
      if (strstr (path, "chartsheets/") != NULL)
        continue;
      g_ptr_array_add (sheet_names, g_strdup (names->pdata[i]));
      g_ptr_array_add (paths, g_strdup (path));
    }
  g_ptr_array_add (sheet_names, NULL);
  g_ptr_array_add (paths, NULL);
  self->sheet_names = (GStrv) g_ptr_array_free (g_steal_pointer (&sheet_names), FALSE);
  self->sheet_paths = (GStrv) g_ptr_array_free (g_steal_pointer (&paths), FALSE);

  strings_part = g_hash_table_lookup (workbook_types, "sharedStrings");
  if (strings_part != NULL)
    {
      StringsParse strings = { self, g_string_new (NULL), FALSE, 0, error };
      PartParse    strings_parse = { 0 };
      gboolean     ok;

      strings_parse.start = strings_start;
      strings_parse.end = strings_end;
      strings_parse.text = strings_text;
      strings_parse.user_data = &strings;
      ok = _buntan_xlsx_parse_member (self, strings_part, &strings_parse, error);
      g_string_free (strings.current, TRUE);
      if (!ok)
        return FALSE;
    }

  styles_part = g_hash_table_lookup (workbook_types, "styles");
  if (styles_part != NULL)
    {
      g_autoptr (GHashTable) custom = g_hash_table_new (NULL, NULL);
      StylesParse styles = { custom, self->date_styles, FALSE };
      PartParse   styles_parse = { 0 };

      styles_parse.start = styles_start;
      styles_parse.end = styles_end;
      styles_parse.user_data = &styles;
      if (!_buntan_xlsx_parse_member (self, styles_part, &styles_parse, error))
        return FALSE;
    }

  return TRUE;
}
