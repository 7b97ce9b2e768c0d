import type { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const templatesDir = join(__dirname, '../../../../catalog/templates');

/** A template of catalog/templates as the catalog serves it (with its location). */
export function templateEntity(name: string): Entity {
  const file = join(templatesDir, name, 'template.yaml');
  const entity = parse(readFileSync(file, 'utf8')) as Entity;
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `file:${file}`,
        'backstage.io/managed-by-origin-location': `file:${file}`,
      },
    },
  };
}

function group(name: string, type: string, members: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type, children: [] },
    relations: members.map(m => ({
      type: 'hasMember',
      targetRef: `user:default/${m}`,
    })),
  };
}

function user(name: string, title: string, memberOf: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default', title },
    spec: { memberOf: [memberOf] },
    relations: [{ type: 'memberOf', targetRef: `group:default/${memberOf}` }],
  };
}

/** The people and groups the tests sign in as. */
export const people: Entity[] = [
  group('contoso-solutions', 'partner', ['carla.dev']),
  group('northwind-cloud', 'partner', ['nora.dev']),
  group('program-admins', 'program-admins', ['paul.admin']),
  user('carla.dev', 'Carla Mendes', 'contoso-solutions'),
  user('nora.dev', 'Nora Lindqvist', 'northwind-cloud'),
  user('paul.admin', 'Paul Reyes', 'program-admins'),
];
