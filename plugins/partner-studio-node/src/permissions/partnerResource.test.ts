import { TestDatabases } from '@backstage/backend-test-utils';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import { TEST_DATABASE_IDS } from '../testUtils';
import {
  applyPartnerCriteria,
  isPartnerRule,
  matchesPartnerCriteria,
  type PartnerQuery,
} from './partnerResource';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: TEST_DATABASE_IDS });

const A = 'group:default/a';
const B = 'group:default/b';
const C = 'group:emea/c';

const cases: Array<[string, PermissionCriteria<PartnerQuery>, string[]]> = [
  ['a list', { partnerRefs: [A, C] }, [A, C]],
  ['an empty list', { partnerRefs: [] }, []],
  ['allOf', { allOf: [{ partnerRefs: [A, B] }, { partnerRefs: [B, C] }] }, [B]],
  ['anyOf', { anyOf: [{ partnerRefs: [A] }, { partnerRefs: [C] }] }, [A, C]],
  ['not', { not: { partnerRefs: [A] } }, [B, C]],
];

describe('partner criteria', () => {
  it('the IS_PARTNER rule matches by normalised ref, in memory and as a query', () => {
    const partner = {
      entityRef: A,
      title: 'A',
      businessModels: [],
      pinnacleInvited: false,
    };
    expect(
      isPartnerRule.apply(partner, { partnerRefs: ['GROUP:default/A'] }),
    ).toBe(true);
    expect(isPartnerRule.apply(partner, { partnerRefs: [B] })).toBe(false);
    expect(isPartnerRule.toQuery({ partnerRefs: ['Group:Default/A'] })).toEqual(
      {
        partnerRefs: [A],
      },
    );
  });

  it.each(cases)(
    '%s selects the same partners in memory',
    (_, criteria, expected) => {
      expect(
        [A, B, C].filter(ref => matchesPartnerCriteria(criteria, ref)),
      ).toEqual(expected);
    },
  );

  describe.each(databases.eachSupportedId())('in SQL on %p', databaseId => {
    it.each(cases)(
      '%s selects the same partners',
      async (_, criteria, expected) => {
        const knex = await databases.init(databaseId);
        await knex.schema.createTable('rows', t => t.string('partner_ref'));
        await knex('rows').insert(
          [A, B, C].map(partner_ref => ({ partner_ref })),
        );
        const rows = await applyPartnerCriteria(
          knex('rows').select('partner_ref').orderBy('partner_ref'),
          criteria,
          'partner_ref',
        );
        expect(rows.map((r: { partner_ref: string }) => r.partner_ref)).toEqual(
          expected,
        );
      },
    );
  });
});
