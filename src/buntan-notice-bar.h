/* buntan-notice-bar.h — a bar under the header that says something and offers buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BUNTAN_TYPE_NOTICE_BAR (buntan_notice_bar_get_type ())

G_DECLARE_DERIVABLE_TYPE (BuntanNoticeBar, buntan_notice_bar, BUNTAN, NOTICE_BAR, GtkWidget)

struct _BuntanNoticeBarClass
{
  GtkWidgetClass parent_class;
};

void
buntan_notice_bar_set_text (BuntanNoticeBar *self, const char *text);
const char *
buntan_notice_bar_get_text (BuntanNoticeBar *self);
GtkWidget *
buntan_notice_bar_add_button (BuntanNoticeBar *self, const char *label, const char *tooltip);

G_END_DECLS
