/*
 * End to end: while a vendor expert is assigned to a partner's engagement,
 * the expert may read that partner's program standing in partner points.
 *
 * One test backend with the Lab, partner points and the real Partner Studio
 * policy. Nothing is stubbed in between: partner points' access model and
 * the policy both ask the Lab's real `GET /assignments/partners` on behalf
 * of the expert (the default expert assignments service, over HTTP).
 */
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import partnerPointsPlugin from '@partner-studio/plugin-partner-points-backend';
import {
  expertAssignmentsServiceRef,
  partnerDirectoryServiceRef,
} from '@partner-studio/plugin-partner-studio-node';
import {
  personas,
  policyPermissions,
  TEST_DATABASE_IDS,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { PartnerStudioPermissionPolicy } from '@partner-studio/plugin-permission-backend-module-partner-studio';
import type { Knex } from 'knex';
import request from 'supertest';
import { labClient } from '../__testUtils__/labBackend';
import { solutionsLabPlugin } from '../plugin';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

/** How long partner Studio reuses an expert's assignments (see expertAssignments.ts). */
const ASSIGNMENTS_CACHE_MS = 10_000;

describe.each(databases.eachSupportedId())(
  'an assigned expert reading a standing on %p',
  databaseId => {
    it("may read the partner's standing while assigned, and no other partner's", async () => {
      const knexes: Record<string, Knex> = {
        'solutions-lab': await databases.init(databaseId),
        'partner-points': await databases.init(databaseId),
      };
      const backend = await startTestBackend({
        features: [
          solutionsLabPlugin,
          partnerPointsPlugin,
          // Each plugin its own database, as in the portal.
          createServiceFactory({
            service: coreServices.database,
            deps: { plugin: coreServices.pluginMetadata },
            factory: ({ plugin }) =>
              mockServices.database({ knex: knexes[plugin.getId()] }),
          }),
          mockServices.rootConfig.factory({ data: testOrganizationConfig }),
          catalogServiceMock.factory({ entities: testOrganization }),
          // The real policy, asked in-process, with each plugin's own
          // directory and expert assignments (the Lab, over HTTP).
          createServiceFactory({
            service: coreServices.permissions,
            deps: {
              auth: coreServices.auth,
              directory: partnerDirectoryServiceRef,
              assignments: expertAssignmentsServiceRef,
            },
            factory: ({ auth, directory, assignments }) =>
              policyPermissions(
                PartnerStudioPermissionPolicy.create({
                  auth,
                  directory,
                  assignments,
                  templateActions: [],
                }),
              ),
          }),
          createServiceFactory({
            service: coreServices.scheduler,
            deps: {},
            factory: () => mockServices.scheduler(),
          }),
          createServiceFactory({
            service: notificationService,
            deps: {},
            factory: () => ({ send: async () => {} }),
          }),
          createServiceFactory({
            service: signalsServiceRef,
            deps: {},
            factory: () => ({ publish: async () => {} }),
          }),
        ],
      });
      const server = backend.server;
      const standing = (who: keyof typeof personas, partner: string) =>
        request(server)
          .get(`/api/partner-points/partners/default/${partner}/standing`)
          .set('Authorization', personas[who].header);
      const lab = {
        carla: labClient(server, personas.carla.header),
        nora: labClient(server, personas.nora.header),
        paul: labClient(server, personas.paul.header),
        erin: labClient(server, personas.erin.header),
      };

      const contoso = await lab.carla.post('/engagements', {
        playbookId: 'solution-development',
        solutionName: 'Contoso Managed Kubernetes',
      });
      expect(contoso.status).toBe(201);
      const northwind = await lab.nora.post('/engagements', {
        playbookId: 'solution-development',
        solutionName: 'Northwind Cloud Disaster Recovery',
      });
      expect(northwind.status).toBe(201);
      await lab.paul
        .put(`/engagements/${contoso.body.id}/assignment`, {
          expertRef: personas.erin.userEntityRef,
        })
        .expect(200);
      await lab.paul
        .put(`/engagements/${northwind.body.id}/assignment`, {
          expertRef: personas.ethan.userEntityRef,
        })
        .expect(200);

      const erinOnContoso = await standing('erin', 'contoso-solutions');
      expect(erinOnContoso.status).toBe(200);
      expect(erinOnContoso.body.partner.entityRef).toBe(
        'group:default/contoso-solutions',
      );
      expect((await standing('ethan', 'contoso-solutions')).status).toBe(404);
      expect((await standing('erin', 'northwind-cloud')).status).toBe(404);
      expect((await standing('ethan', 'northwind-cloud')).status).toBe(200);
      const list = await request(server)
        .get('/api/partner-points/partners')
        .set('Authorization', personas.erin.header);
      expect(list.status).toBe(200);
      expect(
        list.body.items.map((p: { entityRef: string }) => p.entityRef),
      ).toEqual(['group:default/contoso-solutions']);

      // Closing the engagement ends the assignment, and with it the access
      // (once the briefly cached assignments expire).
      const { body } = await lab.erin.get(`/engagements/${contoso.body.id}`);
      await lab.erin
        .post(`/engagements/${contoso.body.id}/decisions`, {
          decision: 'close',
          reason: 'partner-withdrew',
          expectedVersion: body.version,
        })
        .expect(200);
      expect((await lab.erin.get('/assignments/partners')).body).toEqual({
        partnerRefs: [],
      });
      await new Promise(resolve =>
        setTimeout(resolve, ASSIGNMENTS_CACHE_MS + 200),
      );
      expect((await standing('erin', 'contoso-solutions')).status).toBe(404);
      await backend.stop();
    });
  },
);
