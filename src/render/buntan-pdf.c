/* buntan-pdf.c — a document written as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "buntan-appendix-document.h"
#include "buntan-export-file.h"
#include "buntan-inspector-document.h"
#include "buntan-internal-document.h"
#include "buntan-pdf.h"

typedef struct
{
  BuntanDocument *document;
  double          width;
  double          height;
} PdfJob;

/* SOURCE_DATE_EPOCH, when set, makes the creation date and so the whole file
 * reproducible; otherwise cairo writes the time of day. */
static void
set_metadata (cairo_surface_t *surface, BuntanDocument *document)
{
  g_autoptr (GDateTime) pinned = buntan_date_time_dup_source_epoch ();

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  buntan_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Buntan " PACKAGE_VERSION);

  if (pinned != NULL)
    {
      g_autofree char *date = g_date_time_format (pinned, "%Y-%m-%dT%H:%M:%SZ");

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
}

static gboolean
write_pdf (const char *temp_path, const char *display_name, gpointer user_data, GError **error)
{
  PdfJob *job = user_data;
  g_autoptr (GError) font_error = NULL;
  PangoContext    *context;
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;
  guint            n_pages;

  surface = cairo_pdf_surface_create (temp_path, job->width, job->height);
  set_metadata (surface, job->document);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  buntan_document_prepare_context (context);

  if (!buntan_document_check_fonts (context, &font_error))
    {
      g_object_unref (context);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      _buntan_export_set_write_error (error, display_name, font_error->message);
      return FALSE;
    }

  n_pages = buntan_document_paginate (job->document, context, job->width, job->height);
  for (guint page = 0; page < n_pages; page++)
    {
      buntan_document_draw_page (job->document, cr, page);
      cairo_show_page (cr);
    }

  /* The document holds the context until it is paginated again or freed. */
  g_object_unref (context);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      _buntan_export_set_write_error (error, display_name, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * buntan_pdf_write:
 * @document: a document
 * @file: the PDF to write
 * @width: the pages' width in points
 * @height: the pages' height in points
 * @error: return location for a #BUNTAN_EXPORT_ERROR naming @file
 *
 * Writes @document beside @file and renames it into place, so @file is
 * either untouched or complete.
 *
 * Returns: whether @file was written
 */
gboolean
buntan_pdf_write (BuntanDocument *document,
                  GFile          *file,
                  double          width,
                  double          height,
                  GError        **error)
{
  PdfJob job = { document, width, height };

  g_return_val_if_fail (BUNTAN_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return _buntan_export_file_replace (file, write_pdf, &job, error);
}

/**
 * buntan_pdf_dup_document:
 * @project: a project
 * @overview: the project's overview
 * @options: the internal document or one vendor's appendix, draft or final
 * @width: (out) (optional): the document's paper width in points
 * @height: (out) (optional): its paper height in points
 * @error: return location for a #BUNTAN_EXPORT_ERROR: %BUNTAN_EXPORT_ERROR_GAPS
 *   for a final document whose rows have gaps, %BUNTAN_EXPORT_ERROR_NOT_FOUND
 *   for an unknown vendor or contract
 *
 * The document the workbook with @options holds, to write as a PDF or to
 * print: the same rows and parties (buntan-printed.c decides for both), the
 * same fingerprint, and 案 on every page unless it is final. A final
 * document with gaps is refused as the workbook is; allowed anyway
 * (%BUNTAN_EXPORT_FLAGS_ALLOW_GAPS), it is marked 案.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
BuntanDocument *
buntan_pdf_dup_document (BuntanProject             *project,
                         BuntanOverview            *overview,
                         const BuntanExportOptions *options,
                         double                    *width,
                         double                    *height,
                         GError                   **error)
{
  BuntanPrintedScope scope;
  g_autoptr (GPtrArray) gaps = NULL;
  BuntanDocument *document;
  gboolean        draft;
  double          paper_width, paper_height;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (overview), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!buntan_printed_scope_init (&scope, project, options, error))
    return NULL;

  gaps = buntan_export_dup_gaps (project, options);
  draft = !(options->flags & BUNTAN_EXPORT_FLAGS_FINAL) || gaps->len > 0;
  if (gaps->len > 0 && (options->flags & BUNTAN_EXPORT_FLAGS_FINAL) &&
      !(options->flags & BUNTAN_EXPORT_FLAGS_ALLOW_GAPS))
    {
      g_set_error (error, BUNTAN_EXPORT_ERROR, BUNTAN_EXPORT_ERROR_GAPS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A final document cannot be exported while %u gap remains in it",
                                "A final document cannot be exported while %u gaps remain in it",
                                gaps->len),
                   gaps->len);
      return NULL;
    }

  /* A cyber-security project prints the inspector's sheets, as its
   * workbook holds them: records of answers, never marked 案. */
  if (scope.inspector)
    {
      document = buntan_inspector_document_new (project, overview);
      buntan_inspector_document_get_paper (&paper_width, &paper_height);
    }
  else if (scope.vendor != NULL)
    {
      document = buntan_appendix_document_new (&scope, overview, draft, gaps->len);
      buntan_appendix_document_get_paper (&paper_width, &paper_height);
    }
  else
    {
      document = buntan_internal_document_new (project, overview, scope.include_part1);
      if (draft)
        buntan_document_set_page_mark (document, "案");
      buntan_internal_document_get_paper (overview, &paper_width, &paper_height);
    }

  if (width != NULL)
    *width = paper_width;
  if (height != NULL)
    *height = paper_height;
  return document;
}

/**
 * buntan_pdf_export:
 * @project: a project
 * @file: the PDF to write
 * @options: the internal document or one vendor's appendix, draft or final
 * @error: as for buntan_pdf_dup_document(), or a write error naming @file
 *
 * Returns: whether @file was written
 */
gboolean
buntan_pdf_export (BuntanProject             *project,
                   GFile                     *file,
                   const BuntanExportOptions *options,
                   GError                   **error)
{
  g_autoptr (BuntanOverview) overview = NULL;
  g_autoptr (BuntanDocument) document = NULL;
  double width, height;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  overview = buntan_overview_new (project);
  document = buntan_pdf_dup_document (project, overview, options, &width, &height, error);
  if (document == NULL)
    return FALSE;

  return buntan_pdf_write (document, file, width, height, error);
}

/**
 * buntan_pdf_dup_appendix_file_name:
 * @project: a project
 * @vendor: one of its vendors
 *
 * The workbook's name for @vendor's appendix (buntan_export_dup_appendix_file_name())
 * with ".pdf" for its extension, so that a folder of both pairs them.
 *
 * Returns: (transfer full): a file name without a folder
 */
char *
buntan_pdf_dup_appendix_file_name (BuntanProject *project, BuntanParty *vendor)
{
  g_autofree char *name = buntan_export_dup_appendix_file_name (project, vendor);
  char            *dot = strrchr (name, '.');

  if (dot != NULL)
    *dot = '\0';
  return g_strconcat (name, ".pdf", NULL);
}
