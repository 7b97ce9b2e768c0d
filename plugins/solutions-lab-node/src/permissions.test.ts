import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { labEngagementReadPermission } from '@partner-studio/plugin-partner-studio-common';
import {
  createEngagementConditionalDecision,
  engagementConditions,
  engagementPermissionRules,
  matchesEngagementCriteria,
  transformEngagementConditions,
  type EngagementResource,
} from './permissions';

const contoso = 'group:default/contoso-solutions';
const erin = 'user:default/erin.expert';

const engagements: Record<string, EngagementResource> = {
  contosoWithErin: {
    id: 'a',
    partnerRef: contoso,
    playbookId: 'solution-development',
    assignedExpertRef: erin,
  },
  contosoQueued: {
    id: 'b',
    partnerRef: contoso,
    playbookId: 'partner-led-customer-success',
  },
  northwindWithEthan: {
    id: 'c',
    partnerRef: 'group:default/northwind-cloud',
    playbookId: 'solution-development',
    assignedExpertRef: 'user:default/ethan.expert',
  },
};

describe('the engagement permission rules', () => {
  it("turn an expert's decision into criteria the Lab applies: assigned to it, or in the queue", () => {
    const decision = createEngagementConditionalDecision(
      labEngagementReadPermission,
      {
        anyOf: [
          engagementConditions.isAssignedTo({ expertRefs: [erin] }),
          engagementConditions.isUnassigned(),
        ],
      },
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'solutions-lab',
      resourceType: 'solutions-lab-engagement',
    });
    const criteria = transformEngagementConditions(decision.conditions);
    expect(criteria).toEqual({
      anyOf: [
        { field: 'assignedExpertRef', in: [erin] },
        { field: 'assignedExpertRef', in: [null] },
      ],
    });
    const visible = Object.entries(engagements)
      .filter(([, e]) => matchesEngagementCriteria(criteria, e))
      .map(([name]) => name);
    expect(visible).toEqual(['contosoWithErin', 'contosoQueued']);
  });

  it('compare partner and expert refs case-insensitively', () => {
    const criteria = transformEngagementConditions({
      allOf: [
        engagementConditions.hasPartner({
          partnerRefs: ['group:default/Contoso-Solutions'],
        }),
        engagementConditions.isAssignedTo({
          expertRefs: ['user:default/Erin.Expert'],
        }),
      ],
    });
    expect(
      matchesEngagementCriteria(criteria, engagements.contosoWithErin),
    ).toBe(true);
    expect(matchesEngagementCriteria(criteria, engagements.contosoQueued)).toBe(
      false,
    );
  });

  it('negate and filter by playbook', () => {
    const criteria = transformEngagementConditions({
      not: engagementConditions.hasPlaybook({
        playbookIds: ['solution-development'],
      }),
    });
    expect(
      Object.values(engagements)
        .filter(e => matchesEngagementCriteria(criteria, e))
        .map(e => e.id),
    ).toEqual(['b']);
  });

  it("apply to a loaded engagement as the framework's apply-conditions does", () => {
    const { hasPartner, isUnassigned } = engagementPermissionRules;
    expect(
      hasPartner.apply(engagements.contosoQueued, { partnerRefs: [contoso] }),
    ).toBe(true);
    expect(
      hasPartner.apply(engagements.northwindWithEthan, {
        partnerRefs: [contoso],
      }),
    ).toBe(false);
    expect(isUnassigned.apply(engagements.contosoQueued, undefined)).toBe(true);
    expect(isUnassigned.apply(engagements.contosoWithErin, undefined)).toBe(
      false,
    );
  });

  it('refuse parameters of the wrong shape and rules the Lab does not define', () => {
    expect(() =>
      transformEngagementConditions({
        rule: 'HAS_PARTNER',
        resourceType: 'solutions-lab-engagement',
        params: { partnerRefs: 'group:default/contoso-solutions' },
      }),
    ).toThrow();
    expect(() =>
      transformEngagementConditions({
        rule: 'IS_OWNER',
        resourceType: 'solutions-lab-engagement',
        params: {},
      }),
    ).toThrow();
  });
});
