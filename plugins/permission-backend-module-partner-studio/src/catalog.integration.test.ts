/*
 * The policy against the real catalog, as a partner portal runs it: the
 * catalog reads the organisation from its own locations (Users and Groups
 * allowed only there), asks the Partner Studio policy, and applies its
 * conditional decisions in its SQL.
 *
 * The policy is asked in-process rather than through the permission
 * backend: with the test backend's mock auth, a plugin's call on behalf of a
 * user looks like a direct user call, which the permission backend refuses
 * for resource permissions. The portal's own boot and browser tests cover
 * the permission backend in between.
 */
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import catalogModulePartnerStudio from '@partner-studio/plugin-catalog-backend-module-partner-studio';
import { DefaultPartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import { policyPermissions } from '@partner-studio/plugin-partner-studio-node/testUtils';
import { PartnerStudioPermissionPolicy } from './policy/PartnerStudioPermissionPolicy';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
  type TestBackend,
} from '@backstage/backend-test-utils';
import { TEST_DATABASE_IDS } from '@partner-studio/plugin-partner-studio-node/testUtils';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const as = (name: string) =>
  mockCredentials.user.header(`user:default/${name}`);

/** A small organisation in the catalog's YAML, split as the operator would. */
function writeCatalog(dir: string) {
  fs.writeFileSync(
    path.join(dir, 'org.yaml'),
    `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: vendor }
spec: { type: organization, children: [program-admins, vendor-experts, partners] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: program-admins }
spec: { type: program-admins, parent: vendor, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: vendor-experts }
spec: { type: vendor-experts, parent: vendor, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: partners }
spec: { type: partner-directory, parent: vendor, children: [northwind-cloud, contoso-solutions] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: northwind-cloud
  annotations: { partner-studio.io/business-models: cloud-solution-provider }
spec: { type: partner, parent: partners, children: [], profile: { email: alliances@northwind.example } }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: contoso-solutions
  annotations: { partner-studio.io/business-models: solution-services }
spec: { type: partner, parent: partners, children: [contoso-platform] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: contoso-platform }
spec: { type: team, parent: contoso-solutions, children: [] }
`,
  );
  const person = (name: string, group: string) => `
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ${name} }
spec: { memberOf: [${group}], profile: { email: ${name}@example.com } }
---`;
  fs.writeFileSync(
    path.join(dir, 'people.yaml'),
    [
      person('nora.dev', 'northwind-cloud'),
      person('carla.dev', 'contoso-platform'),
      person('cody.admin', 'contoso-solutions'),
      person('erin.expert', 'vendor-experts'),
      person('paul.admin', 'program-admins'),
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'public.yaml'),
    `
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: vendor-platform }
spec: { owner: group:default/vendor }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: contoso-integration }
spec: { type: service, lifecycle: experimental, owner: group:default/contoso-solutions }
`,
  );
  // A location a partner developer might try to slip in: a program-admins
  // group with herself as a member.
  fs.writeFileSync(
    path.join(dir, 'evil.yaml'),
    `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: program-admins, namespace: evil }
spec: { type: program-admins, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: nora.dev, namespace: evil }
spec: { memberOf: [group:evil/program-admins, group:default/program-admins] }
`,
  );
}

describe.each(databases.eachSupportedId())(
  'the policy with the catalog on %p',
  databaseId => {
    let backend: TestBackend;
    let dir: string;
    // A web server the catalog may read from, standing for a public Git host.
    let gitHost: http.Server;
    let evilUrl: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partner-studio-policy-'));
      writeCatalog(dir);
      gitHost = http.createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/yaml');
        res.end(fs.readFileSync(path.join(dir, 'evil.yaml')));
      });
      await new Promise<void>(resolve =>
        gitHost.listen(0, '127.0.0.1', resolve),
      );
      const { port } = gitHost.address() as AddressInfo;
      evilUrl = `http://127.0.0.1:${port}/org/evil.yaml`;
      const knex = await databases.init(databaseId);
      backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModulePartnerStudio,
          createServiceFactory({
            service: coreServices.permissions,
            deps: {
              auth: coreServices.auth,
              userInfo: coreServices.userInfo,
              catalog: catalogServiceRef,
              config: coreServices.rootConfig,
              logger: coreServices.logger,
            },
            factory: deps =>
              policyPermissions(
                PartnerStudioPermissionPolicy.create({
                  auth: deps.auth,
                  directory: DefaultPartnerDirectoryService.create(deps),
                  assignments: { assignedPartnerRefs: async () => [] },
                  templateActions: [],
                }),
              ),
          }),
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              backend: {
                reading: {
                  allow: [
                    {
                      host: `127.0.0.1:${
                        (gitHost.address() as AddressInfo).port
                      }`,
                    },
                  ],
                },
              },
              permission: { enabled: true },
              catalog: {
                rules: [{ allow: ['Component', 'System', 'API', 'Location'] }],
                locations: [
                  { type: 'file', target: path.join(dir, 'public.yaml') },
                  {
                    type: 'file',
                    target: path.join(dir, 'org.yaml'),
                    rules: [{ allow: ['Group'] }],
                  },
                  {
                    type: 'file',
                    target: path.join(dir, 'people.yaml'),
                    rules: [{ allow: ['User'] }],
                  },
                ],
                processingInterval: { seconds: 1 },
              },
            },
          }),
        ],
      });
      // The catalog processes its locations in the background.
      await waitFor(async () => {
        const res = await request(backend.server)
          .get(
            '/api/catalog/entities/by-query?filter=kind=user,kind=group,kind=component',
          )
          .set('Authorization', as('paul.admin'));
        return res.body.totalItems === 13;
      });
    });

    afterAll(async () => {
      await backend?.stop();
      gitHost?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    async function names(user: string, filter: string) {
      const res = await request(backend.server)
        .get(
          `/api/catalog/entities/by-query?filter=${filter}&fields=metadata.name&limit=100`,
        )
        .set('Authorization', as(user));
      expect(res.status).toBe(200);
      return res.body.items
        .map((e: { metadata: { name: string } }) => e.metadata.name)
        .sort();
    }

    it("shows a partner developer its own partner's people and the vendor's, never another partner's", async () => {
      expect(await names('nora.dev', 'kind=user')).toEqual([
        'erin.expert',
        'nora.dev',
        'paul.admin',
      ]);
      // Carla, in Contoso's sub-group, sees Contoso's people.
      expect(await names('carla.dev', 'kind=user')).toEqual([
        'carla.dev',
        'cody.admin',
        'erin.expert',
        'paul.admin',
      ]);
    });

    it("lists the vendor's groups and the partner's own, never another partner's", async () => {
      expect(await names('nora.dev', 'kind=group')).toEqual([
        'northwind-cloud',
        'program-admins',
        'vendor',
        'vendor-experts',
      ]);
      expect(await names('carla.dev', 'kind=group')).toEqual([
        'contoso-platform',
        'contoso-solutions',
        'program-admins',
        'vendor',
        'vendor-experts',
      ]);
    });

    it("answers not found for another partner's Group, User and entities", async () => {
      for (const entity of [
        'group/default/contoso-solutions',
        'user/default/carla.dev',
        'component/default/contoso-integration',
      ]) {
        const res = await request(backend.server)
          .get(`/api/catalog/entities/by-name/${entity}`)
          .set('Authorization', as('nora.dev'));
        expect({ entity, status: res.status }).toEqual({ entity, status: 404 });
      }
      const own = await request(backend.server)
        .get(
          '/api/catalog/entities/by-name/component/default/contoso-integration',
        )
        .set('Authorization', as('cody.admin'));
      expect(own.status).toBe(200);
      const vendor = await request(backend.server)
        .get('/api/catalog/entities/by-name/system/default/vendor-platform')
        .set('Authorization', as('nora.dev'));
      expect(vendor.status).toBe(200);
    });

    it('refuses catalog writes to partner members and experts, allows them to program admins', async () => {
      const group = await request(backend.server)
        .get('/api/catalog/entities/by-name/group/default/program-admins')
        .set('Authorization', as('paul.admin'));
      const uid = group.body.metadata.uid;
      for (const user of ['nora.dev', 'erin.expert']) {
        const register = await request(backend.server)
          .post('/api/catalog/locations')
          .set('Authorization', as(user))
          .send({ type: 'url', target: evilUrl });
        expect({ user, status: register.status }).toEqual({
          user,
          status: 403,
        });
        const remove = await request(backend.server)
          .delete(`/api/catalog/entities/by-uid/${uid}`)
          .set('Authorization', as(user));
        expect({ user, status: remove.status }).toEqual({ user, status: 403 });
        const refresh = await request(backend.server)
          .post('/api/catalog/refresh')
          .set('Authorization', as(user))
          .send({ entityRef: 'group:default/program-admins' });
        expect({ user, status: refresh.status }).toEqual({ user, status: 403 });
      }
      const expertReads = await names('erin.expert', 'kind=user');
      expect(expertReads).toHaveLength(5);
    });

    it('a program-admins Group from a registered location grants nothing', async () => {
      const register = await request(backend.server)
        .post('/api/catalog/locations')
        .set('Authorization', as('paul.admin'))
        .send({ type: 'url', target: evilUrl });
      expect(register.status).toBe(201);
      // The catalog refuses Users and Groups from that location; let it try.
      await new Promise(resolve => setTimeout(resolve, 3_000));
      const evil = await request(backend.server)
        .get('/api/catalog/entities/by-name/group/evil/program-admins')
        .set('Authorization', as('paul.admin'));
      expect(evil.status).toBe(404);
      const stillRefused = await request(backend.server)
        .post('/api/catalog/locations')
        .set('Authorization', as('nora.dev'))
        .send({ type: 'url', target: evilUrl });
      expect(stillRefused.status).toBe(403);
      const nora = await request(backend.server)
        .get('/api/catalog/entities/by-name/user/evil/nora.dev')
        .set('Authorization', as('paul.admin'));
      expect(nora.status).toBe(404);
      // Program admins may delete what they registered.
      const remove = await request(backend.server)
        .delete(`/api/catalog/locations/${register.body.location.id}`)
        .set('Authorization', as('paul.admin'));
      expect(remove.status).toBe(204);
    });
  },
);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the catalog did not settle');
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}
