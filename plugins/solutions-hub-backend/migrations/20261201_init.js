// @ts-check

/**
 * The Solutions Hub's own data; the tools themselves are catalog entities.
 * Times are epoch milliseconds (bigint), the same on SQLite and PostgreSQL.
 * Users and partners are full entity refs (`user:default/carla.dev`,
 * `group:default/contoso-solutions`), tools their entity refs.
 *
 * - `solutions_hub_favorites`: a user's favourite tools.
 * - `solutions_hub_ratings`: one rating per person per tool (1 to 5, an
 *   optional comment), editable; `partner_ref` is the rater's partner when
 *   rating, for "verified outcome" and for keeping raters anonymous to other
 *   partners. `id` is a surrogate key for cursors that must not carry who
 *   rated.
 * - `solutions_hub_launches`: every launch (tool, user, partner, time), the
 *   source of usage analytics and popularity.
 * - `solutions_hub_verifications`: a vendor expert's "verified" mark on a
 *   tool.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('solutions_hub_favorites', table => {
    table.string('user_ref', 255).notNullable();
    table.string('tool_ref', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.primary(['user_ref', 'tool_ref']);
    table.index(['user_ref', 'created_at'], 'solutions_hub_favorites_user_idx');
  });

  await knex.schema.createTable('solutions_hub_ratings', table => {
    table.bigIncrements('id').primary();
    table.string('tool_ref', 255).notNullable();
    table.string('user_ref', 255).notNullable();
    table.string('partner_ref', 255).nullable();
    table.integer('stars').notNullable();
    table.text('comment').nullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['tool_ref', 'user_ref'], {
      indexName: 'solutions_hub_ratings_tool_user_uq',
    });
    table.index(['tool_ref', 'updated_at'], 'solutions_hub_ratings_tool_idx');
  });

  await knex.schema.createTable('solutions_hub_launches', table => {
    table.bigIncrements('id').primary();
    table.string('tool_ref', 255).notNullable();
    table.string('user_ref', 255).notNullable();
    table.string('partner_ref', 255).nullable();
    table.bigInteger('launched_at').notNullable();
    table.index(['launched_at'], 'solutions_hub_launches_time_idx');
    table.index(['tool_ref', 'launched_at'], 'solutions_hub_launches_tool_idx');
  });

  await knex.schema.createTable('solutions_hub_verifications', table => {
    table.string('tool_ref', 255).primary();
    table.string('verified_by', 255).notNullable();
    table.bigInteger('verified_at').notNullable();
    table.text('note').nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('solutions_hub_verifications');
  await knex.schema.dropTable('solutions_hub_launches');
  await knex.schema.dropTable('solutions_hub_ratings');
  await knex.schema.dropTable('solutions_hub_favorites');
};
