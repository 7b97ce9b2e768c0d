import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  hubCuratePermission,
  hubToolLaunchPermission,
  hubToolRatePermission,
  hubToolReadPermission,
  hubToolVerifyPermission,
  hubUsageReadPermission,
  type ToolSpec,
} from '@partner-studio/plugin-partner-studio-common';
import { DefaultPartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import {
  personas,
  testOrganization,
  testOrganizationConfig,
  type TestPersona,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import {
  matchesToolCriteria,
  transformToolConditions,
  type HubTool,
} from '@partner-studio/plugin-solutions-hub-node';
import { PartnerStudioPermissionPolicy } from './PartnerStudioPermissionPolicy';

function tool(name: string, owner: string): HubTool {
  const spec: ToolSpec = {
    category: 'sdk',
    productArea: 'cloud-infrastructure',
    labStages: [],
    businessModels: ['solution-builder'],
    supportLevel: 'vendor-supported',
    minimumTier: 'community',
    owner,
    links: {},
    launch: { type: 'url', url: 'https://developer.example.com' },
  };
  return {
    ref: `tool:default/${name}`,
    namespace: 'default',
    name,
    title: name,
    description: name,
    tags: [],
    spec,
  };
}

/** A public tool, one of Contoso's own, one of an unknown owner. */
const tools = [
  tool('vendor-sdk', 'group:default/vendor'),
  tool('contoso-connector', 'group:default/contoso-solutions'),
  tool('contoso-platform-kit', 'group:default/contoso-platform'),
  tool('orphan', 'group:default/somebody-else'),
];

const policy = PartnerStudioPermissionPolicy.create({
  auth: mockServices.auth(),
  directory: DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({ entities: testOrganization }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.logger.mock(),
  }),
  assignments: { assignedPartnerRefs: async () => [] },
  templateActions: [],
});

async function decide(
  persona: TestPersona,
  permission: Permission,
): Promise<PolicyDecision> {
  return policy.handle(
    { permission },
    {
      credentials: persona.credentials,
      info: {
        userEntityRef: persona.userEntityRef,
        ownershipEntityRefs: [persona.userEntityRef],
      },
    },
  );
}

/** The tools the decision lets through (a conditional one applied as the Hub does). */
function allowedTools(decision: PolicyDecision): string[] {
  if (decision.result === AuthorizeResult.ALLOW) return tools.map(t => t.name);
  if (decision.result !== AuthorizeResult.CONDITIONAL) return [];
  expect(decision).toMatchObject({
    pluginId: 'solutions-hub',
    resourceType: 'solutions-hub-tool',
  });
  const criteria = transformToolConditions(decision.conditions);
  return tools.filter(t => matchesToolCriteria(criteria, t)).map(t => t.name);
}

describe('the Solutions Hub decision', () => {
  it('lets partner members read, launch and rate the public tools and their own partner’s', async () => {
    for (const permission of [
      hubToolReadPermission,
      hubToolLaunchPermission,
      hubToolRatePermission,
    ]) {
      expect(allowedTools(await decide(personas.carla, permission))).toEqual([
        'vendor-sdk',
        'contoso-connector',
        'contoso-platform-kit',
      ]);
      expect(allowedTools(await decide(personas.nora, permission))).toEqual([
        'vendor-sdk',
      ]);
    }
  });

  it('refuses partner members verification, usage and curation', async () => {
    for (const permission of [
      hubToolVerifyPermission,
      hubUsageReadPermission,
      hubCuratePermission,
    ]) {
      expect((await decide(personas.carla, permission)).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it('lets experts read every tool, verify and read usage, but not launch, rate or curate', async () => {
    expect(
      allowedTools(await decide(personas.erin, hubToolReadPermission)),
    ).toEqual(tools.map(t => t.name));
    for (const permission of [
      hubToolVerifyPermission,
      hubUsageReadPermission,
    ]) {
      expect((await decide(personas.erin, permission)).result).toBe(
        AuthorizeResult.ALLOW,
      );
    }
    for (const permission of [
      hubToolLaunchPermission,
      hubToolRatePermission,
      hubCuratePermission,
    ]) {
      expect((await decide(personas.erin, permission)).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it('lets program admins do everything', async () => {
    for (const permission of [
      hubToolReadPermission,
      hubToolLaunchPermission,
      hubToolRatePermission,
      hubToolVerifyPermission,
      hubUsageReadPermission,
      hubCuratePermission,
    ]) {
      expect((await decide(personas.paul, permission)).result).toBe(
        AuthorizeResult.ALLOW,
      );
    }
  });

  it('shows somebody of no partner the public tools only, and lets them do nothing else', async () => {
    expect(
      allowedTools(await decide(personas.stranger, hubToolReadPermission)),
    ).toEqual(['vendor-sdk']);
    for (const permission of [
      hubToolLaunchPermission,
      hubToolRatePermission,
      hubToolVerifyPermission,
      hubUsageReadPermission,
    ]) {
      expect((await decide(personas.stranger, permission)).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });
});
