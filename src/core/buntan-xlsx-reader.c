/* buntan-xlsx-reader.c — reading the cells of an Excel workbook (.xlsx)
 *
 * Answers come back from vendors as workbooks that Excel, LibreOffice or a
 * script wrote, and some come as something else (an old .xls, an .ods, a CSV
 * renamed). An .xlsx is a zip of XML parts: libgsf opens the zip (it reads
 * the central directory and inflates with zlib, so no zip code of our own has
 * to be right about every odd archive), GMarkup reads the XML — it expands
 * no entities beyond the five of XML itself, so entity tricks cannot grow a
 * part, and we refuse a DOCTYPE outright. GMarkup knows no namespaces:
 * prefixes are mapped to namespaces here, since writers are free to choose
 * them (x:c and c are the same element).
 *
 * Nothing here trusts a size the file states: the sum of the parts' sizes is
 * checked first, and the bytes actually inflated are counted again while
 * reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>
#include <gsf/gsf-infile-impl.h>

#include "buntan-xlsx-reader.h"

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_MAIN_STRICT "http://purl.oclc.org/ooxml/spreadsheetml/main"
#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_REL_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships"
#define NS_PACKAGE_RELS "http://schemas.openxmlformats.org/package/2006/relationships"

#define MAX_SHARED_STRINGS 1000000
#define MAX_ROW 1048576
#define MAX_COLUMN 16384
#define MAX_ZIP_DEPTH 16

typedef struct
{
  guint              column;
  guint              order;
  BuntanXlsxCellKind kind;
  double             number;
  char              *text;
  char              *iso_date;
} Cell;

struct _BuntanXlsxSheet
{
  GPtrArray *rows; /* GArray of Cell by column, or NULL for an empty row */
};

struct _BuntanXlsxReader
{
  GObject parent_instance;

  char       *display_name;
  GBytes     *bytes;
  GsfInfile  *zip;
  guint64     unzipped_bytes;
  gboolean    date1904;
  GStrv       sheet_names;
  GStrv       sheet_paths;
  GPtrArray  *shared_strings;
  GArray     *date_styles;   /* gboolean per cellXfs index */
  GHashTable *defined_names; /* workbook-wide name → its formula text */
};

/* libgsf 1.14 declares no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)

G_DEFINE_FINAL_TYPE (BuntanXlsxReader, buntan_xlsx_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (buntan - xlsx - reader - error - quark, buntan_xlsx_reader_error)

/* Namespaces: a stack of the declarations made by each open element. */

typedef struct
{
  char *prefix; /* "" for the default namespace */
  char *uri;
  guint depth;
} NamespaceDeclaration;

typedef struct
{
  BuntanXlsxReader *reader;
  const char       *part;
  GArray           *declarations;
  guint             depth;
  gpointer          user_data;
  void (*start) (gpointer     user_data,
                 const char  *ns,
                 const char  *name,
                 const char **attribute_names,
                 const char **attribute_values,
                 gpointer     parse,
                 GError     **error);
  void (*end) (gpointer user_data, const char *ns, const char *name);
  void (*text) (gpointer user_data, const char *text, gsize length);
} PartParse;

static void
declaration_clear (gpointer data)
{
  NamespaceDeclaration *declaration = data;

  g_free (declaration->prefix);
  g_free (declaration->uri);
}

/* A part Excel and LibreOffice never write: the hospital is told what to do,
 * the detail (which part, how) goes to the debug log for whoever helps. */
static void
refuse_damaged (GError **error, const char *display_name, const char *format, ...)
  G_GNUC_PRINTF (3, 4);

static void
refuse_damaged (GError **error, const char *display_name, const char *format, ...)
{
  g_autofree char *detail = NULL;
  va_list          args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  g_debug ("%s: %s", display_name, detail);

  g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_INVALID,
               _ ("%s is damaged or was not saved by Excel or LibreOffice; open it there and "
                  "save it again as an Excel workbook (.xlsx)"),
               display_name);
}

static const char *
lookup_namespace (PartParse *parse, const char *prefix)
{
  for (guint i = parse->declarations->len; i > 0; i--)
    {
      NamespaceDeclaration *declaration =
        &g_array_index (parse->declarations, NamespaceDeclaration, i - 1);

      if (strcmp (declaration->prefix, prefix) == 0)
        return declaration->uri;
    }

  if (strcmp (prefix, "xml") == 0)
    return "http://www.w3.org/XML/1998/namespace";

  return prefix[0] == '\0' ? "" : NULL;
}

/* Splits "x:c" into the namespace of x and "c"; NULL for an undeclared prefix. */
static const char *
resolve_name (PartParse *parse, const char *qualified, gboolean is_attribute, const char **local)
{
  const char      *colon = strchr (qualified, ':');
  g_autofree char *prefix = NULL;

  if (colon == NULL)
    {
      *local = qualified;
      /* An attribute without a prefix is in no namespace. */
      return is_attribute ? "" : lookup_namespace (parse, "");
    }

  *local = colon + 1;
  prefix = g_strndup (qualified, colon - qualified);
  return lookup_namespace (parse, prefix);
}

static gboolean
is_main_namespace (const char *ns)
{
  return g_strcmp0 (ns, NS_MAIN) == 0 || g_strcmp0 (ns, NS_MAIN_STRICT) == 0;
}

static gboolean
is_relationship_namespace (const char *ns)
{
  return g_strcmp0 (ns, NS_REL) == 0 || g_strcmp0 (ns, NS_REL_STRICT) == 0;
}

/* The value of the attribute LOCAL in the namespace NS ("" for none). */
static const char *
find_attribute (PartParse   *parse,
                const char **names,
                const char **values,
                gboolean (*in_namespace) (const char *ns),
                const char *local)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name_local;
      const char *ns = resolve_name (parse, names[i], TRUE, &name_local);

      if (strcmp (name_local, local) != 0)
        continue;
      if (in_namespace == NULL ? g_strcmp0 (ns, "") == 0 : in_namespace (ns))
        return values[i];
    }

  return NULL;
}

static void
part_start_element (GMarkupParseContext *context,
                    const char          *element_name,
                    const char         **attribute_names,
                    const char         **attribute_values,
                    gpointer             user_data,
                    GError             **error)
{
  PartParse  *parse = user_data;
  const char *local;
  const char *ns;

  parse->depth++;
  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      NamespaceDeclaration declaration = { NULL, NULL, parse->depth };

      if (strcmp (attribute_names[i], "xmlns") == 0)
        declaration.prefix = g_strdup ("");
      else if (g_str_has_prefix (attribute_names[i], "xmlns:"))
        declaration.prefix = g_strdup (attribute_names[i] + strlen ("xmlns:"));
      else
        continue;

      declaration.uri = g_strdup (attribute_values[i]);
      g_array_append_val (parse->declarations, declaration);
    }

  ns = resolve_name (parse, element_name, FALSE, &local);
  if (parse->start != NULL)
    parse->start (parse->user_data, ns, local, attribute_names, attribute_values, parse, error);
}

static void
part_end_element (GMarkupParseContext *context,
                  const char          *element_name,
                  gpointer             user_data,
                  GError             **error)
{
  PartParse  *parse = user_data;
  const char *local;
  const char *ns = resolve_name (parse, element_name, FALSE, &local);

  if (parse->end != NULL)
    parse->end (parse->user_data, ns, local);

  while (
    parse->declarations->len > 0 &&
    g_array_index (parse->declarations, NamespaceDeclaration, parse->declarations->len - 1).depth ==
      parse->depth)
    g_array_set_size (parse->declarations, parse->declarations->len - 1);
  parse->depth--;
}

static void
part_text (GMarkupParseContext *context,
           const char          *text,
           gsize                length,
           gpointer             user_data,
           GError             **error)
{
  PartParse *parse = user_data;

  if (parse->text != NULL)
    parse->text (parse->user_data, text, length);
}

/* A DOCTYPE could declare entities, and no part of an .xlsx has one: refuse
 * it rather than guess how a reader after us would expand them. The XML
 * declaration must not promise another encoding than the UTF-8 we read. */
static void
part_passthrough (GMarkupParseContext *context,
                  const char          *text,
                  gsize                length,
                  gpointer             user_data,
                  GError             **error)
{
  PartParse       *parse = user_data;
  g_autofree char *lower = g_ascii_strdown (text, length);

  if (g_str_has_prefix (lower, "<!doctype"))
    refuse_damaged (error, parse->reader->display_name,
                    "the part %s declares a document type (DOCTYPE)", parse->part);
  else if (g_str_has_prefix (lower, "<?xml") && strstr (lower, "encoding") != NULL &&
           strstr (lower, "utf-8") == NULL)
    refuse_damaged (error, parse->reader->display_name, "the part %s is not in UTF-8", parse->part);
}

static const GMarkupParser part_parser = {
  part_start_element, part_end_element, part_text, part_passthrough, NULL,
};

/* gsf_infile_child_by_*() call g_warning() when a member's header is
 * damaged — but a damaged file is no programming error, and the tests and
 * the fuzzer make warnings fatal — so members are opened through the zip
 * class's own function, which only reports the error. */
static GsfInput *
open_child (GsfInfile *folder, int index, GError **error)
{
  return GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (folder))->child_by_index (folder, index, error);
}

/* NULL without an error where there is no such member; NULL with one where
 * the member is there but damaged. */
static GsfInput *
find_member (BuntanXlsxReader *self, const char *path, GError **error)
{
  g_auto (GStrv) names = g_strsplit (path, "/", -1);
  g_autoptr (GsfInput) current = g_object_ref (GSF_INPUT (self->zip));

  for (guint i = 0; names[i] != NULL; i++)
    {
      GsfInfile *folder;
      GsfInput  *child = NULL;
      int        n;

      if (!GSF_IS_INFILE (current))
        return NULL;
      folder = GSF_INFILE (current);
      n = gsf_infile_num_children (folder);
      for (int j = 0; j < n && child == NULL; j++)
        if (g_strcmp0 (gsf_infile_name_by_index (folder, j), names[i]) == 0)
          {
            g_autoptr (GError) local_error = NULL;

            child = open_child (folder, j, &local_error);
            if (child == NULL)
              {
                refuse_damaged (error, self->display_name,
                                "the part %s is damaged and cannot be unpacked", path);
                return NULL;
              }
          }
      if (child == NULL)
        return NULL;
      g_object_unref (current);
      current = child;
    }

  return g_steal_pointer (&current);
}

/* Inflates one part, counting what it really gives against the limit. */
static GBytes *
read_member (BuntanXlsxReader *self, const char *path, GError **error)
{
  g_autoptr (GsfInput) input = NULL;
  g_autoptr (GByteArray) data = NULL;
  guint8  buffer[65536];
  GError *find_error = NULL;

  input = find_member (self, path, &find_error);
  if (find_error != NULL)
    {
      g_propagate_error (error, find_error);
      return NULL;
    }
  if (input == NULL || (GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0))
    {
      refuse_damaged (error, self->display_name, "the workbook has no part %s", path);
      return NULL;
    }

  data = g_byte_array_new ();
  for (;;)
    {
      gsf_off_t remaining = gsf_input_remaining (input);
      gsize     chunk = (gsize) MIN (remaining, (gsf_off_t) sizeof buffer);

      if (remaining <= 0)
        break;
      if (gsf_input_read (input, chunk, buffer) == NULL)
        {
          refuse_damaged (error, self->display_name,
                          "the part %s is damaged and cannot be unpacked", path);
          return NULL;
        }

      self->unzipped_bytes += chunk;
      if (self->unzipped_bytes > BUNTAN_XLSX_MAX_UNZIPPED_BYTES)
        {
          g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                       _ ("%s: the workbook unpacks to more than %u MB; the file is refused"),
                       self->display_name, BUNTAN_XLSX_MAX_UNZIPPED_BYTES / 1000000);
          return NULL;
        }
      g_byte_array_append (data, buffer, chunk);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static gboolean
parse_member (BuntanXlsxReader *self, const char *path, PartParse *parse, GError **error)
{
  g_autoptr (GBytes) bytes = read_member (self, path, error);
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GArray) declarations = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *text;
  gsize       length;

  if (bytes == NULL)
    return FALSE;

  text = g_bytes_get_data (bytes, &length);
  if (text == NULL)
    text = ""; /* an empty part: GMarkup says the document is empty */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  if (!g_utf8_validate (text, length, NULL) || memchr (text, '\0', length) != NULL)
    {
      refuse_damaged (error, self->display_name, "the part %s is not in UTF-8", path);
      return FALSE;
    }

  declarations = g_array_new (FALSE, TRUE, sizeof (NamespaceDeclaration));
  g_array_set_clear_func (declarations, declaration_clear);
  parse->reader = self;
  parse->part = path;
  parse->declarations = declarations;
  parse->depth = 0;
  context = g_markup_parse_context_new (&part_parser, G_MARKUP_TREAT_CDATA_AS_TEXT, parse, NULL);
  if (!g_markup_parse_context_parse (context, text, length, &local_error) ||
      !g_markup_parse_context_end_parse (context, &local_error))
    {
      if (local_error->domain == BUNTAN_XLSX_READER_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        {
          /* GMarkup quotes a bad character by its first byte alone, which is
           * no UTF-8 when the character is not ASCII. */
          g_autofree char *why = g_utf8_make_valid (local_error->message, -1);

          refuse_damaged (error, self->display_name, "the part %s is not well-formed XML: %s", path,
                          why);
        }
      return FALSE;
    }

  return TRUE;
}

/* Relationship targets are relative to the folder of the part that names
 * them ("worksheets/sheet1.xml" from xl/workbook.xml), or absolute. */
static char *
resolve_target (const char *base_part, const char *target)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) target_names = NULL;

  if (target[0] != '/')
    {
      g_auto (GStrv) base_names = g_strsplit (base_part, "/", -1);

      for (guint i = 0; base_names[i] != NULL && base_names[i + 1] != NULL; i++)
        g_ptr_array_add (parts, g_strdup (base_names[i]));
    }

  target_names = g_strsplit (target, "/", -1);
  for (guint i = 0; target_names[i] != NULL; i++)
    {
      if (target_names[i][0] == '\0' || strcmp (target_names[i], ".") == 0)
        continue;
      if (strcmp (target_names[i], "..") == 0)
        {
          if (parts->len > 0)
            g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, g_strdup (target_names[i]));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

static char *
rels_path_of (const char *part)
{
  const char *slash = strrchr (part, '/');

  if (slash == NULL)
    return g_strdup_printf ("_rels/%s.rels", part);

  return g_strdup_printf ("%.*s/_rels/%s.rels", (int) (slash - part), part, slash + 1);
}

/* Relationships: id → resolved path, and type suffix → resolved path. */
typedef struct
{
  const char *base_part;
  GHashTable *by_id;
  GHashTable *by_type;
} RelsParse;

static void
rels_start (gpointer     user_data,
            const char  *ns,
            const char  *name,
            const char **names,
            const char **values,
            gpointer     parse,
            GError     **error)
{
  RelsParse  *rels = user_data;
  const char *id, *target, *type, *mode, *slash;

  if (g_strcmp0 (ns, NS_PACKAGE_RELS) != 0 || strcmp (name, "Relationship") != 0)
    return;

  id = find_attribute (parse, names, values, NULL, "Id");
  target = find_attribute (parse, names, values, NULL, "Target");
  type = find_attribute (parse, names, values, NULL, "Type");
  mode = find_attribute (parse, names, values, NULL, "TargetMode");
  if (id == NULL || target == NULL || type == NULL || g_strcmp0 (mode, "External") == 0)
    return;

  slash = strrchr (type, '/');
  g_hash_table_replace (rels->by_id, g_strdup (id), resolve_target (rels->base_part, target));
  if (slash != NULL && !g_hash_table_contains (rels->by_type, slash + 1))
    g_hash_table_insert (rels->by_type, g_strdup (slash + 1),
                         resolve_target (rels->base_part, target));
}

static gboolean
read_relationships (BuntanXlsxReader *self,
                    const char       *part,
                    GHashTable      **by_id,
                    GHashTable      **by_type,
                    GError          **error)
{
  g_autofree char *rels_path = rels_path_of (part);
  g_autoptr (GsfInput) input = NULL;
  GError   *find_error = NULL;
  RelsParse rels = {
    part,
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
  };
  PartParse parse = { 0 };

  *by_id = rels.by_id;
  *by_type = rels.by_type;
  /* A part without relationships has no rels part at all. */
  input = find_member (self, rels_path, &find_error);
  if (find_error != NULL)
    {
      g_propagate_error (error, find_error);
      return FALSE;
    }
  if (input == NULL)
    return TRUE;

  parse.start = rels_start;
  parse.user_data = &rels;
  return parse_member (self, rels_path, &parse, error);
}

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

  if (!is_main_namespace (ns))
    return;

  if (strcmp (name, "workbookPr") == 0)
    workbook->date1904 = is_true (find_attribute (parse, names, values, NULL, "date1904"));
  else if (strcmp (name, "sheet") == 0)
    {
      const char *sheet_name = find_attribute (parse, names, values, NULL, "name");
      const char *id = find_attribute (parse, names, values, is_relationship_namespace, "id");

      if (sheet_name != NULL && id != NULL)
        {
          g_ptr_array_add (workbook->names, g_strdup (sheet_name));
          g_ptr_array_add (workbook->ids, g_strdup (id));
        }
    }
  else if (strcmp (name, "definedName") == 0)
    {
      const char *defined = find_attribute (parse, names, values, NULL, "name");

      /* A name scoped to one sheet (localSheetId) is not the workbook's. */
      g_clear_pointer (&workbook->defined_name, g_free);
      if (defined != NULL && find_attribute (parse, names, values, NULL, "localSheetId") == NULL)
        workbook->defined_name = g_strdup (defined);
      g_string_truncate (workbook->defined_text, 0);
    }
}

static void
workbook_end (gpointer user_data, const char *ns, const char *name)
{
  WorkbookParse *workbook = user_data;

  if (!is_main_namespace (ns) || strcmp (name, "definedName") != 0 ||
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
static char *
decode_escapes (const char *text)
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

  if (!is_main_namespace (ns))
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

  if (!is_main_namespace (ns))
    return;

  if (strcmp (name, "si") == 0)
    g_ptr_array_add (strings->reader->shared_strings, decode_escapes (strings->current->str));
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

  if (!is_main_namespace (ns))
    return;

  if (strcmp (name, "numFmt") == 0)
    {
      const char *id = find_attribute (parse, names, values, NULL, "numFmtId");
      const char *code = find_attribute (parse, names, values, NULL, "formatCode");

      if (id != NULL && code != NULL && format_shows_date (code))
        g_hash_table_add (styles->custom_date_formats,
                          GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)));
    }
  else if (strcmp (name, "cellXfs") == 0)
    styles->in_cell_formats = TRUE;
  else if (strcmp (name, "xf") == 0 && styles->in_cell_formats)
    {
      const char *id_text = find_attribute (parse, names, values, NULL, "numFmtId");
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

  if (is_main_namespace (ns) && strcmp (name, "cellXfs") == 0)
    styles->in_cell_formats = FALSE;
}

/* Adds the declared sizes of every member: a zip bomb is refused before a
 * byte of it is inflated. */
static gboolean
add_declared_sizes (GsfInfile *folder, guint depth, guint64 *total)
{
  int n = gsf_infile_num_children (folder);

  if (depth > MAX_ZIP_DEPTH)
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      g_autoptr (GsfInput) child = open_child (folder, i, NULL);

      if (child == NULL)
        continue;
      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        {
          if (!add_declared_sizes (GSF_INFILE (child), depth + 1, total))
            return FALSE;
        }
      else
        *total += (guint64) MAX (gsf_input_size (child), 0);

      if (*total > BUNTAN_XLSX_MAX_UNZIPPED_BYTES)
        return FALSE;
    }

  return TRUE;
}

/* A DOS time and date (two little-endian words) that is no real moment
 * becomes 1980-01-01 00:00. */
static void
repair_dos_date (guint8 *time_and_date)
{
  guint time = time_and_date[0] | (time_and_date[1] << 8);
  guint date = time_and_date[2] | (time_and_date[3] << 8);
  guint day = date & 31, month = (date >> 5) & 15, year = 1980 + (date >> 9);

  if ((time >> 11) < 24 && ((time >> 5) & 63) < 60 && (time & 31) < 30 && month >= 1 &&
      month <= 12 && day >= 1 && g_date_valid_dmy (day, month, year))
    return;

  time_and_date[0] = time_and_date[1] = 0;
  time_and_date[2] = 1 | (1 << 5);
  time_and_date[3] = 0;
}

/* libgsf 1.14.50 makes a GDateTime of each member's DOS date and frees it
 * without checking: an impossible date (day 0, as some zip tools write, or
 * 31 February) gives a critical warning. The dates mean nothing to us, so
 * in our copy of the bytes each impossible one becomes 1980-01-01 00:00,
 * in the central directory and in the local header it points to. Anything
 * that does not add up is left for libgsf to refuse. */
static void
repair_member_dates (guint8 *data, gsize length)
{
  gsize   end;
  gsize   eocd = G_MAXSIZE;
  guint32 directory;
  guint16 count;

  if (length < 22)
    return;
  end = length - 22;
  for (gsize i = end + 1; i-- > 0 && end - i <= 65535 + 22;)
    if (memcmp (data + i, "PK\x05\x06", 4) == 0)
      {
        eocd = i;
        break;
      }
  if (eocd == G_MAXSIZE)
    return;

  memcpy (&count, data + eocd + 10, 2);
  count = GUINT16_FROM_LE (count);
  memcpy (&directory, data + eocd + 16, 4);
  directory = GUINT32_FROM_LE (directory);
  for (guint entry = 0; entry < count; entry++)
    {
      guint16 name_length, extra_length, comment_length;
      guint32 local;

      if ((gsize) directory + 46 > length || memcmp (data + directory, "PK\x01\x02", 4) != 0)
        return;
      memcpy (&name_length, data + directory + 28, 2);
      memcpy (&extra_length, data + directory + 30, 2);
      memcpy (&comment_length, data + directory + 32, 2);
      memcpy (&local, data + directory + 42, 4);
      repair_dos_date (data + directory + 12);
      local = GUINT32_FROM_LE (local);
      if ((gsize) local + 30 <= length && memcmp (data + local, "PK\x03\x04", 4) == 0)
        repair_dos_date (data + local + 10);
      directory += 46 + GUINT16_FROM_LE (name_length) + GUINT16_FROM_LE (extra_length) +
                   GUINT16_FROM_LE (comment_length);
    }
}

static gboolean
refuse_other_kind (const char *display_name, const guint8 *data, gsize length, GError **error)
{
  static const guint8 ole2[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  gsize               head = MIN (length, 4096);

  if (length >= sizeof ole2 && memcmp (data, ole2, sizeof ole2) == 0)
    g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                 _ ("%s is an Excel 97–2003 workbook (.xls), which Buntan does not read; open "
                    "it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"),
                 display_name);
  else if (length == 0)
    g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                 _ ("%s is empty, not an Excel workbook (.xlsx)"), display_name);
  else if (memchr (data, '\0', head) == NULL)
    g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                 _ ("%s is a text file (such as CSV), not an Excel workbook; open it in Excel "
                    "or LibreOffice and save it as an Excel workbook (.xlsx)"),
                 display_name);
  else
    g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                 _ ("%s is not an Excel workbook (.xlsx): it is not a zip archive; save the "
                    "answers as an Excel workbook (.xlsx)"),
                 display_name);
  return FALSE;
}

static gboolean
is_opendocument (BuntanXlsxReader *self)
{
  g_autoptr (GsfInput) mimetype = find_member (self, "mimetype", NULL);
  guint8    buffer[64] = { 0 };
  gsf_off_t size;

  if (mimetype == NULL)
    return FALSE;

  size = MIN (gsf_input_size (mimetype), (gsf_off_t) sizeof buffer - 1);
  if (size <= 0 || gsf_input_read (mimetype, size, buffer) == NULL)
    return FALSE;

  return g_str_has_prefix ((const char *) buffer, "application/vnd.oasis.opendocument");
}

static gboolean
open_workbook (BuntanXlsxReader *self, GError **error)
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
    return refuse_other_kind (self->display_name, data, length, error);

  /* libgsf reads from our copy, kept by the reader as long as the zip is. */
  repaired = g_memdup2 (data, length);
  repair_member_dates (repaired, length);
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

  if (!add_declared_sizes (self->zip, 0, &declared))
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                   _ ("%s: the workbook unpacks to more than %u MB; the file is refused"),
                   self->display_name, BUNTAN_XLSX_MAX_UNZIPPED_BYTES / 1000000);
      return FALSE;
    }

  if (is_opendocument (self))
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NOT_XLSX,
                   _ ("%s is an OpenDocument spreadsheet (.ods), not an Excel workbook; open "
                      "it in LibreOffice and save it as an Excel workbook (.xlsx)"),
                   self->display_name);
      return FALSE;
    }

  if (!read_relationships (self, "", &package_ids, &package_types, error))
    return FALSE;
  workbook_part = g_hash_table_lookup (package_types, "officeDocument");
  if (workbook_part == NULL)
    workbook_part = "xl/workbook.xml";

  {
    GError *find_error = NULL;
    g_autoptr (GsfInput) workbook_input = find_member (self, workbook_part, &find_error);

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
  if (!parse_member (self, workbook_part, &parse, error))
    {
      g_free (workbook.defined_name);
      return FALSE;
    }
  g_clear_pointer (&workbook.defined_name, g_free);
  self->date1904 = workbook.date1904;

  if (!read_relationships (self, workbook_part, &workbook_ids, &workbook_types, error))
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
      ok = parse_member (self, strings_part, &strings_parse, error);
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
      if (!parse_member (self, styles_part, &styles_parse, error))
        return FALSE;
    }

  return TRUE;
}

/* Dates: Excel counts days from 1900-01-00 (with the 29 February 1900 that
 * Lotus 1-2-3 believed in, serial 60) or, in the 1904 system, from
 * 1904-01-01. The fraction is the time of day. */
static char *
format_serial_date (double serial, gboolean date1904)
{
  g_autoptr (GDateTime) base = NULL;
  g_autoptr (GDateTime) moment = NULL;
  gint64 whole_days;
  gint64 seconds;

  if (!isfinite (serial) || serial < 0 || serial > 2958466)
    return NULL;

  /* Not negative, so truncating is rounding down (and needs no libm). */
  whole_days = (gint64) serial;
  seconds = (gint64) ((serial - (double) whole_days) * 86400.0 + 0.5);

  if (date1904)
    base = g_date_time_new_utc (1904, 1, 1, 0, 0, 0);
  else if (whole_days == 60)
    return NULL; /* 1900-02-29 never was */
  else if (whole_days < 1)
    return NULL; /* a time of day without a date */
  else if (whole_days < 60)
    base = g_date_time_new_utc (1899, 12, 31, 0, 0, 0);
  else
    base = g_date_time_new_utc (1899, 12, 30, 0, 0, 0);

  moment = g_date_time_add_seconds (base, (double) (whole_days * 86400 + seconds));
  if (moment == NULL || g_date_time_get_year (moment) > 9999)
    return NULL;

  if (seconds == 0)
    return g_date_time_format (moment, "%Y-%m-%d");
  return g_date_time_format (moment, "%Y-%m-%dT%H:%M:%S");
}

/* Worksheet cells */

typedef struct
{
  BuntanXlsxReader *reader;
  BuntanXlsxSheet  *sheet;
  const char       *sheet_name;
  guint             row;    /* 1-based; 0 before the first row */
  guint             column; /* 1-based; 0 before the first cell of a row */
  guint             n_cells;
  char             *type;
  guint             style;
  gboolean          in_cell;
  gboolean          in_value;
  gboolean          in_inline;
  gboolean          in_text;
  guint             phonetic_depth;
  GString          *value;
  GString          *inline_text;
} SheetParse;

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_free (cell->iso_date);
}

/* "BC23" → column 55, row 23; FALSE for what is no cell reference. */
static gboolean
parse_reference (const char *reference, guint *row, guint *column)
{
  guint64     c = 0, r = 0;
  const char *p = reference;

  for (; g_ascii_isalpha (*p); p++)
    {
      c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
      if (c > MAX_COLUMN)
        return FALSE;
    }
  if (p == reference || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      r = r * 10 + (guint64) (*p - '0');
      if (r > MAX_ROW)
        return FALSE;
    }
  if (*p != '\0' || r == 0)
    return FALSE;

  *row = (guint) r;
  *column = (guint) c;
  return TRUE;
}

static void
refuse_place (SheetParse *sheet, GError **error, const char *what)
{
  g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_INVALID,
               _ ("%s: sheet “%s”, row %u: %s"), sheet->reader->display_name, sheet->sheet_name,
               sheet->row, what);
}

static void
sheet_start (gpointer     user_data,
             const char  *ns,
             const char  *name,
             const char **names,
             const char **values,
             gpointer     parse,
             GError     **error)
{
  SheetParse *sheet = user_data;

  if (!is_main_namespace (ns))
    return;

  if (strcmp (name, "row") == 0)
    {
      const char *number = find_attribute (parse, names, values, NULL, "r");
      guint64     row = number != NULL ? g_ascii_strtoull (number, NULL, 10) : sheet->row + 1;

      if (row == 0 || row > MAX_ROW)
        {
          refuse_place (sheet, error, _ ("a row number is out of range"));
          return;
        }
      sheet->row = (guint) row;
      sheet->column = 0;
    }
  else if (strcmp (name, "c") == 0)
    {
      const char *reference = find_attribute (parse, names, values, NULL, "r");
      const char *style = find_attribute (parse, names, values, NULL, "s");
      guint       row = sheet->row, column = sheet->column + 1;

      if (++sheet->n_cells > BUNTAN_XLSX_MAX_CELLS)
        {
          g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                       _ ("%s: sheet “%s” has more than %u cells; the file is refused"),
                       sheet->reader->display_name, sheet->sheet_name, BUNTAN_XLSX_MAX_CELLS);
          return;
        }
      if (reference != NULL && !parse_reference (reference, &row, &column))
        {
          g_autofree char *what = g_strdup_printf (_ ("“%s” is not a cell reference"), reference);

          refuse_place (sheet, error, what);
          return;
        }
      if (row == 0)
        row = sheet->row = 1;
      if (column > MAX_COLUMN)
        {
          refuse_place (sheet, error, _ ("a cell lies beyond the last column"));
          return;
        }
      sheet->row = row;
      sheet->column = column;
      g_free (sheet->type);
      sheet->type = g_strdup (find_attribute (parse, names, values, NULL, "t"));
      sheet->style =
        style != NULL ? (guint) MIN (g_ascii_strtoull (style, NULL, 10), G_MAXUINT) : 0;
      sheet->in_cell = TRUE;
      g_string_truncate (sheet->value, 0);
      g_string_truncate (sheet->inline_text, 0);
    }
  else if (sheet->in_cell && strcmp (name, "v") == 0)
    sheet->in_value = TRUE;
  else if (sheet->in_cell && strcmp (name, "is") == 0)
    sheet->in_inline = TRUE;
  else if (sheet->in_inline && strcmp (name, "rPh") == 0)
    sheet->phonetic_depth++;
  else if (sheet->in_inline && strcmp (name, "t") == 0)
    sheet->in_text = TRUE;
}

static void
sheet_store (SheetParse *sheet, Cell *cell)
{
  GPtrArray *rows = sheet->sheet->rows;
  GArray    *row;

  if (rows->len < sheet->row)
    g_ptr_array_set_size (rows, sheet->row);

  row = g_ptr_array_index (rows, sheet->row - 1);
  if (row == NULL)
    {
      row = g_array_new (FALSE, TRUE, sizeof (Cell));
      g_array_set_clear_func (row, cell_clear);
      rows->pdata[sheet->row - 1] = row;
    }

  cell->column = sheet->column - 1;
  cell->order = sheet->n_cells;
  g_array_append_val (row, *cell);
}

static void
sheet_finish_cell (SheetParse *sheet)
{
  BuntanXlsxReader *reader = sheet->reader;
  const char       *type = sheet->type != NULL ? sheet->type : "n";
  const char       *value = sheet->value->str;
  Cell              cell = { 0 };

  if (strcmp (type, "inlineStr") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_TEXT;
      cell.text = decode_escapes (sheet->inline_text->str);
    }
  else if (sheet->value->len == 0)
    return; /* a cell with a format and nothing in it */
  else if (strcmp (type, "s") == 0)
    {
      guint64 index = g_ascii_strtoull (value, NULL, 10);

      /* An index past the table reads as empty text rather than failing
       * the whole sheet: the rest of the answers are still good. */
      cell.kind = BUNTAN_XLSX_CELL_TEXT;
      cell.text = g_strdup (index < reader->shared_strings->len
                              ? g_ptr_array_index (reader->shared_strings, index)
                              : "");
    }
  else if (strcmp (type, "str") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_TEXT;
      cell.text = decode_escapes (value);
    }
  else if (strcmp (type, "b") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_BOOLEAN;
      cell.number = strcmp (value, "1") == 0 || strcmp (value, "true") == 0 ? 1 : 0;
      cell.text = g_strdup (cell.number != 0 ? "TRUE" : "FALSE");
    }
  else if (strcmp (type, "e") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_ERROR;
      cell.text = g_strdup (value);
    }
  else if (strcmp (type, "d") == 0)
    {
      cell.kind = BUNTAN_XLSX_CELL_DATE;
      cell.text = g_strdup (value);
      cell.iso_date = g_strdup (value);
    }
  else
    {
      char    *end = NULL;
      double   number = g_ascii_strtod (value, &end);
      char     buffer[G_ASCII_DTOSTR_BUF_SIZE];
      gboolean is_date_style = sheet->style < reader->date_styles->len &&
                               g_array_index (reader->date_styles, gboolean, sheet->style);

      if (end == value || *end != '\0' || !isfinite (number))
        {
          cell.kind = BUNTAN_XLSX_CELL_TEXT;
          cell.text = g_strdup (value);
        }
      else
        {
          cell.kind = BUNTAN_XLSX_CELL_NUMBER;
          cell.number = number;
          cell.text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", number));
          if (is_date_style)
            cell.iso_date = format_serial_date (number, reader->date1904);
          if (cell.iso_date != NULL)
            {
              cell.kind = BUNTAN_XLSX_CELL_DATE;
              g_free (cell.text);
              cell.text = g_strdup (cell.iso_date);
            }
        }
    }

  sheet_store (sheet, &cell);
}

static void
sheet_end (gpointer user_data, const char *ns, const char *name)
{
  SheetParse *sheet = user_data;

  if (!is_main_namespace (ns))
    return;

  if (strcmp (name, "c") == 0 && sheet->in_cell)
    {
      sheet_finish_cell (sheet);
      sheet->in_cell = FALSE;
    }
  else if (strcmp (name, "v") == 0)
    sheet->in_value = FALSE;
  else if (strcmp (name, "is") == 0)
    sheet->in_inline = FALSE;
  else if (strcmp (name, "rPh") == 0 && sheet->phonetic_depth > 0)
    sheet->phonetic_depth--;
  else if (strcmp (name, "t") == 0)
    sheet->in_text = FALSE;
}

static void
sheet_text (gpointer user_data, const char *text, gsize length)
{
  SheetParse *sheet = user_data;

  if (sheet->in_value)
    g_string_append_len (sheet->value, text, length);
  else if (sheet->in_text && sheet->phonetic_depth == 0)
    g_string_append_len (sheet->inline_text, text, length);
}

static int
compare_cells (gconstpointer a, gconstpointer b)
{
  const Cell *first = a, *second = b;

  if (first->column != second->column)
    return first->column < second->column ? -1 : 1;
  return first->order < second->order ? -1 : first->order > second->order;
}

/* Cells may come in any order; the last one written for a place wins. */
static void
sort_row (GArray *row)
{
  guint kept = 0;

  g_array_sort (row, compare_cells);
  for (guint i = 0; i < row->len; i++)
    {
      Cell *cell = &g_array_index (row, Cell, i);

      if (i + 1 < row->len && g_array_index (row, Cell, i + 1).column == cell->column)
        {
          cell_clear (cell);
          continue;
        }
      g_array_index (row, Cell, kept++) = *cell;
    }
  /* The dropped cells were cleared already: shorten without clearing. */
  g_array_set_clear_func (row, NULL);
  g_array_set_size (row, kept);
  g_array_set_clear_func (row, cell_clear);
}

static void
row_free (gpointer data)
{
  if (data != NULL)
    g_array_unref (data);
}

static void
buntan_xlsx_reader_finalize (GObject *object)
{
  BuntanXlsxReader *self = BUNTAN_XLSX_READER (object);

  g_clear_object (&self->zip);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->sheet_names, g_strfreev);
  g_clear_pointer (&self->sheet_paths, g_strfreev);
  g_clear_pointer (&self->shared_strings, g_ptr_array_unref);
  g_clear_pointer (&self->date_styles, g_array_unref);
  g_clear_pointer (&self->defined_names, g_hash_table_unref);

  G_OBJECT_CLASS (buntan_xlsx_reader_parent_class)->finalize (object);
}

static void
buntan_xlsx_reader_class_init (BuntanXlsxReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = buntan_xlsx_reader_finalize;
}

static void
buntan_xlsx_reader_init (BuntanXlsxReader *self)
{
  self->shared_strings = g_ptr_array_new_with_free_func (g_free);
  self->date_styles = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->defined_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * buntan_xlsx_reader_new_from_bytes:
 * @bytes: the file's contents
 * @display_name: how to name the file in error messages
 * @error: return location for a #GError
 *
 * Opens a workbook: its list of sheets, its shared texts and which of its
 * cell formats show dates. Refuses, saying what it is, a file that is not
 * an .xlsx (an .xls, an .ods, a text file, no zip at all) and one over the
 * limits (BUNTAN_XLSX_MAX_*).
 *
 * Returns: (transfer full) (nullable): the reader
 */
BuntanXlsxReader *
buntan_xlsx_reader_new_from_bytes (GBytes *bytes, const char *display_name, GError **error)
{
  g_autoptr (BuntanXlsxReader) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (BUNTAN_TYPE_XLSX_READER, NULL);
  self->display_name = g_strdup (display_name);
  self->bytes = g_bytes_ref (bytes);
  if (!open_workbook (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * buntan_xlsx_reader_new_from_file:
 * @file: an .xlsx file
 * @error: return location for a #GError
 *
 * As buntan_xlsx_reader_new_from_bytes(), naming the file by its display name;
 * a file over the zipped limit is refused before it is read.
 *
 * Returns: (transfer full) (nullable): the reader
 */
BuntanXlsxReader *
buntan_xlsx_reader_new_from_file (GFile *file, GError **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_parse_name (file);
  info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > BUNTAN_XLSX_MAX_ZIPPED_BYTES)
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_TOO_LARGE,
                   _ ("%s is larger than %u MB; the file is refused"), display_name,
                   BUNTAN_XLSX_MAX_ZIPPED_BYTES / 1000000);
      return NULL;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  return buntan_xlsx_reader_new_from_bytes (bytes, display_name, error);
}

/**
 * buntan_xlsx_reader_get_sheet_names:
 * @self: a #BuntanXlsxReader
 *
 * Returns: (transfer none): the worksheets' names, in the workbook's order
 */
const char *const *
buntan_xlsx_reader_get_sheet_names (BuntanXlsxReader *self)
{
  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), NULL);

  return (const char *const *) self->sheet_names;
}

/**
 * buntan_xlsx_reader_get_date1904:
 * @self: a #BuntanXlsxReader
 *
 * Returns: whether the workbook counts dates from 1904 (as old Mac Excel did)
 */
gboolean
buntan_xlsx_reader_get_date1904 (BuntanXlsxReader *self)
{
  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), FALSE);

  return self->date1904;
}

/**
 * buntan_xlsx_reader_read_sheet:
 * @self: a #BuntanXlsxReader
 * @name: a worksheet's name
 * @error: return location for a #GError
 *
 * Reads the worksheet's cells into rows, each cell at the place its
 * reference names, whatever order the file keeps them in.
 *
 * Returns: (transfer full) (nullable): the sheet
 */
BuntanXlsxSheet *
buntan_xlsx_reader_read_sheet (BuntanXlsxReader *self, const char *name, GError **error)
{
  g_autoptr (BuntanXlsxSheet) result = NULL;
  SheetParse  sheet = { 0 };
  PartParse   parse = { 0 };
  const char *path = NULL;
  gboolean    ok;

  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; self->sheet_names[i] != NULL; i++)
    if (strcmp (self->sheet_names[i], name) == 0)
      path = self->sheet_paths[i];

  if (path == NULL)
    {
      g_set_error (error, BUNTAN_XLSX_READER_ERROR, BUNTAN_XLSX_READER_ERROR_NO_SHEET,
                   _ ("%s has no sheet “%s”"), self->display_name, name);
      return NULL;
    }

  result = g_new0 (BuntanXlsxSheet, 1);
  result->rows = g_ptr_array_new_with_free_func (row_free);
  sheet.reader = self;
  sheet.sheet = result;
  sheet.sheet_name = name;
  sheet.value = g_string_new (NULL);
  sheet.inline_text = g_string_new (NULL);
  parse.start = sheet_start;
  parse.end = sheet_end;
  parse.text = sheet_text;
  parse.user_data = &sheet;
  ok = parse_member (self, path, &parse, error);
  g_string_free (sheet.value, TRUE);
  g_string_free (sheet.inline_text, TRUE);
  g_free (sheet.type);
  if (!ok)
    return NULL;

  for (guint i = 0; i < result->rows->len; i++)
    if (result->rows->pdata[i] != NULL)
      sort_row (result->rows->pdata[i]);

  return g_steal_pointer (&result);
}

void
buntan_xlsx_sheet_free (BuntanXlsxSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_clear_pointer (&sheet->rows, g_ptr_array_unref);
  g_free (sheet);
}

static const Cell *
find_cell (BuntanXlsxSheet *sheet, guint row, guint column)
{
  GArray *cells;
  guint   low = 0, high;

  if (row >= sheet->rows->len || (cells = sheet->rows->pdata[row]) == NULL)
    return NULL;

  high = cells->len;
  while (low < high)
    {
      guint       middle = low + (high - low) / 2;
      const Cell *cell = &g_array_index (cells, Cell, middle);

      if (cell->column == column)
        return cell;
      if (cell->column < column)
        low = middle + 1;
      else
        high = middle;
    }

  return NULL;
}

/**
 * buntan_xlsx_sheet_get_n_rows:
 * @sheet: a sheet
 *
 * Returns: the number of rows up to the last one with a value; rows count from 0
 */
guint
buntan_xlsx_sheet_get_n_rows (BuntanXlsxSheet *sheet)
{
  g_return_val_if_fail (sheet != NULL, 0);

  return sheet->rows->len;
}

/**
 * buntan_xlsx_sheet_get_n_columns:
 * @sheet: a sheet
 * @row: a row, from 0
 *
 * Returns: the number of columns of @row up to its last value
 */
guint
buntan_xlsx_sheet_get_n_columns (BuntanXlsxSheet *sheet, guint row)
{
  GArray *cells;

  g_return_val_if_fail (sheet != NULL, 0);

  if (row >= sheet->rows->len || (cells = sheet->rows->pdata[row]) == NULL || cells->len == 0)
    return 0;

  return g_array_index (cells, Cell, cells->len - 1).column + 1;
}

gboolean
buntan_xlsx_sheet_has_cell (BuntanXlsxSheet *sheet, guint row, guint column)
{
  g_return_val_if_fail (sheet != NULL, FALSE);

  return find_cell (sheet, row, column) != NULL;
}

/**
 * buntan_xlsx_sheet_get_kind:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * Returns: what the cell holds; an empty cell is empty text
 */
BuntanXlsxCellKind
buntan_xlsx_sheet_get_kind (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, BUNTAN_XLSX_CELL_TEXT);

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->kind : BUNTAN_XLSX_CELL_TEXT;
}

/**
 * buntan_xlsx_sheet_get_text:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * The cell as text: a string as it is, a number in up to 15 digits, TRUE
 * or FALSE, an error as Excel shows it (#N/A), a date as its ISO date.
 *
 * Returns: (transfer none): the text, "" for an empty cell
 */
const char *
buntan_xlsx_sheet_get_text (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, "");

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->text : "";
}

/**
 * buntan_xlsx_sheet_get_number:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * Returns: a number's value, a date's serial number (in the workbook's date
 *   system), 1 or 0 for a boolean, 0 for anything else
 */
double
buntan_xlsx_sheet_get_number (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, 0);

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->number : 0;
}

/**
 * buntan_xlsx_sheet_get_iso_date:
 * @sheet: a sheet
 * @row: a row, from 0
 * @column: a column, from 0 (A)
 *
 * Returns: (nullable): "YYYY-MM-DD" (with "THH:MM:SS" when it has a time of
 *   day) for a cell formatted as a date, else %NULL
 */
const char *
buntan_xlsx_sheet_get_iso_date (BuntanXlsxSheet *sheet, guint row, guint column)
{
  const Cell *cell;

  g_return_val_if_fail (sheet != NULL, NULL);

  cell = find_cell (sheet, row, column);
  return cell != NULL ? cell->iso_date : NULL;
}

/**
 * buntan_xlsx_reader_get_defined_name:
 * @self: a #BuntanXlsxReader
 * @name: a workbook-wide defined name, such as "BuntanProjectId"
 *
 * Returns: (transfer none) (nullable): what @name refers to as the workbook
 *   writes it ("'Sheet 1'!$B$3"), or %NULL when the workbook defines no such name
 */
const char *
buntan_xlsx_reader_get_defined_name (BuntanXlsxReader *self, const char *name)
{
  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->defined_names, name);
}

/* "$B$20" or "B20" to a row and column from 0. */
static gboolean
parse_cell_reference (const char *reference, guint *row, guint *column)
{
  const char *p = reference;
  guint64     letters = 0, number = 0;
  guint       n_letters = 0;

  if (*p == '$')
    p++;
  for (; g_ascii_isalpha (*p) && n_letters < 3; p++, n_letters++)
    letters = letters * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  if (n_letters == 0)
    return FALSE;
  if (*p == '$')
    p++;
  if (!g_ascii_isdigit (*p) || !g_ascii_string_to_unsigned (p, 10, 1, 1048576, &number, NULL))
    return FALSE;

  *row = (guint) number - 1;
  *column = (guint) letters - 1;
  return TRUE;
}

/**
 * buntan_xlsx_reader_find_named_cell:
 * @self: a #BuntanXlsxReader
 * @name: a workbook-wide defined name that refers to one cell
 * @sheet_name: (out) (transfer full): the name of the cell's sheet
 * @row: (out): the cell's row, from 0
 * @column: (out): the cell's column, from 0
 *
 * Finds the cell a defined name points at, so a cell is found wherever a
 * sheet was renamed or moved to (the name follows the sheet in Excel and
 * LibreOffice).
 *
 * Returns: whether @name is defined and refers to a single cell of a worksheet
 */
gboolean
buntan_xlsx_reader_find_named_cell (BuntanXlsxReader *self,
                                    const char       *name,
                                    char            **sheet_name,
                                    guint            *row,
                                    guint            *column)
{
  const char      *formula;
  const char      *bang;
  g_autofree char *sheet = NULL;

  g_return_val_if_fail (BUNTAN_IS_XLSX_READER (self), FALSE);
  g_return_val_if_fail (name != NULL && sheet_name != NULL, FALSE);
  g_return_val_if_fail (row != NULL && column != NULL, FALSE);

  formula = g_hash_table_lookup (self->defined_names, name);
  if (formula == NULL)
    return FALSE;
  if (*formula == '=')
    formula++;
  bang = strrchr (formula, '!');
  if (bang == NULL || bang == formula)
    return FALSE;

  if (formula[0] == '\'' && bang > formula + 1 && bang[-1] == '\'')
    {
      /* A quoted sheet name doubles its own apostrophes. */
      g_autoptr (GString) unquoted = g_string_new (NULL);

      for (const char *p = formula + 1; p < bang - 1; p++)
        {
          g_string_append_c (unquoted, *p);
          if (*p == '\'' && p + 1 < bang - 1 && p[1] == '\'')
            p++;
        }
      sheet = g_string_free (g_steal_pointer (&unquoted), FALSE);
    }
  else
    sheet = g_strndup (formula, bang - formula);

  if (!g_strv_contains ((const char *const *) self->sheet_names, sheet) ||
      !parse_cell_reference (bang + 1, row, column))
    return FALSE;

  *sheet_name = g_steal_pointer (&sheet);
  return TRUE;
}
