import { createBackendPlugin } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/types';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  testGroup,
  testOrganization,
  testOrganizationConfig,
  testUser,
  withMemberships,
} from '../testUtils';
import { DefaultPartnerDirectoryService } from './DefaultPartnerDirectoryService';
import { partnerDirectoryServiceRef } from './partnerDirectoryServiceRef';
import type { PartnerDirectoryService } from '../types';

const ELSEWHERE = { type: 'url', target: 'https://git.example.com/evil.yaml' };

function create(
  options: {
    config?: JsonObject;
    entities?: Entity[];
    catalog?: ReturnType<typeof catalogServiceMock>;
    now?: () => number;
    userInfo?: Parameters<typeof mockServices.userInfo>[0];
  } = {},
) {
  const catalog =
    options.catalog ??
    catalogServiceMock({ entities: options.entities ?? testOrganization });
  return {
    catalog,
    directory: DefaultPartnerDirectoryService.create({
      auth: mockServices.auth(),
      userInfo: mockServices.userInfo(options.userInfo),
      catalog,
      config: mockServices.rootConfig({
        data: options.config ?? testOrganizationConfig,
      }),
      logger: mockServices.logger.mock(),
      now: options.now,
    }),
  };
}

const user = (name: string) => mockCredentials.user(`user:default/${name}`);

/**
 * From now on the catalog serves these entities (a group added or planted
 * after the directory's first read); returns the spy on the directory's
 * reads.
 */
function catalogNowHas(
  catalog: ReturnType<typeof catalogServiceMock>,
  entities: Entity[],
) {
  const next = catalogServiceMock({ entities });
  jest
    .spyOn(catalog, 'getEntitiesByRefs')
    .mockImplementation((...args) => next.getEntitiesByRefs(...args));
  return jest
    .spyOn(catalog, 'queryEntities')
    .mockImplementation((...args) => next.queryEntities(...args));
}

describe('DefaultPartnerDirectoryService', () => {
  it('resolves a partner member from catalog membership, identified by entity ref', async () => {
    const { directory } = create();
    const caller = await directory.resolveCaller(user('nora.dev'));
    expect(caller).toEqual({
      kind: 'user',
      userEntityRef: 'user:default/nora.dev',
      isProgramAdmin: false,
      isExpert: false,
      partner: {
        entityRef: 'group:default/northwind-cloud',
        title: 'Northwind Cloud',
        businessModels: ['cloud-solution-provider', 'solution-services'],
        admittedAt: '2019-03-11',
        pinnacleInvited: true,
      },
      partners: [
        expect.objectContaining({ entityRef: 'group:default/northwind-cloud' }),
      ],
    });
  });

  it('counts the members of sub-groups as members of the partner', async () => {
    const { directory } = create();
    // Carla is a member of contoso-platform, a sub-group of Contoso.
    const caller = await directory.resolveCaller(user('carla.dev'));
    expect(caller.kind === 'user' && caller.partner?.entityRef).toBe(
      'group:default/contoso-solutions',
    );
    await expect(
      directory.partnerMemberRefs('group:default/contoso-solutions'),
    ).resolves.toEqual(['user:default/carla.dev', 'user:default/cody.admin']);
    await expect(
      directory.partnerGroupRefs('group:default/contoso-solutions'),
    ).resolves.toEqual([
      'group:default/contoso-platform',
      'group:default/contoso-solutions',
    ]);
  });

  it('recognises program admins and experts by the configured groups, who have no partner', async () => {
    const { directory } = create();
    const admin = await directory.resolveCaller(user('paul.admin'));
    expect(admin).toMatchObject({
      isProgramAdmin: true,
      isExpert: false,
      partners: [],
    });
    const expert = await directory.resolveCaller(user('erin.expert'));
    expect(expert).toMatchObject({ isProgramAdmin: false, isExpert: true });
    await expect(directory.roleMemberRefs()).resolves.toEqual({
      programAdmins: ['user:default/paul.admin'],
      vendorExperts: ['user:default/erin.expert', 'user:default/ethan.expert'],
    });
  });

  it('takes roles from the configured groups only, not from any group of the right type', async () => {
    const entities = withMemberships([
      ...testOrganization.filter(e => e.metadata.name !== 'nora.dev'),
      // A trusted group of type program-admins that is not configured.
      testGroup('shadow-admins', { type: 'program-admins' }),
      testUser('nora.dev', ['northwind-cloud', 'shadow-admins']),
    ]);
    const { directory } = create({ entities });
    const caller = await directory.resolveCaller(user('nora.dev'));
    expect(caller).toMatchObject({ isProgramAdmin: false });
  });

  it('honours configured role groups and their sub-groups', async () => {
    const entities = withMemberships([
      ...testOrganization,
      testGroup('crm-team', { type: 'team', children: ['crm-ops'] }),
      testGroup('crm-ops', { type: 'team', parent: 'crm-team' }),
      testUser('sam.ops', ['crm-ops']),
    ]);
    const { directory } = create({
      entities,
      config: {
        ...testOrganizationConfig,
        partnerStudio: {
          ...testOrganizationConfig.partnerStudio,
          groups: { programAdmins: ['group:default/crm-team'] },
        },
      },
    });
    await expect(
      directory.resolveCaller(user('sam.ops')),
    ).resolves.toMatchObject({ isProgramAdmin: true });
    await expect(
      directory.resolveCaller(user('paul.admin')),
    ).resolves.toMatchObject({ isProgramAdmin: false });
  });

  it('ignores Groups and Users read from outside the organisation locations', async () => {
    const entities = withMemberships([
      ...testOrganization.filter(e => e.metadata.name !== 'nora.dev'),
      // Registered by Nora from a repository she controls.
      testGroup('program-admins', {
        type: 'program-admins',
        namespace: 'evil',
        location: ELSEWHERE,
      }),
      testGroup('rogue-partner', {
        type: 'partner',
        location: ELSEWHERE,
        annotations: {
          'partner-studio.io/business-models': 'solution-builder',
        },
      }),
      testUser('nora.dev', [
        'northwind-cloud',
        'group:evil/program-admins',
        'rogue-partner',
      ]),
      testUser('mallory', ['program-admins'], { location: ELSEWHERE }),
    ]);
    const { directory } = create({ entities });
    const nora = await directory.resolveCaller(user('nora.dev'));
    expect(nora).toMatchObject({ isProgramAdmin: false });
    expect(nora.kind === 'user' && nora.partners.map(p => p.entityRef)).toEqual(
      ['group:default/northwind-cloud'],
    );
    await expect(
      directory.getPartner('group:default/rogue-partner'),
    ).resolves.toBeUndefined();
    // A User entity from elsewhere made a member of the real admins group.
    await expect(
      directory.resolveCaller(user('mallory')),
    ).resolves.toMatchObject({ isProgramAdmin: false, partners: [] });
  });

  it('trusts the locations the catalog rules allow Users and Groups from, when not configured', async () => {
    const entities = withMemberships([
      testGroup('acme', {
        type: 'partner',
        location: { type: 'file', target: '/srv/org/groups.yaml' },
        annotations: {
          'partner-studio.io/business-models': 'solution-builder',
        },
      }),
      testGroup('other', {
        type: 'partner',
        location: { type: 'url', target: 'https://git.example/other.yaml' },
        annotations: {
          'partner-studio.io/business-models': 'solution-builder',
        },
      }),
    ]);
    const { directory } = create({
      entities,
      config: {
        catalog: {
          rules: [{ allow: ['Component', 'API', 'Location'] }],
          locations: [
            {
              type: 'file',
              target: '/srv/org/groups.yaml',
              rules: [{ allow: ['Group'] }],
            },
            { type: 'url', target: 'https://git.example/other.yaml' },
          ],
        },
      },
    });
    await expect(
      directory.listPartners().then(list => list.map(p => p.entityRef)),
    ).resolves.toEqual(['group:default/acme']);
  });

  it('tells partners of the same name in two namespaces apart', async () => {
    const entities = withMemberships([
      ...testOrganization,
      testGroup('contoso-solutions', {
        type: 'partner',
        namespace: 'emea',
        title: 'Contoso EMEA',
        annotations: {
          'partner-studio.io/business-models': 'solution-reseller',
        },
      }),
      testUser('emil.dev', ['group:emea/contoso-solutions']),
    ]);
    const { directory } = create({ entities });
    await expect(
      directory.getPartner('group:emea/contoso-solutions'),
    ).resolves.toMatchObject({ title: 'Contoso EMEA' });
    await expect(
      directory.getPartner('group:default/contoso-solutions'),
    ).resolves.toMatchObject({ title: 'Contoso Solutions' });
    await expect(directory.getPartner('contoso-solutions')).resolves.toBe(
      undefined,
    );
    const emil = await directory.resolveCaller(user('emil.dev'));
    expect(emil.kind === 'user' && emil.partner?.entityRef).toBe(
      'group:emea/contoso-solutions',
    );
  });

  it('uses ownership claims of the sign-in that name trusted groups', async () => {
    const { directory } = create({
      userInfo: {
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs: [
          'user:default/guest',
          'group:default/Contoso-Solutions',
          'group:evil/program-admins',
        ],
      },
    });
    const caller = await directory.resolveCaller(
      mockCredentials.user('user:default/guest'),
    );
    expect(caller).toMatchObject({ isProgramAdmin: false });
    expect(caller.kind === 'user' && caller.partner?.entityRef).toBe(
      'group:default/contoso-solutions',
    );
  });

  it('gives an unknown user no partner and no role', async () => {
    const { directory } = create();
    await expect(directory.resolveCaller(user('stranger'))).resolves.toEqual({
      kind: 'user',
      userEntityRef: 'user:default/stranger',
      isProgramAdmin: false,
      isExpert: false,
      partners: [],
    });
  });

  it('reports service principals as such and refuses unauthenticated callers', async () => {
    const { directory } = create();
    await expect(
      directory.resolveCaller(mockCredentials.service('external:crm-sync')),
    ).resolves.toEqual({ kind: 'service', subject: 'external:crm-sync' });
    await expect(
      directory.resolveCaller(mockCredentials.none()),
    ).rejects.toMatchObject({ name: 'AuthenticationError' });
  });

  it("lists the vendor's public groups: not partners, not inside one, not listing them", async () => {
    const { directory } = create();
    await expect(directory.publicGroupRefs()).resolves.toEqual([
      'group:default/program-admins',
      'group:default/vendor',
      'group:default/vendor-experts',
    ]);
  });

  it('lists partners by ref and looks one up', async () => {
    const { directory } = create();
    const partners = await directory.listPartners();
    expect(partners.map(p => p.entityRef)).toEqual([
      'group:default/adatum-systems',
      'group:default/contoso-solutions',
      'group:default/fabrikam-software',
      'group:default/northwind-cloud',
      'group:default/tailspin-resellers',
    ]);
    await expect(
      directory.getPartner('GROUP:default/Northwind-Cloud'),
    ).resolves.toMatchObject({ title: 'Northwind Cloud' });
    await expect(
      directory.getPartner('group:default/program-admins'),
    ).resolves.toBe(undefined);
    await expect(
      directory.partnerMemberRefs('group:default/nope'),
    ).resolves.toEqual([]);
  });

  it('reads the catalog once per cache period, refreshing in the background', async () => {
    let now = 1_000_000;
    const catalog = catalogServiceMock({ entities: testOrganization });
    const spy = jest.spyOn(catalog, 'queryEntities');
    const { directory } = create({ catalog, now: () => now });
    await Promise.all([
      directory.resolveCaller(user('nora.dev')),
      directory.getPartner('group:default/northwind-cloud'),
      directory.partnerMemberRefs('group:default/northwind-cloud'),
    ]);
    const reads = spy.mock.calls.length;
    now += 29_000;
    await directory.listPartners();
    expect(spy).toHaveBeenCalledTimes(reads);

    // Expired: the old directory is served at once while a refresh runs.
    let release: () => void = () => {};
    const without = testOrganization.filter(
      e => e.metadata.name !== 'contoso-solutions',
    );
    spy.mockImplementationOnce(async (...args) => {
      await new Promise<void>(resolve => {
        release = resolve;
      });
      return catalogServiceMock({ entities: without }).queryEntities(...args);
    });
    now += 2_000;
    await expect(directory.listPartners()).resolves.toHaveLength(5);
    release();
    await new Promise(resolve => setTimeout(resolve, 20));
    await expect(directory.listPartners()).resolves.toHaveLength(4);
  });

  it('finds a partner the catalog got just after the directory was read', async () => {
    const now = 1_000_000; // the clock stands still: no cache period passes
    const catalog = catalogServiceMock({ entities: testOrganization });
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();

    const reads = catalogNowHas(
      catalog,
      withMemberships([
        ...testOrganization,
        testGroup('litware-consulting', {
          type: 'partner',
          title: 'Litware Consulting',
        }),
        testUser('lena.dev', ['litware-consulting']),
      ]),
    );

    await expect(
      directory.getPartner('group:default/litware-consulting'),
    ).resolves.toMatchObject({ title: 'Litware Consulting' });
    await expect(
      directory.partnerMemberRefs('group:default/litware-consulting'),
    ).resolves.toEqual(['user:default/lena.dev']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('does not take a read that started before the partner came as fresh', async () => {
    let now = 1_000_000;
    const catalog = catalogServiceMock({ entities: testOrganization });
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();

    // A background refresh starts (expired directory) and reads the catalog
    // before the new partner is in it; it answers only after the partner came.
    let release: () => void = () => {};
    const reads = catalogNowHas(catalog, [
      ...testOrganization,
      testGroup('litware-consulting', { type: 'partner' }),
    ]).mockImplementationOnce(async (...args) => {
      const page = await catalogServiceMock({
        entities: testOrganization,
      }).queryEntities(...args);
      await new Promise<void>(resolve => {
        release = resolve;
      });
      return page;
    });
    now += 31_000;
    await directory.listPartners(); // served stale; the refresh is in flight

    const lookup = directory.getPartner('group:default/litware-consulting');
    await new Promise(resolve => setTimeout(resolve, 10));
    release();
    await expect(lookup).resolves.toMatchObject({
      entityRef: 'group:default/litware-consulting',
    });
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('answers unknown refs without re-reading the directory, and asks the catalog once per ref for a while', async () => {
    let now = 1_000_000;
    const catalog = catalogServiceMock({ entities: testOrganization });
    const reads = jest.spyOn(catalog, 'queryEntities');
    const lookups = jest.spyOn(catalog, 'getEntitiesByRefs');
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();
    const directoryReads = reads.mock.calls.length;

    for (let i = 0; i < 3; i++) {
      await expect(
        directory.getPartner('group:default/nope'),
      ).resolves.toBeUndefined();
      // A trusted group that is not a partner is not one either.
      await expect(
        directory.getPartner('group:default/program-admins'),
      ).resolves.toBeUndefined();
    }
    expect(lookups).toHaveBeenCalledTimes(2);
    now += 6_000;
    await directory.getPartner('group:default/nope');
    expect(lookups).toHaveBeenCalledTimes(3);
    expect(reads).toHaveBeenCalledTimes(directoryReads);
  });

  it('answers an unknown ref as unknown while the catalog is down', async () => {
    const now = 1_000_000;
    const catalog = catalogServiceMock({ entities: testOrganization });
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();
    jest
      .spyOn(catalog, 'getEntitiesByRefs')
      .mockRejectedValue(new Error('catalog down'));
    await expect(
      directory.getPartner('group:default/nope'),
    ).resolves.toBeUndefined();
    await expect(
      directory.getPartner('group:default/northwind-cloud'),
    ).resolves.toMatchObject({ title: 'Northwind Cloud' });
  });

  it('does not take a partner group from outside the organisation for a new partner', async () => {
    const now = 1_000_000;
    const catalog = catalogServiceMock({ entities: testOrganization });
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();
    const reads = catalogNowHas(catalog, [
      ...testOrganization,
      testGroup('planted', { type: 'partner', location: ELSEWHERE }),
    ]);
    await expect(
      directory.getPartner('group:default/planted'),
    ).resolves.toBeUndefined();
    expect(reads).not.toHaveBeenCalled();
  });

  it('serves the previous directory when the catalog fails, and fails without one', async () => {
    let now = 0;
    const catalog = catalogServiceMock({ entities: testOrganization });
    const spy = jest.spyOn(catalog, 'queryEntities');
    const { directory } = create({ catalog, now: () => now });
    await directory.listPartners();
    spy.mockRejectedValue(new Error('catalog down'));
    now += 60_000;
    await expect(directory.listPartners()).resolves.toHaveLength(5);

    const failing = create({ catalog });
    await expect(failing.directory.listPartners()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
  });

  it('pages through a large catalog', async () => {
    const many = withMemberships([
      ...Array.from({ length: 1203 }, (_, i) =>
        testGroup(`partner-${String(i).padStart(4, '0')}`, {
          type: 'partner',
          annotations: {
            'partner-studio.io/business-models': 'solution-builder',
          },
        }),
      ),
      testUser('u1202', ['partner-1202']),
    ]);
    const { directory } = create({ entities: many });
    await expect(directory.listPartners()).resolves.toHaveLength(1203);
    const caller = await directory.resolveCaller(user('u1202'));
    expect(caller.kind === 'user' && caller.partner?.entityRef).toBe(
      'group:default/partner-1202',
    );
  });

  it('is available to plugins through its default factory', async () => {
    let captured: PartnerDirectoryService | undefined;
    await startTestBackend({
      features: [
        catalogServiceMock.factory({ entities: testOrganization }),
        mockServices.rootConfig.factory({ data: testOrganizationConfig }),
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
    await expect(
      captured!.getPartner('group:default/contoso-solutions'),
    ).resolves.toMatchObject({ title: 'Contoso Solutions' });
  });
});
