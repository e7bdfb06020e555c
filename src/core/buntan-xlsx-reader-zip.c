/* buntan-xlsx-reader-zip.c — the zip of a workbook: members, limits, what else the file is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-impl.h>

#include "buntan-xlsx-reader-private.h"

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
GsfInput *
_buntan_xlsx_find_member (BuntanXlsxReader *self, const char *path, GError **error)
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
                _buntan_xlsx_refuse_damaged (error, self->display_name,
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
GBytes *
_buntan_xlsx_read_member (BuntanXlsxReader *self, const char *path, GError **error)
{
  g_autoptr (GsfInput) input = NULL;
  g_autoptr (GByteArray) data = NULL;
  guint8  buffer[65536];
  GError *find_error = NULL;

  input = _buntan_xlsx_find_member (self, path, &find_error);
  if (find_error != NULL)
    {
      g_propagate_error (error, find_error);
      return NULL;
    }
  if (input == NULL || (GSF_IS_INFILE (input) && gsf_infile_num_children (GSF_INFILE (input)) >= 0))
    {
      _buntan_xlsx_refuse_damaged (error, self->display_name, "the workbook has no part %s", path);
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
          _buntan_xlsx_refuse_damaged (error, self->display_name,
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

/* Adds the declared sizes of every member: a zip bomb is refused before a
 * byte of it is inflated. */
gboolean
_buntan_xlsx_add_declared_sizes (GsfInfile *folder, guint depth, guint64 *total)
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
          if (!_buntan_xlsx_add_declared_sizes (GSF_INFILE (child), depth + 1, total))
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
void
_buntan_xlsx_repair_member_dates (guint8 *data, gsize length)
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

gboolean
_buntan_xlsx_refuse_other_kind (const char   *display_name,
                                const guint8 *data,
                                gsize         length,
                                GError      **error)
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

gboolean
_buntan_xlsx_is_opendocument (BuntanXlsxReader *self)
{
  g_autoptr (GsfInput) mimetype = _buntan_xlsx_find_member (self, "mimetype", NULL);
  guint8    buffer[64] = { 0 };
  gsf_off_t size;

  if (mimetype == NULL)
    return FALSE;

  size = MIN (gsf_input_size (mimetype), (gsf_off_t) sizeof buffer - 1);
  if (size <= 0 || gsf_input_read (mimetype, size, buffer) == NULL)
    return FALSE;

  return g_str_has_prefix ((const char *) buffer, "application/vnd.oasis.opendocument");
}
