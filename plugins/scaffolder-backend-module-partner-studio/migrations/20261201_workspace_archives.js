// @ts-check

/**
 * Workspace archives of scaffolder tasks: the zip of what a template
 * generated, kept so the user who ran it can download it (no Git host
 * needed). One row per task; `created_by` is the user entity ref of who ran
 * the task, the only user (with program admins) it is served to. Times are
 * epoch milliseconds.
 *
 * This module shares the scaffolder plugin's database, so its migrations are
 * tracked in their own table (see ArchiveStore), apart from the scaffolder's.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('partner_studio_workspace_archives', table => {
    table.string('task_id', 255).primary();
    table.string('file_name', 255).notNullable();
    table.string('created_by', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.string('template_ref', 255).nullable();
    table.bigInteger('size_bytes').notNullable();
    table.string('sha256', 64).notNullable();
    table.binary('content').notNullable();
    table.index(
      ['created_at'],
      'partner_studio_workspace_archives_created_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('partner_studio_workspace_archives');
};
