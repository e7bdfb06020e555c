/* buntan-item-search.c — finding items by their words, as a person types them
 *
 * The filter of a Part page looks for its text in an item's number (項番, as
 * "P2-A-4" or "A-4"), title, content, risk, recommended practice, contract
 * clause and note. Both sides are folded the same way: NFKC first, so that
 * full-width "ＳＬＡ" and half-width katakana find what they look like, then
 * case folding, so that "sla" finds "SLA".
 *
 * Folding every text of 10,000 items again on every key press took longer
 * than the typing: each item keeps its folded words (a private field of the
 * item, buntan-item-private.h) until one of its texts changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "buntan-core.h"
#include "buntan-item-private.h"
#include "buntan-item-search.h"

/**
 * buntan_search_fold:
 * @text: (nullable): words a person typed or an item holds
 *
 * Returns: (transfer full): @text in the form two texts are compared in:
 *   compatibility-normalized (NFKC) and case-folded
 */
char *
buntan_search_fold (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return g_strdup ("");

  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  /* Not valid UTF-8: nothing can be found in it. */
  if (normalized == NULL)
    return g_strdup ("");

  return g_utf8_casefold (normalized, -1);
}

static char *
fold_item (BuntanItem *item)
{
  g_autofree char *number =
    g_strdup_printf ("%s-%s", buntan_item_get_section (item), buntan_item_get_number (item));
  const char *texts[] = {
    buntan_item_get_id (item),     number,
    buntan_item_get_title (item),  buntan_item_get_content (item),
    buntan_item_get_risk (item),   buntan_item_get_recommended (item),
    buntan_item_get_clause (item), buntan_item_get_note (item),
  };
  g_autoptr (GString) words = g_string_new (NULL);

  /* A line break between the texts: typed into a one-line entry, no
   * search runs from one text into the next. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = buntan_search_fold (texts[i]);

      g_string_append (words, folded);
      g_string_append_c (words, '\n');
    }

  return g_string_free (g_steal_pointer (&words), FALSE);
}

/**
 * buntan_item_search_matches:
 * @item: an item
 * @folded_needle: what to look for, folded with buntan_search_fold()
 *
 * Returns: %TRUE if one of @item's texts holds @folded_needle
 */
gboolean
buntan_item_search_matches (BuntanItem *item, const char *folded_needle)
{
  const char *folded;

  g_return_val_if_fail (BUNTAN_IS_ITEM (item), FALSE);
  g_return_val_if_fail (folded_needle != NULL, FALSE);

  folded = _buntan_item_get_search_words (item);
  if (folded == NULL)
    {
      char *words = fold_item (item);

      _buntan_item_take_search_words (item, words);
      folded = words;
    }

  return strstr (folded, folded_needle) != NULL;
}
