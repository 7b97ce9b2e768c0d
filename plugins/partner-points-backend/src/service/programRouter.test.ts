/*
 * Running the program through the API, on SQLite and PostgreSQL, with the
 * real Partner Studio policy: adjustments and exemptions (granted, shown to
 * the partner, revoked, audited), the cohort benchmark and the program
 * overview.
 */
import type { PermissionsService } from '@backstage/backend-plugin-api';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  partnerStandingReadPermission,
  PARTNER_POINTS_SIGNAL_CHANNEL,
} from '@partner-studio/plugin-partner-studio-common';
import {
  createPartnerConditionalDecision,
  partnerConditions,
} from '@partner-studio/plugin-partner-studio-node';
import {
  otherCallers,
  personas,
  TEST_DATABASE_IDS,
  testGroup,
  testOrganization,
  withMemberships,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  daysAgo,
  daysAhead,
  eventually,
  partnerPath,
  partnerRef,
  startPointsBackend,
} from '../__testUtils__/testUtils';

jest.setTimeout(90_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const as = {
  nora: personas.nora.header,
  carla: personas.carla.header,
  cody: personas.cody.header,
  erin: personas.erin.header,
  paul: personas.paul.header,
  stranger: personas.stranger.header,
  service: otherCallers.service,
  none: otherCallers.none,
};

const NOT_FOUND = 'Partner not found';
const CONTOSO = 'contoso-solutions';

let seq = 0;
function deal(
  partnerName: string,
  businessModel: string,
  extra: Record<string, unknown> = {},
) {
  seq += 1;
  return {
    id: `program-evt-${seq}`,
    partnerId: partnerRef(partnerName),
    type: 'deal_won',
    occurredAt: daysAgo(10),
    businessModel,
    customerId: `customer-${seq}`,
    amount: 100_000,
    ...extra,
  };
}

function certifications(partnerName: string, quantity: number) {
  seq += 1;
  return {
    id: `program-evt-${seq}`,
    partnerId: partnerRef(partnerName),
    type: 'certification_earned',
    occurredAt: daysAgo(5),
    quantity,
    attributes: { certification: 'cloud-infrastructure-professional' },
  };
}

async function count(knex: Knex, table: string): Promise<number> {
  const [row] = await knex(table).count({ n: '*' });
  return Number(row.n);
}

describe.each(databases.eachSupportedId())(
  'running the program on %p',
  databaseId => {
    let knex: Knex;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    type Server = Parameters<typeof request>[0];

    function ingest(server: Server, events: unknown[]) {
      return request(server)
        .post('/api/partner-points/events')
        .set('Authorization', as.paul)
        .send({ events });
    }

    async function standingOf(server: Server, name: string) {
      const res = await request(server)
        .get(`${partnerPath(name)}/standing`)
        .set('Authorization', as.paul);
      expect(res.status).toBe(200);
      return res.body.standing;
    }

    function grant(
      server: Server,
      name: string,
      body: unknown,
      header = as.paul,
      what: 'adjustments' | 'exemptions' = 'adjustments',
    ) {
      return request(server)
        .post(`${partnerPath(name)}/${what}`)
        .set('Authorization', header)
        .send(body as object);
    }

    describe('adjustments', () => {
      it('a program admin grants one; the partner sees it with its reason, live; revoking it is recorded and deletes nothing', async () => {
        const auditor = mockServices.auditor.mock();
        const auditEvent = {
          success: jest.fn(async () => {}),
          fail: jest.fn(async () => {}),
        };
        auditor.createEvent.mockResolvedValue(auditEvent);
        const { server, publish } = await startPointsBackend(knex, {
          features: [auditor.factory],
        });
        await ingest(server, [
          deal(CONTOSO, 'solution-services'),
          deal(CONTOSO, 'solution-reseller'),
        ]).expect(200);
        await eventually(() => expect(publish).toHaveBeenCalled());
        const before = await standingOf(server, CONTOSO);
        publish.mockClear();

        const granted = await grant(server, CONTOSO, {
          points: 20,
          reason: 'Migration credit',
          expiresAt: daysAhead(120),
        });
        expect(granted.status).toBe(201);
        expect(granted.body).toMatchObject({
          id: expect.stringMatching(/^adj-/),
          partnerRef: partnerRef(CONTOSO),
          points: 20,
          reason: 'Migration credit',
          status: 'active',
          grantedBy: personas.paul.userEntityRef,
        });

        // Carla (through Contoso's platform team) is told, and sees it.
        await eventually(() =>
          expect(publish).toHaveBeenCalledWith(
            expect.objectContaining({
              channel: PARTNER_POINTS_SIGNAL_CHANNEL,
              recipients: {
                type: 'user',
                entityRef: expect.arrayContaining([
                  personas.carla.userEntityRef,
                ]),
              },
              message: expect.objectContaining({
                partnerRef: partnerRef(CONTOSO),
                totalPoints: before.totalPoints + 20,
              }),
            }),
          ),
        );
        const mine = await request(server)
          .get('/api/partner-points/standing')
          .set('Authorization', as.carla);
        expect(mine.body.standing.totalPoints).toBe(before.totalPoints + 20);
        expect(mine.body.standing.adjustments).toEqual([
          expect.objectContaining({
            id: granted.body.id,
            points: 20,
            reason: 'Migration credit',
            counted: true,
          }),
        ]);
        const listed = await request(server)
          .get(`${partnerPath(CONTOSO)}/adjustments`)
          .set('Authorization', as.carla);
        expect(listed.status).toBe(200);
        expect(listed.body.items).toEqual([
          expect.objectContaining({
            points: 20,
            reason: 'Migration credit',
            status: 'active',
          }),
        ]);
        // Who granted it is for program admins.
        expect(listed.body.items[0].grantedBy).toBeUndefined();
        expect(auditor.createEvent).toHaveBeenCalledWith(
          expect.objectContaining({
            eventId: 'adjustment-grant',
            meta: { partnerRef: partnerRef(CONTOSO) },
          }),
        );
        expect(auditEvent.success).toHaveBeenCalledWith({
          meta: { adjustmentId: granted.body.id, points: 20 },
        });

        publish.mockClear();
        const revoked = await request(server)
          .post(`${partnerPath(CONTOSO)}/adjustments/${granted.body.id}/revoke`)
          .set('Authorization', as.paul)
          .send({ reason: 'Granted to the wrong partner' });
        expect(revoked.status).toBe(200);
        expect(revoked.body).toMatchObject({
          status: 'revoked',
          revocationReason: 'Granted to the wrong partner',
          revokedBy: personas.paul.userEntityRef,
          revokedAt: expect.any(String),
        });
        await eventually(() => expect(publish).toHaveBeenCalled());
        const after = await standingOf(server, CONTOSO);
        expect(after.totalPoints).toBe(before.totalPoints);
        expect(after.adjustments).toEqual([]);
        // Still listed, with the revocation; nothing deleted.
        const history = await request(server)
          .get(`${partnerPath(CONTOSO)}/adjustments`)
          .set('Authorization', as.carla);
        expect(history.body.items).toEqual([
          expect.objectContaining({
            reason: 'Migration credit',
            status: 'revoked',
            revocationReason: 'Granted to the wrong partner',
          }),
        ]);
        expect(await count(knex, 'partner_points_adjustments')).toBe(1);
        expect(await count(knex, 'partner_points_revocations')).toBe(1);
        expect(auditor.createEvent).toHaveBeenCalledWith(
          expect.objectContaining({
            eventId: 'adjustment-revoke',
            meta: {
              partnerRef: partnerRef(CONTOSO),
              adjustmentId: granted.body.id,
            },
          }),
        );

        // Revoked once: a second revocation conflicts, and changes nothing.
        const again = await request(server)
          .post(`${partnerPath(CONTOSO)}/adjustments/${granted.body.id}/revoke`)
          .set('Authorization', as.paul)
          .send({ reason: 'Again' });
        expect(again.status).toBe(409);
        expect(auditEvent.fail).toHaveBeenCalled();
        expect(await count(knex, 'partner_points_revocations')).toBe(1);
      });

      it('adds to a business model the partner runs, and never below 0', async () => {
        const { server } = await startPointsBackend(knex);
        await ingest(server, [deal(CONTOSO, 'solution-reseller')]).expect(200);
        const before = await standingOf(server, CONTOSO);
        await grant(server, CONTOSO, {
          points: 15,
          reason: 'Reseller launch bonus',
          businessModel: 'solution-reseller',
        }).expect(201);
        const after = await standingOf(server, CONTOSO);
        expect(after.pointsByBusinessModel['solution-reseller']).toBe(
          before.pointsByBusinessModel['solution-reseller'] + 15,
        );
        await grant(server, CONTOSO, {
          points: -100_000,
          reason: 'Suspended pending an audit',
        }).expect(201);
        expect((await standingOf(server, CONTOSO)).totalPoints).toBe(0);
      });

      it('refuses everybody but program admins, and tells others nothing', async () => {
        const { server } = await startPointsBackend(knex, {
          assignments: {
            [personas.erin.userEntityRef]: [partnerRef(CONTOSO)],
          },
        });
        const body = { points: 20, reason: 'Migration credit' };
        for (const header of [as.carla, as.cody, as.erin, as.service]) {
          const res = await grant(server, CONTOSO, body, header);
          expect(res.status).toBe(403);
        }
        for (const header of [as.nora, as.stranger]) {
          const res = await grant(server, CONTOSO, body, header);
          expect(res.status).toBe(404);
          expect(res.body.error.message).toBe(NOT_FOUND);
        }
        await grant(server, CONTOSO, body, as.none).expect(401);
        const missing = await grant(server, 'no-such-partner', body);
        expect(missing.status).toBe(404);
        expect(missing.body.error.message).toBe(NOT_FOUND);
        expect(await count(knex, 'partner_points_adjustments')).toBe(0);

        // Reading: the partner's members and program admins only.
        const granted = await grant(server, CONTOSO, body).expect(201);
        const nora = await request(server)
          .get(`${partnerPath(CONTOSO)}/adjustments`)
          .set('Authorization', as.nora);
        expect(nora.status).toBe(404);
        expect(nora.body.error.message).toBe(NOT_FOUND);
        const revoke = (header: string, name = CONTOSO) =>
          request(server)
            .post(`${partnerPath(name)}/adjustments/${granted.body.id}/revoke`)
            .set('Authorization', header)
            .send({ reason: 'No' });
        await revoke(as.carla).expect(403);
        await revoke(as.nora).expect(404);
        // Another partner's path does not reach it.
        const elsewhere = await revoke(as.paul, 'northwind-cloud');
        expect(elsewhere.status).toBe(404);
        expect(elsewhere.body.error.message).toBe('Adjustment not found');
        expect(await count(knex, 'partner_points_revocations')).toBe(0);
      });

      it('refuses a bad grant listing every problem, and writes nothing', async () => {
        const { server } = await startPointsBackend(knex);
        const problems = await grant(server, CONTOSO, {
          points: 0,
          reason: ' ',
          expiresAt: daysAgo(1),
          businessModel: 'cloud-solution-provider',
        });
        expect(problems.status).toBe(400);
        for (const part of [
          'body.points: must not be 0',
          'body.reason: must not be blank',
          'body.expiresAt: must be after now',
          'body.businessModel: Contoso Solutions does not run cloud-solution-provider',
        ]) {
          expect(problems.body.error.message).toContain(part);
        }
        const shape = await grant(server, CONTOSO, {
          points: 'twenty',
          colour: 'blue',
        });
        expect(shape.status).toBe(400);
        expect(shape.body.error.message).toContain(
          'body.points: must be a number',
        );
        expect(shape.body.error.message).toContain('body.reason: is required');
        expect(shape.body.error.message).toContain(
          'body.colour: unknown field',
        );
        await grant(server, CONTOSO, { points: 200_000, reason: 'x' }).expect(
          400,
        );
        await request(server)
          .post(`${partnerPath(CONTOSO)}/adjustments`)
          .set('Authorization', as.paul)
          .set('Content-Type', 'application/json')
          .send('{"points": 20,')
          .expect(400);
        expect(await count(knex, 'partner_points_adjustments')).toBe(0);
        await request(server)
          .post(`${partnerPath(CONTOSO)}/adjustments/adj-nope/revoke`)
          .set('Authorization', as.paul)
          .send({ reason: 'Nothing to revoke' })
          .expect(404);
      });

      it('pages the list, newest first, with a cursor', async () => {
        const { server } = await startPointsBackend(knex);
        for (const reason of ['First', 'Second', 'Third']) {
          await grant(server, CONTOSO, { points: 1, reason }).expect(201);
        }
        const reasons: string[] = [];
        let cursor: string | undefined;
        do {
          const res = await request(server)
            .get(
              `${partnerPath(CONTOSO)}/adjustments?limit=2${
                cursor ? `&cursor=${cursor}` : ''
              }`,
            )
            .set('Authorization', as.carla);
          expect(res.status).toBe(200);
          reasons.push(...res.body.items.map((i: any) => i.reason));
          cursor = res.body.nextCursor;
        } while (cursor);
        expect(reasons).toEqual(['Third', 'Second', 'First']);
        await request(server)
          .get(`${partnerPath(CONTOSO)}/adjustments?cursor=nope`)
          .set('Authorization', as.carla)
          .expect(400);
      });
    });

    describe('exemptions', () => {
      const selectFloor = {
        kind: 'tier-requirement',
        tierId: 'select',
        requirementId: 'capability-floor',
      };

      it('waives a tier requirement until revoked, shown with its justification', async () => {
        const { server, publish } = await startPointsBackend(knex);
        // Points enough for Select, but no capability.
        await ingest(
          server,
          [1, 2, 3, 4].map(() =>
            deal('tailspin-resellers', 'solution-reseller', {
              amount: 1_000_000,
            }),
          ),
        ).expect(200);
        const before = await standingOf(server, 'tailspin-resellers');
        expect(before.totalPoints).toBeGreaterThanOrEqual(100);
        expect(before.tier).toBe('community');

        publish.mockClear();
        const granted = await grant(
          server,
          'tailspin-resellers',
          {
            target: selectFloor,
            reason: 'New partner: certifications booked for next quarter',
            until: daysAhead(60),
          },
          as.paul,
          'exemptions',
        );
        expect(granted.status).toBe(201);
        expect(granted.body).toMatchObject({
          id: expect.stringMatching(/^exm-/),
          target: selectFloor,
          description: expect.stringContaining('waived'),
          reason: 'New partner: certifications booked for next quarter',
          status: 'active',
          grantedBy: personas.paul.userEntityRef,
        });
        await eventually(() => expect(publish).toHaveBeenCalled());
        const waived = await standingOf(server, 'tailspin-resellers');
        expect(waived.tier).toBe('select');
        expect(waived.exemptions).toEqual([
          expect.objectContaining({
            id: granted.body.id,
            reason: 'New partner: certifications booked for next quarter',
            applied: true,
          }),
        ]);
        // The forecast says when the waiver ends and the tier with it.
        expect(waived.expiring).toContainEqual(
          expect.objectContaining({
            resultingTier: 'community',
            causes: [{ type: 'exemption-ends', id: granted.body.id }],
          }),
        );

        const revoked = await request(server)
          .post(
            `${partnerPath('tailspin-resellers')}/exemptions/${
              granted.body.id
            }/revoke`,
          )
          .set('Authorization', as.paul)
          .send({ reason: 'Certifications lapsed' });
        expect(revoked.status).toBe(200);
        expect(revoked.body.status).toBe('revoked');
        expect((await standingOf(server, 'tailspin-resellers')).tier).toBe(
          'community',
        );
        const listed = await request(server)
          .get(`${partnerPath('tailspin-resellers')}/exemptions`)
          .set('Authorization', as.paul);
        expect(listed.body.items).toEqual([
          expect.objectContaining({
            status: 'revoked',
            revocationReason: 'Certifications lapsed',
            revokedBy: personas.paul.userEntityRef,
          }),
        ]);
        await request(server)
          .post(
            `${partnerPath('tailspin-resellers')}/exemptions/${
              granted.body.id
            }/revoke`,
          )
          .set('Authorization', as.paul)
          .send({ reason: 'Again' })
          .expect(409);
        expect(await count(knex, 'partner_points_exemptions')).toBe(1);
      });

      it('refuses targets the program does not have, invitations and mixed targets', async () => {
        const { server } = await startPointsBackend(knex);
        const refuse = async (target: unknown, message: string) => {
          const res = await grant(
            server,
            CONTOSO,
            { target, reason: 'Because' },
            as.paul,
            'exemptions',
          );
          expect(res.status).toBe(400);
          expect(res.body.error.message).toContain(message);
        };
        await refuse(
          { kind: 'tier-requirement', tierId: 'select', requirementId: 'nope' },
          'body.target: Requirement nope of select is not part of program',
        );
        await refuse(
          {
            kind: 'tier-requirement',
            tierId: 'pinnacle',
            requirementId: 'invitation',
          },
          'invitation cannot be waived',
        );
        await refuse(
          { kind: 'metric', metricId: 'nope' },
          'body.target: Metric nope is not part of program',
        );
        await refuse(
          { kind: 'metric', metricId: 'certifications', tierId: 'select' },
          'a metric exemption takes metricId only',
        );
        await refuse(
          { kind: 'tier-requirement', tierId: 'select' },
          'body.target.requirementId: is required for kind tier-requirement',
        );
        await refuse({ kind: 'pillar' }, 'body.target.kind: must be one of');
        expect(await count(knex, 'partner_points_exemptions')).toBe(0);
        await grant(
          server,
          CONTOSO,
          {
            target: { kind: 'metric', metricId: 'certifications' },
            reason: 'A customer dip',
          },
          as.paul,
          'exemptions',
        ).expect(201);
        await grant(
          server,
          CONTOSO,
          { target: selectFloor, reason: 'Because' },
          as.carla,
          'exemptions',
        ).expect(403);
      });
    });

    describe('the cohort benchmark', () => {
      // Four more partners whose primary business model is Contoso's.
      const peers = ['litware', 'proseware', 'woodgrove', 'lucerne'];
      const entities = withMemberships([
        ...testOrganization,
        ...peers.map(name =>
          testGroup(name, {
            type: 'partner',
            title: `${name} partner`,
            parent: 'partners',
            annotations: {
              'partner-studio.io/business-models': 'solution-services',
              'partner-studio.io/admitted-at': '2020-01-01',
            },
          }),
        ),
      ]);

      async function seedCohort(server: Server) {
        await ingest(server, [
          deal(CONTOSO, 'solution-services', { amount: 60_000 }),
          ...peers.map((name, i) =>
            deal(name, 'solution-services', { amount: 10_000 * (i + 1) }),
          ),
        ]).expect(200);
      }

      it("gives a partner its own percentiles among its business model's partners, and nothing of the others", async () => {
        const { server, scheduler } = await startPointsBackend(knex, {
          entities,
        });
        const cohortOf = (header: string) =>
          request(server)
            .get(`${partnerPath(CONTOSO)}/cohort`)
            .set('Authorization', header);
        expect((await cohortOf(as.carla)).body).toEqual({
          partnerRef: partnerRef(CONTOSO),
          available: false,
          reason: 'not-ranked-yet',
          minimumSize: 5,
        });

        await seedCohort(server);
        // The scheduled run snapshots every partner, then ranks.
        await scheduler.triggerTask('partner-points-snapshots');
        const res = await cohortOf(as.carla);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          partnerRef: partnerRef(CONTOSO),
          available: true,
          minimumSize: 5,
          businessModel: 'solution-services',
          cohortSize: 5,
          snapshotTakenAt: expect.any(String),
          rankedAt: expect.any(String),
          overall: { percentile: 100 },
          pillars: expect.arrayContaining([
            { pillarId: 'sales', percentile: 100 },
          ]),
        });
        const text = JSON.stringify(res.body);
        for (const name of peers) expect(text).not.toContain(name);
        for (const pillar of res.body.pillars) {
          expect(Object.keys(pillar).sort()).toEqual([
            'percentile',
            'pillarId',
          ]);
        }

        // Another partner's members: the same answer as for no partner.
        const nora = await cohortOf(as.nora);
        expect(nora.status).toBe(404);
        expect(nora.body.error.message).toBe(NOT_FOUND);
        // The lowest of the cohort.
        const lowest = await request(server)
          .get(`${partnerPath('litware')}/cohort`)
          .set('Authorization', as.paul);
        expect(lowest.body.overall).toEqual({ percentile: 0 });
      });

      it('does not show a cohort smaller than the configured minimum', async () => {
        const { server, scheduler } = await startPointsBackend(knex, {
          entities,
          config: { partnerPoints: { cohorts: { minimumSize: 6 } } },
        });
        await seedCohort(server);
        await scheduler.triggerTask('partner-points-snapshots');
        const res = await request(server)
          .get(`${partnerPath(CONTOSO)}/cohort`)
          .set('Authorization', as.carla);
        expect(res.body).toEqual({
          partnerRef: partnerRef(CONTOSO),
          available: false,
          reason: 'cohort-too-small',
          minimumSize: 6,
          businessModel: 'solution-services',
        });
      });
    });

    describe('the program overview', () => {
      /** Northwind at Select only while a deal of 362 days ago counts. */
      function northwindAtRisk() {
        return [
          ...[1, 2, 3].map(() =>
            deal('northwind-cloud', 'cloud-solution-provider', {
              amount: 1_000_000,
              occurredAt: daysAgo(362),
            }),
          ),
          certifications('northwind-cloud', 20),
        ];
      }

      function overviewOf(server: Server, query = '', header = as.paul) {
        return request(server)
          .get(`/api/partner-points/overview${query}`)
          .set('Authorization', header);
      }

      it('counts tiers, partners at risk and within reach, for program admins', async () => {
        const { server, scheduler, publish } = await startPointsBackend(knex);
        await ingest(server, [
          ...northwindAtRisk(),
          // Contoso: capability met, some points short of Select.
          certifications(CONTOSO, 20),
        ]).expect(200);
        await eventually(() => expect(publish).toHaveBeenCalledTimes(2));
        await scheduler.triggerTask('partner-points-snapshots');

        const res = await overviewOf(server);
        expect(res.status).toBe(200);
        expect(res.body.partners).toBe(5);
        expect(res.body.tiers.map((t: any) => t.tier)).toEqual([
          'community',
          'select',
          'advanced',
          'principal',
          'pinnacle',
        ]);
        expect(
          res.body.tiers.reduce((sum: number, t: any) => sum + t.partners, 0),
        ).toBe(5);
        expect(res.body).toMatchObject({
          atRisk: 1,
          withinReach: expect.any(Number),
          withinReachSteps: 2,
          horizonDays: 90,
        });
        expect(res.body.quarters).toHaveLength(4);

        const atRisk = await request(server)
          .get('/api/partner-points/overview/partners?segment=at-risk')
          .set('Authorization', as.paul);
        expect(atRisk.body.items).toEqual([
          expect.objectContaining({
            partner: expect.objectContaining({
              entityRef: partnerRef('northwind-cloud'),
              title: 'Northwind Cloud',
            }),
            tier: 'select',
            dropsToTier: 'community',
            dropsOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
          }),
        ]);
        const reach = await request(server)
          .get('/api/partner-points/overview/partners?segment=within-reach')
          .set('Authorization', as.paul);
        expect(reach.body.items.map((i: any) => i.partner.entityRef)).toContain(
          partnerRef(CONTOSO),
        );
        expect(reach.body.items).toHaveLength(res.body.withinReach);
        for (const item of reach.body.items) {
          expect(item.planSteps).toBeLessThanOrEqual(2);
          expect(item.nextTier).toEqual(expect.any(String));
        }

        // Filters: by business model, by tier.
        const builders = await overviewOf(
          server,
          '?businessModel=solution-builder',
        );
        expect(builders.body.partners).toBe(2);
        const select = await overviewOf(server, '?tier=select');
        expect(select.body.partners).toBe(1);
        expect(select.body.atRisk).toBe(1);
        await overviewOf(server, '?tier=gold').expect(400);
        await overviewOf(server, '?partner=northwind').expect(400);
      });

      it('pages partners by title with a cursor, each linking to its standing', async () => {
        const { server, scheduler } = await startPointsBackend(knex);
        await scheduler.triggerTask('partner-points-snapshots');
        const titles: string[] = [];
        let cursor: string | undefined;
        let pages = 0;
        do {
          const res = await request(server)
            .get(
              `/api/partner-points/overview/partners?limit=2${
                cursor ? `&cursor=${cursor}` : ''
              }`,
            )
            .set('Authorization', as.paul);
          expect(res.status).toBe(200);
          titles.push(...res.body.items.map((i: any) => i.partner.title));
          cursor = res.body.nextCursor;
          pages++;
        } while (cursor);
        expect(pages).toBe(3);
        expect(titles).toEqual([
          'Adatum Systems',
          'Contoso Solutions',
          'Fabrikam Software',
          'Northwind Cloud',
          'Tailspin Resellers',
        ]);
        const first = await request(server)
          .get('/api/partner-points/overview/partners?limit=1')
          .set('Authorization', as.paul);
        await request(server)
          .get(
            `/api/partner-points/overview/partners?segment=at-risk&cursor=${first.body.nextCursor}`,
          )
          .set('Authorization', as.paul)
          .expect(400);
      });

      it('counts tier movements per quarter from the snapshots', async () => {
        const { server, scheduler } = await startPointsBackend(knex);
        await scheduler.triggerTask('partner-points-snapshots');
        const now = new Date();
        const quarter = Math.floor(now.getUTCMonth() / 3);
        const thisQuarter = Date.UTC(now.getUTCFullYear(), quarter * 3, 1);
        const lastQuarter = Date.UTC(
          now.getUTCFullYear(),
          (quarter - 1) * 3,
          1,
        );
        const day = 86_400_000;
        const snapshot = (name: string, takenAt: number, tier: string) => ({
          partner_ref: partnerRef(name),
          taken_at: takenAt,
          total_points: 0,
          tier,
          reason: 'scheduled',
          revision: 0,
        });
        await knex('partner_points_snapshots').insert([
          snapshot('fabrikam-software', lastQuarter - day, 'select'),
          snapshot('fabrikam-software', thisQuarter - day, 'advanced'),
          snapshot('tailspin-resellers', lastQuarter - day, 'advanced'),
          snapshot('tailspin-resellers', thisQuarter - day, 'select'),
          snapshot('adatum-systems', lastQuarter + day, 'select'),
        ]);
        const res = await overviewOf(server, '?quarters=2');
        const [previous] = res.body.quarters;
        expect(previous).toMatchObject({
          start: new Date(lastQuarter).toISOString(),
          end: new Date(thisQuarter).toISOString(),
          promoted: 1,
          demoted: 1,
          unchanged: 0,
        });
        expect(previous.transitions).toEqual(
          expect.arrayContaining([
            { from: 'select', to: 'advanced', partners: 1 },
            { from: 'advanced', to: 'select', partners: 1 },
            // Adatum had no snapshot when the quarter started.
            { to: 'select', partners: 1 },
          ]),
        );
      });

      it('is for program admins only', async () => {
        const { server, scheduler } = await startPointsBackend(knex, {
          assignments: {
            [personas.erin.userEntityRef]: [partnerRef(CONTOSO)],
          },
        });
        await scheduler.triggerTask('partner-points-snapshots');
        for (const header of [
          as.carla,
          as.cody,
          as.erin,
          as.stranger,
          as.service,
        ]) {
          await overviewOf(server, '', header).expect(403);
          await request(server)
            .get('/api/partner-points/overview/partners')
            .set('Authorization', header)
            .expect(403);
        }
        await overviewOf(server, '', as.none).expect(401);
      });

      it("filters every list in SQL by the policy's conditional decision", async () => {
        const allowed = [partnerRef(CONTOSO), partnerRef('northwind-cloud')];
        const permissions: PermissionsService = {
          authorize: async requests =>
            requests.map(() => ({ result: AuthorizeResult.ALLOW })),
          authorizeConditional: async queries =>
            queries.map(() =>
              createPartnerConditionalDecision(
                partnerStandingReadPermission,
                partnerConditions.isPartner({ partnerRefs: allowed }),
              ),
            ),
        };
        const { server, scheduler } = await startPointsBackend(knex, {
          permissions,
        });
        await ingest(server, northwindAtRisk()).expect(200);
        await scheduler.triggerTask('partner-points-snapshots');
        const res = await overviewOf(server);
        expect(res.body.partners).toBe(2);
        expect(res.body.atRisk).toBe(1);
        const listed = await request(server)
          .get('/api/partner-points/overview/partners')
          .set('Authorization', as.paul);
        expect(listed.body.items.map((i: any) => i.partner.entityRef)).toEqual([
          partnerRef(CONTOSO),
          partnerRef('northwind-cloud'),
        ]);
      });
    });

    describe('every persona', () => {
      // Erin is assigned to a Contoso engagement in the Lab; Ethan to none.
      const assignments = {
        [personas.erin.userEntityRef]: [partnerRef(CONTOSO)],
      };
      /** Who reads Contoso's decisions and cohort: its people, its expert, admins. */
      const readers = {
        carla: as.carla,
        cody: as.cody,
        erin: as.erin,
        paul: as.paul,
      };
      /** Who gets the same answer as for a partner that does not exist. */
      const outsiders = {
        nora: personas.nora.header,
        niko: personas.niko.header,
        felix: personas.felix.header,
        ethan: personas.ethan.header,
        stranger: as.stranger,
      };
      const reads = ['adjustments', 'exemptions', 'cohort'] as const;

      it("reads Contoso's adjustments, exemptions and cohort only as its people, its expert and program admins", async () => {
        const { server } = await startPointsBackend(knex, { assignments });
        await grant(server, CONTOSO, {
          points: 20,
          reason: 'Migration credit',
        }).expect(201);
        for (const what of reads) {
          const path = `${partnerPath(CONTOSO)}/${what}`;
          for (const [who, header] of Object.entries(readers)) {
            const res = await request(server)
              .get(path)
              .set('Authorization', header);
            expect({ who, what, status: res.status }).toEqual({
              who,
              what,
              status: 200,
            });
          }
          for (const [who, header] of Object.entries(outsiders)) {
            const res = await request(server)
              .get(path)
              .set('Authorization', header);
            expect({ who, what, status: res.status }).toEqual({
              who,
              what,
              status: 404,
            });
            expect(res.body.error.message).toBe(NOT_FOUND);
          }
          const missing = await request(server)
            .get(`${partnerPath('no-such-partner')}/${what}`)
            .set('Authorization', as.paul);
          expect(missing.status).toBe(404);
          expect(missing.body.error.message).toBe(NOT_FOUND);
          // Users' endpoints: a service token is refused, anonymous too.
          await request(server)
            .get(path)
            .set('Authorization', as.service)
            .expect(403);
          await request(server)
            .get(path)
            .set('Authorization', as.none)
            .expect(401);
          await request(server)
            .get(`${path}?colour=blue`)
            .set('Authorization', as.carla)
            .expect(400);
        }
        // Who granted it: only program admins see the audit's "who".
        for (const [who, header] of Object.entries(readers)) {
          const res = await request(server)
            .get(`${partnerPath(CONTOSO)}/adjustments`)
            .set('Authorization', header);
          expect({ who, grantedBy: res.body.items[0].grantedBy }).toEqual({
            who,
            grantedBy: who === 'paul' ? personas.paul.userEntityRef : undefined,
          });
        }
      });

      it('grants and revokes exemptions only as a program admin; bad input is refused and writes nothing', async () => {
        const { server } = await startPointsBackend(knex, { assignments });
        const body = {
          target: { kind: 'metric', metricId: 'certifications' },
          reason: 'A customer dip',
        };
        for (const header of [as.carla, as.cody, as.erin, as.service]) {
          await grant(server, CONTOSO, body, header, 'exemptions').expect(403);
        }
        for (const header of Object.values(outsiders)) {
          const res = await grant(server, CONTOSO, body, header, 'exemptions');
          expect(res.status).toBe(404);
          expect(res.body.error.message).toBe(NOT_FOUND);
        }
        await grant(server, CONTOSO, body, as.none, 'exemptions').expect(401);
        const bad = await grant(
          server,
          CONTOSO,
          { ...body, reason: '  ', until: daysAgo(3) },
          as.paul,
          'exemptions',
        );
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toContain(
          'body.reason: must not be blank',
        );
        expect(bad.body.error.message).toContain(
          'body.until: must be after now',
        );
        await grant(
          server,
          CONTOSO,
          { ...body, until: 'next spring' },
          as.paul,
          'exemptions',
        ).expect(400);
        expect(await count(knex, 'partner_points_exemptions')).toBe(0);

        const granted = await grant(
          server,
          CONTOSO,
          body,
          as.paul,
          'exemptions',
        ).expect(201);
        const revoke = (payload: unknown, header = as.paul, name = CONTOSO) =>
          request(server)
            .post(`${partnerPath(name)}/exemptions/${granted.body.id}/revoke`)
            .set('Authorization', header)
            .send(payload as object);
        for (const header of [as.carla, as.cody, as.erin, as.service]) {
          await revoke({ reason: 'No' }, header).expect(403);
        }
        for (const header of Object.values(outsiders)) {
          const res = await revoke({ reason: 'No' }, header);
          expect(res.status).toBe(404);
          expect(res.body.error.message).toBe(NOT_FOUND);
        }
        const blank = await revoke({ reason: ' ' });
        expect(blank.status).toBe(400);
        expect(blank.body.error.message).toContain('body.reason');
        await revoke({}).expect(400);
        await revoke({ reason: 'Lapsed', colour: 'blue' }).expect(400);
        const elsewhere = await revoke(
          { reason: 'No' },
          as.paul,
          'northwind-cloud',
        );
        expect(elsewhere.status).toBe(404);
        expect(elsewhere.body.error.message).toBe('Exemption not found');
        expect(await count(knex, 'partner_points_revocations')).toBe(0);
        // And the exemption still counts for Contoso.
        const listed = await request(server)
          .get(`${partnerPath(CONTOSO)}/exemptions`)
          .set('Authorization', as.carla);
        expect(listed.body.items).toEqual([
          expect.objectContaining({
            status: 'active',
            reason: 'A customer dip',
          }),
        ]);
        // A revocation of an adjustment without a reason writes nothing either.
        const adjustment = await grant(server, CONTOSO, {
          points: 5,
          reason: 'Event credit',
        }).expect(201);
        await request(server)
          .post(
            `${partnerPath(CONTOSO)}/adjustments/${adjustment.body.id}/revoke`,
          )
          .set('Authorization', as.paul)
          .send({ reason: '' })
          .expect(400);
        expect(await count(knex, 'partner_points_revocations')).toBe(0);
      });

      it("refuses the overview's bad queries and every caller but program admins", async () => {
        const { server, scheduler } = await startPointsBackend(knex, {
          assignments,
        });
        await scheduler.triggerTask('partner-points-snapshots');
        for (const header of [...Object.values(outsiders), as.cody]) {
          await request(server)
            .get('/api/partner-points/overview')
            .set('Authorization', header)
            .expect(403);
        }
        for (const query of [
          '?segment=falling',
          '?limit=0',
          '?limit=1000',
          '?cursor=nope',
          '?businessModel=wholesale',
        ]) {
          const res = await request(server)
            .get(`/api/partner-points/overview/partners${query}`)
            .set('Authorization', as.paul);
          expect({ query, status: res.status }).toEqual({ query, status: 400 });
        }
        await request(server)
          .get('/api/partner-points/overview?quarters=0')
          .set('Authorization', as.paul)
          .expect(400);
        const ok = await request(server)
          .get(
            '/api/partner-points/overview/partners?businessModel=solution-services&tier=community',
          )
          .set('Authorization', as.paul);
        expect(ok.status).toBe(200);
        expect(ok.body.items.length).toBeGreaterThan(0);
        for (const item of ok.body.items) {
          expect(item.tier).toBe('community');
          expect(item.partner.businessModels).toContain('solution-services');
        }
      });
    });

    describe('standing at scale', () => {
      it('warms the standing cache after start and says so on /health', async () => {
        const { server } = await startPointsBackend(knex);
        await eventually(async () => {
          const res = await request(server).get('/api/partner-points/health');
          expect(res.body).toEqual({
            status: 'ok',
            standingCache: { warm: true },
          });
        }, 30_000);
      });
    });
  },
);
