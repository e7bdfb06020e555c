/* buntan-export.c — the responsibility matrix as an Excel workbook
 *
 * The orchestrator: it gathers what the sheets read, writes them in order
 * through the cell-writing layer (buntan-xlsx-writer.c) and has the file
 * replaced whole (buntan-export-file.c). Each sheet is written by its own
 * buntan-export-<sheet>.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "buntan-export-file.h"
#include "buntan-export-inspector-private.h"
#include "buntan-export-private.h"

G_DEFINE_QUARK (buntan - export - error - quark, buntan_export_error)

/* What a worker thread exports: the project as text, taken on the thread
 * that owns the project (the model is not thread-safe). */
typedef struct
{
  GBytes           *snapshot;
  char             *display_name;
  GFile            *file;
  BuntanExportFlags flags;
  char             *vendor_id;
  char             *contract_id;
} Exporting;

static BuntanExportThreadHook thread_hook;
static gpointer               thread_hook_data;

/* The workbook's creation time comes from the project, so the same project
 * always gives the same bytes. */
static time_t
project_time (BuntanProject *project)
{
  const char *times[] = {
    buntan_project_get_modified (project),
    buntan_project_get_created (project),
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr (GDateTime) parsed = NULL;

      if (times[i] != NULL)
        parsed = g_date_time_new_from_iso8601 (times[i], NULL);
      if (parsed != NULL)
        return (time_t) g_date_time_to_unix (parsed);
    }

  /* Never saved: "now" (libxlsxwriter's 0) is as good as any time. */
  return 0;
}

/* The agreed version (第N版) the cover cites: the latest one not withdrawn,
 * and whether what it agreed has changed since. That compares the
 * document's default fingerprint (the one a version records, whatever
 * contract or Part 1 option this export uses) with the recorded one. */
static void
find_latest_version (BuntanExport *self)
{
  BuntanVersion      *version = buntan_project_get_latest_version (self->project);
  BuntanExportOptions options = { 0 };
  g_autofree char    *current = NULL;
  const char         *recorded;

  self->version_number = 0;
  self->version_changed = FALSE;
  g_clear_pointer (&self->version_agreed, g_free);
  if (version == NULL)
    return;

  self->version_number = buntan_version_get_number (version);
  self->version_agreed = g_strdup (buntan_version_get_agreed (version));

  if (self->scope.vendor != NULL)
    options.vendor_id = buntan_party_get_id (self->scope.vendor);
  recorded = buntan_version_get_fingerprint (version, options.vendor_id != NULL ? options.vendor_id
                                                                                : "project");
  /* The canonical text of a large project is a good part of an export's
   * time: made once when this export prints the default document. */
  if (self->scope.contract == NULL && !self->scope.include_part1)
    current = g_strdup (self->fingerprint);
  else
    current = buntan_printed_dup_fingerprint_for (self->project, &options, NULL);
  /* A vendor added after the agreement has no recorded fingerprint: its
   * appendix was not part of the version, so it has changed since. */
  self->version_changed = recorded == NULL || g_strcmp0 (recorded, current) != 0;
}

/* The fingerprint serialises what the document prints. It is computed
 * before any sheet is written, on the exporting thread: the model is not
 * thread-safe even for reading (GListStore caches its last position on
 * every read), and the sheets walk the parties' and items' lists too. */
static void
compute_fingerprint (BuntanExport *self)
{
  self->fingerprint = buntan_printed_dup_fingerprint (&self->scope);
}

/* The fingerprint's beginning on every page, beside the page numbers. */
static void
put_footers (BuntanExport *self)
{
  g_autofree char *left = g_strdup_printf ("照合用ハッシュ %.16s…", self->fingerprint);
  g_autofree char *right = g_strdup_printf ("出力日 %s", self->today);

  buntan_xlsx_writer_set_footers (self->xlsx, left, right);
}

static void
put_properties (BuntanExport *self)
{
  buntan_xlsx_writer_set_properties (self->xlsx, buntan_project_get_title (self->project),
                                     _buntan_export_is_inspector (self)
                                       ? "サイバーセキュリティ対策チェックリスト"
                                     : _buntan_export_is_appendix (self) ? "責任分担表（別紙）"
                                                                         : "責任分担表",
                                     _buntan_export_organization (self), self->fingerprint,
                                     project_time (self->project), self->fingerprint);
}

static void
write_workbook (BuntanExport *self)
{
  g_autoptr (GPtrArray) vendor_sheets = g_ptr_array_new_with_free_func (g_free);
  const char *fixed[] = {
    BUNTAN_EXPORT_SHEET_COVER,   BUNTAN_EXPORT_SHEET_MATRIX,
    BUNTAN_EXPORT_SHEET_PART1,   BUNTAN_EXPORT_SHEET_PART2,
    BUNTAN_EXPORT_SHEET_SUMMARY, BUNTAN_EXPORT_SHEET_MEETINGS,
    BUNTAN_EXPORT_SHEET_HISTORY, "History",
  };
  guint          n_parties = self->n_parties;
  lxw_worksheet *cover;

  /* A cyber-security project has no contract to append the matrix to: what
   * the hospital prints from it is the checklist for the inspector. */
  if (_buntan_export_is_inspector (self))
    {
      _buntan_export_write_inspector (self);
      put_footers (self);
      put_properties (self);
      return;
    }

  /* The fixed sheets claim their names first; a vendor called 集計 yields. */
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    buntan_xlsx_writer_reserve_sheet_name (self->xlsx, fixed[i]);
  for (guint col = 1; col < n_parties; col++)
    {
      BuntanParty *vendor = buntan_matrix_get_party (self->all, col);

      g_ptr_array_add (vendor_sheets,
                       buntan_xlsx_writer_make_sheet_name (self->xlsx,
                                                           _buntan_export_party_name (vendor)));
    }

  cover = buntan_xlsx_writer_add_sheet (self->xlsx, BUNTAN_EXPORT_SHEET_COVER);
  if (_buntan_export_is_appendix (self))
    {
      /* An appendix is that vendor's sheet alone: no matrix of every vendor,
       * no checklist or summary naming the others. */
      _buntan_export_write_vendor (self, self->vendor_col,
                                   g_ptr_array_index (vendor_sheets, self->vendor_col - 1));
    }
  else
    {
      _buntan_export_write_matrix (self);
      for (guint col = 1; col < n_parties; col++)
        _buntan_export_write_vendor (self, col, g_ptr_array_index (vendor_sheets, col - 1));
      if (_buntan_export_with_part1 (self))
        _buntan_export_write_part (self, 1, BUNTAN_EXPORT_SHEET_PART1);
      _buntan_export_write_part (self, 2, BUNTAN_EXPORT_SHEET_PART2);
      _buntan_export_write_summary (self);
    }
  if (self->flags & BUNTAN_EXPORT_FLAGS_INCLUDE_MEETINGS)
    _buntan_export_write_meetings (self);
  /* The agreed versions are the hospital's record: not in a vendor's appendix. */
  if (!_buntan_export_is_appendix (self))
    _buntan_export_write_history (self);

  /* The cover's place is first, its text comes last (it shows the fingerprint). */
  if (cover != NULL && _buntan_export_is_appendix (self))
    _buntan_export_write_appendix_cover (self, cover);
  else if (cover != NULL)
    _buntan_export_write_cover (self, cover);
  put_footers (self);
  put_properties (self);
}

/* Writes the workbook to @temp_path; libxlsxwriter formats numbers with
 * printf, so the caller has LC_NUMERIC at "C". */
static gboolean
export_to_path (gpointer data, const char *temp_path, const char *display_name, GError **error)
{
  BuntanExport *self = data;

  self->xlsx = buntan_xlsx_writer_new (temp_path, buntan_project_get_title (self->project));
  if (self->xlsx == NULL)
    {
      _buntan_export_set_write_error (error, display_name,
                                      lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      return FALSE;
    }
  /* The inspector's sheets are records of answers, not a draft of a
   * contract: their cover says what is missing instead. */
  if (self->draft && !_buntan_export_is_inspector (self))
    buntan_xlsx_writer_set_header_mark (self->xlsx, BUNTAN_EXPORT_DRAFT_MARK);

  write_workbook (self);

  /* Closing writes the file and frees the workbook, even after an error. */
  return _buntan_export_close_workbook (g_steal_pointer (&self->xlsx), display_name, error);
}

/* The atomic writer's callback: the workbook, written in the C numeric locale. */
static gboolean
export_in_c_locale (const char *temp_path,
                    const char *display_name,
                    gpointer    user_data,
                    GError    **error)
{
  return _buntan_export_write_in_c_numeric (export_to_path, user_data, temp_path, display_name,
                                            error);
}

/* One matrix of every item serves all sheets: Part 1 rows come first, so
 * without BUNTAN_EXPORT_FLAGS_INCLUDE_PART1 the matrix sheet starts after
 * them. The marks are asked once, not once per sheet. */
/* Whether @gap concerns what the document prints: a gap on one of its rows,
 * or one about a party it shows (a vendor responsible for nothing). */
static gboolean
gap_is_printed (BuntanProject *project, const BuntanPrintedScope *scope, BuntanGap *gap)
{
  const char  *item_id = buntan_gap_get_item_id (gap);
  const char  *party_id = buntan_gap_get_party_id (gap);
  BuntanItem  *item;
  BuntanParty *party;

  if (item_id != NULL)
    {
      item = buntan_project_find_item (project, item_id);
      return item != NULL && buntan_printed_scope_shows_item (scope, item);
    }

  party = party_id != NULL ? buntan_project_find_party (project, party_id) : NULL;
  return party == NULL || buntan_printed_scope_shows_party (scope, party);
}

static GPtrArray *
dup_printed_gaps (BuntanProject *project, BuntanMatrix *matrix, const BuntanPrintedScope *scope)
{
  GPtrArray *all = buntan_matrix_get_gaps (matrix);
  GPtrArray *printed = g_ptr_array_new_with_free_func ((GDestroyNotify) buntan_gap_unref);

  for (guint i = 0; i < all->len; i++)
    if (gap_is_printed (project, scope, g_ptr_array_index (all, i)))
      g_ptr_array_add (printed, buntan_gap_ref (g_ptr_array_index (all, i)));

  return printed;
}

/* How rows name a party: by the short name (略称) the cover defines. In an
 * appendix the other vendors are named only on the rows they share, by name
 * and short name, as the cover that defines short names is not theirs. */
static char *
dup_row_party_name (BuntanExport *self, BuntanParty *party)
{
  g_autofree char *short_name = NULL;

  short_name =
    buntan_party_dup_unique_short_name (party, buntan_project_get_parties (self->project));
  /* The cover defines the short names of the parties it lists: the rows use them. */
  if (!_buntan_export_is_appendix (self) || buntan_printed_scope_shows_party (&self->scope, party))
    return g_steal_pointer (&short_name);

  if (g_strcmp0 (short_name, _buntan_export_party_name (party)) == 0)
    return g_strdup (short_name);
  return g_strdup_printf ("%s（%s）", _buntan_export_party_name (party), short_name);
}

static gboolean
export_init (BuntanExport              *self,
             BuntanProject             *project,
             const BuntanExportOptions *options,
             GError                   **error)
{
  g_autoptr (GPtrArray) gaps = NULL;
  guint n_rows;

  if (!buntan_printed_scope_init (&self->scope, project, options, error))
    return FALSE;

  self->project = project;
  self->flags = options->flags;
  self->overview = buntan_overview_new (project);
  self->all = g_object_ref (buntan_overview_get_matrix (self->overview));
  self->n_parties = buntan_matrix_get_n_columns (self->all);
  n_rows = buntan_matrix_get_n_rows (self->all);

  if (!(self->flags & BUNTAN_EXPORT_FLAGS_INCLUDE_PART1))
    while (self->first_row < n_rows &&
           buntan_item_get_part (buntan_matrix_get_item (self->all, self->first_row)) == 1)
      self->first_row++;

  self->marks = g_new (BuntanMark, (gsize) n_rows * self->n_parties + 1);
  for (guint row = 0; row < n_rows; row++)
    for (guint col = 0; col < self->n_parties; col++)
      self->marks[row * self->n_parties + col] = buntan_matrix_get_mark (self->all, row, col);

  self->party_names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint col = 0; col < self->n_parties; col++)
    {
      BuntanParty *party = buntan_matrix_get_party (self->all, col);

      g_hash_table_insert (self->party_names, (gpointer) buntan_party_get_id (party),
                           dup_row_party_name (self, party));
      if (party == self->scope.vendor)
        self->vendor_col = col;
    }

  /* A final document is refused while its rows have gaps; allowed anyway,
   * it is printed as a draft, so that nobody takes it for the agreed one. */
  gaps = dup_printed_gaps (project, self->all, &self->scope);
  self->draft = !(self->flags & BUNTAN_EXPORT_FLAGS_FINAL) || gaps->len > 0;
  self->n_gaps = gaps->len;
  if (gaps->len > 0 && (self->flags & BUNTAN_EXPORT_FLAGS_FINAL) &&
      !(self->flags & BUNTAN_EXPORT_FLAGS_ALLOW_GAPS))
    {
      g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_GAPS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A final document cannot be exported while %u gap remains in it",
                                "A final document cannot be exported while %u gaps remain in it",
                                gaps->len),
                   gaps->len);
      return FALSE;
    }

  self->today = buntan_date_dup_export_date ();
  compute_fingerprint (self);
  find_latest_version (self);
  return TRUE;
}

static void
export_clear (BuntanExport *self)
{
  g_clear_pointer (&self->marks, g_free);
  g_clear_pointer (&self->party_names, g_hash_table_unref);
  g_clear_object (&self->all);
  g_clear_object (&self->overview);
  g_clear_pointer (&self->fingerprint, g_free);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->version_agreed, g_free);
}

/**
 * buntan_export_xlsx:
 * @project: a project
 * @file: the workbook to write; must be a local file
 * @flags: #BUNTAN_EXPORT_FLAGS_INCLUDE_PART1 to give Part 1 rows in the
 *   matrix and vendor sheets too
 * @error: return location for a #BUNTAN_EXPORT_ERROR naming @file
 *
 * Writes the agreed responsibility matrix as an Excel workbook, in Japanese
 * whatever the locale: a cover with a fingerprint and a signature block,
 * the matrix, one appendix per vendor, the Part 1 and Part 2 checklists and
 * a summary with the gaps. Every sheet prints on A4 landscape.
 *
 * The workbook is written beside @file and renamed into place, so @file is
 * either untouched or complete. The same project gives the same bytes: the
 * workbook's times come from the project, and the export date on the cover
 * from the day (or from SOURCE_DATE_EPOCH when set).
 *
 * Returns: %TRUE on success
 */
gboolean
buntan_export_xlsx (BuntanProject *project, GFile *file, BuntanExportFlags flags, GError **error)
{
  BuntanExportOptions options = { .flags = flags };

  return buntan_export_xlsx_with_options (project, file, &options, error);
}

/**
 * buntan_export_xlsx_with_options:
 * @project: a project
 * @file: the workbook to write; must be a local file
 * @options: the internal workbook or one vendor's appendix, draft or final,
 *   with or without Part 1 and the meeting log
 * @error: return location for a #BUNTAN_EXPORT_ERROR: %BUNTAN_EXPORT_ERROR_GAPS
 *   for a final document whose rows have gaps (see buntan_export_dup_gaps()),
 *   %BUNTAN_EXPORT_ERROR_NOT_FOUND for an unknown vendor or contract
 *
 * Writes the internal workbook as buntan_export_xlsx() does, or a bilateral
 * appendix: a cover with the hospital (甲) and the vendor (乙), their
 * signature and seal block and the appendix's own fingerprint, and the
 * vendor's rows, other vendors named only on rows they share. A draft says
 * 案 in every page header and on the cover.
 *
 * Returns: %TRUE on success
 */
gboolean
buntan_export_xlsx_with_options (BuntanProject             *project,
                                 GFile                     *file,
                                 const BuntanExportOptions *options,
                                 GError                   **error)
{
  BuntanExport self = { 0 };
  gboolean     written;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  written = export_init (&self, project, options, error) &&
            _buntan_export_file_replace (file, export_in_c_locale, &self, error);
  export_clear (&self);

  return written;
}

/**
 * buntan_export_dup_gaps:
 * @project: a project
 * @options: a document's options
 *
 * The gaps on the rows the document prints, and about the parties it shows:
 * what stands in the way of exporting it final.
 *
 * Returns: (transfer container) (element-type BuntanGap): the gaps, empty
 *   too when @options name a vendor or contract @project does not have
 */
GPtrArray *
buntan_export_dup_gaps (BuntanProject *project, const BuntanExportOptions *options)
{
  g_autoptr (BuntanOverview) overview = NULL;
  BuntanPrintedScope scope;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!buntan_printed_scope_init (&scope, project, options, NULL))
    return g_ptr_array_new_with_free_func ((GDestroyNotify) buntan_gap_unref);

  overview = buntan_overview_new (project);
  return dup_printed_gaps (project, buntan_overview_get_matrix (overview), &scope);
}

static void
exporting_free (Exporting *exporting)
{
  g_bytes_unref (exporting->snapshot);
  g_free (exporting->display_name);
  g_object_unref (exporting->file);
  g_free (exporting->vendor_id);
  g_free (exporting->contract_id);
  g_free (exporting);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Exporting          *exporting = task_data;
  BuntanExportOptions options = {
    .flags = exporting->flags,
    .vendor_id = exporting->vendor_id,
    .contract_id = exporting->contract_id,
  };
  g_autoptr (BuntanProject) snapshot = NULL;
  GError *error = NULL;

  if (thread_hook != NULL)
    thread_hook (FALSE, thread_hook_data);

  /* Only this thread ever sees the snapshot. */
  snapshot = buntan_project_new_from_bytes (exporting->snapshot, exporting->display_name, &error);
  if (snapshot == NULL ||
      !buntan_export_xlsx_with_options (snapshot, exporting->file, &options, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);

  if (thread_hook != NULL)
    thread_hook (TRUE, thread_hook_data);
}

/**
 * buntan_export_xlsx_async:
 * @project: a project
 * @file: the workbook to write; must be a local file
 * @flags: as for buntan_export_xlsx()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on this thread's main context when the workbook is written
 * @user_data: data for @callback
 *
 * Does what buntan_export_xlsx() does, on a worker thread. The project is
 * copied before this returns: later changes to it are not in the workbook,
 * and it may be changed or freed meanwhile.
 */
void
buntan_export_xlsx_async (BuntanProject      *project,
                          GFile              *file,
                          BuntanExportFlags   flags,
                          GCancellable       *cancellable,
                          GAsyncReadyCallback callback,
                          gpointer            user_data)
{
  BuntanExportOptions options = { .flags = flags };

  buntan_export_xlsx_with_options_async (project, file, &options, cancellable, callback, user_data);
}

/**
 * buntan_export_xlsx_with_options_async:
 * @project: a project
 * @file: the workbook to write; must be a local file
 * @options: as for buntan_export_xlsx_with_options(); copied
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on this thread's main context when the workbook is written
 * @user_data: data for @callback
 *
 * Does what buntan_export_xlsx_with_options() does, on a worker thread;
 * finish with buntan_export_xlsx_finish().
 */
void
buntan_export_xlsx_with_options_async (BuntanProject             *project,
                                       GFile                     *file,
                                       const BuntanExportOptions *options,
                                       GCancellable              *cancellable,
                                       GAsyncReadyCallback        callback,
                                       gpointer                   user_data)
{
  g_autoptr (GTask) task = NULL;
  Exporting *exporting;
  gsize      length = 0;
  char      *data;

  g_return_if_fail (BUNTAN_IS_PROJECT (project));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (options != NULL);

  /* The snapshot keeps the project's times, so the workbook is the one
   * buntan_export_xlsx() would write. */
  data = buntan_project_to_data (project, BUNTAN_SAVE_FLAGS_NONE, &length);
  exporting = g_new0 (Exporting, 1);
  exporting->snapshot = g_bytes_new_take (data, length);
  exporting->display_name = buntan_project_dup_display_name (project);
  exporting->file = g_object_ref (file);
  exporting->flags = options->flags;
  exporting->vendor_id = g_strdup (options->vendor_id);
  exporting->contract_id = g_strdup (options->contract_id);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, buntan_export_xlsx_async);
  g_task_set_task_data (task, exporting, (GDestroyNotify) exporting_free);
  g_task_run_in_thread (task, export_in_thread);
}

/**
 * buntan_export_xlsx_finish:
 * @result: the result given to the callback of buntan_export_xlsx_async()
 * @error: return location for a #BUNTAN_EXPORT_ERROR naming the file
 *
 * Returns: %TRUE if the workbook was written
 */
gboolean
buntan_export_xlsx_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == buntan_export_xlsx_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
_buntan_export_set_thread_hook (BuntanExportThreadHook hook, gpointer data)
{
  thread_hook = hook;
  thread_hook_data = data;
}

/* Longest file name part taken from a short name, in characters: room is
 * left for the prefix, a counter and ".xlsx" within every filesystem's 255
 * bytes, at up to 4 bytes a character. */
#define FILE_NAME_CHARACTERS 40

/* The file name part for a vendor: its short name with every character that
 * some filesystem refuses or treats specially (separators, wildcards,
 * quotes, controls, a leading dot, a trailing dot or space, the names DOS
 * reserves) replaced, so the name works on Windows, macOS and Linux. */
static char *
dup_safe_name (const char *wanted, const char *fallback)
{
  static const char *const reserved[] = { "con", "prn", "aux", "nul", "com", "lpt" };
  g_autoptr (GString) name = g_string_new (NULL);
  g_autofree char *lower = NULL;
  guint            n_characters = 0;

  for (const char *p = wanted; *p != '\0' && n_characters < FILE_NAME_CHARACTERS;
       p = g_utf8_next_char (p), n_characters++)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '-' || c == '_' || (c > 0x7f && g_unichar_isgraph (c)))
        g_string_append_unichar (name, c);
      else
        g_string_append_c (name, '_');
    }
  while (name->len > 0 && (name->str[name->len - 1] == '_'))
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    return fallback != NULL && g_strcmp0 (wanted, fallback) != 0 ? dup_safe_name (fallback, NULL)
                                                                 : g_strdup ("vendor");

  lower = g_ascii_strdown (name->str, -1);
  for (guint i = 0; i < G_N_ELEMENTS (reserved); i++)
    if (g_str_has_prefix (lower, reserved[i]) && strlen (lower) <= 4)
      g_string_prepend_c (name, '_');

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static char *
dup_unique_file_name (BuntanProject *project,
                      BuntanParty   *vendor,
                      const char    *prefix,
                      GHashTable    *taken)
{
  g_autofree char *short_name =
    buntan_party_dup_unique_short_name (vendor, buntan_project_get_parties (project));
  g_autofree char *safe = dup_safe_name (short_name, buntan_party_get_id (vendor));

  for (guint n = 1;; n++)
    {
      g_autofree char *candidate = n == 1 ? g_strdup_printf ("%s%s.xlsx", prefix, safe)
                                          : g_strdup_printf ("%s%s-%u.xlsx", prefix, safe, n);
      g_autofree char *folded = g_utf8_casefold (candidate, -1);

      if (!g_hash_table_contains (taken, folded))
        {
          g_hash_table_add (taken, g_steal_pointer (&folded));
          return g_steal_pointer (&candidate);
        }
    }
}

/* @prefix and the vendor's short name, made safe on every filesystem and
 * told apart from the other vendors' (「…-2.xlsx」) whatever the case rules
 * of the filesystem: the appendices' and the questionnaires' names. */
char *
_buntan_export_dup_vendor_file_name (BuntanProject *project,
                                     BuntanParty   *vendor,
                                     const char    *prefix)
{
  GListModel *parties = buntan_project_get_parties (project);
  g_autoptr (GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *name = NULL;

      if (buntan_party_is_hospital (party))
        continue;
      name = dup_unique_file_name (project, party, prefix, taken);
      if (party == vendor)
        return g_steal_pointer (&name);
    }

  return dup_unique_file_name (project, vendor, prefix, taken);
}

/**
 * buntan_export_dup_appendix_file_name:
 * @project: a project
 * @vendor: one of its vendors
 *
 * The name of @vendor's appendix when every vendor's is written into one
 * folder: 「別紙_略称.xlsx」, safe on every filesystem, and told apart from
 * the other vendors' (「別紙_略称-2.xlsx」) whatever the case rules of the
 * filesystem.
 *
 * Returns: (transfer full): a file name without a folder
 */
char *
buntan_export_dup_appendix_file_name (BuntanProject *project, BuntanParty *vendor)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (BUNTAN_IS_PARTY (vendor), NULL);

  return _buntan_export_dup_vendor_file_name (project, vendor, "別紙_");
}
