import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import {
  GROUP_TYPES,
  parsePartnerAnnotations,
  PERSONA_ANNOTATION,
  findCatalogSchemeProblems,
} from '@partner-studio/plugin-partner-studio-common';

const catalogDir = join(__dirname, '../../../catalog');

function loadCatalog(): Entity[] {
  return readdirSync(catalogDir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(readFileSync(join(catalogDir, file), 'utf8')).map(
        doc => {
          if (doc.errors.length) {
            throw new Error(`${file}: ${doc.errors[0].message}`);
          }
          return doc.toJS() as Entity;
        },
      ),
    );
}

/** The demo catalog is what every persona and demo relies on. */
describe('the demo catalog in catalog/', () => {
  const entities = loadCatalog();

  it('follows the Partner Studio scheme', () => {
    expect(entities.flatMap(findCatalogSchemeProblems)).toEqual([]);
  });

  it('has at least four partners that together run all four business models', () => {
    const partners = entities.filter(
      e => e.kind === 'Group' && e.spec?.type === GROUP_TYPES.partner,
    );
    expect(partners.length).toBeGreaterThanOrEqual(4);
    const models = new Set(
      partners.flatMap(p => parsePartnerAnnotations(p).profile.businessModels),
    );
    expect([...models].sort()).toEqual([
      'cloud-solution-provider',
      'solution-builder',
      'solution-reseller',
      'solution-services',
    ]);
  });

  it('has a persona of every role, and partner developers at two partners', () => {
    const users = entities.filter(e => e.kind === 'User');
    const roles = new Set(
      users.map(u => u.metadata.annotations?.[PERSONA_ANNOTATION]),
    );
    for (const role of [
      'partner-developer',
      'partner-admin',
      'expert',
      'program-admin',
    ]) {
      expect(roles).toContain(role);
    }
    const developerPartners = new Set(
      users
        .filter(
          u =>
            u.metadata.annotations?.[PERSONA_ANNOTATION] ===
            'partner-developer',
        )
        .flatMap(u => u.spec?.memberOf as string[]),
    );
    expect(developerPartners.size).toBeGreaterThanOrEqual(2);
  });

  it('has vendor-experts and program-admins groups', () => {
    const groupTypes = entities
      .filter(e => e.kind === 'Group')
      .map(e => e.spec?.type);
    expect(groupTypes).toContain('vendor-experts');
    expect(groupTypes).toContain('program-admins');
  });

  it('is valid for the catalog: entity policies and kind schemas', async () => {
    const policy = EntityPolicies.allOf([
      new DefaultNamespaceEntityPolicy(),
      new FieldFormatEntityPolicy(),
      new NoForeignRootFieldsEntityPolicy(),
      new SchemaValidEntityPolicy(),
    ]);
    const kindValidators = [
      userEntityV1alpha1Validator,
      groupEntityV1alpha1Validator,
      systemEntityV1alpha1Validator,
      componentEntityV1alpha1Validator,
      locationEntityV1alpha1Validator,
    ];
    for (const entity of entities) {
      const checked = await policy.enforce(entity);
      expect(checked).toBeDefined();
      const results = await Promise.all(
        kindValidators.map(v => v.check(entity)),
      );
      expect({
        entity: entity.metadata.name,
        known: results.some(Boolean),
      }).toEqual({
        entity: entity.metadata.name,
        known: true,
      });
    }
  });
});
