/* test-overview-view.c — the matrix, summary and chart share one way to hold a project's overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-matrix-view.h"
#include "buntan-status-chart.h"
#include "buntan-summary-view.h"
#include "views-test-util.h"

static void
count_cb (guint *count)
{
  (*count)++;
}

/* The summary hands its chart the same overview, whichever way it got it. */
static void
test_summary_chart_share (void)
{
  g_autoptr (BuntanProject) project = views_test_load_sample ();
  g_autoptr (BuntanOverview) overview = buntan_overview_new (project);
  g_autoptr (BuntanOverview) again = buntan_overview_new (project);
  GtkWidget          *view = g_object_ref_sink (buntan_summary_view_new ());
  BuntanOverviewView *chart =
    BUNTAN_OVERVIEW_VIEW (views_test_find_widget (view, BUNTAN_TYPE_STATUS_CHART, NULL));
  guint project_notes = 0;
  guint overview_notes = 0;

  g_assert_nonnull (chart);
  g_signal_connect_swapped (view, "notify::project", G_CALLBACK (count_cb), &project_notes);
  g_signal_connect_swapped (view, "notify::overview", G_CALLBACK (count_cb), &overview_notes);

  buntan_summary_view_set_overview (BUNTAN_SUMMARY_VIEW (view), overview);
  g_assert_true (buntan_overview_view_get_overview (chart) == overview);
  g_assert_true (buntan_overview_view_get_project (chart) == project);
  g_assert_cmpuint (project_notes, ==, 1);
  g_assert_cmpuint (overview_notes, ==, 1);

  /* Another overview of the same project: the project stays. */
  buntan_overview_view_set_overview (BUNTAN_OVERVIEW_VIEW (view), again);
  g_assert_true (buntan_overview_view_get_overview (chart) == again);
  g_assert_cmpuint (project_notes, ==, 1);
  g_assert_cmpuint (overview_notes, ==, 2);

  /* The same project given alone keeps the overview it has. */
  buntan_summary_view_set_project (BUNTAN_SUMMARY_VIEW (view), project);
  g_assert_true (buntan_overview_view_get_overview (chart) == again);
  g_assert_cmpuint (overview_notes, ==, 2);

  g_object_set (view, "project", NULL, NULL);
  g_assert_null (buntan_overview_view_get_overview (chart));
  g_assert_null (buntan_status_chart_get_project (BUNTAN_STATUS_CHART (chart)));
  g_assert_cmpuint (project_notes, ==, 2);

  g_assert_finalize_object (view);
}

typedef struct
{
  BuntanMatrixView *view;
  BuntanMatrix     *before;
} MatrixWait;

/* The view shows a matrix newer than @before, and the overview's. */
static gboolean
matrix_renewed (gpointer data)
{
  MatrixWait     *wait = data;
  BuntanMatrix   *shown = buntan_matrix_view_get_matrix (wait->view);
  BuntanOverview *overview = buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (wait->view));

  return shown != wait->before && shown == buntan_overview_get_matrix (overview);
}

/* A project given alone gets an overview of its own, and the view follows
 * its "changed". */
static void
test_matrix_follows_changes (void)
{
  g_autoptr (BuntanProject) project = views_test_load_sample ();
  GtkWidget  *view = g_object_ref_sink (buntan_matrix_view_new ());
  BuntanItem *item = buntan_project_find_item (project, "P2-A-7");
  g_autoptr (BuntanMatrix) before = NULL;
  BuntanOverview *overview;
  MatrixWait      wait;

  g_object_set (view, "project", project, NULL);
  overview = buntan_overview_view_get_overview (BUNTAN_OVERVIEW_VIEW (view));
  g_assert_nonnull (overview);
  g_assert_true (buntan_overview_get_project (overview) == project);
  g_assert_true (buntan_matrix_view_get_project (BUNTAN_MATRIX_VIEW (view)) == project);
  /* Held, so that a new matrix cannot take its address. */
  before = g_object_ref (buntan_matrix_view_get_matrix (BUNTAN_MATRIX_VIEW (view)));
  g_assert_true (before == buntan_overview_get_matrix (overview));

  g_assert_cmpstr (buntan_item_get_owner (item), !=, "v1");
  buntan_item_set_owner (item, "v1");
  wait.view = BUNTAN_MATRIX_VIEW (view);
  wait.before = before;
  g_assert_true (views_test_wait_for (matrix_renewed, &wait));

  g_assert_finalize_object (view);
}

int
main (int argc, char *argv[])
{
  views_test_init (&argc, &argv);

  g_test_add_func ("/buntan/overview-view/summary-chart-share", test_summary_chart_share);
  g_test_add_func ("/buntan/overview-view/matrix-follows-changes", test_matrix_follows_changes);

  return g_test_run ();
}
