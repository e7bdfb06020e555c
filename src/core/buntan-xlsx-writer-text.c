/* buntan-xlsx-writer-text.c — every string made safe for the workbook: XML, Excel's escapes and limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-xlsx-writer-private.h"

/* Byte length of the longest prefix of @text that Excel counts as at most
 * @max_units characters. */
gsize
_buntan_xlsx_writer_prefix_within (const char *text, gsize max_units)
{
  const char *p = text;
  gsize       units = 0;

  while (*p != '\0')
    {
      gsize width = g_utf8_get_char (p) > 0xFFFF ? 2 : 1;

      if (units + width > max_units)
        break;

      units += width;
      p = g_utf8_next_char (p);
    }

  return (gsize) (p - text);
}

/* XML 1.0 allows neither, and a noncharacter in sharedStrings.xml makes
 * LibreOffice show every later string blank. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* Excel reads "_xHHHH_" in any string of the file as the character HHHH:
 * a literal one is kept by escaping its underscore as "_x005F_". */
static gboolean
starts_excel_escape (const char *p)
{
  if (p[0] != '_' || (p[1] != 'x' && p[1] != 'X'))
    return FALSE;

  for (guint i = 2; i < 6; i++)
    if (!g_ascii_isxdigit (p[i]))
      return FALSE;

  return p[6] == '_';
}

/* Whether the character at @p must be written differently for @destination. */
static gboolean
needs_cleaning (const char *p, Destination destination)
{
  guchar c = (guchar) *p;

  if (c < 0x20)
    return c != '\t' && c != '\n'
             ? TRUE
             : destination == DESTINATION_HEADER || destination == DESTINATION_SHEET_NAME;
  if (c == 0x7F || c == '_')
    return c == 0x7F || (destination != DESTINATION_SHEET_NAME && starts_excel_escape (p));
  if (c == '&')
    return destination == DESTINATION_HEADER;
  if (c < 0x80)
    return FALSE;

  {
    gunichar u = g_utf8_get_char (p);

    return (u >= 0x80 && u <= 0x9F) || is_noncharacter (u);
  }
}

static void
append_clean (GString *out, const char *p, Destination destination)
{
  gunichar c = g_utf8_get_char (p);

  if (c == '\r' && (destination == DESTINATION_CELL || destination == DESTINATION_PROPERTY))
    {
      /* Windows line ends, or an old Mac's. */
      if (p[1] != '\n')
        g_string_append_c (out, '\n');
    }
  else if (c == '\t' || c == '\n' || c == '\r')
    g_string_append_c (out, ' '); /* headers and sheet names are one line */
  else if (c < 0x20 && destination == DESTINATION_SHEET_NAME)
    g_string_append_c (out, '_');
  else if (c < 0x20)
    g_string_append_unichar (out, 0x2400 + c); /* Unicode's Control Pictures: ␇ for BEL */
  else if (c == 0x7F)
    g_string_append_unichar (out, 0x2421); /* ␡ */
  else if (c == '_')
    g_string_append (out, "_x005F_");
  else if (c != '&')
    g_string_append_unichar (out, 0xFFFD); /* C1 controls, noncharacters */
  /* "&&" is Excel's escaped "&"; but libxlsxwriter 1.1.4 still takes
   * "&&G" or "&&[Picture]" for an image placeholder and then frees the
   * header twice: such an "&" is written as a full-width "＆" instead. */
  else if (p[1] == 'G' || g_str_has_prefix (p + 1, "[Picture]"))
    g_string_append (out, "＆");
  else
    g_string_append (out, "&&");
}

/* Every string on its way into the workbook passes here — cells, sheet
 * names, page headers and footers, document properties — so that what a
 * workbook may hold is decided once, whatever the user typed or pasted.
 * Control characters other than tab and newline are shown as the symbols of
 * Unicode's Control Pictures block (␇, ␛), C1 controls and noncharacters as
 * U+FFFD, a literal "_xHHHH_" is escaped so that it reads as typed, and a
 * header's "&" is doubled. Returns @text or a cleaned copy kept in @owned;
 * %NULL stays %NULL. */
const char *
_buntan_xlsx_writer_clean_text (const char *text, Destination destination, char **owned)
{
  g_autoptr (GString) out = NULL;
  g_autofree char *valid = NULL;
  const char      *p;

  g_assert (owned != NULL && *owned == NULL);

  if (text == NULL)
    return NULL;

  /* The model holds valid UTF-8; this keeps a broken string from becoming a
   * broken workbook all the same. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  /* Most strings need nothing: find the first character that does. */
  for (p = text; *p != '\0' && !needs_cleaning (p, destination); p = g_utf8_next_char (p))
    ;
  if (*p == '\0')
    return valid != NULL ? (*owned = g_steal_pointer (&valid)) : text;

  out = g_string_new_len (text, p - text);
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (needs_cleaning (p, destination))
        append_clean (out, p, destination);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return *owned = g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
_buntan_xlsx_writer_clean_string (const char *text, char **owned)
{
  return _buntan_xlsx_writer_clean_text (text, DESTINATION_CELL, owned);
}
