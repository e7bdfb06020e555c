/* buntan-checklist-csv.c — reading a checklist's rows from a CSV file
 *
 * Spreadsheets are where hospitals keep their lists, and a spreadsheet saves
 * CSV in whatever encoding its platform prefers: Excel on a Japanese Windows
 * writes CP932 (Shift_JIS with Microsoft's additions such as ① and ㈱), other
 * programs UTF-8, often behind a byte order mark. The fields follow RFC 4180:
 * a quoted field may hold commas, doubled quotes and line breaks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "buntan-checklist-csv.h"
#include "buntan-template.h"

#define UTF8_BOM "\xEF\xBB\xBF"

void
buntan_csv_record_free (BuntanCsvRecord *record)
{
  if (record == NULL)
    return;

  g_clear_pointer (&record->fields, g_ptr_array_unref);
  g_free (record);
}

/* Lines and columns are counted in the file's bytes: a column names the
 * byte, which is all there is to count in a file we cannot decode. */
static void
locate_byte (const char *data, gsize offset, guint *line, guint *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

static gboolean
refuse_bytes (const char *display_name,
              const char *data,
              gsize       offset,
              const char *why,
              GError    **error)
{
  guint line, column;

  locate_byte (data, offset, &line, &column);
  g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
               _ ("%s: line %u, byte %u: %s"), display_name, line, column, why);
  return FALSE;
}

/**
 * buntan_checklist_csv_decode:
 * @bytes: the file's contents
 * @display_name: how to name the file in error messages
 * @encoding: (out) (optional): "UTF-8" or "CP932", the encoding found
 * @error: return location for a #GError
 *
 * Valid UTF-8 (with or without a byte order mark) is taken as UTF-8, since
 * Japanese text in CP932 is practically never valid UTF-8; anything else
 * must be CP932. A file that is neither is refused at its first byte that
 * fits no encoding, rather than read as wrong characters.
 *
 * Returns: (transfer full) (nullable): the text in UTF-8, without a BOM
 */
char *
buntan_checklist_csv_decode (GBytes      *bytes,
                             const char  *display_name,
                             const char **encoding,
                             GError     **error)
{
  gsize            size;
  const char      *data = g_bytes_get_data (bytes, &size);
  const char      *end_valid;
  const char      *nul;
  g_autofree char *text = NULL;
  gsize            bytes_read = 0;
  g_autoptr (GError) convert_error = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (data == NULL)
    data = "";

  if (size >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                    ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      refuse_bytes (display_name, data, 0,
                    _ ("the file is in UTF-16; save it as CSV in UTF-8 or in the Japanese "
                       "encoding (Shift_JIS / CP932)"),
                    error);
      return NULL;
    }

  /* A NUL is no character of a checklist; it also cuts C strings short. */
  nul = memchr (data, '\0', size);
  if (nul != NULL)
    {
      refuse_bytes (display_name, data, (gsize) (nul - data),
                    _ ("the file holds a zero byte; is it a spreadsheet rather than a CSV file?"),
                    error);
      return NULL;
    }

  if (size >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    {
      if (!g_utf8_validate (data + 3, (gssize) size - 3, &end_valid))
        {
          refuse_bytes (display_name, data, (gsize) (end_valid - data),
                        _ ("the file starts as UTF-8 but this byte is not UTF-8"), error);
          return NULL;
        }
      if (encoding != NULL)
        *encoding = "UTF-8";
      return g_strndup (data + 3, size - 3);
    }

  if (g_utf8_validate (data, (gssize) size, NULL))
    {
      if (encoding != NULL)
        *encoding = "UTF-8";
      return g_strndup (data, size);
    }

  text = g_convert (data, (gssize) size, "UTF-8", "CP932", &bytes_read, NULL, &convert_error);
  if (text == NULL)
    {
      refuse_bytes (display_name, data, MIN (bytes_read, size),
                    _ ("the file is neither UTF-8 nor the Japanese encoding of Excel "
                       "(Shift_JIS / CP932); save it again as CSV in one of them"),
                    error);
      return NULL;
    }

  if (encoding != NULL)
    *encoding = "CP932";
  return g_steal_pointer (&text);
}

static BuntanCsvRecord *
record_new (guint line)
{
  BuntanCsvRecord *record = g_new0 (BuntanCsvRecord, 1);

  record->line = line;
  record->fields = g_ptr_array_new_with_free_func (g_free);
  return record;
}

/**
 * buntan_checklist_csv_parse:
 * @text: the file's text in UTF-8 (from buntan_checklist_csv_decode())
 * @display_name: how to name the file in error messages
 * @error: return location for a #GError
 *
 * Splits @text into records and fields as RFC 4180 says. Line breaks may
 * be CR LF, LF or CR; inside a quoted field they become LF.
 *
 * Returns: (transfer full) (element-type BuntanCsvRecord) (nullable): the
 *   records, the header first
 */
GPtrArray *
buntan_checklist_csv_parse (const char *text, const char *display_name, GError **error)
{
  g_autoptr (GPtrArray) records =
    g_ptr_array_new_with_free_func ((GDestroyNotify) buntan_csv_record_free);
  g_autoptr (GString) field = g_string_new (NULL);
  BuntanCsvRecord *record = NULL;
  const char      *p = text;
  guint            line = 1;

  g_return_val_if_fail (text != NULL, NULL);

  while (*p != '\0')
    {
      guint field_line = line;
      guint column;

      if (record == NULL)
        {
          record = record_new (line);
          g_ptr_array_add (records, record);
        }
      column = record->fields->len + 1;

      g_string_truncate (field, 0);
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              if (*p == '\0')
                {
                  g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                               _ ("%s: line %u, column %u: the quoted field is never closed "
                                  "(a \" is missing)"),
                               display_name, field_line, column);
                  return NULL;
                }
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else if (*p == '\r' || *p == '\n')
                {
                  p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
                  g_string_append_c (field, '\n');
                  line++;
                }
              else
                g_string_append_c (field, *p++);
            }
          if (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
            {
              g_set_error (error, BUNTAN_TEMPLATE_ERROR, BUNTAN_TEMPLATE_ERROR_INVALID,
                           _ ("%s: line %u, column %u: text follows the closing \" of a quoted "
                              "field; a \" inside a field is written twice (\"\")"),
                           display_name, line, column);
              return NULL;
            }
        }
      else
        {
          while (*p != ',' && *p != '\r' && *p != '\n' && *p != '\0')
            g_string_append_c (field, *p++);
        }

      g_ptr_array_add (record->fields, g_strdup (field->str));

      if (*p == ',')
        {
          p++;
          /* A comma at the very end still ends in one more, empty field. */
          if (*p == '\0')
            g_ptr_array_add (record->fields, g_strdup (""));
        }
      else if (*p == '\r' || *p == '\n')
        {
          p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
          line++;
          record = NULL;
        }
    }

  return g_steal_pointer (&records);
}
