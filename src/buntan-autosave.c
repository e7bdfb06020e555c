/* buntan-autosave.c — when a window writes its recovery copy
 *
 * The copy itself is the core's (buntan-recovery.c: where it goes, what it
 * holds, which copies a crash left behind). Here is only the clock: while
 * the project has changes the copy does not hold, a copy is written every
 * minute (BUNTAN_AUTOSAVE_SECONDS in the environment changes that), and the
 * window asks for one whenever it loses the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-autosave.h"
#include "buntan-core.h"

struct _BuntanAutosave
{
  GObject parent_instance;

  BuntanRecovery *recovery;
  guint           timeout_id;
  guint           seconds;
};

G_DEFINE_FINAL_TYPE (BuntanAutosave, buntan_autosave, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PROJECT,
  PROP_FILE,
  N_PROPS
};

enum
{
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static guint
interval_seconds (void)
{
  const char *value = g_getenv ("BUNTAN_AUTOSAVE_SECONDS");
  guint64     seconds;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &seconds, NULL))
    return BUNTAN_AUTOSAVE_SECONDS;

  return (guint) seconds;
}

static void
stop_timer (BuntanAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

static gboolean
timeout_cb (gpointer user_data)
{
  BuntanAutosave *self = user_data;
  g_autoptr (GError) error = NULL;

  self->timeout_id = 0;
  if (!buntan_autosave_save_now (self, &error))
    g_signal_emit (self, signals[FAILED], 0, error->message);

  return G_SOURCE_REMOVE;
}

/* The first change the copy does not hold starts the clock; later changes
 * wait for the same copy. */
static void
recovery_pending_cb (BuntanAutosave *self)
{
  if (!buntan_recovery_get_pending (self->recovery))
    stop_timer (self);
  else if (self->timeout_id == 0)
    self->timeout_id = g_timeout_add_seconds (self->seconds, timeout_cb, self);
}

static void
recovery_notify_cb (BuntanAutosave *self, GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "project"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  else if (g_str_equal (pspec->name, "file"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
buntan_autosave_dispose (GObject *object)
{
  BuntanAutosave *self = (BuntanAutosave *) object;

  stop_timer (self);
  if (self->recovery != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->recovery, self);
      /* Going away deliberately (the window closed): the work was saved or
       * given up. A crash never gets here. */
      buntan_recovery_set_project (self->recovery, NULL);
    }
  g_clear_object (&self->recovery);

  G_OBJECT_CLASS (buntan_autosave_parent_class)->dispose (object);
}

static void
buntan_autosave_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanAutosave *self = BUNTAN_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, buntan_autosave_get_project (self));
      break;

    case PROP_FILE:
      g_value_set_object (value, buntan_autosave_get_file (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_autosave_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BuntanAutosave *self = BUNTAN_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      buntan_autosave_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_autosave_class_init (BuntanAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = buntan_autosave_dispose;
  object_class->get_property = buntan_autosave_get_property;
  object_class->set_property = buntan_autosave_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanAutosave::failed:
   * @self: the autosave
   * @message: what went wrong
   *
   * A copy written on the timer could not be written.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
buntan_autosave_init (BuntanAutosave *self)
{
  self->seconds = interval_seconds ();
  self->recovery = buntan_recovery_new ();
  g_signal_connect_object (self->recovery, "notify::pending", G_CALLBACK (recovery_pending_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->recovery, "notify", G_CALLBACK (recovery_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

BuntanAutosave *
buntan_autosave_new (void)
{
  return g_object_new (BUNTAN_TYPE_AUTOSAVE, NULL);
}

BuntanProject *
buntan_autosave_get_project (BuntanAutosave *self)
{
  g_return_val_if_fail (BUNTAN_IS_AUTOSAVE (self), NULL);

  return buntan_recovery_get_project (self->recovery);
}

/* A window shows another project only after its user saved the old one or
 * chose to give up its changes: the old copy goes. */
void
buntan_autosave_set_project (BuntanAutosave *self, BuntanProject *project)
{
  g_return_if_fail (BUNTAN_IS_AUTOSAVE (self));

  buntan_recovery_set_project (self->recovery, project);
}

/* Writes the copy now if the project has changes the copy does not hold
 * (the window calls this when it loses the focus). */
gboolean
buntan_autosave_save_now (BuntanAutosave *self, GError **error)
{
  g_return_val_if_fail (BUNTAN_IS_AUTOSAVE (self), FALSE);

  stop_timer (self);
  return buntan_recovery_write (self->recovery, error);
}

GFile *
buntan_autosave_get_file (BuntanAutosave *self)
{
  g_return_val_if_fail (BUNTAN_IS_AUTOSAVE (self), NULL);

  return buntan_recovery_get_file (self->recovery);
}

void
buntan_autosave_adopt (BuntanAutosave *self, GFile *copy)
{
  g_return_if_fail (BUNTAN_IS_AUTOSAVE (self));

  buntan_recovery_adopt (self->recovery, copy);
}

void
buntan_autosave_discard (BuntanAutosave *self)
{
  g_return_if_fail (BUNTAN_IS_AUTOSAVE (self));

  buntan_recovery_discard (self->recovery);
}
