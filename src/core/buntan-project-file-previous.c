/* buntan-project-file-previous.c — the `previous` members of next year's project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Next year's project remembers the project it was started from (the
 * project's `previous`) and, on every check it carried over, last year's
 * answer (a check's or an item's `previous`). Both are written as they were
 * read, never edited, and absent from every other project.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-next-year-private.h"
#include "buntan-project-file-private.h"
#include "buntan-project-file-versions.h"

gboolean
_buntan_project_read_previous_answer (BuntanJsonReader      *reader,
                                      JsonObject            *object,
                                      const char            *path,
                                      BuntanPreviousAnswer **out)
{
  g_autofree char *inner = NULL;
  JsonNode        *node;
  JsonObject      *previous;
  const char      *date, *target, *completed;
  int              result;

  *out = NULL;

  if (!buntan_json_reader_get_member (reader, object, path, "previous", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  inner = *path != '\0' ? g_strdup_printf ("%s.previous", path) : g_strdup ("previous");
  previous = json_node_get_object (node);
  if (!buntan_json_reader_get_enum (reader, previous, inner, "result", BUNTAN_TYPE_CHECK_RESULT,
                                    _ ("first check result"), FALSE, BUNTAN_CHECK_RESULT_UNSET,
                                    &result) ||
      !buntan_json_reader_get_date (reader, previous, inner, "date", FALSE, &date) ||
      !buntan_json_reader_get_date (reader, previous, inner, "target", FALSE, &target) ||
      !buntan_json_reader_get_date (reader, previous, inner, "completed", FALSE, &completed))
    return FALSE;

  *out = buntan_previous_answer_new (result, date, target, completed);
  return TRUE;
}

void
_buntan_project_write_previous_answer (BuntanJsonStream *stream, BuntanPreviousAnswer *previous)
{
  if (previous == NULL)
    return;

  buntan_json_stream_set_member_name (stream, "previous");
  buntan_json_stream_begin_object (stream);
  if (buntan_previous_answer_get_result (previous) != BUNTAN_CHECK_RESULT_UNSET)
    add_string (stream, "result",
                buntan_check_result_to_string (buntan_previous_answer_get_result (previous)));
  add_optional_string (stream, "date", buntan_previous_answer_get_date (previous));
  add_optional_string (stream, "target", buntan_previous_answer_get_target (previous));
  add_optional_string (stream, "completed", buntan_previous_answer_get_completed (previous));
  buntan_json_stream_end_object (stream);
}

gboolean
_buntan_project_read_previous_project (BuntanJsonReader *reader,
                                       BuntanProject    *project,
                                       JsonObject       *root)
{
  JsonNode   *node;
  JsonObject *previous;
  const char *id, *file, *fingerprint;

  if (!buntan_json_reader_get_member (reader, root, "", "previous", JSON_NODE_OBJECT,
                                      G_TYPE_INVALID, _ ("an object"), FALSE, &node))
    return FALSE;

  if (node == NULL)
    return TRUE;

  previous = json_node_get_object (node);
  if (!buntan_json_reader_get_string (reader, previous, "previous", "id", TRUE, &id) ||
      !buntan_json_reader_get_string (reader, previous, "previous", "file", FALSE, &file) ||
      !buntan_json_reader_get_string (reader, previous, "previous", "fingerprint", FALSE,
                                      &fingerprint))
    return FALSE;

  if (!g_uuid_string_is_valid (id))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, "previous", "id",
      _ ("“%s” is not the id of last year's project; it must be a UUID such as "
         "“0b5e4c1e-6f7a-4d2b-9c3e-2a1f0e9d8c7b”"),
      id);

  if (g_strcmp0 (id, buntan_project_get_id (project)) == 0)
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, "previous", "id",
      _ ("“%s” is this project's own id; a project cannot be started from itself"), id);

  if (fingerprint != NULL && *fingerprint != '\0' &&
      !_buntan_project_file_is_sha256_hex (fingerprint))
    return buntan_json_reader_refuse (
      reader, BUNTAN_PROJECT_ERROR_BAD_VALUE, "previous", "fingerprint",
      _ ("“%s” is not a fingerprint; it must be 64 characters of 0–9 and a–f"), fingerprint);

  _buntan_project_set_previous (project, id, file, fingerprint);
  return TRUE;
}

void
_buntan_project_write_previous_project (BuntanJsonStream *stream, BuntanProject *project)
{
  const char *id = buntan_project_get_previous_id (project);

  if (id == NULL)
    return;

  buntan_json_stream_set_member_name (stream, "previous");
  buntan_json_stream_begin_object (stream);
  add_string (stream, "id", id);
  add_optional_string (stream, "file", buntan_project_get_previous_file (project));
  add_optional_string (stream, "fingerprint", buntan_project_get_previous_fingerprint (project));
  buntan_json_stream_end_object (stream);
}
