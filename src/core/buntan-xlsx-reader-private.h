/* buntan-xlsx-reader-private.h — what the parts of the .xlsx reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's and the sheet's instance structures, the parsing of one XML
 * part with its namespaces, and the functions one part calls in another:
 * the zip (buntan-xlsx-reader-zip.c), the XML parts and their relationships
 * (buntan-xlsx-reader-parts.c), the workbook with its shared strings and
 * styles (buntan-xlsx-reader-workbook.c), the sheets and their cells
 * (buntan-xlsx-reader-cells.c).
 */

#pragma once

#include <gsf/gsf.h>

#include "buntan-xlsx-reader.h"

G_BEGIN_DECLS

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

/* A part Excel and LibreOffice never write: the hospital is told what to do,
 * the detail (which part, how) goes to the debug log for whoever helps. */
void
_buntan_xlsx_refuse_damaged (GError **error, const char *display_name, const char *format, ...)
  G_GNUC_PRINTF (3, 4);

/* buntan-xlsx-reader-parts.c */
gboolean
_buntan_xlsx_is_main_namespace (const char *ns);
gboolean
_buntan_xlsx_is_relationship_namespace (const char *ns);
const char *
_buntan_xlsx_find_attribute (PartParse   *parse,
                             const char **names,
                             const char **values,
                             gboolean (*in_namespace) (const char *ns),
                             const char *local);
gboolean
_buntan_xlsx_parse_member (BuntanXlsxReader *self,
                           const char       *path,
                           PartParse        *parse,
                           GError          **error);
gboolean
_buntan_xlsx_read_relationships (BuntanXlsxReader *self,
                                 const char       *part,
                                 GHashTable      **by_id,
                                 GHashTable      **by_type,
                                 GError          **error);

/* buntan-xlsx-reader-zip.c */
GsfInput *
_buntan_xlsx_find_member (BuntanXlsxReader *self, const char *path, GError **error);
GBytes *
_buntan_xlsx_read_member (BuntanXlsxReader *self, const char *path, GError **error);
gboolean
_buntan_xlsx_add_declared_sizes (GsfInfile *folder, guint depth, guint64 *total);
void
_buntan_xlsx_repair_member_dates (guint8 *data, gsize length);
gboolean
_buntan_xlsx_refuse_other_kind (const char   *display_name,
                                const guint8 *data,
                                gsize         length,
                                GError      **error);
gboolean
_buntan_xlsx_is_opendocument (BuntanXlsxReader *self);

/* buntan-xlsx-reader-workbook.c */
char *
_buntan_xlsx_decode_escapes (const char *text);
gboolean
_buntan_xlsx_reader_open_workbook (BuntanXlsxReader *self, GError **error);

G_END_DECLS
