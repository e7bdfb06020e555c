/* buntan-project-file-migrate.c — what a format 1 file becomes in format 2
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "buntan-project-file-private.h"

/* Format 1 kept the hospital's name twice, as the project's organization and
 * as the hospital party's name. It now lives in the party only: a name the
 * party lacks comes from the organization; where both differ, the party's
 * name stays and the user hears which one was dropped. */
void
_buntan_project_migrate_organization (BuntanProject *project, const char *organization)
{
  BuntanParty *hospital = buntan_project_get_hospital (project);
  const char  *name = buntan_party_get_name (hospital);

  if (organization == NULL || *organization == '\0' || g_strcmp0 (name, organization) == 0)
    return;

  if (*name == '\0')
    {
      buntan_party_set_name (hospital, organization);
      return;
    }

  {
    g_autofree char *note = g_strdup_printf (
      _ ("The file named the hospital both “%s” (as the project’s organization) and “%s” (as "
         "the hospital party). The hospital’s name is now kept in one place: “%s” was kept, "
         "“%s” was dropped."),
      organization, name, name, organization);

    _buntan_project_add_migration_note (project, note);
  }
}

/* Format 1 had one first check per item. On a Part 2 item that vendors
 * lead or support, it becomes each of those vendors' own check, completion
 * date included; Part 1 items and items of the hospital alone keep it. The
 * reader calls it before it clears the history, so it is no step to undo. */
void
_buntan_project_migrate_first_checks (BuntanProject *project)
{
  g_autoptr (GPtrArray) moved = g_ptr_array_new ();
  GListModel *items = buntan_project_get_part_items (project, 2);
  guint       n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);
      g_auto (GStrv) vendors = NULL;

      if (buntan_item_get_first_check (item) == BUNTAN_CHECK_RESULT_UNSET &&
          buntan_item_get_first_check_date (item) == NULL &&
          buntan_item_get_completed (item) == NULL)
        continue;

      vendors = buntan_item_dup_confirming_parties (item, project);
      if (vendors[0] == NULL)
        continue;

      for (guint v = 0; vendors[v] != NULL; v++)
        {
          BuntanCheck *check = buntan_item_find_check (item, vendors[v]);

          /* A check the file already holds for that vendor (a member kept
           * from a newer Buntan, or typed by hand) is its own answer: it
           * is not overwritten. */
          if (check != NULL && !buntan_check_is_empty (check))
            continue;
          check = buntan_item_ensure_check (item, vendors[v]);

          buntan_check_set_result (check, buntan_item_get_first_check (item));
          buntan_check_set_date (check, buntan_item_get_first_check_date (item));
          buntan_check_set_completed (check, buntan_item_get_completed (item));
        }

      buntan_item_set_first_check (item, BUNTAN_CHECK_RESULT_UNSET);
      buntan_item_set_first_check_date (item, NULL);
      buntan_item_set_completed (item, NULL);
      g_ptr_array_add (moved, (gpointer) buntan_item_get_id (item));
    }

  if (moved->len > 0)
    {
      g_autofree char *ids = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (moved, NULL);
      ids = g_strjoinv (", ", (char **) moved->pdata);
      note = g_strdup_printf (_ ("The first checks of these items now belong to each vendor "
                                 "that leads or supports them: %s"),
                              ids);
      _buntan_project_add_migration_note (project, note);
    }
}

/* A name-based UUID (RFC 4122 version 5: SHA-1 over a namespace and the
 * name) for a version 1 project, from its creation time and title: opening
 * or normalizing the same older file twice gives the same id, so normalized
 * files stay reproducible, and copies of one project keep one id. */
char *
_buntan_project_dup_migrated_id (JsonObject *root, GBytes *bytes)
{
  static const guint8 namespace[16] = { 0xcd, 0x9e, 0xd7, 0x26, 0x1e, 0xcf, 0x4d, 0x7c,
                                        0x96, 0x5b, 0xa4, 0xf5, 0xee, 0x91, 0xbf, 0x6e };
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8      digest[20];
  gsize       length = sizeof digest;
  const char *created = json_object_get_string_member_with_default (root, "created", NULL);
  const char *title = json_object_get_string_member_with_default (root, "title", "");

  g_checksum_update (checksum, namespace, sizeof namespace);
  if (created != NULL)
    {
      g_checksum_update (checksum, (const guchar *) created, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
      g_checksum_update (checksum, (const guchar *) title, -1);
    }
  else
    {
      /* Nothing names the project: its whole text does. */
      g_checksum_update (checksum, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
  g_checksum_get_digest (checksum, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* Format 1 knew one contract per vendor, as a kind and a renewal date: they
 * become its first contract. */
void
_buntan_project_migrate_contract (BuntanProject *project,
                                  BuntanParty   *party,
                                  int            kind,
                                  const char    *renewal)
{
  const char     *note = _ ("Each vendor’s kind of contract and renewal date became its first "
                                "contract, where more contracts can now be added.");
  BuntanContract *first = buntan_contract_new ("c1", kind);

  buntan_contract_set_renewal (first, renewal);
  _buntan_party_insert_contract (party, first, 0);
  g_object_unref (first);
  if (!g_strv_contains (buntan_project_get_migration_notes (project), note))
    _buntan_project_add_migration_note (project, note);
}
