/* buntan-overview.c — what a project adds up to: the matrix, its gaps, the counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "buntan-core.h"

/* Index 0 of the per-part arrays is both Parts together. */
#define N_SCOPES 3
#define N_MARKS (BUNTAN_MARK_INFORMED + 1)

/* The one home of every derived fact: the views, meeting mode, the CLI and
 * the export read these numbers instead of counting, so they cannot differ.
 * HACKING.md ("Counting rules") says what each count counts. */
struct _BuntanOverview
{
  GObject parent_instance;

  BuntanProject *project;
  BuntanMatrix  *matrix; /* Part 1 rows first, then Part 2 */
  gboolean       stale;
  guint          idle_id; /* emits "changed" once a burst of changes is over */

  guint      first_row[N_SCOPES];
  guint      items[N_SCOPES];
  guint      statuses[N_SCOPES][BUNTAN_N_ITEM_STATUSES];
  guint      joint[N_SCOPES];
  guint      each[N_SCOPES];
  guint      undecided[N_SCOPES][BUNTAN_N_ITEM_STATUSES];
  guint      gaps[N_SCOPES];
  guint     *marks;    /* [scope][column][mark][status], n_columns wide */
  GPtrArray *warnings; /* BuntanWarning */
};

G_DEFINE_FINAL_TYPE (BuntanOverview, buntan_overview, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static guint *
mark_count (BuntanOverview *self, guint scope, guint column, BuntanMark mark, guint status)
{
  guint n_columns = buntan_matrix_get_n_columns (self->matrix);

  return &self->marks[((scope * n_columns + column) * N_MARKS + mark) * BUNTAN_N_ITEM_STATUSES +
                      status];
}

/* Fills @marks (one per column) as buntan_item_get_mark() would, from the
 * owner and the participants: a few look-ups an item, not one string
 * comparison a party (10,000 items × 20 parties took 70 ms that way). */
static void
find_marks (BuntanItem *item, GHashTable *columns, guint n_columns, BuntanMark *marks)
{
  const char *const *participants = buntan_item_get_participants (item);
  const char        *owner = buntan_item_get_owner (item);
  const char *const *informed = buntan_item_get_informed (item);
  gboolean           group = buntan_item_is_joint (item) || buntan_item_is_each (item);
  gpointer           column;

  memset (marks, 0, n_columns * sizeof *marks);
  if (owner != NULL && g_hash_table_lookup_extended (columns, owner, NULL, &column))
    marks[GPOINTER_TO_UINT (column)] = BUNTAN_MARK_LEAD;

  for (guint i = 0; participants != NULL && participants[i] != NULL; i++)
    if (g_hash_table_lookup_extended (columns, participants[i], NULL, &column) &&
        marks[GPOINTER_TO_UINT (column)] == BUNTAN_MARK_NONE)
      marks[GPOINTER_TO_UINT (column)] = group ? BUNTAN_MARK_LEAD : BUNTAN_MARK_SUPPORT;

  for (guint i = 0; informed != NULL && informed[i] != NULL; i++)
    if (g_hash_table_lookup_extended (columns, informed[i], NULL, &column) &&
        marks[GPOINTER_TO_UINT (column)] == BUNTAN_MARK_NONE)
      marks[GPOINTER_TO_UINT (column)] = BUNTAN_MARK_INFORMED;
}

static void
count_item (BuntanOverview *self, BuntanItem *item, const BuntanMark *marks, guint scope)
{
  BuntanItemStatus status = buntan_item_get_status (item);
  guint            n_columns = buntan_matrix_get_n_columns (self->matrix);

  self->items[scope]++;
  self->statuses[scope][status]++;

  /* 共同 is an owner, whoever shares it: the item is joint however few share
   * it (the check names it), never undecided. */
  if (buntan_item_is_joint (item))
    self->joint[scope]++;
  else if (buntan_item_is_each (item))
    self->each[scope]++;
  else if (buntan_item_get_owner (item) == NULL && status != BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    self->undecided[scope][status]++;

  if (buntan_matrix_item_has_gap (self->matrix, buntan_item_get_id (item)))
    self->gaps[scope]++;

  for (guint column = 0; column < n_columns; column++)
    (*mark_count (self, scope, column, marks[column], status))++;
}

/* TRUE when one of @vendor's contracts is of a kind @item concerns. */
static gboolean
item_concerns_contracts_of (BuntanItem *item, BuntanParty *vendor)
{
  GListModel *contracts = buntan_party_get_contracts (vendor);
  guint       n = g_list_model_get_n_items (contracts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanContract) contract = g_list_model_get_item (contracts, i);

      if (buntan_item_applies_to_kind (item, buntan_contract_get_kind (contract)))
        return TRUE;
    }

  return FALSE;
}

static void
add_stale_checks (BuntanOverview *self, BuntanItem *item)
{
  GListModel *checks = buntan_item_get_checks (item);
  guint       n_checks = g_list_model_get_n_items (checks);
  g_auto (GStrv) vendors = NULL;

  if (n_checks == 0)
    return;

  vendors = buntan_item_dup_confirming_parties (item, self->project);
  for (guint c = 0; c < n_checks; c++)
    {
      g_autoptr (BuntanCheck) check = g_list_model_get_item (checks, c);
      const char  *party_id = buntan_check_get_party (check);
      BuntanParty *party;

      if (buntan_check_is_empty (check) ||
          g_strv_contains ((const char *const *) vendors, party_id))
        continue;

      party = buntan_project_find_party (self->project, party_id);
      g_ptr_array_add (self->warnings,
                       buntan_warning_new (BUNTAN_WARNING_KIND_STALE_CHECK,
                                           buntan_item_get_id (item), party_id,
                                           buntan_item_get_title (item),
                                           party != NULL ? buntan_party_get_name (party) : NULL));
    }
}

/* A vendor without any contract gets one warning of its own instead of one
 * per item it leads: the contract is what is missing, not the item's scope.
 * An item that does not apply (対象外) concerns no contract. */
static void
add_leads_outside_contracts (BuntanOverview *self, BuntanItem *item)
{
  GListModel *parties = buntan_project_get_parties (self->project);
  guint       n = g_list_model_get_n_items (parties);

  if (buntan_item_get_status (item) == BUNTAN_ITEM_STATUS_NOT_APPLICABLE)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);
      const char *party_id = buntan_party_get_id (party);

      if (buntan_party_is_hospital (party) ||
          g_list_model_get_n_items (buntan_party_get_contracts (party)) == 0 ||
          buntan_item_get_mark (item, party_id) != BUNTAN_MARK_LEAD ||
          item_concerns_contracts_of (item, party))
        continue;

      g_ptr_array_add (self->warnings,
                       buntan_warning_new (BUNTAN_WARNING_KIND_LEAD_OUTSIDE_CONTRACTS,
                                           buntan_item_get_id (item), party_id,
                                           buntan_item_get_title (item),
                                           buntan_party_get_name (party)));
    }
}

static void
add_vendors_without_contract (BuntanOverview *self)
{
  GListModel *parties = buntan_project_get_parties (self->project);
  guint       n = g_list_model_get_n_items (parties);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanParty) party = g_list_model_get_item (parties, i);

      if (buntan_party_is_hospital (party) ||
          g_list_model_get_n_items (buntan_party_get_contracts (party)) > 0)
        continue;

      g_ptr_array_add (self->warnings,
                       buntan_warning_new (BUNTAN_WARNING_KIND_VENDOR_WITHOUT_CONTRACT, NULL,
                                           buntan_party_get_id (party),
                                           buntan_party_get_name (party),
                                           buntan_party_get_name (party)));
    }
}

/* Warnings are shown, not counted as gaps: the items' warnings in item
 * order, then the vendors'. */
static void
find_warnings (BuntanOverview *self)
{
  GListModel *items = buntan_project_get_items (self->project);
  guint       n = g_list_model_get_n_items (items);

  g_ptr_array_set_size (self->warnings, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BuntanItem) item = g_list_model_get_item (items, i);

      add_stale_checks (self, item);
      add_leads_outside_contracts (self, item);
    }
  add_vendors_without_contract (self);
}

static void
recompute (BuntanOverview *self)
{
  g_autoptr (BuntanMatrix) matrix = NULL;
  g_autoptr (GHashTable) columns = NULL; /* party id → its column */
  g_autofree BuntanMark *marks = NULL;   /* of the row being counted */
  guint                  n_rows, n_columns;

  matrix = buntan_matrix_new (self->project, BUNTAN_MATRIX_FLAGS_INCLUDE_PART1);
  g_set_object (&self->matrix, matrix);
  self->stale = FALSE;

  n_rows = buntan_matrix_get_n_rows (matrix);
  n_columns = buntan_matrix_get_n_columns (matrix);
  memset (self->items, 0, sizeof self->items);
  memset (self->statuses, 0, sizeof self->statuses);
  memset (self->joint, 0, sizeof self->joint);
  memset (self->each, 0, sizeof self->each);
  memset (self->undecided, 0, sizeof self->undecided);
  memset (self->gaps, 0, sizeof self->gaps);
  g_free (self->marks);
  self->marks = g_new0 (guint, N_SCOPES * MAX (n_columns, 1) * N_MARKS * BUNTAN_N_ITEM_STATUSES);

  columns = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint column = 0; column < n_columns; column++)
    g_hash_table_insert (columns,
                         (gpointer) buntan_party_get_id (buntan_matrix_get_party (matrix, column)),
                         GUINT_TO_POINTER (column));
  marks = g_new (BuntanMark, MAX (n_columns, 1));

  for (guint row = 0; row < n_rows; row++)
    {
      BuntanItem *item = buntan_matrix_get_item (matrix, row);
      guint       part = buntan_item_get_part (item);

      /* The loader only lets Parts 1 and 2 through. */
      g_assert (part == 1 || part == 2);
      find_marks (item, columns, n_columns, marks);
      count_item (self, item, marks, 0);
      count_item (self, item, marks, part);
    }

  /* A vendor responsible for nothing belongs to no Part. */
  self->gaps[0] = buntan_matrix_get_gaps (matrix)->len;
  find_warnings (self);

  self->first_row[0] = 0;
  self->first_row[1] = 0;
  self->first_row[2] = self->items[1];
}

static gboolean
emit_changed_cb (gpointer data)
{
  BuntanOverview *self = data;

  self->idle_id = 0;
  if (self->stale)
    recompute (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (BuntanOverview *self)
{
  self->stale = TRUE;
  /* At the priority of events rather than of idles: still after the whole
   * burst (every change made in one dispatch), but never starved by a busy
   * loop of timeouts and redraws, which would leave every view stale. */
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, emit_changed_cb, self, NULL);
}

static void
ensure_current (BuntanOverview *self)
{
  if (self->stale)
    recompute (self);
}

static void
buntan_overview_dispose (GObject *object)
{
  BuntanOverview *self = (BuntanOverview *) object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (buntan_project_get_parties (self->project), self);
    }
  g_clear_object (&self->project);
  g_clear_object (&self->matrix);

  G_OBJECT_CLASS (buntan_overview_parent_class)->dispose (object);
}

static void
buntan_overview_finalize (GObject *object)
{
  BuntanOverview *self = (BuntanOverview *) object;

  g_clear_pointer (&self->marks, g_free);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (buntan_overview_parent_class)->finalize (object);
}

static void
buntan_overview_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BuntanOverview *self = BUNTAN_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_overview_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BuntanOverview *self = BUNTAN_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
buntan_overview_constructed (GObject *object)
{
  BuntanOverview *self = (BuntanOverview *) object;

  G_OBJECT_CLASS (buntan_overview_parent_class)->constructed (object);

  g_assert (BUNTAN_IS_PROJECT (self->project));
  g_signal_connect_swapped (self->project, "changed", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (buntan_project_get_parties (self->project), "items-changed",
                            G_CALLBACK (project_changed_cb), self);
  recompute (self);
}

static void
buntan_overview_class_init (BuntanOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = buntan_overview_constructed;
  object_class->dispose = buntan_overview_dispose;
  object_class->finalize = buntan_overview_finalize;
  object_class->get_property = buntan_overview_get_property;
  object_class->set_property = buntan_overview_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, BUNTAN_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BuntanOverview::changed:
   *
   * Emitted once after a burst of changes to the project, from an idle
   * callback, when the matrix, the gaps and the counts are up to date.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
buntan_overview_init (BuntanOverview *self)
{
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) buntan_warning_unref);
}

/**
 * buntan_overview_new:
 * @project: a project
 *
 * Returns: (transfer full): the overview of @project, kept up to date
 */
BuntanOverview *
buntan_overview_new (BuntanProject *project)
{
  g_return_val_if_fail (BUNTAN_IS_PROJECT (project), NULL);

  return g_object_new (BUNTAN_TYPE_OVERVIEW, "project", project, NULL);
}

/**
 * buntan_overview_get_project:
 * @self: an overview
 *
 * Returns: (transfer none): the project summed up
 */
BuntanProject *
buntan_overview_get_project (BuntanOverview *self)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), NULL);

  return self->project;
}

/**
 * buntan_overview_update:
 * @self: an overview
 *
 * Brings the figures up to date now, if the project changed since. Every
 * getter does so itself: the CLI and the export never wait for a main loop.
 * "changed" is still emitted from the idle callback.
 */
void
buntan_overview_update (BuntanOverview *self)
{
  g_return_if_fail (BUNTAN_IS_OVERVIEW (self));

  ensure_current (self);
}

/**
 * buntan_overview_get_matrix:
 * @self: an overview
 *
 * Returns: (transfer none): the matrix, Part 1 rows included; a new matrix
 *   after each change, so keep a reference to read one consistently
 */
BuntanMatrix *
buntan_overview_get_matrix (BuntanOverview *self)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), NULL);

  ensure_current (self);
  return self->matrix;
}

/**
 * buntan_overview_get_first_row:
 * @self: an overview
 * @part: 1 or 2
 *
 * Returns: the matrix row of the Part's first item: a Part's rows follow
 *   each other, buntan_overview_count_items() of them
 */
guint
buntan_overview_get_first_row (BuntanOverview *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);

  ensure_current (self);
  return self->first_row[part];
}

/**
 * buntan_overview_get_gaps:
 * @self: an overview
 *
 * Returns: (transfer none) (element-type BuntanGap): every gap, item gaps in
 *   item order, then vendors responsible for nothing
 */
GPtrArray *
buntan_overview_get_gaps (BuntanOverview *self)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), NULL);

  ensure_current (self);
  return buntan_matrix_get_gaps (self->matrix);
}

/**
 * buntan_overview_get_warnings:
 * @self: an overview
 *
 * Returns: (transfer none) (element-type BuntanWarning): what is worth a look
 *   but is not a gap, in item order; worded by buntan_warning_describe()
 */
GPtrArray *
buntan_overview_get_warnings (BuntanOverview *self)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), NULL);

  ensure_current (self);
  return self->warnings;
}

gboolean
buntan_overview_item_has_gap (BuntanOverview *self, const char *item_id)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), FALSE);

  ensure_current (self);
  return buntan_matrix_item_has_gap (self->matrix, item_id);
}

/**
 * buntan_overview_count_items:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 *
 * Returns: the number of items, whatever their status
 */
guint
buntan_overview_count_items (BuntanOverview *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);

  ensure_current (self);
  return self->items[part];
}

guint
buntan_overview_count_status (BuntanOverview *self, guint part, BuntanItemStatus status)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);
  g_return_val_if_fail (status < BUNTAN_N_ITEM_STATUSES, 0);

  ensure_current (self);
  return self->statuses[part][status];
}

/**
 * buntan_overview_count_marks:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 * @column: a column of the matrix (0 is the hospital)
 * @mark: %BUNTAN_MARK_LEAD or %BUNTAN_MARK_SUPPORT
 *
 * Returns: the number of items where the party's cell holds @mark, 対象外
 *   items included
 */
guint
buntan_overview_count_marks (BuntanOverview *self, guint part, guint column, BuntanMark mark)
{
  guint count = 0;

  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);
  g_return_val_if_fail (mark < N_MARKS, 0);

  ensure_current (self);
  g_return_val_if_fail (column < buntan_matrix_get_n_columns (self->matrix), 0);

  for (guint status = 0; status < BUNTAN_N_ITEM_STATUSES; status++)
    count += *mark_count (self, part, column, mark, status);

  return count;
}

/**
 * buntan_overview_count_marks_in_status:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 * @column: a column of the matrix (0 is the hospital)
 * @mark: %BUNTAN_MARK_LEAD or %BUNTAN_MARK_SUPPORT
 * @status: a status
 *
 * Returns: the items of buntan_overview_count_marks() in @status
 */
guint
buntan_overview_count_marks_in_status (BuntanOverview  *self,
                                       guint            part,
                                       guint            column,
                                       BuntanMark       mark,
                                       BuntanItemStatus status)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);
  g_return_val_if_fail (mark < N_MARKS, 0);
  g_return_val_if_fail (status < BUNTAN_N_ITEM_STATUSES, 0);

  ensure_current (self);
  g_return_val_if_fail (column < buntan_matrix_get_n_columns (self->matrix), 0);
  return *mark_count (self, part, column, mark, status);
}

/**
 * buntan_overview_count_each:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 *
 * Returns: the number of items owned 各事業者（個別）, however many parties
 *   they name; like 共同 items, never undecided
 */
guint
buntan_overview_count_each (BuntanOverview *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);

  ensure_current (self);
  return self->each[part];
}

/**
 * buntan_overview_count_joint:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 *
 * Returns: the number of items owned 共同, however many share them
 */
guint
buntan_overview_count_joint (BuntanOverview *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);

  ensure_current (self);
  return self->joint[part];
}

/**
 * buntan_overview_count_undecided:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 *
 * Returns: the number of items nobody owns (未定), 対象外 items excepted
 */
guint
buntan_overview_count_undecided (BuntanOverview *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);

  ensure_current (self);
  return self->undecided[part][BUNTAN_ITEM_STATUS_OPEN] +
         self->undecided[part][BUNTAN_ITEM_STATUS_DISCUSSING] +
         self->undecided[part][BUNTAN_ITEM_STATUS_AGREED];
}

/**
 * buntan_overview_count_undecided_in_status:
 * @self: an overview
 * @part: 1 or 2, or 0 for both
 * @status: a status
 *
 * Returns: the items of buntan_overview_count_undecided() in @status: none
 *   for %BUNTAN_ITEM_STATUS_NOT_APPLICABLE
 */
guint
buntan_overview_count_undecided_in_status (BuntanOverview  *self,
                                           guint            part,
                                           BuntanItemStatus status)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);
  g_return_val_if_fail (status < BUNTAN_N_ITEM_STATUSES, 0);

  ensure_current (self);
  return self->undecided[part][status];
}

/**
 * buntan_overview_count_gaps:
 * @self: an overview
 * @part: 1 or 2, or 0 for every gap
 *
 * Returns: for a Part, the number of its items with at least one gap; for
 *   0, the number of gaps, vendors responsible for nothing included
 */
guint
buntan_overview_count_gaps (BuntanOverview *self, guint part)
{
  g_return_val_if_fail (BUNTAN_IS_OVERVIEW (self), 0);
  g_return_val_if_fail (part <= 2, 0);

  ensure_current (self);
  return self->gaps[part];
}
