// @ts-check

/**
 * The Solutions Lab.
 *
 * Times are epoch milliseconds (bigint), so comparisons are the same on
 * SQLite and PostgreSQL.
 *
 * - `solutions_lab_engagements`: one row per engagement, its current stage
 *   and SLA clock. `version` is bumped by every change a decision depends on
 *   (decisions, checklist, assignment), so a decision taken on a stale view
 *   (`UPDATE … WHERE id = ? AND version = ?` touching no row) is refused.
 *   `sla_due_at` is when the current stage's SLA is breached (null while on
 *   hold or finished) and `sla_ms` the stage's SLA, so "at risk" and
 *   "breached" filter in SQL; `sla_notified` is the last SLA level people
 *   were told about in this stage.
 * - `solutions_lab_completed_stages`: the stages an engagement has passed
 *   (a send-back reopens the stages from its target on).
 * - `solutions_lab_checklist`: the exit criteria checked, with evidence.
 * - `solutions_lab_notes`: notes, shared with the partner or internal to the
 *   vendor.
 * - `solutions_lab_timeline`: the activity timeline (who, what, when).
 *   Decision rows carry the stage left (`stage_id`), the stage entered
 *   (`to_stage_id`), the time spent in the stage left and whether that
 *   breached its SLA, and `playbook_id` is repeated, so the funnel reads a
 *   partial index over (playbook, time) of the transitions only.
 * - `solutions_lab_outbox`: points events waiting for delivery to partner
 *   points, written in the transaction of the decision that earned them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const isPostgres = String(knex.client.config.client).includes('pg');

  await knex.schema.createTable('solutions_lab_engagements', table => {
    table.string('id', 64).primary();
    table.string('partner_ref', 255).notNullable();
    table.string('playbook_id', 64).notNullable();
    table.string('path_id', 64).nullable();
    table.string('solution_name', 200).notNullable();
    table.text('description').notNullable();
    table.string('status', 16).notNullable();
    table.string('current_stage_id', 64).notNullable();
    table.bigInteger('stage_entered_at').notNullable();
    table.bigInteger('stage_paused_ms').notNullable().defaultTo(0);
    table.bigInteger('held_at').nullable();
    table.bigInteger('sla_ms').nullable();
    table.bigInteger('sla_due_at').nullable();
    table.string('sla_notified', 16).notNullable().defaultTo('none');
    table.string('assigned_expert_ref', 255).nullable();
    table.bigInteger('assigned_at').nullable();
    table.string('requested_by', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.bigInteger('finished_at').nullable();
    table.string('close_reason', 64).nullable();
    table.integer('version').notNullable();
    table.index(['partner_ref', 'created_at'], 'solutions_lab_eng_partner_idx');
    table.index(
      ['assigned_expert_ref', 'status'],
      'solutions_lab_eng_assignee_idx',
    );
    table.index(['status', 'sla_due_at'], 'solutions_lab_eng_sla_idx');
    table.index(
      ['playbook_id', 'current_stage_id', 'status'],
      'solutions_lab_eng_stage_idx',
    );
    table.index(['created_at', 'id'], 'solutions_lab_eng_created_idx');
  });

  await knex.schema.createTable('solutions_lab_completed_stages', table => {
    table
      .string('engagement_id', 64)
      .notNullable()
      .references('id')
      .inTable('solutions_lab_engagements')
      .onDelete('CASCADE');
    table.string('stage_id', 64).notNullable();
    table.bigInteger('completed_at').notNullable();
    table.string('completed_by', 255).notNullable();
    table.primary(['engagement_id', 'stage_id']);
  });

  await knex.schema.createTable('solutions_lab_checklist', table => {
    table
      .string('engagement_id', 64)
      .notNullable()
      .references('id')
      .inTable('solutions_lab_engagements')
      .onDelete('CASCADE');
    table.string('stage_id', 64).notNullable();
    table.string('item_id', 64).notNullable();
    table.boolean('checked').notNullable();
    table.text('evidence_url').nullable();
    table.string('evidence_label', 200).nullable();
    table.string('updated_by', 255).notNullable();
    table.bigInteger('updated_at').notNullable();
    table.primary(['engagement_id', 'stage_id', 'item_id']);
  });

  await knex.schema.createTable('solutions_lab_notes', table => {
    table.bigIncrements('id').primary();
    table
      .string('engagement_id', 64)
      .notNullable()
      .references('id')
      .inTable('solutions_lab_engagements')
      .onDelete('CASCADE');
    table.string('author_ref', 255).notNullable();
    table.string('visibility', 16).notNullable();
    table.text('body').notNullable();
    table.bigInteger('created_at').notNullable();
    table.index(['engagement_id', 'id'], 'solutions_lab_notes_eng_idx');
  });

  await knex.schema.createTable('solutions_lab_timeline', table => {
    table.bigIncrements('id').primary();
    table
      .string('engagement_id', 64)
      .notNullable()
      .references('id')
      .inTable('solutions_lab_engagements')
      .onDelete('CASCADE');
    table.string('playbook_id', 64).notNullable();
    table.string('partner_ref', 255).notNullable();
    table.string('stage_id', 64).notNullable();
    table.string('to_stage_id', 64).nullable();
    table.string('kind', 32).notNullable();
    table.string('decision', 16).nullable();
    table.string('reason', 64).nullable();
    table.string('actor_ref', 255).notNullable();
    table.string('visibility', 16).notNullable();
    table.bigInteger('occurred_at').notNullable();
    table.bigInteger('duration_ms').nullable();
    table.boolean('sla_breached').nullable();
    table.text('details').nullable();
    table.index(['engagement_id', 'id'], 'solutions_lab_tl_eng_idx');
  });
  // The funnel reads only the stage transitions (requests and decisions)
  // of one playbook in a date range: a partial index over just those rows,
  // covering on PostgreSQL so the scans never touch the table.
  if (isPostgres) {
    await knex.raw(
      `CREATE INDEX solutions_lab_tl_funnel_idx ON solutions_lab_timeline
         (playbook_id, occurred_at)
         INCLUDE (kind, stage_id, to_stage_id, decision, duration_ms, sla_breached)
         WHERE kind IN ('requested', 'decision')`,
    );
  } else {
    await knex.raw(
      `CREATE INDEX solutions_lab_tl_funnel_idx ON solutions_lab_timeline
         (playbook_id, occurred_at, kind, stage_id, to_stage_id, decision, duration_ms, sla_breached)
         WHERE kind IN ('requested', 'decision')`,
    );
  }

  await knex.schema.createTable('solutions_lab_outbox', table => {
    table.string('event_id', 255).primary();
    table.string('partner_ref', 255).notNullable();
    table.string('event_type', 64).notNullable();
    table.text('payload').notNullable();
    table.bigInteger('created_at').notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table.bigInteger('next_attempt_at').notNullable();
    table.string('lease_owner', 64).nullable();
    table.bigInteger('lease_until').nullable();
    table.bigInteger('delivered_at').nullable();
    table.text('last_error').nullable();
    table.index(['next_attempt_at'], 'solutions_lab_outbox_pending_idx', {
      predicate: knex.whereNull('delivered_at'),
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('solutions_lab_outbox');
  await knex.schema.dropTable('solutions_lab_timeline');
  await knex.schema.dropTable('solutions_lab_notes');
  await knex.schema.dropTable('solutions_lab_checklist');
  await knex.schema.dropTable('solutions_lab_completed_stages');
  await knex.schema.dropTable('solutions_lab_engagements');
};
