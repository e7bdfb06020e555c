/* buntan-project-versions.c — agreeing a version of a project, withdrawing one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The project's list of agreed versions (the list itself lives on the
 * project, buntan-project.c; the file code reads and writes it,
 * buntan-project-file-versions.c). Agreeing records the fingerprints of
 * every document printed from the current state and a snapshot of it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-date.h"
#include "buntan-export.h"
#include "buntan-json-reader.h"
#include "buntan-overview.h"
#include "buntan-party.h"
#include "buntan-printed.h"
#include "buntan-project-file-versions.h"
#include "buntan-project-private.h"
#include "buntan-version-private.h"

/* The fingerprints `buntan-cli fingerprint FILE [--vendor ID]` prints: the
 * internal workbook's and each vendor's appendix, as exported by default. */
static JsonObject *
dup_fingerprints (BuntanProject *project)
{
  g_autoptr (JsonObject) fingerprints = json_object_new ();
  GListModel         *parties = buntan_project_get_parties (project);
  BuntanExportOptions options = { 0 };
  g_autofree char    *fingerprint = NULL;

  fingerprint = buntan_printed_dup_fingerprint_for (project, &options, NULL);
  json_object_set_string_member (fingerprints, "project", fingerprint);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      g_autofree char *vendor_fingerprint = NULL;

      if (buntan_party_get_kind (party) != BUNTAN_PARTY_KIND_VENDOR)
        continue;

      options.vendor_id = buntan_party_get_id (party);
      vendor_fingerprint = buntan_printed_dup_fingerprint_for (project, &options, NULL);
      if (vendor_fingerprint != NULL)
        json_object_set_string_member (fingerprints, options.vendor_id, vendor_fingerprint);
    }

  return g_steal_pointer (&fingerprints);
}

static JsonNode *
dup_snapshot (BuntanProject *project)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  gsize            length = 0;

  text = _buntan_project_write (project, NULL, _BUNTAN_SAVE_FLAGS_SNAPSHOT, &length);
  /* Our own writer's text: it parses. */
  if (!json_parser_load_from_data (parser, text, (gssize) length, NULL))
    g_return_val_if_reached (NULL);

  return json_node_ref (json_parser_get_root (parser));
}

/**
 * buntan_project_find_version:
 * @self: a project
 * @number: N of 第N版
 *
 * Returns: (transfer none) (nullable): the version, withdrawn or not
 */
BuntanVersion *
buntan_project_find_version (BuntanProject *self, guint number)
{
  GListModel *versions;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  versions = buntan_project_get_versions (self);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);

      if (buntan_version_get_number (version) == number)
        return version;
    }

  return NULL;
}

/**
 * buntan_project_get_latest_version:
 * @self: a project
 *
 * Returns: (transfer none) (nullable): the version with the highest number
 *   that is not withdrawn: the one in force
 */
BuntanVersion *
buntan_project_get_latest_version (BuntanProject *self)
{
  GListModel    *versions;
  BuntanVersion *latest = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);

  versions = buntan_project_get_versions (self);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr (BuntanVersion) version = g_list_model_get_item (versions, i);

      if (buntan_version_get_withdrawn (version))
        continue;
      if (latest == NULL ||
          buntan_version_get_number (version) > buntan_version_get_number (latest))
        latest = version;
    }

  return latest;
}

/**
 * buntan_project_count_open_gaps:
 * @self: a project
 *
 * Returns: the gaps that would keep a version from being agreed
 */
guint
buntan_project_count_open_gaps (BuntanProject *self)
{
  g_autoptr (BuntanOverview) overview = NULL;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), 0);

  overview = buntan_overview_new (self);
  return buntan_overview_get_gaps (overview)->len;
}

/**
 * buntan_project_get_next_version_number:
 * @self: a project
 *
 * Returns: the N of the next 第N版: one more than the highest so far,
 *   withdrawn versions included, so that a number is never given twice
 */
guint
buntan_project_get_next_version_number (BuntanProject *self)
{
  GListModel *versions;
  guint       number = 0;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), 0);

  versions = buntan_project_get_versions (self);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr (BuntanVersion) existing = g_list_model_get_item (versions, i);

      number = MAX (number, buntan_version_get_number (existing));
    }

  return number + 1;
}

/**
 * buntan_project_agree_version:
 * @self: a project
 * @agreed: (nullable): the date of the agreement, YYYY-MM-DD; %NULL for today
 * @note: (nullable): a note for the version
 * @allow_gaps: agree even while gaps remain (their number is recorded)
 * @error: return location for a #BUNTAN_VERSION_ERROR
 *
 * Records the current state as the next version: its number is one more
 * than the highest so far, withdrawn versions included, so a number is
 * never given twice.
 *
 * Returns: (transfer none) (nullable): the new version
 */
BuntanVersion *
buntan_project_agree_version (BuntanProject *self,
                              const char    *agreed,
                              const char    *note,
                              gboolean       allow_gaps,
                              GError       **error)
{
  g_autoptr (BuntanVersion) version = NULL;
  g_autoptr (JsonObject) fingerprints = NULL;
  g_autoptr (JsonNode) snapshot = NULL;
  g_autofree char *today = NULL;
  guint            number;
  guint            open_gaps;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (agreed == NULL || buntan_date_is_valid (agreed), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  open_gaps = buntan_project_count_open_gaps (self);
  if (open_gaps > 0 && !allow_gaps)
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_GAPS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u gap remains; close it before agreeing a version",
                                "%u gaps remain; close them before agreeing a version", open_gaps),
                   open_gaps);
      return NULL;
    }

  number = buntan_project_get_next_version_number (self);
  if (agreed == NULL)
    agreed = today = buntan_date_today ();

  fingerprints = dup_fingerprints (self);
  snapshot = dup_snapshot (self);
  version = _buntan_version_new (number, agreed, note, fingerprints, snapshot);
  _buntan_version_set_open_gaps (version, open_gaps);

  g_list_store_append (_buntan_project_get_version_store (self), version);
  buntan_project_set_is_modified (self, TRUE);

  return version;
}

/**
 * buntan_project_withdraw_version:
 * @self: a project
 * @number: N of 第N版
 * @date: (nullable): the date of the withdrawal, YYYY-MM-DD; %NULL for today
 * @reason: why, in words the parties will read later
 * @error: return location for a #BUNTAN_VERSION_ERROR
 *
 * Marks the version withdrawn; it stays in the list.
 *
 * Returns: whether it was withdrawn
 */
gboolean
buntan_project_withdraw_version (BuntanProject *self,
                                 guint          number,
                                 const char    *date,
                                 const char    *reason,
                                 GError       **error)
{
  g_autofree char *today = NULL;
  g_autofree char *stripped = NULL;
  BuntanVersion   *version;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (date == NULL || buntan_date_is_valid (date), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  version = buntan_project_find_version (self, number);
  if (version == NULL)
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_FOUND,
                   _ ("There is no version %u"), number);
      return FALSE;
    }

  if (buntan_version_get_withdrawn (version))
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_WITHDRAWN,
                   _ ("Version %u was withdrawn already"), number);
      return FALSE;
    }

  stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  if (*stripped == '\0')
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NO_REASON,
                   _ ("A version is withdrawn with a reason"));
      return FALSE;
    }

  if (date == NULL)
    date = today = buntan_date_today ();

  _buntan_version_set_withdrawn (version, date, stripped);
  buntan_project_set_is_modified (self, TRUE);
  return TRUE;
}

/**
 * buntan_project_load_version:
 * @self: a project
 * @number: N of 第N版
 * @error: return location for a #BUNTAN_VERSION_ERROR or #BUNTAN_PROJECT_ERROR
 *
 * Returns: (transfer full) (nullable): the project as version @number was
 *   agreed, read from its snapshot
 */
BuntanProject *
buntan_project_load_version (BuntanProject *self, guint number, GError **error)
{
  g_autofree char *file_name = NULL;
  BuntanVersion   *version;

  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  version = buntan_project_find_version (self, number);
  if (version == NULL)
    {
      g_set_error (error, BUNTAN_VERSION_ERROR, BUNTAN_VERSION_ERROR_NOT_FOUND,
                   _ ("There is no version %u"), number);
      return NULL;
    }

  file_name = buntan_project_dup_display_name (self);
  return buntan_version_load_snapshot (version, file_name, error);
}
