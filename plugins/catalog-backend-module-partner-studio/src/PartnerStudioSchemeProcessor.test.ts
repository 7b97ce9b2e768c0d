import { Entity } from '@backstage/catalog-model';
import { PartnerStudioSchemeProcessor } from './PartnerStudioSchemeProcessor';

const location = { type: 'file', target: '/catalog/org.yaml' };

const partner = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'acme', annotations },
  spec: { type: 'partner', children: [] },
});

async function errorsFor(entity: Entity) {
  const emit = jest.fn();
  await new PartnerStudioSchemeProcessor().preProcessEntity(
    entity,
    location,
    emit,
  );
  return emit.mock.calls.map(([result]) => {
    expect(result.type).toBe('error');
    return result.error.message as string;
  });
}

describe('PartnerStudioSchemeProcessor', () => {
  it('accepts a well-formed partner', async () => {
    expect(
      await errorsFor(
        partner({
          'partner-studio.io/business-models':
            'solution-services, solution-reseller',
          'partner-studio.io/admitted-at': '2020-09-01',
          'partner-studio.io/pinnacle-invited': 'false',
        }),
      ),
    ).toEqual([]);
  });

  it('names the entity, the field and what is expected for each problem', async () => {
    expect(
      await errorsFor(
        partner({
          'partner-studio.io/business-models': 'solution-services,reseller',
          'partner-studio.io/admitted-at': '01/09/2020',
          'partner-studio.io/pinnacle-invited': 'yes',
        }),
      ),
    ).toEqual([
      `group:default/acme: metadata.annotations["partner-studio.io/business-models"] has unknown business model 'reseller'; expected a comma-separated list of solution-services, solution-builder, cloud-solution-provider, solution-reseller`,
      `group:default/acme: metadata.annotations["partner-studio.io/admitted-at"] is '01/09/2020'; expected a date such as 2021-05-17`,
      `group:default/acme: metadata.annotations["partner-studio.io/pinnacle-invited"] is 'yes'; expected 'true' or 'false'`,
    ]);
  });

  it('requires a partner to name its business models', async () => {
    expect(await errorsFor(partner({}))).toEqual([
      expect.stringMatching(/business-models"\] is missing/),
    ]);
  });

  it('refuses an unknown persona role and partner annotations off a partner', async () => {
    const user: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: {
        name: 'eve',
        annotations: {
          'partner-studio.io/persona': 'superuser',
          'partner-studio.io/admitted-at': '2020-01-01',
        },
      },
      spec: { memberOf: [] },
    };
    expect(await errorsFor(user)).toEqual([
      `user:default/eve: metadata.annotations["partner-studio.io/persona"] is 'superuser'; expected one of partner-developer, partner-admin, expert, program-admin`,
      `user:default/eve: metadata.annotations["partner-studio.io/admitted-at"] is only meaningful on a Group with spec.type: partner`,
    ]);
  });
});
