import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type Permission,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  labChecklistUpdatePermission,
  labEngagementAssignPermission,
  labEngagementCreatePermission,
  labEngagementDecidePermission,
  labEngagementReadPermission,
  labFunnelReadPermission,
  labNoteCreatePermission,
} from '@partner-studio/plugin-partner-studio-common';
import { DefaultPartnerDirectoryService } from '@partner-studio/plugin-partner-studio-node';
import {
  personas,
  testOrganization,
  testOrganizationConfig,
  type TestPersona,
} from '@partner-studio/plugin-partner-studio-node/testUtils';
import {
  matchesEngagementCriteria,
  transformEngagementConditions,
  type EngagementResource,
} from '@partner-studio/plugin-solutions-lab-node';
import { PartnerStudioPermissionPolicy } from './PartnerStudioPermissionPolicy';

const CONTOSO = 'group:default/contoso-solutions';
const NORTHWIND = 'group:default/northwind-cloud';
const ERIN = 'user:default/erin.expert';
const ETHAN = 'user:default/ethan.expert';

/** One engagement of each kind the policy tells apart. */
const engagements: Record<string, EngagementResource> = {
  'contoso, with Erin': {
    id: 'e1',
    partnerRef: CONTOSO,
    playbookId: 'solution-development',
    assignedExpertRef: ERIN,
  },
  'contoso, queued': {
    id: 'e2',
    partnerRef: CONTOSO,
    playbookId: 'partner-led-customer-success',
  },
  'northwind, with Ethan': {
    id: 'e3',
    partnerRef: NORTHWIND,
    playbookId: 'solution-development',
    assignedExpertRef: ETHAN,
  },
  'northwind, queued': {
    id: 'e4',
    partnerRef: NORTHWIND,
    playbookId: 'solution-development',
  },
};

const assignedPartnerRefs = jest.fn(async () => [CONTOSO]);

const policy = PartnerStudioPermissionPolicy.create({
  auth: mockServices.auth(),
  directory: DefaultPartnerDirectoryService.create({
    auth: mockServices.auth(),
    userInfo: mockServices.userInfo(),
    catalog: catalogServiceMock({ entities: testOrganization }),
    config: mockServices.rootConfig({ data: testOrganizationConfig }),
    logger: mockServices.logger.mock(),
  }),
  assignments: { assignedPartnerRefs },
  templateActions: [],
});

function decide(
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

/** The engagements a decision lets through: all, none, or those its conditions match. */
async function allowed(
  persona: TestPersona,
  permission: Permission,
): Promise<string[]> {
  const decision = await decide(persona, permission);
  if (decision.result === AuthorizeResult.ALLOW)
    return Object.keys(engagements);
  if (decision.result !== AuthorizeResult.CONDITIONAL) return [];
  expect(decision).toMatchObject({
    pluginId: 'solutions-lab',
    resourceType: 'solutions-lab-engagement',
  });
  const criteria = transformEngagementConditions(decision.conditions);
  return Object.entries(engagements)
    .filter(([, engagement]) => matchesEngagementCriteria(criteria, engagement))
    .map(([name]) => name);
}

describe('the Solutions Lab decisions of the Partner Studio policy', () => {
  it.each([
    ['Carla (Contoso, through its platform team)', personas.carla],
    ['Cody (Contoso)', personas.cody],
  ])(
    "lets %s see, check and annotate Contoso's engagements only, and decide on none",
    async (_, persona) => {
      const contoso = ['contoso, with Erin', 'contoso, queued'];
      expect(await allowed(persona, labEngagementReadPermission)).toEqual(
        contoso,
      );
      expect(await allowed(persona, labChecklistUpdatePermission)).toEqual(
        contoso,
      );
      expect(await allowed(persona, labNoteCreatePermission)).toEqual(contoso);
      expect(await allowed(persona, labEngagementDecidePermission)).toEqual([]);
      expect(await allowed(persona, labEngagementAssignPermission)).toEqual([]);
    },
  );

  it("lets Nora see Northwind's engagements and none of Contoso's", async () => {
    expect(await allowed(personas.nora, labEngagementReadPermission)).toEqual([
      'northwind, with Ethan',
      'northwind, queued',
    ]);
  });

  it('lets partner members request engagements and keeps the funnel from them', async () => {
    for (const persona of [personas.carla, personas.nora, personas.felix]) {
      expect(
        (await decide(persona, labEngagementCreatePermission)).result,
      ).toBe(AuthorizeResult.ALLOW);
      expect((await decide(persona, labFunnelReadPermission)).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it('lets Erin see her engagements and the queue, decide on hers, and take queued ones', async () => {
    expect(await allowed(personas.erin, labEngagementReadPermission)).toEqual([
      'contoso, with Erin',
      'contoso, queued',
      'northwind, queued',
    ]);
    expect(await allowed(personas.erin, labNoteCreatePermission)).toEqual([
      'contoso, with Erin',
      'contoso, queued',
      'northwind, queued',
    ]);
    expect(await allowed(personas.erin, labEngagementDecidePermission)).toEqual(
      ['contoso, with Erin'],
    );
    expect(await allowed(personas.erin, labChecklistUpdatePermission)).toEqual([
      'contoso, with Erin',
    ]);
    expect(await allowed(personas.erin, labEngagementAssignPermission)).toEqual(
      ['contoso, with Erin', 'contoso, queued', 'northwind, queued'],
    );
  });

  it("keeps Ethan's engagements from Erin and hers from him", async () => {
    expect(await allowed(personas.ethan, labEngagementReadPermission)).toEqual([
      'contoso, queued',
      'northwind, with Ethan',
      'northwind, queued',
    ]);
    expect(
      await allowed(personas.ethan, labEngagementDecidePermission),
    ).toEqual(['northwind, with Ethan']);
  });

  it('lets experts read the funnel but not request engagements', async () => {
    expect((await decide(personas.erin, labFunnelReadPermission)).result).toBe(
      AuthorizeResult.ALLOW,
    );
    expect(
      (await decide(personas.erin, labEngagementCreatePermission)).result,
    ).toBe(AuthorizeResult.DENY);
  });

  it('lets Paul, a program admin, do everything', async () => {
    for (const permission of [
      labEngagementReadPermission,
      labEngagementCreatePermission,
      labChecklistUpdatePermission,
      labEngagementDecidePermission,
      labNoteCreatePermission,
      labEngagementAssignPermission,
      labFunnelReadPermission,
    ]) {
      expect((await decide(personas.paul, permission)).result).toBe(
        AuthorizeResult.ALLOW,
      );
    }
  });

  it('gives a user the organisation does not know nothing', async () => {
    for (const permission of [
      labEngagementReadPermission,
      labEngagementCreatePermission,
      labNoteCreatePermission,
      labFunnelReadPermission,
    ]) {
      expect((await decide(personas.stranger, permission)).result).toBe(
        AuthorizeResult.DENY,
      );
    }
  });

  it("never asks the Lab for an expert's assignments to decide on engagements", async () => {
    assignedPartnerRefs.mockClear();
    await decide(personas.erin, labEngagementReadPermission);
    await decide(personas.erin, labEngagementDecidePermission);
    expect(assignedPartnerRefs).not.toHaveBeenCalled();
  });
});
