import type { Entity } from '@backstage/catalog-model';
import { parsePartnerAnnotations } from './partnerAnnotations';

function partner(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'acme', annotations },
    spec: { type: 'partner', children: [] },
  };
}

describe('parsePartnerAnnotations', () => {
  it("reads a partner group's program profile", () => {
    expect(
      parsePartnerAnnotations(
        partner({
          'partner-studio.io/business-models':
            ' cloud-solution-provider, solution-builder,cloud-solution-provider',
          'partner-studio.io/admitted-at': '2019-03-11',
          'partner-studio.io/pinnacle-invited': 'true',
        }),
      ),
    ).toEqual({
      profile: {
        businessModels: ['cloud-solution-provider', 'solution-builder'],
        admittedAt: '2019-03-11',
        pinnacleInvited: true,
      },
      problems: [],
    });
  });

  it('leaves out what breaks the scheme and says why', () => {
    const { profile, problems } = parsePartnerAnnotations(
      partner({
        'partner-studio.io/business-models': 'solution-services,reseller',
        'partner-studio.io/admitted-at': '01/09/2020',
        'partner-studio.io/pinnacle-invited': 'yes',
      }),
    );
    expect(profile).toEqual({
      businessModels: ['solution-services'],
      pinnacleInvited: false,
    });
    expect(problems).toEqual([
      `metadata.annotations["partner-studio.io/business-models"] has unknown business model 'reseller'; expected a comma-separated list of solution-services, solution-builder, cloud-solution-provider, solution-reseller`,
      `metadata.annotations["partner-studio.io/admitted-at"] is '01/09/2020'; expected a date such as 2021-05-17`,
      `metadata.annotations["partner-studio.io/pinnacle-invited"] is 'yes'; expected 'true' or 'false'`,
    ]);
  });

  it('requires at least one business model', () => {
    const { profile, problems } = parsePartnerAnnotations(partner({}));
    expect(profile).toEqual({ businessModels: [], pinnacleInvited: false });
    expect(problems).toEqual([
      expect.stringMatching(/business-models"\] is missing/),
    ]);
  });
});
