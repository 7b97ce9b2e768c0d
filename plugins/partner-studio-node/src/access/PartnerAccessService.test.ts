import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createPermission } from '@backstage/plugin-permission-common';
import { PARTNER_RESOURCE_TYPE } from '@partner-studio/plugin-partner-studio-common';
import { DefaultPartnerDirectoryService } from '../directory/DefaultPartnerDirectoryService';
import {
  createPartnerConditionalDecision,
  partnerConditions,
} from '../permissions/partnerResource';
import {
  personas,
  testOrganization,
  testOrganizationConfig,
} from '../testUtils';
import { DefaultPartnerAccessService } from './PartnerAccessService';

const read = createPermission({
  name: 'test.partner.read',
  attributes: { action: 'read' },
  resourceType: PARTNER_RESOURCE_TYPE,
});
const ingest = createPermission({
  name: 'test.ingest',
  attributes: { action: 'create' },
});

function create(decide: () => PolicyDecision) {
  const directory = DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({ entities: testOrganization }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.logger.mock(),
  });
  return DefaultPartnerAccessService.create({
    auth: mockServices.auth(),
    directory,
    permissions: {
      authorize: async requests =>
        requests.map(() => {
          const d = decide();
          return {
            result:
              d.result === AuthorizeResult.ALLOW
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          };
        }),
      authorizeConditional: async queries => queries.map(() => decide()),
    },
    assignments: {
      assignedPartnerRefs: async credentials =>
        credentials.principal.userEntityRef === personas.erin.userEntityRef
          ? ['group:default/tailspin-resellers']
          : [],
    },
  });
}

const allow = (): PolicyDecision => ({ result: AuthorizeResult.ALLOW });
const deny = (): PolicyDecision => ({ result: AuthorizeResult.DENY });
const only =
  (...partnerRefs: string[]) =>
  (): PolicyDecision =>
    createPartnerConditionalDecision(
      read,
      partnerConditions.isPartner({ partnerRefs }),
    );

describe('DefaultPartnerAccessService', () => {
  it('scopes members to their partner, experts to their assigned partners, admins to all', async () => {
    const access = create(allow);
    const scopeOf = async (p: (typeof personas)[keyof typeof personas]) =>
      access.scope(await access.caller(p.credentials), p.credentials);
    await expect(scopeOf(personas.carla)).resolves.toEqual({
      all: false,
      partnerRefs: ['group:default/contoso-solutions'],
    });
    await expect(scopeOf(personas.erin)).resolves.toEqual({
      all: false,
      partnerRefs: ['group:default/tailspin-resellers'],
    });
    await expect(scopeOf(personas.ethan)).resolves.toEqual({
      all: false,
      partnerRefs: [],
    });
    await expect(scopeOf(personas.paul)).resolves.toEqual({ all: true });
  });

  it('answers the same 404 for a partner that is missing and one that is not yours', async () => {
    const access = create(allow);
    const errorOf = (ref: string) =>
      access.partner(personas.nora.credentials, ref, read).catch(e => e);
    const other = await errorOf('group:default/contoso-solutions');
    const missing = await errorOf('group:default/no-such-partner');
    expect(other).toMatchObject({
      name: 'NotFoundError',
      message: 'Partner not found',
    });
    expect(missing).toMatchObject({ name: other.name, message: other.message });
    await expect(
      access.partner(
        personas.nora.credentials,
        'GROUP:default/Northwind-Cloud',
        read,
      ),
    ).resolves.toMatchObject({
      partner: { entityRef: 'group:default/northwind-cloud' },
    });
  });

  it('asks the policy on top: a DENY is a 403, a condition is applied to the partner', async () => {
    await expect(
      create(deny).partner(
        personas.paul.credentials,
        'group:default/contoso-solutions',
        read,
      ),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    const conditional = create(only('group:default/contoso-solutions'));
    await expect(
      conditional.partner(
        personas.paul.credentials,
        'group:default/contoso-solutions',
        read,
      ),
    ).resolves.toBeDefined();
    await expect(
      conditional.partner(
        personas.paul.credentials,
        'group:default/northwind-cloud',
        read,
      ),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it('filters lists by own scope AND the decision', async () => {
    const listFilter = (decide: () => PolicyDecision, who = personas.paul) =>
      create(decide)
        .listFilter(who.credentials, read)
        .then(r => r.filter);
    await expect(listFilter(allow)).resolves.toEqual({ all: true });
    await expect(listFilter(deny)).resolves.toEqual({
      all: false,
      criteria: { partnerRefs: [] },
    });
    await expect(listFilter(only('group:default/a'))).resolves.toEqual({
      all: false,
      criteria: { partnerRefs: ['group:default/a'] },
    });
    await expect(
      listFilter(only('group:default/a'), personas.carla),
    ).resolves.toEqual({
      all: false,
      criteria: {
        allOf: [
          { partnerRefs: ['group:default/contoso-solutions'] },
          { partnerRefs: ['group:default/a'] },
        ],
      },
    });
  });

  it('refuses a basic permission the policy denies', async () => {
    await expect(
      create(deny).authorizeBasic(personas.paul.credentials, ingest),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(
      create(allow).authorizeBasic(personas.paul.credentials, ingest),
    ).resolves.toBeUndefined();
  });
});
