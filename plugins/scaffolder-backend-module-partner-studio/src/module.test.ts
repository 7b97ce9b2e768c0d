import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import JSZip from 'jszip';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  TEST_DATABASE_IDS,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { templateEntity } from './__testUtils__/fixtures';
import { scaffolderModulePartnerStudio } from './module';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const as = {
  carla: mockCredentials.user.header('user:default/carla.dev'),
  nora: mockCredentials.user.header('user:default/nora.dev'),
  paul: mockCredentials.user.header('user:default/paul.admin'),
  service: mockCredentials.service.header(),
};

const running: Array<{ backend: { stop(): Promise<void> }; knex: Knex }> = [];

/**
 * How long the database must see no query before a test may end. The
 * scaffolder watches every task it runs for cancellation by reading the
 * task's events once a second (`StorageTaskBroker.registerCancellable`), in
 * a loop outside the backend's lifecycle: `stop()` does not end it, only a
 * read that sees the completion event does. Had the test ended before that
 * read, the read would run after `TestDatabases` closed the pool and fail
 * ("Unable to acquire a connection") as an unhandled rejection, which Jest
 * pins on whatever test of another file runs next in the same worker — the
 * empty failures that ArchiveStore.test.ts and zipDirectory.test.ts showed.
 */
const QUIET_MS = 1_500;

/**
 * Resolves once the database has seen no query for {@link QUIET_MS}, or
 * after 30 s (a task that never completed keeps being watched).
 */
async function untilQuiet(knex: Knex): Promise<void> {
  const deadline = Date.now() + 30_000;
  let last = Date.now();
  const seen = () => {
    last = Date.now();
  };
  knex.on('query', seen);
  try {
    while (Date.now() - last < QUIET_MS && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  } finally {
    knex.off('query', seen);
  }
}

// Stop each backend, then let the scaffolder's last reads finish while the
// database is still there.
afterEach(async () => {
  const stopping = running.splice(0);
  await Promise.all(stopping.map(({ backend }) => backend.stop()));
  await Promise.all(stopping.map(({ knex }) => untilQuiet(knex)));
});

type Server = Awaited<ReturnType<typeof startTestBackend>>['server'];

async function runTask(
  server: Server,
  templateRef: string,
  values: Record<string, string>,
) {
  const created = await request(server)
    .post('/api/scaffolder/v2/tasks')
    .set('Authorization', as.carla)
    .send({ templateRef, values });
  expect(created.status).toBe(201);
  const taskId: string = created.body.id;

  const deadline = Date.now() + 60_000;
  for (;;) {
    const task = await request(server)
      .get(`/api/scaffolder/v2/tasks/${taskId}`)
      .set('Authorization', as.carla);
    if (['completed', 'failed', 'cancelled'].includes(task.body.status)) {
      if (task.body.status !== 'completed') {
        const events = await request(server)
          .get(`/api/scaffolder/v2/tasks/${taskId}/events`)
          .set('Authorization', as.carla);
        throw new Error(
          `Task ${task.body.status}: ${JSON.stringify(
            events.body.map((e: { body: unknown }) => e.body),
          )}`,
        );
      }
      return { taskId, task: task.body };
    }
    if (Date.now() > deadline) throw new Error('Task did not finish');
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function download(server: Server, taskId: string, auth: string) {
  return request(server)
    .get(`/api/scaffolder/partner-studio/archives/${taskId}/content`)
    .set('Authorization', auth)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
}

describe.each(databases.eachSupportedId())(
  'the workspace archive on %p',
  databaseId => {
    async function startBackend() {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          scaffolderPlugin,
          scaffolderModulePartnerStudio,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({ data: testOrganizationConfig }),
          catalogServiceMock.factory({
            entities: [
              ...testOrganization,
              templateEntity('meridian-typescript-integration'),
              templateEntity('kubernetes-operator-helm-starter'),
            ],
          }),
        ],
      });
      running.push({ backend, knex });
      return backend.server;
    }

    it('runs the TypeScript template to completion and serves the zip to its author only', async () => {
      const server = await startBackend();
      const { taskId, task } = await runTask(
        server,
        'template:default/meridian-typescript-integration',
        {
          name: 'acme-compute-connector',
          description: 'Syncs Acme CMDB with Meridian Compute.',
          environment: 'staging',
          validationProfile: 'compute-ready-performance',
        },
      );
      expect(task.createdBy).toBe('user:default/carla.dev');

      // The template's output links to the Hub's download page.
      const events = await request(server)
        .get(`/api/scaffolder/v2/tasks/${taskId}/events`)
        .set('Authorization', as.carla);
      const completion = events.body.find(
        (e: { type: string }) => e.type === 'completion',
      );
      expect(completion.body.output.links).toEqual([
        {
          title: 'Download acme-compute-connector.zip',
          url: `/solutions-hub/downloads/${taskId}`,
        },
      ]);

      const meta = await request(server)
        .get(`/api/scaffolder/partner-studio/archives/${taskId}`)
        .set('Authorization', as.carla);
      expect(meta.status).toBe(200);
      expect(meta.body).toMatchObject({
        taskId,
        fileName: 'acme-compute-connector.zip',
        createdBy: 'user:default/carla.dev',
        templateRef: 'template:default/meridian-typescript-integration',
      });

      const zipResponse = await download(server, taskId, as.carla);
      expect(zipResponse.status).toBe(200);
      expect(zipResponse.headers['content-type']).toBe('application/zip');
      expect(zipResponse.headers['content-disposition']).toContain(
        'filename="acme-compute-connector.zip"',
      );
      const zip = await JSZip.loadAsync(zipResponse.body as Buffer);
      expect(
        Object.keys(zip.files)
          .filter(f => !f.endsWith('/'))
          .sort(),
      ).toEqual([
        '.env.example',
        '.gitignore',
        '.meridian/validation.yaml',
        'README.md',
        'package.json',
        'src/client.test.ts',
        'src/client.ts',
        'src/index.ts',
        'tsconfig.json',
      ]);
      const pkg = JSON.parse(await zip.file('package.json')!.async('string'));
      expect(pkg).toMatchObject({
        name: 'acme-compute-connector',
        description: 'Syncs Acme CMDB with Meridian Compute.',
      });
      const validation = await zip
        .file('.meridian/validation.yaml')!
        .async('string');
      expect(validation).toContain('profile: compute-ready-performance');
      expect(validation).toContain('maintainer: Carla Mendes');
      expect(validation).toContain('- performance-baseline');
      expect(await zip.file('.env.example')!.async('string')).toContain(
        'MERIDIAN_API_URL=https://staging-api.meridian.example/compute',
      );

      // Another partner's developer gets the answer of a task without an
      // archive; services are refused; a program admin may download it.
      const errorOf = (response: { body: Buffer }) =>
        JSON.parse(response.body.toString('utf8')).error;
      const refused = await download(server, taskId, as.nora);
      const missing = await download(server, 'no-such-task', as.nora);
      expect([refused.status, missing.status]).toEqual([404, 404]);
      expect(errorOf(refused)).toEqual({
        ...errorOf(missing),
        message: errorOf(missing).message.replace('no-such-task', taskId),
      });
      expect(errorOf(refused).name).toBe('NotFoundError');
      expect(
        (
          await request(server)
            .get(`/api/scaffolder/partner-studio/archives/${taskId}`)
            .set('Authorization', as.service)
        ).status,
      ).toBe(403);
      expect(
        (
          await request(server)
            .get(`/api/scaffolder/partner-studio/archives/${taskId}`)
            .set('Authorization', mockCredentials.none.header())
        ).status,
      ).toBe(401);
      expect((await download(server, taskId, as.paul)).status).toBe(200);
    });

    it('runs the operator template, leaving the Helm templates as they are', async () => {
      const server = await startBackend();
      const { taskId } = await runTask(
        server,
        'template:default/kubernetes-operator-helm-starter',
        {
          name: 'acme-backup-operator',
          kind: 'BackupPolicy',
          group: 'backup.acme.example',
          storageClass: 'meridian-vsan-encrypted',
        },
      );
      const zip = await JSZip.loadAsync(
        (
          await download(server, taskId, as.carla)
        ).body as Buffer,
      );
      const files = Object.keys(zip.files).filter(f => !f.endsWith('/'));
      expect(files).toEqual(
        expect.arrayContaining([
          'go.mod',
          'main.go',
          'controllers/reconciler.go',
          'charts/acme-backup-operator/Chart.yaml',
          'charts/acme-backup-operator/templates/deployment.yaml',
          '.meridian/operator-conformance.yaml',
        ]),
      );
      expect(
        await zip.file('controllers/reconciler.go')!.async('string'),
      ).toContain('type BackupPolicyReconciler struct');
      expect(
        await zip
          .file('charts/acme-backup-operator/templates/deployment.yaml')!
          .async('string'),
      ).toContain('replicas: {{ .Values.replicaCount }}');
      expect(
        await zip
          .file('charts/acme-backup-operator/values.yaml')!
          .async('string'),
      ).toContain('storageClass: meridian-vsan-encrypted');
    });
  },
);
