// @ts-check

/**
 * Running the program: adjustments and exemptions, the program overview and
 * the cohort benchmark.
 *
 * - `partner_points_adjustments`, `partner_points_exemptions`: program
 *   admins' decisions, append-only. A row is never updated or deleted;
 *   `granted_by` and `recorded_at` say who recorded it and when, `reason`
 *   why. Times are epoch milliseconds.
 * - `partner_points_revocations`: one row per revoked adjustment or
 *   exemption (its id is the primary key, so it is revoked once), with who,
 *   when and why. Revoking ends the decision's effect from `revoked_at`.
 * - `partner_points_snapshots` gain the points per pillar and the partner's
 *   primary business model (what the cohort benchmark ranks), and
 *   `seeded_by` for snapshots a development seeder wrote.
 * - `partner_points_standings`: the latest evaluated standing of each
 *   partner in a few columns (tier, points, the next tier and how far,
 *   the first tier drop the forecast shows), so the program overview
 *   filters, counts and pages in SQL.
 * - `partner_points_cohort_ranks`: each partner's percentiles among the
 *   partners of its primary business model, from the latest scheduled
 *   snapshots.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('partner_points_adjustments', table => {
    table.string('id', 64).primary();
    table.string('partner_ref', 255).notNullable();
    table.double('points').notNullable();
    table.string('business_model', 64).nullable();
    table.text('reason').notNullable();
    table.bigInteger('granted_at').notNullable();
    table.bigInteger('expires_at').nullable();
    table.bigInteger('recorded_at').notNullable();
    table.string('granted_by', 255).notNullable();
    table.index(
      ['partner_ref', 'granted_at'],
      'partner_points_adjustments_partner_idx',
    );
  });

  await knex.schema.createTable('partner_points_exemptions', table => {
    table.string('id', 64).primary();
    table.string('partner_ref', 255).notNullable();
    table.string('target_kind', 32).notNullable();
    table.string('tier_id', 64).nullable();
    table.string('requirement_id', 255).nullable();
    table.string('metric_id', 255).nullable();
    table.text('reason').notNullable();
    table.bigInteger('starts_at').notNullable();
    table.bigInteger('ends_at').nullable();
    table.bigInteger('recorded_at').notNullable();
    table.string('granted_by', 255).notNullable();
    table.index(
      ['partner_ref', 'starts_at'],
      'partner_points_exemptions_partner_idx',
    );
  });

  await knex.schema.createTable('partner_points_revocations', table => {
    table.string('decision_id', 64).primary();
    table.string('kind', 16).notNullable();
    table.string('partner_ref', 255).notNullable();
    table.bigInteger('revoked_at').notNullable();
    table.string('revoked_by', 255).notNullable();
    table.text('reason').notNullable();
    table.index(['partner_ref'], 'partner_points_revocations_partner_idx');
  });

  await knex.schema.alterTable('partner_points_snapshots', table => {
    table.text('points_by_pillar').nullable();
    table.string('business_model', 64).nullable();
    table.string('seeded_by', 255).nullable();
    table.index(
      ['reason', 'taken_at'],
      'partner_points_snapshots_reason_time_idx',
    );
  });

  await knex.schema.createTable('partner_points_standings', table => {
    table.string('partner_ref', 255).primary();
    table.string('title', 255).notNullable();
    // ",cloud-solution-provider,solution-services," — filtered with LIKE.
    table.string('business_models', 512).notNullable();
    table.string('primary_business_model', 64).nullable();
    table.string('tier', 64).notNullable();
    table.integer('tier_rank').notNullable();
    table.double('total_points').notNullable();
    table.string('next_tier', 64).nullable();
    table.double('points_to_next_tier').nullable();
    table.integer('plan_steps').nullable();
    table.string('drops_on', 10).nullable();
    table.string('drops_to_tier', 64).nullable();
    table.integer('revision').notNullable();
    table.bigInteger('evaluated_at').notNullable();
    table.index(['tier'], 'partner_points_standings_tier_idx');
    table.index(['drops_on'], 'partner_points_standings_drops_idx');
  });

  await knex.schema.createTable('partner_points_cohort_ranks', table => {
    table.string('partner_ref', 255).primary();
    table.string('business_model', 64).notNullable();
    table.integer('cohort_size').notNullable();
    table.bigInteger('snapshot_taken_at').notNullable();
    table.bigInteger('ranked_at').notNullable();
    table.double('overall_percentile').notNullable();
    table.text('pillar_percentiles').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('partner_points_cohort_ranks');
  await knex.schema.dropTable('partner_points_standings');
  await knex.schema.alterTable('partner_points_snapshots', table => {
    table.dropIndex(
      ['reason', 'taken_at'],
      'partner_points_snapshots_reason_time_idx',
    );
    table.dropColumn('seeded_by');
    table.dropColumn('business_model');
    table.dropColumn('points_by_pillar');
  });
  await knex.schema.dropTable('partner_points_revocations');
  await knex.schema.dropTable('partner_points_exemptions');
  await knex.schema.dropTable('partner_points_adjustments');
};
