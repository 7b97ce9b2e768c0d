import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  type Entity,
} from '@backstage/catalog-model';

/**
 * The location the test organisation is read from, and the configuration
 * that trusts it (merge it into a test backend's root config).
 *
 * @public
 */
export const TEST_ORGANIZATION_LOCATION = {
  type: 'file',
  target: '/partner-studio/test/org.yaml',
} as const;

/** @public */
export const testOrganizationConfig = {
  partnerStudio: {
    organization: { locations: [TEST_ORGANIZATION_LOCATION] },
  },
};

/** Where an entity says it was read from. */
function locatedAt(location: { type: string; target: string }) {
  const ref = `${location.type}:${location.target}`;
  return { [ANNOTATION_LOCATION]: ref, [ANNOTATION_ORIGIN_LOCATION]: ref };
}

/** @public */
export interface TestGroupOptions {
  type: string;
  namespace?: string;
  title?: string;
  parent?: string;
  children?: string[];
  annotations?: Record<string, string>;
  /** Read from somewhere else than the organisation's location. */
  location?: { type: string; target: string };
}

/**
 * A Group as the catalog serves it: with the relations the catalog derives
 * (`childOf`, `parentOf`, `hasMember`) and the location annotations. Members
 * come from {@link testUser}s: pass them to {@link withMemberships}.
 *
 * @public
 */
export function testGroup(name: string, options: TestGroupOptions): Entity {
  const namespace = options.namespace ?? 'default';
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name,
      namespace,
      ...(options.title ? { title: options.title } : {}),
      annotations: {
        ...locatedAt(options.location ?? TEST_ORGANIZATION_LOCATION),
        ...options.annotations,
      },
    },
    spec: {
      type: options.type,
      children: options.children ?? [],
      ...(options.parent ? { parent: options.parent } : {}),
    },
    relations: [
      ...(options.parent
        ? [
            {
              type: 'childOf',
              targetRef: `group:${namespace}/${options.parent}`,
            },
          ]
        : []),
      ...(options.children ?? []).map(child => ({
        type: 'parentOf',
        targetRef: `group:${namespace}/${child}`,
      })),
    ],
  };
}

/**
 * A User as the catalog serves it, with `memberOf` relations.
 *
 * @public
 */
export function testUser(
  name: string,
  memberOf: string[],
  options: { location?: { type: string; target: string }; title?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name,
      namespace: 'default',
      ...(options.title ? { title: options.title } : {}),
      annotations: locatedAt(options.location ?? TEST_ORGANIZATION_LOCATION),
    },
    spec: { memberOf },
    relations: memberOf.map(group => ({
      type: 'memberOf',
      targetRef: group.includes(':') ? group : `group:default/${group}`,
    })),
  };
}

/**
 * Adds the `hasMember` relations the catalog derives from the users'
 * `memberOf`, so the groups look as they do in a real catalog.
 *
 * @public
 */
export function withMemberships(entities: Entity[]): Entity[] {
  const members = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.kind !== 'User') continue;
    const userRef = `user:${entity.metadata.namespace ?? 'default'}/${
      entity.metadata.name
    }`;
    for (const relation of entity.relations ?? []) {
      if (relation.type !== 'memberOf') continue;
      const list = members.get(relation.targetRef.toLocaleLowerCase('en-US'));
      if (list) list.push(userRef);
      else
        members.set(relation.targetRef.toLocaleLowerCase('en-US'), [userRef]);
    }
  }
  return entities.map(entity => {
    if (entity.kind !== 'Group') return entity;
    const ref = `group:${entity.metadata.namespace ?? 'default'}/${
      entity.metadata.name
    }`.toLocaleLowerCase('en-US');
    return {
      ...entity,
      relations: [
        ...(entity.relations ?? []),
        ...(members.get(ref) ?? []).map(targetRef => ({
          type: 'hasMember',
          targetRef,
        })),
      ],
    };
  });
}

const partner = (
  name: string,
  title: string,
  businessModels: string,
  admittedAt: string,
  extra: Record<string, string> = {},
  children: string[] = [],
) =>
  testGroup(name, {
    type: 'partner',
    title,
    parent: 'partners',
    children,
    annotations: {
      'partner-studio.io/business-models': businessModels,
      'partner-studio.io/admitted-at': admittedAt,
      ...extra,
    },
  });

/**
 * The demo organisation of `catalog/`, as the catalog serves it: the vendor
 * and its expert and program-admin groups, five partners (Contoso with a
 * sub-group, whose member is a member of Contoso), and the personas.
 *
 * @public
 */
export const testOrganization: Entity[] = withMemberships([
  testGroup('vendor', {
    type: 'organization',
    title: 'Vendor',
    children: ['vendor-experts', 'program-admins', 'partners'],
  }),
  testGroup('vendor-experts', { type: 'vendor-experts', parent: 'vendor' }),
  testGroup('program-admins', { type: 'program-admins', parent: 'vendor' }),
  testGroup('partners', {
    type: 'partner-directory',
    parent: 'vendor',
    children: [
      'northwind-cloud',
      'contoso-solutions',
      'fabrikam-software',
      'tailspin-resellers',
      'adatum-systems',
    ],
  }),
  partner(
    'northwind-cloud',
    'Northwind Cloud',
    'cloud-solution-provider,solution-services',
    '2019-03-11',
    { 'partner-studio.io/pinnacle-invited': 'true' },
  ),
  partner(
    'contoso-solutions',
    'Contoso Solutions',
    'solution-services,solution-reseller',
    '2020-09-01',
    {},
    ['contoso-platform'],
  ),
  testGroup('contoso-platform', {
    type: 'team',
    title: 'Contoso platform team',
    parent: 'contoso-solutions',
  }),
  partner(
    'fabrikam-software',
    'Fabrikam Software',
    'solution-builder',
    '2021-05-17',
  ),
  partner(
    'tailspin-resellers',
    'Tailspin Resellers',
    'solution-reseller',
    '2022-02-14',
  ),
  partner(
    'adatum-systems',
    'Adatum Systems',
    'solution-builder,cloud-solution-provider',
    '2026-06-01',
  ),
  testUser('nora.dev', ['northwind-cloud'], { title: 'Nora Lindqvist' }),
  testUser('niko.admin', ['northwind-cloud'], { title: 'Niko Varga' }),
  testUser('carla.dev', ['contoso-platform'], { title: 'Carla Mendes' }),
  testUser('cody.admin', ['contoso-solutions'], { title: 'Cody Brennan' }),
  testUser('felix.dev', ['fabrikam-software'], { title: 'Felix Okafor' }),
  testUser('tara.dev', ['tailspin-resellers'], { title: 'Tara Singh' }),
  testUser('ada.dev', ['adatum-systems'], { title: 'Ada Moreau' }),
  testUser('erin.expert', ['vendor-experts'], { title: 'Erin Kowalski' }),
  testUser('ethan.expert', ['vendor-experts'], { title: 'Ethan Park' }),
  testUser('paul.admin', ['program-admins'], { title: 'Paul Reyes' }),
]);
