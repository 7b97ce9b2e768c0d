// @ts-check
const { createHash } = require('node:crypto');

/**
 * Partners are identified by their group's full entity ref
 * (`group:default/contoso-solutions`), no longer by a bare name, which two
 * namespaces could share.
 *
 * - The `partner_id` columns become `partner_ref` and bare names become refs
 *   in the default namespace (the namespace every bare name meant).
 * - Each event's canonical payload gets the ref as its `partnerId` and a new
 *   content hash (SHA-256 of the payload, as the service computes it), so a
 *   replay of the same fact is still recognised as a duplicate.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const tables = [
    'partner_points_events',
    'partner_points_partners',
    'partner_points_snapshots',
  ];
  for (const table of tables) {
    await knex.schema.alterTable(table, t => {
      t.renameColumn('partner_id', 'partner_ref');
    });
    await knex(table)
      .whereNot('partner_ref', 'like', 'group:%')
      .update({
        partner_ref: knex.raw("'group:default/' || lower(partner_ref)"),
      });
  }

  // Payloads: in pages, by id.
  let after = '';
  for (;;) {
    const rows = await knex('partner_points_events')
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .select('id', 'partner_ref', 'payload');
    if (rows.length === 0) break;
    for (const row of rows) {
      const event = JSON.parse(row.payload);
      if (event.partnerId === row.partner_ref) continue;
      // Same key order: only the value changes.
      event.partnerId = row.partner_ref;
      const payload = JSON.stringify(event);
      await knex('partner_points_events')
        .where('id', row.id)
        .update({
          payload,
          content_hash: createHash('sha256').update(payload).digest('hex'),
        });
    }
    after = rows[rows.length - 1].id;
  }
};

/**
 * Back to bare names (the name part of each ref).
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  let after = '';
  for (;;) {
    const rows = await knex('partner_points_events')
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .select('id', 'payload');
    if (rows.length === 0) break;
    for (const row of rows) {
      const event = JSON.parse(row.payload);
      event.partnerId = String(event.partnerId).replace(/^group:[^/]+\//, '');
      const payload = JSON.stringify(event);
      await knex('partner_points_events')
        .where('id', row.id)
        .update({
          payload,
          content_hash: createHash('sha256').update(payload).digest('hex'),
        });
    }
    after = rows[rows.length - 1].id;
  }
  for (const table of [
    'partner_points_events',
    'partner_points_partners',
    'partner_points_snapshots',
  ]) {
    const refs = await knex(table).distinct('partner_ref');
    for (const { partner_ref: ref } of refs) {
      await knex(table)
        .where('partner_ref', ref)
        .update({ partner_ref: ref.replace(/^group:[^/]+\//, '') });
    }
    await knex.schema.alterTable(table, t => {
      t.renameColumn('partner_ref', 'partner_id');
    });
  }
};
