import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type Permission,
} from '@backstage/plugin-permission-common';
import {
  partnerAdjustmentsCreatePermission,
  partnerAdjustmentsRevokePermission,
  partnerEventsCreatePermission,
  partnerStandingReadPermission,
  partnerStandingSimulatePermission,
  programOverviewReadPermission,
} from '@partner-studio/plugin-partner-studio-common';
import { DefaultPartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import {
  personas,
  testOrganization,
  testOrganizationConfig,
  type TestPersona,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import { PartnerStudioPermissionPolicy } from './PartnerStudioPermissionPolicy';

function policy(assignments: Record<string, string[]> = {}) {
  const directory = DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({ entities: testOrganization }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.logger.mock(),
  });
  return PartnerStudioPermissionPolicy.create({
    auth: mockServices.auth(),
    directory,
    assignments: {
      assignedPartnerRefs: async credentials =>
        assignments[credentials.principal.userEntityRef] ?? [],
    },
    templateActions: [],
  });
}

function ask(persona: TestPersona, permission: Permission, assignments = {}) {
  return policy(assignments).handle(
    { permission },
    {
      credentials: persona.credentials,
      info: { userEntityRef: persona.userEntityRef, ownershipEntityRefs: [] },
    },
  );
}

describe('partner points decisions', () => {
  const runningTheProgram = [
    partnerAdjustmentsCreatePermission,
    partnerAdjustmentsRevokePermission,
    programOverviewReadPermission,
    partnerEventsCreatePermission,
  ];

  it.each(runningTheProgram.map(p => [p.name, p] as const))(
    'allows %s to program admins only',
    async (_, permission) => {
      expect(await ask(personas.paul, permission)).toEqual({
        result: AuthorizeResult.ALLOW,
      });
      for (const persona of [
        personas.nora,
        personas.cody,
        personas.erin,
        personas.stranger,
      ]) {
        expect(
          await ask(persona, permission, {
            [personas.erin.userEntityRef]: ['group:default/contoso-solutions'],
          }),
        ).toEqual({ result: AuthorizeResult.DENY });
      }
    },
  );

  it.each(
    [partnerStandingReadPermission, partnerStandingSimulatePermission].map(
      p => [p.name, p] as const,
    ),
  )(
    'lets a partner member use %s on its own partner only',
    async (_, permission) => {
      const decision = await ask(personas.carla, permission);
      expect(decision).toMatchObject({
        result: AuthorizeResult.CONDITIONAL,
        conditions: {
          rule: 'IS_PARTNER',
          params: { partnerRefs: ['group:default/contoso-solutions'] },
        },
      });
    },
  );

  it("lets an expert read the partners of its assigned engagements, and nobody else's", async () => {
    expect(
      await ask(personas.erin, partnerStandingReadPermission, {
        [personas.erin.userEntityRef]: ['group:default/fabrikam-software'],
      }),
    ).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        params: { partnerRefs: ['group:default/fabrikam-software'] },
      },
    });
    expect(await ask(personas.ethan, partnerStandingReadPermission)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(await ask(personas.stranger, partnerStandingReadPermission)).toEqual(
      { result: AuthorizeResult.DENY },
    );
  });
});
