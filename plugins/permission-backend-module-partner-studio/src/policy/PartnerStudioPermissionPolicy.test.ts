import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
  catalogLocationReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import {
  actionExecutePermission,
  taskCreatePermission,
  taskReadPermission,
  templateManagementPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
} from '@partner-studio/plugin-partner-studio-common';
import { DefaultPartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import {
  personas,
  testOrganization,
  testOrganizationConfig,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { PartnerStudioPermissionPolicy } from './PartnerStudioPermissionPolicy';

const policy = PartnerStudioPermissionPolicy.create({
  auth: mockServices.auth(),
  directory: DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({ entities: testOrganization }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.logger.mock(),
  }),
  assignments: {
    assignedPartnerRefs: async credentials =>
      credentials.principal.userEntityRef === personas.erin.userEntityRef
        ? ['group:default/contoso-solutions']
        : [],
  },
  templateActions: ['fetch:template', 'partner-studio:workspace:archive'],
});

const decide = (
  permission: Permission,
  who: (typeof personas)[keyof typeof personas],
) =>
  policy.handle(
    { permission },
    {
      credentials: who.credentials,
      info: {
        userEntityRef: who.userEntityRef,
        ownershipEntityRefs: [who.userEntityRef],
      },
    },
  );

const { ALLOW, DENY, CONDITIONAL } = AuthorizeResult;

describe('PartnerStudioPermissionPolicy', () => {
  it.each([
    ['catalog.location.create', catalogLocationCreatePermission],
    ['catalog.location.delete', catalogLocationDeletePermission],
    ['catalog.location.read', catalogLocationReadPermission],
    ['catalog.entity.delete', catalogEntityDeletePermission],
    ['catalog.entity.refresh', catalogEntityRefreshPermission],
    ['scaffolder.template.management', templateManagementPermission],
    ['partner-studio.events.create', partnerEventsCreatePermission],
  ])(
    'refuses %s to partner members, allows it to program admins',
    async (_, permission) => {
      for (const who of [personas.nora, personas.carla, personas.stranger]) {
        expect((await decide(permission, who)).result).toBe(DENY);
      }
      expect((await decide(permission, personas.paul)).result).toBe(ALLOW);
    },
  );

  it('lets experts read the whole catalog, and write nothing', async () => {
    expect(
      (await decide(catalogEntityReadPermission, personas.erin)).result,
    ).toBe(ALLOW);
    expect(
      (await decide(catalogLocationReadPermission, personas.erin)).result,
    ).toBe(ALLOW);
    expect(
      (await decide(catalogLocationCreatePermission, personas.erin)).result,
    ).toBe(DENY);
    expect(
      (await decide(catalogEntityDeletePermission, personas.erin)).result,
    ).toBe(DENY);
  });

  it("gives a partner member a conditional catalog read over its partner's groups and the vendor's", async () => {
    const decision = await decide(catalogEntityReadPermission, personas.carla);
    expect(decision).toMatchObject({
      result: CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
    });
    const text = JSON.stringify(decision);
    for (const visible of [
      'group:default/contoso-solutions',
      'group:default/contoso-platform',
      'group:default/vendor',
      'group:default/vendor-experts',
      'user:default/carla.dev',
    ]) {
      expect(text).toContain(visible);
    }
    for (const hidden of [
      'group:default/northwind-cloud',
      'group:default/partners',
      'user:default/nora.dev',
    ]) {
      expect(text).not.toContain(hidden);
    }
  });

  it('lets everybody run the vendor templates with the allowed actions, and see only their own tasks', async () => {
    expect((await decide(taskCreatePermission, personas.nora)).result).toBe(
      ALLOW,
    );
    const actions = await decide(actionExecutePermission, personas.nora);
    expect(actions.result).toBe(CONDITIONAL);
    expect(JSON.stringify(actions)).toContain(
      'partner-studio:workspace:archive',
    );
    expect(JSON.stringify(actions)).not.toContain('catalog:register');
    const tasks = await decide(taskReadPermission, personas.nora);
    expect(tasks).toMatchObject({
      result: CONDITIONAL,
      conditions: {
        rule: 'IS_TASK_OWNER',
        params: { createdBy: ['user:default/nora.dev'] },
      },
    });
  });

  it("limits standing reads to the member's partner and the expert's assigned partners", async () => {
    expect(
      await decide(partnerStandingReadPermission, personas.carla),
    ).toMatchObject({
      result: CONDITIONAL,
      conditions: {
        rule: 'IS_PARTNER',
        params: { partnerRefs: ['group:default/contoso-solutions'] },
      },
    });
    expect(
      await decide(partnerStandingReadPermission, personas.erin),
    ).toMatchObject({
      result: CONDITIONAL,
      conditions: {
        params: { partnerRefs: ['group:default/contoso-solutions'] },
      },
    });
    expect(
      (await decide(partnerStandingReadPermission, personas.ethan)).result,
    ).toBe(DENY);
    expect(
      (await decide(partnerStandingReadPermission, personas.stranger)).result,
    ).toBe(DENY);
    expect(
      (await decide(partnerStandingReadPermission, personas.paul)).result,
    ).toBe(ALLOW);
  });

  it('allows reads and refuses changes it knows nothing about', async () => {
    const unknownRead = createPermission({
      name: 'other.thing.read',
      attributes: { action: 'read' },
    });
    const unknownDelete = createPermission({
      name: 'other.thing.delete',
      attributes: { action: 'delete' },
    });
    expect((await decide(unknownRead, personas.nora)).result).toBe(ALLOW);
    expect((await decide(unknownDelete, personas.nora)).result).toBe(DENY);
    expect((await decide(unknownDelete, personas.paul)).result).toBe(ALLOW);
  });

  it('refuses a query without a user', async () => {
    expect(
      (await policy.handle({ permission: catalogEntityReadPermission })).result,
    ).toBe(DENY);
  });
});
