/* buntan-window-renewals.c — the reminder of the vendors' contracts that renew soon
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15: the vendors whose contracts renew within 90 days are pointed
 * out when the project opens, with the renewal round for them one click
 * away (the Versions dialog's question, those vendors ticked). Said once
 * per project opened, in a toast that takes no focus from the work.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "buntan-versions-dialog.h"
#include "buntan-view-util.h"
#include "buntan-window-private.h"

#define REMINDED_KEY "buntan-renewals-reminded"

/* win.renewal-round(as): the round question for the vendors given. */
static void
renewal_round_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  BuntanWindow           *self = BUNTAN_WINDOW (widget);
  g_autofree const char **vendors = g_variant_get_strv (parameter, NULL);
  BuntanVersionsDialog   *dialog;

  if (self->project == NULL || buntan_project_get_latest_version (self->project) == NULL)
    return;

  dialog = buntan_versions_dialog_new (GTK_WINDOW (self), self->project);
  gtk_window_present (GTK_WINDOW (dialog));
  buntan_versions_dialog_start_round (dialog, vendors);
}

void
_buntan_window_class_init_renewals (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.renewal-round", "as", renewal_round_action);
}

/* Called with the window's other actions: the first time a project is
 * seen, its contracts due within BUNTAN_DUE_RENEWAL_DAYS of today
 * (BUNTAN_TODAY in tests) are said. */
void
_buntan_window_remind_renewals (BuntanWindow *self)
{
  g_autofree char *today = NULL;
  g_autoptr (GPtrArray) due = NULL;
  g_autoptr (GString) title = NULL;
  g_autoptr (GStrvBuilder) vendors = NULL;
  g_auto (GStrv) vendor_ids = NULL;
  AdwToast *toast;

  if (self->project == NULL || g_object_get_data (G_OBJECT (self->project), REMINDED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (self->project), REMINDED_KEY, GINT_TO_POINTER (TRUE));

  today = buntan_date_today ();
  due = buntan_project_dup_due_renewals (self->project, today, BUNTAN_DUE_RENEWAL_DAYS);
  if (due->len == 0)
    return;

  title = g_string_new (NULL);
  vendors = g_strv_builder_new ();
  for (guint i = 0; i < due->len; i++)
    {
      BuntanContract  *contract = g_ptr_array_index (due, i);
      BuntanParty     *party = buntan_contract_get_party (contract);
      g_autofree char *sentence = buntan_contract_describe_due (contract);

      g_string_append_printf (title, "%s%s", i > 0 ? " " : "", sentence);
      if (party != NULL)
        g_strv_builder_add (vendors, buntan_party_get_id (party));
    }
  vendor_ids = g_strv_builder_end (vendors);

  /* A round renews the version in force: without one, nothing to offer. */
  if (buntan_project_get_latest_version (self->project) != NULL)
    {
      g_string_append_printf (title, " %s", _ ("Start a renewal round?"));
      toast = buntan_view_toast_new_plain (title->str);
      adw_toast_set_button_label (toast, _ ("_Start Round…"));
      adw_toast_set_action_name (toast, "win.renewal-round");
      adw_toast_set_action_target_value (toast,
                                         g_variant_new_strv ((const char *const *) vendor_ids, -1));
    }
  else
    {
      g_string_append_printf (title, " %s",
                              _ (
                                "A renewal round starts from an agreed version: agree one first."));
      toast = buntan_view_toast_new_plain (title->str);
    }
  adw_toast_set_timeout (toast, 10);
  _buntan_window_toast (self, toast);
}
