// @ts-check

/**
 * Verified outcomes: a rating remembers which Solutions Lab stages the
 * rater's partner had completed when the person first rated the tool
 * (`stages_at_rating`, a JSON list of stage refs; null when the Lab could
 * not be read then). A tool stage completed since is a verified outcome.
 * The Lab reports completed stages without their dates, so the Hub keeps
 * the "before" itself.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('solutions_hub_ratings', table => {
    table.text('stages_at_rating').nullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('solutions_hub_ratings', table => {
    table.dropColumn('stages_at_rating');
  });
};
