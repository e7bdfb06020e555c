/* buntan-xlsx-reader-parts.c — the XML parts of a workbook: namespaces, parsing, relationships
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-xlsx-reader-private.h"

/* Namespaces: a stack of the declarations made by each open element. */

typedef struct
{
  char *prefix; /* "" for the default namespace */
  char *uri;
  guint depth;
} NamespaceDeclaration;

static void
declaration_clear (gpointer data)
{
  NamespaceDeclaration *declaration = data;

  g_free (declaration->prefix);
  g_free (declaration->uri);
}

void
_buntan_xlsx_refuse_damaged (GError **error, const char *display_name, const char *format, ...)
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

gboolean
_buntan_xlsx_is_main_namespace (const char *ns)
{
  return g_strcmp0 (ns, NS_MAIN) == 0 || g_strcmp0 (ns, NS_MAIN_STRICT) == 0;
}

gboolean
_buntan_xlsx_is_relationship_namespace (const char *ns)
{
  return g_strcmp0 (ns, NS_REL) == 0 || g_strcmp0 (ns, NS_REL_STRICT) == 0;
}

/* The value of the attribute LOCAL in the namespace NS ("" for none). */
const char *
_buntan_xlsx_find_attribute (PartParse   *parse,
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
    _buntan_xlsx_refuse_damaged (error, parse->reader->display_name,
                                 "the part %s declares a document type (DOCTYPE)", parse->part);
  else if (g_str_has_prefix (lower, "<?xml") && strstr (lower, "encoding") != NULL &&
           strstr (lower, "utf-8") == NULL)
    _buntan_xlsx_refuse_damaged (error, parse->reader->display_name, "the part %s is not in UTF-8",
                                 parse->part);
}

static const GMarkupParser part_parser = {
  part_start_element, part_end_element, part_text, part_passthrough, NULL,
};

gboolean
_buntan_xlsx_parse_member (BuntanXlsxReader *self,
                           const char       *path,
                           PartParse        *parse,
                           GError          **error)
{
  g_autoptr (GBytes) bytes = _buntan_xlsx_read_member (self, path, error);
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
      _buntan_xlsx_refuse_damaged (error, self->display_name, "the part %s is not in UTF-8", path);
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

          _buntan_xlsx_refuse_damaged (error, self->display_name,
                                       "the part %s is not well-formed XML: %s", path, why);
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

  id = _buntan_xlsx_find_attribute (parse, names, values, NULL, "Id");
  target = _buntan_xlsx_find_attribute (parse, names, values, NULL, "Target");
  type = _buntan_xlsx_find_attribute (parse, names, values, NULL, "Type");
  mode = _buntan_xlsx_find_attribute (parse, names, values, NULL, "TargetMode");
  if (id == NULL || target == NULL || type == NULL || g_strcmp0 (mode, "External") == 0)
    return;

  slash = strrchr (type, '/');
  g_hash_table_replace (rels->by_id, g_strdup (id), resolve_target (rels->base_part, target));
  if (slash != NULL && !g_hash_table_contains (rels->by_type, slash + 1))
    g_hash_table_insert (rels->by_type, g_strdup (slash + 1),
                         resolve_target (rels->base_part, target));
}

gboolean
_buntan_xlsx_read_relationships (BuntanXlsxReader *self,
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
  input = _buntan_xlsx_find_member (self, rels_path, &find_error);
  if (find_error != NULL)
    {
      g_propagate_error (error, find_error);
      return FALSE;
    }
  if (input == NULL)
    return TRUE;

  parse.start = rels_start;
  parse.user_data = &rels;
  return _buntan_xlsx_parse_member (self, rels_path, &parse, error);
}
