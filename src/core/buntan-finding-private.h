/* buntan-finding-private.h — what a gap and a warning share: a reference-counted record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* BuntanGap and BuntanWarning are the same kind of thing at two severities:
 * something found about an item or a vendor, made by the checks, shared by
 * the window, the CLI and the workbook, never changed once made. One macro
 * gives both their boxed type and reference counting; each keeps its own
 * fields (a struct with a `gatomicrefcount ref_count` member) and frees
 * them in @free_fields, called when the last reference goes. */
#define _BUNTAN_DEFINE_FINDING_TYPE(TypeName, type_name, free_fields)                              \
  G_DEFINE_BOXED_TYPE (TypeName, type_name, type_name##_ref, type_name##_unref)                    \
                                                                                                   \
  TypeName *type_name##_ref (TypeName *self)                                                       \
  {                                                                                                \
    g_return_val_if_fail (self != NULL, NULL);                                                     \
                                                                                                   \
    g_atomic_ref_count_inc (&self->ref_count);                                                     \
    return self;                                                                                   \
  }                                                                                                \
                                                                                                   \
  void type_name##_unref (TypeName *self)                                                          \
  {                                                                                                \
    g_return_if_fail (self != NULL);                                                               \
                                                                                                   \
    if (!g_atomic_ref_count_dec (&self->ref_count))                                                \
      return;                                                                                      \
                                                                                                   \
    free_fields (self);                                                                            \
    g_free (self);                                                                                 \
  }

G_END_DECLS
