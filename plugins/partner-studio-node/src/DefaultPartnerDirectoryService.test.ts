import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DefaultPartnerDirectoryService } from './DefaultPartnerDirectoryService';
import { partnerDirectoryServiceRef } from './partnerDirectoryServiceRef';
import { canReadPartner } from './access';
import type { PartnerDirectoryService } from './types';

function group(
  name: string,
  type: string,
  members: string[],
  annotations: Record<string, string> = {},
  title?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', annotations, title },
    spec: { type, children: [] },
    relations: members.map(m => ({
      type: 'hasMember',
      targetRef: `user:default/${m}`,
    })),
  };
}

const entities: Entity[] = [
  group(
    'northwind-cloud',
    'partner',
    ['nora.dev', 'niko.admin'],
    {
      'partner-studio.io/business-models':
        'cloud-solution-provider, solution-services',
      'partner-studio.io/admitted-at': '2019-03-11',
      'partner-studio.io/pinnacle-invited': 'true',
    },
    'Northwind Cloud',
  ),
  group('contoso-solutions', 'partner', ['carla.dev'], {
    'partner-studio.io/business-models': 'solution-services,solution-reseller',
  }),
  group('program-admins', 'program-admins', ['paul.admin']),
  group('vendor-experts', 'vendor-experts', ['erin.expert']),
  group('crm-team', 'team', ['sam.ops']),
  group('platform', 'team', ['nora.dev']),
];

function create(
  options: {
    config?: JsonObject;
    catalog?: ReturnType<typeof catalogServiceMock>;
    now?: () => number;
    userInfo?: Parameters<typeof mockServices.userInfo>[0];
  } = {},
) {
  const catalog = options.catalog ?? catalogServiceMock({ entities });
  return {
    catalog,
    directory: DefaultPartnerDirectoryService.create({
      auth: mockServices.auth(),
      userInfo: mockServices.userInfo(options.userInfo),
      catalog,
      config: mockServices.rootConfig({ data: options.config ?? {} }),
      logger: mockServices.logger.mock(),
      now: options.now,
    }),
  };
}

describe('DefaultPartnerDirectoryService', () => {
  it('resolves a partner member from catalog membership', async () => {
    const { directory } = create();
    const caller = await directory.resolveCaller(
      mockCredentials.user('user:default/nora.dev'),
    );
    expect(caller).toEqual({
      kind: 'user',
      userEntityRef: 'user:default/nora.dev',
      isProgramAdmin: false,
      isExpert: false,
      partner: {
        id: 'northwind-cloud',
        entityRef: 'group:default/northwind-cloud',
        title: 'Northwind Cloud',
        businessModels: ['cloud-solution-provider', 'solution-services'],
        admittedAt: '2019-03-11',
        pinnacleInvited: true,
      },
      partners: [expect.objectContaining({ id: 'northwind-cloud' })],
    });
    expect(canReadPartner(caller, 'northwind-cloud')).toBe(true);
    expect(canReadPartner(caller, 'contoso-solutions')).toBe(false);
  });

  it('recognises program admins and experts, who have no partner', async () => {
    const { directory } = create();
    const admin = await directory.resolveCaller(
      mockCredentials.user('user:default/paul.admin'),
    );
    expect(admin).toMatchObject({ isProgramAdmin: true, isExpert: false });
    expect(admin.kind === 'user' && admin.partner).toBeFalsy();
    expect(canReadPartner(admin, 'contoso-solutions')).toBe(true);

    const expert = await directory.resolveCaller(
      mockCredentials.user('user:default/erin.expert'),
    );
    expect(expert).toMatchObject({ isProgramAdmin: false, isExpert: true });
    expect(canReadPartner(expert, 'northwind-cloud')).toBe(false);
  });

  it('uses ownership refs from the sign-in as well as catalog relations', async () => {
    const { directory } = create({
      userInfo: {
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs: [
          'user:default/guest',
          'group:default/Contoso-Solutions',
        ],
      },
    });
    const caller = await directory.resolveCaller(
      mockCredentials.user('user:default/guest'),
    );
    expect(caller.kind === 'user' && caller.partner?.id).toBe(
      'contoso-solutions',
    );
  });

  it('gives an unknown user no partner and no role', async () => {
    const { directory } = create();
    const caller = await directory.resolveCaller(
      mockCredentials.user('user:default/stranger'),
    );
    expect(caller).toEqual({
      kind: 'user',
      userEntityRef: 'user:default/stranger',
      isProgramAdmin: false,
      isExpert: false,
      partners: [],
    });
    expect(canReadPartner(caller, 'northwind-cloud')).toBe(false);
  });

  it('reports service principals as such', async () => {
    const { directory } = create();
    await expect(
      directory.resolveCaller(mockCredentials.service('external:crm-sync')),
    ).resolves.toEqual({ kind: 'service', subject: 'external:crm-sync' });
  });

  it('refuses unauthenticated callers', async () => {
    const { directory } = create();
    await expect(
      directory.resolveCaller(mockCredentials.none()),
    ).rejects.toMatchObject({ name: 'AuthenticationError' });
  });

  it('honours configured role groups that carry no role type', async () => {
    const { directory } = create({
      config: {
        partnerStudio: { groups: { programAdmins: 'group:default/crm-team' } },
      },
    });
    const caller = await directory.resolveCaller(
      mockCredentials.user('user:default/sam.ops'),
    );
    expect(caller).toMatchObject({ isProgramAdmin: true });
    await expect(directory.roleGroupRefs()).resolves.toEqual({
      programAdmins: ['group:default/crm-team', 'group:default/program-admins'],
      vendorExperts: ['group:default/vendor-experts'],
    });
  });

  it('lists partners, looks one up and lists its members', async () => {
    const { directory } = create();
    const partners = await directory.listPartners();
    expect(partners.map(p => p.id)).toEqual([
      'contoso-solutions',
      'northwind-cloud',
    ]);
    expect(partners[0]).toEqual({
      id: 'contoso-solutions',
      entityRef: 'group:default/contoso-solutions',
      title: 'contoso-solutions',
      businessModels: ['solution-services', 'solution-reseller'],
      pinnacleInvited: false,
    });
    await expect(directory.getPartner('northwind-cloud')).resolves.toEqual(
      expect.objectContaining({ title: 'Northwind Cloud' }),
    );
    await expect(directory.getPartner('program-admins')).resolves.toBe(
      undefined,
    );
    await expect(directory.getPartner('nope')).resolves.toBe(undefined);
    await expect(
      directory.partnerMemberRefs('northwind-cloud'),
    ).resolves.toEqual(['user:default/niko.admin', 'user:default/nora.dev']);
    await expect(directory.partnerMemberRefs('nope')).resolves.toEqual([]);
  });

  it('reads the catalog once per cache period, refreshing in the background', async () => {
    let now = 1_000_000;
    const catalog = catalogServiceMock({ entities });
    const spy = jest.spyOn(catalog, 'queryEntities');
    const { directory } = create({ catalog, now: () => now });
    await Promise.all([
      directory.resolveCaller(mockCredentials.user('user:default/nora.dev')),
      directory.getPartner('northwind-cloud'),
      directory.partnerMemberRefs('northwind-cloud'),
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    now += 29_000;
    await directory.listPartners();
    expect(spy).toHaveBeenCalledTimes(1);

    // Expired: the old directory is served at once while a refresh runs.
    let release: () => void = () => {};
    spy.mockImplementationOnce(async (...args) => {
      await new Promise<void>(resolve => {
        release = resolve;
      });
      return catalogServiceMock({
        entities: entities.filter(e => e.metadata.name !== 'contoso-solutions'),
      }).queryEntities(...args);
    });
    now += 2_000;
    await expect(directory.listPartners()).resolves.toHaveLength(2);
    expect(spy).toHaveBeenCalledTimes(2);
    release();
    await new Promise(resolve => setTimeout(resolve, 10));
    await expect(directory.listPartners()).resolves.toHaveLength(1);

    // Far too old: callers wait for the catalog.
    now += 10 * 60_000;
    spy.mockClear();
    await expect(directory.listPartners()).resolves.toHaveLength(2);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('serves the previous directory when the catalog fails, and fails without one', async () => {
    let now = 0;
    const catalog = catalogServiceMock({ entities });
    const spy = jest.spyOn(catalog, 'queryEntities');
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();
    spy.mockRejectedValue(new Error('catalog down'));
    now += 60_000;
    await expect(directory.listPartners()).resolves.toHaveLength(2);

    const failing = create({ catalog });
    await expect(failing.directory.listPartners()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
  });

  it('looks again soon when the catalog has no partner yet, or a partner is unknown', async () => {
    let now = 0;
    let listed: Entity[] = [];
    const catalog = catalogServiceMock({ entities });
    jest
      .spyOn(catalog, 'queryEntities')
      .mockImplementation(async (...args) =>
        catalogServiceMock({ entities: listed }).queryEntities(...args),
      );
    const { directory } = create({ catalog, now: () => now });
    await expect(directory.listPartners()).resolves.toEqual([]);

    // The catalog has processed its locations: seen within seconds.
    listed = entities.filter(e => e.metadata.name !== 'contoso-solutions');
    now += 3_000;
    await directory.listPartners(); // served stale, refreshes
    await new Promise(resolve => setTimeout(resolve, 10));
    await expect(directory.listPartners()).resolves.toHaveLength(1);

    // A partner added later: an unknown id looks again (rate-limited).
    listed = entities;
    await expect(directory.getPartner('contoso-solutions')).resolves.toBe(
      undefined,
    );
    now += 6_000;
    await expect(directory.getPartner('contoso-solutions')).resolves.toEqual(
      expect.objectContaining({ id: 'contoso-solutions' }),
    );
  });

  it('pages through a large catalog', async () => {
    const many = Array.from({ length: 1203 }, (_, i) =>
      group(`partner-${String(i).padStart(4, '0')}`, 'partner', [`u${i}`]),
    );
    const { directory } = create({
      catalog: catalogServiceMock({ entities: many }),
    });
    await expect(directory.listPartners()).resolves.toHaveLength(1203);
    const caller = await directory.resolveCaller(
      mockCredentials.user('user:default/u1202'),
    );
    expect(caller.kind === 'user' && caller.partner?.id).toBe('partner-1202');
  });

  it('is available to plugins through its default factory', async () => {
    let captured: PartnerDirectoryService | undefined;
    await startTestBackend({
      features: [
        catalogServiceMock.factory({ entities }),
        createBackendPlugin({
          pluginId: 'probe',
          register(env) {
            env.registerInit({
              deps: { directory: partnerDirectoryServiceRef },
              async init({ directory }) {
                captured = directory;
              },
            });
          },
        }),
      ],
    });
    await expect(captured!.getPartner('contoso-solutions')).resolves.toEqual(
      expect.objectContaining({ id: 'contoso-solutions' }),
    );
  });
});
