/* test-item.c — an item's properties, notifications and matrix marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

typedef struct
{
  GPtrArray *names;
} NotifyLog;

static void
record_notify_cb (GObject *object, GParamSpec *pspec, NotifyLog *log)
{
  g_ptr_array_add (log->names, g_strdup (pspec->name));
}

static void
test_notifications (void)
{
  g_autoptr (BuntanItem) item = buntan_item_new ("P2-A-1", 2, "A", "1");
  NotifyLog   log = { g_ptr_array_new_with_free_func (g_free) };
  const char *participants[] = { "v1", "v2", NULL };

  g_signal_connect (item, "notify", G_CALLBACK (record_notify_cb), &log);

  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  buntan_item_set_status (item, BUNTAN_ITEM_STATUS_AGREED);
  buntan_item_set_owner (item, "v1");
  buntan_item_set_owner (item, "v1");
  buntan_item_set_participants (item, participants);
  buntan_item_set_participants (item, participants);
  buntan_item_set_completed (item, "2026-11-20");
  buntan_item_set_clause (item, "第12条");
  buntan_item_set_first_check (item, BUNTAN_CHECK_RESULT_NO);

  /* One notification per real change, none for setting the same value. */
  g_assert_cmpuint (log.names->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (log.names, 0), ==, "status");
  g_assert_cmpstr (g_ptr_array_index (log.names, 1), ==, "owner");
  g_assert_cmpstr (g_ptr_array_index (log.names, 2), ==, "participants");
  g_assert_cmpstr (g_ptr_array_index (log.names, 3), ==, "completed");
  g_assert_cmpstr (g_ptr_array_index (log.names, 4), ==, "clause");
  g_assert_cmpstr (g_ptr_array_index (log.names, 5), ==, "first-check");

  g_signal_handlers_disconnect_by_data (item, &log);
  g_ptr_array_unref (log.names);
}

static void
test_empty_means_unset (void)
{
  g_autoptr (BuntanItem) item = buntan_item_new ("P2-A-1", 2, "A", "1");

  buntan_item_set_owner (item, "v1");
  buntan_item_set_owner (item, "");
  g_assert_null (buntan_item_get_owner (item));
  buntan_item_set_completed (item, "2026-11-20");
  buntan_item_set_completed (item, "");
  g_assert_null (buntan_item_get_completed (item));
  /* Texts are never NULL, so bound entries always have something to show. */
  g_assert_cmpstr (buntan_item_get_note (item), ==, "");
  buntan_item_set_note (item, NULL);
  g_assert_cmpstr (buntan_item_get_note (item), ==, "");
}

static void
test_marks (void)
{
  g_autoptr (BuntanItem) item = buntan_item_new ("P2-A-1", 2, "A", "1");
  const char *supporting[] = { "hospital", NULL };
  const char *sharing[] = { "v1", "v2", NULL };

  g_assert_cmpint (buntan_item_get_mark (item, "v1"), ==, BUNTAN_MARK_NONE);

  buntan_item_set_owner (item, "v1");
  buntan_item_set_participants (item, supporting);
  g_assert_cmpint (buntan_item_get_mark (item, "v1"), ==, BUNTAN_MARK_LEAD);
  g_assert_cmpint (buntan_item_get_mark (item, "hospital"), ==, BUNTAN_MARK_SUPPORT);
  g_assert_cmpint (buntan_item_get_mark (item, "v2"), ==, BUNTAN_MARK_NONE);

  buntan_item_set_owner (item, BUNTAN_OWNER_JOINT);
  buntan_item_set_participants (item, sharing);
  g_assert_true (buntan_item_is_joint (item));
  g_assert_cmpint (buntan_item_get_mark (item, "v1"), ==, BUNTAN_MARK_LEAD);
  g_assert_cmpint (buntan_item_get_mark (item, "v2"), ==, BUNTAN_MARK_LEAD);
  g_assert_cmpint (buntan_item_get_mark (item, "hospital"), ==, BUNTAN_MARK_NONE);
  g_assert_true (buntan_item_involves (item, "v2"));
}

static void
test_set_participant (void)
{
  g_autoptr (BuntanItem) item = buntan_item_new ("P2-A-1", 2, "A", "1");
  const char *const *participants;

  buntan_item_set_participant (item, "v1", TRUE);
  buntan_item_set_participant (item, "v2", TRUE);
  buntan_item_set_participant (item, "v1", TRUE);
  buntan_item_set_participant (item, "v3", TRUE);
  buntan_item_set_participant (item, "v2", FALSE);

  participants = buntan_item_get_participants (item);
  g_assert_cmpuint (g_strv_length ((char **) participants), ==, 2);
  g_assert_cmpstr (participants[0], ==, "v1");
  g_assert_cmpstr (participants[1], ==, "v3");
}

static void
test_copy (void)
{
  g_autoptr (BuntanItem) item = buntan_item_new ("P1-B-2", 1, "B", "2");
  g_autoptr (BuntanItem) copy = NULL;
  const char *references[] = { "ガイドライン 第6.0版", NULL };

  buntan_item_set_title (item, "資産台帳");
  buntan_item_set_section_title (item, "体制・資産");
  buntan_item_set_references (item, references);
  buntan_item_set_first_check_date (item, "2026-10-01");
  buntan_item_set_custom (item, TRUE);

  copy = buntan_item_copy (item);
  g_assert_cmpstr (buntan_item_get_id (copy), ==, "P1-B-2");
  g_assert_cmpuint (buntan_item_get_part (copy), ==, 1);
  g_assert_cmpstr (buntan_item_get_title (copy), ==, "資産台帳");
  g_assert_cmpstr (buntan_item_get_section_title (copy), ==, "体制・資産");
  g_assert_cmpstr (buntan_item_get_references (copy)[0], ==, "ガイドライン 第6.0版");
  g_assert_cmpstr (buntan_item_get_first_check_date (copy), ==, "2026-10-01");
  g_assert_true (buntan_item_get_custom (copy));

  /* A copy, not a shared object. */
  buntan_item_set_title (copy, "別");
  g_assert_cmpstr (buntan_item_get_title (item), ==, "資産台帳");
}

static void
test_labels (void)
{
  g_assert_cmpstr (buntan_item_status_to_string (BUNTAN_ITEM_STATUS_NOT_APPLICABLE), ==,
                   "not-applicable");
  g_assert_cmpstr (buntan_contract_kind_to_string (BUNTAN_CONTRACT_KIND_CLOUD), ==, "cloud");
  g_assert_cmpstr (buntan_check_result_to_string (BUNTAN_CHECK_RESULT_UNSET), ==, "unset");
  g_assert_cmpstr (buntan_item_status_get_label (BUNTAN_ITEM_STATUS_AGREED), ==, "Agreed");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/buntan/item/notifications", test_notifications);
  g_test_add_func ("/buntan/item/empty-means-unset", test_empty_means_unset);
  g_test_add_func ("/buntan/item/marks", test_marks);
  g_test_add_func ("/buntan/item/set-participant", test_set_participant);
  g_test_add_func ("/buntan/item/copy", test_copy);
  g_test_add_func ("/buntan/item/labels", test_labels);

  return g_test_run ();
}
