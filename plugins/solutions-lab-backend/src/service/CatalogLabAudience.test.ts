import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DefaultPartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import { CatalogLabAudience } from './CatalogLabAudience';

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'vendor-experts', namespace: 'default' },
    spec: { type: 'vendor-experts', children: [] },
    relations: [{ type: 'hasMember', targetRef: 'user:default/erin.expert' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'program-admins', namespace: 'default' },
    spec: { type: 'program-admins', children: [] },
    relations: [{ type: 'hasMember', targetRef: 'user:default/paul.admin' }],
  },
  ...['erin.expert', 'paul.admin', 'carla.dev'].map(
    (name): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name, namespace: 'default' },
      spec: {},
      relations: name.endsWith('.expert')
        ? [{ type: 'memberOf', targetRef: 'group:default/vendor-experts' }]
        : [],
    }),
  ),
];

describe('CatalogLabAudience', () => {
  const catalog = catalogServiceMock({ entities });
  const auth = mockServices.auth();
  const audience = CatalogLabAudience.create({
    catalog,
    auth,
    directory: DefaultPartnerDirectoryService.create({
      auth,
      userInfo: mockServices.userInfo(),
      catalog,
      config: mockServices.rootConfig(),
      logger: mockServices.logger.mock(),
    }),
  });

  it('names the role groups', async () => {
    await expect(audience.expertRefs()).resolves.toEqual([
      'group:default/vendor-experts',
    ]);
    await expect(audience.programAdminRefs()).resolves.toEqual([
      'group:default/program-admins',
    ]);
  });

  it('knows who is an expert, from the catalog', async () => {
    await expect(audience.isExpert('user:default/erin.expert')).resolves.toBe(
      true,
    );
    await expect(audience.isExpert('user:default/paul.admin')).resolves.toBe(
      false,
    );
    await expect(audience.isExpert('user:default/nobody')).resolves.toBe(false);
  });
});
