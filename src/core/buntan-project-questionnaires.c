/* buntan-project-questionnaires.c — the questionnaires a project sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list lives on the project (buntan-project.c makes and frees it); the
 * file code reads and writes it (buntan-project-file-questionnaires.c), the
 * questionnaire workbook adds to it (buntan-export-questionnaire.c).
 */

#include "config.h"

#include "buntan-history-private.h"
#include "buntan-project-instance-private.h"
#include "buntan-project.h"
#include "buntan-questionnaire-private.h"

GListStore *
_buntan_project_get_questionnaire_store (BuntanProject *self)
{
  return self->questionnaires;
}

static void
questionnaire_notify_cb (BuntanProject *self, GParamSpec *pspec, BuntanQuestionnaire *questionnaire)
{
  _buntan_history_record_property (self->history, G_OBJECT (questionnaire), pspec);
  _buntan_project_mark_changed (self);
}

/* Few questionnaires, never removed: g_signal_connect_object() cuts the tie
 * when one outlives the project (the answers being reviewed hold theirs). */
static void
questionnaires_changed_cb (BuntanProject *self, guint position, guint removed, guint added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr (GObject) questionnaire =
        g_list_model_get_item (G_LIST_MODEL (self->questionnaires), i);

      _buntan_history_track (self->history, questionnaire);
      g_signal_connect_object (questionnaire, "notify", G_CALLBACK (questionnaire_notify_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/* The receipt of answers (`received`, `file`) is part of the step that
 * applied them: the history follows every questionnaire of the project. */
void
_buntan_project_watch_questionnaires (BuntanProject *self)
{
  g_signal_connect_object (self->questionnaires, "items-changed",
                           G_CALLBACK (questionnaires_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * buntan_project_get_questionnaires:
 * @self: a project
 *
 * Returns: (transfer none): the questionnaires sent, in the order sent
 */
GListModel *
buntan_project_get_questionnaires (BuntanProject *self)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  return G_LIST_MODEL (self->questionnaires);
}

/**
 * buntan_project_find_questionnaire:
 * @self: a project
 * @id: a questionnaire's id
 *
 * Returns: (transfer none) (nullable): the questionnaire
 */
BuntanQuestionnaire *
buntan_project_find_questionnaire (BuntanProject *self, const char *id)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->questionnaires)); i++)
    {
      g_autoptr (BuntanQuestionnaire) questionnaire =
        g_list_model_get_item (G_LIST_MODEL (self->questionnaires), i);

      if (g_strcmp0 (buntan_questionnaire_get_id (questionnaire), id) == 0)
        return questionnaire;
    }

  return NULL;
}

/**
 * buntan_project_add_questionnaire:
 * @self: a project
 * @questionnaire: one just sent
 *
 * Records @questionnaire; the project has unsaved changes. A record, not an
 * edit: undo does not take it back, as it does not unsend the workbook.
 */
void
buntan_project_add_questionnaire (BuntanProject *self, BuntanQuestionnaire *questionnaire)
{
  g_return_if_fail (BUNTAN_IS_PROJECT (self));
  g_return_if_fail (BUNTAN_IS_QUESTIONNAIRE (questionnaire));

  g_list_store_append (self->questionnaires, questionnaire);
  buntan_project_set_is_modified (self, TRUE);
}
