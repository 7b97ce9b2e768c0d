import { TestDatabases } from '@backstage/backend-test-utils';
import {
  personas,
  TEST_DATABASE_IDS,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import {
  checkRequiredItems,
  currentItems,
  labClient,
  startLabBackend,
} from '../__testUtils__/labBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

describe.each(databases.eachSupportedId())(
  'decisions racing over HTTP on %p',
  databaseId => {
    it('apply exactly one of 50 parallel decisions on one engagement; the other 49 get 409', async () => {
      const knex = await databases.init(databaseId);
      const { server } = await startLabBackend(knex);
      const carla = labClient(server, personas.carla.header);
      const erin = labClient(server, personas.erin.header);
      const paul = labClient(server, personas.paul.header);
      const created = await carla.post('/engagements', {
        playbookId: 'solution-development',
        solutionName: 'Contoso Managed Kubernetes',
      });
      const id: string = created.body.id;
      await paul
        .put(`/engagements/${id}/assignment`, {
          expertRef: personas.erin.userEntityRef,
        })
        .expect(200);
      await checkRequiredItems(erin, id);
      const { version } = await currentItems(erin, id);

      // Half the deciders advance, half send it on hold, all on the same version.
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? erin : paul).post(`/engagements/${id}/decisions`, {
            decision: i % 4 < 2 ? 'advance' : 'hold',
            expectedVersion: version,
          }),
        ),
      );
      const statuses = answers.map(a => a.status);
      expect(statuses.filter(s => s === 200)).toHaveLength(1);
      expect(statuses.filter(s => s === 409)).toHaveLength(49);

      const after = await erin.get(`/engagements/${id}`);
      expect(after.body.version).toBe(version + 1);
      const decisions = after.body.timeline.filter(
        (t: { kind: string }) => t.kind === 'decision',
      );
      expect(decisions).toHaveLength(1);
      const winner = answers.find(a => a.status === 200)!.body;
      expect(decisions[0].decision).toBe(
        winner.status === 'on-hold' ? 'hold' : 'advance',
      );
      // An advance queues its stage's points once; a hold queues nothing.
      const [{ n }] = await knex('solutions_lab_outbox').count({ n: '*' });
      expect(Number(n)).toBe(decisions[0].decision === 'advance' ? 1 : 0);
    });
  },
);
