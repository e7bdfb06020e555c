/* buntan-json-reader.c — the one strict reader of our JSON files (projects and templates)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-core-private.h"
#include "buntan-json-reader.h"

/* Reading is strict: a contract must never rest on a half-understood file,
 * so the first problem refuses the whole file, and the message says where,
 * in words a hospital administrator can act on (no parser internals). */

typedef struct
{
  const char *member;
  const char *label;
} FieldLabel;

/* How an item's members are named in places ("item P2-A-4, status"). */
static const FieldLabel item_fields[] = {
  { "id", N_ ("id") },
  { "part", N_ ("part") },
  { "section", N_ ("section") },
  { "section_title", N_ ("section title") },
  { "number", N_ ("number") },
  { "title", N_ ("title") },
  { "content", N_ ("content") },
  { "risk", N_ ("risk") },
  { "recommended", N_ ("recommended action") },
  { "references", N_ ("references") },
  { "custom", N_ ("custom") },
  { "status", N_ ("status") },
  { "owner", N_ ("owner") },
  { "participants", N_ ("participants") },
  { "first_check", N_ ("first check") },
  { "first_check.result", N_ ("first check result") },
  { "first_check.date", N_ ("first check date") },
  { "completed", N_ ("completion date") },
  { "clause", N_ ("contract clause") },
  { "note", N_ ("note") },
  { "applies_to", N_ ("contract kinds it applies to") },
  { "informed", N_ ("informed parties") },
  { "agreed_terms", N_ ("agreed terms") },
  { "official_ref", N_ ("official item number") },
  { "target", N_ ("target date") },
  { "checks", N_ ("vendor checks") },
  { "party", N_ ("party") },
  { "agreed", N_ ("date agreed") },
};

/* Outside the items: the keys of parties, meetings and template sections. */
static const FieldLabel other_fields[] = {
  { "name", N_ ("name") },
  { "kind", N_ ("kind") },
  { "contract", N_ ("contract kind") },
  { "service", N_ ("service or system") },
  { "contact", N_ ("contact") },
  { "emergency_contact", N_ ("emergency contact") },
  { "renewal_date", N_ ("renewal date") },
  { "started", N_ ("start") },
  { "ended", N_ ("end") },
  { "time", N_ ("time") },
  { "item", N_ ("item") },
  { "field", N_ ("field") },
  { "from", N_ ("value before") },
  { "to", N_ ("value after") },
  { "code", N_ ("code") },
  { "source", N_ ("source of the change") },
  { "short_name", N_ ("short name") },
  { "address", N_ ("address") },
  { "representative", N_ ("representative") },
  { "safety_manager", N_ ("safety manager") },
  { "appointed", N_ ("date of appointment") },
  { "signed", N_ ("signing date") },
  { "start", N_ ("start date") },
  { "end", N_ ("end date") },
  { "renewal", N_ ("renewal date") },
  { "systems", N_ ("systems") },
  { "contracts", N_ ("contracts") },
  { "organization", N_ ("organization") },
  { "template", N_ ("template") },
};

/* Lists outside the items, named one by one: "party 2", not "parties[1]". */
typedef struct
{
  const char *member;
  const char *label; /* followed by the one-based number */
} ListLabel;

static const ListLabel list_labels[] = {
  /* TRANSLATORS: a place in a file: the second party is "party 2" (see "%s %u") */
  { "parties", N_ ("party") },
  /* TRANSLATORS: a place in a file: the first meeting is "meeting 1" */
  { "meetings", N_ ("meeting") },
  /* TRANSLATORS: a place in a file: a change recorded in a meeting */
  { "decisions", N_ ("change") },
  /* TRANSLATORS: a place in a file: a person who attended a meeting */
  { "attendees", N_ ("attendee") },
  /* TRANSLATORS: a place in a file: a section of a checklist template */
  { "sections", N_ ("section") },
  /* TRANSLATORS: a place in a file: an item by its position, "item number 3" */
  { "items", N_ ("item number") },
  /* TRANSLATORS: a place in a file: an agreed version by its position, "agreed version 2" */
  { "versions", N_ ("agreed version") },
  /* TRANSLATORS: a place in a file: a vendor's second contract is "contract 2" */
  { "contracts", N_ ("contract") },
};

static gboolean
refuse_at (BuntanJsonReader *reader, int code, const char *place, const char *what)
{
  if (reader->only_code >= 0)
    code = reader->only_code;

  if (place != NULL && *place != '\0')
    g_set_error (reader->error, reader->domain, code, "%s: %s: %s", reader->display_name, place,
                 what);
  else
    g_set_error (reader->error, reader->domain, code, "%s: %s", reader->display_name, what);

  return FALSE;
}

static gboolean G_GNUC_PRINTF (4, 5)
  refuse_place (BuntanJsonReader *reader, int code, const char *place, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  return refuse_at (reader, code, place, what);
}

static char *
line_and_column (const char *text, const char *at)
{
  guint line = 1, column = 1;

  for (const char *p = text; p < at; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      else
        {
          column++;
        }
    }

  return g_strdup_printf (_ ("line %u, column %u"), line, column);
}

/* json-glib 1.6 parses recursively: a deep enough file overflows the stack.
 * Count the nesting ourselves first, outside strings.
 * Returns: where the data gets too deep, or %NULL */
static const char *
find_too_deep (const char *text, gsize length)
{
  const char *end = text + length;
  guint       depth = 0;

  for (const char *p = text; p < end; p++)
    {
      if (*p == '"')
        {
          /* Texts are most of a project: jump from quote to quote (memchr
           * is many times faster than a loop), past escaped quotes, which
           * follow an odd number of backslashes. */
          for (;;)
            {
              const char *q;
              gsize       backslashes = 0;

              p = memchr (p + 1, '"', (gsize) (end - p - 1));
              if (p == NULL)
                return NULL;
              for (q = p - 1; *q == '\\'; q--)
                backslashes++;
              if (backslashes % 2 == 0)
                break;
            }
        }
      else if (*p == '[' || *p == '{')
        {
          if (++depth > BUNTAN_PROJECT_MAX_DEPTH)
            return p;
        }
      else if ((*p == ']' || *p == '}') && depth > 0)
        {
          depth--;
        }
    }

  return NULL;
}

/* json-glib turns an escaped lone UTF-16 surrogate ("\ud800") into bytes
 * that are not UTF-8. Such a text could not be shown, and saving it would
 * write a file that no longer opens: refuse it like any damaged encoding. */
static char *
dup_outer_place (const char *path, const char *member);

/* A text that json-glib took but that is no UTF-8 (a lone \\ud800 escape). */
static gboolean
refuse_bad_escape (BuntanJsonReader *reader, const char *path, const char *member)
{
  g_autofree char *place = dup_outer_place (path, member);

  return refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, place,
                       _ ("the text holds a \\u escape that is not a character; "
                          "the file is damaged"));
}

static gboolean
check_texts (BuntanJsonReader *reader, JsonNode *node, const char *path)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char    *name;
      JsonNode      *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          g_autofree char *where = NULL;

          if (!g_utf8_validate (name, -1, NULL))
            {
              g_autofree char *valid_name = g_utf8_make_valid (name, -1);

              g_autofree char *place = dup_outer_place (path, NULL);

              return refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, place,
                                   _ ("the key “%s” holds a \\u escape that is not a character; "
                                      "the file is damaged"),
                                   valid_name);
            }

          /* Only containers need a path of their own: building one per
           * value would cost an allocation per member of the file. */
          if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING)
            {
              if (!g_utf8_validate (json_node_get_string (member), -1, NULL))
                return refuse_bad_escape (reader, path, name);
              continue;
            }

          if (!JSON_NODE_HOLDS_OBJECT (member) && !JSON_NODE_HOLDS_ARRAY (member))
            continue;

          where = path != NULL ? g_strdup_printf ("%s.%s", path, name) : g_strdup (name);
          if (!check_texts (reader, member, where))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", path != NULL ? path : "", i);

          if (!check_texts (reader, json_array_get_element (array, i), where))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
           !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      return refuse_bad_escape (reader, path, NULL);
    }

  return TRUE;
}

/* Whether the JSON text holds a \u escape; memchr() is many times faster
 * than g_strstr_len() on a file of several megabytes. */
static gboolean
holds_unicode_escape (const char *text, gsize length)
{
  const char *end = text + length;
  const char *p = text;

  while (p < end && (p = memchr (p, '\\', (gsize) (end - p))) != NULL)
    {
      if (p + 1 < end && p[1] == 'u')
        return TRUE;
      /* Past the escaped character: \\u is an escaped backslash and a u. */
      p = MIN (p + 2, end);
    }

  return FALSE;
}

/* json-glib stops a string at an escaped NUL and keeps the rest of the
 * text silently; a raw NUL byte it calls invalid UTF-8. Neither belongs in
 * a text file: find both before parsing, to say what is wrong and where.
 * Returns: the NUL byte or the backslash of a \u0000 escape, or %NULL */
static const char *
find_nul (const char *text, gsize length, gboolean *escaped)
{
  const char *end = text + length;
  const char *raw = memchr (text, '\0', length);
  const char *p = text;

  while (p < end && (p = memchr (p, '\\', (gsize) ((raw != NULL ? raw : end) - p))) != NULL)
    {
      if (end - p >= 6 && memcmp (p + 1, "u0000", 5) == 0)
        {
          *escaped = TRUE;
          return p;
        }
      /* Past the escaped character: \\u0000 is an escaped backslash. */
      p = MIN (p + 2, end);
    }

  *escaped = FALSE;
  return raw;
}

/* A line typed in a legacy Japanese encoding fails UTF-8 at its first kanji
 * and converts cleanly from that encoding; bytes that are merely damaged
 * do not, and get no encoding hint nobody could act on. Only the line is
 * tried: an editor may have re-saved part of a file. */
static const char *
guess_legacy_encoding (const char *bad, const char *end)
{
  /* EUC-JP first: its byte pairs mostly read as Shift_JIS too, not the reverse. */
  static const char *const encodings[] = { "EUC-JP", "SHIFT_JIS" };
  const char              *line_end = memchr (bad, '\n', (gsize) (end - bad));

  if (line_end == NULL)
    line_end = end;

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autofree char *converted = NULL;
      gboolean         plausible = TRUE;

      /* glibc's EUC-JP passes the C1 bytes through, which Shift_JIS kanji
       * start with: EUC-JP text has none but its two shift bytes. */
      for (const char *p = bad; i == 0 && p < line_end; p++)
        if ((guchar) *p >= 0x80 && (guchar) *p < 0xA1 && (guchar) *p != 0x8E && (guchar) *p != 0x8F)
          plausible = FALSE;

      if (plausible)
        converted = g_convert (bad, line_end - bad, "UTF-8", encodings[i], NULL, NULL, NULL);
      if (converted != NULL)
        return encodings[i];
    }

  return NULL;
}

static gboolean
refuse_encoding (BuntanJsonReader *reader, const char *text, gsize length, const char *bad)
{
  g_autofree char *where = line_and_column (text, bad);
  const char      *end = text + length;
  const char      *encoding = NULL;

  /* A character begun and not finished at the very end: the copy stopped. */
  if (g_utf8_get_char_validated (bad, end - bad) == (gunichar) -2)
    return refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, where,
                         _ ("the file ends in the middle of a character; it was cut off "
                            "while being saved or copied. Open a backup copy instead"));

  encoding = guess_legacy_encoding (bad, end);

  if (g_strcmp0 (encoding, "SHIFT_JIS") == 0)
    return refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, where,
                         _ ("the file was saved as Shift_JIS, not UTF-8; "
                            "save it as UTF-8 and try again"));
  if (g_strcmp0 (encoding, "EUC-JP") == 0)
    return refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, where,
                         _ ("the file was saved as EUC-JP, not UTF-8; "
                            "save it as UTF-8 and try again"));

  return refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, where,
                       _ ("the file is damaged here: these bytes are not text. "
                          "Open a backup copy instead"));
}

/* json-glib's messages are GScanner's ("unexpected character `,', expected
 * string constant"): say instead what is wrong with the text. */
static char *
describe_syntax_error (const char *message)
{
  const char *unexpected = strstr (message, "unexpected ");
  const char *open = NULL, *close = NULL;

  if (strstr (message, "unterminated string") != NULL)
    return g_strdup (_ ("the text ends inside a string"));
  if (strstr (message, "unterminated comment") != NULL)
    return g_strdup (_ ("the text ends inside a comment"));
  if (strstr (message, "unexpected end of file") != NULL)
    return g_strdup (_ ("the text ends before the data is complete"));
  if (strstr (message, "expected end of file") != NULL)
    return g_strdup (_ ("there is more text after the end of the data"));

  if (unexpected != NULL)
    {
      open = strpbrk (unexpected, "`\"");
      if (open != NULL)
        close = strchr (open + 1, *open == '`' ? '\'' : '"');
    }

  if (close != NULL && close > open + 1)
    {
      g_autofree char *token = g_strndup (open + 1, (gsize) (close - open - 1));

      return g_strdup_printf (_ ("“%s” is not allowed here"), token);
    }

  return g_strdup (_ ("the text is not in the expected form"));
}

static gboolean
refuse_syntax (BuntanJsonReader *reader, GError *parse_error)
{
  g_autofree char *valid = g_utf8_make_valid (parse_error->message, -1);
  g_autofree char *reason = NULL;
  g_autofree char *where = NULL;
  guint            line = 0, column = 0;

  /* json-glib quotes the offending token cut at a byte count, which can
   * split a Japanese character: the message must stay valid UTF-8. */
  reason = describe_syntax_error (valid);

  /* json-glib says "<data>:LINE:COL: Parse error: WHAT". */
  if (sscanf (valid, "<data>:%u:%u:", &line, &column) == 2 && line > 0)
    where = g_strdup_printf (_ ("line %u, column %u"), line, column);

  return refuse_place (reader, BUNTAN_PROJECT_ERROR_SYNTAX, where,
                       _ ("%s; the file may be damaged or cut short"), reason);
}

void
buntan_json_reader_init (BuntanJsonReader *reader,
                         const char       *display_name,
                         GQuark            domain,
                         int               only_code,
                         GError          **error)
{
  *reader = (BuntanJsonReader){ display_name, domain, only_code, error, NULL, 0 };
}

void
buntan_json_reader_begin_item (BuntanJsonReader *reader, guint index)
{
  reader->item_id = NULL;
  reader->item_number = index + 1;
}

/* @id must stay alive until buntan_json_reader_end_item(). */
void
buntan_json_reader_set_item_id (BuntanJsonReader *reader, const char *id)
{
  reader->item_id = id;
}

void
buntan_json_reader_end_item (BuntanJsonReader *reader)
{
  reader->item_id = NULL;
  reader->item_number = 0;
}

static char *
dup_item_field (const char *path, const char *member)
{
  g_autofree char *field = NULL;
  g_autofree char *name = NULL;
  const char      *bracket;
  guint            index = 0;
  gboolean         has_index = FALSE;

  if (member == NULL)
    field = g_strdup (path);
  else if (path == NULL || *path == '\0')
    field = g_strdup (member);
  else
    field = g_strdup_printf ("%s.%s", path, member);

  /* "checks[1].first_check.result" → the second vendor check, its result */
  if (g_str_has_prefix (field, "checks[") && sscanf (field, "checks[%u]", &index) == 1 &&
      strstr (field, "].") != NULL)
    {
      g_autofree char *inner = dup_item_field (strstr (field, "].") + 2, NULL);

      /* TRANSLATORS: a place in an item: one vendor's check and its field,
       * "vendor check 2, first check result" */
      return g_strdup_printf (_ ("vendor check %u, %s"), index + 1, inner);
    }

  /* "participants[1]" → the second participant */
  bracket = strchr (field, '[');
  if (bracket != NULL)
    {
      has_index = sscanf (bracket + 1, "%u", &index) == 1;
      name = g_strndup (field, (gsize) (bracket - field));
    }
  else
    {
      name = g_strdup (field);
    }

  for (guint i = 0; i < G_N_ELEMENTS (item_fields); i++)
    if (strcmp (item_fields[i].member, name) == 0)
      {
        g_free (name);
        name = g_strdup (_ (item_fields[i].label));
        break;
      }

  if (has_index)
    /* TRANSLATORS: a place in a list, e.g. "references (2)": the second reference */
    return g_strdup_printf (C_ ("place", "%s (%u)"), name, index + 1);

  return g_steal_pointer (&name);
}

/* One step of a path outside the items, in words: "parties[1]" → "party 2",
 * "renewal_date" → "renewal date". */
static char *
dup_outer_step (const char *step)
{
  const char      *bracket = strchr (step, '[');
  g_autofree char *name =
    bracket != NULL ? g_strndup (step, (gsize) (bracket - step)) : g_strdup (step);
  guint index = 0;

  if (bracket != NULL && sscanf (bracket + 1, "%u", &index) == 1)
    {
      for (guint i = 0; i < G_N_ELEMENTS (list_labels); i++)
        if (strcmp (list_labels[i].member, name) == 0)
          /* TRANSLATORS: a place in a file: "party 2", "meeting 1" */
          return g_strdup_printf (C_ ("place", "%s %u"), _ (list_labels[i].label), index + 1);
      return g_strdup_printf (C_ ("place", "%s (%u)"), name, index + 1);
    }

  if (buntan_json_get_member_label (name) != NULL)
    return g_strdup (buntan_json_get_member_label (name));
  return g_strdelimit (g_steal_pointer (&name), "_", ' ');
}

/**
 * buntan_json_get_member_label:
 * @member: a member of an item, a party or the project, as the file names it
 *
 * The one table of the members' names in sentences, shared by the places of
 * the reader's refusals ("item P2-A-4, status") and the comparison's
 * changes, so the two never name one field differently.
 *
 * Returns: (nullable): the member's name, translated, or %NULL when this
 *   build has no words for it
 */
const char *
buntan_json_get_member_label (const char *member)
{
  g_return_val_if_fail (member != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (item_fields); i++)
    if (strcmp (item_fields[i].member, member) == 0)
      return _ (item_fields[i].label);
  for (guint i = 0; i < G_N_ELEMENTS (other_fields); i++)
    if (strcmp (other_fields[i].member, member) == 0)
      return _ (other_fields[i].label);

  return NULL;
}

/* A place outside the items, for a hospital administrator rather than a
 * programmer: "party 2, renewal date", "meeting 1, change 3, time". */
static char *
dup_outer_place (const char *path, const char *member)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) steps = g_strsplit (path != NULL ? path : "", ".", -1);

  for (guint i = 0; steps[i] != NULL; i++)
    if (*steps[i] != '\0')
      g_ptr_array_add (words, dup_outer_step (steps[i]));
  if (member != NULL)
    g_ptr_array_add (words, dup_outer_step (member));
  g_ptr_array_add (words, NULL);

  /* TRANSLATORS: joins the steps of a place in a file: "party 2, name" */
  return g_strjoinv (C_ ("place", ", "), (char **) words->pdata);
}

char *
buntan_json_reader_dup_place (BuntanJsonReader *reader, const char *path, const char *member)
{
  if (reader->item_number > 0)
    {
      g_autofree char *item = NULL;
      g_autofree char *field = NULL;

      item = reader->item_id != NULL
               /* TRANSLATORS: a place in a file: an item, named by its id */
               ? g_strdup_printf (_ ("item %s"), reader->item_id)
               /* TRANSLATORS: a place in a file: an item without a usable id, by its position */
               : g_strdup_printf (_ ("item number %u"), reader->item_number);

      if ((path == NULL || *path == '\0') && member == NULL)
        return g_steal_pointer (&item);

      field = dup_item_field (path, member);
      /* TRANSLATORS: a place in a file: an item and one of its fields, "item P2-A-4, status" */
      return g_strdup_printf (_ ("%s, %s"), item, field);
    }

  return dup_outer_place (path, member);
}

gboolean
buntan_json_reader_refuse (BuntanJsonReader *reader,
                           int               code,
                           const char       *path,
                           const char       *member,
                           const char       *format,
                           ...)
{
  g_autofree char *what = NULL;
  g_autofree char *place = buntan_json_reader_dup_place (reader, path, member);
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  return refuse_at (reader, code, place, what);
}

/**
 * buntan_json_reader_parse:
 * @reader: a reader
 * @bytes: the file's contents
 *
 * The first checks every file gets: size, encoding, emptiness, nesting,
 * syntax and the texts' characters.
 *
 * Returns: (transfer full) (nullable): the root node
 */
JsonNode *
buntan_json_reader_parse (BuntanJsonReader *reader, GBytes *bytes)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) parse_error = NULL;
  const char *text, *end, *too_deep;
  gsize       length;

  text = g_bytes_get_data (bytes, &length);
  if (text == NULL)
    text = "";

  if (length > BUNTAN_PROJECT_MAX_FILE_SIZE)
    {
      refuse_place (reader, BUNTAN_PROJECT_ERROR_TOO_LARGE, NULL,
                    _ ("the file is larger than %d MB, far larger than any project; "
                       "it is probably not a Buntan project"),
                    BUNTAN_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* Editors on Windows like to start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  {
    gsize i = 0;

    while (i < length && g_ascii_isspace (text[i]))
      i++;
    if (i == length)
      {
        refuse_place (reader, BUNTAN_PROJECT_ERROR_EMPTY, NULL, _ ("the file is empty"));
        return NULL;
      }
  }

  {
    gboolean    escaped;
    const char *nul = find_nul (text, length, &escaped);

    if (nul != NULL)
      {
        g_autofree char *where = line_and_column (text, nul);

        if (escaped)
          refuse_place (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, where,
                        _ ("a text holds the character NUL (written \\u0000), which no text in "
                           "a project may hold; remove it with a text editor and open the file "
                           "again"));
        else
          refuse_place (reader, BUNTAN_PROJECT_ERROR_ENCODING, where,
                        _ ("the file holds a zero byte, which a text file never does; it is "
                           "damaged or is not a Buntan project. Open a backup copy instead"));
        return NULL;
      }
  }

  /* json-glib validates the UTF-8 before it parses, and a second pass of
   * ours would cost several percent of loading: ours only words a refusal
   * (the line, a legacy encoding), so it runs once something failed. A
   * damaged encoding is the first thing a file is refused for. */
  too_deep = find_too_deep (text, length);
  /* Not immutable: sealing hashes every object of the tree, which only
   * pays off for nodes shared between trees, and the reader shares none. */
  parser = json_parser_new ();
  if (too_deep != NULL || !json_parser_load_from_data (parser, text, (gssize) length, &parse_error))
    {
      if (!g_utf8_validate_len (text, length, &end))
        {
          refuse_encoding (reader, text, length, end);
        }
      else if (too_deep != NULL)
        {
          g_autofree char *where = line_and_column (text, too_deep);

          refuse_place (reader, BUNTAN_PROJECT_ERROR_TOO_DEEP, where,
                        _ ("the data is nested more than %d levels deep; "
                           "this is not a Buntan project"),
                        BUNTAN_PROJECT_MAX_DEPTH);
        }
      else
        {
          refuse_syntax (reader, parse_error);
        }
      return NULL;
    }

  /* A file of nothing but comments parses, to no value at all. */
  if (json_parser_get_root (parser) == NULL)
    {
      refuse_place (reader, BUNTAN_PROJECT_ERROR_EMPTY, NULL, _ ("the file holds no data"));
      return NULL;
    }

  /* The bytes are valid UTF-8, so a parsed text can only be invalid through
   * a \u escape (a lone surrogate): without any, walking the tree is waste.
   * json-glib's UTF-8 check refuses NUL bytes, so the search sees every byte. */
  if (holds_unicode_escape (text, length) &&
      !check_texts (reader, json_parser_get_root (parser), NULL))
    return NULL;

  return json_node_ref (json_parser_get_root (parser));
}

const char *
buntan_json_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _ ("an object");
    case JSON_NODE_ARRAY:
      return _ ("a list");
    case JSON_NODE_NULL:
      return _ ("null");
    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return _ ("text");
        if (type == G_TYPE_BOOLEAN)
          return _ ("true or false");
        return _ ("a number");
      }
    }
}

/* Looks up a member of the expected node type. An absent or null optional
 * member gives NULL and TRUE. */
gboolean
buntan_json_reader_get_member (BuntanJsonReader *reader,
                               JsonObject       *object,
                               const char       *path,
                               const char       *member,
                               JsonNodeType      type,
                               GType             value_type,
                               const char       *expected,
                               gboolean          required,
                               JsonNode        **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;

      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                        _ ("the required key “%s” is missing"), member);
    }

  if (json_node_get_node_type (node) != type ||
      (type == JSON_NODE_VALUE && json_node_get_value_type (node) != value_type))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, member,
                                      _ ("expected %s, found %s"), expected,
                                      buntan_json_describe_node (node));

  *out = node;
  return TRUE;
}

gboolean
buntan_json_reader_get_object (BuntanJsonReader *reader,
                               JsonNode         *node,
                               const char       *path,
                               JsonObject      **out)
{
  *out = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, NULL,
                                      _ ("expected %s, found %s"), _ ("an object"),
                                      buntan_json_describe_node (node));

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
buntan_json_reader_get_string (BuntanJsonReader *reader,
                               JsonObject       *object,
                               const char       *path,
                               const char       *member,
                               gboolean          required,
                               const char      **out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_VALUE, G_TYPE_STRING,
                                      _ ("text"), required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_string (node) : NULL;
  return TRUE;
}

gboolean
buntan_json_reader_get_part (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             guint            *out)
{
  JsonNode *node = json_object_get_member (object, "part");
  gint64    part;

  if (node == NULL)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_MISSING_MEMBER, path, NULL,
                                      _ ("the required key “%s” is missing"), "part");

  part = (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
           ? json_node_get_int (node)
           : 0;
  if (part != 1 && part != 2)
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_PART, path, "part",
                                      _ ("the part must be 1 or 2"));

  *out = (guint) part;
  return TRUE;
}

gboolean
buntan_json_reader_get_boolean (BuntanJsonReader *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *member,
                                gboolean         *out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_VALUE, G_TYPE_BOOLEAN,
                                      _ ("true or false"), FALSE, &node))
    return FALSE;

  *out = node != NULL && json_node_get_boolean (node);
  return TRUE;
}

gboolean
buntan_json_reader_get_date (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             const char      **out)
{
  if (!buntan_json_reader_get_string (reader, object, path, member, FALSE, out))
    return FALSE;

  if (*out != NULL && **out == '\0')
    *out = NULL;

  if (*out != NULL && !buntan_date_is_valid (*out))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_DATE, path, member,
      _ ("“%s” is not a real date; dates are written YYYY-MM-DD, e.g. 2026-04-01"), *out);

  return TRUE;
}

gboolean
buntan_json_reader_get_time (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             gboolean          required,
                             const char      **out)
{
  if (!buntan_json_reader_get_string (reader, object, path, member, required, out))
    return FALSE;

  if (*out != NULL && !buntan_date_time_is_valid (*out))
    return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_DATE, path, member,
                                      _ ("“%s” is not a date and time with a time zone, "
                                         "e.g. 2026-04-01T09:30:00+09:00"),
                                      *out);

  return TRUE;
}

gboolean
buntan_json_reader_get_enum (BuntanJsonReader *reader,
                             JsonObject       *object,
                             const char       *path,
                             const char       *member,
                             GType             enum_type,
                             const char       *what,
                             gboolean          required,
                             int               fallback,
                             int              *out)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr (GString) allowed = NULL;
  const char *nick;
  GEnumValue *value;

  if (!buntan_json_reader_get_string (reader, object, path, member, required, &nick))
    return FALSE;

  if (nick == NULL)
    {
      *out = fallback;
      return TRUE;
    }

  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL)
    {
      *out = value->value;
      return TRUE;
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

  /* TRANSLATORS: "“finished” is not a known status; use one of: open, discussing, …" */
  return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, member,
                                    _ ("“%s” is not a known %s; use one of: %s"), nick, what,
                                    allowed->str);
}

/* Reads a list of texts into a NULL-terminated vector; an absent list is empty. */
gboolean
buntan_json_reader_get_strings (BuntanJsonReader *reader,
                                JsonObject       *object,
                                const char       *path,
                                const char       *member,
                                char           ***out)
{
  JsonNode  *node;
  JsonArray *array;
  guint      n = 0;
  char     **strings;

  *out = NULL;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list of texts"), FALSE, &node))
    return FALSE;

  array = node != NULL ? json_node_get_array (node) : NULL;
  if (array != NULL)
    n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", member, i);

          return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_WRONG_TYPE, path, where,
                                            _ ("expected %s, found %s"), _ ("text"),
                                            buntan_json_describe_node (element));
        }
    }

  strings = g_new (char *, n + 1);
  for (guint i = 0; i < n; i++)
    strings[i] = g_strdup (json_array_get_string_element (array, i));
  strings[n] = NULL;

  *out = strings;
  return TRUE;
}

/* A list of enum nicks (an item's applies_to): a wrong word is refused with
 * its place, naming @what and the @choices. */
gboolean
buntan_json_reader_get_nicks (BuntanJsonReader *reader,
                              JsonObject       *object,
                              const char       *path,
                              const char       *member,
                              GType             enum_type,
                              const char       *what,
                              const char       *choices,
                              char           ***out)
{
  g_autoptr (GEnumClass) klass = NULL;

  if (!buntan_json_reader_get_strings (reader, object, path, member, out))
    return FALSE;

  klass = g_type_class_ref (enum_type);
  for (guint i = 0; *out != NULL && (*out)[i] != NULL; i++)
    {
      g_autofree char *where = NULL;

      if (g_enum_get_value_by_nick (klass, (*out)[i]) != NULL)
        continue;

      where = g_strdup_printf ("%s[%u]", member, i);
      return buntan_json_reader_refuse (reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, path, where,
                                        _ ("“%s” is not a known %s; use one of: %s"), (*out)[i],
                                        what, choices);
    }

  return TRUE;
}

gboolean
buntan_json_reader_get_array (BuntanJsonReader *reader,
                              JsonObject       *object,
                              const char       *path,
                              const char       *member,
                              gboolean          required,
                              JsonArray       **out)
{
  JsonNode *node;

  if (!buntan_json_reader_get_member (reader, object, path, member, JSON_NODE_ARRAY, G_TYPE_INVALID,
                                      _ ("a list"), required, &node))
    return FALSE;

  *out = node != NULL ? json_node_get_array (node) : NULL;
  return TRUE;
}

/* Everything this version does not know, kept in its original order. */
JsonObject *
buntan_json_collect_unknown_members (JsonObject *object, const char *const *known)
{
  g_autoptr (GList) members = NULL;
  JsonObject *extra = NULL;
  guint       n_known = g_strv_length ((char **) known);

  /* Most objects hold only known members: count first, so that they cost
   * no list of names at all. */
  if (json_object_get_size (object) <= n_known)
    {
      JsonObjectIter iter;
      const char    *name;
      JsonNode      *member;
      gboolean       all_known = TRUE;
      guint          next = 0;

      json_object_iter_init_ordered (&iter, object);
      while (all_known && json_object_iter_next_ordered (&iter, &name, &member))
        {
          /* Buntan writes the members in the order of @known: looking on
           * from the last one found, in file order, mostly finds the next
           * at once. */
          while (next < n_known && strcmp (known[next], name) != 0)
            next++;
          if (next < n_known)
            next++;
          else
            {
              all_known = g_strv_contains (known, name);
              next = 0;
            }
        }
      if (all_known)
        return NULL;
    }

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;

      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, l->data,
                              json_node_copy (json_object_get_member (object, l->data)));
    }

  return extra;
}

/* The unknown members inside a known object member (an item's first_check,
 * the template) are kept with the others, as an object under that member's
 * name: a known name is never an unknown member, so the two cannot clash. */
void
buntan_json_collect_unknown_members_of (JsonObject       **extra,
                                        JsonObject        *object,
                                        const char        *member,
                                        const char *const *known)
{
  JsonNode   *node = json_object_get_member (object, member);
  JsonObject *inner;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  inner = buntan_json_collect_unknown_members (json_node_get_object (node), known);
  if (inner == NULL)
    return;

  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_object_member (*extra, member, inner);
}
