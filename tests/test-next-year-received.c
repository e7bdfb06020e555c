/* test-next-year-received.c — next year's check: the dates the parties' papers came in
 *
 * Each vendor's sheet of the cyber-security checklist is collected again
 * every year: next year's project must not say it has come in already. The
 * disclosure documents (サービス仕様適合開示書, MDS/SDS) describe the
 * vendor's product and keep the dates they were received.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "buntan-test-util.h"

static void
test_received_dates (void)
{
  g_autoptr (BuntanProject) last_year = buntan_test_load_fixture ("cyber-views.buntan");
  g_autoptr (BuntanProject) next_year = NULL;
  g_autoptr (BuntanProject) reread = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = buntan_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "next.buntan", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  BuntanParty *vendor = buntan_project_find_party (last_year, "v1");
  BuntanParty *hospital = buntan_project_get_hospital (last_year);

  g_assert_nonnull (vendor);
  buntan_party_set_cyber_checklist_received (vendor, "2026-09-12");
  buntan_party_set_mds_sds_received (vendor, "2025-04-01");
  buntan_party_set_service_spec_received (vendor, "2025-04-02");
  buntan_party_set_cyber_checklist_received (hospital, "2026-09-30");

  next_year = buntan_project_new_for_next_year (last_year, "last.buntan", &error);
  g_assert_no_error (error);
  g_assert_nonnull (next_year);

  /* Saved and read back: what the file holds, not only the model. */
  g_assert_true (buntan_project_save (next_year, file, BUNTAN_SAVE_FLAGS_NONE, &error));
  g_assert_no_error (error);
  reread = buntan_test_load_path (path);
  vendor = buntan_project_find_party (reread, "v1");
  g_assert_null (buntan_party_get_cyber_checklist_received (vendor));
  g_assert_null (buntan_party_get_cyber_checklist_received (buntan_project_get_hospital (reread)));
  g_assert_cmpstr (buntan_party_get_mds_sds_received (vendor), ==, "2025-04-01");
  g_assert_cmpstr (buntan_party_get_service_spec_received (vendor), ==, "2025-04-02");

  /* Last year's project keeps its own. */
  g_assert_cmpstr (buntan_party_get_cyber_checklist_received (
                     buntan_project_find_party (last_year, "v1")),
                   ==, "2026-09-12");

  buntan_test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/next-year/received-dates", test_received_dates);

  return g_test_run ();
}
