// @ts-check

/**
 * The points ledger.
 *
 * - `partner_points_events`: the append-only ledger of performance events.
 *   Times are epoch milliseconds (bigint) so the window filter is the same on
 *   SQLite and PostgreSQL. `payload` is the canonical event as JSON,
 *   `content_hash` its SHA-256, used to tell a replay from a conflicting
 *   re-use of an id.
 * - `partner_points_partners`: one row per partner with events. `revision`
 *   is bumped in the same transaction as every insert touching the partner
 *   (the ledger revision that keys the standing cache); `evaluated_revision`,
 *   `last_tier` and `last_total_points` record the last standing evaluated
 *   after an ingestion, to detect tier changes across replicas.
 * - `partner_points_snapshots`: the standing over time (scheduled and on
 *   tier change).
 * - `partner_points_meta`: small key/value facts (e.g. the demo data anchor).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('partner_points_events', table => {
    table.string('id', 255).primary();
    table.string('partner_id', 255).notNullable();
    table.string('type', 64).notNullable();
    table.bigInteger('occurred_at').notNullable();
    table.text('payload').notNullable();
    table.string('content_hash', 64).notNullable();
    table.bigInteger('ingested_at').notNullable();
    table.string('ingested_by', 255).nullable();
    table.index(
      ['partner_id', 'occurred_at'],
      'partner_points_events_partner_time_idx',
    );
  });

  await knex.schema.createTable('partner_points_partners', table => {
    table.string('partner_id', 255).primary();
    table.integer('revision').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.integer('evaluated_revision').notNullable().defaultTo(0);
    table.string('last_tier', 64).nullable();
    table.double('last_total_points').nullable();
  });

  await knex.schema.createTable('partner_points_snapshots', table => {
    table.bigIncrements('id').primary();
    table.string('partner_id', 255).notNullable();
    table.bigInteger('taken_at').notNullable();
    table.double('total_points').notNullable();
    table.string('tier', 64).notNullable();
    table.string('reason', 16).notNullable();
    table.integer('revision').notNullable();
    table.index(
      ['partner_id', 'taken_at'],
      'partner_points_snapshots_partner_time_idx',
    );
  });

  await knex.schema.createTable('partner_points_meta', table => {
    table.string('key', 255).primary();
    table.text('value').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('partner_points_meta');
  await knex.schema.dropTable('partner_points_snapshots');
  await knex.schema.dropTable('partner_points_partners');
  await knex.schema.dropTable('partner_points_events');
};
