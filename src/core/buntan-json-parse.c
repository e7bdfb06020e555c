/* buntan-json-parse.c — the JSON reader's first pass: the file's bytes to a tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-core-private.h"
#include "buntan-json-reader-private.h"

/* Before any member is read: size, encoding, emptiness, nesting, syntax
 * and the texts' characters, each refused in words, with a line and column. */

static gboolean G_GNUC_PRINTF (4, 5)
  refuse_place (BuntanJsonReader *reader, int code, const char *place, const char *format, ...)
{
  g_autofree char *what = NULL;
  va_list          args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  return _buntan_json_reader_refuse_at (reader, code, place, what);
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
/* A text that json-glib took but that is no UTF-8 (a lone \\ud800 escape). */
static gboolean
refuse_bad_escape (BuntanJsonReader *reader, const char *path, const char *member)
{
  g_autofree char *place = _buntan_json_dup_outer_place (path, member);

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

              g_autofree char *place = _buntan_json_dup_outer_place (path, NULL);

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
